"""Drift as plain data, and the pure comparison that finds it.

Owns the drift vocabulary (`DriftStatus`, `DifferenceType`, `DriftSource`, `Difference`,
`ResourceDrift`, `DriftReport`), `compare()`, which judges every address from the desired
spec, the recorded state and the live models already read, and `parse_ignore()` for
`--ignore ADDR[.Property]`. Differences follow CloudFormation's drift detection
(`PropertyDifferences`: PropertyPath, ExpectedValue, ActualValue, DifferenceType), plus a
kind of imgver's own, STALE_BASE_IMAGE: a version whose BaseImage tag now names another
digest than its `ContainerImage` (found by `planner.baseimage.stale`).

Per property of a resource, three values meet: desired (the spec), recorded (last
applied, in state) and live. Live differing from recorded is an `out-of-band` change
(expected is the recorded value); the spec differing from recorded while live still
equals it is a `not-applied` change (expected is the spec's value). Only properties the
spec or the record sets are compared; read-only properties never are, nor write-only ones
except the aliases, which live reads fill in from ListAliases and which compare as sets.

Must not: do I/O, read a clock (`today` and `generated_at` are inputs) or call AWS;
reading the cloud is `planner.drift.job`, presenting a report is `planner.render.drift`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any, Final

import jsonpointer

from planner.baseimage.reference import pinned_to_its_build
from planner.baseimage.stale import StaleImage
from planner.errors import UsageError
from planner.plan.changes import DEPOSED_SUFFIX, is_retired
from planner.spec.desired import SECTIONS, DesiredResource, DriftIgnore, ignore_target, section_of
from state.aws_rules import ARCHIVED_BY_AWS, archived_by_aws, settled_by_aws
from state.recorded.model import ResourceRecord, State
from state.schema import ALIASES, IMAGE_VERSION, UNORDERED_PROPERTIES, load_schema
from state.values import canonical_json, same_value

if TYPE_CHECKING:  # only the shape is used; keeps the cloud adapter out of a pure module
    from state.cloud.client import LiveResource

__all__ = [
    "Difference",
    "DifferenceType",
    "DriftReport",
    "DriftSource",
    "DriftStatus",
    "ResourceDrift",
    "compare",
    "parse_ignore",
]

# Write-only properties drift can still see: live reads fill `Aliases` from ListAliases,
# and `Alias` (a single alias given at create) is one more member of that same set.
_ALIAS = "Alias"
# UNORDERED_PROPERTIES are compared as multisets, and an absent list equals an empty one,
# since reads omit them when empty.

_BASE_IMAGE, _CONTAINER_IMAGE = "BaseImage", "ContainerImage"
LIFECYCLE_REASON = "lifecycle.ignore_changes"
COMMAND_LINE_REASON = "--ignore on the command line"
# What a report shows of an UNMANAGED version, from its live read model. The CloudFormation
# schema's read model has no creation time; Version and ContainerImage are what it gives of
# the version's making (state/schemas/AWS_SageMaker_ImageVersion.json readOnlyProperties).
UNMANAGED_FACTS: Final = (
    "Version",
    "BaseImage",
    "ContainerImage",
    "VendorGuidance",
    "JobType",
    "ReleaseNotes",
    "Aliases",
)


class DriftStatus(Enum):
    """The drift status of one resource. Values are the names used in every format."""

    IN_SYNC = "IN_SYNC"
    MODIFIED = "MODIFIED"  # live differs from the spec or from the last-applied record
    DELETED = "DELETED"  # in state, gone live
    NOT_APPLIED = "NOT_APPLIED"  # the spec's wish for this address is not applied yet
    UNMANAGED = "UNMANAGED"  # a live version of a managed image that neither spec nor state knows
    RETIRED = "RETIRED"  # kept live by on_replace: retain, under its image's retention policy


# Statuses that are never drift.
_NOT_DRIFT: Final = (DriftStatus.IN_SYNC, DriftStatus.RETIRED)


class DifferenceType(Enum):
    """As CloudFormation's: ADD (only live has it), REMOVE (live lacks it), NOT_EQUAL."""

    ADD = "ADD"
    REMOVE = "REMOVE"
    NOT_EQUAL = "NOT_EQUAL"
    # imgver's own kind: the version's BaseImage tag now names another digest than the one
    # it was built from (expected: the tag's digest now; actual: the version's).
    STALE_BASE_IMAGE = "STALE_BASE_IMAGE"


class DriftSource(Enum):
    """Why a property differs."""

    OUT_OF_BAND = "out-of-band"  # live changed since imgver last applied it
    NOT_APPLIED = "not-applied"  # the spec changed and apply has not run since
    TAG_MOVED = "tag-moved"  # the base image's tag was pushed again since the version was built


@dataclass(frozen=True)
class Difference:
    """One property difference. `path` is a JSON Pointer; None stands for an absent value."""

    path: str
    expected: Any
    actual: Any
    type: DifferenceType
    source: DriftSource
    ignore_reason: str | None = None
    tag: str = ""  # STALE_BASE_IMAGE: the tag that moved
    tag_pushed_at: str = ""  # STALE_BASE_IMAGE: when the tag's image was pushed ("": unknown)

    @property
    def property_name(self) -> str:
        """The top-level property the difference sits in (`/Aliases/0` -> `Aliases`)."""
        return str(jsonpointer.JsonPointer(self.path).parts[0])

    @property
    def ignored(self) -> bool:
        return self.ignore_reason is not None


@dataclass(frozen=True)
class ResourceDrift:
    """The verdict on one resource.

    `address` is None for an UNMANAGED version (nothing names it but its `identifier`).
    `ignore_reason` is set when a rule ignores the whole resource. `note` explains a status
    that needs it (a resource gone from the spec, a create never confirmed, how to import).
    `live_properties` are what an UNMANAGED version is, live (`UNMANAGED_FACTS`, in order),
    so a reader can tell whose it is without opening the console.
    """

    address: str | None
    type_name: str
    identifier: str | None
    status: DriftStatus
    differences: tuple[Difference, ...] = ()
    ignore_reason: str | None = None
    note: str = ""
    live_properties: tuple[tuple[str, Any], ...] = ()

    @property
    def name(self) -> str:
        """What to call the resource in a report: its address, else its identifier."""
        return self.address or self.identifier or ""

    @property
    def counts_as_drift(self) -> bool:
        """Whether this resource makes `imgver drift` exit 2."""
        if self.status in _NOT_DRIFT or self.ignore_reason is not None:
            return False
        if self.status is DriftStatus.MODIFIED:
            return any(not difference.ignored for difference in self.differences)
        return True

    @property
    def ignored(self) -> bool:
        """Drifted, but every part of the drift is ignored by a rule."""
        return self.status not in _NOT_DRIFT and not self.counts_as_drift


@dataclass(frozen=True)
class DriftReport:
    """The outcome of one drift check, with what it was checked against."""

    resources: tuple[ResourceDrift, ...]
    spec_hash: str = ""
    state_serial: int = 0
    state_lineage: str = ""
    region: str = ""
    generated_at: str = ""
    expired_ignores: tuple[DriftIgnore, ...] = field(default=())
    account: str = ""  # the account the run was bound to (STS)
    spec_file: str = ""  # the spec file, as the command was given it

    def summary(self) -> dict[str, int]:
        """How many resources have each status, every status present (zeros included),
        but RETIRED only when some resource is retired."""
        counts = Counter(resource.status for resource in self.resources)
        return {
            status.value: counts[status]
            for status in DriftStatus
            if status is not DriftStatus.RETIRED or counts[status]
        }

    @property
    def drifted_count(self) -> int:
        return sum(resource.counts_as_drift for resource in self.resources)

    @property
    def ignored_count(self) -> int:
        return sum(resource.ignored for resource in self.resources)

    @property
    def has_drift(self) -> bool:
        return self.drifted_count > 0

    @property
    def exit_code(self) -> int:
        """0 when nothing counts as drift, 2 otherwise (errors never get this far)."""
        return 2 if self.has_drift else 0


def parse_ignore(text: str, *, reason: str = COMMAND_LINE_REASON) -> DriftIgnore:
    """`images.ds`, `image_versions.ds-2024-10.ReleaseNotes` or an unmanaged version's ARN."""
    target = ignore_target(text)
    if target is None:
        sections = " or ".join(SECTIONS)
        raise UsageError(
            f"--ignore {text.strip()!r} is not ADDRESS[.Property]",
            f"an address is <section>.<name> with section {sections}, e.g. "
            "image_versions.ds-2024-10.ReleaseNotes; an unmanaged version is named by its ARN",
        )
    address, property_name = target
    return DriftIgnore(address=address, property=property_name, reason=reason)


def compare(
    *,
    desired: Mapping[str, DesiredResource],
    state: State,
    live: Mapping[str, dict[str, Any] | None],
    unmanaged: Sequence[LiveResource] = (),
    ignores: Sequence[DriftIgnore] = (),
    today: dt.date,
    spec_hash: str = "",
    region: str = "",
    generated_at: str = "",
    stale: Mapping[str, StaleImage] | None = None,
    account: str = "",
    spec_file: str = "",
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so. `stale` holds the live versions whose base
    image's tag has moved (`planner.baseimage.stale`), each a STALE_BASE_IMAGE difference.
    """
    active = [rule for rule in ignores if rule.applies(today)]
    expired = tuple(rule for rule in ignores if not rule.applies(today))
    resources: list[ResourceDrift] = []
    for address in sorted(set(desired) | set(state.resources), key=_address_order):
        spec = desired.get(address)
        record = state.resources.get(address)
        if record is None:
            assert spec is not None  # the address came from one of the two
            drift = _judge_unrecorded(spec, live.get(address))
        else:
            drift = _judge_recorded(address, spec, record, live, (stale or {}).get(address))
        resources.append(_apply_ignores(drift, spec, active))
    known = {record.identifier for record in state.resources.values() if record.identifier}
    for found in sorted(unmanaged, key=lambda item: _identifier_order(item.identifier)):
        if found.identifier in known:
            continue
        image_name = found.properties.get("ImageName") or _image_of(found.identifier)
        drift = ResourceDrift(
            address=None,
            type_name=found.type_name,
            identifier=found.identifier,
            status=DriftStatus.UNMANAGED,
            note=f"a version of image {image_name} that neither the spec nor state knows; "
            f"`imgver import ADDRESS {found.identifier}` manages it",
            live_properties=tuple(
                (name, found.properties[name])
                for name in UNMANAGED_FACTS
                if found.properties.get(name) is not None
            ),
        )
        resources.append(_apply_ignores(drift, None, active))
    return DriftReport(
        resources=tuple(resources),
        spec_hash=spec_hash,
        state_serial=state.serial,
        state_lineage=state.lineage,
        region=region,
        generated_at=generated_at,
        expired_ignores=expired,
        account=account,
        spec_file=spec_file,
    )


def _judge_unrecorded(spec: DesiredResource, found: dict[str, Any] | None) -> ResourceDrift:
    """An address only the spec names; `found` is a same-named object read live, if any."""
    if found is None:
        return ResourceDrift(
            address=spec.address,
            type_name=spec.type_name,
            identifier=None,
            status=DriftStatus.NOT_APPLIED,
            note="in the spec but never created; the next apply creates it",
        )
    identifier = str(found.get(load_schema(spec.type_name).primary_identifier, ""))
    name = spec.properties.get("ImageName", "")
    return ResourceDrift(
        address=spec.address,
        type_name=spec.type_name,
        identifier=identifier or None,
        status=DriftStatus.NOT_APPLIED,
        note=f"in the spec but not in state, and {name} already exists in the cloud; "
        f"`imgver import {spec.address} {name}` manages it instead of a clashing create",
    )


def _judge_recorded(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
    stale: StaleImage | None = None,
) -> ResourceDrift:
    """The status of an address state records (whether or not the spec still names it)."""
    if record.identifier is None:
        return ResourceDrift(
            address=address,
            type_name=record.type,
            identifier=None,
            status=DriftStatus.NOT_APPLIED,
            note="a create was started and never confirmed; the next apply resumes it",
        )
    if address not in live:
        raise ValueError(f"the live model of {address} was not read")
    live_model = live[address]
    if live_model is None:
        return ResourceDrift(
            address=address,
            type_name=record.type,
            identifier=record.identifier,
            status=DriftStatus.DELETED,
            note="recorded in state but gone from the cloud",
        )
    if is_retired(address):
        return ResourceDrift(
            address=address,
            type_name=record.type,
            identifier=record.identifier,
            status=DriftStatus.RETIRED,
            note="retired by lifecycle.on_replace: retain; kept under its image's retention policy",
        )
    differences = _differences(
        record.type,
        desired=spec.properties if spec else None,
        recorded=record.properties,
        live=live_model,
    )
    if stale is not None:
        differences.append(_stale_difference(stale))
    note = _recorded_note(address, spec, record)
    if archived_by_aws(
        record.type,
        "VendorGuidance",
        record.properties.get("VendorGuidance"),
        live_model.get("VendorGuidance"),
    ):
        note = "; ".join(part for part in (ARCHIVED_BY_AWS, note) if part)
    if differences:
        status = DriftStatus.MODIFIED
    elif spec is None:
        status = DriftStatus.NOT_APPLIED
    else:
        status = DriftStatus.IN_SYNC
    return ResourceDrift(
        address=address,
        type_name=record.type,
        identifier=record.identifier,
        status=status,
        differences=tuple(differences),
        note=note,
    )


def _recorded_note(address: str, spec: DesiredResource | None, record: ResourceRecord) -> str:
    if address.endswith(DEPOSED_SUFFIX):
        return "the old object of a replacement; the next apply removes it"
    if spec is None:
        return "no longer in the spec; the next apply removes it"
    if record.status == "tainted":
        return "tainted; the next apply replaces it"
    if record.pending is not None:
        operation = record.pending.operation
        article = "an" if operation.startswith("U") else "a"
        return f"{article} {operation} was started and never confirmed"
    return ""


def _differences(
    type_name: str,
    *,
    desired: Mapping[str, Any] | None,
    recorded: Mapping[str, Any],
    live: Mapping[str, Any],
) -> list[Difference]:
    """Out-of-band differences (live vs recorded), then not-applied ones (spec vs recorded)."""
    recorded_view = _comparable(type_name, recorded)
    live_view = _comparable(type_name, live)
    desired_view = _comparable(type_name, desired) if desired is not None else {}
    found: list[Difference] = []
    for name in sorted(set(desired_view) | set(recorded_view)):
        recorded_value = _value(name, recorded_view)
        live_value = _value(name, live_view)
        if settled_by_aws(type_name, name, recorded_value, live_value):
            # What AWS does by itself (archiving a version, lower-casing ImageName) is no
            # drift; the spec is still compared with what was sent.
            live_value = recorded_value
        drifted = _diff_value(
            _pointer(name), recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name == _BASE_IMAGE and pinned_to_its_build(
            desired_view.get(name), live_value, live.get(_CONTAINER_IMAGE)
        ):
            continue  # `imgver pin` wrote the digest this version was built from
        elif name in desired_view:
            pending = _diff_value(
                _pointer(name),
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def _stale_difference(stale: StaleImage) -> Difference:
    return Difference(
        path="/BaseImage",
        expected=stale.current,
        actual=stale.built_from,
        type=DifferenceType.STALE_BASE_IMAGE,
        source=DriftSource.TAG_MOVED,
        tag=stale.tag,
        tag_pushed_at=stale.pushed_at,
    )


def _comparable(type_name: str, model: Mapping[str, Any]) -> dict[str, Any]:
    """The properties drift compares: no read-only ones, no unreadable write-only ones."""
    schema = load_schema(type_name)
    hidden = schema.read_only | (schema.write_only - {ALIASES, _ALIAS})
    view = {name: value for name, value in model.items() if name not in hidden}
    if type_name == IMAGE_VERSION and (_ALIAS in view or ALIASES in view):
        aliases = set(view.pop(ALIASES, None) or [])
        if _ALIAS in view:
            aliases.add(view.pop(_ALIAS))
        view[ALIASES] = sorted(aliases)
    return view


def _value(name: str, view: Mapping[str, Any]) -> Any:
    if name in UNORDERED_PROPERTIES:
        return view.get(name) or []
    return view.get(name)


RawDifference = tuple[str, Any, Any, DifferenceType]


def _diff_value(path: str, expected: Any, actual: Any, unordered: bool) -> list[RawDifference]:
    """Where `actual` departs from `expected`: member by member for an unordered list, the
    value whole otherwise (neither schema has an object-valued or ordered-list property)."""
    if expected is None and actual is None:
        return []
    if expected is None:
        return [(path, None, actual, DifferenceType.ADD)]
    if actual is None:
        return [(path, expected, None, DifferenceType.REMOVE)]
    if unordered and isinstance(expected, list) and isinstance(actual, list):
        return _diff_multiset(path, expected, actual)
    if same_value(expected, actual):
        return []
    return [(path, expected, actual, DifferenceType.NOT_EQUAL)]


def _diff_multiset(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
    """Members only one side has; indexes point into that side in canonical order.

    As CloudFormation does for unordered lists: a REMOVE indexes the expected list, an ADD
    the actual one, both sorted so that a report never changes with listing order.
    """
    expected_sorted = sorted(expected, key=canonical_json)
    actual_sorted = sorted(actual, key=canonical_json)
    unmatched_actual = Counter(canonical_json(item) for item in actual_sorted)
    removed: list[RawDifference] = []
    for index, item in enumerate(expected_sorted):
        key = canonical_json(item)
        if unmatched_actual[key] > 0:
            unmatched_actual[key] -= 1
        else:
            removed.append((f"{path}/{index}", item, None, DifferenceType.REMOVE))
    unmatched_expected = Counter(canonical_json(item) for item in expected_sorted)
    added: list[RawDifference] = []
    for index, item in enumerate(actual_sorted):
        key = canonical_json(item)
        if unmatched_expected[key] > 0:
            unmatched_expected[key] -= 1
        else:
            added.append((f"{path}/{index}", None, item, DifferenceType.ADD))
    return removed + added


def _as_differences(raw: list[RawDifference], source: DriftSource) -> list[Difference]:
    return [
        Difference(path=path, expected=expected, actual=actual, type=kind, source=source)
        for path, expected, actual, kind in raw
    ]


def _apply_ignores(
    drift: ResourceDrift, spec: DesiredResource | None, rules: Sequence[DriftIgnore]
) -> ResourceDrift:
    """Mark what `lifecycle.ignore_changes` and the active drift-ignore rules cover."""
    if drift.status is DriftStatus.IN_SYNC:
        return drift
    names = {name for name in (drift.address, drift.identifier) if name}
    matching = [rule for rule in rules if rule.address in names]
    whole = next((rule for rule in matching if rule.property is None), None)
    lifecycle = set(spec.lifecycle.ignore_changes) if spec else set()
    differences = tuple(
        _ignore_difference(difference, lifecycle, whole, matching)
        for difference in drift.differences
    )
    return dataclasses.replace(
        drift, differences=differences, ignore_reason=_reason(whole) if whole else None
    )


def _ignore_difference(
    difference: Difference,
    lifecycle: set[str],
    whole: DriftIgnore | None,
    matching: Sequence[DriftIgnore],
) -> Difference:
    reason: str | None
    if _covers(lifecycle, difference.property_name):
        reason = LIFECYCLE_REASON
    elif whole is not None:
        reason = _reason(whole)
    else:
        rule = next(
            (
                rule
                for rule in matching
                if rule.property and _covers({rule.property}, difference.property_name)
            ),
            None,
        )
        reason = _reason(rule) if rule else None
    return dataclasses.replace(difference, ignore_reason=reason)


def _covers(names: set[str], property_name: str) -> bool:
    # `Alias` and `Aliases` are one set in a comparison, so naming either covers both.
    if property_name == ALIASES:
        return bool(names & {ALIASES, _ALIAS})
    return property_name in names


def _reason(rule: DriftIgnore) -> str:
    reason = rule.reason or "drift.ignore in the spec"
    return f"{reason} (until {rule.until.isoformat()})" if rule.until else reason


def _address_order(address: str) -> tuple[int, str]:
    """Images before versions (the spec's section order), then by address."""
    section = section_of(address)
    order = list(SECTIONS)
    return (order.index(section) if section in order else len(order), address)


def _identifier_order(identifier: str) -> tuple[str, int, str]:
    """Version ARNs by image, then by version number (2 before 10)."""
    head, _, tail = identifier.rpartition("/")
    return (head, int(tail), "") if tail.isdigit() else (identifier, 0, identifier)


def _image_of(identifier: str) -> str:
    """The (lower-cased) image name inside a version ARN `...:image-version/<image>/<N>`."""
    return identifier.split("/")[1] if "/" in identifier else identifier


def _pointer(name: str) -> str:
    """The JSON Pointer of a top-level property."""
    return str(jsonpointer.JsonPointer.from_parts([name]).path)
