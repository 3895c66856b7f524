"""The diff: one address's desired, recorded and live models -> a ResourceChange.

Owns the property-level rules of planning (see docs/ARCHITECTURE.md for where it sits):

- which properties are compared: those the spec sets plus those the last apply set
  (`recorded.properties`), minus read-only ones and `lifecycle.ignore_changes`. A value the
  service returns for a property nobody set (a default) is never a difference; a property
  the last apply set and the spec no longer names is removed.
- which differences force a replacement (create-only properties), and how: create the new
  object first, except when the type's unique additional identifier (an image's name)
  would clash, where the old one must go first.
- write-only properties: `Aliases` is read live through ListAliases, compares as a set
  and is patched with a single `add` (a `replace` of a path the read model lacks fails
  with noSuchPath); other write-only values are known only from the record.
- values AWS changes by itself (`state.aws_rules`: a version's lower-cased ImageName, an
  archived version, an image's absent Tags) are no difference; a version property that
  cannot be unset and that the spec drops forces a replacement;
- every ImageVersion update carries the full desired alias set (`add /Aliases`): whether
  the live handler keeps or strips aliases a patch does not mention is unknown;
- the RFC 6902 patch of an in-place update, and the refresh of a record from the live
  model (a refresh-only plan, and a resumed update whose patch was not journaled);
- the detail lines shown under a nested property that changes, from
  `planner.plan.details` (imported only when a property changes: it loads deepdiff).

Must not: do I/O, read a clock, import boto3, or look across addresses (ordering, aliases
moving between versions and cascades belong to `planner.plan.steps` and `planner.plan.build`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Final

import jsonpatch

from planner.baseimage.reference import pinned_to_its_build
from planner.errors import PlanError
from planner.plan.changes import (
    Action,
    PropertyChange,
    PropertyChangeKind,
    ReplaceCause,
    ResourceChange,
)
from planner.spec.desired import DesiredResource
from state.aws_rules import NOT_CLEARABLE, settled_by_aws
from state.recorded.model import ResourceRecord
from state.schema import (
    ALIASES,
    IMAGE,
    IMAGE_VERSION,
    UNORDERED_PROPERTIES,
    ResourceSchema,
    load_schema,
)
from state.values import canonical_json, copy_value, same_value

__all__ = [
    "LIVE_READABLE_WRITE_ONLY",
    "desired_model",
    "diff_resource",
    "drifted",
    "normalise",
    "refresh_resource",
    "refreshed_properties",
]

# Write-only properties that `state.cloud.client` reads through another API (SageMaker
# ListAliases), so the live model holds them; other write-only values are only known
# from the record of the last apply.
LIVE_READABLE_WRITE_ONLY: Final = frozenset({ALIASES})


_REPLACE_EXPLANATIONS: Final = {
    (IMAGE_VERSION, "BaseImage"): "a new base image means a new image version",
    (IMAGE_VERSION, "ImageName"): "a version cannot move to another image",
    (IMAGE, "ImageName"): "an image cannot be renamed",
}


class _Missing:
    """Marks a property absent from a model (None is a value a property can hold)."""


MISSING: Final = _Missing()

# A version pinned by `imgver pin` to the digest it was built from is the version it was.
BASE_IMAGE, CONTAINER_IMAGE = "BaseImage", "ContainerImage"


def normalise(name: str, value: Any) -> Any:
    """`value` of property `name` in the form compared: unordered lists sorted (aliases
    also deduplicated); anything else unchanged."""
    if name in UNORDERED_PROPERTIES and isinstance(value, list):
        if name == ALIASES:
            return sorted(set(value))
        return sorted(value, key=canonical_json)
    return value


def desired_model(desired: DesiredResource) -> dict[str, Any]:
    """The model a create sends: the spec's properties (aliases as a sorted set)."""
    schema = load_schema(desired.type_name)
    return {
        name: normalise(name, copy_value(value))
        for name, value in sorted(desired.properties.items())
        if name not in schema.read_only
    }


def diff_resource(
    address: str,
    *,
    desired: DesiredResource | None,
    recorded: ResourceRecord | None,
    live: dict[str, Any] | None,
    force_replace: bool = False,
    replace_because: str = "",
) -> ResourceChange:
    """The change that brings `address` from what exists to what the spec declares.

    `desired` is None when the spec no longer declares the address, `recorded` when state
    has no record of it, `live` when nothing exists in the cloud (or nothing was read).
    A live model without a record is an object imgver does not manage that shares the
    desired identity (an image of the same name): the change is still a CREATE, with a
    reason saying it will clash and how to adopt the object instead.
    `replace_because` (non-empty) replaces an existing object for that reason.
    Raises PlanError for a replacement that cannot be made (an image that keeps its name
    but must be replaced while `lifecycle.on_replace` is `retain`).
    """
    if desired is None and recorded is None:
        raise ValueError(f"{address}: nothing desired and nothing recorded to diff")
    if desired is not None and recorded is not None and desired.type_name != recorded.type:
        raise ValueError(
            f"{address}: the spec declares {desired.type_name}, state records {recorded.type}"
        )
    if desired is None:
        assert recorded is not None
        return _removal(address, load_schema(recorded.type), recorded, live)

    type_name = desired.type_name
    schema = load_schema(type_name)

    if live is None:
        return ResourceChange(
            address=address,
            type_name=type_name,
            action=Action.CREATE,
            after=desired_model(desired),
            reasons=_create_reasons(recorded),
        )
    if recorded is None:
        return ResourceChange(
            address=address,
            type_name=type_name,
            action=Action.CREATE,
            after=desired_model(desired),
            reasons=[_collision_reason(address, schema, live)],
        )

    before = _live_view(schema, recorded, live)
    property_changes = _compare(schema, desired, recorded, before)
    replace_paths = [change.path for change in property_changes if change.forces_replacement]
    tainted = recorded.status == "tainted"
    if not (replace_paths or tainted or force_replace or replace_because):
        if not property_changes:
            return ResourceChange(
                address=address,
                type_name=type_name,
                action=Action.NOOP,
                identifier=recorded.identifier,
                before=before,
                after=copy_value(before),
                replace_paths=replace_paths,
                property_changes=property_changes,
            )
        patch = _update_patch(schema, desired, before, property_changes)
        return ResourceChange(
            address=address,
            type_name=type_name,
            action=Action.UPDATE,
            identifier=recorded.identifier,
            before=before,
            after=jsonpatch.apply_patch(before, patch),
            patch=patch,
            property_changes=property_changes,
        )

    reasons = [
        f"{path[1:]} cannot be unset on an existing version"
        if type_name == IMAGE_VERSION and path[1:] in NOT_CLEARABLE
        else f"{path[1:]} changes: "
        + _REPLACE_EXPLANATIONS.get((type_name, path[1:]), "it cannot be changed in place")
        for path in replace_paths
    ]
    causes = {
        ReplaceCause.TAINTED: tainted,
        ReplaceCause.REQUESTED: force_replace,
        ReplaceCause.TRIGGERED: bool(replace_because),
        ReplaceCause.CANNOT_UPDATE: bool(replace_paths),
    }
    if tainted:
        reasons.append("tainted: an earlier apply did not finish it cleanly")
    if force_replace:
        reasons.append("replacement requested with --replace")
    if replace_because:
        reasons.append(replace_because)
    return ResourceChange(
        address=address,
        type_name=type_name,
        action=_replace_action(address, schema, desired, before),
        identifier=recorded.identifier,
        before=before,
        after=desired_model(desired),
        replace_paths=replace_paths,
        property_changes=property_changes,
        reasons=reasons,
        replace_causes=tuple(cause for cause in ReplaceCause if causes[cause]),
    )


def refresh_resource(
    address: str, *, recorded: ResourceRecord, live: dict[str, Any] | None
) -> ResourceChange:
    """The refresh-only change of one record: store what is live, drop what is gone.

    Only properties the record already holds are refreshed (`refreshed_properties`), so a
    refresh never makes a service default look like a value the spec set (which the next
    plan would remove). The refreshed properties are the change's `after`, the record's
    its `before`.
    """
    before = copy_value(recorded.properties)
    if live is None:
        return ResourceChange(
            address=address,
            type_name=recorded.type,
            action=Action.REMOVE_RECORD,
            identifier=recorded.identifier,
            before=before,
            reasons=["deleted outside imgver: its record will be removed from state"],
        )
    refreshed = refreshed_properties(recorded, live)
    property_changes = [
        _property_change(
            name, before.get(name, MISSING), refreshed.get(name, MISSING), forces_replacement=False
        )
        for name in _refreshed_names(before, refreshed)
    ]
    return ResourceChange(
        address=address,
        type_name=recorded.type,
        action=Action.REFRESH if property_changes else Action.NOOP,
        identifier=recorded.identifier,
        before=before,
        after=refreshed,
        property_changes=property_changes,
        reasons=["changed outside imgver"] if property_changes else [],
    )


def drifted(recorded: ResourceRecord, live: Mapping[str, Any] | None) -> bool:
    """Whether `refresh_resource` of the record would change it (what `_drift` keeps),
    decided without copying a value: `_refreshed_view` walked one property at a time."""
    if live is None:
        return True
    write_only = load_schema(recorded.type).write_only
    for name, old in recorded.properties.items():
        if name in LIVE_READABLE_WRITE_ONLY:
            # What `_same_property` answers for the normalised live value; two lists alike
            # item by item are alike normalised too.
            new = live.get(name, [])
            if not same_value(old, new) and not same_value(
                normalise(name, old), normalise(name, new)
            ):
                return True
            continue
        if name in write_only:
            continue  # kept as recorded
        if name not in live:
            return True  # gone from the live model: the refresh drops it
        new = live[name]
        if not (type(old) is str and old == new) and not _same_property(name, old, new):
            return True
    return False


def refreshed_properties(recorded: ResourceRecord, live: Mapping[str, Any]) -> dict[str, Any]:
    """The record's properties with the values `live` holds now, sorted by name.

    Only properties the record holds are refreshed; those live lacks are gone. Write-only
    values stay as recorded, except `Aliases`, read live (none live is an empty list).
    """
    return copy_value(_refreshed_view(recorded, live))


def _refreshed_view(recorded: ResourceRecord, live: Mapping[str, Any]) -> dict[str, Any]:
    """`refreshed_properties`, its values shared with `recorded` and `live`."""
    schema = load_schema(recorded.type)
    refreshed = {}
    for name, value in sorted(recorded.properties.items()):
        if name in LIVE_READABLE_WRITE_ONLY:
            refreshed[name] = normalise(name, live.get(name, []))
        elif name in schema.write_only:
            refreshed[name] = value
        elif name in live:
            refreshed[name] = live[name]
    return refreshed


def _refreshed_names(before: Mapping[str, Any], refreshed: Mapping[str, Any]) -> Iterator[str]:
    """The properties whose refreshed value differs from the recorded one, by name."""
    for name in sorted(before.keys() | refreshed.keys()):
        old, new = before.get(name, MISSING), refreshed.get(name, MISSING)
        if not (type(old) is str and old == new) and not _same_property(name, old, new):
            yield name


# -- building blocks -------------------------------------------------------------------------


def _removal(
    address: str, schema: ResourceSchema, recorded: ResourceRecord, live: dict[str, Any] | None
) -> ResourceChange:
    if live is None:
        return ResourceChange(
            address=address,
            type_name=schema.type_name,
            action=Action.REMOVE_RECORD,
            identifier=recorded.identifier,
            before=copy_value(recorded.properties),
            reasons=[
                "no longer in the spec and already gone from the cloud: "
                "only its state record is removed"
            ],
        )
    return ResourceChange(
        address=address,
        type_name=schema.type_name,
        action=Action.DELETE,
        identifier=recorded.identifier,
        before=_live_view(schema, recorded, live),
        reasons=["no longer in the spec"],
    )


def _create_reasons(recorded: ResourceRecord | None) -> list[str]:
    if recorded is None:
        return []
    if recorded.identifier is None:
        return ["an earlier create did not finish: no identifier was recorded"]
    return [
        f"{recorded.identifier} is recorded in state but no longer exists "
        "(deleted outside imgver): it will be created again"
    ]


def _collision_reason(address: str, schema: ResourceSchema, live: Mapping[str, Any]) -> str:
    identifier = live.get(schema.primary_identifier) or live.get("ImageName") or "it"
    return (
        f"{identifier} already exists in the cloud but imgver does not manage it, so "
        f"creating it will fail: adopt it with `imgver import {address} {identifier}`"
    )


def _live_view(
    schema: ResourceSchema, recorded: ResourceRecord, live: Mapping[str, Any]
) -> dict[str, Any]:
    """The live model with write-only values filled in from the record where known, a
    copy sorted by property name."""
    view = dict(live)
    for name in schema.write_only:
        if name not in LIVE_READABLE_WRITE_ONLY and name in recorded.properties:
            view[name] = recorded.properties[name]
    if ALIASES in view:
        view[ALIASES] = normalise(ALIASES, view[ALIASES])
    return copy_value({name: view[name] for name in sorted(view)})


def _compare(
    schema: ResourceSchema,
    desired: DesiredResource,
    recorded: ResourceRecord,
    before: Mapping[str, Any],
) -> list[PropertyChange]:
    """The managed properties whose desired value differs from the live one."""
    wanted = desired.properties
    read_only = schema.read_only
    ignored = desired.lifecycle.ignore_changes
    changes = []
    for name in sorted(wanted.keys() | recorded.properties.keys()):
        want = wanted.get(name, MISSING)
        have = before.get(name, MISSING)
        if type(want) is str and want == have:  # what `_same_property` answers, sooner
            continue
        if name in read_only or name in ignored:
            continue
        if name in LIVE_READABLE_WRITE_ONLY:
            # No aliases is the same as an empty list; dropping the property from the
            # spec means "no aliases", which is sent as an empty list. The live view
            # already holds them as a sorted set (`_live_view`); the spec's are shown the
            # same way, so the two compare as they are (a spec list already sorted and
            # without repeats is its own normal form).
            want = [] if want is MISSING else want
            held = [] if have is MISSING else have
            if same_value(want, held):
                continue
            want = normalise(name, want)
            if same_value(want, held):
                continue
        elif name in schema.write_only and want is MISSING:
            # The service cannot say whether it still holds the value and there is no
            # path to remove: leave it be.
            continue
        elif (
            _same_property(name, want, have)
            or settled_by_aws(
                schema.type_name,
                name,
                None if want is MISSING else want,
                None if have is MISSING else have,
            )
            or (name == BASE_IMAGE and pinned_to_its_build(want, have, before.get(CONTAINER_IMAGE)))
        ):
            continue
        unset = schema.type_name == IMAGE_VERSION and name in NOT_CLEARABLE and want is MISSING
        changes.append(
            _property_change(
                name, have, want, forces_replacement=name in schema.create_only or unset
            )
        )
    return changes


def _same_property(name: str, left: Any, right: Any) -> bool:
    if left is MISSING or right is MISSING:
        return left is right
    if name in UNORDERED_PROPERTIES:
        return same_value(normalise(name, left), normalise(name, right))
    return same_value(left, right)


def _property_change(
    name: str, before: Any, after: Any, *, forces_replacement: bool
) -> PropertyChange:
    kind: PropertyChangeKind = (
        "add" if before is MISSING else "remove" if after is MISSING else "change"
    )
    old = None if before is MISSING else copy_value(before)
    new = None if after is MISSING else copy_value(after)
    return PropertyChange(
        path=f"/{name}",
        before=old,
        after=new,
        kind=kind,
        forces_replacement=forces_replacement,
        details=_details(name, old, new),
    )


def _details(name: str, before: Any, after: Any) -> tuple[str, ...]:
    # Here, not at the top: deepdiff takes a twentieth of a second to import, and a
    # plan with no change needs none of it.
    from planner.plan.details import property_details

    return property_details(name, before, after)


def _replace_action(
    address: str,
    schema: ResourceSchema,
    desired: DesiredResource,
    before: Mapping[str, Any],
) -> Action:
    """Create-first unless the new object would take a unique name the old one holds."""
    clashing = [
        name
        for name in _additional_identifier_names(schema)
        if name in desired.properties and desired.properties[name] == before.get(name)
    ]
    if not clashing:
        if desired.lifecycle.on_replace == "retain":
            return Action.CREATE_THEN_FORGET
        return Action.CREATE_THEN_DELETE
    if desired.lifecycle.on_replace == "retain":
        names = ", ".join(clashing)
        raise PlanError(
            f"{address} must be replaced, but lifecycle.on_replace is retain",
            f"{names} must be unique, so the old object cannot stay while the new one is "
            f"created: set on_replace: delete for {address}, or give it a new {names}",
        )
    return Action.DELETE_THEN_CREATE


def _additional_identifier_names(schema: ResourceSchema) -> list[str]:
    """Properties that on their own name one object of the type (an image's ImageName)."""
    names = []
    for pointers in schema.document.get("additionalIdentifiers", ()):
        if len(pointers) == 1:
            names.append(str(pointers[0]).split("/")[2])
    return names


def _update_patch(
    schema: ResourceSchema,
    desired: DesiredResource,
    before: Mapping[str, Any],
    property_changes: list[PropertyChange],
) -> list[dict[str, Any]]:
    """The RFC 6902 document `UpdateResource` receives, paths sorted."""
    current: dict[str, Any] = {}
    target: dict[str, Any] = {}
    write_only_ops = []
    for change in property_changes:
        name = change.path[1:]
        if name in schema.write_only:
            write_only_ops.append({"op": "add", "path": change.path, "value": change.after})
            continue
        if name in before:
            current[name] = before[name]
        if name in desired.properties:
            target[name] = desired.properties[name]
    patch = _whole_property_ops(jsonpatch.make_patch(current, target).patch, current, target)
    if schema.type_name == IMAGE_VERSION and not any(
        op["path"] == f"/{ALIASES}" for op in write_only_ops
    ):
        # The full alias set on every version update: safe whether the live handler keeps
        # or strips the aliases of a desired model without them (Cloud Control builds it
        # from the alias-free read model; user guide resource-operations-update). A spec
        # entry that ignores its aliases (`lifecycle.ignore_changes`) keeps the live ones.
        if ALIASES in desired.lifecycle.ignore_changes:
            wanted = before.get(ALIASES, [])
        else:
            wanted = desired.properties.get(ALIASES, [])
        aliases = normalise(ALIASES, wanted)
        write_only_ops.append({"op": "add", "path": f"/{ALIASES}", "value": aliases})
    return sorted(copy_value(patch + write_only_ops), key=lambda op: str(op["path"]))


def _whole_property_ops(
    ops: list[dict[str, Any]], current: Mapping[str, Any], target: Mapping[str, Any]
) -> list[dict[str, Any]]:
    """One top-level add, replace or remove per property jsonpatch's `ops` touch. Index
    paths inside lists (`/Tags/0/Value`) depend on an order the service does not keep
    between reads, and `move`/`copy` between properties would tie two unrelated values
    together."""
    touched = {
        pointer.split("/")[1] for op in ops for pointer in (op["path"], op.get("from")) if pointer
    }
    result = []
    for name in sorted(touched):
        if name in target:
            verb = "replace" if name in current else "add"
            result.append({"op": verb, "path": f"/{name}", "value": target[name]})
        else:
            result.append({"op": "remove", "path": f"/{name}"})
    return result
