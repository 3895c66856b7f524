"""`imgver pin`: each ECR `repo:tag` BaseImage of the spec pinned to its tag's digest now.

Owns the command's work: the spec's image versions whose BaseImage is an ECR tag, resolved
with one ECR DescribeImages per repository (`planner.baseimage.resolve`), each rewritten in
the spec file by `planner.spec.pin` (comments, order and quoting kept), or only printed
with `--dry-run`. A tag ECR does not hold, or an image of another region, is an error and
nothing is written; a BaseImage outside ECR, already a digest, or written as one `${...}`
is left as it is, with a line saying so. Must not: touch state or the cloud's resources.
"""

from __future__ import annotations

from planner.baseimage.reference import EcrImage, parse_base_image
from planner.baseimage.resolve import resolve
from planner.cli.workspace import Workspace
from planner.errors import PlanError
from planner.spec.pin import Pin, pinned_text, write_pins, written_base_images
from state.schema import IMAGE_VERSION

__all__ = ["pin_spec"]


def pin_spec(workspace: Workspace, *, dry_run: bool) -> list[str]:
    """Pin the spec's tags (unless `dry_run`); the lines that say what was done."""
    spec = workspace.spec
    registry = workspace.cloud.registry
    if registry is None:
        raise PlanError("imgver pin needs ECR, and this cloud has no ECR client")
    written = written_base_images(workspace.spec_file)
    tagged: list[tuple[str, EcrImage]] = []
    lines: list[str] = []
    for resource in spec.resources.values():
        if resource.type_name != IMAGE_VERSION:
            continue
        image = parse_base_image(str(resource.properties.get("BaseImage", "")))
        if image is None:
            lines.append(f"{resource.address}: not an Amazon ECR image, left as written")
        elif image.tag is not None:
            tagged.append((resource.name, image))
    resolution = resolve(
        registry, [image for _, image in tagged], parallelism=workspace.options.parallelism
    )
    pins: list[Pin] = []
    problems: list[str] = []
    for name, image in tagged:
        address = f"image_versions.{name}"
        detail = resolution.detail(image)
        if image.region != registry.region:
            problems.append(
                f"{address}: {image.text} is in region {image.region}; pin it with "
                f"--region {image.region}"
            )
        elif detail is None:
            problems.append(
                f"{address}: {image.text}: ECR repository {image.repository} in account "
                f"{image.account}, region {image.region} has no {image.named}"
            )
        else:
            text = pinned_text(written.get(name, ""), detail.digest)
            if text is None:
                lines.append(f"{address}: BaseImage is written as a variable, left as written")
            else:
                pins.append(Pin(name, written[name], text))
    if problems:
        count = len(problems)
        raise PlanError(
            f"Cannot pin {count} base image{'s' if count != 1 else ''}; "
            f"{workspace.spec_file} was not changed",
            "\n".join(problems),
        )
    if pins and not dry_run:
        write_pins(workspace.spec_file, pins)
    verb = "Would pin" if dry_run else "Pinned"
    noun = "base image" if len(pins) == 1 else "base images"
    return [
        *(f"{pin.address}: {pin.before} -> {pin.after}" for pin in pins),
        *lines,
        f"{verb} {len(pins)} {noun} in {workspace.spec_file}.",
    ]
