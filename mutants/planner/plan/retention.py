"""Retention: what happens to the retired versions of each image under its `retention:`.

A version replaced with `lifecycle.on_replace: retain` stays live and stays in state,
retired, at `<address>#retired-<Version>` (see `planner.plan.changes.retired_address`).
This module owns the change of each retired record, each with its reason:

- gone from the cloud: its record is removed;
- `keep: N`: the N newest retired versions of the image stay; older ones are deleted
  (a version this plan retires counts as the newest);
- `delete_after`: a version retired longer ago is deleted;
- `archive_after`: a version retired longer ago, and not deleted, gets VendorGuidance
  TO_BE_ARCHIVED (unless it is TO_BE_ARCHIVED or ARCHIVED already);
- a version holding an alias is never deleted, whatever the policy says;
- anything else, and every retired version of an image without a policy, is no change.

Must not: do I/O or read a clock (`now` is given), or touch a record that is not retired.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, Final

from planner.plan.changes import Action, ResourceChange, is_retired
from planner.plan.diff import diff_resource
from planner.spec.desired import DesiredResource, Retention
from state.recorded.model import ResourceRecord, State
from state.schema import ALIASES, IMAGE, IMAGE_VERSION, load_schema

__all__ = ["ARCHIVE_GUIDANCE", "retention_changes"]

ARCHIVE_GUIDANCE: Final = "TO_BE_ARCHIVED"
_ARCHIVED: Final = (ARCHIVE_GUIDANCE, "ARCHIVED")
_GUIDANCE: Final = "VendorGuidance"


def retention_changes(
    *,
    desired: Mapping[str, DesiredResource],
    state: State,
    live: Mapping[str, dict[str, Any] | None],
    changes: Mapping[str, ResourceChange],
    now: dt.datetime | None,
) -> dict[str, ResourceChange]:
    """The change of every retired record in `state`; `changes` are the plan's other
    changes (a version they retire counts as the newest retired one of its image)."""
    policies = {
        str(resource.properties.get("ImageName", "")).lower(): resource.retention
        for resource in desired.values()
        if resource.type_name == IMAGE and resource.retention is not None
    }
    retiring: dict[str, int] = {}
    for change in changes.values():
        if change.action is Action.CREATE_THEN_FORGET and change.type_name == IMAGE_VERSION:
            image = str((change.before or {}).get("ImageName", "")).lower()
            retiring[image] = retiring.get(image, 0) + 1
    by_image: dict[str, list[tuple[str, ResourceRecord]]] = {}
    for address, record in state.resources.items():
        if is_retired(address):
            image = str(record.properties.get("ImageName", "")).lower()
            by_image.setdefault(image, []).append((address, record))
    result: dict[str, ResourceChange] = {}
    for image, retired in by_image.items():
        retired.sort(key=lambda item: -_version(item[1]))
        newer = retiring.get(image, 0)
        for address, record in retired:
            model = live.get(address)
            if record.identifier is not None and model is None:
                change = diff_resource(address, desired=None, recorded=record, live=None)
                result[address] = _with(change, "retired, and already gone from the cloud")
                continue
            policy = policies.get(image)
            result[address] = _judge(address, record, model or {}, policy, newer, now)
            newer += 1
    return result


def _judge(
    address: str,
    record: ResourceRecord,
    model: dict[str, Any],
    policy: Retention | None,
    newer: int,
    now: dt.datetime | None,
) -> ResourceChange:
    label = f"retired version {record.properties.get('Version', '?')}"
    if policy is None:
        return _kept(address, record, model, f"{label}: its image has no retention policy")
    age = _age(record, now)
    delete = None
    if policy.keep is not None and newer >= policy.keep:
        delete = (
            f"{label}: retention keep: {policy.keep} and {newer} newer retired "
            f"version{'s' if newer != 1 else ''}"
        )
    elif policy.delete_after is not None and age is not None and age >= policy.delete_after:
        delete = (
            f"{label}: retired {_duration(age)} ago, retention delete_after: "
            f"{policy.written('delete_after')}"
        )
    aliases = sorted(model.get(ALIASES) or ())
    if delete is not None and not aliases:
        change = diff_resource(address, desired=None, recorded=record, live=model)
        return _with(change, delete)
    if (
        policy.archive_after is not None
        and age is not None
        and age >= policy.archive_after
        and model.get(_GUIDANCE) not in _ARCHIVED
    ):
        return _archive(address, record, model, policy, age, label)
    if delete is not None:
        return _kept(
            address,
            record,
            model,
            f"{delete}, but it holds alias{'es' if len(aliases) > 1 else ''} "
            f"{', '.join(aliases)}: a version holding an alias is never deleted",
        )
    return _kept(address, record, model, f"{label}: kept by its image's retention policy")


def _archive(
    address: str,
    record: ResourceRecord,
    model: dict[str, Any],
    policy: Retention,
    age: float,
    label: str,
) -> ResourceChange:
    """VendorGuidance TO_BE_ARCHIVED, every other property as it is live."""
    read_only = load_schema(IMAGE_VERSION).read_only
    wanted = {name: value for name, value in model.items() if name not in read_only}
    wanted[_GUIDANCE] = ARCHIVE_GUIDANCE
    target = DesiredResource(address=address, type_name=IMAGE_VERSION, properties=wanted)
    change = diff_resource(address, desired=target, recorded=record, live=model)
    return _with(
        change,
        f"{label}: retired {_duration(age)} ago, retention archive_after: "
        f"{policy.written('archive_after')}",
    )


def _kept(
    address: str, record: ResourceRecord, model: dict[str, Any], reason: str
) -> ResourceChange:
    return ResourceChange(
        address=address,
        type_name=record.type,
        action=Action.NOOP,
        identifier=record.identifier,
        before=dict(model),
        after=dict(model),
        reasons=[reason],
    )


def _with(change: ResourceChange, reason: str) -> ResourceChange:
    change.reasons[:] = [reason]
    return change


def _version(record: ResourceRecord) -> int:
    version = record.properties.get("Version")
    return version if isinstance(version, int) else 0


def _age(record: ResourceRecord, now: dt.datetime | None) -> float | None:
    """Seconds since `record` was retired; None when either moment is unknown."""
    if now is None or not record.retired_at:
        return None
    try:
        retired = dt.datetime.fromisoformat(record.retired_at.replace("Z", "+00:00"))
    except ValueError:
        return None
    return (now - retired).total_seconds()


def _duration(seconds: float) -> str:
    days, rest = divmod(int(seconds), 86400)
    if days:
        return f"{days}d"
    hours = rest // 3600
    return f"{hours}h" if hours else f"{rest // 60}m"
