"""Plan building: from the spec, the state and the live models to a reviewed Plan.

Owns the decisions that span a whole plan (see docs/ARCHITECTURE.md):

- the modes: normal (one ResourceChange per address from `planner.plan.diff`), `--destroy`
  (every record deleted, or forgotten when already gone) and `--refresh-only` (live
  values recorded); `--target` and `--replace` checked against the known addresses;
- the old object an interrupted replacement left at `<address>#deposed`: deleted, or
  forgotten when already gone or when `lifecycle.on_replace` is retain;
- an image that keeps its name but must be replaced is deleted first, taking all its
  versions along, so those are replaced too;
- two spec entries claiming one alias of an image, and `lifecycle.prevent_destroy`
  forbidding a destroy or a replacement, are refused;
- retired versions (kept by `on_replace: retain`) judged by their image's `retention:`
  (`planner.plan.retention`), against the plan's `created_at`;
- `collision_warnings` for desired images whose name an unmanaged image already holds.

The steps carrying the changes out, their order and `--target` selection are
`planner.plan.steps`; the plan file and staleness checks are `planner.plan.planfile`.

Must not: do I/O, read a clock, or import boto3: every input (desired, state, live
models, timestamps) is passed in.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final, get_args

from planner.errors import PlanError, PreventDestroyError, UsageError
from planner.plan.changes import (
    DEPOSED_SUFFIX,
    Action,
    Plan,
    PlanMode,
    ResourceChange,
    fingerprints,
    is_retired,
)
from planner.plan.diff import desired_model, diff_resource, drifted, refresh_resource
from planner.plan.moves import apply_moves
from planner.plan.protection import recorded_protection_problems
from planner.plan.removed import apply_removed
from planner.plan.retention import retention_changes
from planner.plan.steps import build_steps, order_steps, select_targets
from planner.spec.desired import DesiredResource, MovedBlock, RemovedBlock
from state.recorded.model import ResourceRecord, State
from state.schema import ALIASES, IMAGE, IMAGE_VERSION

__all__ = ["build_plan", "check_requests", "collision_warnings"]

_MODES: Final = get_args(PlanMode)


def build_plan(
    *,
    desired: Mapping[str, DesiredResource],
    state: State,
    live: Mapping[str, dict[str, Any] | None],
    mode: PlanMode = "normal",
    targets: Sequence[str] = (),
    force_replace: Sequence[str] = (),
    spec_hash: str = "",
    region: str = "",
    created_at: str = "",
    moved: Sequence[MovedBlock] = (),
    removed: Sequence[RemovedBlock] = (),
    variables: Mapping[str, str] | None = None,
    replace_for: Mapping[str, str] | None = None,
) -> Plan:
    """The plan that brings the live resources to `desired` (or destroys / refreshes).

    `live` maps addresses to the models read (deposed records under
    `<address>#deposed`), None when gone; every recorded address with an identifier must
    have a reading. In destroy mode `desired` only supplies lifecycle settings.
    Raises UsageError for unknown `targets`/`force_replace`, PreventDestroyError when
    `lifecycle.prevent_destroy` forbids the plan, PlanError when no valid plan exists.
    `moved` blocks are planned on the moved view of state (`planner.plan.moves`), and
    `removed` blocks decide the change of their address (`planner.plan.removed`).
    `replace_for` maps addresses to a reason to replace them (a stale base image under
    `lifecycle.follow_tag`).
    """
    read = live
    view = apply_moves(moved, state, live)
    state, live = view.state, view.live
    check_requests(desired, state, mode, targets, force_replace)
    if mode == "refresh-only":
        changes = {
            address: refresh_resource(
                address, recorded=record, live=_reading(live, address, record)
            )
            for address, record in state.resources.items()
        }
    elif mode == "destroy":
        changes = _destroy_changes(state, live)
    else:
        _check_alias_claims(desired)
        changes = _normal_changes(desired, state, live, frozenset(force_replace), replace_for or {})
        changes.update(
            retention_changes(
                desired=desired, state=state, live=live, changes=changes, now=_moment(created_at)
            )
        )
    if mode != "refresh-only":
        changes = apply_removed(removed, changes)
    for target, block in view.moves.items():
        change = changes[target]
        changes[target] = dataclasses.replace(
            change,
            moved_from=block.from_address,
            reasons=[f"moved from {block.from_address} ({block.where})", *change.reasons],
        )
    drift = [] if mode == "refresh-only" else _drift(state, live)
    graph = build_steps(changes, state=state, spec_order=tuple(desired))
    if targets:
        graph = select_targets(graph, targets)
    _check_prevent_destroy(graph.changes.values(), desired, state)
    return Plan(
        changes=list(graph.changes.values()),
        steps=order_steps(graph),
        mode=mode,
        spec_hash=spec_hash,
        lineage=state.lineage,
        serial=state.serial,
        region=region,
        live_fingerprints=fingerprints(read),
        targets=tuple(targets),
        created_at=created_at,
        drift=drift,
        variables=dict(variables or {}),
        force_replace=tuple(force_replace),
    )


def _drift(state: State, live: Mapping[str, dict[str, Any] | None]) -> list[ResourceChange]:
    """What changed outside imgver: each record whose live object differs or is gone."""
    drift = []
    for address in sorted(state.resources):
        record = state.resources[address]
        if record.identifier is None or address not in live:
            continue
        if drifted(record, live[address]):
            drift.append(refresh_resource(address, recorded=record, live=live[address]))
    return drift


def collision_warnings(
    *,
    desired: Mapping[str, DesiredResource],
    state: State,
    live: Mapping[str, dict[str, Any] | None],
) -> list[str]:
    """Warnings for desired images that are not in state while an image of their name
    exists (`planner.plan.refresh.read_live` reads those by ImageName): creating them would
    fail, adopting them with `imgver import` is what the person most likely wants."""
    warnings = []
    for address, resource in sorted(desired.items()):
        model = live.get(address)
        if resource.type_name != IMAGE or address in state.resources or model is None:
            continue
        name = resource.properties.get("ImageName")
        warnings.append(
            f"{address}: an image named {name} already exists "
            f"({model.get('ImageArn', 'no ARN returned')}) but is not managed by imgver; "
            f"adopt it with `imgver import {address} {name}` or choose another ImageName"
        )
    return warnings


# -- changes -------------------------------------------------------------------------------


def _moment(timestamp: str) -> dt.datetime | None:
    """The plan's creation time, which retention measures ages against."""
    try:
        return dt.datetime.fromisoformat(timestamp) if timestamp else None
    except ValueError:
        return None


def check_requests(
    desired: Mapping[str, DesiredResource],
    state: State,
    mode: PlanMode,
    targets: Sequence[str],
    force_replace: Sequence[str],
) -> None:
    """Refuse an unknown mode or `--target`/`--replace` address (UsageError), before any read."""
    if mode not in _MODES:
        raise UsageError(f"unknown plan mode {mode!r}", f"expected one of {', '.join(_MODES)}")
    unknown = sorted(
        {target for target in targets if target not in desired and target not in state.resources}
    )
    if unknown:
        known = set(desired) | set(state.resources)
        raise UsageError(
            f"--target names {_words(unknown)} that neither the spec nor the state has",
            _known_addresses(known),
        )
    if force_replace and mode != "normal":
        raise UsageError(f"--replace cannot be combined with --{mode}")
    unknown = sorted({address for address in force_replace if address not in desired})
    if unknown:
        raise UsageError(
            f"--replace names {_words(unknown)} that the spec does not declare",
            _known_addresses(set(desired)),
        )


def _known_addresses(known: set[str]) -> str:
    if not known:
        return "there are no addresses in the spec or the state"
    return "known addresses: " + ", ".join(sorted(known))


def _words(addresses: Sequence[str]) -> str:
    return ("address " if len(addresses) == 1 else "addresses ") + ", ".join(addresses)


def _check_alias_claims(desired: Mapping[str, DesiredResource]) -> None:
    """Two spec entries claiming one alias of an image would make the plan move it back
    and forth; `planner.spec.loader` refuses such a spec, plans made from other data too."""
    if _double_claim(desired.items()) is None:  # the common case, decided without sorting
        return
    claim = _double_claim(sorted(desired.items()))
    assert claim is not None
    alias, owner, address = claim
    raise PlanError(
        f"alias {alias} is claimed by both {owner} and {address}",
        "an alias names one version of an image: keep it in one spec entry",
    )


def _double_claim(
    resources: Iterable[tuple[str, DesiredResource]],
) -> tuple[Any, str, str] | None:
    """The first alias two entries claim on one image, in the order of `resources`, with
    the address claiming it first and the other; None when every claim is alone."""
    owners: dict[tuple[Any, str], str] = {}
    for address, resource in resources:
        if resource.type_name != IMAGE_VERSION or ALIASES in resource.lifecycle.ignore_changes:
            continue
        image = resource.properties.get("ImageName")
        for alias in resource.properties.get(ALIASES) or ():
            owner = owners.setdefault((image, alias), address)
            if owner != address:
                return alias, owner, address
    return None


def _reading(
    live: Mapping[str, dict[str, Any] | None], address: str, record: ResourceRecord | None
) -> dict[str, Any] | None:
    if record is not None and record.identifier is None:
        return None
    if record is not None and address not in live:
        # Treating a missing reading as "gone" would plan a duplicate create.
        raise ValueError(f"no live model was read for {address}")
    return live.get(address)


def _normal_changes(
    desired: Mapping[str, DesiredResource],
    state: State,
    live: Mapping[str, dict[str, Any] | None],
    force_replace: frozenset[str],
    replace_for: Mapping[str, str],
) -> dict[str, ResourceChange]:
    changes = {}
    current = {
        address
        for address in state.resources
        if not address.endswith(DEPOSED_SUFFIX) and not is_retired(address)
    }
    for address in sorted(set(desired) | current):
        record = state.resources.get(address)
        changes[address] = diff_resource(
            address,
            desired=desired.get(address),
            recorded=record,
            live=_reading(live, address, record),
            force_replace=address in force_replace,
            replace_because=replace_for.get(address, ""),
        )
    for address in sorted(
        address for address in state.resources if address.endswith(DEPOSED_SUFFIX)
    ):
        record = state.resources[address]
        changes[address] = _leftover_change(
            address,
            record,
            _reading(live, address, record),
            desired.get(address.removesuffix(DEPOSED_SUFFIX)),
        )
    _cascade_image_replacements(changes, desired)
    return changes


def _leftover_change(
    address: str,
    record: ResourceRecord,
    model: dict[str, Any] | None,
    desired: DesiredResource | None,
) -> ResourceChange:
    """The old object an interrupted replacement left at `<address>#deposed`."""
    change = diff_resource(address, desired=None, recorded=record, live=model)
    reason = "the old object of an interrupted replacement"
    if change.action is Action.REMOVE_RECORD:
        return dataclasses.replace(change, reasons=[f"{reason}, already gone from the cloud"])
    if desired is not None and desired.lifecycle.on_replace == "retain":
        return dataclasses.replace(
            change,
            action=Action.FORGET,
            reasons=[f"{reason}: kept in the cloud (lifecycle.on_replace: retain)"],
        )
    return dataclasses.replace(change, reasons=[reason])


# What a version's change may be while it stays on an image that is deleted and re-created.
_KEPT_ON_IMAGE: Final = (
    Action.NOOP,
    Action.UPDATE,
    Action.CREATE_THEN_DELETE,
    Action.CREATE_THEN_FORGET,
)


def _cascade_image_replacements(
    changes: dict[str, ResourceChange], desired: Mapping[str, DesiredResource]
) -> None:
    """Deleting an image deletes its versions: when an image is deleted and re-created
    under the same name, every version that stays on it is deleted and re-created too."""
    for image in list(changes.values()):
        if image.type_name != IMAGE or image.action is not Action.DELETE_THEN_CREATE:
            continue
        name = (image.before or {}).get("ImageName")
        for address, change in list(changes.items()):
            resource = desired.get(address)
            if (
                change.type_name != IMAGE_VERSION
                or resource is None
                or change.action not in _KEPT_ON_IMAGE
                or (change.before or {}).get("ImageName") != name
                or resource.properties.get("ImageName") != name
            ):
                continue
            changes[address] = dataclasses.replace(
                change,
                action=Action.DELETE_THEN_CREATE,
                after=desired_model(resource),
                patch=[],
                reasons=[
                    *change.reasons,
                    f"its image {image.address} is replaced, and deleting an image deletes "
                    "its versions",
                ],
            )


def _destroy_changes(
    state: State, live: Mapping[str, dict[str, Any] | None]
) -> dict[str, ResourceChange]:
    changes = {}
    for address, record in sorted(state.resources.items()):
        change = diff_resource(
            address, desired=None, recorded=record, live=_reading(live, address, record)
        )
        reason = "destroy requested"
        if change.action is Action.REMOVE_RECORD:
            reason += "; already gone from the cloud, so only its record is removed"
        changes[address] = dataclasses.replace(change, reasons=[reason])
    return changes


def _check_prevent_destroy(
    changes: Iterable[ResourceChange], desired: Mapping[str, DesiredResource], state: State
) -> None:
    """A create-then-forget replacement destroys nothing, so prevent_destroy allows it.
    A record the spec no longer declares is protected by what state recorded for it."""
    changes = list(changes)
    recorded = recorded_protection_problems(changes, desired, state)
    addresses = [address for address, _ in recorded]
    lines = [line for _, line in recorded]
    for change in changes:
        resource = desired.get(change.address)
        if resource is None or not resource.lifecycle.prevent_destroy:
            continue
        if change.action is Action.DELETE:
            verb, undo = "destroy", "keep it out of the plan with --target"
        elif change.action in (Action.CREATE_THEN_DELETE, Action.DELETE_THEN_CREATE):
            verb = "replace"
            undo = (
                f"revert the change to {', '.join(p[1:] for p in change.replace_paths)}"
                if change.replace_paths
                else "drop the replacement (--replace, tainted state) from the plan"
            )
        else:
            continue
        where = f" ({resource.file}:{resource.line})" if resource.file else ""
        addresses.append(change.address)
        lines.append(
            f"{change.address}{where}: the plan would {verb} it "
            f"({'; '.join(change.reasons) or 'requested'}). To proceed, set "
            f"prevent_destroy: false in its lifecycle block, or {undo}."
        )
    if lines:
        raise PreventDestroyError(
            f"lifecycle.prevent_destroy forbids this plan for {', '.join(addresses)}",
            "\n".join(lines),
        )
