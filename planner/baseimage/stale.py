"""Live versions built from a digest their tag no longer names: stale base images.

Owns `find_stale`: SageMaker records the digest a version was built from in its read-only
`ContainerImage` (`REGISTRY/REPO@sha256:...`; CreateImageVersion takes `BaseImage` and
DescribeImageVersion returns `ContainerImage`, "the registry path of the container image
that contains this image version"), while the tag of its `BaseImage` moves on with each
push. A version whose `BaseImage` is an ECR `repo:tag` whose digest today (ECR
DescribeImages) differs from the one in its `ContainerImage` is stale. A version pinned to
a digest, outside ECR, whose `ContainerImage` carries no digest, or whose tag ECR does not
hold now, is not judged.

Must not: do I/O; what a stale version leads to (a note, a drift difference, a new
version under `lifecycle.follow_tag`) is decided by the plan and drift.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from planner.baseimage.reference import parse_base_image
from planner.baseimage.resolve import Resolution

__all__ = ["StaleImage", "built_digest", "find_stale"]

_DIGEST = re.compile(r"@(sha256:[0-9a-f]{64})$")


@dataclass(frozen=True)
class StaleImage:
    """A version whose tag moved: it runs `built_from`, the tag names `current` since
    `pushed_at`."""

    address: str
    base_image: str
    tag: str
    built_from: str
    current: str
    pushed_at: str

    @property
    def reason(self) -> str:
        pushed = f" (pushed {self.pushed_at})" if self.pushed_at else ""
        return (
            f"tag {self.tag} of {self.base_image} has moved: it names {self.current}{pushed}, "
            f"the version was built from {self.built_from}"
        )


def built_digest(container_image: Any) -> str | None:
    """The digest a version's `ContainerImage` pins, or None when it pins none."""
    if not isinstance(container_image, str):
        return None
    match = _DIGEST.search(container_image)
    return match.group(1) if match else None


def find_stale(
    live: Mapping[str, Mapping[str, Any] | None], resolution: Resolution
) -> dict[str, StaleImage]:
    """Each address of `live` (version models) whose base image's tag has moved."""
    found = {}
    for address, model in sorted(live.items()):
        if not model:
            continue
        image = parse_base_image(str(model.get("BaseImage", "")))
        built = built_digest(model.get("ContainerImage"))
        if image is None or image.tag is None or built is None:
            continue
        detail = resolution.detail(image)
        if detail is None or detail.digest == built:
            continue
        found[address] = StaleImage(
            address=address,
            base_image=image.text,
            tag=image.tag,
            built_from=built,
            current=detail.digest,
            pushed_at=detail.pushed_at,
        )
    return found
