"""The base-image reads and checks one plan makes, put together for the plan command.

Owns `read_base_images` (every ECR image the spec's versions and their live objects name,
resolved once, and the stale versions among the live ones the spec still builds from the
same BaseImage), `find_stale_versions` (the same for drift, from the live versions
alone), `follow_tag_replacements` (the stale versions whose
`lifecycle.follow_tag` asks for a new version), `stale_notes` (the others, shown with the
plan), `image_roles` (each image's role ARN, from the spec, state or live) and
`check_new_versions` (pre-flight of the versions a plan creates).

Must not: write state or the cloud, or build the plan itself (`planner.plan.build` does).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from planner.baseimage.preflight import PreflightReport, new_versions, preflight
from planner.baseimage.reference import EcrImage, parse_base_image
from planner.baseimage.resolve import RegistryReader, Resolution, resolve
from planner.baseimage.stale import StaleImage, find_stale
from planner.plan.changes import Plan
from planner.spec.desired import DesiredResource, section_of
from state.recorded.model import State
from state.schema import IMAGE, IMAGE_VERSION

__all__ = [
    "BaseImageReading",
    "check_new_versions",
    "find_stale_versions",
    "follow_tag_replacements",
    "image_roles",
    "read_base_images",
    "stale_notes",
]

_ROLE = "ImageRoleArn"


@dataclass(frozen=True)
class BaseImageReading:
    """What ECR says of the spec's base images now, and which live versions are stale."""

    resolution: Resolution
    stale: dict[str, StaleImage]


def read_base_images(
    reader: RegistryReader,
    desired: Mapping[str, DesiredResource],
    live: Mapping[str, dict[str, Any] | None],
    *,
    parallelism: int,
) -> BaseImageReading:
    """Resolve the ECR images of the spec's versions (one DescribeImages per repository)
    and find the live versions, still built from the spec's BaseImage, whose tag moved."""
    versions = {
        address: resource
        for address, resource in desired.items()
        if resource.type_name == IMAGE_VERSION
    }
    images: list[EcrImage] = []
    for resource in versions.values():
        image = parse_base_image(str(resource.properties.get("BaseImage", "")))
        if image is not None:
            images.append(image)
    resolution = resolve(reader, images, parallelism=parallelism)
    same_base = {
        address: model
        for address, model in live.items()
        if address in versions
        and model
        and model.get("BaseImage") == versions[address].properties.get("BaseImage")
    }
    return BaseImageReading(resolution, find_stale(same_base, resolution))


def find_stale_versions(
    reader: RegistryReader,
    desired: Mapping[str, DesiredResource],
    live: Mapping[str, dict[str, Any] | None],
    *,
    parallelism: int,
) -> dict[str, StaleImage]:
    """The recorded versions (not deposed or retired) whose live BaseImage's tag has moved,
    each repository described once; a version the spec now builds from another BaseImage
    (a pinned digest, another tag) is the plan's business, not stale."""
    versions = {
        address: model
        for address, model in live.items()
        if section_of(address) == "image_versions"
        and "#" not in address
        and model
        and (
            address not in desired
            or desired[address].properties.get("BaseImage") == model.get("BaseImage")
        )
    }
    images = [
        image
        for model in versions.values()
        if (image := parse_base_image(str(model.get("BaseImage", "")))) is not None
    ]
    return find_stale(versions, resolve(reader, images, parallelism=parallelism))


def follow_tag_replacements(
    reading: BaseImageReading, desired: Mapping[str, DesiredResource]
) -> dict[str, str]:
    """The replacement reason of each stale version whose spec sets lifecycle.follow_tag."""
    return {
        address: f"lifecycle.follow_tag: {stale.reason}"
        for address, stale in reading.stale.items()
        if desired[address].lifecycle.follow_tag
    }


def stale_notes(reading: BaseImageReading, desired: Mapping[str, DesiredResource]) -> list[str]:
    """A note for each stale version the plan leaves as it is."""
    return [
        f"{address}: {stale.reason}. The plan changes nothing: set lifecycle.follow_tag: true "
        f"to build a new version from it, or pin BaseImage to a digest (`imgver pin`)"
        for address, stale in reading.stale.items()
        if not desired[address].lifecycle.follow_tag
    ]


def image_roles(
    desired: Mapping[str, DesiredResource],
    state: State,
    live: Mapping[str, dict[str, Any] | None],
) -> dict[str, str]:
    """Each image's `ImageRoleArn` by lower-cased name: the spec's, else the live or
    recorded one of an image imgver manages."""
    roles: dict[str, str] = {}
    for address, record in state.resources.items():
        if record.type != IMAGE:
            continue
        model = live.get(address) or record.properties
        if model.get("ImageName") and model.get(_ROLE):
            roles[str(model["ImageName"]).lower()] = str(model[_ROLE])
    for resource in desired.values():
        properties = resource.properties
        if resource.type_name == IMAGE and properties.get("ImageName") and properties.get(_ROLE):
            roles[str(properties["ImageName"]).lower()] = str(properties[_ROLE])
    return roles


def check_new_versions(
    plan: Plan,
    reading: BaseImageReading,
    *,
    reader: RegistryReader,
    roles: Mapping[str, str],
    account: str,
    parallelism: int,
) -> PreflightReport:
    """Pre-flight of every version `plan` creates."""
    return preflight(
        new_versions(plan),
        reader=reader,
        resolution=reading.resolution,
        roles=roles,
        account=account,
        parallelism=parallelism,
    )
