"""Running a drift check: read what it needs from the cloud, then let `planner.drift.compare` judge.

Owns `detect_drift`, behind `imgver drift`: it reads the live model of every recorded
resource (in parallel, the way `plan` refreshes), lists the live versions of every image
the spec or state manages (in parallel too) to find unmanaged ones, and hands all of it
to the pure `planner.drift.compare.compare`.

Must not: write state or the cloud, take the state lock, or judge drift itself. Errors
(credentials, throttling past retries, denied calls) propagate as `ImgverError`: a check
that could not read everything never reports "in sync".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from functools import partial

from planner.drift.compare import DriftReport, compare
from planner.plan.refresh import read_in_parallel, read_live
from planner.spec.desired import DesiredResource, DriftIgnore, Spec
from state.cloud.client import LiveCloud, LiveResource
from state.cloud.errors import ResourceNotFoundError
from state.recorded.model import State
from state.schema import IMAGE, IMAGE_VERSION

__all__ = ["detect_drift", "managed_image_names"]


def detect_drift(
    *,
    spec: Spec,
    state: State,
    cloud: LiveCloud,
    parallelism: int,
    extra_ignores: Sequence[DriftIgnore] = (),
    today: dt.date,
    now: str,
) -> DriftReport:
    """Compare the cloud with `spec` and `state`; `extra_ignores` come from `--ignore`.

    `today` decides which ignore rules have expired; `now` is the report's timestamp.
    """
    live = read_live(cloud, state, spec.resources, parallelism=parallelism)
    unmanaged = _list_versions(
        cloud, managed_image_names(spec.resources.values(), state), parallelism=parallelism
    )
    return compare(
        desired=spec.resources,
        state=state,
        live=live,
        unmanaged=unmanaged,
        ignores=(*spec.drift_ignores, *extra_ignores),
        today=today,
        spec_hash=spec.spec_hash,
        region=cloud.region,
        generated_at=now,
    )


def managed_image_names(desired: Iterable[DesiredResource], state: State) -> list[str]:
    """Every image name an image or image version of the spec or state refers to, sorted."""
    properties = [resource.properties for resource in desired]
    properties += [
        record.properties
        for record in state.resources.values()
        if record.type in (IMAGE, IMAGE_VERSION)
    ]
    names = {str(model["ImageName"]) for model in properties if model.get("ImageName")}
    return sorted(names)


def _list_versions(
    cloud: LiveCloud, image_names: Sequence[str], *, parallelism: int
) -> list[LiveResource]:
    """The live versions of each image, listed `parallelism` images at a time."""
    listings = read_in_parallel(
        {name: partial(_versions_of, cloud, name) for name in image_names},
        parallelism=parallelism,
    )
    return [version for listing in listings.values() for version in listing]


def _versions_of(cloud: LiveCloud, image_name: str) -> list[LiveResource]:
    try:
        return cloud.list(IMAGE_VERSION, image_name=image_name)
    except ResourceNotFoundError:
        # The image itself does not exist (not created yet, or deleted): no versions to find.
        return []
