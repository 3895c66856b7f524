"""Running a drift check: read what it needs from the cloud, then let `planner.drift.compare` judge.

Owns `detect_drift`, behind `imgver drift`: it reads the live model of every recorded
resource (in parallel, the way `plan` refreshes), lists the live versions of every image
the spec or state manages (in parallel too) to find unmanaged ones, reads each of those
in full (for the report to show what they are), and hands all of it to the pure
`planner.drift.compare.compare`, with the live versions whose base image's tag has
moved (ECR DescribeImages, through `planner.baseimage.checks.find_stale_versions`).
`read_drift` and `judge_drift` are its two halves, for a command that judges one
reading again after editing the spec or state.

Must not: write state or the cloud, take the state lock, or judge drift itself. Errors
(credentials, throttling past retries, denied calls) propagate as `ImgverError`: a check
that could not read everything never reports "in sync".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from planner.baseimage.checks import find_stale_versions
from planner.baseimage.stale import StaleImage
from planner.drift.compare import DriftReport, compare
from planner.plan.refresh import read_in_parallel, read_live
from planner.spec.desired import DesiredResource, DriftIgnore, Spec
from state.cloud.client import LiveCloud, LiveResource
from state.cloud.errors import ResourceNotFoundError
from state.recorded.model import State
from state.schema import IMAGE, IMAGE_VERSION

__all__ = ["DriftReading", "detect_drift", "judge_drift", "managed_image_names", "read_drift"]


@dataclass(frozen=True)
class DriftReading:
    """What a drift check read: each address's live model (None: gone), the live
    versions of the managed images, and the versions whose base image's tag has moved."""

    live: dict[str, dict[str, Any] | None]
    unmanaged: list[LiveResource]
    region: str
    stale: dict[str, StaleImage] = field(default_factory=dict)


def detect_drift(
    *,
    spec: Spec,
    state: State,
    cloud: LiveCloud,
    parallelism: int,
    extra_ignores: Sequence[DriftIgnore] = (),
    today: dt.date,
    now: str,
    account: str = "",
) -> DriftReport:
    """Compare the cloud with `spec` and `state`; `extra_ignores` come from `--ignore`.

    `today` decides which ignore rules have expired; `now` is the report's timestamp;
    `account` is the account the run is bound to, for the report's header.
    """
    reading = read_drift(spec=spec, state=state, cloud=cloud, parallelism=parallelism)
    return judge_drift(
        spec=spec,
        state=state,
        reading=reading,
        extra_ignores=extra_ignores,
        today=today,
        now=now,
        account=account,
    )


def read_drift(*, spec: Spec, state: State, cloud: LiveCloud, parallelism: int) -> DriftReading:
    """Everything a drift check of `spec` and `state` reads from the cloud."""
    live = read_live(cloud, state, spec.resources, parallelism=parallelism)
    listed = _list_versions(
        cloud, managed_image_names(spec.resources.values(), state), parallelism=parallelism
    )
    known = {record.identifier for record in state.resources.values() if record.identifier}
    return DriftReading(
        live=live,
        unmanaged=_read_unknown(
            cloud, [found for found in listed if found.identifier not in known], parallelism
        ),
        region=cloud.region,
        stale=find_stale_versions(cloud.registry, spec.resources, live, parallelism=parallelism)
        if cloud.registry is not None
        else {},
    )


def judge_drift(
    *,
    spec: Spec,
    state: State,
    reading: DriftReading,
    extra_ignores: Sequence[DriftIgnore] = (),
    today: dt.date,
    now: str,
    account: str = "",
) -> DriftReport:
    """The drift report of `reading` against `spec` and `state` (no cloud call). A stale
    version whose spec entry now builds from another BaseImage is no longer judged stale."""
    stale = {
        address: found
        for address, found in reading.stale.items()
        if address not in spec.resources
        or spec.resources[address].properties.get("BaseImage") == found.base_image
    }
    return compare(
        desired=spec.resources,
        state=state,
        live=reading.live,
        unmanaged=reading.unmanaged,
        ignores=(*spec.drift_ignores, *extra_ignores),
        today=today,
        spec_hash=spec.spec_hash,
        region=reading.region,
        generated_at=now,
        stale=stale,
        account=account,
        spec_file=spec.file,
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


def _read_unknown(
    cloud: LiveCloud, versions: Sequence[LiveResource], parallelism: int
) -> list[LiveResource]:
    """Each version as GetResource reads it: ListResources may return only the identifier
    (the user guide's resource-operations-list says "some or all" properties; the public
    ListHandler returns only the ARN), and a report shows an unmanaged version's
    properties. One gone between the listing and the read keeps what the listing said."""
    models = read_in_parallel(
        {
            found.identifier: partial(cloud.read, IMAGE_VERSION, found.identifier)
            for found in versions
        },
        parallelism=parallelism,
    )
    return [
        LiveResource(
            found.type_name, found.identifier, models.get(found.identifier) or found.properties
        )
        for found in versions
    ]
