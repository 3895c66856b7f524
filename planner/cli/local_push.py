"""`imgver local-cloud push`: the spec's base images and image roles, put into the local cloud.

Owns turning a spec into what `state.localcloud.pushing` puts: each ECR `repo:tag` BaseImage
of its image versions (a deterministic single-platform linux/amd64 image per tag and
`--build`, with its config blob) and each image's `ImageRoleArn`, so a plan against
`--local` passes pre-flight from nothing and a second `--build` moves the tags (stale
versions). A BaseImage written as a digest cannot be
pushed (a digest is the hash of content imgver does not have) and one outside ECR is not
ECR's: both are left, with a line saying so. Must not: touch state or Cloud Control.
"""

from __future__ import annotations

import re
from pathlib import Path

from planner.baseimage.reference import parse_base_image
from planner.cli.workspace import Workspace
from state.schema import IMAGE, IMAGE_VERSION

__all__ = ["push_spec"]

_ROLE_ARN = re.compile(
    r"^arn:aws[a-z-]*:iam::(?P<account>\d{12}):role(?P<path>/(?:[^/]+/)*)(?P<name>[^/]+)$"
)


def push_spec(workspace: Workspace, *, data: Path | None, build: str) -> list[str]:
    """Push the spec's images and create its roles in the local cloud; what was done."""
    from state.localcloud.pushing import create_roles, push_images

    images: list[tuple[str, str, str, str]] = []
    roles: list[tuple[str, str, str]] = []
    lines: list[str] = []
    for resource in workspace.spec.resources.values():
        properties = resource.properties
        if resource.type_name == IMAGE and (
            match := _ROLE_ARN.match(str(properties.get("ImageRoleArn", "")))
        ):
            roles.append((match.group("account"), match.group("path"), match.group("name")))
        if resource.type_name != IMAGE_VERSION:
            continue
        image = parse_base_image(str(properties.get("BaseImage", "")))
        if image is None:
            lines.append(f"{resource.address}: not an Amazon ECR image, not pushed")
        elif image.tag is None:
            lines.append(f"{resource.address}: {image.text} names a digest, not pushed")
        elif (key := (image.account, image.region, image.repository, image.tag)) not in images:
            images.append(key)
    target = data if data is not None else workspace.local_cloud_data
    pushed = push_images(target, images, build=build)
    created = create_roles(target, dict.fromkeys(roles))
    return [
        *(
            f"Pushed {image.uri} ({image.digest})"
            if image.moved
            else f"{image.uri} already names {image.digest}"
            for image in pushed
        ),
        *(f"Created role {arn}" for arn in created),
        *lines,
    ]
