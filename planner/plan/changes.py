"""Plans as plain data: actions, per-resource changes, executable steps and the Plan.

Owns the vocabulary shared by the diff, the plan builder, the renderers and the apply
executor. A `ResourceChange` is what a person reviews (one per address, Terraform-like);
a `Step` is one Cloud Control call (or state-only edit) the executor runs, with the steps
it must wait for. Must not: compute anything or do I/O.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Final, Literal

from state.values import digest


class Action(Enum):
    """What happens to one address. Values are the names used in text and JSON output."""

    NOOP = "no-op"
    CREATE = "create"
    UPDATE = "update"
    CREATE_THEN_DELETE = "create-then-delete"  # replace: the new version first (the default)
    DELETE_THEN_CREATE = "delete-then-create"  # replace where both cannot exist at once
    CREATE_THEN_FORGET = "create-then-forget"  # replace with lifecycle.on_replace: retain
    DELETE = "delete"
    FORGET = "forget"  # stop managing, leave it in the cloud
    REMOVE_RECORD = "remove-record"  # already gone from the cloud: drop its state record
    REFRESH = "refresh"  # --refresh-only: record live values into state

    @property
    def summary_count(self) -> str | None:
        """The count this action adds to in plan and apply summaries; None for no change."""
        if self.is_replace:
            return "replace"
        return {
            Action.CREATE: "add",
            Action.UPDATE: "change",
            Action.DELETE: "destroy",
            Action.FORGET: "forget",
            Action.REMOVE_RECORD: "forget",
        }.get(self)

    @property
    def is_replace(self) -> bool:
        return self in (
            Action.CREATE_THEN_DELETE,
            Action.DELETE_THEN_CREATE,
            Action.CREATE_THEN_FORGET,
        )


class ReplaceCause(Enum):
    """Why an existing object is replaced, most telling first (Terraform's `action_reason`
    names one: tainted, then requested, then triggered, then a property that cannot update)."""

    TAINTED = "tainted"  # an earlier apply did not finish it cleanly
    REQUESTED = "requested"  # `--replace ADDRESS`
    TRIGGERED = "triggered"  # something outside its properties (`lifecycle.follow_tag`)
    CANNOT_UPDATE = "cannot-update"  # a create-only property changes


PropertyChangeKind = Literal["add", "remove", "change"]


@dataclass(frozen=True)
class PropertyChange:
    """One property that differs, for display: `path` is a JSON Pointer (`/ReleaseNotes`).

    `details` says what changed inside a nested value, one line per difference
    (`~ Tags[Key=cost].Value: "42" -> "43"`, `+ "stable"`); empty for scalars.
    """

    path: str
    before: Any
    after: Any
    kind: PropertyChangeKind
    forces_replacement: bool = False
    details: tuple[str, ...] = ()


@dataclass(frozen=True)
class ResourceChange:
    """The reviewed change of one address.

    `before` is the live model (read-only properties included, write-only ones filled in
    where known), `after` the desired model; either is None when absent. `patch` is the
    RFC 6902 document `UpdateResource` receives for an update. `identifier` names the
    existing object the change acts on. A replacement's `replace_causes` say why, in
    `ReplaceCause` order; `reasons` say it in words.
    """

    address: str
    type_name: str
    action: Action
    identifier: str | None = None
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None
    patch: list[dict[str, Any]] = field(default_factory=list)
    replace_paths: list[str] = field(default_factory=list)
    property_changes: list[PropertyChange] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    moved_from: str | None = None  # a `moved:` block: the record moves here from this address
    replace_causes: tuple[ReplaceCause, ...] = ()


class StepKind(Enum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    FORGET = "forget"  # state-only: drop the record
    RECORD = "record"  # state-only: store `properties` as last applied (refresh, import)
    MOVE = "move"  # state-only: the record at `moved_from` (and its deposed one) moves here
    RETIRE = "retire"  # state-only: a replaced version kept live moves to `#retired-<Version>`


@dataclass(frozen=True)
class Step:
    """One unit of work for the executor.

    `identifier` is the object acted on (None for a create). `properties` is the full
    desired model for a create, or the properties to record for RECORD. `deposed` marks a
    step on the old object of a replacement, which state keeps under `<address>#deposed`
    until it is deleted or forgotten. `depends_on` holds ids of steps that must succeed
    first. `moved_from` is the address a MOVE step takes the record from.
    """

    id: str
    address: str
    kind: StepKind
    type_name: str
    identifier: str | None = None
    properties: dict[str, Any] | None = None
    patch: list[dict[str, Any]] = field(default_factory=list)
    depends_on: tuple[str, ...] = ()
    deposed: bool = False
    description: str = ""
    moved_from: str | None = None


PlanMode = Literal["normal", "destroy", "refresh-only"]


@dataclass
class Plan:
    """Everything needed to review, save and later apply (or refuse as stale) a plan.

    `live_fingerprints` maps each address read to a hash of the live model seen (or
    "absent"); `apply PLANFILE` compares them, the state lineage/serial and the spec hash
    with the present before doing anything.
    """

    changes: list[ResourceChange]
    steps: list[Step]
    mode: PlanMode = "normal"
    spec_hash: str = ""
    lineage: str = ""
    serial: int = 0
    region: str = ""
    live_fingerprints: dict[str, str] = field(default_factory=dict)
    targets: tuple[str, ...] = ()
    created_at: str = ""
    account: str = ""  # the account the plan was made in ("": not known)
    environment: str = ""  # the spec environment it was made for ("": none)
    # Changes made outside imgver seen while reading live (Terraform's resource_drift):
    # refresh-style changes of records whose live object differs from what was applied.
    drift: list[ResourceChange] = field(default_factory=list)
    variables: dict[str, str] = field(default_factory=dict)  # the spec variables used
    force_replace: tuple[str, ...] = ()
    # What a person should know that changes nothing: base images not checkable, stale
    # tags left alone (shown with the plan, and kept in a plan file for `show`).
    notes: list[str] = field(default_factory=list)

    @property
    def has_changes(self) -> bool:
        return any(change.action is not Action.NOOP or change.moved_from for change in self.changes)


# A replaced object's old version is kept in state under `<address>#deposed` until it is
# deleted (or forgotten), so an interrupted replacement is finished by the next apply.
DEPOSED_SUFFIX = "#deposed"


# A version replaced with `lifecycle.on_replace: retain` stays in state, retired, under
# `<address>#retired-<Version>`, where its image's retention policy governs it.
RETIRED_MARK = "#retired-"


def retired_address(address: str, version: Any) -> str:
    """Where state keeps version `version` of `address` once it is retired."""
    return f"{address.removesuffix(DEPOSED_SUFFIX)}{RETIRED_MARK}{version}"


def is_retired(address: str) -> bool:
    return RETIRED_MARK in address


ABSENT: Final = "absent"  # the fingerprint of a live model that does not exist


def fingerprint(model: dict[str, Any] | None) -> str:
    """What a plan remembers of one live model: its digest, or "absent" when there is none."""
    if model is None:
        return ABSENT
    return digest(model)


def fingerprints(live: Mapping[str, dict[str, Any] | None]) -> dict[str, str]:
    """The fingerprint of every live model read, by address."""
    return {address: fingerprint(live[address]) for address in sorted(live)}
