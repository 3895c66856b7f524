"""Reading the live side a plan needs, in parallel.

Owns which live models are read before planning: every recorded identifier (deposed
records included), and, for images the spec declares but state does not record, the
image of that name, read by its secondary identifier as JSON (`{"ImageName": ...}`: Cloud
Control API reference, `Identifier`: "secondary identifiers must be specified as JSON"; a bare
string would be taken as an ImageArn). A model
found that way is an image imgver does not manage: `planner.plan.diff` still plans its
create, with a reason saying it will clash, and `planner.plan.build.collision_warnings` turns
those readings into warnings that point at `imgver import`.

Also owns `read_in_parallel`, the one way imgver runs a batch of reads at once (these,
and the version listings of `planner.drift.job`).

Must not: decide anything about the models read (that is `planner.plan.diff` and
`planner.plan.build`), write state, or import boto3: it talks to the cloud only through the
`read` method of a `state.cloud.client.LiveCloud`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait
from functools import partial
from typing import Any, Protocol, TypeVar

from planner.errors import UsageError
from planner.plan.changes import DEPOSED_SUFFIX
from planner.spec.desired import DesiredResource
from state.recorded.model import State
from state.schema import ALIASES, IMAGE, IMAGE_VERSION

__all__ = ["LiveReader", "image_identifier", "read_in_parallel", "read_live"]

K = TypeVar("K")
T = TypeVar("T")


class LiveReader(Protocol):
    """The part of `state.cloud.client.LiveCloud` reading needs."""

    def read(
        self,
        type_name: str,
        identifier: str,
        *,
        image_name: str | None = None,
        aliases: bool = True,
    ) -> dict[str, Any] | None: ...


def read_live(
    cloud: LiveReader,
    state: State,
    desired: Mapping[str, DesiredResource],
    *,
    parallelism: int,
    aliases: bool = True,
) -> dict[str, dict[str, Any] | None]:
    """The live model of every address worth reading, keyed by address, sorted.

    None means the object does not exist; a record without an identifier (its create
    never finished) reads as None without a call. Up to `parallelism` reads run at once;
    the first failure (a CloudError) cancels the reads not yet started and is raised.

    `aliases=False` (a destroy's plan) reads versions without ListAliases, their recorded
    aliases standing in for the live ones: deleting a version deletes its aliases and no
    version stays to take them, so they change no step, and the plan shows them as state
    records them (as Terraform shows a write-only value it cannot read).
    """
    if parallelism < 1:
        raise UsageError(f"--parallelism must be at least 1, not {parallelism}")
    live: dict[str, dict[str, Any] | None] = {}
    reads: dict[str, tuple[str, str, str | None]] = {}
    for address, record in state.resources.items():
        if record.identifier is None:
            live[address] = None
        elif record.type == IMAGE_VERSION and not aliases:
            reads[address] = (record.type, record.identifier, None)
        elif record.type == IMAGE_VERSION:
            # ListAliases with the name the spec writes, not the read model's lower case.
            spelled = desired.get(address.removesuffix(DEPOSED_SUFFIX))
            name = (spelled.properties if spelled else record.properties).get("ImageName")
            reads[address] = (record.type, record.identifier, str(name) if name else None)
        else:
            reads[address] = (record.type, record.identifier, None)
    for address, resource in desired.items():
        name = resource.properties.get("ImageName")
        if resource.type_name == IMAGE and address not in state.resources and name:
            reads[address] = (IMAGE, image_identifier(str(name)), None)
    options: dict[str, Any] = {} if aliases else {"aliases": False}
    live.update(
        read_in_parallel(
            {
                address: partial(cloud.read, type_name, identifier, image_name=image_name)
                if image_name
                else partial(cloud.read, type_name, identifier, **options)
                for address, (type_name, identifier, image_name) in sorted(reads.items())
            },
            parallelism=parallelism,
        )
    )
    if not aliases:
        for address, record in state.resources.items():
            model = live.get(address)
            if record.type == IMAGE_VERSION and model is not None:
                recorded = record.properties.get(ALIASES)
                if recorded:
                    model[ALIASES] = sorted(recorded)
    return dict(sorted(live.items()))


def image_identifier(image_name: str) -> str:
    """The Cloud Control identifier of the image named `image_name` (JSON, as documented)."""
    return json.dumps({"ImageName": image_name})


def read_in_parallel(reads: Mapping[K, Callable[[], T]], *, parallelism: int) -> dict[K, T]:
    """Every read's result by key, in the order of `reads`; up to `parallelism` at once.

    The first failure cancels the reads not yet started and is raised.
    """
    if not reads:
        return {}
    pool = ThreadPoolExecutor(
        max_workers=min(parallelism, len(reads)), thread_name_prefix="imgver-read"
    )
    try:
        futures = {key: pool.submit(read) for key, read in reads.items()}
        done, _ = wait(futures.values(), return_when=FIRST_EXCEPTION)
        for future in futures.values():
            # Raise the failure of the first read in order among those that failed, so
            # the same broken state gives the same message.
            error = future.exception() if future in done else None
            if error is not None:
                raise error
        return {key: future.result() for key, future in futures.items()}
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
