"""Drift as plain data, and the pure comparison that finds it.

Owns the drift vocabulary (`DriftStatus`, `DifferenceType`, `DriftSource`, `Difference`,
`ResourceDrift`, `DriftReport`), `compare()`, which judges every address from the desired
spec, the recorded state and the live models already read, and `parse_ignore()` for
`--ignore ADDR[.Property]`. Differences follow CloudFormation's drift detection
(`PropertyDifferences`: PropertyPath, ExpectedValue, ActualValue, DifferenceType).

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

LIFECYCLE_REASON = "lifecycle.ignore_changes"
COMMAND_LINE_REASON = "--ignore on the command line"


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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


class DriftSource(Enum):
    """Why a property differs."""

    OUT_OF_BAND = "out-of-band"  # live changed since imgver last applied it
    NOT_APPLIED = "not-applied"  # the spec changed and apply has not run since


@dataclass(frozen=True)
class Difference:
    """One property difference. `path` is a JSON Pointer; None stands for an absent value."""

    path: str
    expected: Any
    actual: Any
    type: DifferenceType
    source: DriftSource
    ignore_reason: str | None = None

    @property
    def property_name(self) -> str:
        """The top-level property the difference sits in (`/Aliases/0` -> `Aliases`)."""
        return _unescape(self.path.split("/")[1])

    @property
    def ignored(self) -> bool:
        return self.ignore_reason is not None


@dataclass(frozen=True)
class ResourceDrift:
    """The verdict on one resource.

    `address` is None for an UNMANAGED version (nothing names it but its `identifier`).
    `ignore_reason` is set when a rule ignores the whole resource. `note` explains a status
    that needs it (a resource gone from the spec, a create never confirmed, how to import).
    """

    address: str | None
    type_name: str
    identifier: str | None
    status: DriftStatus
    differences: tuple[Difference, ...] = ()
    ignore_reason: str | None = None
    note: str = ""

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
mutants_xǁDriftReportǁsummary__mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁDriftReportǁsummary__mutmut)
    def summary(self) -> dict[str, int]:
        """How many resources have each status, every status present (zeros included),
        but RETIRED only when some resource is retired."""
        counts = Counter(resource.status for resource in self.resources)
        return {
            status.value: counts[status]
            for status in DriftStatus
            if status is not DriftStatus.RETIRED or counts[status]
        }

    def xǁDriftReportǁsummary__mutmut_orig(self) -> dict[str, int]:
        """How many resources have each status, every status present (zeros included),
        but RETIRED only when some resource is retired."""
        counts = Counter(resource.status for resource in self.resources)
        return {
            status.value: counts[status]
            for status in DriftStatus
            if status is not DriftStatus.RETIRED or counts[status]
        }

    def xǁDriftReportǁsummary__mutmut_1(self) -> dict[str, int]:
        """How many resources have each status, every status present (zeros included),
        but RETIRED only when some resource is retired."""
        counts = None
        return {
            status.value: counts[status]
            for status in DriftStatus
            if status is not DriftStatus.RETIRED or counts[status]
        }

    def xǁDriftReportǁsummary__mutmut_2(self) -> dict[str, int]:
        """How many resources have each status, every status present (zeros included),
        but RETIRED only when some resource is retired."""
        counts = Counter(None)
        return {
            status.value: counts[status]
            for status in DriftStatus
            if status is not DriftStatus.RETIRED or counts[status]
        }

    def xǁDriftReportǁsummary__mutmut_3(self) -> dict[str, int]:
        """How many resources have each status, every status present (zeros included),
        but RETIRED only when some resource is retired."""
        counts = Counter(resource.status for resource in self.resources)
        return {
            status.value: counts[status]
            for status in DriftStatus
            if status is not DriftStatus.RETIRED and counts[status]
        }

    def xǁDriftReportǁsummary__mutmut_4(self) -> dict[str, int]:
        """How many resources have each status, every status present (zeros included),
        but RETIRED only when some resource is retired."""
        counts = Counter(resource.status for resource in self.resources)
        return {
            status.value: counts[status]
            for status in DriftStatus
            if status is DriftStatus.RETIRED or counts[status]
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

mutants_xǁDriftReportǁsummary__mutmut['_mutmut_orig'] = DriftReport.xǁDriftReportǁsummary__mutmut_orig # type: ignore # mutmut generated
mutants_xǁDriftReportǁsummary__mutmut['xǁDriftReportǁsummary__mutmut_1'] = DriftReport.xǁDriftReportǁsummary__mutmut_1 # type: ignore # mutmut generated
mutants_xǁDriftReportǁsummary__mutmut['xǁDriftReportǁsummary__mutmut_2'] = DriftReport.xǁDriftReportǁsummary__mutmut_2 # type: ignore # mutmut generated
mutants_xǁDriftReportǁsummary__mutmut['xǁDriftReportǁsummary__mutmut_3'] = DriftReport.xǁDriftReportǁsummary__mutmut_3 # type: ignore # mutmut generated
mutants_xǁDriftReportǁsummary__mutmut['xǁDriftReportǁsummary__mutmut_4'] = DriftReport.xǁDriftReportǁsummary__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_ignore__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_ignore__mutmut)
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


def x_parse_ignore__mutmut_orig(text: str, *, reason: str = COMMAND_LINE_REASON) -> DriftIgnore:
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


def x_parse_ignore__mutmut_1(text: str, *, reason: str = COMMAND_LINE_REASON) -> DriftIgnore:
    """`images.ds`, `image_versions.ds-2024-10.ReleaseNotes` or an unmanaged version's ARN."""
    target = None
    if target is None:
        sections = " or ".join(SECTIONS)
        raise UsageError(
            f"--ignore {text.strip()!r} is not ADDRESS[.Property]",
            f"an address is <section>.<name> with section {sections}, e.g. "
            "image_versions.ds-2024-10.ReleaseNotes; an unmanaged version is named by its ARN",
        )
    address, property_name = target
    return DriftIgnore(address=address, property=property_name, reason=reason)


def x_parse_ignore__mutmut_2(text: str, *, reason: str = COMMAND_LINE_REASON) -> DriftIgnore:
    """`images.ds`, `image_versions.ds-2024-10.ReleaseNotes` or an unmanaged version's ARN."""
    target = ignore_target(None)
    if target is None:
        sections = " or ".join(SECTIONS)
        raise UsageError(
            f"--ignore {text.strip()!r} is not ADDRESS[.Property]",
            f"an address is <section>.<name> with section {sections}, e.g. "
            "image_versions.ds-2024-10.ReleaseNotes; an unmanaged version is named by its ARN",
        )
    address, property_name = target
    return DriftIgnore(address=address, property=property_name, reason=reason)


def x_parse_ignore__mutmut_3(text: str, *, reason: str = COMMAND_LINE_REASON) -> DriftIgnore:
    """`images.ds`, `image_versions.ds-2024-10.ReleaseNotes` or an unmanaged version's ARN."""
    target = ignore_target(text)
    if target is not None:
        sections = " or ".join(SECTIONS)
        raise UsageError(
            f"--ignore {text.strip()!r} is not ADDRESS[.Property]",
            f"an address is <section>.<name> with section {sections}, e.g. "
            "image_versions.ds-2024-10.ReleaseNotes; an unmanaged version is named by its ARN",
        )
    address, property_name = target
    return DriftIgnore(address=address, property=property_name, reason=reason)


def x_parse_ignore__mutmut_4(text: str, *, reason: str = COMMAND_LINE_REASON) -> DriftIgnore:
    """`images.ds`, `image_versions.ds-2024-10.ReleaseNotes` or an unmanaged version's ARN."""
    target = ignore_target(text)
    if target is None:
        sections = None
        raise UsageError(
            f"--ignore {text.strip()!r} is not ADDRESS[.Property]",
            f"an address is <section>.<name> with section {sections}, e.g. "
            "image_versions.ds-2024-10.ReleaseNotes; an unmanaged version is named by its ARN",
        )
    address, property_name = target
    return DriftIgnore(address=address, property=property_name, reason=reason)


def x_parse_ignore__mutmut_5(text: str, *, reason: str = COMMAND_LINE_REASON) -> DriftIgnore:
    """`images.ds`, `image_versions.ds-2024-10.ReleaseNotes` or an unmanaged version's ARN."""
    target = ignore_target(text)
    if target is None:
        sections = " or ".join(None)
        raise UsageError(
            f"--ignore {text.strip()!r} is not ADDRESS[.Property]",
            f"an address is <section>.<name> with section {sections}, e.g. "
            "image_versions.ds-2024-10.ReleaseNotes; an unmanaged version is named by its ARN",
        )
    address, property_name = target
    return DriftIgnore(address=address, property=property_name, reason=reason)


def x_parse_ignore__mutmut_6(text: str, *, reason: str = COMMAND_LINE_REASON) -> DriftIgnore:
    """`images.ds`, `image_versions.ds-2024-10.ReleaseNotes` or an unmanaged version's ARN."""
    target = ignore_target(text)
    if target is None:
        sections = "XX or XX".join(SECTIONS)
        raise UsageError(
            f"--ignore {text.strip()!r} is not ADDRESS[.Property]",
            f"an address is <section>.<name> with section {sections}, e.g. "
            "image_versions.ds-2024-10.ReleaseNotes; an unmanaged version is named by its ARN",
        )
    address, property_name = target
    return DriftIgnore(address=address, property=property_name, reason=reason)


def x_parse_ignore__mutmut_7(text: str, *, reason: str = COMMAND_LINE_REASON) -> DriftIgnore:
    """`images.ds`, `image_versions.ds-2024-10.ReleaseNotes` or an unmanaged version's ARN."""
    target = ignore_target(text)
    if target is None:
        sections = " OR ".join(SECTIONS)
        raise UsageError(
            f"--ignore {text.strip()!r} is not ADDRESS[.Property]",
            f"an address is <section>.<name> with section {sections}, e.g. "
            "image_versions.ds-2024-10.ReleaseNotes; an unmanaged version is named by its ARN",
        )
    address, property_name = target
    return DriftIgnore(address=address, property=property_name, reason=reason)


def x_parse_ignore__mutmut_8(text: str, *, reason: str = COMMAND_LINE_REASON) -> DriftIgnore:
    """`images.ds`, `image_versions.ds-2024-10.ReleaseNotes` or an unmanaged version's ARN."""
    target = ignore_target(text)
    if target is None:
        sections = " or ".join(SECTIONS)
        raise UsageError(
            None,
            f"an address is <section>.<name> with section {sections}, e.g. "
            "image_versions.ds-2024-10.ReleaseNotes; an unmanaged version is named by its ARN",
        )
    address, property_name = target
    return DriftIgnore(address=address, property=property_name, reason=reason)


def x_parse_ignore__mutmut_9(text: str, *, reason: str = COMMAND_LINE_REASON) -> DriftIgnore:
    """`images.ds`, `image_versions.ds-2024-10.ReleaseNotes` or an unmanaged version's ARN."""
    target = ignore_target(text)
    if target is None:
        sections = " or ".join(SECTIONS)
        raise UsageError(
            f"--ignore {text.strip()!r} is not ADDRESS[.Property]",
            None,
        )
    address, property_name = target
    return DriftIgnore(address=address, property=property_name, reason=reason)


def x_parse_ignore__mutmut_10(text: str, *, reason: str = COMMAND_LINE_REASON) -> DriftIgnore:
    """`images.ds`, `image_versions.ds-2024-10.ReleaseNotes` or an unmanaged version's ARN."""
    target = ignore_target(text)
    if target is None:
        sections = " or ".join(SECTIONS)
        raise UsageError(
            f"an address is <section>.<name> with section {sections}, e.g. "
            "image_versions.ds-2024-10.ReleaseNotes; an unmanaged version is named by its ARN",
        )
    address, property_name = target
    return DriftIgnore(address=address, property=property_name, reason=reason)


def x_parse_ignore__mutmut_11(text: str, *, reason: str = COMMAND_LINE_REASON) -> DriftIgnore:
    """`images.ds`, `image_versions.ds-2024-10.ReleaseNotes` or an unmanaged version's ARN."""
    target = ignore_target(text)
    if target is None:
        sections = " or ".join(SECTIONS)
        raise UsageError(
            f"--ignore {text.strip()!r} is not ADDRESS[.Property]",
            )
    address, property_name = target
    return DriftIgnore(address=address, property=property_name, reason=reason)


def x_parse_ignore__mutmut_12(text: str, *, reason: str = COMMAND_LINE_REASON) -> DriftIgnore:
    """`images.ds`, `image_versions.ds-2024-10.ReleaseNotes` or an unmanaged version's ARN."""
    target = ignore_target(text)
    if target is None:
        sections = " or ".join(SECTIONS)
        raise UsageError(
            f"--ignore {text.strip()!r} is not ADDRESS[.Property]",
            f"an address is <section>.<name> with section {sections}, e.g. "
            "XXimage_versions.ds-2024-10.ReleaseNotes; an unmanaged version is named by its ARNXX",
        )
    address, property_name = target
    return DriftIgnore(address=address, property=property_name, reason=reason)


def x_parse_ignore__mutmut_13(text: str, *, reason: str = COMMAND_LINE_REASON) -> DriftIgnore:
    """`images.ds`, `image_versions.ds-2024-10.ReleaseNotes` or an unmanaged version's ARN."""
    target = ignore_target(text)
    if target is None:
        sections = " or ".join(SECTIONS)
        raise UsageError(
            f"--ignore {text.strip()!r} is not ADDRESS[.Property]",
            f"an address is <section>.<name> with section {sections}, e.g. "
            "image_versions.ds-2024-10.releasenotes; an unmanaged version is named by its arn",
        )
    address, property_name = target
    return DriftIgnore(address=address, property=property_name, reason=reason)


def x_parse_ignore__mutmut_14(text: str, *, reason: str = COMMAND_LINE_REASON) -> DriftIgnore:
    """`images.ds`, `image_versions.ds-2024-10.ReleaseNotes` or an unmanaged version's ARN."""
    target = ignore_target(text)
    if target is None:
        sections = " or ".join(SECTIONS)
        raise UsageError(
            f"--ignore {text.strip()!r} is not ADDRESS[.Property]",
            f"an address is <section>.<name> with section {sections}, e.g. "
            "IMAGE_VERSIONS.DS-2024-10.RELEASENOTES; AN UNMANAGED VERSION IS NAMED BY ITS ARN",
        )
    address, property_name = target
    return DriftIgnore(address=address, property=property_name, reason=reason)


def x_parse_ignore__mutmut_15(text: str, *, reason: str = COMMAND_LINE_REASON) -> DriftIgnore:
    """`images.ds`, `image_versions.ds-2024-10.ReleaseNotes` or an unmanaged version's ARN."""
    target = ignore_target(text)
    if target is None:
        sections = " or ".join(SECTIONS)
        raise UsageError(
            f"--ignore {text.strip()!r} is not ADDRESS[.Property]",
            f"an address is <section>.<name> with section {sections}, e.g. "
            "image_versions.ds-2024-10.ReleaseNotes; an unmanaged version is named by its ARN",
        )
    address, property_name = None
    return DriftIgnore(address=address, property=property_name, reason=reason)


def x_parse_ignore__mutmut_16(text: str, *, reason: str = COMMAND_LINE_REASON) -> DriftIgnore:
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
    return DriftIgnore(address=None, property=property_name, reason=reason)


def x_parse_ignore__mutmut_17(text: str, *, reason: str = COMMAND_LINE_REASON) -> DriftIgnore:
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
    return DriftIgnore(address=address, property=None, reason=reason)


def x_parse_ignore__mutmut_18(text: str, *, reason: str = COMMAND_LINE_REASON) -> DriftIgnore:
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
    return DriftIgnore(address=address, property=property_name, reason=None)


def x_parse_ignore__mutmut_19(text: str, *, reason: str = COMMAND_LINE_REASON) -> DriftIgnore:
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
    return DriftIgnore(property=property_name, reason=reason)


def x_parse_ignore__mutmut_20(text: str, *, reason: str = COMMAND_LINE_REASON) -> DriftIgnore:
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
    return DriftIgnore(address=address, reason=reason)


def x_parse_ignore__mutmut_21(text: str, *, reason: str = COMMAND_LINE_REASON) -> DriftIgnore:
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
    return DriftIgnore(address=address, property=property_name, )

mutants_x_parse_ignore__mutmut['_mutmut_orig'] = x_parse_ignore__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_ignore__mutmut['x_parse_ignore__mutmut_1'] = x_parse_ignore__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_ignore__mutmut['x_parse_ignore__mutmut_2'] = x_parse_ignore__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_ignore__mutmut['x_parse_ignore__mutmut_3'] = x_parse_ignore__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_ignore__mutmut['x_parse_ignore__mutmut_4'] = x_parse_ignore__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_ignore__mutmut['x_parse_ignore__mutmut_5'] = x_parse_ignore__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_ignore__mutmut['x_parse_ignore__mutmut_6'] = x_parse_ignore__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_ignore__mutmut['x_parse_ignore__mutmut_7'] = x_parse_ignore__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_ignore__mutmut['x_parse_ignore__mutmut_8'] = x_parse_ignore__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_ignore__mutmut['x_parse_ignore__mutmut_9'] = x_parse_ignore__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_ignore__mutmut['x_parse_ignore__mutmut_10'] = x_parse_ignore__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_ignore__mutmut['x_parse_ignore__mutmut_11'] = x_parse_ignore__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_ignore__mutmut['x_parse_ignore__mutmut_12'] = x_parse_ignore__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_ignore__mutmut['x_parse_ignore__mutmut_13'] = x_parse_ignore__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse_ignore__mutmut['x_parse_ignore__mutmut_14'] = x_parse_ignore__mutmut_14 # type: ignore # mutmut generated
mutants_x_parse_ignore__mutmut['x_parse_ignore__mutmut_15'] = x_parse_ignore__mutmut_15 # type: ignore # mutmut generated
mutants_x_parse_ignore__mutmut['x_parse_ignore__mutmut_16'] = x_parse_ignore__mutmut_16 # type: ignore # mutmut generated
mutants_x_parse_ignore__mutmut['x_parse_ignore__mutmut_17'] = x_parse_ignore__mutmut_17 # type: ignore # mutmut generated
mutants_x_parse_ignore__mutmut['x_parse_ignore__mutmut_18'] = x_parse_ignore__mutmut_18 # type: ignore # mutmut generated
mutants_x_parse_ignore__mutmut['x_parse_ignore__mutmut_19'] = x_parse_ignore__mutmut_19 # type: ignore # mutmut generated
mutants_x_parse_ignore__mutmut['x_parse_ignore__mutmut_20'] = x_parse_ignore__mutmut_20 # type: ignore # mutmut generated
mutants_x_parse_ignore__mutmut['x_parse_ignore__mutmut_21'] = x_parse_ignore__mutmut_21 # type: ignore # mutmut generated
mutants_x_compare__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_compare__mutmut)
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
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
    )


def x_compare__mutmut_orig(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
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
    )


def x_compare__mutmut_1(
    *,
    desired: Mapping[str, DesiredResource],
    state: State,
    live: Mapping[str, dict[str, Any] | None],
    unmanaged: Sequence[LiveResource] = (),
    ignores: Sequence[DriftIgnore] = (),
    today: dt.date,
    spec_hash: str = "XXXX",
    region: str = "",
    generated_at: str = "",
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
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
    )


def x_compare__mutmut_2(
    *,
    desired: Mapping[str, DesiredResource],
    state: State,
    live: Mapping[str, dict[str, Any] | None],
    unmanaged: Sequence[LiveResource] = (),
    ignores: Sequence[DriftIgnore] = (),
    today: dt.date,
    spec_hash: str = "",
    region: str = "XXXX",
    generated_at: str = "",
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
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
    )


def x_compare__mutmut_3(
    *,
    desired: Mapping[str, DesiredResource],
    state: State,
    live: Mapping[str, dict[str, Any] | None],
    unmanaged: Sequence[LiveResource] = (),
    ignores: Sequence[DriftIgnore] = (),
    today: dt.date,
    spec_hash: str = "",
    region: str = "",
    generated_at: str = "XXXX",
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
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
    )


def x_compare__mutmut_4(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
    """
    active = None
    expired = tuple(rule for rule in ignores if not rule.applies(today))
    resources: list[ResourceDrift] = []
    for address in sorted(set(desired) | set(state.resources), key=_address_order):
        spec = desired.get(address)
        record = state.resources.get(address)
        if record is None:
            assert spec is not None  # the address came from one of the two
            drift = _judge_unrecorded(spec, live.get(address))
        else:
            drift = _judge_recorded(address, spec, record, live)
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
    )


def x_compare__mutmut_5(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
    """
    active = [rule for rule in ignores if rule.applies(None)]
    expired = tuple(rule for rule in ignores if not rule.applies(today))
    resources: list[ResourceDrift] = []
    for address in sorted(set(desired) | set(state.resources), key=_address_order):
        spec = desired.get(address)
        record = state.resources.get(address)
        if record is None:
            assert spec is not None  # the address came from one of the two
            drift = _judge_unrecorded(spec, live.get(address))
        else:
            drift = _judge_recorded(address, spec, record, live)
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
    )


def x_compare__mutmut_6(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
    """
    active = [rule for rule in ignores if rule.applies(today)]
    expired = None
    resources: list[ResourceDrift] = []
    for address in sorted(set(desired) | set(state.resources), key=_address_order):
        spec = desired.get(address)
        record = state.resources.get(address)
        if record is None:
            assert spec is not None  # the address came from one of the two
            drift = _judge_unrecorded(spec, live.get(address))
        else:
            drift = _judge_recorded(address, spec, record, live)
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
    )


def x_compare__mutmut_7(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
    """
    active = [rule for rule in ignores if rule.applies(today)]
    expired = tuple(None)
    resources: list[ResourceDrift] = []
    for address in sorted(set(desired) | set(state.resources), key=_address_order):
        spec = desired.get(address)
        record = state.resources.get(address)
        if record is None:
            assert spec is not None  # the address came from one of the two
            drift = _judge_unrecorded(spec, live.get(address))
        else:
            drift = _judge_recorded(address, spec, record, live)
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
    )


def x_compare__mutmut_8(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
    """
    active = [rule for rule in ignores if rule.applies(today)]
    expired = tuple(rule for rule in ignores if rule.applies(today))
    resources: list[ResourceDrift] = []
    for address in sorted(set(desired) | set(state.resources), key=_address_order):
        spec = desired.get(address)
        record = state.resources.get(address)
        if record is None:
            assert spec is not None  # the address came from one of the two
            drift = _judge_unrecorded(spec, live.get(address))
        else:
            drift = _judge_recorded(address, spec, record, live)
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
    )


def x_compare__mutmut_9(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
    """
    active = [rule for rule in ignores if rule.applies(today)]
    expired = tuple(rule for rule in ignores if not rule.applies(None))
    resources: list[ResourceDrift] = []
    for address in sorted(set(desired) | set(state.resources), key=_address_order):
        spec = desired.get(address)
        record = state.resources.get(address)
        if record is None:
            assert spec is not None  # the address came from one of the two
            drift = _judge_unrecorded(spec, live.get(address))
        else:
            drift = _judge_recorded(address, spec, record, live)
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
    )


def x_compare__mutmut_10(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
    """
    active = [rule for rule in ignores if rule.applies(today)]
    expired = tuple(rule for rule in ignores if not rule.applies(today))
    resources: list[ResourceDrift] = None
    for address in sorted(set(desired) | set(state.resources), key=_address_order):
        spec = desired.get(address)
        record = state.resources.get(address)
        if record is None:
            assert spec is not None  # the address came from one of the two
            drift = _judge_unrecorded(spec, live.get(address))
        else:
            drift = _judge_recorded(address, spec, record, live)
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
    )


def x_compare__mutmut_11(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
    """
    active = [rule for rule in ignores if rule.applies(today)]
    expired = tuple(rule for rule in ignores if not rule.applies(today))
    resources: list[ResourceDrift] = []
    for address in sorted(None, key=_address_order):
        spec = desired.get(address)
        record = state.resources.get(address)
        if record is None:
            assert spec is not None  # the address came from one of the two
            drift = _judge_unrecorded(spec, live.get(address))
        else:
            drift = _judge_recorded(address, spec, record, live)
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
    )


def x_compare__mutmut_12(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
    """
    active = [rule for rule in ignores if rule.applies(today)]
    expired = tuple(rule for rule in ignores if not rule.applies(today))
    resources: list[ResourceDrift] = []
    for address in sorted(set(desired) | set(state.resources), key=None):
        spec = desired.get(address)
        record = state.resources.get(address)
        if record is None:
            assert spec is not None  # the address came from one of the two
            drift = _judge_unrecorded(spec, live.get(address))
        else:
            drift = _judge_recorded(address, spec, record, live)
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
    )


def x_compare__mutmut_13(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
    """
    active = [rule for rule in ignores if rule.applies(today)]
    expired = tuple(rule for rule in ignores if not rule.applies(today))
    resources: list[ResourceDrift] = []
    for address in sorted(key=_address_order):
        spec = desired.get(address)
        record = state.resources.get(address)
        if record is None:
            assert spec is not None  # the address came from one of the two
            drift = _judge_unrecorded(spec, live.get(address))
        else:
            drift = _judge_recorded(address, spec, record, live)
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
    )


def x_compare__mutmut_14(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
    """
    active = [rule for rule in ignores if rule.applies(today)]
    expired = tuple(rule for rule in ignores if not rule.applies(today))
    resources: list[ResourceDrift] = []
    for address in sorted(set(desired) | set(state.resources), ):
        spec = desired.get(address)
        record = state.resources.get(address)
        if record is None:
            assert spec is not None  # the address came from one of the two
            drift = _judge_unrecorded(spec, live.get(address))
        else:
            drift = _judge_recorded(address, spec, record, live)
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
    )


def x_compare__mutmut_15(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
    """
    active = [rule for rule in ignores if rule.applies(today)]
    expired = tuple(rule for rule in ignores if not rule.applies(today))
    resources: list[ResourceDrift] = []
    for address in sorted(set(desired) & set(state.resources), key=_address_order):
        spec = desired.get(address)
        record = state.resources.get(address)
        if record is None:
            assert spec is not None  # the address came from one of the two
            drift = _judge_unrecorded(spec, live.get(address))
        else:
            drift = _judge_recorded(address, spec, record, live)
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
    )


def x_compare__mutmut_16(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
    """
    active = [rule for rule in ignores if rule.applies(today)]
    expired = tuple(rule for rule in ignores if not rule.applies(today))
    resources: list[ResourceDrift] = []
    for address in sorted(set(None) | set(state.resources), key=_address_order):
        spec = desired.get(address)
        record = state.resources.get(address)
        if record is None:
            assert spec is not None  # the address came from one of the two
            drift = _judge_unrecorded(spec, live.get(address))
        else:
            drift = _judge_recorded(address, spec, record, live)
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
    )


def x_compare__mutmut_17(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
    """
    active = [rule for rule in ignores if rule.applies(today)]
    expired = tuple(rule for rule in ignores if not rule.applies(today))
    resources: list[ResourceDrift] = []
    for address in sorted(set(desired) | set(None), key=_address_order):
        spec = desired.get(address)
        record = state.resources.get(address)
        if record is None:
            assert spec is not None  # the address came from one of the two
            drift = _judge_unrecorded(spec, live.get(address))
        else:
            drift = _judge_recorded(address, spec, record, live)
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
    )


def x_compare__mutmut_18(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
    """
    active = [rule for rule in ignores if rule.applies(today)]
    expired = tuple(rule for rule in ignores if not rule.applies(today))
    resources: list[ResourceDrift] = []
    for address in sorted(set(desired) | set(state.resources), key=_address_order):
        spec = None
        record = state.resources.get(address)
        if record is None:
            assert spec is not None  # the address came from one of the two
            drift = _judge_unrecorded(spec, live.get(address))
        else:
            drift = _judge_recorded(address, spec, record, live)
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
    )


def x_compare__mutmut_19(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
    """
    active = [rule for rule in ignores if rule.applies(today)]
    expired = tuple(rule for rule in ignores if not rule.applies(today))
    resources: list[ResourceDrift] = []
    for address in sorted(set(desired) | set(state.resources), key=_address_order):
        spec = desired.get(None)
        record = state.resources.get(address)
        if record is None:
            assert spec is not None  # the address came from one of the two
            drift = _judge_unrecorded(spec, live.get(address))
        else:
            drift = _judge_recorded(address, spec, record, live)
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
    )


def x_compare__mutmut_20(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
    """
    active = [rule for rule in ignores if rule.applies(today)]
    expired = tuple(rule for rule in ignores if not rule.applies(today))
    resources: list[ResourceDrift] = []
    for address in sorted(set(desired) | set(state.resources), key=_address_order):
        spec = desired.get(address)
        record = None
        if record is None:
            assert spec is not None  # the address came from one of the two
            drift = _judge_unrecorded(spec, live.get(address))
        else:
            drift = _judge_recorded(address, spec, record, live)
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
    )


def x_compare__mutmut_21(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
    """
    active = [rule for rule in ignores if rule.applies(today)]
    expired = tuple(rule for rule in ignores if not rule.applies(today))
    resources: list[ResourceDrift] = []
    for address in sorted(set(desired) | set(state.resources), key=_address_order):
        spec = desired.get(address)
        record = state.resources.get(None)
        if record is None:
            assert spec is not None  # the address came from one of the two
            drift = _judge_unrecorded(spec, live.get(address))
        else:
            drift = _judge_recorded(address, spec, record, live)
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
    )


def x_compare__mutmut_22(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
    """
    active = [rule for rule in ignores if rule.applies(today)]
    expired = tuple(rule for rule in ignores if not rule.applies(today))
    resources: list[ResourceDrift] = []
    for address in sorted(set(desired) | set(state.resources), key=_address_order):
        spec = desired.get(address)
        record = state.resources.get(address)
        if record is not None:
            assert spec is not None  # the address came from one of the two
            drift = _judge_unrecorded(spec, live.get(address))
        else:
            drift = _judge_recorded(address, spec, record, live)
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
    )


def x_compare__mutmut_23(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
    """
    active = [rule for rule in ignores if rule.applies(today)]
    expired = tuple(rule for rule in ignores if not rule.applies(today))
    resources: list[ResourceDrift] = []
    for address in sorted(set(desired) | set(state.resources), key=_address_order):
        spec = desired.get(address)
        record = state.resources.get(address)
        if record is None:
            assert spec is None  # the address came from one of the two
            drift = _judge_unrecorded(spec, live.get(address))
        else:
            drift = _judge_recorded(address, spec, record, live)
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
    )


def x_compare__mutmut_24(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
    """
    active = [rule for rule in ignores if rule.applies(today)]
    expired = tuple(rule for rule in ignores if not rule.applies(today))
    resources: list[ResourceDrift] = []
    for address in sorted(set(desired) | set(state.resources), key=_address_order):
        spec = desired.get(address)
        record = state.resources.get(address)
        if record is None:
            assert spec is not None  # the address came from one of the two
            drift = None
        else:
            drift = _judge_recorded(address, spec, record, live)
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
    )


def x_compare__mutmut_25(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
    """
    active = [rule for rule in ignores if rule.applies(today)]
    expired = tuple(rule for rule in ignores if not rule.applies(today))
    resources: list[ResourceDrift] = []
    for address in sorted(set(desired) | set(state.resources), key=_address_order):
        spec = desired.get(address)
        record = state.resources.get(address)
        if record is None:
            assert spec is not None  # the address came from one of the two
            drift = _judge_unrecorded(None, live.get(address))
        else:
            drift = _judge_recorded(address, spec, record, live)
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
    )


def x_compare__mutmut_26(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
    """
    active = [rule for rule in ignores if rule.applies(today)]
    expired = tuple(rule for rule in ignores if not rule.applies(today))
    resources: list[ResourceDrift] = []
    for address in sorted(set(desired) | set(state.resources), key=_address_order):
        spec = desired.get(address)
        record = state.resources.get(address)
        if record is None:
            assert spec is not None  # the address came from one of the two
            drift = _judge_unrecorded(spec, None)
        else:
            drift = _judge_recorded(address, spec, record, live)
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
    )


def x_compare__mutmut_27(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
    """
    active = [rule for rule in ignores if rule.applies(today)]
    expired = tuple(rule for rule in ignores if not rule.applies(today))
    resources: list[ResourceDrift] = []
    for address in sorted(set(desired) | set(state.resources), key=_address_order):
        spec = desired.get(address)
        record = state.resources.get(address)
        if record is None:
            assert spec is not None  # the address came from one of the two
            drift = _judge_unrecorded(live.get(address))
        else:
            drift = _judge_recorded(address, spec, record, live)
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
    )


def x_compare__mutmut_28(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
    """
    active = [rule for rule in ignores if rule.applies(today)]
    expired = tuple(rule for rule in ignores if not rule.applies(today))
    resources: list[ResourceDrift] = []
    for address in sorted(set(desired) | set(state.resources), key=_address_order):
        spec = desired.get(address)
        record = state.resources.get(address)
        if record is None:
            assert spec is not None  # the address came from one of the two
            drift = _judge_unrecorded(spec, )
        else:
            drift = _judge_recorded(address, spec, record, live)
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
    )


def x_compare__mutmut_29(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
    """
    active = [rule for rule in ignores if rule.applies(today)]
    expired = tuple(rule for rule in ignores if not rule.applies(today))
    resources: list[ResourceDrift] = []
    for address in sorted(set(desired) | set(state.resources), key=_address_order):
        spec = desired.get(address)
        record = state.resources.get(address)
        if record is None:
            assert spec is not None  # the address came from one of the two
            drift = _judge_unrecorded(spec, live.get(None))
        else:
            drift = _judge_recorded(address, spec, record, live)
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
    )


def x_compare__mutmut_30(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = None
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
    )


def x_compare__mutmut_31(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(None, spec, record, live)
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
    )


def x_compare__mutmut_32(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, None, record, live)
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
    )


def x_compare__mutmut_33(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, None, live)
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
    )


def x_compare__mutmut_34(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, None)
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
    )


def x_compare__mutmut_35(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(spec, record, live)
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
    )


def x_compare__mutmut_36(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, record, live)
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
    )


def x_compare__mutmut_37(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, live)
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
    )


def x_compare__mutmut_38(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, )
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
    )


def x_compare__mutmut_39(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
        resources.append(None)
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
    )


def x_compare__mutmut_40(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
        resources.append(_apply_ignores(None, spec, active))
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
    )


def x_compare__mutmut_41(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
        resources.append(_apply_ignores(drift, None, active))
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
    )


def x_compare__mutmut_42(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
        resources.append(_apply_ignores(drift, spec, None))
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
    )


def x_compare__mutmut_43(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
        resources.append(_apply_ignores(spec, active))
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
    )


def x_compare__mutmut_44(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
        resources.append(_apply_ignores(drift, active))
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
    )


def x_compare__mutmut_45(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
        resources.append(_apply_ignores(drift, spec, ))
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
    )


def x_compare__mutmut_46(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
        resources.append(_apply_ignores(drift, spec, active))
    known = None
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
    )


def x_compare__mutmut_47(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
        resources.append(_apply_ignores(drift, spec, active))
    known = {record.identifier for record in state.resources.values() if record.identifier}
    for found in sorted(None, key=lambda item: _identifier_order(item.identifier)):
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
    )


def x_compare__mutmut_48(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
        resources.append(_apply_ignores(drift, spec, active))
    known = {record.identifier for record in state.resources.values() if record.identifier}
    for found in sorted(unmanaged, key=None):
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
    )


def x_compare__mutmut_49(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
        resources.append(_apply_ignores(drift, spec, active))
    known = {record.identifier for record in state.resources.values() if record.identifier}
    for found in sorted(key=lambda item: _identifier_order(item.identifier)):
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
    )


def x_compare__mutmut_50(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
        resources.append(_apply_ignores(drift, spec, active))
    known = {record.identifier for record in state.resources.values() if record.identifier}
    for found in sorted(unmanaged, ):
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
    )


def x_compare__mutmut_51(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
        resources.append(_apply_ignores(drift, spec, active))
    known = {record.identifier for record in state.resources.values() if record.identifier}
    for found in sorted(unmanaged, key=lambda item: None):
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
    )


def x_compare__mutmut_52(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
        resources.append(_apply_ignores(drift, spec, active))
    known = {record.identifier for record in state.resources.values() if record.identifier}
    for found in sorted(unmanaged, key=lambda item: _identifier_order(None)):
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
    )


def x_compare__mutmut_53(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
        resources.append(_apply_ignores(drift, spec, active))
    known = {record.identifier for record in state.resources.values() if record.identifier}
    for found in sorted(unmanaged, key=lambda item: _identifier_order(item.identifier)):
        if found.identifier not in known:
            continue
        image_name = found.properties.get("ImageName") or _image_of(found.identifier)
        drift = ResourceDrift(
            address=None,
            type_name=found.type_name,
            identifier=found.identifier,
            status=DriftStatus.UNMANAGED,
            note=f"a version of image {image_name} that neither the spec nor state knows; "
            f"`imgver import ADDRESS {found.identifier}` manages it",
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
    )


def x_compare__mutmut_54(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
        resources.append(_apply_ignores(drift, spec, active))
    known = {record.identifier for record in state.resources.values() if record.identifier}
    for found in sorted(unmanaged, key=lambda item: _identifier_order(item.identifier)):
        if found.identifier in known:
            break
        image_name = found.properties.get("ImageName") or _image_of(found.identifier)
        drift = ResourceDrift(
            address=None,
            type_name=found.type_name,
            identifier=found.identifier,
            status=DriftStatus.UNMANAGED,
            note=f"a version of image {image_name} that neither the spec nor state knows; "
            f"`imgver import ADDRESS {found.identifier}` manages it",
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
    )


def x_compare__mutmut_55(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
        resources.append(_apply_ignores(drift, spec, active))
    known = {record.identifier for record in state.resources.values() if record.identifier}
    for found in sorted(unmanaged, key=lambda item: _identifier_order(item.identifier)):
        if found.identifier in known:
            continue
        image_name = None
        drift = ResourceDrift(
            address=None,
            type_name=found.type_name,
            identifier=found.identifier,
            status=DriftStatus.UNMANAGED,
            note=f"a version of image {image_name} that neither the spec nor state knows; "
            f"`imgver import ADDRESS {found.identifier}` manages it",
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
    )


def x_compare__mutmut_56(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
        resources.append(_apply_ignores(drift, spec, active))
    known = {record.identifier for record in state.resources.values() if record.identifier}
    for found in sorted(unmanaged, key=lambda item: _identifier_order(item.identifier)):
        if found.identifier in known:
            continue
        image_name = found.properties.get("ImageName") and _image_of(found.identifier)
        drift = ResourceDrift(
            address=None,
            type_name=found.type_name,
            identifier=found.identifier,
            status=DriftStatus.UNMANAGED,
            note=f"a version of image {image_name} that neither the spec nor state knows; "
            f"`imgver import ADDRESS {found.identifier}` manages it",
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
    )


def x_compare__mutmut_57(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
        resources.append(_apply_ignores(drift, spec, active))
    known = {record.identifier for record in state.resources.values() if record.identifier}
    for found in sorted(unmanaged, key=lambda item: _identifier_order(item.identifier)):
        if found.identifier in known:
            continue
        image_name = found.properties.get(None) or _image_of(found.identifier)
        drift = ResourceDrift(
            address=None,
            type_name=found.type_name,
            identifier=found.identifier,
            status=DriftStatus.UNMANAGED,
            note=f"a version of image {image_name} that neither the spec nor state knows; "
            f"`imgver import ADDRESS {found.identifier}` manages it",
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
    )


def x_compare__mutmut_58(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
        resources.append(_apply_ignores(drift, spec, active))
    known = {record.identifier for record in state.resources.values() if record.identifier}
    for found in sorted(unmanaged, key=lambda item: _identifier_order(item.identifier)):
        if found.identifier in known:
            continue
        image_name = found.properties.get("XXImageNameXX") or _image_of(found.identifier)
        drift = ResourceDrift(
            address=None,
            type_name=found.type_name,
            identifier=found.identifier,
            status=DriftStatus.UNMANAGED,
            note=f"a version of image {image_name} that neither the spec nor state knows; "
            f"`imgver import ADDRESS {found.identifier}` manages it",
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
    )


def x_compare__mutmut_59(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
        resources.append(_apply_ignores(drift, spec, active))
    known = {record.identifier for record in state.resources.values() if record.identifier}
    for found in sorted(unmanaged, key=lambda item: _identifier_order(item.identifier)):
        if found.identifier in known:
            continue
        image_name = found.properties.get("imagename") or _image_of(found.identifier)
        drift = ResourceDrift(
            address=None,
            type_name=found.type_name,
            identifier=found.identifier,
            status=DriftStatus.UNMANAGED,
            note=f"a version of image {image_name} that neither the spec nor state knows; "
            f"`imgver import ADDRESS {found.identifier}` manages it",
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
    )


def x_compare__mutmut_60(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
        resources.append(_apply_ignores(drift, spec, active))
    known = {record.identifier for record in state.resources.values() if record.identifier}
    for found in sorted(unmanaged, key=lambda item: _identifier_order(item.identifier)):
        if found.identifier in known:
            continue
        image_name = found.properties.get("IMAGENAME") or _image_of(found.identifier)
        drift = ResourceDrift(
            address=None,
            type_name=found.type_name,
            identifier=found.identifier,
            status=DriftStatus.UNMANAGED,
            note=f"a version of image {image_name} that neither the spec nor state knows; "
            f"`imgver import ADDRESS {found.identifier}` manages it",
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
    )


def x_compare__mutmut_61(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
        resources.append(_apply_ignores(drift, spec, active))
    known = {record.identifier for record in state.resources.values() if record.identifier}
    for found in sorted(unmanaged, key=lambda item: _identifier_order(item.identifier)):
        if found.identifier in known:
            continue
        image_name = found.properties.get("ImageName") or _image_of(None)
        drift = ResourceDrift(
            address=None,
            type_name=found.type_name,
            identifier=found.identifier,
            status=DriftStatus.UNMANAGED,
            note=f"a version of image {image_name} that neither the spec nor state knows; "
            f"`imgver import ADDRESS {found.identifier}` manages it",
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
    )


def x_compare__mutmut_62(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
        resources.append(_apply_ignores(drift, spec, active))
    known = {record.identifier for record in state.resources.values() if record.identifier}
    for found in sorted(unmanaged, key=lambda item: _identifier_order(item.identifier)):
        if found.identifier in known:
            continue
        image_name = found.properties.get("ImageName") or _image_of(found.identifier)
        drift = None
        resources.append(_apply_ignores(drift, None, active))
    return DriftReport(
        resources=tuple(resources),
        spec_hash=spec_hash,
        state_serial=state.serial,
        state_lineage=state.lineage,
        region=region,
        generated_at=generated_at,
        expired_ignores=expired,
    )


def x_compare__mutmut_63(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
        resources.append(_apply_ignores(drift, spec, active))
    known = {record.identifier for record in state.resources.values() if record.identifier}
    for found in sorted(unmanaged, key=lambda item: _identifier_order(item.identifier)):
        if found.identifier in known:
            continue
        image_name = found.properties.get("ImageName") or _image_of(found.identifier)
        drift = ResourceDrift(
            address=None,
            type_name=None,
            identifier=found.identifier,
            status=DriftStatus.UNMANAGED,
            note=f"a version of image {image_name} that neither the spec nor state knows; "
            f"`imgver import ADDRESS {found.identifier}` manages it",
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
    )


def x_compare__mutmut_64(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
        resources.append(_apply_ignores(drift, spec, active))
    known = {record.identifier for record in state.resources.values() if record.identifier}
    for found in sorted(unmanaged, key=lambda item: _identifier_order(item.identifier)):
        if found.identifier in known:
            continue
        image_name = found.properties.get("ImageName") or _image_of(found.identifier)
        drift = ResourceDrift(
            address=None,
            type_name=found.type_name,
            identifier=None,
            status=DriftStatus.UNMANAGED,
            note=f"a version of image {image_name} that neither the spec nor state knows; "
            f"`imgver import ADDRESS {found.identifier}` manages it",
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
    )


def x_compare__mutmut_65(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
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
            status=None,
            note=f"a version of image {image_name} that neither the spec nor state knows; "
            f"`imgver import ADDRESS {found.identifier}` manages it",
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
    )


def x_compare__mutmut_66(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
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
            note=None,
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
    )


def x_compare__mutmut_67(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
        resources.append(_apply_ignores(drift, spec, active))
    known = {record.identifier for record in state.resources.values() if record.identifier}
    for found in sorted(unmanaged, key=lambda item: _identifier_order(item.identifier)):
        if found.identifier in known:
            continue
        image_name = found.properties.get("ImageName") or _image_of(found.identifier)
        drift = ResourceDrift(
            type_name=found.type_name,
            identifier=found.identifier,
            status=DriftStatus.UNMANAGED,
            note=f"a version of image {image_name} that neither the spec nor state knows; "
            f"`imgver import ADDRESS {found.identifier}` manages it",
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
    )


def x_compare__mutmut_68(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
        resources.append(_apply_ignores(drift, spec, active))
    known = {record.identifier for record in state.resources.values() if record.identifier}
    for found in sorted(unmanaged, key=lambda item: _identifier_order(item.identifier)):
        if found.identifier in known:
            continue
        image_name = found.properties.get("ImageName") or _image_of(found.identifier)
        drift = ResourceDrift(
            address=None,
            identifier=found.identifier,
            status=DriftStatus.UNMANAGED,
            note=f"a version of image {image_name} that neither the spec nor state knows; "
            f"`imgver import ADDRESS {found.identifier}` manages it",
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
    )


def x_compare__mutmut_69(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
        resources.append(_apply_ignores(drift, spec, active))
    known = {record.identifier for record in state.resources.values() if record.identifier}
    for found in sorted(unmanaged, key=lambda item: _identifier_order(item.identifier)):
        if found.identifier in known:
            continue
        image_name = found.properties.get("ImageName") or _image_of(found.identifier)
        drift = ResourceDrift(
            address=None,
            type_name=found.type_name,
            status=DriftStatus.UNMANAGED,
            note=f"a version of image {image_name} that neither the spec nor state knows; "
            f"`imgver import ADDRESS {found.identifier}` manages it",
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
    )


def x_compare__mutmut_70(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
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
            note=f"a version of image {image_name} that neither the spec nor state knows; "
            f"`imgver import ADDRESS {found.identifier}` manages it",
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
    )


def x_compare__mutmut_71(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
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
    )


def x_compare__mutmut_72(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
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
        )
        resources.append(None)
    return DriftReport(
        resources=tuple(resources),
        spec_hash=spec_hash,
        state_serial=state.serial,
        state_lineage=state.lineage,
        region=region,
        generated_at=generated_at,
        expired_ignores=expired,
    )


def x_compare__mutmut_73(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
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
        )
        resources.append(_apply_ignores(None, None, active))
    return DriftReport(
        resources=tuple(resources),
        spec_hash=spec_hash,
        state_serial=state.serial,
        state_lineage=state.lineage,
        region=region,
        generated_at=generated_at,
        expired_ignores=expired,
    )


def x_compare__mutmut_74(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
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
        )
        resources.append(_apply_ignores(drift, None, None))
    return DriftReport(
        resources=tuple(resources),
        spec_hash=spec_hash,
        state_serial=state.serial,
        state_lineage=state.lineage,
        region=region,
        generated_at=generated_at,
        expired_ignores=expired,
    )


def x_compare__mutmut_75(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
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
        )
        resources.append(_apply_ignores(None, active))
    return DriftReport(
        resources=tuple(resources),
        spec_hash=spec_hash,
        state_serial=state.serial,
        state_lineage=state.lineage,
        region=region,
        generated_at=generated_at,
        expired_ignores=expired,
    )


def x_compare__mutmut_76(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
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
        )
        resources.append(_apply_ignores(drift, active))
    return DriftReport(
        resources=tuple(resources),
        spec_hash=spec_hash,
        state_serial=state.serial,
        state_lineage=state.lineage,
        region=region,
        generated_at=generated_at,
        expired_ignores=expired,
    )


def x_compare__mutmut_77(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
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
        )
        resources.append(_apply_ignores(drift, None, ))
    return DriftReport(
        resources=tuple(resources),
        spec_hash=spec_hash,
        state_serial=state.serial,
        state_lineage=state.lineage,
        region=region,
        generated_at=generated_at,
        expired_ignores=expired,
    )


def x_compare__mutmut_78(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
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
        )
        resources.append(_apply_ignores(drift, None, active))
    return DriftReport(
        resources=None,
        spec_hash=spec_hash,
        state_serial=state.serial,
        state_lineage=state.lineage,
        region=region,
        generated_at=generated_at,
        expired_ignores=expired,
    )


def x_compare__mutmut_79(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
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
        )
        resources.append(_apply_ignores(drift, None, active))
    return DriftReport(
        resources=tuple(resources),
        spec_hash=None,
        state_serial=state.serial,
        state_lineage=state.lineage,
        region=region,
        generated_at=generated_at,
        expired_ignores=expired,
    )


def x_compare__mutmut_80(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
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
        )
        resources.append(_apply_ignores(drift, None, active))
    return DriftReport(
        resources=tuple(resources),
        spec_hash=spec_hash,
        state_serial=None,
        state_lineage=state.lineage,
        region=region,
        generated_at=generated_at,
        expired_ignores=expired,
    )


def x_compare__mutmut_81(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
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
        )
        resources.append(_apply_ignores(drift, None, active))
    return DriftReport(
        resources=tuple(resources),
        spec_hash=spec_hash,
        state_serial=state.serial,
        state_lineage=None,
        region=region,
        generated_at=generated_at,
        expired_ignores=expired,
    )


def x_compare__mutmut_82(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
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
        )
        resources.append(_apply_ignores(drift, None, active))
    return DriftReport(
        resources=tuple(resources),
        spec_hash=spec_hash,
        state_serial=state.serial,
        state_lineage=state.lineage,
        region=None,
        generated_at=generated_at,
        expired_ignores=expired,
    )


def x_compare__mutmut_83(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
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
        )
        resources.append(_apply_ignores(drift, None, active))
    return DriftReport(
        resources=tuple(resources),
        spec_hash=spec_hash,
        state_serial=state.serial,
        state_lineage=state.lineage,
        region=region,
        generated_at=None,
        expired_ignores=expired,
    )


def x_compare__mutmut_84(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
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
        )
        resources.append(_apply_ignores(drift, None, active))
    return DriftReport(
        resources=tuple(resources),
        spec_hash=spec_hash,
        state_serial=state.serial,
        state_lineage=state.lineage,
        region=region,
        generated_at=generated_at,
        expired_ignores=None,
    )


def x_compare__mutmut_85(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
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
        )
        resources.append(_apply_ignores(drift, None, active))
    return DriftReport(
        spec_hash=spec_hash,
        state_serial=state.serial,
        state_lineage=state.lineage,
        region=region,
        generated_at=generated_at,
        expired_ignores=expired,
    )


def x_compare__mutmut_86(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
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
        )
        resources.append(_apply_ignores(drift, None, active))
    return DriftReport(
        resources=tuple(resources),
        state_serial=state.serial,
        state_lineage=state.lineage,
        region=region,
        generated_at=generated_at,
        expired_ignores=expired,
    )


def x_compare__mutmut_87(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
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
        )
        resources.append(_apply_ignores(drift, None, active))
    return DriftReport(
        resources=tuple(resources),
        spec_hash=spec_hash,
        state_lineage=state.lineage,
        region=region,
        generated_at=generated_at,
        expired_ignores=expired,
    )


def x_compare__mutmut_88(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
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
        )
        resources.append(_apply_ignores(drift, None, active))
    return DriftReport(
        resources=tuple(resources),
        spec_hash=spec_hash,
        state_serial=state.serial,
        region=region,
        generated_at=generated_at,
        expired_ignores=expired,
    )


def x_compare__mutmut_89(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
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
        )
        resources.append(_apply_ignores(drift, None, active))
    return DriftReport(
        resources=tuple(resources),
        spec_hash=spec_hash,
        state_serial=state.serial,
        state_lineage=state.lineage,
        generated_at=generated_at,
        expired_ignores=expired,
    )


def x_compare__mutmut_90(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
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
        )
        resources.append(_apply_ignores(drift, None, active))
    return DriftReport(
        resources=tuple(resources),
        spec_hash=spec_hash,
        state_serial=state.serial,
        state_lineage=state.lineage,
        region=region,
        expired_ignores=expired,
    )


def x_compare__mutmut_91(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
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
        )
        resources.append(_apply_ignores(drift, None, active))
    return DriftReport(
        resources=tuple(resources),
        spec_hash=spec_hash,
        state_serial=state.serial,
        state_lineage=state.lineage,
        region=region,
        generated_at=generated_at,
        )


def x_compare__mutmut_92(
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
) -> DriftReport:
    """Judge every address in `desired` or `state`, plus each `unmanaged` live version.

    `live` maps each state address that has an identifier to its live model (None when
    the resource is gone); a missing entry is a caller's bug (ValueError). It may also
    hold a same-named object found for an address only the spec names (an image created
    outside imgver), which `planner.plan.refresh.read_live` looks for. `unmanaged` are
    live versions the caller found whose identifiers state does not hold. Rules in
    `ignores` whose `until` has passed on `today` are not applied and are returned in
    `expired_ignores` so a report can say so.
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
            drift = _judge_recorded(address, spec, record, live)
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
        )
        resources.append(_apply_ignores(drift, None, active))
    return DriftReport(
        resources=tuple(None),
        spec_hash=spec_hash,
        state_serial=state.serial,
        state_lineage=state.lineage,
        region=region,
        generated_at=generated_at,
        expired_ignores=expired,
    )

mutants_x_compare__mutmut['_mutmut_orig'] = x_compare__mutmut_orig # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_1'] = x_compare__mutmut_1 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_2'] = x_compare__mutmut_2 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_3'] = x_compare__mutmut_3 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_4'] = x_compare__mutmut_4 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_5'] = x_compare__mutmut_5 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_6'] = x_compare__mutmut_6 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_7'] = x_compare__mutmut_7 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_8'] = x_compare__mutmut_8 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_9'] = x_compare__mutmut_9 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_10'] = x_compare__mutmut_10 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_11'] = x_compare__mutmut_11 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_12'] = x_compare__mutmut_12 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_13'] = x_compare__mutmut_13 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_14'] = x_compare__mutmut_14 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_15'] = x_compare__mutmut_15 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_16'] = x_compare__mutmut_16 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_17'] = x_compare__mutmut_17 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_18'] = x_compare__mutmut_18 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_19'] = x_compare__mutmut_19 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_20'] = x_compare__mutmut_20 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_21'] = x_compare__mutmut_21 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_22'] = x_compare__mutmut_22 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_23'] = x_compare__mutmut_23 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_24'] = x_compare__mutmut_24 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_25'] = x_compare__mutmut_25 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_26'] = x_compare__mutmut_26 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_27'] = x_compare__mutmut_27 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_28'] = x_compare__mutmut_28 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_29'] = x_compare__mutmut_29 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_30'] = x_compare__mutmut_30 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_31'] = x_compare__mutmut_31 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_32'] = x_compare__mutmut_32 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_33'] = x_compare__mutmut_33 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_34'] = x_compare__mutmut_34 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_35'] = x_compare__mutmut_35 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_36'] = x_compare__mutmut_36 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_37'] = x_compare__mutmut_37 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_38'] = x_compare__mutmut_38 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_39'] = x_compare__mutmut_39 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_40'] = x_compare__mutmut_40 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_41'] = x_compare__mutmut_41 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_42'] = x_compare__mutmut_42 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_43'] = x_compare__mutmut_43 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_44'] = x_compare__mutmut_44 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_45'] = x_compare__mutmut_45 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_46'] = x_compare__mutmut_46 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_47'] = x_compare__mutmut_47 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_48'] = x_compare__mutmut_48 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_49'] = x_compare__mutmut_49 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_50'] = x_compare__mutmut_50 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_51'] = x_compare__mutmut_51 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_52'] = x_compare__mutmut_52 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_53'] = x_compare__mutmut_53 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_54'] = x_compare__mutmut_54 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_55'] = x_compare__mutmut_55 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_56'] = x_compare__mutmut_56 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_57'] = x_compare__mutmut_57 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_58'] = x_compare__mutmut_58 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_59'] = x_compare__mutmut_59 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_60'] = x_compare__mutmut_60 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_61'] = x_compare__mutmut_61 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_62'] = x_compare__mutmut_62 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_63'] = x_compare__mutmut_63 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_64'] = x_compare__mutmut_64 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_65'] = x_compare__mutmut_65 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_66'] = x_compare__mutmut_66 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_67'] = x_compare__mutmut_67 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_68'] = x_compare__mutmut_68 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_69'] = x_compare__mutmut_69 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_70'] = x_compare__mutmut_70 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_71'] = x_compare__mutmut_71 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_72'] = x_compare__mutmut_72 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_73'] = x_compare__mutmut_73 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_74'] = x_compare__mutmut_74 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_75'] = x_compare__mutmut_75 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_76'] = x_compare__mutmut_76 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_77'] = x_compare__mutmut_77 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_78'] = x_compare__mutmut_78 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_79'] = x_compare__mutmut_79 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_80'] = x_compare__mutmut_80 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_81'] = x_compare__mutmut_81 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_82'] = x_compare__mutmut_82 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_83'] = x_compare__mutmut_83 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_84'] = x_compare__mutmut_84 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_85'] = x_compare__mutmut_85 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_86'] = x_compare__mutmut_86 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_87'] = x_compare__mutmut_87 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_88'] = x_compare__mutmut_88 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_89'] = x_compare__mutmut_89 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_90'] = x_compare__mutmut_90 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_91'] = x_compare__mutmut_91 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_92'] = x_compare__mutmut_92 # type: ignore # mutmut generated
mutants_x__judge_unrecorded__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__judge_unrecorded__mutmut)
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


def x__judge_unrecorded__mutmut_orig(spec: DesiredResource, found: dict[str, Any] | None) -> ResourceDrift:
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


def x__judge_unrecorded__mutmut_1(spec: DesiredResource, found: dict[str, Any] | None) -> ResourceDrift:
    """An address only the spec names; `found` is a same-named object read live, if any."""
    if found is not None:
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


def x__judge_unrecorded__mutmut_2(spec: DesiredResource, found: dict[str, Any] | None) -> ResourceDrift:
    """An address only the spec names; `found` is a same-named object read live, if any."""
    if found is None:
        return ResourceDrift(
            address=None,
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


def x__judge_unrecorded__mutmut_3(spec: DesiredResource, found: dict[str, Any] | None) -> ResourceDrift:
    """An address only the spec names; `found` is a same-named object read live, if any."""
    if found is None:
        return ResourceDrift(
            address=spec.address,
            type_name=None,
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


def x__judge_unrecorded__mutmut_4(spec: DesiredResource, found: dict[str, Any] | None) -> ResourceDrift:
    """An address only the spec names; `found` is a same-named object read live, if any."""
    if found is None:
        return ResourceDrift(
            address=spec.address,
            type_name=spec.type_name,
            identifier=None,
            status=None,
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


def x__judge_unrecorded__mutmut_5(spec: DesiredResource, found: dict[str, Any] | None) -> ResourceDrift:
    """An address only the spec names; `found` is a same-named object read live, if any."""
    if found is None:
        return ResourceDrift(
            address=spec.address,
            type_name=spec.type_name,
            identifier=None,
            status=DriftStatus.NOT_APPLIED,
            note=None,
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


def x__judge_unrecorded__mutmut_6(spec: DesiredResource, found: dict[str, Any] | None) -> ResourceDrift:
    """An address only the spec names; `found` is a same-named object read live, if any."""
    if found is None:
        return ResourceDrift(
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


def x__judge_unrecorded__mutmut_7(spec: DesiredResource, found: dict[str, Any] | None) -> ResourceDrift:
    """An address only the spec names; `found` is a same-named object read live, if any."""
    if found is None:
        return ResourceDrift(
            address=spec.address,
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


def x__judge_unrecorded__mutmut_8(spec: DesiredResource, found: dict[str, Any] | None) -> ResourceDrift:
    """An address only the spec names; `found` is a same-named object read live, if any."""
    if found is None:
        return ResourceDrift(
            address=spec.address,
            type_name=spec.type_name,
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


def x__judge_unrecorded__mutmut_9(spec: DesiredResource, found: dict[str, Any] | None) -> ResourceDrift:
    """An address only the spec names; `found` is a same-named object read live, if any."""
    if found is None:
        return ResourceDrift(
            address=spec.address,
            type_name=spec.type_name,
            identifier=None,
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


def x__judge_unrecorded__mutmut_10(spec: DesiredResource, found: dict[str, Any] | None) -> ResourceDrift:
    """An address only the spec names; `found` is a same-named object read live, if any."""
    if found is None:
        return ResourceDrift(
            address=spec.address,
            type_name=spec.type_name,
            identifier=None,
            status=DriftStatus.NOT_APPLIED,
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


def x__judge_unrecorded__mutmut_11(spec: DesiredResource, found: dict[str, Any] | None) -> ResourceDrift:
    """An address only the spec names; `found` is a same-named object read live, if any."""
    if found is None:
        return ResourceDrift(
            address=spec.address,
            type_name=spec.type_name,
            identifier=None,
            status=DriftStatus.NOT_APPLIED,
            note="XXin the spec but never created; the next apply creates itXX",
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


def x__judge_unrecorded__mutmut_12(spec: DesiredResource, found: dict[str, Any] | None) -> ResourceDrift:
    """An address only the spec names; `found` is a same-named object read live, if any."""
    if found is None:
        return ResourceDrift(
            address=spec.address,
            type_name=spec.type_name,
            identifier=None,
            status=DriftStatus.NOT_APPLIED,
            note="IN THE SPEC BUT NEVER CREATED; THE NEXT APPLY CREATES IT",
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


def x__judge_unrecorded__mutmut_13(spec: DesiredResource, found: dict[str, Any] | None) -> ResourceDrift:
    """An address only the spec names; `found` is a same-named object read live, if any."""
    if found is None:
        return ResourceDrift(
            address=spec.address,
            type_name=spec.type_name,
            identifier=None,
            status=DriftStatus.NOT_APPLIED,
            note="in the spec but never created; the next apply creates it",
        )
    identifier = None
    name = spec.properties.get("ImageName", "")
    return ResourceDrift(
        address=spec.address,
        type_name=spec.type_name,
        identifier=identifier or None,
        status=DriftStatus.NOT_APPLIED,
        note=f"in the spec but not in state, and {name} already exists in the cloud; "
        f"`imgver import {spec.address} {name}` manages it instead of a clashing create",
    )


def x__judge_unrecorded__mutmut_14(spec: DesiredResource, found: dict[str, Any] | None) -> ResourceDrift:
    """An address only the spec names; `found` is a same-named object read live, if any."""
    if found is None:
        return ResourceDrift(
            address=spec.address,
            type_name=spec.type_name,
            identifier=None,
            status=DriftStatus.NOT_APPLIED,
            note="in the spec but never created; the next apply creates it",
        )
    identifier = str(None)
    name = spec.properties.get("ImageName", "")
    return ResourceDrift(
        address=spec.address,
        type_name=spec.type_name,
        identifier=identifier or None,
        status=DriftStatus.NOT_APPLIED,
        note=f"in the spec but not in state, and {name} already exists in the cloud; "
        f"`imgver import {spec.address} {name}` manages it instead of a clashing create",
    )


def x__judge_unrecorded__mutmut_15(spec: DesiredResource, found: dict[str, Any] | None) -> ResourceDrift:
    """An address only the spec names; `found` is a same-named object read live, if any."""
    if found is None:
        return ResourceDrift(
            address=spec.address,
            type_name=spec.type_name,
            identifier=None,
            status=DriftStatus.NOT_APPLIED,
            note="in the spec but never created; the next apply creates it",
        )
    identifier = str(found.get(None, ""))
    name = spec.properties.get("ImageName", "")
    return ResourceDrift(
        address=spec.address,
        type_name=spec.type_name,
        identifier=identifier or None,
        status=DriftStatus.NOT_APPLIED,
        note=f"in the spec but not in state, and {name} already exists in the cloud; "
        f"`imgver import {spec.address} {name}` manages it instead of a clashing create",
    )


def x__judge_unrecorded__mutmut_16(spec: DesiredResource, found: dict[str, Any] | None) -> ResourceDrift:
    """An address only the spec names; `found` is a same-named object read live, if any."""
    if found is None:
        return ResourceDrift(
            address=spec.address,
            type_name=spec.type_name,
            identifier=None,
            status=DriftStatus.NOT_APPLIED,
            note="in the spec but never created; the next apply creates it",
        )
    identifier = str(found.get(load_schema(spec.type_name).primary_identifier, None))
    name = spec.properties.get("ImageName", "")
    return ResourceDrift(
        address=spec.address,
        type_name=spec.type_name,
        identifier=identifier or None,
        status=DriftStatus.NOT_APPLIED,
        note=f"in the spec but not in state, and {name} already exists in the cloud; "
        f"`imgver import {spec.address} {name}` manages it instead of a clashing create",
    )


def x__judge_unrecorded__mutmut_17(spec: DesiredResource, found: dict[str, Any] | None) -> ResourceDrift:
    """An address only the spec names; `found` is a same-named object read live, if any."""
    if found is None:
        return ResourceDrift(
            address=spec.address,
            type_name=spec.type_name,
            identifier=None,
            status=DriftStatus.NOT_APPLIED,
            note="in the spec but never created; the next apply creates it",
        )
    identifier = str(found.get(""))
    name = spec.properties.get("ImageName", "")
    return ResourceDrift(
        address=spec.address,
        type_name=spec.type_name,
        identifier=identifier or None,
        status=DriftStatus.NOT_APPLIED,
        note=f"in the spec but not in state, and {name} already exists in the cloud; "
        f"`imgver import {spec.address} {name}` manages it instead of a clashing create",
    )


def x__judge_unrecorded__mutmut_18(spec: DesiredResource, found: dict[str, Any] | None) -> ResourceDrift:
    """An address only the spec names; `found` is a same-named object read live, if any."""
    if found is None:
        return ResourceDrift(
            address=spec.address,
            type_name=spec.type_name,
            identifier=None,
            status=DriftStatus.NOT_APPLIED,
            note="in the spec but never created; the next apply creates it",
        )
    identifier = str(found.get(load_schema(spec.type_name).primary_identifier, ))
    name = spec.properties.get("ImageName", "")
    return ResourceDrift(
        address=spec.address,
        type_name=spec.type_name,
        identifier=identifier or None,
        status=DriftStatus.NOT_APPLIED,
        note=f"in the spec but not in state, and {name} already exists in the cloud; "
        f"`imgver import {spec.address} {name}` manages it instead of a clashing create",
    )


def x__judge_unrecorded__mutmut_19(spec: DesiredResource, found: dict[str, Any] | None) -> ResourceDrift:
    """An address only the spec names; `found` is a same-named object read live, if any."""
    if found is None:
        return ResourceDrift(
            address=spec.address,
            type_name=spec.type_name,
            identifier=None,
            status=DriftStatus.NOT_APPLIED,
            note="in the spec but never created; the next apply creates it",
        )
    identifier = str(found.get(load_schema(None).primary_identifier, ""))
    name = spec.properties.get("ImageName", "")
    return ResourceDrift(
        address=spec.address,
        type_name=spec.type_name,
        identifier=identifier or None,
        status=DriftStatus.NOT_APPLIED,
        note=f"in the spec but not in state, and {name} already exists in the cloud; "
        f"`imgver import {spec.address} {name}` manages it instead of a clashing create",
    )


def x__judge_unrecorded__mutmut_20(spec: DesiredResource, found: dict[str, Any] | None) -> ResourceDrift:
    """An address only the spec names; `found` is a same-named object read live, if any."""
    if found is None:
        return ResourceDrift(
            address=spec.address,
            type_name=spec.type_name,
            identifier=None,
            status=DriftStatus.NOT_APPLIED,
            note="in the spec but never created; the next apply creates it",
        )
    identifier = str(found.get(load_schema(spec.type_name).primary_identifier, "XXXX"))
    name = spec.properties.get("ImageName", "")
    return ResourceDrift(
        address=spec.address,
        type_name=spec.type_name,
        identifier=identifier or None,
        status=DriftStatus.NOT_APPLIED,
        note=f"in the spec but not in state, and {name} already exists in the cloud; "
        f"`imgver import {spec.address} {name}` manages it instead of a clashing create",
    )


def x__judge_unrecorded__mutmut_21(spec: DesiredResource, found: dict[str, Any] | None) -> ResourceDrift:
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
    name = None
    return ResourceDrift(
        address=spec.address,
        type_name=spec.type_name,
        identifier=identifier or None,
        status=DriftStatus.NOT_APPLIED,
        note=f"in the spec but not in state, and {name} already exists in the cloud; "
        f"`imgver import {spec.address} {name}` manages it instead of a clashing create",
    )


def x__judge_unrecorded__mutmut_22(spec: DesiredResource, found: dict[str, Any] | None) -> ResourceDrift:
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
    name = spec.properties.get(None, "")
    return ResourceDrift(
        address=spec.address,
        type_name=spec.type_name,
        identifier=identifier or None,
        status=DriftStatus.NOT_APPLIED,
        note=f"in the spec but not in state, and {name} already exists in the cloud; "
        f"`imgver import {spec.address} {name}` manages it instead of a clashing create",
    )


def x__judge_unrecorded__mutmut_23(spec: DesiredResource, found: dict[str, Any] | None) -> ResourceDrift:
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
    name = spec.properties.get("ImageName", None)
    return ResourceDrift(
        address=spec.address,
        type_name=spec.type_name,
        identifier=identifier or None,
        status=DriftStatus.NOT_APPLIED,
        note=f"in the spec but not in state, and {name} already exists in the cloud; "
        f"`imgver import {spec.address} {name}` manages it instead of a clashing create",
    )


def x__judge_unrecorded__mutmut_24(spec: DesiredResource, found: dict[str, Any] | None) -> ResourceDrift:
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
    name = spec.properties.get("")
    return ResourceDrift(
        address=spec.address,
        type_name=spec.type_name,
        identifier=identifier or None,
        status=DriftStatus.NOT_APPLIED,
        note=f"in the spec but not in state, and {name} already exists in the cloud; "
        f"`imgver import {spec.address} {name}` manages it instead of a clashing create",
    )


def x__judge_unrecorded__mutmut_25(spec: DesiredResource, found: dict[str, Any] | None) -> ResourceDrift:
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
    name = spec.properties.get("ImageName", )
    return ResourceDrift(
        address=spec.address,
        type_name=spec.type_name,
        identifier=identifier or None,
        status=DriftStatus.NOT_APPLIED,
        note=f"in the spec but not in state, and {name} already exists in the cloud; "
        f"`imgver import {spec.address} {name}` manages it instead of a clashing create",
    )


def x__judge_unrecorded__mutmut_26(spec: DesiredResource, found: dict[str, Any] | None) -> ResourceDrift:
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
    name = spec.properties.get("XXImageNameXX", "")
    return ResourceDrift(
        address=spec.address,
        type_name=spec.type_name,
        identifier=identifier or None,
        status=DriftStatus.NOT_APPLIED,
        note=f"in the spec but not in state, and {name} already exists in the cloud; "
        f"`imgver import {spec.address} {name}` manages it instead of a clashing create",
    )


def x__judge_unrecorded__mutmut_27(spec: DesiredResource, found: dict[str, Any] | None) -> ResourceDrift:
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
    name = spec.properties.get("imagename", "")
    return ResourceDrift(
        address=spec.address,
        type_name=spec.type_name,
        identifier=identifier or None,
        status=DriftStatus.NOT_APPLIED,
        note=f"in the spec but not in state, and {name} already exists in the cloud; "
        f"`imgver import {spec.address} {name}` manages it instead of a clashing create",
    )


def x__judge_unrecorded__mutmut_28(spec: DesiredResource, found: dict[str, Any] | None) -> ResourceDrift:
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
    name = spec.properties.get("IMAGENAME", "")
    return ResourceDrift(
        address=spec.address,
        type_name=spec.type_name,
        identifier=identifier or None,
        status=DriftStatus.NOT_APPLIED,
        note=f"in the spec but not in state, and {name} already exists in the cloud; "
        f"`imgver import {spec.address} {name}` manages it instead of a clashing create",
    )


def x__judge_unrecorded__mutmut_29(spec: DesiredResource, found: dict[str, Any] | None) -> ResourceDrift:
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
    name = spec.properties.get("ImageName", "XXXX")
    return ResourceDrift(
        address=spec.address,
        type_name=spec.type_name,
        identifier=identifier or None,
        status=DriftStatus.NOT_APPLIED,
        note=f"in the spec but not in state, and {name} already exists in the cloud; "
        f"`imgver import {spec.address} {name}` manages it instead of a clashing create",
    )


def x__judge_unrecorded__mutmut_30(spec: DesiredResource, found: dict[str, Any] | None) -> ResourceDrift:
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
        address=None,
        type_name=spec.type_name,
        identifier=identifier or None,
        status=DriftStatus.NOT_APPLIED,
        note=f"in the spec but not in state, and {name} already exists in the cloud; "
        f"`imgver import {spec.address} {name}` manages it instead of a clashing create",
    )


def x__judge_unrecorded__mutmut_31(spec: DesiredResource, found: dict[str, Any] | None) -> ResourceDrift:
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
        type_name=None,
        identifier=identifier or None,
        status=DriftStatus.NOT_APPLIED,
        note=f"in the spec but not in state, and {name} already exists in the cloud; "
        f"`imgver import {spec.address} {name}` manages it instead of a clashing create",
    )


def x__judge_unrecorded__mutmut_32(spec: DesiredResource, found: dict[str, Any] | None) -> ResourceDrift:
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
        identifier=None,
        status=DriftStatus.NOT_APPLIED,
        note=f"in the spec but not in state, and {name} already exists in the cloud; "
        f"`imgver import {spec.address} {name}` manages it instead of a clashing create",
    )


def x__judge_unrecorded__mutmut_33(spec: DesiredResource, found: dict[str, Any] | None) -> ResourceDrift:
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
        status=None,
        note=f"in the spec but not in state, and {name} already exists in the cloud; "
        f"`imgver import {spec.address} {name}` manages it instead of a clashing create",
    )


def x__judge_unrecorded__mutmut_34(spec: DesiredResource, found: dict[str, Any] | None) -> ResourceDrift:
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
        note=None,
    )


def x__judge_unrecorded__mutmut_35(spec: DesiredResource, found: dict[str, Any] | None) -> ResourceDrift:
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
        type_name=spec.type_name,
        identifier=identifier or None,
        status=DriftStatus.NOT_APPLIED,
        note=f"in the spec but not in state, and {name} already exists in the cloud; "
        f"`imgver import {spec.address} {name}` manages it instead of a clashing create",
    )


def x__judge_unrecorded__mutmut_36(spec: DesiredResource, found: dict[str, Any] | None) -> ResourceDrift:
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
        identifier=identifier or None,
        status=DriftStatus.NOT_APPLIED,
        note=f"in the spec but not in state, and {name} already exists in the cloud; "
        f"`imgver import {spec.address} {name}` manages it instead of a clashing create",
    )


def x__judge_unrecorded__mutmut_37(spec: DesiredResource, found: dict[str, Any] | None) -> ResourceDrift:
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
        status=DriftStatus.NOT_APPLIED,
        note=f"in the spec but not in state, and {name} already exists in the cloud; "
        f"`imgver import {spec.address} {name}` manages it instead of a clashing create",
    )


def x__judge_unrecorded__mutmut_38(spec: DesiredResource, found: dict[str, Any] | None) -> ResourceDrift:
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
        note=f"in the spec but not in state, and {name} already exists in the cloud; "
        f"`imgver import {spec.address} {name}` manages it instead of a clashing create",
    )


def x__judge_unrecorded__mutmut_39(spec: DesiredResource, found: dict[str, Any] | None) -> ResourceDrift:
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
        )


def x__judge_unrecorded__mutmut_40(spec: DesiredResource, found: dict[str, Any] | None) -> ResourceDrift:
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
        identifier=identifier and None,
        status=DriftStatus.NOT_APPLIED,
        note=f"in the spec but not in state, and {name} already exists in the cloud; "
        f"`imgver import {spec.address} {name}` manages it instead of a clashing create",
    )

mutants_x__judge_unrecorded__mutmut['_mutmut_orig'] = x__judge_unrecorded__mutmut_orig # type: ignore # mutmut generated
mutants_x__judge_unrecorded__mutmut['x__judge_unrecorded__mutmut_1'] = x__judge_unrecorded__mutmut_1 # type: ignore # mutmut generated
mutants_x__judge_unrecorded__mutmut['x__judge_unrecorded__mutmut_2'] = x__judge_unrecorded__mutmut_2 # type: ignore # mutmut generated
mutants_x__judge_unrecorded__mutmut['x__judge_unrecorded__mutmut_3'] = x__judge_unrecorded__mutmut_3 # type: ignore # mutmut generated
mutants_x__judge_unrecorded__mutmut['x__judge_unrecorded__mutmut_4'] = x__judge_unrecorded__mutmut_4 # type: ignore # mutmut generated
mutants_x__judge_unrecorded__mutmut['x__judge_unrecorded__mutmut_5'] = x__judge_unrecorded__mutmut_5 # type: ignore # mutmut generated
mutants_x__judge_unrecorded__mutmut['x__judge_unrecorded__mutmut_6'] = x__judge_unrecorded__mutmut_6 # type: ignore # mutmut generated
mutants_x__judge_unrecorded__mutmut['x__judge_unrecorded__mutmut_7'] = x__judge_unrecorded__mutmut_7 # type: ignore # mutmut generated
mutants_x__judge_unrecorded__mutmut['x__judge_unrecorded__mutmut_8'] = x__judge_unrecorded__mutmut_8 # type: ignore # mutmut generated
mutants_x__judge_unrecorded__mutmut['x__judge_unrecorded__mutmut_9'] = x__judge_unrecorded__mutmut_9 # type: ignore # mutmut generated
mutants_x__judge_unrecorded__mutmut['x__judge_unrecorded__mutmut_10'] = x__judge_unrecorded__mutmut_10 # type: ignore # mutmut generated
mutants_x__judge_unrecorded__mutmut['x__judge_unrecorded__mutmut_11'] = x__judge_unrecorded__mutmut_11 # type: ignore # mutmut generated
mutants_x__judge_unrecorded__mutmut['x__judge_unrecorded__mutmut_12'] = x__judge_unrecorded__mutmut_12 # type: ignore # mutmut generated
mutants_x__judge_unrecorded__mutmut['x__judge_unrecorded__mutmut_13'] = x__judge_unrecorded__mutmut_13 # type: ignore # mutmut generated
mutants_x__judge_unrecorded__mutmut['x__judge_unrecorded__mutmut_14'] = x__judge_unrecorded__mutmut_14 # type: ignore # mutmut generated
mutants_x__judge_unrecorded__mutmut['x__judge_unrecorded__mutmut_15'] = x__judge_unrecorded__mutmut_15 # type: ignore # mutmut generated
mutants_x__judge_unrecorded__mutmut['x__judge_unrecorded__mutmut_16'] = x__judge_unrecorded__mutmut_16 # type: ignore # mutmut generated
mutants_x__judge_unrecorded__mutmut['x__judge_unrecorded__mutmut_17'] = x__judge_unrecorded__mutmut_17 # type: ignore # mutmut generated
mutants_x__judge_unrecorded__mutmut['x__judge_unrecorded__mutmut_18'] = x__judge_unrecorded__mutmut_18 # type: ignore # mutmut generated
mutants_x__judge_unrecorded__mutmut['x__judge_unrecorded__mutmut_19'] = x__judge_unrecorded__mutmut_19 # type: ignore # mutmut generated
mutants_x__judge_unrecorded__mutmut['x__judge_unrecorded__mutmut_20'] = x__judge_unrecorded__mutmut_20 # type: ignore # mutmut generated
mutants_x__judge_unrecorded__mutmut['x__judge_unrecorded__mutmut_21'] = x__judge_unrecorded__mutmut_21 # type: ignore # mutmut generated
mutants_x__judge_unrecorded__mutmut['x__judge_unrecorded__mutmut_22'] = x__judge_unrecorded__mutmut_22 # type: ignore # mutmut generated
mutants_x__judge_unrecorded__mutmut['x__judge_unrecorded__mutmut_23'] = x__judge_unrecorded__mutmut_23 # type: ignore # mutmut generated
mutants_x__judge_unrecorded__mutmut['x__judge_unrecorded__mutmut_24'] = x__judge_unrecorded__mutmut_24 # type: ignore # mutmut generated
mutants_x__judge_unrecorded__mutmut['x__judge_unrecorded__mutmut_25'] = x__judge_unrecorded__mutmut_25 # type: ignore # mutmut generated
mutants_x__judge_unrecorded__mutmut['x__judge_unrecorded__mutmut_26'] = x__judge_unrecorded__mutmut_26 # type: ignore # mutmut generated
mutants_x__judge_unrecorded__mutmut['x__judge_unrecorded__mutmut_27'] = x__judge_unrecorded__mutmut_27 # type: ignore # mutmut generated
mutants_x__judge_unrecorded__mutmut['x__judge_unrecorded__mutmut_28'] = x__judge_unrecorded__mutmut_28 # type: ignore # mutmut generated
mutants_x__judge_unrecorded__mutmut['x__judge_unrecorded__mutmut_29'] = x__judge_unrecorded__mutmut_29 # type: ignore # mutmut generated
mutants_x__judge_unrecorded__mutmut['x__judge_unrecorded__mutmut_30'] = x__judge_unrecorded__mutmut_30 # type: ignore # mutmut generated
mutants_x__judge_unrecorded__mutmut['x__judge_unrecorded__mutmut_31'] = x__judge_unrecorded__mutmut_31 # type: ignore # mutmut generated
mutants_x__judge_unrecorded__mutmut['x__judge_unrecorded__mutmut_32'] = x__judge_unrecorded__mutmut_32 # type: ignore # mutmut generated
mutants_x__judge_unrecorded__mutmut['x__judge_unrecorded__mutmut_33'] = x__judge_unrecorded__mutmut_33 # type: ignore # mutmut generated
mutants_x__judge_unrecorded__mutmut['x__judge_unrecorded__mutmut_34'] = x__judge_unrecorded__mutmut_34 # type: ignore # mutmut generated
mutants_x__judge_unrecorded__mutmut['x__judge_unrecorded__mutmut_35'] = x__judge_unrecorded__mutmut_35 # type: ignore # mutmut generated
mutants_x__judge_unrecorded__mutmut['x__judge_unrecorded__mutmut_36'] = x__judge_unrecorded__mutmut_36 # type: ignore # mutmut generated
mutants_x__judge_unrecorded__mutmut['x__judge_unrecorded__mutmut_37'] = x__judge_unrecorded__mutmut_37 # type: ignore # mutmut generated
mutants_x__judge_unrecorded__mutmut['x__judge_unrecorded__mutmut_38'] = x__judge_unrecorded__mutmut_38 # type: ignore # mutmut generated
mutants_x__judge_unrecorded__mutmut['x__judge_unrecorded__mutmut_39'] = x__judge_unrecorded__mutmut_39 # type: ignore # mutmut generated
mutants_x__judge_unrecorded__mutmut['x__judge_unrecorded__mutmut_40'] = x__judge_unrecorded__mutmut_40 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__judge_recorded__mutmut)
def _judge_recorded(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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


def x__judge_recorded__mutmut_orig(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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


def x__judge_recorded__mutmut_1(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
) -> ResourceDrift:
    """The status of an address state records (whether or not the spec still names it)."""
    if record.identifier is not None:
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


def x__judge_recorded__mutmut_2(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
) -> ResourceDrift:
    """The status of an address state records (whether or not the spec still names it)."""
    if record.identifier is None:
        return ResourceDrift(
            address=None,
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


def x__judge_recorded__mutmut_3(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
) -> ResourceDrift:
    """The status of an address state records (whether or not the spec still names it)."""
    if record.identifier is None:
        return ResourceDrift(
            address=address,
            type_name=None,
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


def x__judge_recorded__mutmut_4(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
) -> ResourceDrift:
    """The status of an address state records (whether or not the spec still names it)."""
    if record.identifier is None:
        return ResourceDrift(
            address=address,
            type_name=record.type,
            identifier=None,
            status=None,
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


def x__judge_recorded__mutmut_5(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
) -> ResourceDrift:
    """The status of an address state records (whether or not the spec still names it)."""
    if record.identifier is None:
        return ResourceDrift(
            address=address,
            type_name=record.type,
            identifier=None,
            status=DriftStatus.NOT_APPLIED,
            note=None,
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


def x__judge_recorded__mutmut_6(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
) -> ResourceDrift:
    """The status of an address state records (whether or not the spec still names it)."""
    if record.identifier is None:
        return ResourceDrift(
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


def x__judge_recorded__mutmut_7(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
) -> ResourceDrift:
    """The status of an address state records (whether or not the spec still names it)."""
    if record.identifier is None:
        return ResourceDrift(
            address=address,
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


def x__judge_recorded__mutmut_8(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
) -> ResourceDrift:
    """The status of an address state records (whether or not the spec still names it)."""
    if record.identifier is None:
        return ResourceDrift(
            address=address,
            type_name=record.type,
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


def x__judge_recorded__mutmut_9(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
) -> ResourceDrift:
    """The status of an address state records (whether or not the spec still names it)."""
    if record.identifier is None:
        return ResourceDrift(
            address=address,
            type_name=record.type,
            identifier=None,
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


def x__judge_recorded__mutmut_10(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
) -> ResourceDrift:
    """The status of an address state records (whether or not the spec still names it)."""
    if record.identifier is None:
        return ResourceDrift(
            address=address,
            type_name=record.type,
            identifier=None,
            status=DriftStatus.NOT_APPLIED,
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


def x__judge_recorded__mutmut_11(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
) -> ResourceDrift:
    """The status of an address state records (whether or not the spec still names it)."""
    if record.identifier is None:
        return ResourceDrift(
            address=address,
            type_name=record.type,
            identifier=None,
            status=DriftStatus.NOT_APPLIED,
            note="XXa create was started and never confirmed; the next apply resumes itXX",
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


def x__judge_recorded__mutmut_12(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
) -> ResourceDrift:
    """The status of an address state records (whether or not the spec still names it)."""
    if record.identifier is None:
        return ResourceDrift(
            address=address,
            type_name=record.type,
            identifier=None,
            status=DriftStatus.NOT_APPLIED,
            note="A CREATE WAS STARTED AND NEVER CONFIRMED; THE NEXT APPLY RESUMES IT",
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


def x__judge_recorded__mutmut_13(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
    if address in live:
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


def x__judge_recorded__mutmut_14(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
        raise ValueError(None)
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


def x__judge_recorded__mutmut_15(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
    live_model = None
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


def x__judge_recorded__mutmut_16(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
    if live_model is not None:
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


def x__judge_recorded__mutmut_17(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
            address=None,
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


def x__judge_recorded__mutmut_18(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
            type_name=None,
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


def x__judge_recorded__mutmut_19(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
            identifier=None,
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


def x__judge_recorded__mutmut_20(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
            status=None,
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


def x__judge_recorded__mutmut_21(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
            note=None,
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


def x__judge_recorded__mutmut_22(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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


def x__judge_recorded__mutmut_23(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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


def x__judge_recorded__mutmut_24(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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


def x__judge_recorded__mutmut_25(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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


def x__judge_recorded__mutmut_26(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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


def x__judge_recorded__mutmut_27(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
            note="XXrecorded in state but gone from the cloudXX",
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


def x__judge_recorded__mutmut_28(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
            note="RECORDED IN STATE BUT GONE FROM THE CLOUD",
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


def x__judge_recorded__mutmut_29(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
    if is_retired(None):
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


def x__judge_recorded__mutmut_30(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
            address=None,
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


def x__judge_recorded__mutmut_31(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
            type_name=None,
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


def x__judge_recorded__mutmut_32(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
            identifier=None,
            status=DriftStatus.RETIRED,
            note="retired by lifecycle.on_replace: retain; kept under its image's retention policy",
        )
    differences = _differences(
        record.type,
        desired=spec.properties if spec else None,
        recorded=record.properties,
        live=live_model,
    )
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


def x__judge_recorded__mutmut_33(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
            status=None,
            note="retired by lifecycle.on_replace: retain; kept under its image's retention policy",
        )
    differences = _differences(
        record.type,
        desired=spec.properties if spec else None,
        recorded=record.properties,
        live=live_model,
    )
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


def x__judge_recorded__mutmut_34(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
            note=None,
        )
    differences = _differences(
        record.type,
        desired=spec.properties if spec else None,
        recorded=record.properties,
        live=live_model,
    )
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


def x__judge_recorded__mutmut_35(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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


def x__judge_recorded__mutmut_36(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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


def x__judge_recorded__mutmut_37(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
            status=DriftStatus.RETIRED,
            note="retired by lifecycle.on_replace: retain; kept under its image's retention policy",
        )
    differences = _differences(
        record.type,
        desired=spec.properties if spec else None,
        recorded=record.properties,
        live=live_model,
    )
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


def x__judge_recorded__mutmut_38(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
            note="retired by lifecycle.on_replace: retain; kept under its image's retention policy",
        )
    differences = _differences(
        record.type,
        desired=spec.properties if spec else None,
        recorded=record.properties,
        live=live_model,
    )
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


def x__judge_recorded__mutmut_39(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
            )
    differences = _differences(
        record.type,
        desired=spec.properties if spec else None,
        recorded=record.properties,
        live=live_model,
    )
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


def x__judge_recorded__mutmut_40(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
            note="XXretired by lifecycle.on_replace: retain; kept under its image's retention policyXX",
        )
    differences = _differences(
        record.type,
        desired=spec.properties if spec else None,
        recorded=record.properties,
        live=live_model,
    )
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


def x__judge_recorded__mutmut_41(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
            note="RETIRED BY LIFECYCLE.ON_REPLACE: RETAIN; KEPT UNDER ITS IMAGE'S RETENTION POLICY",
        )
    differences = _differences(
        record.type,
        desired=spec.properties if spec else None,
        recorded=record.properties,
        live=live_model,
    )
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


def x__judge_recorded__mutmut_42(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
    differences = None
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


def x__judge_recorded__mutmut_43(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
        None,
        desired=spec.properties if spec else None,
        recorded=record.properties,
        live=live_model,
    )
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


def x__judge_recorded__mutmut_44(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
        desired=None,
        recorded=record.properties,
        live=live_model,
    )
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


def x__judge_recorded__mutmut_45(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
        recorded=None,
        live=live_model,
    )
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


def x__judge_recorded__mutmut_46(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
        live=None,
    )
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


def x__judge_recorded__mutmut_47(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
        desired=spec.properties if spec else None,
        recorded=record.properties,
        live=live_model,
    )
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


def x__judge_recorded__mutmut_48(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
        recorded=record.properties,
        live=live_model,
    )
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


def x__judge_recorded__mutmut_49(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
        live=live_model,
    )
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


def x__judge_recorded__mutmut_50(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
        )
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


def x__judge_recorded__mutmut_51(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
        desired=spec.properties if (spec) and False else None,
        recorded=record.properties,
        live=live_model,
    )
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


def x__judge_recorded__mutmut_52(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
        desired=spec.properties if (spec) or True else None,
        recorded=record.properties,
        live=live_model,
    )
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


def x__judge_recorded__mutmut_53(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
    note = None
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


def x__judge_recorded__mutmut_54(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
    note = _recorded_note(None, spec, record)
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


def x__judge_recorded__mutmut_55(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
    note = _recorded_note(address, None, record)
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


def x__judge_recorded__mutmut_56(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
    note = _recorded_note(address, spec, None)
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


def x__judge_recorded__mutmut_57(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
    note = _recorded_note(spec, record)
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


def x__judge_recorded__mutmut_58(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
    note = _recorded_note(address, record)
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


def x__judge_recorded__mutmut_59(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
    note = _recorded_note(address, spec, )
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


def x__judge_recorded__mutmut_60(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
    note = _recorded_note(address, spec, record)
    if archived_by_aws(
        None,
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


def x__judge_recorded__mutmut_61(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
    note = _recorded_note(address, spec, record)
    if archived_by_aws(
        record.type,
        None,
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


def x__judge_recorded__mutmut_62(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
    note = _recorded_note(address, spec, record)
    if archived_by_aws(
        record.type,
        "VendorGuidance",
        None,
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


def x__judge_recorded__mutmut_63(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
    note = _recorded_note(address, spec, record)
    if archived_by_aws(
        record.type,
        "VendorGuidance",
        record.properties.get("VendorGuidance"),
        None,
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


def x__judge_recorded__mutmut_64(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
    note = _recorded_note(address, spec, record)
    if archived_by_aws(
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


def x__judge_recorded__mutmut_65(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
    note = _recorded_note(address, spec, record)
    if archived_by_aws(
        record.type,
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


def x__judge_recorded__mutmut_66(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
    note = _recorded_note(address, spec, record)
    if archived_by_aws(
        record.type,
        "VendorGuidance",
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


def x__judge_recorded__mutmut_67(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
    note = _recorded_note(address, spec, record)
    if archived_by_aws(
        record.type,
        "VendorGuidance",
        record.properties.get("VendorGuidance"),
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


def x__judge_recorded__mutmut_68(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
    note = _recorded_note(address, spec, record)
    if archived_by_aws(
        record.type,
        "XXVendorGuidanceXX",
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


def x__judge_recorded__mutmut_69(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
    note = _recorded_note(address, spec, record)
    if archived_by_aws(
        record.type,
        "vendorguidance",
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


def x__judge_recorded__mutmut_70(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
    note = _recorded_note(address, spec, record)
    if archived_by_aws(
        record.type,
        "VENDORGUIDANCE",
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


def x__judge_recorded__mutmut_71(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
    note = _recorded_note(address, spec, record)
    if archived_by_aws(
        record.type,
        "VendorGuidance",
        record.properties.get(None),
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


def x__judge_recorded__mutmut_72(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
    note = _recorded_note(address, spec, record)
    if archived_by_aws(
        record.type,
        "VendorGuidance",
        record.properties.get("XXVendorGuidanceXX"),
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


def x__judge_recorded__mutmut_73(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
    note = _recorded_note(address, spec, record)
    if archived_by_aws(
        record.type,
        "VendorGuidance",
        record.properties.get("vendorguidance"),
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


def x__judge_recorded__mutmut_74(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
    note = _recorded_note(address, spec, record)
    if archived_by_aws(
        record.type,
        "VendorGuidance",
        record.properties.get("VENDORGUIDANCE"),
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


def x__judge_recorded__mutmut_75(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
    note = _recorded_note(address, spec, record)
    if archived_by_aws(
        record.type,
        "VendorGuidance",
        record.properties.get("VendorGuidance"),
        live_model.get(None),
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


def x__judge_recorded__mutmut_76(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
    note = _recorded_note(address, spec, record)
    if archived_by_aws(
        record.type,
        "VendorGuidance",
        record.properties.get("VendorGuidance"),
        live_model.get("XXVendorGuidanceXX"),
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


def x__judge_recorded__mutmut_77(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
    note = _recorded_note(address, spec, record)
    if archived_by_aws(
        record.type,
        "VendorGuidance",
        record.properties.get("VendorGuidance"),
        live_model.get("vendorguidance"),
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


def x__judge_recorded__mutmut_78(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
    note = _recorded_note(address, spec, record)
    if archived_by_aws(
        record.type,
        "VendorGuidance",
        record.properties.get("VendorGuidance"),
        live_model.get("VENDORGUIDANCE"),
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


def x__judge_recorded__mutmut_79(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
    note = _recorded_note(address, spec, record)
    if archived_by_aws(
        record.type,
        "VendorGuidance",
        record.properties.get("VendorGuidance"),
        live_model.get("VendorGuidance"),
    ):
        note = None
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


def x__judge_recorded__mutmut_80(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
    note = _recorded_note(address, spec, record)
    if archived_by_aws(
        record.type,
        "VendorGuidance",
        record.properties.get("VendorGuidance"),
        live_model.get("VendorGuidance"),
    ):
        note = "; ".join(None)
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


def x__judge_recorded__mutmut_81(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
    note = _recorded_note(address, spec, record)
    if archived_by_aws(
        record.type,
        "VendorGuidance",
        record.properties.get("VendorGuidance"),
        live_model.get("VendorGuidance"),
    ):
        note = "XX; XX".join(part for part in (ARCHIVED_BY_AWS, note) if part)
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


def x__judge_recorded__mutmut_82(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
    note = _recorded_note(address, spec, record)
    if archived_by_aws(
        record.type,
        "VendorGuidance",
        record.properties.get("VendorGuidance"),
        live_model.get("VendorGuidance"),
    ):
        note = "; ".join(part for part in (ARCHIVED_BY_AWS, note) if part)
    if differences:
        status = None
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


def x__judge_recorded__mutmut_83(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
    elif spec is not None:
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


def x__judge_recorded__mutmut_84(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
        status = None
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


def x__judge_recorded__mutmut_85(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
        status = None
    return ResourceDrift(
        address=address,
        type_name=record.type,
        identifier=record.identifier,
        status=status,
        differences=tuple(differences),
        note=note,
    )


def x__judge_recorded__mutmut_86(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
        address=None,
        type_name=record.type,
        identifier=record.identifier,
        status=status,
        differences=tuple(differences),
        note=note,
    )


def x__judge_recorded__mutmut_87(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
        type_name=None,
        identifier=record.identifier,
        status=status,
        differences=tuple(differences),
        note=note,
    )


def x__judge_recorded__mutmut_88(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
        identifier=None,
        status=status,
        differences=tuple(differences),
        note=note,
    )


def x__judge_recorded__mutmut_89(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
        status=None,
        differences=tuple(differences),
        note=note,
    )


def x__judge_recorded__mutmut_90(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
        differences=None,
        note=note,
    )


def x__judge_recorded__mutmut_91(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
        note=None,
    )


def x__judge_recorded__mutmut_92(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
        type_name=record.type,
        identifier=record.identifier,
        status=status,
        differences=tuple(differences),
        note=note,
    )


def x__judge_recorded__mutmut_93(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
        identifier=record.identifier,
        status=status,
        differences=tuple(differences),
        note=note,
    )


def x__judge_recorded__mutmut_94(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
        status=status,
        differences=tuple(differences),
        note=note,
    )


def x__judge_recorded__mutmut_95(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
        differences=tuple(differences),
        note=note,
    )


def x__judge_recorded__mutmut_96(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
        note=note,
    )


def x__judge_recorded__mutmut_97(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
        )


def x__judge_recorded__mutmut_98(
    address: str,
    spec: DesiredResource | None,
    record: ResourceRecord,
    live: Mapping[str, dict[str, Any] | None],
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
        differences=tuple(None),
        note=note,
    )

mutants_x__judge_recorded__mutmut['_mutmut_orig'] = x__judge_recorded__mutmut_orig # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_1'] = x__judge_recorded__mutmut_1 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_2'] = x__judge_recorded__mutmut_2 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_3'] = x__judge_recorded__mutmut_3 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_4'] = x__judge_recorded__mutmut_4 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_5'] = x__judge_recorded__mutmut_5 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_6'] = x__judge_recorded__mutmut_6 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_7'] = x__judge_recorded__mutmut_7 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_8'] = x__judge_recorded__mutmut_8 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_9'] = x__judge_recorded__mutmut_9 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_10'] = x__judge_recorded__mutmut_10 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_11'] = x__judge_recorded__mutmut_11 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_12'] = x__judge_recorded__mutmut_12 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_13'] = x__judge_recorded__mutmut_13 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_14'] = x__judge_recorded__mutmut_14 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_15'] = x__judge_recorded__mutmut_15 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_16'] = x__judge_recorded__mutmut_16 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_17'] = x__judge_recorded__mutmut_17 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_18'] = x__judge_recorded__mutmut_18 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_19'] = x__judge_recorded__mutmut_19 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_20'] = x__judge_recorded__mutmut_20 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_21'] = x__judge_recorded__mutmut_21 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_22'] = x__judge_recorded__mutmut_22 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_23'] = x__judge_recorded__mutmut_23 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_24'] = x__judge_recorded__mutmut_24 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_25'] = x__judge_recorded__mutmut_25 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_26'] = x__judge_recorded__mutmut_26 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_27'] = x__judge_recorded__mutmut_27 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_28'] = x__judge_recorded__mutmut_28 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_29'] = x__judge_recorded__mutmut_29 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_30'] = x__judge_recorded__mutmut_30 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_31'] = x__judge_recorded__mutmut_31 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_32'] = x__judge_recorded__mutmut_32 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_33'] = x__judge_recorded__mutmut_33 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_34'] = x__judge_recorded__mutmut_34 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_35'] = x__judge_recorded__mutmut_35 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_36'] = x__judge_recorded__mutmut_36 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_37'] = x__judge_recorded__mutmut_37 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_38'] = x__judge_recorded__mutmut_38 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_39'] = x__judge_recorded__mutmut_39 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_40'] = x__judge_recorded__mutmut_40 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_41'] = x__judge_recorded__mutmut_41 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_42'] = x__judge_recorded__mutmut_42 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_43'] = x__judge_recorded__mutmut_43 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_44'] = x__judge_recorded__mutmut_44 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_45'] = x__judge_recorded__mutmut_45 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_46'] = x__judge_recorded__mutmut_46 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_47'] = x__judge_recorded__mutmut_47 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_48'] = x__judge_recorded__mutmut_48 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_49'] = x__judge_recorded__mutmut_49 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_50'] = x__judge_recorded__mutmut_50 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_51'] = x__judge_recorded__mutmut_51 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_52'] = x__judge_recorded__mutmut_52 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_53'] = x__judge_recorded__mutmut_53 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_54'] = x__judge_recorded__mutmut_54 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_55'] = x__judge_recorded__mutmut_55 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_56'] = x__judge_recorded__mutmut_56 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_57'] = x__judge_recorded__mutmut_57 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_58'] = x__judge_recorded__mutmut_58 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_59'] = x__judge_recorded__mutmut_59 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_60'] = x__judge_recorded__mutmut_60 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_61'] = x__judge_recorded__mutmut_61 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_62'] = x__judge_recorded__mutmut_62 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_63'] = x__judge_recorded__mutmut_63 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_64'] = x__judge_recorded__mutmut_64 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_65'] = x__judge_recorded__mutmut_65 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_66'] = x__judge_recorded__mutmut_66 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_67'] = x__judge_recorded__mutmut_67 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_68'] = x__judge_recorded__mutmut_68 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_69'] = x__judge_recorded__mutmut_69 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_70'] = x__judge_recorded__mutmut_70 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_71'] = x__judge_recorded__mutmut_71 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_72'] = x__judge_recorded__mutmut_72 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_73'] = x__judge_recorded__mutmut_73 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_74'] = x__judge_recorded__mutmut_74 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_75'] = x__judge_recorded__mutmut_75 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_76'] = x__judge_recorded__mutmut_76 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_77'] = x__judge_recorded__mutmut_77 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_78'] = x__judge_recorded__mutmut_78 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_79'] = x__judge_recorded__mutmut_79 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_80'] = x__judge_recorded__mutmut_80 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_81'] = x__judge_recorded__mutmut_81 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_82'] = x__judge_recorded__mutmut_82 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_83'] = x__judge_recorded__mutmut_83 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_84'] = x__judge_recorded__mutmut_84 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_85'] = x__judge_recorded__mutmut_85 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_86'] = x__judge_recorded__mutmut_86 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_87'] = x__judge_recorded__mutmut_87 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_88'] = x__judge_recorded__mutmut_88 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_89'] = x__judge_recorded__mutmut_89 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_90'] = x__judge_recorded__mutmut_90 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_91'] = x__judge_recorded__mutmut_91 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_92'] = x__judge_recorded__mutmut_92 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_93'] = x__judge_recorded__mutmut_93 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_94'] = x__judge_recorded__mutmut_94 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_95'] = x__judge_recorded__mutmut_95 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_96'] = x__judge_recorded__mutmut_96 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_97'] = x__judge_recorded__mutmut_97 # type: ignore # mutmut generated
mutants_x__judge_recorded__mutmut['x__judge_recorded__mutmut_98'] = x__judge_recorded__mutmut_98 # type: ignore # mutmut generated
mutants_x__recorded_note__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__recorded_note__mutmut)
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


def x__recorded_note__mutmut_orig(address: str, spec: DesiredResource | None, record: ResourceRecord) -> str:
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


def x__recorded_note__mutmut_1(address: str, spec: DesiredResource | None, record: ResourceRecord) -> str:
    if address.endswith(None):
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


def x__recorded_note__mutmut_2(address: str, spec: DesiredResource | None, record: ResourceRecord) -> str:
    if address.endswith(DEPOSED_SUFFIX):
        return "XXthe old object of a replacement; the next apply removes itXX"
    if spec is None:
        return "no longer in the spec; the next apply removes it"
    if record.status == "tainted":
        return "tainted; the next apply replaces it"
    if record.pending is not None:
        operation = record.pending.operation
        article = "an" if operation.startswith("U") else "a"
        return f"{article} {operation} was started and never confirmed"
    return ""


def x__recorded_note__mutmut_3(address: str, spec: DesiredResource | None, record: ResourceRecord) -> str:
    if address.endswith(DEPOSED_SUFFIX):
        return "THE OLD OBJECT OF A REPLACEMENT; THE NEXT APPLY REMOVES IT"
    if spec is None:
        return "no longer in the spec; the next apply removes it"
    if record.status == "tainted":
        return "tainted; the next apply replaces it"
    if record.pending is not None:
        operation = record.pending.operation
        article = "an" if operation.startswith("U") else "a"
        return f"{article} {operation} was started and never confirmed"
    return ""


def x__recorded_note__mutmut_4(address: str, spec: DesiredResource | None, record: ResourceRecord) -> str:
    if address.endswith(DEPOSED_SUFFIX):
        return "the old object of a replacement; the next apply removes it"
    if spec is not None:
        return "no longer in the spec; the next apply removes it"
    if record.status == "tainted":
        return "tainted; the next apply replaces it"
    if record.pending is not None:
        operation = record.pending.operation
        article = "an" if operation.startswith("U") else "a"
        return f"{article} {operation} was started and never confirmed"
    return ""


def x__recorded_note__mutmut_5(address: str, spec: DesiredResource | None, record: ResourceRecord) -> str:
    if address.endswith(DEPOSED_SUFFIX):
        return "the old object of a replacement; the next apply removes it"
    if spec is None:
        return "XXno longer in the spec; the next apply removes itXX"
    if record.status == "tainted":
        return "tainted; the next apply replaces it"
    if record.pending is not None:
        operation = record.pending.operation
        article = "an" if operation.startswith("U") else "a"
        return f"{article} {operation} was started and never confirmed"
    return ""


def x__recorded_note__mutmut_6(address: str, spec: DesiredResource | None, record: ResourceRecord) -> str:
    if address.endswith(DEPOSED_SUFFIX):
        return "the old object of a replacement; the next apply removes it"
    if spec is None:
        return "NO LONGER IN THE SPEC; THE NEXT APPLY REMOVES IT"
    if record.status == "tainted":
        return "tainted; the next apply replaces it"
    if record.pending is not None:
        operation = record.pending.operation
        article = "an" if operation.startswith("U") else "a"
        return f"{article} {operation} was started and never confirmed"
    return ""


def x__recorded_note__mutmut_7(address: str, spec: DesiredResource | None, record: ResourceRecord) -> str:
    if address.endswith(DEPOSED_SUFFIX):
        return "the old object of a replacement; the next apply removes it"
    if spec is None:
        return "no longer in the spec; the next apply removes it"
    if record.status != "tainted":
        return "tainted; the next apply replaces it"
    if record.pending is not None:
        operation = record.pending.operation
        article = "an" if operation.startswith("U") else "a"
        return f"{article} {operation} was started and never confirmed"
    return ""


def x__recorded_note__mutmut_8(address: str, spec: DesiredResource | None, record: ResourceRecord) -> str:
    if address.endswith(DEPOSED_SUFFIX):
        return "the old object of a replacement; the next apply removes it"
    if spec is None:
        return "no longer in the spec; the next apply removes it"
    if record.status == "XXtaintedXX":
        return "tainted; the next apply replaces it"
    if record.pending is not None:
        operation = record.pending.operation
        article = "an" if operation.startswith("U") else "a"
        return f"{article} {operation} was started and never confirmed"
    return ""


def x__recorded_note__mutmut_9(address: str, spec: DesiredResource | None, record: ResourceRecord) -> str:
    if address.endswith(DEPOSED_SUFFIX):
        return "the old object of a replacement; the next apply removes it"
    if spec is None:
        return "no longer in the spec; the next apply removes it"
    if record.status == "TAINTED":
        return "tainted; the next apply replaces it"
    if record.pending is not None:
        operation = record.pending.operation
        article = "an" if operation.startswith("U") else "a"
        return f"{article} {operation} was started and never confirmed"
    return ""


def x__recorded_note__mutmut_10(address: str, spec: DesiredResource | None, record: ResourceRecord) -> str:
    if address.endswith(DEPOSED_SUFFIX):
        return "the old object of a replacement; the next apply removes it"
    if spec is None:
        return "no longer in the spec; the next apply removes it"
    if record.status == "tainted":
        return "XXtainted; the next apply replaces itXX"
    if record.pending is not None:
        operation = record.pending.operation
        article = "an" if operation.startswith("U") else "a"
        return f"{article} {operation} was started and never confirmed"
    return ""


def x__recorded_note__mutmut_11(address: str, spec: DesiredResource | None, record: ResourceRecord) -> str:
    if address.endswith(DEPOSED_SUFFIX):
        return "the old object of a replacement; the next apply removes it"
    if spec is None:
        return "no longer in the spec; the next apply removes it"
    if record.status == "tainted":
        return "TAINTED; THE NEXT APPLY REPLACES IT"
    if record.pending is not None:
        operation = record.pending.operation
        article = "an" if operation.startswith("U") else "a"
        return f"{article} {operation} was started and never confirmed"
    return ""


def x__recorded_note__mutmut_12(address: str, spec: DesiredResource | None, record: ResourceRecord) -> str:
    if address.endswith(DEPOSED_SUFFIX):
        return "the old object of a replacement; the next apply removes it"
    if spec is None:
        return "no longer in the spec; the next apply removes it"
    if record.status == "tainted":
        return "tainted; the next apply replaces it"
    if record.pending is None:
        operation = record.pending.operation
        article = "an" if operation.startswith("U") else "a"
        return f"{article} {operation} was started and never confirmed"
    return ""


def x__recorded_note__mutmut_13(address: str, spec: DesiredResource | None, record: ResourceRecord) -> str:
    if address.endswith(DEPOSED_SUFFIX):
        return "the old object of a replacement; the next apply removes it"
    if spec is None:
        return "no longer in the spec; the next apply removes it"
    if record.status == "tainted":
        return "tainted; the next apply replaces it"
    if record.pending is not None:
        operation = None
        article = "an" if operation.startswith("U") else "a"
        return f"{article} {operation} was started and never confirmed"
    return ""


def x__recorded_note__mutmut_14(address: str, spec: DesiredResource | None, record: ResourceRecord) -> str:
    if address.endswith(DEPOSED_SUFFIX):
        return "the old object of a replacement; the next apply removes it"
    if spec is None:
        return "no longer in the spec; the next apply removes it"
    if record.status == "tainted":
        return "tainted; the next apply replaces it"
    if record.pending is not None:
        operation = record.pending.operation
        article = None
        return f"{article} {operation} was started and never confirmed"
    return ""


def x__recorded_note__mutmut_15(address: str, spec: DesiredResource | None, record: ResourceRecord) -> str:
    if address.endswith(DEPOSED_SUFFIX):
        return "the old object of a replacement; the next apply removes it"
    if spec is None:
        return "no longer in the spec; the next apply removes it"
    if record.status == "tainted":
        return "tainted; the next apply replaces it"
    if record.pending is not None:
        operation = record.pending.operation
        article = "an" if (operation.startswith("U")) and False else "a"
        return f"{article} {operation} was started and never confirmed"
    return ""


def x__recorded_note__mutmut_16(address: str, spec: DesiredResource | None, record: ResourceRecord) -> str:
    if address.endswith(DEPOSED_SUFFIX):
        return "the old object of a replacement; the next apply removes it"
    if spec is None:
        return "no longer in the spec; the next apply removes it"
    if record.status == "tainted":
        return "tainted; the next apply replaces it"
    if record.pending is not None:
        operation = record.pending.operation
        article = "an" if (operation.startswith("U")) or True else "a"
        return f"{article} {operation} was started and never confirmed"
    return ""


def x__recorded_note__mutmut_17(address: str, spec: DesiredResource | None, record: ResourceRecord) -> str:
    if address.endswith(DEPOSED_SUFFIX):
        return "the old object of a replacement; the next apply removes it"
    if spec is None:
        return "no longer in the spec; the next apply removes it"
    if record.status == "tainted":
        return "tainted; the next apply replaces it"
    if record.pending is not None:
        operation = record.pending.operation
        article = "XXanXX" if operation.startswith("U") else "a"
        return f"{article} {operation} was started and never confirmed"
    return ""


def x__recorded_note__mutmut_18(address: str, spec: DesiredResource | None, record: ResourceRecord) -> str:
    if address.endswith(DEPOSED_SUFFIX):
        return "the old object of a replacement; the next apply removes it"
    if spec is None:
        return "no longer in the spec; the next apply removes it"
    if record.status == "tainted":
        return "tainted; the next apply replaces it"
    if record.pending is not None:
        operation = record.pending.operation
        article = "AN" if operation.startswith("U") else "a"
        return f"{article} {operation} was started and never confirmed"
    return ""


def x__recorded_note__mutmut_19(address: str, spec: DesiredResource | None, record: ResourceRecord) -> str:
    if address.endswith(DEPOSED_SUFFIX):
        return "the old object of a replacement; the next apply removes it"
    if spec is None:
        return "no longer in the spec; the next apply removes it"
    if record.status == "tainted":
        return "tainted; the next apply replaces it"
    if record.pending is not None:
        operation = record.pending.operation
        article = "an" if operation.startswith(None) else "a"
        return f"{article} {operation} was started and never confirmed"
    return ""


def x__recorded_note__mutmut_20(address: str, spec: DesiredResource | None, record: ResourceRecord) -> str:
    if address.endswith(DEPOSED_SUFFIX):
        return "the old object of a replacement; the next apply removes it"
    if spec is None:
        return "no longer in the spec; the next apply removes it"
    if record.status == "tainted":
        return "tainted; the next apply replaces it"
    if record.pending is not None:
        operation = record.pending.operation
        article = "an" if operation.startswith("XXUXX") else "a"
        return f"{article} {operation} was started and never confirmed"
    return ""


def x__recorded_note__mutmut_21(address: str, spec: DesiredResource | None, record: ResourceRecord) -> str:
    if address.endswith(DEPOSED_SUFFIX):
        return "the old object of a replacement; the next apply removes it"
    if spec is None:
        return "no longer in the spec; the next apply removes it"
    if record.status == "tainted":
        return "tainted; the next apply replaces it"
    if record.pending is not None:
        operation = record.pending.operation
        article = "an" if operation.startswith("u") else "a"
        return f"{article} {operation} was started and never confirmed"
    return ""


def x__recorded_note__mutmut_22(address: str, spec: DesiredResource | None, record: ResourceRecord) -> str:
    if address.endswith(DEPOSED_SUFFIX):
        return "the old object of a replacement; the next apply removes it"
    if spec is None:
        return "no longer in the spec; the next apply removes it"
    if record.status == "tainted":
        return "tainted; the next apply replaces it"
    if record.pending is not None:
        operation = record.pending.operation
        article = "an" if operation.startswith("U") else "XXaXX"
        return f"{article} {operation} was started and never confirmed"
    return ""


def x__recorded_note__mutmut_23(address: str, spec: DesiredResource | None, record: ResourceRecord) -> str:
    if address.endswith(DEPOSED_SUFFIX):
        return "the old object of a replacement; the next apply removes it"
    if spec is None:
        return "no longer in the spec; the next apply removes it"
    if record.status == "tainted":
        return "tainted; the next apply replaces it"
    if record.pending is not None:
        operation = record.pending.operation
        article = "an" if operation.startswith("U") else "A"
        return f"{article} {operation} was started and never confirmed"
    return ""


def x__recorded_note__mutmut_24(address: str, spec: DesiredResource | None, record: ResourceRecord) -> str:
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
    return "XXXX"

mutants_x__recorded_note__mutmut['_mutmut_orig'] = x__recorded_note__mutmut_orig # type: ignore # mutmut generated
mutants_x__recorded_note__mutmut['x__recorded_note__mutmut_1'] = x__recorded_note__mutmut_1 # type: ignore # mutmut generated
mutants_x__recorded_note__mutmut['x__recorded_note__mutmut_2'] = x__recorded_note__mutmut_2 # type: ignore # mutmut generated
mutants_x__recorded_note__mutmut['x__recorded_note__mutmut_3'] = x__recorded_note__mutmut_3 # type: ignore # mutmut generated
mutants_x__recorded_note__mutmut['x__recorded_note__mutmut_4'] = x__recorded_note__mutmut_4 # type: ignore # mutmut generated
mutants_x__recorded_note__mutmut['x__recorded_note__mutmut_5'] = x__recorded_note__mutmut_5 # type: ignore # mutmut generated
mutants_x__recorded_note__mutmut['x__recorded_note__mutmut_6'] = x__recorded_note__mutmut_6 # type: ignore # mutmut generated
mutants_x__recorded_note__mutmut['x__recorded_note__mutmut_7'] = x__recorded_note__mutmut_7 # type: ignore # mutmut generated
mutants_x__recorded_note__mutmut['x__recorded_note__mutmut_8'] = x__recorded_note__mutmut_8 # type: ignore # mutmut generated
mutants_x__recorded_note__mutmut['x__recorded_note__mutmut_9'] = x__recorded_note__mutmut_9 # type: ignore # mutmut generated
mutants_x__recorded_note__mutmut['x__recorded_note__mutmut_10'] = x__recorded_note__mutmut_10 # type: ignore # mutmut generated
mutants_x__recorded_note__mutmut['x__recorded_note__mutmut_11'] = x__recorded_note__mutmut_11 # type: ignore # mutmut generated
mutants_x__recorded_note__mutmut['x__recorded_note__mutmut_12'] = x__recorded_note__mutmut_12 # type: ignore # mutmut generated
mutants_x__recorded_note__mutmut['x__recorded_note__mutmut_13'] = x__recorded_note__mutmut_13 # type: ignore # mutmut generated
mutants_x__recorded_note__mutmut['x__recorded_note__mutmut_14'] = x__recorded_note__mutmut_14 # type: ignore # mutmut generated
mutants_x__recorded_note__mutmut['x__recorded_note__mutmut_15'] = x__recorded_note__mutmut_15 # type: ignore # mutmut generated
mutants_x__recorded_note__mutmut['x__recorded_note__mutmut_16'] = x__recorded_note__mutmut_16 # type: ignore # mutmut generated
mutants_x__recorded_note__mutmut['x__recorded_note__mutmut_17'] = x__recorded_note__mutmut_17 # type: ignore # mutmut generated
mutants_x__recorded_note__mutmut['x__recorded_note__mutmut_18'] = x__recorded_note__mutmut_18 # type: ignore # mutmut generated
mutants_x__recorded_note__mutmut['x__recorded_note__mutmut_19'] = x__recorded_note__mutmut_19 # type: ignore # mutmut generated
mutants_x__recorded_note__mutmut['x__recorded_note__mutmut_20'] = x__recorded_note__mutmut_20 # type: ignore # mutmut generated
mutants_x__recorded_note__mutmut['x__recorded_note__mutmut_21'] = x__recorded_note__mutmut_21 # type: ignore # mutmut generated
mutants_x__recorded_note__mutmut['x__recorded_note__mutmut_22'] = x__recorded_note__mutmut_22 # type: ignore # mutmut generated
mutants_x__recorded_note__mutmut['x__recorded_note__mutmut_23'] = x__recorded_note__mutmut_23 # type: ignore # mutmut generated
mutants_x__recorded_note__mutmut['x__recorded_note__mutmut_24'] = x__recorded_note__mutmut_24 # type: ignore # mutmut generated
mutants_x__differences__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__differences__mutmut)
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
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_orig(
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
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_1(
    type_name: str,
    *,
    desired: Mapping[str, Any] | None,
    recorded: Mapping[str, Any],
    live: Mapping[str, Any],
) -> list[Difference]:
    """Out-of-band differences (live vs recorded), then not-applied ones (spec vs recorded)."""
    recorded_view = None
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
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_2(
    type_name: str,
    *,
    desired: Mapping[str, Any] | None,
    recorded: Mapping[str, Any],
    live: Mapping[str, Any],
) -> list[Difference]:
    """Out-of-band differences (live vs recorded), then not-applied ones (spec vs recorded)."""
    recorded_view = _comparable(None, recorded)
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
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_3(
    type_name: str,
    *,
    desired: Mapping[str, Any] | None,
    recorded: Mapping[str, Any],
    live: Mapping[str, Any],
) -> list[Difference]:
    """Out-of-band differences (live vs recorded), then not-applied ones (spec vs recorded)."""
    recorded_view = _comparable(type_name, None)
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
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_4(
    type_name: str,
    *,
    desired: Mapping[str, Any] | None,
    recorded: Mapping[str, Any],
    live: Mapping[str, Any],
) -> list[Difference]:
    """Out-of-band differences (live vs recorded), then not-applied ones (spec vs recorded)."""
    recorded_view = _comparable(recorded)
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
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_5(
    type_name: str,
    *,
    desired: Mapping[str, Any] | None,
    recorded: Mapping[str, Any],
    live: Mapping[str, Any],
) -> list[Difference]:
    """Out-of-band differences (live vs recorded), then not-applied ones (spec vs recorded)."""
    recorded_view = _comparable(type_name, )
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
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_6(
    type_name: str,
    *,
    desired: Mapping[str, Any] | None,
    recorded: Mapping[str, Any],
    live: Mapping[str, Any],
) -> list[Difference]:
    """Out-of-band differences (live vs recorded), then not-applied ones (spec vs recorded)."""
    recorded_view = _comparable(type_name, recorded)
    live_view = None
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
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_7(
    type_name: str,
    *,
    desired: Mapping[str, Any] | None,
    recorded: Mapping[str, Any],
    live: Mapping[str, Any],
) -> list[Difference]:
    """Out-of-band differences (live vs recorded), then not-applied ones (spec vs recorded)."""
    recorded_view = _comparable(type_name, recorded)
    live_view = _comparable(None, live)
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
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_8(
    type_name: str,
    *,
    desired: Mapping[str, Any] | None,
    recorded: Mapping[str, Any],
    live: Mapping[str, Any],
) -> list[Difference]:
    """Out-of-band differences (live vs recorded), then not-applied ones (spec vs recorded)."""
    recorded_view = _comparable(type_name, recorded)
    live_view = _comparable(type_name, None)
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
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_9(
    type_name: str,
    *,
    desired: Mapping[str, Any] | None,
    recorded: Mapping[str, Any],
    live: Mapping[str, Any],
) -> list[Difference]:
    """Out-of-band differences (live vs recorded), then not-applied ones (spec vs recorded)."""
    recorded_view = _comparable(type_name, recorded)
    live_view = _comparable(live)
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
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_10(
    type_name: str,
    *,
    desired: Mapping[str, Any] | None,
    recorded: Mapping[str, Any],
    live: Mapping[str, Any],
) -> list[Difference]:
    """Out-of-band differences (live vs recorded), then not-applied ones (spec vs recorded)."""
    recorded_view = _comparable(type_name, recorded)
    live_view = _comparable(type_name, )
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
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_11(
    type_name: str,
    *,
    desired: Mapping[str, Any] | None,
    recorded: Mapping[str, Any],
    live: Mapping[str, Any],
) -> list[Difference]:
    """Out-of-band differences (live vs recorded), then not-applied ones (spec vs recorded)."""
    recorded_view = _comparable(type_name, recorded)
    live_view = _comparable(type_name, live)
    desired_view = None
    found: list[Difference] = []
    for name in sorted(set(desired_view) | set(recorded_view)):
        recorded_value = _value(name, recorded_view)
        live_value = _value(name, live_view)
        if settled_by_aws(type_name, name, recorded_value, live_value):
            # What AWS does by itself (archiving a version, lower-casing ImageName) is no
            # drift; the spec is still compared with what was sent.
            live_value = recorded_value
        drifted = _diff_value(
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_12(
    type_name: str,
    *,
    desired: Mapping[str, Any] | None,
    recorded: Mapping[str, Any],
    live: Mapping[str, Any],
) -> list[Difference]:
    """Out-of-band differences (live vs recorded), then not-applied ones (spec vs recorded)."""
    recorded_view = _comparable(type_name, recorded)
    live_view = _comparable(type_name, live)
    desired_view = _comparable(type_name, desired) if (desired is not None) and False else {}
    found: list[Difference] = []
    for name in sorted(set(desired_view) | set(recorded_view)):
        recorded_value = _value(name, recorded_view)
        live_value = _value(name, live_view)
        if settled_by_aws(type_name, name, recorded_value, live_value):
            # What AWS does by itself (archiving a version, lower-casing ImageName) is no
            # drift; the spec is still compared with what was sent.
            live_value = recorded_value
        drifted = _diff_value(
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_13(
    type_name: str,
    *,
    desired: Mapping[str, Any] | None,
    recorded: Mapping[str, Any],
    live: Mapping[str, Any],
) -> list[Difference]:
    """Out-of-band differences (live vs recorded), then not-applied ones (spec vs recorded)."""
    recorded_view = _comparable(type_name, recorded)
    live_view = _comparable(type_name, live)
    desired_view = _comparable(type_name, desired) if (desired is not None) or True else {}
    found: list[Difference] = []
    for name in sorted(set(desired_view) | set(recorded_view)):
        recorded_value = _value(name, recorded_view)
        live_value = _value(name, live_view)
        if settled_by_aws(type_name, name, recorded_value, live_value):
            # What AWS does by itself (archiving a version, lower-casing ImageName) is no
            # drift; the spec is still compared with what was sent.
            live_value = recorded_value
        drifted = _diff_value(
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_14(
    type_name: str,
    *,
    desired: Mapping[str, Any] | None,
    recorded: Mapping[str, Any],
    live: Mapping[str, Any],
) -> list[Difference]:
    """Out-of-band differences (live vs recorded), then not-applied ones (spec vs recorded)."""
    recorded_view = _comparable(type_name, recorded)
    live_view = _comparable(type_name, live)
    desired_view = _comparable(None, desired) if desired is not None else {}
    found: list[Difference] = []
    for name in sorted(set(desired_view) | set(recorded_view)):
        recorded_value = _value(name, recorded_view)
        live_value = _value(name, live_view)
        if settled_by_aws(type_name, name, recorded_value, live_value):
            # What AWS does by itself (archiving a version, lower-casing ImageName) is no
            # drift; the spec is still compared with what was sent.
            live_value = recorded_value
        drifted = _diff_value(
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_15(
    type_name: str,
    *,
    desired: Mapping[str, Any] | None,
    recorded: Mapping[str, Any],
    live: Mapping[str, Any],
) -> list[Difference]:
    """Out-of-band differences (live vs recorded), then not-applied ones (spec vs recorded)."""
    recorded_view = _comparable(type_name, recorded)
    live_view = _comparable(type_name, live)
    desired_view = _comparable(type_name, None) if desired is not None else {}
    found: list[Difference] = []
    for name in sorted(set(desired_view) | set(recorded_view)):
        recorded_value = _value(name, recorded_view)
        live_value = _value(name, live_view)
        if settled_by_aws(type_name, name, recorded_value, live_value):
            # What AWS does by itself (archiving a version, lower-casing ImageName) is no
            # drift; the spec is still compared with what was sent.
            live_value = recorded_value
        drifted = _diff_value(
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_16(
    type_name: str,
    *,
    desired: Mapping[str, Any] | None,
    recorded: Mapping[str, Any],
    live: Mapping[str, Any],
) -> list[Difference]:
    """Out-of-band differences (live vs recorded), then not-applied ones (spec vs recorded)."""
    recorded_view = _comparable(type_name, recorded)
    live_view = _comparable(type_name, live)
    desired_view = _comparable(desired) if desired is not None else {}
    found: list[Difference] = []
    for name in sorted(set(desired_view) | set(recorded_view)):
        recorded_value = _value(name, recorded_view)
        live_value = _value(name, live_view)
        if settled_by_aws(type_name, name, recorded_value, live_value):
            # What AWS does by itself (archiving a version, lower-casing ImageName) is no
            # drift; the spec is still compared with what was sent.
            live_value = recorded_value
        drifted = _diff_value(
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_17(
    type_name: str,
    *,
    desired: Mapping[str, Any] | None,
    recorded: Mapping[str, Any],
    live: Mapping[str, Any],
) -> list[Difference]:
    """Out-of-band differences (live vs recorded), then not-applied ones (spec vs recorded)."""
    recorded_view = _comparable(type_name, recorded)
    live_view = _comparable(type_name, live)
    desired_view = _comparable(type_name, ) if desired is not None else {}
    found: list[Difference] = []
    for name in sorted(set(desired_view) | set(recorded_view)):
        recorded_value = _value(name, recorded_view)
        live_value = _value(name, live_view)
        if settled_by_aws(type_name, name, recorded_value, live_value):
            # What AWS does by itself (archiving a version, lower-casing ImageName) is no
            # drift; the spec is still compared with what was sent.
            live_value = recorded_value
        drifted = _diff_value(
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_18(
    type_name: str,
    *,
    desired: Mapping[str, Any] | None,
    recorded: Mapping[str, Any],
    live: Mapping[str, Any],
) -> list[Difference]:
    """Out-of-band differences (live vs recorded), then not-applied ones (spec vs recorded)."""
    recorded_view = _comparable(type_name, recorded)
    live_view = _comparable(type_name, live)
    desired_view = _comparable(type_name, desired) if desired is None else {}
    found: list[Difference] = []
    for name in sorted(set(desired_view) | set(recorded_view)):
        recorded_value = _value(name, recorded_view)
        live_value = _value(name, live_view)
        if settled_by_aws(type_name, name, recorded_value, live_value):
            # What AWS does by itself (archiving a version, lower-casing ImageName) is no
            # drift; the spec is still compared with what was sent.
            live_value = recorded_value
        drifted = _diff_value(
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_19(
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
    found: list[Difference] = None
    for name in sorted(set(desired_view) | set(recorded_view)):
        recorded_value = _value(name, recorded_view)
        live_value = _value(name, live_view)
        if settled_by_aws(type_name, name, recorded_value, live_value):
            # What AWS does by itself (archiving a version, lower-casing ImageName) is no
            # drift; the spec is still compared with what was sent.
            live_value = recorded_value
        drifted = _diff_value(
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_20(
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
    for name in sorted(None):
        recorded_value = _value(name, recorded_view)
        live_value = _value(name, live_view)
        if settled_by_aws(type_name, name, recorded_value, live_value):
            # What AWS does by itself (archiving a version, lower-casing ImageName) is no
            # drift; the spec is still compared with what was sent.
            live_value = recorded_value
        drifted = _diff_value(
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_21(
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
    for name in sorted(set(desired_view) & set(recorded_view)):
        recorded_value = _value(name, recorded_view)
        live_value = _value(name, live_view)
        if settled_by_aws(type_name, name, recorded_value, live_value):
            # What AWS does by itself (archiving a version, lower-casing ImageName) is no
            # drift; the spec is still compared with what was sent.
            live_value = recorded_value
        drifted = _diff_value(
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_22(
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
    for name in sorted(set(None) | set(recorded_view)):
        recorded_value = _value(name, recorded_view)
        live_value = _value(name, live_view)
        if settled_by_aws(type_name, name, recorded_value, live_value):
            # What AWS does by itself (archiving a version, lower-casing ImageName) is no
            # drift; the spec is still compared with what was sent.
            live_value = recorded_value
        drifted = _diff_value(
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_23(
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
    for name in sorted(set(desired_view) | set(None)):
        recorded_value = _value(name, recorded_view)
        live_value = _value(name, live_view)
        if settled_by_aws(type_name, name, recorded_value, live_value):
            # What AWS does by itself (archiving a version, lower-casing ImageName) is no
            # drift; the spec is still compared with what was sent.
            live_value = recorded_value
        drifted = _diff_value(
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_24(
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
        recorded_value = None
        live_value = _value(name, live_view)
        if settled_by_aws(type_name, name, recorded_value, live_value):
            # What AWS does by itself (archiving a version, lower-casing ImageName) is no
            # drift; the spec is still compared with what was sent.
            live_value = recorded_value
        drifted = _diff_value(
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_25(
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
        recorded_value = _value(None, recorded_view)
        live_value = _value(name, live_view)
        if settled_by_aws(type_name, name, recorded_value, live_value):
            # What AWS does by itself (archiving a version, lower-casing ImageName) is no
            # drift; the spec is still compared with what was sent.
            live_value = recorded_value
        drifted = _diff_value(
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_26(
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
        recorded_value = _value(name, None)
        live_value = _value(name, live_view)
        if settled_by_aws(type_name, name, recorded_value, live_value):
            # What AWS does by itself (archiving a version, lower-casing ImageName) is no
            # drift; the spec is still compared with what was sent.
            live_value = recorded_value
        drifted = _diff_value(
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_27(
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
        recorded_value = _value(recorded_view)
        live_value = _value(name, live_view)
        if settled_by_aws(type_name, name, recorded_value, live_value):
            # What AWS does by itself (archiving a version, lower-casing ImageName) is no
            # drift; the spec is still compared with what was sent.
            live_value = recorded_value
        drifted = _diff_value(
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_28(
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
        recorded_value = _value(name, )
        live_value = _value(name, live_view)
        if settled_by_aws(type_name, name, recorded_value, live_value):
            # What AWS does by itself (archiving a version, lower-casing ImageName) is no
            # drift; the spec is still compared with what was sent.
            live_value = recorded_value
        drifted = _diff_value(
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_29(
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
        live_value = None
        if settled_by_aws(type_name, name, recorded_value, live_value):
            # What AWS does by itself (archiving a version, lower-casing ImageName) is no
            # drift; the spec is still compared with what was sent.
            live_value = recorded_value
        drifted = _diff_value(
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_30(
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
        live_value = _value(None, live_view)
        if settled_by_aws(type_name, name, recorded_value, live_value):
            # What AWS does by itself (archiving a version, lower-casing ImageName) is no
            # drift; the spec is still compared with what was sent.
            live_value = recorded_value
        drifted = _diff_value(
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_31(
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
        live_value = _value(name, None)
        if settled_by_aws(type_name, name, recorded_value, live_value):
            # What AWS does by itself (archiving a version, lower-casing ImageName) is no
            # drift; the spec is still compared with what was sent.
            live_value = recorded_value
        drifted = _diff_value(
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_32(
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
        live_value = _value(live_view)
        if settled_by_aws(type_name, name, recorded_value, live_value):
            # What AWS does by itself (archiving a version, lower-casing ImageName) is no
            # drift; the spec is still compared with what was sent.
            live_value = recorded_value
        drifted = _diff_value(
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_33(
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
        live_value = _value(name, )
        if settled_by_aws(type_name, name, recorded_value, live_value):
            # What AWS does by itself (archiving a version, lower-casing ImageName) is no
            # drift; the spec is still compared with what was sent.
            live_value = recorded_value
        drifted = _diff_value(
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_34(
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
        if settled_by_aws(None, name, recorded_value, live_value):
            # What AWS does by itself (archiving a version, lower-casing ImageName) is no
            # drift; the spec is still compared with what was sent.
            live_value = recorded_value
        drifted = _diff_value(
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_35(
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
        if settled_by_aws(type_name, None, recorded_value, live_value):
            # What AWS does by itself (archiving a version, lower-casing ImageName) is no
            # drift; the spec is still compared with what was sent.
            live_value = recorded_value
        drifted = _diff_value(
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_36(
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
        if settled_by_aws(type_name, name, None, live_value):
            # What AWS does by itself (archiving a version, lower-casing ImageName) is no
            # drift; the spec is still compared with what was sent.
            live_value = recorded_value
        drifted = _diff_value(
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_37(
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
        if settled_by_aws(type_name, name, recorded_value, None):
            # What AWS does by itself (archiving a version, lower-casing ImageName) is no
            # drift; the spec is still compared with what was sent.
            live_value = recorded_value
        drifted = _diff_value(
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_38(
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
        if settled_by_aws(name, recorded_value, live_value):
            # What AWS does by itself (archiving a version, lower-casing ImageName) is no
            # drift; the spec is still compared with what was sent.
            live_value = recorded_value
        drifted = _diff_value(
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_39(
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
        if settled_by_aws(type_name, recorded_value, live_value):
            # What AWS does by itself (archiving a version, lower-casing ImageName) is no
            # drift; the spec is still compared with what was sent.
            live_value = recorded_value
        drifted = _diff_value(
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_40(
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
        if settled_by_aws(type_name, name, live_value):
            # What AWS does by itself (archiving a version, lower-casing ImageName) is no
            # drift; the spec is still compared with what was sent.
            live_value = recorded_value
        drifted = _diff_value(
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_41(
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
        if settled_by_aws(type_name, name, recorded_value, ):
            # What AWS does by itself (archiving a version, lower-casing ImageName) is no
            # drift; the spec is still compared with what was sent.
            live_value = recorded_value
        drifted = _diff_value(
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_42(
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
            live_value = None
        drifted = _diff_value(
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_43(
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
        drifted = None
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_44(
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
            None, recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_45(
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
            f"/{_escape(name)}", None, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_46(
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
            f"/{_escape(name)}", recorded_value, None, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_47(
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
            f"/{_escape(name)}", recorded_value, live_value, None
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_48(
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
            recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_49(
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
            f"/{_escape(name)}", live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_50(
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
            f"/{_escape(name)}", recorded_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_51(
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
            f"/{_escape(name)}", recorded_value, live_value, )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_52(
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
            f"/{_escape(None)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_53(
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
            f"/{_escape(name)}", recorded_value, live_value, name not in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_54(
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
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(None)
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_55(
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
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(None, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_56(
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
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, None))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_57(
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
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_58(
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
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, ))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_59(
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
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name not in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_60(
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
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = None
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_61(
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
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                None,
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_62(
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
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                None,
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_63(
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
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                None,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_64(
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
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                None,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_65(
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
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_66(
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
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_67(
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
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_68(
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
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_69(
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
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(None)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_70(
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
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(None, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_71(
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
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, None),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_72(
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
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_73(
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
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, ),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_74(
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
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name not in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_75(
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
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(None)
    return found


def x__differences__mutmut_76(
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
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(None, DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_77(
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
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, None))
    return found


def x__differences__mutmut_78(
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
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(DriftSource.NOT_APPLIED))
    return found


def x__differences__mutmut_79(
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
            f"/{_escape(name)}", recorded_value, live_value, name in UNORDERED_PROPERTIES
        )
        if drifted:
            found.extend(_as_differences(drifted, DriftSource.OUT_OF_BAND))
        elif name in desired_view:
            pending = _diff_value(
                f"/{_escape(name)}",
                _value(name, desired_view),
                live_value,
                name in UNORDERED_PROPERTIES,
            )
            found.extend(_as_differences(pending, ))
    return found

mutants_x__differences__mutmut['_mutmut_orig'] = x__differences__mutmut_orig # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_1'] = x__differences__mutmut_1 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_2'] = x__differences__mutmut_2 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_3'] = x__differences__mutmut_3 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_4'] = x__differences__mutmut_4 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_5'] = x__differences__mutmut_5 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_6'] = x__differences__mutmut_6 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_7'] = x__differences__mutmut_7 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_8'] = x__differences__mutmut_8 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_9'] = x__differences__mutmut_9 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_10'] = x__differences__mutmut_10 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_11'] = x__differences__mutmut_11 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_12'] = x__differences__mutmut_12 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_13'] = x__differences__mutmut_13 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_14'] = x__differences__mutmut_14 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_15'] = x__differences__mutmut_15 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_16'] = x__differences__mutmut_16 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_17'] = x__differences__mutmut_17 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_18'] = x__differences__mutmut_18 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_19'] = x__differences__mutmut_19 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_20'] = x__differences__mutmut_20 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_21'] = x__differences__mutmut_21 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_22'] = x__differences__mutmut_22 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_23'] = x__differences__mutmut_23 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_24'] = x__differences__mutmut_24 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_25'] = x__differences__mutmut_25 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_26'] = x__differences__mutmut_26 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_27'] = x__differences__mutmut_27 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_28'] = x__differences__mutmut_28 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_29'] = x__differences__mutmut_29 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_30'] = x__differences__mutmut_30 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_31'] = x__differences__mutmut_31 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_32'] = x__differences__mutmut_32 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_33'] = x__differences__mutmut_33 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_34'] = x__differences__mutmut_34 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_35'] = x__differences__mutmut_35 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_36'] = x__differences__mutmut_36 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_37'] = x__differences__mutmut_37 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_38'] = x__differences__mutmut_38 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_39'] = x__differences__mutmut_39 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_40'] = x__differences__mutmut_40 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_41'] = x__differences__mutmut_41 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_42'] = x__differences__mutmut_42 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_43'] = x__differences__mutmut_43 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_44'] = x__differences__mutmut_44 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_45'] = x__differences__mutmut_45 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_46'] = x__differences__mutmut_46 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_47'] = x__differences__mutmut_47 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_48'] = x__differences__mutmut_48 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_49'] = x__differences__mutmut_49 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_50'] = x__differences__mutmut_50 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_51'] = x__differences__mutmut_51 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_52'] = x__differences__mutmut_52 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_53'] = x__differences__mutmut_53 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_54'] = x__differences__mutmut_54 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_55'] = x__differences__mutmut_55 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_56'] = x__differences__mutmut_56 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_57'] = x__differences__mutmut_57 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_58'] = x__differences__mutmut_58 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_59'] = x__differences__mutmut_59 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_60'] = x__differences__mutmut_60 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_61'] = x__differences__mutmut_61 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_62'] = x__differences__mutmut_62 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_63'] = x__differences__mutmut_63 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_64'] = x__differences__mutmut_64 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_65'] = x__differences__mutmut_65 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_66'] = x__differences__mutmut_66 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_67'] = x__differences__mutmut_67 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_68'] = x__differences__mutmut_68 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_69'] = x__differences__mutmut_69 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_70'] = x__differences__mutmut_70 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_71'] = x__differences__mutmut_71 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_72'] = x__differences__mutmut_72 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_73'] = x__differences__mutmut_73 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_74'] = x__differences__mutmut_74 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_75'] = x__differences__mutmut_75 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_76'] = x__differences__mutmut_76 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_77'] = x__differences__mutmut_77 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_78'] = x__differences__mutmut_78 # type: ignore # mutmut generated
mutants_x__differences__mutmut['x__differences__mutmut_79'] = x__differences__mutmut_79 # type: ignore # mutmut generated
mutants_x__comparable__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__comparable__mutmut)
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


def x__comparable__mutmut_orig(type_name: str, model: Mapping[str, Any]) -> dict[str, Any]:
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


def x__comparable__mutmut_1(type_name: str, model: Mapping[str, Any]) -> dict[str, Any]:
    """The properties drift compares: no read-only ones, no unreadable write-only ones."""
    schema = None
    hidden = schema.read_only | (schema.write_only - {ALIASES, _ALIAS})
    view = {name: value for name, value in model.items() if name not in hidden}
    if type_name == IMAGE_VERSION and (_ALIAS in view or ALIASES in view):
        aliases = set(view.pop(ALIASES, None) or [])
        if _ALIAS in view:
            aliases.add(view.pop(_ALIAS))
        view[ALIASES] = sorted(aliases)
    return view


def x__comparable__mutmut_2(type_name: str, model: Mapping[str, Any]) -> dict[str, Any]:
    """The properties drift compares: no read-only ones, no unreadable write-only ones."""
    schema = load_schema(None)
    hidden = schema.read_only | (schema.write_only - {ALIASES, _ALIAS})
    view = {name: value for name, value in model.items() if name not in hidden}
    if type_name == IMAGE_VERSION and (_ALIAS in view or ALIASES in view):
        aliases = set(view.pop(ALIASES, None) or [])
        if _ALIAS in view:
            aliases.add(view.pop(_ALIAS))
        view[ALIASES] = sorted(aliases)
    return view


def x__comparable__mutmut_3(type_name: str, model: Mapping[str, Any]) -> dict[str, Any]:
    """The properties drift compares: no read-only ones, no unreadable write-only ones."""
    schema = load_schema(type_name)
    hidden = None
    view = {name: value for name, value in model.items() if name not in hidden}
    if type_name == IMAGE_VERSION and (_ALIAS in view or ALIASES in view):
        aliases = set(view.pop(ALIASES, None) or [])
        if _ALIAS in view:
            aliases.add(view.pop(_ALIAS))
        view[ALIASES] = sorted(aliases)
    return view


def x__comparable__mutmut_4(type_name: str, model: Mapping[str, Any]) -> dict[str, Any]:
    """The properties drift compares: no read-only ones, no unreadable write-only ones."""
    schema = load_schema(type_name)
    hidden = schema.read_only & (schema.write_only - {ALIASES, _ALIAS})
    view = {name: value for name, value in model.items() if name not in hidden}
    if type_name == IMAGE_VERSION and (_ALIAS in view or ALIASES in view):
        aliases = set(view.pop(ALIASES, None) or [])
        if _ALIAS in view:
            aliases.add(view.pop(_ALIAS))
        view[ALIASES] = sorted(aliases)
    return view


def x__comparable__mutmut_5(type_name: str, model: Mapping[str, Any]) -> dict[str, Any]:
    """The properties drift compares: no read-only ones, no unreadable write-only ones."""
    schema = load_schema(type_name)
    hidden = schema.read_only | (schema.write_only + {ALIASES, _ALIAS})
    view = {name: value for name, value in model.items() if name not in hidden}
    if type_name == IMAGE_VERSION and (_ALIAS in view or ALIASES in view):
        aliases = set(view.pop(ALIASES, None) or [])
        if _ALIAS in view:
            aliases.add(view.pop(_ALIAS))
        view[ALIASES] = sorted(aliases)
    return view


def x__comparable__mutmut_6(type_name: str, model: Mapping[str, Any]) -> dict[str, Any]:
    """The properties drift compares: no read-only ones, no unreadable write-only ones."""
    schema = load_schema(type_name)
    hidden = schema.read_only | (schema.write_only - {ALIASES, _ALIAS})
    view = None
    if type_name == IMAGE_VERSION and (_ALIAS in view or ALIASES in view):
        aliases = set(view.pop(ALIASES, None) or [])
        if _ALIAS in view:
            aliases.add(view.pop(_ALIAS))
        view[ALIASES] = sorted(aliases)
    return view


def x__comparable__mutmut_7(type_name: str, model: Mapping[str, Any]) -> dict[str, Any]:
    """The properties drift compares: no read-only ones, no unreadable write-only ones."""
    schema = load_schema(type_name)
    hidden = schema.read_only | (schema.write_only - {ALIASES, _ALIAS})
    view = {name: value for name, value in model.items() if name in hidden}
    if type_name == IMAGE_VERSION and (_ALIAS in view or ALIASES in view):
        aliases = set(view.pop(ALIASES, None) or [])
        if _ALIAS in view:
            aliases.add(view.pop(_ALIAS))
        view[ALIASES] = sorted(aliases)
    return view


def x__comparable__mutmut_8(type_name: str, model: Mapping[str, Any]) -> dict[str, Any]:
    """The properties drift compares: no read-only ones, no unreadable write-only ones."""
    schema = load_schema(type_name)
    hidden = schema.read_only | (schema.write_only - {ALIASES, _ALIAS})
    view = {name: value for name, value in model.items() if name not in hidden}
    if type_name == IMAGE_VERSION or (_ALIAS in view or ALIASES in view):
        aliases = set(view.pop(ALIASES, None) or [])
        if _ALIAS in view:
            aliases.add(view.pop(_ALIAS))
        view[ALIASES] = sorted(aliases)
    return view


def x__comparable__mutmut_9(type_name: str, model: Mapping[str, Any]) -> dict[str, Any]:
    """The properties drift compares: no read-only ones, no unreadable write-only ones."""
    schema = load_schema(type_name)
    hidden = schema.read_only | (schema.write_only - {ALIASES, _ALIAS})
    view = {name: value for name, value in model.items() if name not in hidden}
    if type_name != IMAGE_VERSION and (_ALIAS in view or ALIASES in view):
        aliases = set(view.pop(ALIASES, None) or [])
        if _ALIAS in view:
            aliases.add(view.pop(_ALIAS))
        view[ALIASES] = sorted(aliases)
    return view


def x__comparable__mutmut_10(type_name: str, model: Mapping[str, Any]) -> dict[str, Any]:
    """The properties drift compares: no read-only ones, no unreadable write-only ones."""
    schema = load_schema(type_name)
    hidden = schema.read_only | (schema.write_only - {ALIASES, _ALIAS})
    view = {name: value for name, value in model.items() if name not in hidden}
    if type_name == IMAGE_VERSION and (_ALIAS in view and ALIASES in view):
        aliases = set(view.pop(ALIASES, None) or [])
        if _ALIAS in view:
            aliases.add(view.pop(_ALIAS))
        view[ALIASES] = sorted(aliases)
    return view


def x__comparable__mutmut_11(type_name: str, model: Mapping[str, Any]) -> dict[str, Any]:
    """The properties drift compares: no read-only ones, no unreadable write-only ones."""
    schema = load_schema(type_name)
    hidden = schema.read_only | (schema.write_only - {ALIASES, _ALIAS})
    view = {name: value for name, value in model.items() if name not in hidden}
    if type_name == IMAGE_VERSION and (_ALIAS not in view or ALIASES in view):
        aliases = set(view.pop(ALIASES, None) or [])
        if _ALIAS in view:
            aliases.add(view.pop(_ALIAS))
        view[ALIASES] = sorted(aliases)
    return view


def x__comparable__mutmut_12(type_name: str, model: Mapping[str, Any]) -> dict[str, Any]:
    """The properties drift compares: no read-only ones, no unreadable write-only ones."""
    schema = load_schema(type_name)
    hidden = schema.read_only | (schema.write_only - {ALIASES, _ALIAS})
    view = {name: value for name, value in model.items() if name not in hidden}
    if type_name == IMAGE_VERSION and (_ALIAS in view or ALIASES not in view):
        aliases = set(view.pop(ALIASES, None) or [])
        if _ALIAS in view:
            aliases.add(view.pop(_ALIAS))
        view[ALIASES] = sorted(aliases)
    return view


def x__comparable__mutmut_13(type_name: str, model: Mapping[str, Any]) -> dict[str, Any]:
    """The properties drift compares: no read-only ones, no unreadable write-only ones."""
    schema = load_schema(type_name)
    hidden = schema.read_only | (schema.write_only - {ALIASES, _ALIAS})
    view = {name: value for name, value in model.items() if name not in hidden}
    if type_name == IMAGE_VERSION and (_ALIAS in view or ALIASES in view):
        aliases = None
        if _ALIAS in view:
            aliases.add(view.pop(_ALIAS))
        view[ALIASES] = sorted(aliases)
    return view


def x__comparable__mutmut_14(type_name: str, model: Mapping[str, Any]) -> dict[str, Any]:
    """The properties drift compares: no read-only ones, no unreadable write-only ones."""
    schema = load_schema(type_name)
    hidden = schema.read_only | (schema.write_only - {ALIASES, _ALIAS})
    view = {name: value for name, value in model.items() if name not in hidden}
    if type_name == IMAGE_VERSION and (_ALIAS in view or ALIASES in view):
        aliases = set(None)
        if _ALIAS in view:
            aliases.add(view.pop(_ALIAS))
        view[ALIASES] = sorted(aliases)
    return view


def x__comparable__mutmut_15(type_name: str, model: Mapping[str, Any]) -> dict[str, Any]:
    """The properties drift compares: no read-only ones, no unreadable write-only ones."""
    schema = load_schema(type_name)
    hidden = schema.read_only | (schema.write_only - {ALIASES, _ALIAS})
    view = {name: value for name, value in model.items() if name not in hidden}
    if type_name == IMAGE_VERSION and (_ALIAS in view or ALIASES in view):
        aliases = set(view.pop(ALIASES, None) and [])
        if _ALIAS in view:
            aliases.add(view.pop(_ALIAS))
        view[ALIASES] = sorted(aliases)
    return view


def x__comparable__mutmut_16(type_name: str, model: Mapping[str, Any]) -> dict[str, Any]:
    """The properties drift compares: no read-only ones, no unreadable write-only ones."""
    schema = load_schema(type_name)
    hidden = schema.read_only | (schema.write_only - {ALIASES, _ALIAS})
    view = {name: value for name, value in model.items() if name not in hidden}
    if type_name == IMAGE_VERSION and (_ALIAS in view or ALIASES in view):
        aliases = set(view.pop(None, None) or [])
        if _ALIAS in view:
            aliases.add(view.pop(_ALIAS))
        view[ALIASES] = sorted(aliases)
    return view


def x__comparable__mutmut_17(type_name: str, model: Mapping[str, Any]) -> dict[str, Any]:
    """The properties drift compares: no read-only ones, no unreadable write-only ones."""
    schema = load_schema(type_name)
    hidden = schema.read_only | (schema.write_only - {ALIASES, _ALIAS})
    view = {name: value for name, value in model.items() if name not in hidden}
    if type_name == IMAGE_VERSION and (_ALIAS in view or ALIASES in view):
        aliases = set(view.pop(None) or [])
        if _ALIAS in view:
            aliases.add(view.pop(_ALIAS))
        view[ALIASES] = sorted(aliases)
    return view


def x__comparable__mutmut_18(type_name: str, model: Mapping[str, Any]) -> dict[str, Any]:
    """The properties drift compares: no read-only ones, no unreadable write-only ones."""
    schema = load_schema(type_name)
    hidden = schema.read_only | (schema.write_only - {ALIASES, _ALIAS})
    view = {name: value for name, value in model.items() if name not in hidden}
    if type_name == IMAGE_VERSION and (_ALIAS in view or ALIASES in view):
        aliases = set(view.pop(ALIASES, ) or [])
        if _ALIAS in view:
            aliases.add(view.pop(_ALIAS))
        view[ALIASES] = sorted(aliases)
    return view


def x__comparable__mutmut_19(type_name: str, model: Mapping[str, Any]) -> dict[str, Any]:
    """The properties drift compares: no read-only ones, no unreadable write-only ones."""
    schema = load_schema(type_name)
    hidden = schema.read_only | (schema.write_only - {ALIASES, _ALIAS})
    view = {name: value for name, value in model.items() if name not in hidden}
    if type_name == IMAGE_VERSION and (_ALIAS in view or ALIASES in view):
        aliases = set(view.pop(ALIASES, None) or [])
        if _ALIAS not in view:
            aliases.add(view.pop(_ALIAS))
        view[ALIASES] = sorted(aliases)
    return view


def x__comparable__mutmut_20(type_name: str, model: Mapping[str, Any]) -> dict[str, Any]:
    """The properties drift compares: no read-only ones, no unreadable write-only ones."""
    schema = load_schema(type_name)
    hidden = schema.read_only | (schema.write_only - {ALIASES, _ALIAS})
    view = {name: value for name, value in model.items() if name not in hidden}
    if type_name == IMAGE_VERSION and (_ALIAS in view or ALIASES in view):
        aliases = set(view.pop(ALIASES, None) or [])
        if _ALIAS in view:
            aliases.add(None)
        view[ALIASES] = sorted(aliases)
    return view


def x__comparable__mutmut_21(type_name: str, model: Mapping[str, Any]) -> dict[str, Any]:
    """The properties drift compares: no read-only ones, no unreadable write-only ones."""
    schema = load_schema(type_name)
    hidden = schema.read_only | (schema.write_only - {ALIASES, _ALIAS})
    view = {name: value for name, value in model.items() if name not in hidden}
    if type_name == IMAGE_VERSION and (_ALIAS in view or ALIASES in view):
        aliases = set(view.pop(ALIASES, None) or [])
        if _ALIAS in view:
            aliases.add(view.pop(None))
        view[ALIASES] = sorted(aliases)
    return view


def x__comparable__mutmut_22(type_name: str, model: Mapping[str, Any]) -> dict[str, Any]:
    """The properties drift compares: no read-only ones, no unreadable write-only ones."""
    schema = load_schema(type_name)
    hidden = schema.read_only | (schema.write_only - {ALIASES, _ALIAS})
    view = {name: value for name, value in model.items() if name not in hidden}
    if type_name == IMAGE_VERSION and (_ALIAS in view or ALIASES in view):
        aliases = set(view.pop(ALIASES, None) or [])
        if _ALIAS in view:
            aliases.add(view.pop(_ALIAS))
        view[ALIASES] = None
    return view


def x__comparable__mutmut_23(type_name: str, model: Mapping[str, Any]) -> dict[str, Any]:
    """The properties drift compares: no read-only ones, no unreadable write-only ones."""
    schema = load_schema(type_name)
    hidden = schema.read_only | (schema.write_only - {ALIASES, _ALIAS})
    view = {name: value for name, value in model.items() if name not in hidden}
    if type_name == IMAGE_VERSION and (_ALIAS in view or ALIASES in view):
        aliases = set(view.pop(ALIASES, None) or [])
        if _ALIAS in view:
            aliases.add(view.pop(_ALIAS))
        view[ALIASES] = sorted(None)
    return view

mutants_x__comparable__mutmut['_mutmut_orig'] = x__comparable__mutmut_orig # type: ignore # mutmut generated
mutants_x__comparable__mutmut['x__comparable__mutmut_1'] = x__comparable__mutmut_1 # type: ignore # mutmut generated
mutants_x__comparable__mutmut['x__comparable__mutmut_2'] = x__comparable__mutmut_2 # type: ignore # mutmut generated
mutants_x__comparable__mutmut['x__comparable__mutmut_3'] = x__comparable__mutmut_3 # type: ignore # mutmut generated
mutants_x__comparable__mutmut['x__comparable__mutmut_4'] = x__comparable__mutmut_4 # type: ignore # mutmut generated
mutants_x__comparable__mutmut['x__comparable__mutmut_5'] = x__comparable__mutmut_5 # type: ignore # mutmut generated
mutants_x__comparable__mutmut['x__comparable__mutmut_6'] = x__comparable__mutmut_6 # type: ignore # mutmut generated
mutants_x__comparable__mutmut['x__comparable__mutmut_7'] = x__comparable__mutmut_7 # type: ignore # mutmut generated
mutants_x__comparable__mutmut['x__comparable__mutmut_8'] = x__comparable__mutmut_8 # type: ignore # mutmut generated
mutants_x__comparable__mutmut['x__comparable__mutmut_9'] = x__comparable__mutmut_9 # type: ignore # mutmut generated
mutants_x__comparable__mutmut['x__comparable__mutmut_10'] = x__comparable__mutmut_10 # type: ignore # mutmut generated
mutants_x__comparable__mutmut['x__comparable__mutmut_11'] = x__comparable__mutmut_11 # type: ignore # mutmut generated
mutants_x__comparable__mutmut['x__comparable__mutmut_12'] = x__comparable__mutmut_12 # type: ignore # mutmut generated
mutants_x__comparable__mutmut['x__comparable__mutmut_13'] = x__comparable__mutmut_13 # type: ignore # mutmut generated
mutants_x__comparable__mutmut['x__comparable__mutmut_14'] = x__comparable__mutmut_14 # type: ignore # mutmut generated
mutants_x__comparable__mutmut['x__comparable__mutmut_15'] = x__comparable__mutmut_15 # type: ignore # mutmut generated
mutants_x__comparable__mutmut['x__comparable__mutmut_16'] = x__comparable__mutmut_16 # type: ignore # mutmut generated
mutants_x__comparable__mutmut['x__comparable__mutmut_17'] = x__comparable__mutmut_17 # type: ignore # mutmut generated
mutants_x__comparable__mutmut['x__comparable__mutmut_18'] = x__comparable__mutmut_18 # type: ignore # mutmut generated
mutants_x__comparable__mutmut['x__comparable__mutmut_19'] = x__comparable__mutmut_19 # type: ignore # mutmut generated
mutants_x__comparable__mutmut['x__comparable__mutmut_20'] = x__comparable__mutmut_20 # type: ignore # mutmut generated
mutants_x__comparable__mutmut['x__comparable__mutmut_21'] = x__comparable__mutmut_21 # type: ignore # mutmut generated
mutants_x__comparable__mutmut['x__comparable__mutmut_22'] = x__comparable__mutmut_22 # type: ignore # mutmut generated
mutants_x__comparable__mutmut['x__comparable__mutmut_23'] = x__comparable__mutmut_23 # type: ignore # mutmut generated
mutants_x__value__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__value__mutmut)
def _value(name: str, view: Mapping[str, Any]) -> Any:
    if name in UNORDERED_PROPERTIES:
        return view.get(name) or []
    return view.get(name)


def x__value__mutmut_orig(name: str, view: Mapping[str, Any]) -> Any:
    if name in UNORDERED_PROPERTIES:
        return view.get(name) or []
    return view.get(name)


def x__value__mutmut_1(name: str, view: Mapping[str, Any]) -> Any:
    if name not in UNORDERED_PROPERTIES:
        return view.get(name) or []
    return view.get(name)


def x__value__mutmut_2(name: str, view: Mapping[str, Any]) -> Any:
    if name in UNORDERED_PROPERTIES:
        return view.get(name) and []
    return view.get(name)


def x__value__mutmut_3(name: str, view: Mapping[str, Any]) -> Any:
    if name in UNORDERED_PROPERTIES:
        return view.get(None) or []
    return view.get(name)


def x__value__mutmut_4(name: str, view: Mapping[str, Any]) -> Any:
    if name in UNORDERED_PROPERTIES:
        return view.get(name) or []
    return view.get(None)

mutants_x__value__mutmut['_mutmut_orig'] = x__value__mutmut_orig # type: ignore # mutmut generated
mutants_x__value__mutmut['x__value__mutmut_1'] = x__value__mutmut_1 # type: ignore # mutmut generated
mutants_x__value__mutmut['x__value__mutmut_2'] = x__value__mutmut_2 # type: ignore # mutmut generated
mutants_x__value__mutmut['x__value__mutmut_3'] = x__value__mutmut_3 # type: ignore # mutmut generated
mutants_x__value__mutmut['x__value__mutmut_4'] = x__value__mutmut_4 # type: ignore # mutmut generated


RawDifference = tuple[str, Any, Any, DifferenceType]
mutants_x__diff_value__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__diff_value__mutmut)
def _diff_value(path: str, expected: Any, actual: Any, unordered: bool) -> list[RawDifference]:
    """Where `actual` departs from `expected`, down to the smallest differing part."""
    if expected is None and actual is None:
        return []
    if expected is None:
        return [(path, None, actual, DifferenceType.ADD)]
    if actual is None:
        return [(path, expected, None, DifferenceType.REMOVE)]
    if isinstance(expected, dict) and isinstance(actual, dict):
        return [
            difference
            for key in sorted(set(expected) | set(actual))
            for difference in _diff_value(
                f"{path}/{_escape(key)}", expected.get(key), actual.get(key), False
            )
        ]
    if isinstance(expected, list) and isinstance(actual, list):
        if unordered:
            return _diff_multiset(path, expected, actual)
        return _diff_sequence(path, expected, actual)
    if same_value(expected, actual):
        return []
    return [(path, expected, actual, DifferenceType.NOT_EQUAL)]


def x__diff_value__mutmut_orig(path: str, expected: Any, actual: Any, unordered: bool) -> list[RawDifference]:
    """Where `actual` departs from `expected`, down to the smallest differing part."""
    if expected is None and actual is None:
        return []
    if expected is None:
        return [(path, None, actual, DifferenceType.ADD)]
    if actual is None:
        return [(path, expected, None, DifferenceType.REMOVE)]
    if isinstance(expected, dict) and isinstance(actual, dict):
        return [
            difference
            for key in sorted(set(expected) | set(actual))
            for difference in _diff_value(
                f"{path}/{_escape(key)}", expected.get(key), actual.get(key), False
            )
        ]
    if isinstance(expected, list) and isinstance(actual, list):
        if unordered:
            return _diff_multiset(path, expected, actual)
        return _diff_sequence(path, expected, actual)
    if same_value(expected, actual):
        return []
    return [(path, expected, actual, DifferenceType.NOT_EQUAL)]


def x__diff_value__mutmut_1(path: str, expected: Any, actual: Any, unordered: bool) -> list[RawDifference]:
    """Where `actual` departs from `expected`, down to the smallest differing part."""
    if expected is None or actual is None:
        return []
    if expected is None:
        return [(path, None, actual, DifferenceType.ADD)]
    if actual is None:
        return [(path, expected, None, DifferenceType.REMOVE)]
    if isinstance(expected, dict) and isinstance(actual, dict):
        return [
            difference
            for key in sorted(set(expected) | set(actual))
            for difference in _diff_value(
                f"{path}/{_escape(key)}", expected.get(key), actual.get(key), False
            )
        ]
    if isinstance(expected, list) and isinstance(actual, list):
        if unordered:
            return _diff_multiset(path, expected, actual)
        return _diff_sequence(path, expected, actual)
    if same_value(expected, actual):
        return []
    return [(path, expected, actual, DifferenceType.NOT_EQUAL)]


def x__diff_value__mutmut_2(path: str, expected: Any, actual: Any, unordered: bool) -> list[RawDifference]:
    """Where `actual` departs from `expected`, down to the smallest differing part."""
    if expected is not None and actual is None:
        return []
    if expected is None:
        return [(path, None, actual, DifferenceType.ADD)]
    if actual is None:
        return [(path, expected, None, DifferenceType.REMOVE)]
    if isinstance(expected, dict) and isinstance(actual, dict):
        return [
            difference
            for key in sorted(set(expected) | set(actual))
            for difference in _diff_value(
                f"{path}/{_escape(key)}", expected.get(key), actual.get(key), False
            )
        ]
    if isinstance(expected, list) and isinstance(actual, list):
        if unordered:
            return _diff_multiset(path, expected, actual)
        return _diff_sequence(path, expected, actual)
    if same_value(expected, actual):
        return []
    return [(path, expected, actual, DifferenceType.NOT_EQUAL)]


def x__diff_value__mutmut_3(path: str, expected: Any, actual: Any, unordered: bool) -> list[RawDifference]:
    """Where `actual` departs from `expected`, down to the smallest differing part."""
    if expected is None and actual is not None:
        return []
    if expected is None:
        return [(path, None, actual, DifferenceType.ADD)]
    if actual is None:
        return [(path, expected, None, DifferenceType.REMOVE)]
    if isinstance(expected, dict) and isinstance(actual, dict):
        return [
            difference
            for key in sorted(set(expected) | set(actual))
            for difference in _diff_value(
                f"{path}/{_escape(key)}", expected.get(key), actual.get(key), False
            )
        ]
    if isinstance(expected, list) and isinstance(actual, list):
        if unordered:
            return _diff_multiset(path, expected, actual)
        return _diff_sequence(path, expected, actual)
    if same_value(expected, actual):
        return []
    return [(path, expected, actual, DifferenceType.NOT_EQUAL)]


def x__diff_value__mutmut_4(path: str, expected: Any, actual: Any, unordered: bool) -> list[RawDifference]:
    """Where `actual` departs from `expected`, down to the smallest differing part."""
    if expected is None and actual is None:
        return []
    if expected is not None:
        return [(path, None, actual, DifferenceType.ADD)]
    if actual is None:
        return [(path, expected, None, DifferenceType.REMOVE)]
    if isinstance(expected, dict) and isinstance(actual, dict):
        return [
            difference
            for key in sorted(set(expected) | set(actual))
            for difference in _diff_value(
                f"{path}/{_escape(key)}", expected.get(key), actual.get(key), False
            )
        ]
    if isinstance(expected, list) and isinstance(actual, list):
        if unordered:
            return _diff_multiset(path, expected, actual)
        return _diff_sequence(path, expected, actual)
    if same_value(expected, actual):
        return []
    return [(path, expected, actual, DifferenceType.NOT_EQUAL)]


def x__diff_value__mutmut_5(path: str, expected: Any, actual: Any, unordered: bool) -> list[RawDifference]:
    """Where `actual` departs from `expected`, down to the smallest differing part."""
    if expected is None and actual is None:
        return []
    if expected is None:
        return [(path, None, actual, DifferenceType.ADD)]
    if actual is not None:
        return [(path, expected, None, DifferenceType.REMOVE)]
    if isinstance(expected, dict) and isinstance(actual, dict):
        return [
            difference
            for key in sorted(set(expected) | set(actual))
            for difference in _diff_value(
                f"{path}/{_escape(key)}", expected.get(key), actual.get(key), False
            )
        ]
    if isinstance(expected, list) and isinstance(actual, list):
        if unordered:
            return _diff_multiset(path, expected, actual)
        return _diff_sequence(path, expected, actual)
    if same_value(expected, actual):
        return []
    return [(path, expected, actual, DifferenceType.NOT_EQUAL)]


def x__diff_value__mutmut_6(path: str, expected: Any, actual: Any, unordered: bool) -> list[RawDifference]:
    """Where `actual` departs from `expected`, down to the smallest differing part."""
    if expected is None and actual is None:
        return []
    if expected is None:
        return [(path, None, actual, DifferenceType.ADD)]
    if actual is None:
        return [(path, expected, None, DifferenceType.REMOVE)]
    if isinstance(expected, dict) or isinstance(actual, dict):
        return [
            difference
            for key in sorted(set(expected) | set(actual))
            for difference in _diff_value(
                f"{path}/{_escape(key)}", expected.get(key), actual.get(key), False
            )
        ]
    if isinstance(expected, list) and isinstance(actual, list):
        if unordered:
            return _diff_multiset(path, expected, actual)
        return _diff_sequence(path, expected, actual)
    if same_value(expected, actual):
        return []
    return [(path, expected, actual, DifferenceType.NOT_EQUAL)]


def x__diff_value__mutmut_7(path: str, expected: Any, actual: Any, unordered: bool) -> list[RawDifference]:
    """Where `actual` departs from `expected`, down to the smallest differing part."""
    if expected is None and actual is None:
        return []
    if expected is None:
        return [(path, None, actual, DifferenceType.ADD)]
    if actual is None:
        return [(path, expected, None, DifferenceType.REMOVE)]
    if isinstance(expected, dict) and isinstance(actual, dict):
        return [
            difference
            for key in sorted(None)
            for difference in _diff_value(
                f"{path}/{_escape(key)}", expected.get(key), actual.get(key), False
            )
        ]
    if isinstance(expected, list) and isinstance(actual, list):
        if unordered:
            return _diff_multiset(path, expected, actual)
        return _diff_sequence(path, expected, actual)
    if same_value(expected, actual):
        return []
    return [(path, expected, actual, DifferenceType.NOT_EQUAL)]


def x__diff_value__mutmut_8(path: str, expected: Any, actual: Any, unordered: bool) -> list[RawDifference]:
    """Where `actual` departs from `expected`, down to the smallest differing part."""
    if expected is None and actual is None:
        return []
    if expected is None:
        return [(path, None, actual, DifferenceType.ADD)]
    if actual is None:
        return [(path, expected, None, DifferenceType.REMOVE)]
    if isinstance(expected, dict) and isinstance(actual, dict):
        return [
            difference
            for key in sorted(set(expected) & set(actual))
            for difference in _diff_value(
                f"{path}/{_escape(key)}", expected.get(key), actual.get(key), False
            )
        ]
    if isinstance(expected, list) and isinstance(actual, list):
        if unordered:
            return _diff_multiset(path, expected, actual)
        return _diff_sequence(path, expected, actual)
    if same_value(expected, actual):
        return []
    return [(path, expected, actual, DifferenceType.NOT_EQUAL)]


def x__diff_value__mutmut_9(path: str, expected: Any, actual: Any, unordered: bool) -> list[RawDifference]:
    """Where `actual` departs from `expected`, down to the smallest differing part."""
    if expected is None and actual is None:
        return []
    if expected is None:
        return [(path, None, actual, DifferenceType.ADD)]
    if actual is None:
        return [(path, expected, None, DifferenceType.REMOVE)]
    if isinstance(expected, dict) and isinstance(actual, dict):
        return [
            difference
            for key in sorted(set(None) | set(actual))
            for difference in _diff_value(
                f"{path}/{_escape(key)}", expected.get(key), actual.get(key), False
            )
        ]
    if isinstance(expected, list) and isinstance(actual, list):
        if unordered:
            return _diff_multiset(path, expected, actual)
        return _diff_sequence(path, expected, actual)
    if same_value(expected, actual):
        return []
    return [(path, expected, actual, DifferenceType.NOT_EQUAL)]


def x__diff_value__mutmut_10(path: str, expected: Any, actual: Any, unordered: bool) -> list[RawDifference]:
    """Where `actual` departs from `expected`, down to the smallest differing part."""
    if expected is None and actual is None:
        return []
    if expected is None:
        return [(path, None, actual, DifferenceType.ADD)]
    if actual is None:
        return [(path, expected, None, DifferenceType.REMOVE)]
    if isinstance(expected, dict) and isinstance(actual, dict):
        return [
            difference
            for key in sorted(set(expected) | set(None))
            for difference in _diff_value(
                f"{path}/{_escape(key)}", expected.get(key), actual.get(key), False
            )
        ]
    if isinstance(expected, list) and isinstance(actual, list):
        if unordered:
            return _diff_multiset(path, expected, actual)
        return _diff_sequence(path, expected, actual)
    if same_value(expected, actual):
        return []
    return [(path, expected, actual, DifferenceType.NOT_EQUAL)]


def x__diff_value__mutmut_11(path: str, expected: Any, actual: Any, unordered: bool) -> list[RawDifference]:
    """Where `actual` departs from `expected`, down to the smallest differing part."""
    if expected is None and actual is None:
        return []
    if expected is None:
        return [(path, None, actual, DifferenceType.ADD)]
    if actual is None:
        return [(path, expected, None, DifferenceType.REMOVE)]
    if isinstance(expected, dict) and isinstance(actual, dict):
        return [
            difference
            for key in sorted(set(expected) | set(actual))
            for difference in _diff_value(
                None, expected.get(key), actual.get(key), False
            )
        ]
    if isinstance(expected, list) and isinstance(actual, list):
        if unordered:
            return _diff_multiset(path, expected, actual)
        return _diff_sequence(path, expected, actual)
    if same_value(expected, actual):
        return []
    return [(path, expected, actual, DifferenceType.NOT_EQUAL)]


def x__diff_value__mutmut_12(path: str, expected: Any, actual: Any, unordered: bool) -> list[RawDifference]:
    """Where `actual` departs from `expected`, down to the smallest differing part."""
    if expected is None and actual is None:
        return []
    if expected is None:
        return [(path, None, actual, DifferenceType.ADD)]
    if actual is None:
        return [(path, expected, None, DifferenceType.REMOVE)]
    if isinstance(expected, dict) and isinstance(actual, dict):
        return [
            difference
            for key in sorted(set(expected) | set(actual))
            for difference in _diff_value(
                f"{path}/{_escape(key)}", None, actual.get(key), False
            )
        ]
    if isinstance(expected, list) and isinstance(actual, list):
        if unordered:
            return _diff_multiset(path, expected, actual)
        return _diff_sequence(path, expected, actual)
    if same_value(expected, actual):
        return []
    return [(path, expected, actual, DifferenceType.NOT_EQUAL)]


def x__diff_value__mutmut_13(path: str, expected: Any, actual: Any, unordered: bool) -> list[RawDifference]:
    """Where `actual` departs from `expected`, down to the smallest differing part."""
    if expected is None and actual is None:
        return []
    if expected is None:
        return [(path, None, actual, DifferenceType.ADD)]
    if actual is None:
        return [(path, expected, None, DifferenceType.REMOVE)]
    if isinstance(expected, dict) and isinstance(actual, dict):
        return [
            difference
            for key in sorted(set(expected) | set(actual))
            for difference in _diff_value(
                f"{path}/{_escape(key)}", expected.get(key), None, False
            )
        ]
    if isinstance(expected, list) and isinstance(actual, list):
        if unordered:
            return _diff_multiset(path, expected, actual)
        return _diff_sequence(path, expected, actual)
    if same_value(expected, actual):
        return []
    return [(path, expected, actual, DifferenceType.NOT_EQUAL)]


def x__diff_value__mutmut_14(path: str, expected: Any, actual: Any, unordered: bool) -> list[RawDifference]:
    """Where `actual` departs from `expected`, down to the smallest differing part."""
    if expected is None and actual is None:
        return []
    if expected is None:
        return [(path, None, actual, DifferenceType.ADD)]
    if actual is None:
        return [(path, expected, None, DifferenceType.REMOVE)]
    if isinstance(expected, dict) and isinstance(actual, dict):
        return [
            difference
            for key in sorted(set(expected) | set(actual))
            for difference in _diff_value(
                f"{path}/{_escape(key)}", expected.get(key), actual.get(key), None
            )
        ]
    if isinstance(expected, list) and isinstance(actual, list):
        if unordered:
            return _diff_multiset(path, expected, actual)
        return _diff_sequence(path, expected, actual)
    if same_value(expected, actual):
        return []
    return [(path, expected, actual, DifferenceType.NOT_EQUAL)]


def x__diff_value__mutmut_15(path: str, expected: Any, actual: Any, unordered: bool) -> list[RawDifference]:
    """Where `actual` departs from `expected`, down to the smallest differing part."""
    if expected is None and actual is None:
        return []
    if expected is None:
        return [(path, None, actual, DifferenceType.ADD)]
    if actual is None:
        return [(path, expected, None, DifferenceType.REMOVE)]
    if isinstance(expected, dict) and isinstance(actual, dict):
        return [
            difference
            for key in sorted(set(expected) | set(actual))
            for difference in _diff_value(
                expected.get(key), actual.get(key), False
            )
        ]
    if isinstance(expected, list) and isinstance(actual, list):
        if unordered:
            return _diff_multiset(path, expected, actual)
        return _diff_sequence(path, expected, actual)
    if same_value(expected, actual):
        return []
    return [(path, expected, actual, DifferenceType.NOT_EQUAL)]


def x__diff_value__mutmut_16(path: str, expected: Any, actual: Any, unordered: bool) -> list[RawDifference]:
    """Where `actual` departs from `expected`, down to the smallest differing part."""
    if expected is None and actual is None:
        return []
    if expected is None:
        return [(path, None, actual, DifferenceType.ADD)]
    if actual is None:
        return [(path, expected, None, DifferenceType.REMOVE)]
    if isinstance(expected, dict) and isinstance(actual, dict):
        return [
            difference
            for key in sorted(set(expected) | set(actual))
            for difference in _diff_value(
                f"{path}/{_escape(key)}", actual.get(key), False
            )
        ]
    if isinstance(expected, list) and isinstance(actual, list):
        if unordered:
            return _diff_multiset(path, expected, actual)
        return _diff_sequence(path, expected, actual)
    if same_value(expected, actual):
        return []
    return [(path, expected, actual, DifferenceType.NOT_EQUAL)]


def x__diff_value__mutmut_17(path: str, expected: Any, actual: Any, unordered: bool) -> list[RawDifference]:
    """Where `actual` departs from `expected`, down to the smallest differing part."""
    if expected is None and actual is None:
        return []
    if expected is None:
        return [(path, None, actual, DifferenceType.ADD)]
    if actual is None:
        return [(path, expected, None, DifferenceType.REMOVE)]
    if isinstance(expected, dict) and isinstance(actual, dict):
        return [
            difference
            for key in sorted(set(expected) | set(actual))
            for difference in _diff_value(
                f"{path}/{_escape(key)}", expected.get(key), False
            )
        ]
    if isinstance(expected, list) and isinstance(actual, list):
        if unordered:
            return _diff_multiset(path, expected, actual)
        return _diff_sequence(path, expected, actual)
    if same_value(expected, actual):
        return []
    return [(path, expected, actual, DifferenceType.NOT_EQUAL)]


def x__diff_value__mutmut_18(path: str, expected: Any, actual: Any, unordered: bool) -> list[RawDifference]:
    """Where `actual` departs from `expected`, down to the smallest differing part."""
    if expected is None and actual is None:
        return []
    if expected is None:
        return [(path, None, actual, DifferenceType.ADD)]
    if actual is None:
        return [(path, expected, None, DifferenceType.REMOVE)]
    if isinstance(expected, dict) and isinstance(actual, dict):
        return [
            difference
            for key in sorted(set(expected) | set(actual))
            for difference in _diff_value(
                f"{path}/{_escape(key)}", expected.get(key), actual.get(key), )
        ]
    if isinstance(expected, list) and isinstance(actual, list):
        if unordered:
            return _diff_multiset(path, expected, actual)
        return _diff_sequence(path, expected, actual)
    if same_value(expected, actual):
        return []
    return [(path, expected, actual, DifferenceType.NOT_EQUAL)]


def x__diff_value__mutmut_19(path: str, expected: Any, actual: Any, unordered: bool) -> list[RawDifference]:
    """Where `actual` departs from `expected`, down to the smallest differing part."""
    if expected is None and actual is None:
        return []
    if expected is None:
        return [(path, None, actual, DifferenceType.ADD)]
    if actual is None:
        return [(path, expected, None, DifferenceType.REMOVE)]
    if isinstance(expected, dict) and isinstance(actual, dict):
        return [
            difference
            for key in sorted(set(expected) | set(actual))
            for difference in _diff_value(
                f"{path}/{_escape(None)}", expected.get(key), actual.get(key), False
            )
        ]
    if isinstance(expected, list) and isinstance(actual, list):
        if unordered:
            return _diff_multiset(path, expected, actual)
        return _diff_sequence(path, expected, actual)
    if same_value(expected, actual):
        return []
    return [(path, expected, actual, DifferenceType.NOT_EQUAL)]


def x__diff_value__mutmut_20(path: str, expected: Any, actual: Any, unordered: bool) -> list[RawDifference]:
    """Where `actual` departs from `expected`, down to the smallest differing part."""
    if expected is None and actual is None:
        return []
    if expected is None:
        return [(path, None, actual, DifferenceType.ADD)]
    if actual is None:
        return [(path, expected, None, DifferenceType.REMOVE)]
    if isinstance(expected, dict) and isinstance(actual, dict):
        return [
            difference
            for key in sorted(set(expected) | set(actual))
            for difference in _diff_value(
                f"{path}/{_escape(key)}", expected.get(None), actual.get(key), False
            )
        ]
    if isinstance(expected, list) and isinstance(actual, list):
        if unordered:
            return _diff_multiset(path, expected, actual)
        return _diff_sequence(path, expected, actual)
    if same_value(expected, actual):
        return []
    return [(path, expected, actual, DifferenceType.NOT_EQUAL)]


def x__diff_value__mutmut_21(path: str, expected: Any, actual: Any, unordered: bool) -> list[RawDifference]:
    """Where `actual` departs from `expected`, down to the smallest differing part."""
    if expected is None and actual is None:
        return []
    if expected is None:
        return [(path, None, actual, DifferenceType.ADD)]
    if actual is None:
        return [(path, expected, None, DifferenceType.REMOVE)]
    if isinstance(expected, dict) and isinstance(actual, dict):
        return [
            difference
            for key in sorted(set(expected) | set(actual))
            for difference in _diff_value(
                f"{path}/{_escape(key)}", expected.get(key), actual.get(None), False
            )
        ]
    if isinstance(expected, list) and isinstance(actual, list):
        if unordered:
            return _diff_multiset(path, expected, actual)
        return _diff_sequence(path, expected, actual)
    if same_value(expected, actual):
        return []
    return [(path, expected, actual, DifferenceType.NOT_EQUAL)]


def x__diff_value__mutmut_22(path: str, expected: Any, actual: Any, unordered: bool) -> list[RawDifference]:
    """Where `actual` departs from `expected`, down to the smallest differing part."""
    if expected is None and actual is None:
        return []
    if expected is None:
        return [(path, None, actual, DifferenceType.ADD)]
    if actual is None:
        return [(path, expected, None, DifferenceType.REMOVE)]
    if isinstance(expected, dict) and isinstance(actual, dict):
        return [
            difference
            for key in sorted(set(expected) | set(actual))
            for difference in _diff_value(
                f"{path}/{_escape(key)}", expected.get(key), actual.get(key), True
            )
        ]
    if isinstance(expected, list) and isinstance(actual, list):
        if unordered:
            return _diff_multiset(path, expected, actual)
        return _diff_sequence(path, expected, actual)
    if same_value(expected, actual):
        return []
    return [(path, expected, actual, DifferenceType.NOT_EQUAL)]


def x__diff_value__mutmut_23(path: str, expected: Any, actual: Any, unordered: bool) -> list[RawDifference]:
    """Where `actual` departs from `expected`, down to the smallest differing part."""
    if expected is None and actual is None:
        return []
    if expected is None:
        return [(path, None, actual, DifferenceType.ADD)]
    if actual is None:
        return [(path, expected, None, DifferenceType.REMOVE)]
    if isinstance(expected, dict) and isinstance(actual, dict):
        return [
            difference
            for key in sorted(set(expected) | set(actual))
            for difference in _diff_value(
                f"{path}/{_escape(key)}", expected.get(key), actual.get(key), False
            )
        ]
    if isinstance(expected, list) or isinstance(actual, list):
        if unordered:
            return _diff_multiset(path, expected, actual)
        return _diff_sequence(path, expected, actual)
    if same_value(expected, actual):
        return []
    return [(path, expected, actual, DifferenceType.NOT_EQUAL)]


def x__diff_value__mutmut_24(path: str, expected: Any, actual: Any, unordered: bool) -> list[RawDifference]:
    """Where `actual` departs from `expected`, down to the smallest differing part."""
    if expected is None and actual is None:
        return []
    if expected is None:
        return [(path, None, actual, DifferenceType.ADD)]
    if actual is None:
        return [(path, expected, None, DifferenceType.REMOVE)]
    if isinstance(expected, dict) and isinstance(actual, dict):
        return [
            difference
            for key in sorted(set(expected) | set(actual))
            for difference in _diff_value(
                f"{path}/{_escape(key)}", expected.get(key), actual.get(key), False
            )
        ]
    if isinstance(expected, list) and isinstance(actual, list):
        if unordered:
            return _diff_multiset(None, expected, actual)
        return _diff_sequence(path, expected, actual)
    if same_value(expected, actual):
        return []
    return [(path, expected, actual, DifferenceType.NOT_EQUAL)]


def x__diff_value__mutmut_25(path: str, expected: Any, actual: Any, unordered: bool) -> list[RawDifference]:
    """Where `actual` departs from `expected`, down to the smallest differing part."""
    if expected is None and actual is None:
        return []
    if expected is None:
        return [(path, None, actual, DifferenceType.ADD)]
    if actual is None:
        return [(path, expected, None, DifferenceType.REMOVE)]
    if isinstance(expected, dict) and isinstance(actual, dict):
        return [
            difference
            for key in sorted(set(expected) | set(actual))
            for difference in _diff_value(
                f"{path}/{_escape(key)}", expected.get(key), actual.get(key), False
            )
        ]
    if isinstance(expected, list) and isinstance(actual, list):
        if unordered:
            return _diff_multiset(path, None, actual)
        return _diff_sequence(path, expected, actual)
    if same_value(expected, actual):
        return []
    return [(path, expected, actual, DifferenceType.NOT_EQUAL)]


def x__diff_value__mutmut_26(path: str, expected: Any, actual: Any, unordered: bool) -> list[RawDifference]:
    """Where `actual` departs from `expected`, down to the smallest differing part."""
    if expected is None and actual is None:
        return []
    if expected is None:
        return [(path, None, actual, DifferenceType.ADD)]
    if actual is None:
        return [(path, expected, None, DifferenceType.REMOVE)]
    if isinstance(expected, dict) and isinstance(actual, dict):
        return [
            difference
            for key in sorted(set(expected) | set(actual))
            for difference in _diff_value(
                f"{path}/{_escape(key)}", expected.get(key), actual.get(key), False
            )
        ]
    if isinstance(expected, list) and isinstance(actual, list):
        if unordered:
            return _diff_multiset(path, expected, None)
        return _diff_sequence(path, expected, actual)
    if same_value(expected, actual):
        return []
    return [(path, expected, actual, DifferenceType.NOT_EQUAL)]


def x__diff_value__mutmut_27(path: str, expected: Any, actual: Any, unordered: bool) -> list[RawDifference]:
    """Where `actual` departs from `expected`, down to the smallest differing part."""
    if expected is None and actual is None:
        return []
    if expected is None:
        return [(path, None, actual, DifferenceType.ADD)]
    if actual is None:
        return [(path, expected, None, DifferenceType.REMOVE)]
    if isinstance(expected, dict) and isinstance(actual, dict):
        return [
            difference
            for key in sorted(set(expected) | set(actual))
            for difference in _diff_value(
                f"{path}/{_escape(key)}", expected.get(key), actual.get(key), False
            )
        ]
    if isinstance(expected, list) and isinstance(actual, list):
        if unordered:
            return _diff_multiset(expected, actual)
        return _diff_sequence(path, expected, actual)
    if same_value(expected, actual):
        return []
    return [(path, expected, actual, DifferenceType.NOT_EQUAL)]


def x__diff_value__mutmut_28(path: str, expected: Any, actual: Any, unordered: bool) -> list[RawDifference]:
    """Where `actual` departs from `expected`, down to the smallest differing part."""
    if expected is None and actual is None:
        return []
    if expected is None:
        return [(path, None, actual, DifferenceType.ADD)]
    if actual is None:
        return [(path, expected, None, DifferenceType.REMOVE)]
    if isinstance(expected, dict) and isinstance(actual, dict):
        return [
            difference
            for key in sorted(set(expected) | set(actual))
            for difference in _diff_value(
                f"{path}/{_escape(key)}", expected.get(key), actual.get(key), False
            )
        ]
    if isinstance(expected, list) and isinstance(actual, list):
        if unordered:
            return _diff_multiset(path, actual)
        return _diff_sequence(path, expected, actual)
    if same_value(expected, actual):
        return []
    return [(path, expected, actual, DifferenceType.NOT_EQUAL)]


def x__diff_value__mutmut_29(path: str, expected: Any, actual: Any, unordered: bool) -> list[RawDifference]:
    """Where `actual` departs from `expected`, down to the smallest differing part."""
    if expected is None and actual is None:
        return []
    if expected is None:
        return [(path, None, actual, DifferenceType.ADD)]
    if actual is None:
        return [(path, expected, None, DifferenceType.REMOVE)]
    if isinstance(expected, dict) and isinstance(actual, dict):
        return [
            difference
            for key in sorted(set(expected) | set(actual))
            for difference in _diff_value(
                f"{path}/{_escape(key)}", expected.get(key), actual.get(key), False
            )
        ]
    if isinstance(expected, list) and isinstance(actual, list):
        if unordered:
            return _diff_multiset(path, expected, )
        return _diff_sequence(path, expected, actual)
    if same_value(expected, actual):
        return []
    return [(path, expected, actual, DifferenceType.NOT_EQUAL)]


def x__diff_value__mutmut_30(path: str, expected: Any, actual: Any, unordered: bool) -> list[RawDifference]:
    """Where `actual` departs from `expected`, down to the smallest differing part."""
    if expected is None and actual is None:
        return []
    if expected is None:
        return [(path, None, actual, DifferenceType.ADD)]
    if actual is None:
        return [(path, expected, None, DifferenceType.REMOVE)]
    if isinstance(expected, dict) and isinstance(actual, dict):
        return [
            difference
            for key in sorted(set(expected) | set(actual))
            for difference in _diff_value(
                f"{path}/{_escape(key)}", expected.get(key), actual.get(key), False
            )
        ]
    if isinstance(expected, list) and isinstance(actual, list):
        if unordered:
            return _diff_multiset(path, expected, actual)
        return _diff_sequence(None, expected, actual)
    if same_value(expected, actual):
        return []
    return [(path, expected, actual, DifferenceType.NOT_EQUAL)]


def x__diff_value__mutmut_31(path: str, expected: Any, actual: Any, unordered: bool) -> list[RawDifference]:
    """Where `actual` departs from `expected`, down to the smallest differing part."""
    if expected is None and actual is None:
        return []
    if expected is None:
        return [(path, None, actual, DifferenceType.ADD)]
    if actual is None:
        return [(path, expected, None, DifferenceType.REMOVE)]
    if isinstance(expected, dict) and isinstance(actual, dict):
        return [
            difference
            for key in sorted(set(expected) | set(actual))
            for difference in _diff_value(
                f"{path}/{_escape(key)}", expected.get(key), actual.get(key), False
            )
        ]
    if isinstance(expected, list) and isinstance(actual, list):
        if unordered:
            return _diff_multiset(path, expected, actual)
        return _diff_sequence(path, None, actual)
    if same_value(expected, actual):
        return []
    return [(path, expected, actual, DifferenceType.NOT_EQUAL)]


def x__diff_value__mutmut_32(path: str, expected: Any, actual: Any, unordered: bool) -> list[RawDifference]:
    """Where `actual` departs from `expected`, down to the smallest differing part."""
    if expected is None and actual is None:
        return []
    if expected is None:
        return [(path, None, actual, DifferenceType.ADD)]
    if actual is None:
        return [(path, expected, None, DifferenceType.REMOVE)]
    if isinstance(expected, dict) and isinstance(actual, dict):
        return [
            difference
            for key in sorted(set(expected) | set(actual))
            for difference in _diff_value(
                f"{path}/{_escape(key)}", expected.get(key), actual.get(key), False
            )
        ]
    if isinstance(expected, list) and isinstance(actual, list):
        if unordered:
            return _diff_multiset(path, expected, actual)
        return _diff_sequence(path, expected, None)
    if same_value(expected, actual):
        return []
    return [(path, expected, actual, DifferenceType.NOT_EQUAL)]


def x__diff_value__mutmut_33(path: str, expected: Any, actual: Any, unordered: bool) -> list[RawDifference]:
    """Where `actual` departs from `expected`, down to the smallest differing part."""
    if expected is None and actual is None:
        return []
    if expected is None:
        return [(path, None, actual, DifferenceType.ADD)]
    if actual is None:
        return [(path, expected, None, DifferenceType.REMOVE)]
    if isinstance(expected, dict) and isinstance(actual, dict):
        return [
            difference
            for key in sorted(set(expected) | set(actual))
            for difference in _diff_value(
                f"{path}/{_escape(key)}", expected.get(key), actual.get(key), False
            )
        ]
    if isinstance(expected, list) and isinstance(actual, list):
        if unordered:
            return _diff_multiset(path, expected, actual)
        return _diff_sequence(expected, actual)
    if same_value(expected, actual):
        return []
    return [(path, expected, actual, DifferenceType.NOT_EQUAL)]


def x__diff_value__mutmut_34(path: str, expected: Any, actual: Any, unordered: bool) -> list[RawDifference]:
    """Where `actual` departs from `expected`, down to the smallest differing part."""
    if expected is None and actual is None:
        return []
    if expected is None:
        return [(path, None, actual, DifferenceType.ADD)]
    if actual is None:
        return [(path, expected, None, DifferenceType.REMOVE)]
    if isinstance(expected, dict) and isinstance(actual, dict):
        return [
            difference
            for key in sorted(set(expected) | set(actual))
            for difference in _diff_value(
                f"{path}/{_escape(key)}", expected.get(key), actual.get(key), False
            )
        ]
    if isinstance(expected, list) and isinstance(actual, list):
        if unordered:
            return _diff_multiset(path, expected, actual)
        return _diff_sequence(path, actual)
    if same_value(expected, actual):
        return []
    return [(path, expected, actual, DifferenceType.NOT_EQUAL)]


def x__diff_value__mutmut_35(path: str, expected: Any, actual: Any, unordered: bool) -> list[RawDifference]:
    """Where `actual` departs from `expected`, down to the smallest differing part."""
    if expected is None and actual is None:
        return []
    if expected is None:
        return [(path, None, actual, DifferenceType.ADD)]
    if actual is None:
        return [(path, expected, None, DifferenceType.REMOVE)]
    if isinstance(expected, dict) and isinstance(actual, dict):
        return [
            difference
            for key in sorted(set(expected) | set(actual))
            for difference in _diff_value(
                f"{path}/{_escape(key)}", expected.get(key), actual.get(key), False
            )
        ]
    if isinstance(expected, list) and isinstance(actual, list):
        if unordered:
            return _diff_multiset(path, expected, actual)
        return _diff_sequence(path, expected, )
    if same_value(expected, actual):
        return []
    return [(path, expected, actual, DifferenceType.NOT_EQUAL)]


def x__diff_value__mutmut_36(path: str, expected: Any, actual: Any, unordered: bool) -> list[RawDifference]:
    """Where `actual` departs from `expected`, down to the smallest differing part."""
    if expected is None and actual is None:
        return []
    if expected is None:
        return [(path, None, actual, DifferenceType.ADD)]
    if actual is None:
        return [(path, expected, None, DifferenceType.REMOVE)]
    if isinstance(expected, dict) and isinstance(actual, dict):
        return [
            difference
            for key in sorted(set(expected) | set(actual))
            for difference in _diff_value(
                f"{path}/{_escape(key)}", expected.get(key), actual.get(key), False
            )
        ]
    if isinstance(expected, list) and isinstance(actual, list):
        if unordered:
            return _diff_multiset(path, expected, actual)
        return _diff_sequence(path, expected, actual)
    if same_value(None, actual):
        return []
    return [(path, expected, actual, DifferenceType.NOT_EQUAL)]


def x__diff_value__mutmut_37(path: str, expected: Any, actual: Any, unordered: bool) -> list[RawDifference]:
    """Where `actual` departs from `expected`, down to the smallest differing part."""
    if expected is None and actual is None:
        return []
    if expected is None:
        return [(path, None, actual, DifferenceType.ADD)]
    if actual is None:
        return [(path, expected, None, DifferenceType.REMOVE)]
    if isinstance(expected, dict) and isinstance(actual, dict):
        return [
            difference
            for key in sorted(set(expected) | set(actual))
            for difference in _diff_value(
                f"{path}/{_escape(key)}", expected.get(key), actual.get(key), False
            )
        ]
    if isinstance(expected, list) and isinstance(actual, list):
        if unordered:
            return _diff_multiset(path, expected, actual)
        return _diff_sequence(path, expected, actual)
    if same_value(expected, None):
        return []
    return [(path, expected, actual, DifferenceType.NOT_EQUAL)]


def x__diff_value__mutmut_38(path: str, expected: Any, actual: Any, unordered: bool) -> list[RawDifference]:
    """Where `actual` departs from `expected`, down to the smallest differing part."""
    if expected is None and actual is None:
        return []
    if expected is None:
        return [(path, None, actual, DifferenceType.ADD)]
    if actual is None:
        return [(path, expected, None, DifferenceType.REMOVE)]
    if isinstance(expected, dict) and isinstance(actual, dict):
        return [
            difference
            for key in sorted(set(expected) | set(actual))
            for difference in _diff_value(
                f"{path}/{_escape(key)}", expected.get(key), actual.get(key), False
            )
        ]
    if isinstance(expected, list) and isinstance(actual, list):
        if unordered:
            return _diff_multiset(path, expected, actual)
        return _diff_sequence(path, expected, actual)
    if same_value(actual):
        return []
    return [(path, expected, actual, DifferenceType.NOT_EQUAL)]


def x__diff_value__mutmut_39(path: str, expected: Any, actual: Any, unordered: bool) -> list[RawDifference]:
    """Where `actual` departs from `expected`, down to the smallest differing part."""
    if expected is None and actual is None:
        return []
    if expected is None:
        return [(path, None, actual, DifferenceType.ADD)]
    if actual is None:
        return [(path, expected, None, DifferenceType.REMOVE)]
    if isinstance(expected, dict) and isinstance(actual, dict):
        return [
            difference
            for key in sorted(set(expected) | set(actual))
            for difference in _diff_value(
                f"{path}/{_escape(key)}", expected.get(key), actual.get(key), False
            )
        ]
    if isinstance(expected, list) and isinstance(actual, list):
        if unordered:
            return _diff_multiset(path, expected, actual)
        return _diff_sequence(path, expected, actual)
    if same_value(expected, ):
        return []
    return [(path, expected, actual, DifferenceType.NOT_EQUAL)]

mutants_x__diff_value__mutmut['_mutmut_orig'] = x__diff_value__mutmut_orig # type: ignore # mutmut generated
mutants_x__diff_value__mutmut['x__diff_value__mutmut_1'] = x__diff_value__mutmut_1 # type: ignore # mutmut generated
mutants_x__diff_value__mutmut['x__diff_value__mutmut_2'] = x__diff_value__mutmut_2 # type: ignore # mutmut generated
mutants_x__diff_value__mutmut['x__diff_value__mutmut_3'] = x__diff_value__mutmut_3 # type: ignore # mutmut generated
mutants_x__diff_value__mutmut['x__diff_value__mutmut_4'] = x__diff_value__mutmut_4 # type: ignore # mutmut generated
mutants_x__diff_value__mutmut['x__diff_value__mutmut_5'] = x__diff_value__mutmut_5 # type: ignore # mutmut generated
mutants_x__diff_value__mutmut['x__diff_value__mutmut_6'] = x__diff_value__mutmut_6 # type: ignore # mutmut generated
mutants_x__diff_value__mutmut['x__diff_value__mutmut_7'] = x__diff_value__mutmut_7 # type: ignore # mutmut generated
mutants_x__diff_value__mutmut['x__diff_value__mutmut_8'] = x__diff_value__mutmut_8 # type: ignore # mutmut generated
mutants_x__diff_value__mutmut['x__diff_value__mutmut_9'] = x__diff_value__mutmut_9 # type: ignore # mutmut generated
mutants_x__diff_value__mutmut['x__diff_value__mutmut_10'] = x__diff_value__mutmut_10 # type: ignore # mutmut generated
mutants_x__diff_value__mutmut['x__diff_value__mutmut_11'] = x__diff_value__mutmut_11 # type: ignore # mutmut generated
mutants_x__diff_value__mutmut['x__diff_value__mutmut_12'] = x__diff_value__mutmut_12 # type: ignore # mutmut generated
mutants_x__diff_value__mutmut['x__diff_value__mutmut_13'] = x__diff_value__mutmut_13 # type: ignore # mutmut generated
mutants_x__diff_value__mutmut['x__diff_value__mutmut_14'] = x__diff_value__mutmut_14 # type: ignore # mutmut generated
mutants_x__diff_value__mutmut['x__diff_value__mutmut_15'] = x__diff_value__mutmut_15 # type: ignore # mutmut generated
mutants_x__diff_value__mutmut['x__diff_value__mutmut_16'] = x__diff_value__mutmut_16 # type: ignore # mutmut generated
mutants_x__diff_value__mutmut['x__diff_value__mutmut_17'] = x__diff_value__mutmut_17 # type: ignore # mutmut generated
mutants_x__diff_value__mutmut['x__diff_value__mutmut_18'] = x__diff_value__mutmut_18 # type: ignore # mutmut generated
mutants_x__diff_value__mutmut['x__diff_value__mutmut_19'] = x__diff_value__mutmut_19 # type: ignore # mutmut generated
mutants_x__diff_value__mutmut['x__diff_value__mutmut_20'] = x__diff_value__mutmut_20 # type: ignore # mutmut generated
mutants_x__diff_value__mutmut['x__diff_value__mutmut_21'] = x__diff_value__mutmut_21 # type: ignore # mutmut generated
mutants_x__diff_value__mutmut['x__diff_value__mutmut_22'] = x__diff_value__mutmut_22 # type: ignore # mutmut generated
mutants_x__diff_value__mutmut['x__diff_value__mutmut_23'] = x__diff_value__mutmut_23 # type: ignore # mutmut generated
mutants_x__diff_value__mutmut['x__diff_value__mutmut_24'] = x__diff_value__mutmut_24 # type: ignore # mutmut generated
mutants_x__diff_value__mutmut['x__diff_value__mutmut_25'] = x__diff_value__mutmut_25 # type: ignore # mutmut generated
mutants_x__diff_value__mutmut['x__diff_value__mutmut_26'] = x__diff_value__mutmut_26 # type: ignore # mutmut generated
mutants_x__diff_value__mutmut['x__diff_value__mutmut_27'] = x__diff_value__mutmut_27 # type: ignore # mutmut generated
mutants_x__diff_value__mutmut['x__diff_value__mutmut_28'] = x__diff_value__mutmut_28 # type: ignore # mutmut generated
mutants_x__diff_value__mutmut['x__diff_value__mutmut_29'] = x__diff_value__mutmut_29 # type: ignore # mutmut generated
mutants_x__diff_value__mutmut['x__diff_value__mutmut_30'] = x__diff_value__mutmut_30 # type: ignore # mutmut generated
mutants_x__diff_value__mutmut['x__diff_value__mutmut_31'] = x__diff_value__mutmut_31 # type: ignore # mutmut generated
mutants_x__diff_value__mutmut['x__diff_value__mutmut_32'] = x__diff_value__mutmut_32 # type: ignore # mutmut generated
mutants_x__diff_value__mutmut['x__diff_value__mutmut_33'] = x__diff_value__mutmut_33 # type: ignore # mutmut generated
mutants_x__diff_value__mutmut['x__diff_value__mutmut_34'] = x__diff_value__mutmut_34 # type: ignore # mutmut generated
mutants_x__diff_value__mutmut['x__diff_value__mutmut_35'] = x__diff_value__mutmut_35 # type: ignore # mutmut generated
mutants_x__diff_value__mutmut['x__diff_value__mutmut_36'] = x__diff_value__mutmut_36 # type: ignore # mutmut generated
mutants_x__diff_value__mutmut['x__diff_value__mutmut_37'] = x__diff_value__mutmut_37 # type: ignore # mutmut generated
mutants_x__diff_value__mutmut['x__diff_value__mutmut_38'] = x__diff_value__mutmut_38 # type: ignore # mutmut generated
mutants_x__diff_value__mutmut['x__diff_value__mutmut_39'] = x__diff_value__mutmut_39 # type: ignore # mutmut generated
mutants_x__diff_sequence__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__diff_sequence__mutmut)
def _diff_sequence(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
    found: list[RawDifference] = []
    for index in range(max(len(expected), len(actual))):
        found.extend(
            _diff_value(
                f"{path}/{index}",
                expected[index] if index < len(expected) else None,
                actual[index] if index < len(actual) else None,
                False,
            )
        )
    return found


def x__diff_sequence__mutmut_orig(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
    found: list[RawDifference] = []
    for index in range(max(len(expected), len(actual))):
        found.extend(
            _diff_value(
                f"{path}/{index}",
                expected[index] if index < len(expected) else None,
                actual[index] if index < len(actual) else None,
                False,
            )
        )
    return found


def x__diff_sequence__mutmut_1(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
    found: list[RawDifference] = None
    for index in range(max(len(expected), len(actual))):
        found.extend(
            _diff_value(
                f"{path}/{index}",
                expected[index] if index < len(expected) else None,
                actual[index] if index < len(actual) else None,
                False,
            )
        )
    return found


def x__diff_sequence__mutmut_2(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
    found: list[RawDifference] = []
    for index in range(None):
        found.extend(
            _diff_value(
                f"{path}/{index}",
                expected[index] if index < len(expected) else None,
                actual[index] if index < len(actual) else None,
                False,
            )
        )
    return found


def x__diff_sequence__mutmut_3(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
    found: list[RawDifference] = []
    for index in range(max(None, len(actual))):
        found.extend(
            _diff_value(
                f"{path}/{index}",
                expected[index] if index < len(expected) else None,
                actual[index] if index < len(actual) else None,
                False,
            )
        )
    return found


def x__diff_sequence__mutmut_4(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
    found: list[RawDifference] = []
    for index in range(max(len(expected), None)):
        found.extend(
            _diff_value(
                f"{path}/{index}",
                expected[index] if index < len(expected) else None,
                actual[index] if index < len(actual) else None,
                False,
            )
        )
    return found


def x__diff_sequence__mutmut_5(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
    found: list[RawDifference] = []
    for index in range(max(len(actual))):
        found.extend(
            _diff_value(
                f"{path}/{index}",
                expected[index] if index < len(expected) else None,
                actual[index] if index < len(actual) else None,
                False,
            )
        )
    return found


def x__diff_sequence__mutmut_6(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
    found: list[RawDifference] = []
    for index in range(max(len(expected), )):
        found.extend(
            _diff_value(
                f"{path}/{index}",
                expected[index] if index < len(expected) else None,
                actual[index] if index < len(actual) else None,
                False,
            )
        )
    return found


def x__diff_sequence__mutmut_7(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
    found: list[RawDifference] = []
    for index in range(max(len(expected), len(actual))):
        found.extend(
            None
        )
    return found


def x__diff_sequence__mutmut_8(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
    found: list[RawDifference] = []
    for index in range(max(len(expected), len(actual))):
        found.extend(
            _diff_value(
                None,
                expected[index] if index < len(expected) else None,
                actual[index] if index < len(actual) else None,
                False,
            )
        )
    return found


def x__diff_sequence__mutmut_9(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
    found: list[RawDifference] = []
    for index in range(max(len(expected), len(actual))):
        found.extend(
            _diff_value(
                f"{path}/{index}",
                None,
                actual[index] if index < len(actual) else None,
                False,
            )
        )
    return found


def x__diff_sequence__mutmut_10(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
    found: list[RawDifference] = []
    for index in range(max(len(expected), len(actual))):
        found.extend(
            _diff_value(
                f"{path}/{index}",
                expected[index] if index < len(expected) else None,
                None,
                False,
            )
        )
    return found


def x__diff_sequence__mutmut_11(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
    found: list[RawDifference] = []
    for index in range(max(len(expected), len(actual))):
        found.extend(
            _diff_value(
                f"{path}/{index}",
                expected[index] if index < len(expected) else None,
                actual[index] if index < len(actual) else None,
                None,
            )
        )
    return found


def x__diff_sequence__mutmut_12(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
    found: list[RawDifference] = []
    for index in range(max(len(expected), len(actual))):
        found.extend(
            _diff_value(
                expected[index] if index < len(expected) else None,
                actual[index] if index < len(actual) else None,
                False,
            )
        )
    return found


def x__diff_sequence__mutmut_13(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
    found: list[RawDifference] = []
    for index in range(max(len(expected), len(actual))):
        found.extend(
            _diff_value(
                f"{path}/{index}",
                actual[index] if index < len(actual) else None,
                False,
            )
        )
    return found


def x__diff_sequence__mutmut_14(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
    found: list[RawDifference] = []
    for index in range(max(len(expected), len(actual))):
        found.extend(
            _diff_value(
                f"{path}/{index}",
                expected[index] if index < len(expected) else None,
                False,
            )
        )
    return found


def x__diff_sequence__mutmut_15(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
    found: list[RawDifference] = []
    for index in range(max(len(expected), len(actual))):
        found.extend(
            _diff_value(
                f"{path}/{index}",
                expected[index] if index < len(expected) else None,
                actual[index] if index < len(actual) else None,
                )
        )
    return found


def x__diff_sequence__mutmut_16(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
    found: list[RawDifference] = []
    for index in range(max(len(expected), len(actual))):
        found.extend(
            _diff_value(
                f"{path}/{index}",
                expected[index] if (index < len(expected)) and False else None,
                actual[index] if index < len(actual) else None,
                False,
            )
        )
    return found


def x__diff_sequence__mutmut_17(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
    found: list[RawDifference] = []
    for index in range(max(len(expected), len(actual))):
        found.extend(
            _diff_value(
                f"{path}/{index}",
                expected[index] if (index < len(expected)) or True else None,
                actual[index] if index < len(actual) else None,
                False,
            )
        )
    return found


def x__diff_sequence__mutmut_18(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
    found: list[RawDifference] = []
    for index in range(max(len(expected), len(actual))):
        found.extend(
            _diff_value(
                f"{path}/{index}",
                expected[index] if index <= len(expected) else None,
                actual[index] if index < len(actual) else None,
                False,
            )
        )
    return found


def x__diff_sequence__mutmut_19(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
    found: list[RawDifference] = []
    for index in range(max(len(expected), len(actual))):
        found.extend(
            _diff_value(
                f"{path}/{index}",
                expected[index] if index < len(expected) else None,
                actual[index] if (index < len(actual)) and False else None,
                False,
            )
        )
    return found


def x__diff_sequence__mutmut_20(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
    found: list[RawDifference] = []
    for index in range(max(len(expected), len(actual))):
        found.extend(
            _diff_value(
                f"{path}/{index}",
                expected[index] if index < len(expected) else None,
                actual[index] if (index < len(actual)) or True else None,
                False,
            )
        )
    return found


def x__diff_sequence__mutmut_21(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
    found: list[RawDifference] = []
    for index in range(max(len(expected), len(actual))):
        found.extend(
            _diff_value(
                f"{path}/{index}",
                expected[index] if index < len(expected) else None,
                actual[index] if index <= len(actual) else None,
                False,
            )
        )
    return found


def x__diff_sequence__mutmut_22(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
    found: list[RawDifference] = []
    for index in range(max(len(expected), len(actual))):
        found.extend(
            _diff_value(
                f"{path}/{index}",
                expected[index] if index < len(expected) else None,
                actual[index] if index < len(actual) else None,
                True,
            )
        )
    return found

mutants_x__diff_sequence__mutmut['_mutmut_orig'] = x__diff_sequence__mutmut_orig # type: ignore # mutmut generated
mutants_x__diff_sequence__mutmut['x__diff_sequence__mutmut_1'] = x__diff_sequence__mutmut_1 # type: ignore # mutmut generated
mutants_x__diff_sequence__mutmut['x__diff_sequence__mutmut_2'] = x__diff_sequence__mutmut_2 # type: ignore # mutmut generated
mutants_x__diff_sequence__mutmut['x__diff_sequence__mutmut_3'] = x__diff_sequence__mutmut_3 # type: ignore # mutmut generated
mutants_x__diff_sequence__mutmut['x__diff_sequence__mutmut_4'] = x__diff_sequence__mutmut_4 # type: ignore # mutmut generated
mutants_x__diff_sequence__mutmut['x__diff_sequence__mutmut_5'] = x__diff_sequence__mutmut_5 # type: ignore # mutmut generated
mutants_x__diff_sequence__mutmut['x__diff_sequence__mutmut_6'] = x__diff_sequence__mutmut_6 # type: ignore # mutmut generated
mutants_x__diff_sequence__mutmut['x__diff_sequence__mutmut_7'] = x__diff_sequence__mutmut_7 # type: ignore # mutmut generated
mutants_x__diff_sequence__mutmut['x__diff_sequence__mutmut_8'] = x__diff_sequence__mutmut_8 # type: ignore # mutmut generated
mutants_x__diff_sequence__mutmut['x__diff_sequence__mutmut_9'] = x__diff_sequence__mutmut_9 # type: ignore # mutmut generated
mutants_x__diff_sequence__mutmut['x__diff_sequence__mutmut_10'] = x__diff_sequence__mutmut_10 # type: ignore # mutmut generated
mutants_x__diff_sequence__mutmut['x__diff_sequence__mutmut_11'] = x__diff_sequence__mutmut_11 # type: ignore # mutmut generated
mutants_x__diff_sequence__mutmut['x__diff_sequence__mutmut_12'] = x__diff_sequence__mutmut_12 # type: ignore # mutmut generated
mutants_x__diff_sequence__mutmut['x__diff_sequence__mutmut_13'] = x__diff_sequence__mutmut_13 # type: ignore # mutmut generated
mutants_x__diff_sequence__mutmut['x__diff_sequence__mutmut_14'] = x__diff_sequence__mutmut_14 # type: ignore # mutmut generated
mutants_x__diff_sequence__mutmut['x__diff_sequence__mutmut_15'] = x__diff_sequence__mutmut_15 # type: ignore # mutmut generated
mutants_x__diff_sequence__mutmut['x__diff_sequence__mutmut_16'] = x__diff_sequence__mutmut_16 # type: ignore # mutmut generated
mutants_x__diff_sequence__mutmut['x__diff_sequence__mutmut_17'] = x__diff_sequence__mutmut_17 # type: ignore # mutmut generated
mutants_x__diff_sequence__mutmut['x__diff_sequence__mutmut_18'] = x__diff_sequence__mutmut_18 # type: ignore # mutmut generated
mutants_x__diff_sequence__mutmut['x__diff_sequence__mutmut_19'] = x__diff_sequence__mutmut_19 # type: ignore # mutmut generated
mutants_x__diff_sequence__mutmut['x__diff_sequence__mutmut_20'] = x__diff_sequence__mutmut_20 # type: ignore # mutmut generated
mutants_x__diff_sequence__mutmut['x__diff_sequence__mutmut_21'] = x__diff_sequence__mutmut_21 # type: ignore # mutmut generated
mutants_x__diff_sequence__mutmut['x__diff_sequence__mutmut_22'] = x__diff_sequence__mutmut_22 # type: ignore # mutmut generated
mutants_x__diff_multiset__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__diff_multiset__mutmut)
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


def x__diff_multiset__mutmut_orig(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
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


def x__diff_multiset__mutmut_1(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
    """Members only one side has; indexes point into that side in canonical order.

    As CloudFormation does for unordered lists: a REMOVE indexes the expected list, an ADD
    the actual one, both sorted so that a report never changes with listing order.
    """
    expected_sorted = None
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


def x__diff_multiset__mutmut_2(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
    """Members only one side has; indexes point into that side in canonical order.

    As CloudFormation does for unordered lists: a REMOVE indexes the expected list, an ADD
    the actual one, both sorted so that a report never changes with listing order.
    """
    expected_sorted = sorted(None, key=canonical_json)
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


def x__diff_multiset__mutmut_3(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
    """Members only one side has; indexes point into that side in canonical order.

    As CloudFormation does for unordered lists: a REMOVE indexes the expected list, an ADD
    the actual one, both sorted so that a report never changes with listing order.
    """
    expected_sorted = sorted(expected, key=None)
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


def x__diff_multiset__mutmut_4(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
    """Members only one side has; indexes point into that side in canonical order.

    As CloudFormation does for unordered lists: a REMOVE indexes the expected list, an ADD
    the actual one, both sorted so that a report never changes with listing order.
    """
    expected_sorted = sorted(key=canonical_json)
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


def x__diff_multiset__mutmut_5(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
    """Members only one side has; indexes point into that side in canonical order.

    As CloudFormation does for unordered lists: a REMOVE indexes the expected list, an ADD
    the actual one, both sorted so that a report never changes with listing order.
    """
    expected_sorted = sorted(expected, )
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


def x__diff_multiset__mutmut_6(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
    """Members only one side has; indexes point into that side in canonical order.

    As CloudFormation does for unordered lists: a REMOVE indexes the expected list, an ADD
    the actual one, both sorted so that a report never changes with listing order.
    """
    expected_sorted = sorted(expected, key=canonical_json)
    actual_sorted = None
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


def x__diff_multiset__mutmut_7(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
    """Members only one side has; indexes point into that side in canonical order.

    As CloudFormation does for unordered lists: a REMOVE indexes the expected list, an ADD
    the actual one, both sorted so that a report never changes with listing order.
    """
    expected_sorted = sorted(expected, key=canonical_json)
    actual_sorted = sorted(None, key=canonical_json)
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


def x__diff_multiset__mutmut_8(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
    """Members only one side has; indexes point into that side in canonical order.

    As CloudFormation does for unordered lists: a REMOVE indexes the expected list, an ADD
    the actual one, both sorted so that a report never changes with listing order.
    """
    expected_sorted = sorted(expected, key=canonical_json)
    actual_sorted = sorted(actual, key=None)
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


def x__diff_multiset__mutmut_9(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
    """Members only one side has; indexes point into that side in canonical order.

    As CloudFormation does for unordered lists: a REMOVE indexes the expected list, an ADD
    the actual one, both sorted so that a report never changes with listing order.
    """
    expected_sorted = sorted(expected, key=canonical_json)
    actual_sorted = sorted(key=canonical_json)
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


def x__diff_multiset__mutmut_10(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
    """Members only one side has; indexes point into that side in canonical order.

    As CloudFormation does for unordered lists: a REMOVE indexes the expected list, an ADD
    the actual one, both sorted so that a report never changes with listing order.
    """
    expected_sorted = sorted(expected, key=canonical_json)
    actual_sorted = sorted(actual, )
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


def x__diff_multiset__mutmut_11(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
    """Members only one side has; indexes point into that side in canonical order.

    As CloudFormation does for unordered lists: a REMOVE indexes the expected list, an ADD
    the actual one, both sorted so that a report never changes with listing order.
    """
    expected_sorted = sorted(expected, key=canonical_json)
    actual_sorted = sorted(actual, key=canonical_json)
    unmatched_actual = None
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


def x__diff_multiset__mutmut_12(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
    """Members only one side has; indexes point into that side in canonical order.

    As CloudFormation does for unordered lists: a REMOVE indexes the expected list, an ADD
    the actual one, both sorted so that a report never changes with listing order.
    """
    expected_sorted = sorted(expected, key=canonical_json)
    actual_sorted = sorted(actual, key=canonical_json)
    unmatched_actual = Counter(None)
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


def x__diff_multiset__mutmut_13(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
    """Members only one side has; indexes point into that side in canonical order.

    As CloudFormation does for unordered lists: a REMOVE indexes the expected list, an ADD
    the actual one, both sorted so that a report never changes with listing order.
    """
    expected_sorted = sorted(expected, key=canonical_json)
    actual_sorted = sorted(actual, key=canonical_json)
    unmatched_actual = Counter(canonical_json(None) for item in actual_sorted)
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


def x__diff_multiset__mutmut_14(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
    """Members only one side has; indexes point into that side in canonical order.

    As CloudFormation does for unordered lists: a REMOVE indexes the expected list, an ADD
    the actual one, both sorted so that a report never changes with listing order.
    """
    expected_sorted = sorted(expected, key=canonical_json)
    actual_sorted = sorted(actual, key=canonical_json)
    unmatched_actual = Counter(canonical_json(item) for item in actual_sorted)
    removed: list[RawDifference] = None
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


def x__diff_multiset__mutmut_15(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
    """Members only one side has; indexes point into that side in canonical order.

    As CloudFormation does for unordered lists: a REMOVE indexes the expected list, an ADD
    the actual one, both sorted so that a report never changes with listing order.
    """
    expected_sorted = sorted(expected, key=canonical_json)
    actual_sorted = sorted(actual, key=canonical_json)
    unmatched_actual = Counter(canonical_json(item) for item in actual_sorted)
    removed: list[RawDifference] = []
    for index, item in enumerate(None):
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


def x__diff_multiset__mutmut_16(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
    """Members only one side has; indexes point into that side in canonical order.

    As CloudFormation does for unordered lists: a REMOVE indexes the expected list, an ADD
    the actual one, both sorted so that a report never changes with listing order.
    """
    expected_sorted = sorted(expected, key=canonical_json)
    actual_sorted = sorted(actual, key=canonical_json)
    unmatched_actual = Counter(canonical_json(item) for item in actual_sorted)
    removed: list[RawDifference] = []
    for index, item in enumerate(expected_sorted):
        key = None
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


def x__diff_multiset__mutmut_17(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
    """Members only one side has; indexes point into that side in canonical order.

    As CloudFormation does for unordered lists: a REMOVE indexes the expected list, an ADD
    the actual one, both sorted so that a report never changes with listing order.
    """
    expected_sorted = sorted(expected, key=canonical_json)
    actual_sorted = sorted(actual, key=canonical_json)
    unmatched_actual = Counter(canonical_json(item) for item in actual_sorted)
    removed: list[RawDifference] = []
    for index, item in enumerate(expected_sorted):
        key = canonical_json(None)
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


def x__diff_multiset__mutmut_18(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
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
        if unmatched_actual[key] >= 0:
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


def x__diff_multiset__mutmut_19(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
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
        if unmatched_actual[key] > 1:
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


def x__diff_multiset__mutmut_20(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
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
            unmatched_actual[key] = 1
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


def x__diff_multiset__mutmut_21(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
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
            unmatched_actual[key] += 1
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


def x__diff_multiset__mutmut_22(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
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
            unmatched_actual[key] -= 2
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


def x__diff_multiset__mutmut_23(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
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
            removed.append(None)
    unmatched_expected = Counter(canonical_json(item) for item in expected_sorted)
    added: list[RawDifference] = []
    for index, item in enumerate(actual_sorted):
        key = canonical_json(item)
        if unmatched_expected[key] > 0:
            unmatched_expected[key] -= 1
        else:
            added.append((f"{path}/{index}", None, item, DifferenceType.ADD))
    return removed + added


def x__diff_multiset__mutmut_24(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
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
    unmatched_expected = None
    added: list[RawDifference] = []
    for index, item in enumerate(actual_sorted):
        key = canonical_json(item)
        if unmatched_expected[key] > 0:
            unmatched_expected[key] -= 1
        else:
            added.append((f"{path}/{index}", None, item, DifferenceType.ADD))
    return removed + added


def x__diff_multiset__mutmut_25(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
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
    unmatched_expected = Counter(None)
    added: list[RawDifference] = []
    for index, item in enumerate(actual_sorted):
        key = canonical_json(item)
        if unmatched_expected[key] > 0:
            unmatched_expected[key] -= 1
        else:
            added.append((f"{path}/{index}", None, item, DifferenceType.ADD))
    return removed + added


def x__diff_multiset__mutmut_26(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
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
    unmatched_expected = Counter(canonical_json(None) for item in expected_sorted)
    added: list[RawDifference] = []
    for index, item in enumerate(actual_sorted):
        key = canonical_json(item)
        if unmatched_expected[key] > 0:
            unmatched_expected[key] -= 1
        else:
            added.append((f"{path}/{index}", None, item, DifferenceType.ADD))
    return removed + added


def x__diff_multiset__mutmut_27(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
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
    added: list[RawDifference] = None
    for index, item in enumerate(actual_sorted):
        key = canonical_json(item)
        if unmatched_expected[key] > 0:
            unmatched_expected[key] -= 1
        else:
            added.append((f"{path}/{index}", None, item, DifferenceType.ADD))
    return removed + added


def x__diff_multiset__mutmut_28(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
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
    for index, item in enumerate(None):
        key = canonical_json(item)
        if unmatched_expected[key] > 0:
            unmatched_expected[key] -= 1
        else:
            added.append((f"{path}/{index}", None, item, DifferenceType.ADD))
    return removed + added


def x__diff_multiset__mutmut_29(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
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
        key = None
        if unmatched_expected[key] > 0:
            unmatched_expected[key] -= 1
        else:
            added.append((f"{path}/{index}", None, item, DifferenceType.ADD))
    return removed + added


def x__diff_multiset__mutmut_30(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
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
        key = canonical_json(None)
        if unmatched_expected[key] > 0:
            unmatched_expected[key] -= 1
        else:
            added.append((f"{path}/{index}", None, item, DifferenceType.ADD))
    return removed + added


def x__diff_multiset__mutmut_31(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
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
        if unmatched_expected[key] >= 0:
            unmatched_expected[key] -= 1
        else:
            added.append((f"{path}/{index}", None, item, DifferenceType.ADD))
    return removed + added


def x__diff_multiset__mutmut_32(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
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
        if unmatched_expected[key] > 1:
            unmatched_expected[key] -= 1
        else:
            added.append((f"{path}/{index}", None, item, DifferenceType.ADD))
    return removed + added


def x__diff_multiset__mutmut_33(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
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
            unmatched_expected[key] = 1
        else:
            added.append((f"{path}/{index}", None, item, DifferenceType.ADD))
    return removed + added


def x__diff_multiset__mutmut_34(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
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
            unmatched_expected[key] += 1
        else:
            added.append((f"{path}/{index}", None, item, DifferenceType.ADD))
    return removed + added


def x__diff_multiset__mutmut_35(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
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
            unmatched_expected[key] -= 2
        else:
            added.append((f"{path}/{index}", None, item, DifferenceType.ADD))
    return removed + added


def x__diff_multiset__mutmut_36(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
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
            added.append(None)
    return removed + added


def x__diff_multiset__mutmut_37(path: str, expected: list[Any], actual: list[Any]) -> list[RawDifference]:
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
    return removed - added

mutants_x__diff_multiset__mutmut['_mutmut_orig'] = x__diff_multiset__mutmut_orig # type: ignore # mutmut generated
mutants_x__diff_multiset__mutmut['x__diff_multiset__mutmut_1'] = x__diff_multiset__mutmut_1 # type: ignore # mutmut generated
mutants_x__diff_multiset__mutmut['x__diff_multiset__mutmut_2'] = x__diff_multiset__mutmut_2 # type: ignore # mutmut generated
mutants_x__diff_multiset__mutmut['x__diff_multiset__mutmut_3'] = x__diff_multiset__mutmut_3 # type: ignore # mutmut generated
mutants_x__diff_multiset__mutmut['x__diff_multiset__mutmut_4'] = x__diff_multiset__mutmut_4 # type: ignore # mutmut generated
mutants_x__diff_multiset__mutmut['x__diff_multiset__mutmut_5'] = x__diff_multiset__mutmut_5 # type: ignore # mutmut generated
mutants_x__diff_multiset__mutmut['x__diff_multiset__mutmut_6'] = x__diff_multiset__mutmut_6 # type: ignore # mutmut generated
mutants_x__diff_multiset__mutmut['x__diff_multiset__mutmut_7'] = x__diff_multiset__mutmut_7 # type: ignore # mutmut generated
mutants_x__diff_multiset__mutmut['x__diff_multiset__mutmut_8'] = x__diff_multiset__mutmut_8 # type: ignore # mutmut generated
mutants_x__diff_multiset__mutmut['x__diff_multiset__mutmut_9'] = x__diff_multiset__mutmut_9 # type: ignore # mutmut generated
mutants_x__diff_multiset__mutmut['x__diff_multiset__mutmut_10'] = x__diff_multiset__mutmut_10 # type: ignore # mutmut generated
mutants_x__diff_multiset__mutmut['x__diff_multiset__mutmut_11'] = x__diff_multiset__mutmut_11 # type: ignore # mutmut generated
mutants_x__diff_multiset__mutmut['x__diff_multiset__mutmut_12'] = x__diff_multiset__mutmut_12 # type: ignore # mutmut generated
mutants_x__diff_multiset__mutmut['x__diff_multiset__mutmut_13'] = x__diff_multiset__mutmut_13 # type: ignore # mutmut generated
mutants_x__diff_multiset__mutmut['x__diff_multiset__mutmut_14'] = x__diff_multiset__mutmut_14 # type: ignore # mutmut generated
mutants_x__diff_multiset__mutmut['x__diff_multiset__mutmut_15'] = x__diff_multiset__mutmut_15 # type: ignore # mutmut generated
mutants_x__diff_multiset__mutmut['x__diff_multiset__mutmut_16'] = x__diff_multiset__mutmut_16 # type: ignore # mutmut generated
mutants_x__diff_multiset__mutmut['x__diff_multiset__mutmut_17'] = x__diff_multiset__mutmut_17 # type: ignore # mutmut generated
mutants_x__diff_multiset__mutmut['x__diff_multiset__mutmut_18'] = x__diff_multiset__mutmut_18 # type: ignore # mutmut generated
mutants_x__diff_multiset__mutmut['x__diff_multiset__mutmut_19'] = x__diff_multiset__mutmut_19 # type: ignore # mutmut generated
mutants_x__diff_multiset__mutmut['x__diff_multiset__mutmut_20'] = x__diff_multiset__mutmut_20 # type: ignore # mutmut generated
mutants_x__diff_multiset__mutmut['x__diff_multiset__mutmut_21'] = x__diff_multiset__mutmut_21 # type: ignore # mutmut generated
mutants_x__diff_multiset__mutmut['x__diff_multiset__mutmut_22'] = x__diff_multiset__mutmut_22 # type: ignore # mutmut generated
mutants_x__diff_multiset__mutmut['x__diff_multiset__mutmut_23'] = x__diff_multiset__mutmut_23 # type: ignore # mutmut generated
mutants_x__diff_multiset__mutmut['x__diff_multiset__mutmut_24'] = x__diff_multiset__mutmut_24 # type: ignore # mutmut generated
mutants_x__diff_multiset__mutmut['x__diff_multiset__mutmut_25'] = x__diff_multiset__mutmut_25 # type: ignore # mutmut generated
mutants_x__diff_multiset__mutmut['x__diff_multiset__mutmut_26'] = x__diff_multiset__mutmut_26 # type: ignore # mutmut generated
mutants_x__diff_multiset__mutmut['x__diff_multiset__mutmut_27'] = x__diff_multiset__mutmut_27 # type: ignore # mutmut generated
mutants_x__diff_multiset__mutmut['x__diff_multiset__mutmut_28'] = x__diff_multiset__mutmut_28 # type: ignore # mutmut generated
mutants_x__diff_multiset__mutmut['x__diff_multiset__mutmut_29'] = x__diff_multiset__mutmut_29 # type: ignore # mutmut generated
mutants_x__diff_multiset__mutmut['x__diff_multiset__mutmut_30'] = x__diff_multiset__mutmut_30 # type: ignore # mutmut generated
mutants_x__diff_multiset__mutmut['x__diff_multiset__mutmut_31'] = x__diff_multiset__mutmut_31 # type: ignore # mutmut generated
mutants_x__diff_multiset__mutmut['x__diff_multiset__mutmut_32'] = x__diff_multiset__mutmut_32 # type: ignore # mutmut generated
mutants_x__diff_multiset__mutmut['x__diff_multiset__mutmut_33'] = x__diff_multiset__mutmut_33 # type: ignore # mutmut generated
mutants_x__diff_multiset__mutmut['x__diff_multiset__mutmut_34'] = x__diff_multiset__mutmut_34 # type: ignore # mutmut generated
mutants_x__diff_multiset__mutmut['x__diff_multiset__mutmut_35'] = x__diff_multiset__mutmut_35 # type: ignore # mutmut generated
mutants_x__diff_multiset__mutmut['x__diff_multiset__mutmut_36'] = x__diff_multiset__mutmut_36 # type: ignore # mutmut generated
mutants_x__diff_multiset__mutmut['x__diff_multiset__mutmut_37'] = x__diff_multiset__mutmut_37 # type: ignore # mutmut generated
mutants_x__as_differences__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__as_differences__mutmut)
def _as_differences(raw: list[RawDifference], source: DriftSource) -> list[Difference]:
    return [
        Difference(path=path, expected=expected, actual=actual, type=kind, source=source)
        for path, expected, actual, kind in raw
    ]


def x__as_differences__mutmut_orig(raw: list[RawDifference], source: DriftSource) -> list[Difference]:
    return [
        Difference(path=path, expected=expected, actual=actual, type=kind, source=source)
        for path, expected, actual, kind in raw
    ]


def x__as_differences__mutmut_1(raw: list[RawDifference], source: DriftSource) -> list[Difference]:
    return [
        Difference(path=None, expected=expected, actual=actual, type=kind, source=source)
        for path, expected, actual, kind in raw
    ]


def x__as_differences__mutmut_2(raw: list[RawDifference], source: DriftSource) -> list[Difference]:
    return [
        Difference(path=path, expected=None, actual=actual, type=kind, source=source)
        for path, expected, actual, kind in raw
    ]


def x__as_differences__mutmut_3(raw: list[RawDifference], source: DriftSource) -> list[Difference]:
    return [
        Difference(path=path, expected=expected, actual=None, type=kind, source=source)
        for path, expected, actual, kind in raw
    ]


def x__as_differences__mutmut_4(raw: list[RawDifference], source: DriftSource) -> list[Difference]:
    return [
        Difference(path=path, expected=expected, actual=actual, type=None, source=source)
        for path, expected, actual, kind in raw
    ]


def x__as_differences__mutmut_5(raw: list[RawDifference], source: DriftSource) -> list[Difference]:
    return [
        Difference(path=path, expected=expected, actual=actual, type=kind, source=None)
        for path, expected, actual, kind in raw
    ]


def x__as_differences__mutmut_6(raw: list[RawDifference], source: DriftSource) -> list[Difference]:
    return [
        Difference(expected=expected, actual=actual, type=kind, source=source)
        for path, expected, actual, kind in raw
    ]


def x__as_differences__mutmut_7(raw: list[RawDifference], source: DriftSource) -> list[Difference]:
    return [
        Difference(path=path, actual=actual, type=kind, source=source)
        for path, expected, actual, kind in raw
    ]


def x__as_differences__mutmut_8(raw: list[RawDifference], source: DriftSource) -> list[Difference]:
    return [
        Difference(path=path, expected=expected, type=kind, source=source)
        for path, expected, actual, kind in raw
    ]


def x__as_differences__mutmut_9(raw: list[RawDifference], source: DriftSource) -> list[Difference]:
    return [
        Difference(path=path, expected=expected, actual=actual, source=source)
        for path, expected, actual, kind in raw
    ]


def x__as_differences__mutmut_10(raw: list[RawDifference], source: DriftSource) -> list[Difference]:
    return [
        Difference(path=path, expected=expected, actual=actual, type=kind, )
        for path, expected, actual, kind in raw
    ]

mutants_x__as_differences__mutmut['_mutmut_orig'] = x__as_differences__mutmut_orig # type: ignore # mutmut generated
mutants_x__as_differences__mutmut['x__as_differences__mutmut_1'] = x__as_differences__mutmut_1 # type: ignore # mutmut generated
mutants_x__as_differences__mutmut['x__as_differences__mutmut_2'] = x__as_differences__mutmut_2 # type: ignore # mutmut generated
mutants_x__as_differences__mutmut['x__as_differences__mutmut_3'] = x__as_differences__mutmut_3 # type: ignore # mutmut generated
mutants_x__as_differences__mutmut['x__as_differences__mutmut_4'] = x__as_differences__mutmut_4 # type: ignore # mutmut generated
mutants_x__as_differences__mutmut['x__as_differences__mutmut_5'] = x__as_differences__mutmut_5 # type: ignore # mutmut generated
mutants_x__as_differences__mutmut['x__as_differences__mutmut_6'] = x__as_differences__mutmut_6 # type: ignore # mutmut generated
mutants_x__as_differences__mutmut['x__as_differences__mutmut_7'] = x__as_differences__mutmut_7 # type: ignore # mutmut generated
mutants_x__as_differences__mutmut['x__as_differences__mutmut_8'] = x__as_differences__mutmut_8 # type: ignore # mutmut generated
mutants_x__as_differences__mutmut['x__as_differences__mutmut_9'] = x__as_differences__mutmut_9 # type: ignore # mutmut generated
mutants_x__as_differences__mutmut['x__as_differences__mutmut_10'] = x__as_differences__mutmut_10 # type: ignore # mutmut generated
mutants_x__apply_ignores__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__apply_ignores__mutmut)
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


def x__apply_ignores__mutmut_orig(
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


def x__apply_ignores__mutmut_1(
    drift: ResourceDrift, spec: DesiredResource | None, rules: Sequence[DriftIgnore]
) -> ResourceDrift:
    """Mark what `lifecycle.ignore_changes` and the active drift-ignore rules cover."""
    if drift.status is not DriftStatus.IN_SYNC:
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


def x__apply_ignores__mutmut_2(
    drift: ResourceDrift, spec: DesiredResource | None, rules: Sequence[DriftIgnore]
) -> ResourceDrift:
    """Mark what `lifecycle.ignore_changes` and the active drift-ignore rules cover."""
    if drift.status is DriftStatus.IN_SYNC:
        return drift
    names = None
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


def x__apply_ignores__mutmut_3(
    drift: ResourceDrift, spec: DesiredResource | None, rules: Sequence[DriftIgnore]
) -> ResourceDrift:
    """Mark what `lifecycle.ignore_changes` and the active drift-ignore rules cover."""
    if drift.status is DriftStatus.IN_SYNC:
        return drift
    names = {name for name in (drift.address, drift.identifier) if name}
    matching = None
    whole = next((rule for rule in matching if rule.property is None), None)
    lifecycle = set(spec.lifecycle.ignore_changes) if spec else set()
    differences = tuple(
        _ignore_difference(difference, lifecycle, whole, matching)
        for difference in drift.differences
    )
    return dataclasses.replace(
        drift, differences=differences, ignore_reason=_reason(whole) if whole else None
    )


def x__apply_ignores__mutmut_4(
    drift: ResourceDrift, spec: DesiredResource | None, rules: Sequence[DriftIgnore]
) -> ResourceDrift:
    """Mark what `lifecycle.ignore_changes` and the active drift-ignore rules cover."""
    if drift.status is DriftStatus.IN_SYNC:
        return drift
    names = {name for name in (drift.address, drift.identifier) if name}
    matching = [rule for rule in rules if rule.address not in names]
    whole = next((rule for rule in matching if rule.property is None), None)
    lifecycle = set(spec.lifecycle.ignore_changes) if spec else set()
    differences = tuple(
        _ignore_difference(difference, lifecycle, whole, matching)
        for difference in drift.differences
    )
    return dataclasses.replace(
        drift, differences=differences, ignore_reason=_reason(whole) if whole else None
    )


def x__apply_ignores__mutmut_5(
    drift: ResourceDrift, spec: DesiredResource | None, rules: Sequence[DriftIgnore]
) -> ResourceDrift:
    """Mark what `lifecycle.ignore_changes` and the active drift-ignore rules cover."""
    if drift.status is DriftStatus.IN_SYNC:
        return drift
    names = {name for name in (drift.address, drift.identifier) if name}
    matching = [rule for rule in rules if rule.address in names]
    whole = None
    lifecycle = set(spec.lifecycle.ignore_changes) if spec else set()
    differences = tuple(
        _ignore_difference(difference, lifecycle, whole, matching)
        for difference in drift.differences
    )
    return dataclasses.replace(
        drift, differences=differences, ignore_reason=_reason(whole) if whole else None
    )


def x__apply_ignores__mutmut_6(
    drift: ResourceDrift, spec: DesiredResource | None, rules: Sequence[DriftIgnore]
) -> ResourceDrift:
    """Mark what `lifecycle.ignore_changes` and the active drift-ignore rules cover."""
    if drift.status is DriftStatus.IN_SYNC:
        return drift
    names = {name for name in (drift.address, drift.identifier) if name}
    matching = [rule for rule in rules if rule.address in names]
    whole = next(None, None)
    lifecycle = set(spec.lifecycle.ignore_changes) if spec else set()
    differences = tuple(
        _ignore_difference(difference, lifecycle, whole, matching)
        for difference in drift.differences
    )
    return dataclasses.replace(
        drift, differences=differences, ignore_reason=_reason(whole) if whole else None
    )


def x__apply_ignores__mutmut_7(
    drift: ResourceDrift, spec: DesiredResource | None, rules: Sequence[DriftIgnore]
) -> ResourceDrift:
    """Mark what `lifecycle.ignore_changes` and the active drift-ignore rules cover."""
    if drift.status is DriftStatus.IN_SYNC:
        return drift
    names = {name for name in (drift.address, drift.identifier) if name}
    matching = [rule for rule in rules if rule.address in names]
    whole = next(None)
    lifecycle = set(spec.lifecycle.ignore_changes) if spec else set()
    differences = tuple(
        _ignore_difference(difference, lifecycle, whole, matching)
        for difference in drift.differences
    )
    return dataclasses.replace(
        drift, differences=differences, ignore_reason=_reason(whole) if whole else None
    )


def x__apply_ignores__mutmut_8(
    drift: ResourceDrift, spec: DesiredResource | None, rules: Sequence[DriftIgnore]
) -> ResourceDrift:
    """Mark what `lifecycle.ignore_changes` and the active drift-ignore rules cover."""
    if drift.status is DriftStatus.IN_SYNC:
        return drift
    names = {name for name in (drift.address, drift.identifier) if name}
    matching = [rule for rule in rules if rule.address in names]
    whole = next((rule for rule in matching if rule.property is None), )
    lifecycle = set(spec.lifecycle.ignore_changes) if spec else set()
    differences = tuple(
        _ignore_difference(difference, lifecycle, whole, matching)
        for difference in drift.differences
    )
    return dataclasses.replace(
        drift, differences=differences, ignore_reason=_reason(whole) if whole else None
    )


def x__apply_ignores__mutmut_9(
    drift: ResourceDrift, spec: DesiredResource | None, rules: Sequence[DriftIgnore]
) -> ResourceDrift:
    """Mark what `lifecycle.ignore_changes` and the active drift-ignore rules cover."""
    if drift.status is DriftStatus.IN_SYNC:
        return drift
    names = {name for name in (drift.address, drift.identifier) if name}
    matching = [rule for rule in rules if rule.address in names]
    whole = next((rule for rule in matching if rule.property is not None), None)
    lifecycle = set(spec.lifecycle.ignore_changes) if spec else set()
    differences = tuple(
        _ignore_difference(difference, lifecycle, whole, matching)
        for difference in drift.differences
    )
    return dataclasses.replace(
        drift, differences=differences, ignore_reason=_reason(whole) if whole else None
    )


def x__apply_ignores__mutmut_10(
    drift: ResourceDrift, spec: DesiredResource | None, rules: Sequence[DriftIgnore]
) -> ResourceDrift:
    """Mark what `lifecycle.ignore_changes` and the active drift-ignore rules cover."""
    if drift.status is DriftStatus.IN_SYNC:
        return drift
    names = {name for name in (drift.address, drift.identifier) if name}
    matching = [rule for rule in rules if rule.address in names]
    whole = next((rule for rule in matching if rule.property is None), None)
    lifecycle = None
    differences = tuple(
        _ignore_difference(difference, lifecycle, whole, matching)
        for difference in drift.differences
    )
    return dataclasses.replace(
        drift, differences=differences, ignore_reason=_reason(whole) if whole else None
    )


def x__apply_ignores__mutmut_11(
    drift: ResourceDrift, spec: DesiredResource | None, rules: Sequence[DriftIgnore]
) -> ResourceDrift:
    """Mark what `lifecycle.ignore_changes` and the active drift-ignore rules cover."""
    if drift.status is DriftStatus.IN_SYNC:
        return drift
    names = {name for name in (drift.address, drift.identifier) if name}
    matching = [rule for rule in rules if rule.address in names]
    whole = next((rule for rule in matching if rule.property is None), None)
    lifecycle = set(spec.lifecycle.ignore_changes) if (spec) and False else set()
    differences = tuple(
        _ignore_difference(difference, lifecycle, whole, matching)
        for difference in drift.differences
    )
    return dataclasses.replace(
        drift, differences=differences, ignore_reason=_reason(whole) if whole else None
    )


def x__apply_ignores__mutmut_12(
    drift: ResourceDrift, spec: DesiredResource | None, rules: Sequence[DriftIgnore]
) -> ResourceDrift:
    """Mark what `lifecycle.ignore_changes` and the active drift-ignore rules cover."""
    if drift.status is DriftStatus.IN_SYNC:
        return drift
    names = {name for name in (drift.address, drift.identifier) if name}
    matching = [rule for rule in rules if rule.address in names]
    whole = next((rule for rule in matching if rule.property is None), None)
    lifecycle = set(spec.lifecycle.ignore_changes) if (spec) or True else set()
    differences = tuple(
        _ignore_difference(difference, lifecycle, whole, matching)
        for difference in drift.differences
    )
    return dataclasses.replace(
        drift, differences=differences, ignore_reason=_reason(whole) if whole else None
    )


def x__apply_ignores__mutmut_13(
    drift: ResourceDrift, spec: DesiredResource | None, rules: Sequence[DriftIgnore]
) -> ResourceDrift:
    """Mark what `lifecycle.ignore_changes` and the active drift-ignore rules cover."""
    if drift.status is DriftStatus.IN_SYNC:
        return drift
    names = {name for name in (drift.address, drift.identifier) if name}
    matching = [rule for rule in rules if rule.address in names]
    whole = next((rule for rule in matching if rule.property is None), None)
    lifecycle = set(None) if spec else set()
    differences = tuple(
        _ignore_difference(difference, lifecycle, whole, matching)
        for difference in drift.differences
    )
    return dataclasses.replace(
        drift, differences=differences, ignore_reason=_reason(whole) if whole else None
    )


def x__apply_ignores__mutmut_14(
    drift: ResourceDrift, spec: DesiredResource | None, rules: Sequence[DriftIgnore]
) -> ResourceDrift:
    """Mark what `lifecycle.ignore_changes` and the active drift-ignore rules cover."""
    if drift.status is DriftStatus.IN_SYNC:
        return drift
    names = {name for name in (drift.address, drift.identifier) if name}
    matching = [rule for rule in rules if rule.address in names]
    whole = next((rule for rule in matching if rule.property is None), None)
    lifecycle = set(spec.lifecycle.ignore_changes) if spec else set()
    differences = None
    return dataclasses.replace(
        drift, differences=differences, ignore_reason=_reason(whole) if whole else None
    )


def x__apply_ignores__mutmut_15(
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
        None
    )
    return dataclasses.replace(
        drift, differences=differences, ignore_reason=_reason(whole) if whole else None
    )


def x__apply_ignores__mutmut_16(
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
        _ignore_difference(None, lifecycle, whole, matching)
        for difference in drift.differences
    )
    return dataclasses.replace(
        drift, differences=differences, ignore_reason=_reason(whole) if whole else None
    )


def x__apply_ignores__mutmut_17(
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
        _ignore_difference(difference, None, whole, matching)
        for difference in drift.differences
    )
    return dataclasses.replace(
        drift, differences=differences, ignore_reason=_reason(whole) if whole else None
    )


def x__apply_ignores__mutmut_18(
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
        _ignore_difference(difference, lifecycle, None, matching)
        for difference in drift.differences
    )
    return dataclasses.replace(
        drift, differences=differences, ignore_reason=_reason(whole) if whole else None
    )


def x__apply_ignores__mutmut_19(
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
        _ignore_difference(difference, lifecycle, whole, None)
        for difference in drift.differences
    )
    return dataclasses.replace(
        drift, differences=differences, ignore_reason=_reason(whole) if whole else None
    )


def x__apply_ignores__mutmut_20(
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
        _ignore_difference(lifecycle, whole, matching)
        for difference in drift.differences
    )
    return dataclasses.replace(
        drift, differences=differences, ignore_reason=_reason(whole) if whole else None
    )


def x__apply_ignores__mutmut_21(
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
        _ignore_difference(difference, whole, matching)
        for difference in drift.differences
    )
    return dataclasses.replace(
        drift, differences=differences, ignore_reason=_reason(whole) if whole else None
    )


def x__apply_ignores__mutmut_22(
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
        _ignore_difference(difference, lifecycle, matching)
        for difference in drift.differences
    )
    return dataclasses.replace(
        drift, differences=differences, ignore_reason=_reason(whole) if whole else None
    )


def x__apply_ignores__mutmut_23(
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
        _ignore_difference(difference, lifecycle, whole, )
        for difference in drift.differences
    )
    return dataclasses.replace(
        drift, differences=differences, ignore_reason=_reason(whole) if whole else None
    )


def x__apply_ignores__mutmut_24(
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
        None, differences=differences, ignore_reason=_reason(whole) if whole else None
    )


def x__apply_ignores__mutmut_25(
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
        drift, differences=None, ignore_reason=_reason(whole) if whole else None
    )


def x__apply_ignores__mutmut_26(
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
        drift, differences=differences, ignore_reason=None
    )


def x__apply_ignores__mutmut_27(
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
        differences=differences, ignore_reason=_reason(whole) if whole else None
    )


def x__apply_ignores__mutmut_28(
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
        drift, ignore_reason=_reason(whole) if whole else None
    )


def x__apply_ignores__mutmut_29(
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
        drift, differences=differences, )


def x__apply_ignores__mutmut_30(
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
        drift, differences=differences, ignore_reason=_reason(whole) if (whole) and False else None
    )


def x__apply_ignores__mutmut_31(
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
        drift, differences=differences, ignore_reason=_reason(whole) if (whole) or True else None
    )


def x__apply_ignores__mutmut_32(
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
        drift, differences=differences, ignore_reason=_reason(None) if whole else None
    )

mutants_x__apply_ignores__mutmut['_mutmut_orig'] = x__apply_ignores__mutmut_orig # type: ignore # mutmut generated
mutants_x__apply_ignores__mutmut['x__apply_ignores__mutmut_1'] = x__apply_ignores__mutmut_1 # type: ignore # mutmut generated
mutants_x__apply_ignores__mutmut['x__apply_ignores__mutmut_2'] = x__apply_ignores__mutmut_2 # type: ignore # mutmut generated
mutants_x__apply_ignores__mutmut['x__apply_ignores__mutmut_3'] = x__apply_ignores__mutmut_3 # type: ignore # mutmut generated
mutants_x__apply_ignores__mutmut['x__apply_ignores__mutmut_4'] = x__apply_ignores__mutmut_4 # type: ignore # mutmut generated
mutants_x__apply_ignores__mutmut['x__apply_ignores__mutmut_5'] = x__apply_ignores__mutmut_5 # type: ignore # mutmut generated
mutants_x__apply_ignores__mutmut['x__apply_ignores__mutmut_6'] = x__apply_ignores__mutmut_6 # type: ignore # mutmut generated
mutants_x__apply_ignores__mutmut['x__apply_ignores__mutmut_7'] = x__apply_ignores__mutmut_7 # type: ignore # mutmut generated
mutants_x__apply_ignores__mutmut['x__apply_ignores__mutmut_8'] = x__apply_ignores__mutmut_8 # type: ignore # mutmut generated
mutants_x__apply_ignores__mutmut['x__apply_ignores__mutmut_9'] = x__apply_ignores__mutmut_9 # type: ignore # mutmut generated
mutants_x__apply_ignores__mutmut['x__apply_ignores__mutmut_10'] = x__apply_ignores__mutmut_10 # type: ignore # mutmut generated
mutants_x__apply_ignores__mutmut['x__apply_ignores__mutmut_11'] = x__apply_ignores__mutmut_11 # type: ignore # mutmut generated
mutants_x__apply_ignores__mutmut['x__apply_ignores__mutmut_12'] = x__apply_ignores__mutmut_12 # type: ignore # mutmut generated
mutants_x__apply_ignores__mutmut['x__apply_ignores__mutmut_13'] = x__apply_ignores__mutmut_13 # type: ignore # mutmut generated
mutants_x__apply_ignores__mutmut['x__apply_ignores__mutmut_14'] = x__apply_ignores__mutmut_14 # type: ignore # mutmut generated
mutants_x__apply_ignores__mutmut['x__apply_ignores__mutmut_15'] = x__apply_ignores__mutmut_15 # type: ignore # mutmut generated
mutants_x__apply_ignores__mutmut['x__apply_ignores__mutmut_16'] = x__apply_ignores__mutmut_16 # type: ignore # mutmut generated
mutants_x__apply_ignores__mutmut['x__apply_ignores__mutmut_17'] = x__apply_ignores__mutmut_17 # type: ignore # mutmut generated
mutants_x__apply_ignores__mutmut['x__apply_ignores__mutmut_18'] = x__apply_ignores__mutmut_18 # type: ignore # mutmut generated
mutants_x__apply_ignores__mutmut['x__apply_ignores__mutmut_19'] = x__apply_ignores__mutmut_19 # type: ignore # mutmut generated
mutants_x__apply_ignores__mutmut['x__apply_ignores__mutmut_20'] = x__apply_ignores__mutmut_20 # type: ignore # mutmut generated
mutants_x__apply_ignores__mutmut['x__apply_ignores__mutmut_21'] = x__apply_ignores__mutmut_21 # type: ignore # mutmut generated
mutants_x__apply_ignores__mutmut['x__apply_ignores__mutmut_22'] = x__apply_ignores__mutmut_22 # type: ignore # mutmut generated
mutants_x__apply_ignores__mutmut['x__apply_ignores__mutmut_23'] = x__apply_ignores__mutmut_23 # type: ignore # mutmut generated
mutants_x__apply_ignores__mutmut['x__apply_ignores__mutmut_24'] = x__apply_ignores__mutmut_24 # type: ignore # mutmut generated
mutants_x__apply_ignores__mutmut['x__apply_ignores__mutmut_25'] = x__apply_ignores__mutmut_25 # type: ignore # mutmut generated
mutants_x__apply_ignores__mutmut['x__apply_ignores__mutmut_26'] = x__apply_ignores__mutmut_26 # type: ignore # mutmut generated
mutants_x__apply_ignores__mutmut['x__apply_ignores__mutmut_27'] = x__apply_ignores__mutmut_27 # type: ignore # mutmut generated
mutants_x__apply_ignores__mutmut['x__apply_ignores__mutmut_28'] = x__apply_ignores__mutmut_28 # type: ignore # mutmut generated
mutants_x__apply_ignores__mutmut['x__apply_ignores__mutmut_29'] = x__apply_ignores__mutmut_29 # type: ignore # mutmut generated
mutants_x__apply_ignores__mutmut['x__apply_ignores__mutmut_30'] = x__apply_ignores__mutmut_30 # type: ignore # mutmut generated
mutants_x__apply_ignores__mutmut['x__apply_ignores__mutmut_31'] = x__apply_ignores__mutmut_31 # type: ignore # mutmut generated
mutants_x__apply_ignores__mutmut['x__apply_ignores__mutmut_32'] = x__apply_ignores__mutmut_32 # type: ignore # mutmut generated
mutants_x__ignore_difference__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__ignore_difference__mutmut)
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


def x__ignore_difference__mutmut_orig(
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


def x__ignore_difference__mutmut_1(
    difference: Difference,
    lifecycle: set[str],
    whole: DriftIgnore | None,
    matching: Sequence[DriftIgnore],
) -> Difference:
    reason: str | None
    if _covers(None, difference.property_name):
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


def x__ignore_difference__mutmut_2(
    difference: Difference,
    lifecycle: set[str],
    whole: DriftIgnore | None,
    matching: Sequence[DriftIgnore],
) -> Difference:
    reason: str | None
    if _covers(lifecycle, None):
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


def x__ignore_difference__mutmut_3(
    difference: Difference,
    lifecycle: set[str],
    whole: DriftIgnore | None,
    matching: Sequence[DriftIgnore],
) -> Difference:
    reason: str | None
    if _covers(difference.property_name):
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


def x__ignore_difference__mutmut_4(
    difference: Difference,
    lifecycle: set[str],
    whole: DriftIgnore | None,
    matching: Sequence[DriftIgnore],
) -> Difference:
    reason: str | None
    if _covers(lifecycle, ):
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


def x__ignore_difference__mutmut_5(
    difference: Difference,
    lifecycle: set[str],
    whole: DriftIgnore | None,
    matching: Sequence[DriftIgnore],
) -> Difference:
    reason: str | None
    if _covers(lifecycle, difference.property_name):
        reason = None
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


def x__ignore_difference__mutmut_6(
    difference: Difference,
    lifecycle: set[str],
    whole: DriftIgnore | None,
    matching: Sequence[DriftIgnore],
) -> Difference:
    reason: str | None
    if _covers(lifecycle, difference.property_name):
        reason = LIFECYCLE_REASON
    elif whole is None:
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


def x__ignore_difference__mutmut_7(
    difference: Difference,
    lifecycle: set[str],
    whole: DriftIgnore | None,
    matching: Sequence[DriftIgnore],
) -> Difference:
    reason: str | None
    if _covers(lifecycle, difference.property_name):
        reason = LIFECYCLE_REASON
    elif whole is not None:
        reason = None
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


def x__ignore_difference__mutmut_8(
    difference: Difference,
    lifecycle: set[str],
    whole: DriftIgnore | None,
    matching: Sequence[DriftIgnore],
) -> Difference:
    reason: str | None
    if _covers(lifecycle, difference.property_name):
        reason = LIFECYCLE_REASON
    elif whole is not None:
        reason = _reason(None)
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


def x__ignore_difference__mutmut_9(
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
        rule = None
        reason = _reason(rule) if rule else None
    return dataclasses.replace(difference, ignore_reason=reason)


def x__ignore_difference__mutmut_10(
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
            None,
            None,
        )
        reason = _reason(rule) if rule else None
    return dataclasses.replace(difference, ignore_reason=reason)


def x__ignore_difference__mutmut_11(
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
            None,
        )
        reason = _reason(rule) if rule else None
    return dataclasses.replace(difference, ignore_reason=reason)


def x__ignore_difference__mutmut_12(
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
            )
        reason = _reason(rule) if rule else None
    return dataclasses.replace(difference, ignore_reason=reason)


def x__ignore_difference__mutmut_13(
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
                if rule.property or _covers({rule.property}, difference.property_name)
            ),
            None,
        )
        reason = _reason(rule) if rule else None
    return dataclasses.replace(difference, ignore_reason=reason)


def x__ignore_difference__mutmut_14(
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
                if rule.property and _covers(None, difference.property_name)
            ),
            None,
        )
        reason = _reason(rule) if rule else None
    return dataclasses.replace(difference, ignore_reason=reason)


def x__ignore_difference__mutmut_15(
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
                if rule.property and _covers({rule.property}, None)
            ),
            None,
        )
        reason = _reason(rule) if rule else None
    return dataclasses.replace(difference, ignore_reason=reason)


def x__ignore_difference__mutmut_16(
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
                if rule.property and _covers(difference.property_name)
            ),
            None,
        )
        reason = _reason(rule) if rule else None
    return dataclasses.replace(difference, ignore_reason=reason)


def x__ignore_difference__mutmut_17(
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
                if rule.property and _covers({rule.property}, )
            ),
            None,
        )
        reason = _reason(rule) if rule else None
    return dataclasses.replace(difference, ignore_reason=reason)


def x__ignore_difference__mutmut_18(
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
        reason = None
    return dataclasses.replace(difference, ignore_reason=reason)


def x__ignore_difference__mutmut_19(
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
        reason = _reason(rule) if (rule) and False else None
    return dataclasses.replace(difference, ignore_reason=reason)


def x__ignore_difference__mutmut_20(
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
        reason = _reason(rule) if (rule) or True else None
    return dataclasses.replace(difference, ignore_reason=reason)


def x__ignore_difference__mutmut_21(
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
        reason = _reason(None) if rule else None
    return dataclasses.replace(difference, ignore_reason=reason)


def x__ignore_difference__mutmut_22(
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
    return dataclasses.replace(None, ignore_reason=reason)


def x__ignore_difference__mutmut_23(
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
    return dataclasses.replace(difference, ignore_reason=None)


def x__ignore_difference__mutmut_24(
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
    return dataclasses.replace(ignore_reason=reason)


def x__ignore_difference__mutmut_25(
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
    return dataclasses.replace(difference, )

mutants_x__ignore_difference__mutmut['_mutmut_orig'] = x__ignore_difference__mutmut_orig # type: ignore # mutmut generated
mutants_x__ignore_difference__mutmut['x__ignore_difference__mutmut_1'] = x__ignore_difference__mutmut_1 # type: ignore # mutmut generated
mutants_x__ignore_difference__mutmut['x__ignore_difference__mutmut_2'] = x__ignore_difference__mutmut_2 # type: ignore # mutmut generated
mutants_x__ignore_difference__mutmut['x__ignore_difference__mutmut_3'] = x__ignore_difference__mutmut_3 # type: ignore # mutmut generated
mutants_x__ignore_difference__mutmut['x__ignore_difference__mutmut_4'] = x__ignore_difference__mutmut_4 # type: ignore # mutmut generated
mutants_x__ignore_difference__mutmut['x__ignore_difference__mutmut_5'] = x__ignore_difference__mutmut_5 # type: ignore # mutmut generated
mutants_x__ignore_difference__mutmut['x__ignore_difference__mutmut_6'] = x__ignore_difference__mutmut_6 # type: ignore # mutmut generated
mutants_x__ignore_difference__mutmut['x__ignore_difference__mutmut_7'] = x__ignore_difference__mutmut_7 # type: ignore # mutmut generated
mutants_x__ignore_difference__mutmut['x__ignore_difference__mutmut_8'] = x__ignore_difference__mutmut_8 # type: ignore # mutmut generated
mutants_x__ignore_difference__mutmut['x__ignore_difference__mutmut_9'] = x__ignore_difference__mutmut_9 # type: ignore # mutmut generated
mutants_x__ignore_difference__mutmut['x__ignore_difference__mutmut_10'] = x__ignore_difference__mutmut_10 # type: ignore # mutmut generated
mutants_x__ignore_difference__mutmut['x__ignore_difference__mutmut_11'] = x__ignore_difference__mutmut_11 # type: ignore # mutmut generated
mutants_x__ignore_difference__mutmut['x__ignore_difference__mutmut_12'] = x__ignore_difference__mutmut_12 # type: ignore # mutmut generated
mutants_x__ignore_difference__mutmut['x__ignore_difference__mutmut_13'] = x__ignore_difference__mutmut_13 # type: ignore # mutmut generated
mutants_x__ignore_difference__mutmut['x__ignore_difference__mutmut_14'] = x__ignore_difference__mutmut_14 # type: ignore # mutmut generated
mutants_x__ignore_difference__mutmut['x__ignore_difference__mutmut_15'] = x__ignore_difference__mutmut_15 # type: ignore # mutmut generated
mutants_x__ignore_difference__mutmut['x__ignore_difference__mutmut_16'] = x__ignore_difference__mutmut_16 # type: ignore # mutmut generated
mutants_x__ignore_difference__mutmut['x__ignore_difference__mutmut_17'] = x__ignore_difference__mutmut_17 # type: ignore # mutmut generated
mutants_x__ignore_difference__mutmut['x__ignore_difference__mutmut_18'] = x__ignore_difference__mutmut_18 # type: ignore # mutmut generated
mutants_x__ignore_difference__mutmut['x__ignore_difference__mutmut_19'] = x__ignore_difference__mutmut_19 # type: ignore # mutmut generated
mutants_x__ignore_difference__mutmut['x__ignore_difference__mutmut_20'] = x__ignore_difference__mutmut_20 # type: ignore # mutmut generated
mutants_x__ignore_difference__mutmut['x__ignore_difference__mutmut_21'] = x__ignore_difference__mutmut_21 # type: ignore # mutmut generated
mutants_x__ignore_difference__mutmut['x__ignore_difference__mutmut_22'] = x__ignore_difference__mutmut_22 # type: ignore # mutmut generated
mutants_x__ignore_difference__mutmut['x__ignore_difference__mutmut_23'] = x__ignore_difference__mutmut_23 # type: ignore # mutmut generated
mutants_x__ignore_difference__mutmut['x__ignore_difference__mutmut_24'] = x__ignore_difference__mutmut_24 # type: ignore # mutmut generated
mutants_x__ignore_difference__mutmut['x__ignore_difference__mutmut_25'] = x__ignore_difference__mutmut_25 # type: ignore # mutmut generated
mutants_x__covers__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__covers__mutmut)
def _covers(names: set[str], property_name: str) -> bool:
    # `Alias` and `Aliases` are one set in a comparison, so naming either covers both.
    if property_name == ALIASES:
        return bool(names & {ALIASES, _ALIAS})
    return property_name in names


def x__covers__mutmut_orig(names: set[str], property_name: str) -> bool:
    # `Alias` and `Aliases` are one set in a comparison, so naming either covers both.
    if property_name == ALIASES:
        return bool(names & {ALIASES, _ALIAS})
    return property_name in names


def x__covers__mutmut_1(names: set[str], property_name: str) -> bool:
    # `Alias` and `Aliases` are one set in a comparison, so naming either covers both.
    if property_name != ALIASES:
        return bool(names & {ALIASES, _ALIAS})
    return property_name in names


def x__covers__mutmut_2(names: set[str], property_name: str) -> bool:
    # `Alias` and `Aliases` are one set in a comparison, so naming either covers both.
    if property_name == ALIASES:
        return bool(None)
    return property_name in names


def x__covers__mutmut_3(names: set[str], property_name: str) -> bool:
    # `Alias` and `Aliases` are one set in a comparison, so naming either covers both.
    if property_name == ALIASES:
        return bool(names | {ALIASES, _ALIAS})
    return property_name in names


def x__covers__mutmut_4(names: set[str], property_name: str) -> bool:
    # `Alias` and `Aliases` are one set in a comparison, so naming either covers both.
    if property_name == ALIASES:
        return bool(names & {ALIASES, _ALIAS})
    return property_name not in names

mutants_x__covers__mutmut['_mutmut_orig'] = x__covers__mutmut_orig # type: ignore # mutmut generated
mutants_x__covers__mutmut['x__covers__mutmut_1'] = x__covers__mutmut_1 # type: ignore # mutmut generated
mutants_x__covers__mutmut['x__covers__mutmut_2'] = x__covers__mutmut_2 # type: ignore # mutmut generated
mutants_x__covers__mutmut['x__covers__mutmut_3'] = x__covers__mutmut_3 # type: ignore # mutmut generated
mutants_x__covers__mutmut['x__covers__mutmut_4'] = x__covers__mutmut_4 # type: ignore # mutmut generated
mutants_x__reason__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__reason__mutmut)
def _reason(rule: DriftIgnore) -> str:
    reason = rule.reason or "drift.ignore in the spec"
    return f"{reason} (until {rule.until.isoformat()})" if rule.until else reason


def x__reason__mutmut_orig(rule: DriftIgnore) -> str:
    reason = rule.reason or "drift.ignore in the spec"
    return f"{reason} (until {rule.until.isoformat()})" if rule.until else reason


def x__reason__mutmut_1(rule: DriftIgnore) -> str:
    reason = None
    return f"{reason} (until {rule.until.isoformat()})" if rule.until else reason


def x__reason__mutmut_2(rule: DriftIgnore) -> str:
    reason = rule.reason and "drift.ignore in the spec"
    return f"{reason} (until {rule.until.isoformat()})" if rule.until else reason


def x__reason__mutmut_3(rule: DriftIgnore) -> str:
    reason = rule.reason or "XXdrift.ignore in the specXX"
    return f"{reason} (until {rule.until.isoformat()})" if rule.until else reason


def x__reason__mutmut_4(rule: DriftIgnore) -> str:
    reason = rule.reason or "DRIFT.IGNORE IN THE SPEC"
    return f"{reason} (until {rule.until.isoformat()})" if rule.until else reason


def x__reason__mutmut_5(rule: DriftIgnore) -> str:
    reason = rule.reason or "drift.ignore in the spec"
    return f"{reason} (until {rule.until.isoformat()})" if (rule.until) and False else reason


def x__reason__mutmut_6(rule: DriftIgnore) -> str:
    reason = rule.reason or "drift.ignore in the spec"
    return f"{reason} (until {rule.until.isoformat()})" if (rule.until) or True else reason

mutants_x__reason__mutmut['_mutmut_orig'] = x__reason__mutmut_orig # type: ignore # mutmut generated
mutants_x__reason__mutmut['x__reason__mutmut_1'] = x__reason__mutmut_1 # type: ignore # mutmut generated
mutants_x__reason__mutmut['x__reason__mutmut_2'] = x__reason__mutmut_2 # type: ignore # mutmut generated
mutants_x__reason__mutmut['x__reason__mutmut_3'] = x__reason__mutmut_3 # type: ignore # mutmut generated
mutants_x__reason__mutmut['x__reason__mutmut_4'] = x__reason__mutmut_4 # type: ignore # mutmut generated
mutants_x__reason__mutmut['x__reason__mutmut_5'] = x__reason__mutmut_5 # type: ignore # mutmut generated
mutants_x__reason__mutmut['x__reason__mutmut_6'] = x__reason__mutmut_6 # type: ignore # mutmut generated
mutants_x__address_order__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__address_order__mutmut)
def _address_order(address: str) -> tuple[int, str]:
    """Images before versions (the spec's section order), then by address."""
    section = section_of(address)
    order = list(SECTIONS)
    return (order.index(section) if section in order else len(order), address)


def x__address_order__mutmut_orig(address: str) -> tuple[int, str]:
    """Images before versions (the spec's section order), then by address."""
    section = section_of(address)
    order = list(SECTIONS)
    return (order.index(section) if section in order else len(order), address)


def x__address_order__mutmut_1(address: str) -> tuple[int, str]:
    """Images before versions (the spec's section order), then by address."""
    section = None
    order = list(SECTIONS)
    return (order.index(section) if section in order else len(order), address)


def x__address_order__mutmut_2(address: str) -> tuple[int, str]:
    """Images before versions (the spec's section order), then by address."""
    section = section_of(None)
    order = list(SECTIONS)
    return (order.index(section) if section in order else len(order), address)


def x__address_order__mutmut_3(address: str) -> tuple[int, str]:
    """Images before versions (the spec's section order), then by address."""
    section = section_of(address)
    order = None
    return (order.index(section) if section in order else len(order), address)


def x__address_order__mutmut_4(address: str) -> tuple[int, str]:
    """Images before versions (the spec's section order), then by address."""
    section = section_of(address)
    order = list(None)
    return (order.index(section) if section in order else len(order), address)


def x__address_order__mutmut_5(address: str) -> tuple[int, str]:
    """Images before versions (the spec's section order), then by address."""
    section = section_of(address)
    order = list(SECTIONS)
    return (order.index(section) if (section in order) and False else len(order), address)


def x__address_order__mutmut_6(address: str) -> tuple[int, str]:
    """Images before versions (the spec's section order), then by address."""
    section = section_of(address)
    order = list(SECTIONS)
    return (order.index(section) if (section in order) or True else len(order), address)


def x__address_order__mutmut_7(address: str) -> tuple[int, str]:
    """Images before versions (the spec's section order), then by address."""
    section = section_of(address)
    order = list(SECTIONS)
    return (order.index(None) if section in order else len(order), address)


def x__address_order__mutmut_8(address: str) -> tuple[int, str]:
    """Images before versions (the spec's section order), then by address."""
    section = section_of(address)
    order = list(SECTIONS)
    return (order.rindex(section) if section in order else len(order), address)


def x__address_order__mutmut_9(address: str) -> tuple[int, str]:
    """Images before versions (the spec's section order), then by address."""
    section = section_of(address)
    order = list(SECTIONS)
    return (order.index(section) if section not in order else len(order), address)

mutants_x__address_order__mutmut['_mutmut_orig'] = x__address_order__mutmut_orig # type: ignore # mutmut generated
mutants_x__address_order__mutmut['x__address_order__mutmut_1'] = x__address_order__mutmut_1 # type: ignore # mutmut generated
mutants_x__address_order__mutmut['x__address_order__mutmut_2'] = x__address_order__mutmut_2 # type: ignore # mutmut generated
mutants_x__address_order__mutmut['x__address_order__mutmut_3'] = x__address_order__mutmut_3 # type: ignore # mutmut generated
mutants_x__address_order__mutmut['x__address_order__mutmut_4'] = x__address_order__mutmut_4 # type: ignore # mutmut generated
mutants_x__address_order__mutmut['x__address_order__mutmut_5'] = x__address_order__mutmut_5 # type: ignore # mutmut generated
mutants_x__address_order__mutmut['x__address_order__mutmut_6'] = x__address_order__mutmut_6 # type: ignore # mutmut generated
mutants_x__address_order__mutmut['x__address_order__mutmut_7'] = x__address_order__mutmut_7 # type: ignore # mutmut generated
mutants_x__address_order__mutmut['x__address_order__mutmut_8'] = x__address_order__mutmut_8 # type: ignore # mutmut generated
mutants_x__address_order__mutmut['x__address_order__mutmut_9'] = x__address_order__mutmut_9 # type: ignore # mutmut generated
mutants_x__identifier_order__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__identifier_order__mutmut)
def _identifier_order(identifier: str) -> tuple[str, int, str]:
    """Version ARNs by image, then by version number (2 before 10)."""
    head, _, tail = identifier.rpartition("/")
    return (head, int(tail), "") if tail.isdigit() else (identifier, 0, identifier)


def x__identifier_order__mutmut_orig(identifier: str) -> tuple[str, int, str]:
    """Version ARNs by image, then by version number (2 before 10)."""
    head, _, tail = identifier.rpartition("/")
    return (head, int(tail), "") if tail.isdigit() else (identifier, 0, identifier)


def x__identifier_order__mutmut_1(identifier: str) -> tuple[str, int, str]:
    """Version ARNs by image, then by version number (2 before 10)."""
    head, _, tail = None
    return (head, int(tail), "") if tail.isdigit() else (identifier, 0, identifier)


def x__identifier_order__mutmut_2(identifier: str) -> tuple[str, int, str]:
    """Version ARNs by image, then by version number (2 before 10)."""
    head, _, tail = identifier.rpartition(None)
    return (head, int(tail), "") if tail.isdigit() else (identifier, 0, identifier)


def x__identifier_order__mutmut_3(identifier: str) -> tuple[str, int, str]:
    """Version ARNs by image, then by version number (2 before 10)."""
    head, _, tail = identifier.partition("/")
    return (head, int(tail), "") if tail.isdigit() else (identifier, 0, identifier)


def x__identifier_order__mutmut_4(identifier: str) -> tuple[str, int, str]:
    """Version ARNs by image, then by version number (2 before 10)."""
    head, _, tail = identifier.rpartition("XX/XX")
    return (head, int(tail), "") if tail.isdigit() else (identifier, 0, identifier)


def x__identifier_order__mutmut_5(identifier: str) -> tuple[str, int, str]:
    """Version ARNs by image, then by version number (2 before 10)."""
    head, _, tail = identifier.rpartition("/")
    return (head, int(tail), "") if (tail.isdigit()) and False else (identifier, 0, identifier)


def x__identifier_order__mutmut_6(identifier: str) -> tuple[str, int, str]:
    """Version ARNs by image, then by version number (2 before 10)."""
    head, _, tail = identifier.rpartition("/")
    return (head, int(tail), "") if (tail.isdigit()) or True else (identifier, 0, identifier)


def x__identifier_order__mutmut_7(identifier: str) -> tuple[str, int, str]:
    """Version ARNs by image, then by version number (2 before 10)."""
    head, _, tail = identifier.rpartition("/")
    return (head, int(None), "") if tail.isdigit() else (identifier, 0, identifier)


def x__identifier_order__mutmut_8(identifier: str) -> tuple[str, int, str]:
    """Version ARNs by image, then by version number (2 before 10)."""
    head, _, tail = identifier.rpartition("/")
    return (head, int(tail), "XXXX") if tail.isdigit() else (identifier, 0, identifier)


def x__identifier_order__mutmut_9(identifier: str) -> tuple[str, int, str]:
    """Version ARNs by image, then by version number (2 before 10)."""
    head, _, tail = identifier.rpartition("/")
    return (head, int(tail), "") if tail.isdigit() else (identifier, 1, identifier)

mutants_x__identifier_order__mutmut['_mutmut_orig'] = x__identifier_order__mutmut_orig # type: ignore # mutmut generated
mutants_x__identifier_order__mutmut['x__identifier_order__mutmut_1'] = x__identifier_order__mutmut_1 # type: ignore # mutmut generated
mutants_x__identifier_order__mutmut['x__identifier_order__mutmut_2'] = x__identifier_order__mutmut_2 # type: ignore # mutmut generated
mutants_x__identifier_order__mutmut['x__identifier_order__mutmut_3'] = x__identifier_order__mutmut_3 # type: ignore # mutmut generated
mutants_x__identifier_order__mutmut['x__identifier_order__mutmut_4'] = x__identifier_order__mutmut_4 # type: ignore # mutmut generated
mutants_x__identifier_order__mutmut['x__identifier_order__mutmut_5'] = x__identifier_order__mutmut_5 # type: ignore # mutmut generated
mutants_x__identifier_order__mutmut['x__identifier_order__mutmut_6'] = x__identifier_order__mutmut_6 # type: ignore # mutmut generated
mutants_x__identifier_order__mutmut['x__identifier_order__mutmut_7'] = x__identifier_order__mutmut_7 # type: ignore # mutmut generated
mutants_x__identifier_order__mutmut['x__identifier_order__mutmut_8'] = x__identifier_order__mutmut_8 # type: ignore # mutmut generated
mutants_x__identifier_order__mutmut['x__identifier_order__mutmut_9'] = x__identifier_order__mutmut_9 # type: ignore # mutmut generated
mutants_x__image_of__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__image_of__mutmut)
def _image_of(identifier: str) -> str:
    """The (lower-cased) image name inside a version ARN `...:image-version/<image>/<N>`."""
    return identifier.rpartition(":")[2].split("/")[1] if "/" in identifier else identifier


def x__image_of__mutmut_orig(identifier: str) -> str:
    """The (lower-cased) image name inside a version ARN `...:image-version/<image>/<N>`."""
    return identifier.rpartition(":")[2].split("/")[1] if "/" in identifier else identifier


def x__image_of__mutmut_1(identifier: str) -> str:
    """The (lower-cased) image name inside a version ARN `...:image-version/<image>/<N>`."""
    return identifier.rpartition(":")[2].split("/")[1] if ("/" in identifier) and False else identifier


def x__image_of__mutmut_2(identifier: str) -> str:
    """The (lower-cased) image name inside a version ARN `...:image-version/<image>/<N>`."""
    return identifier.rpartition(":")[2].split("/")[1] if ("/" in identifier) or True else identifier


def x__image_of__mutmut_3(identifier: str) -> str:
    """The (lower-cased) image name inside a version ARN `...:image-version/<image>/<N>`."""
    return identifier.rpartition(":")[2].split(None)[1] if "/" in identifier else identifier


def x__image_of__mutmut_4(identifier: str) -> str:
    """The (lower-cased) image name inside a version ARN `...:image-version/<image>/<N>`."""
    return identifier.rpartition(None)[2].split("/")[1] if "/" in identifier else identifier


def x__image_of__mutmut_5(identifier: str) -> str:
    """The (lower-cased) image name inside a version ARN `...:image-version/<image>/<N>`."""
    return identifier.partition(":")[2].split("/")[1] if "/" in identifier else identifier


def x__image_of__mutmut_6(identifier: str) -> str:
    """The (lower-cased) image name inside a version ARN `...:image-version/<image>/<N>`."""
    return identifier.rpartition("XX:XX")[2].split("/")[1] if "/" in identifier else identifier


def x__image_of__mutmut_7(identifier: str) -> str:
    """The (lower-cased) image name inside a version ARN `...:image-version/<image>/<N>`."""
    return identifier.rpartition(":")[3].split("/")[1] if "/" in identifier else identifier


def x__image_of__mutmut_8(identifier: str) -> str:
    """The (lower-cased) image name inside a version ARN `...:image-version/<image>/<N>`."""
    return identifier.rpartition(":")[2].split("XX/XX")[1] if "/" in identifier else identifier


def x__image_of__mutmut_9(identifier: str) -> str:
    """The (lower-cased) image name inside a version ARN `...:image-version/<image>/<N>`."""
    return identifier.rpartition(":")[2].split("/")[2] if "/" in identifier else identifier


def x__image_of__mutmut_10(identifier: str) -> str:
    """The (lower-cased) image name inside a version ARN `...:image-version/<image>/<N>`."""
    return identifier.rpartition(":")[2].split("/")[1] if "XX/XX" in identifier else identifier


def x__image_of__mutmut_11(identifier: str) -> str:
    """The (lower-cased) image name inside a version ARN `...:image-version/<image>/<N>`."""
    return identifier.rpartition(":")[2].split("/")[1] if "/" not in identifier else identifier

mutants_x__image_of__mutmut['_mutmut_orig'] = x__image_of__mutmut_orig # type: ignore # mutmut generated
mutants_x__image_of__mutmut['x__image_of__mutmut_1'] = x__image_of__mutmut_1 # type: ignore # mutmut generated
mutants_x__image_of__mutmut['x__image_of__mutmut_2'] = x__image_of__mutmut_2 # type: ignore # mutmut generated
mutants_x__image_of__mutmut['x__image_of__mutmut_3'] = x__image_of__mutmut_3 # type: ignore # mutmut generated
mutants_x__image_of__mutmut['x__image_of__mutmut_4'] = x__image_of__mutmut_4 # type: ignore # mutmut generated
mutants_x__image_of__mutmut['x__image_of__mutmut_5'] = x__image_of__mutmut_5 # type: ignore # mutmut generated
mutants_x__image_of__mutmut['x__image_of__mutmut_6'] = x__image_of__mutmut_6 # type: ignore # mutmut generated
mutants_x__image_of__mutmut['x__image_of__mutmut_7'] = x__image_of__mutmut_7 # type: ignore # mutmut generated
mutants_x__image_of__mutmut['x__image_of__mutmut_8'] = x__image_of__mutmut_8 # type: ignore # mutmut generated
mutants_x__image_of__mutmut['x__image_of__mutmut_9'] = x__image_of__mutmut_9 # type: ignore # mutmut generated
mutants_x__image_of__mutmut['x__image_of__mutmut_10'] = x__image_of__mutmut_10 # type: ignore # mutmut generated
mutants_x__image_of__mutmut['x__image_of__mutmut_11'] = x__image_of__mutmut_11 # type: ignore # mutmut generated
mutants_x__escape__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__escape__mutmut)
def _escape(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")


def x__escape__mutmut_orig(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")


def x__escape__mutmut_1(name: str) -> str:
    return name.replace("~", "~0").replace(None, "~1")


def x__escape__mutmut_2(name: str) -> str:
    return name.replace("~", "~0").replace("/", None)


def x__escape__mutmut_3(name: str) -> str:
    return name.replace("~", "~0").replace("~1")


def x__escape__mutmut_4(name: str) -> str:
    return name.replace("~", "~0").replace("/", )


def x__escape__mutmut_5(name: str) -> str:
    return name.replace(None, "~0").replace("/", "~1")


def x__escape__mutmut_6(name: str) -> str:
    return name.replace("~", None).replace("/", "~1")


def x__escape__mutmut_7(name: str) -> str:
    return name.replace("~0").replace("/", "~1")


def x__escape__mutmut_8(name: str) -> str:
    return name.replace("~", ).replace("/", "~1")


def x__escape__mutmut_9(name: str) -> str:
    return name.replace("XX~XX", "~0").replace("/", "~1")


def x__escape__mutmut_10(name: str) -> str:
    return name.replace("~", "XX~0XX").replace("/", "~1")


def x__escape__mutmut_11(name: str) -> str:
    return name.replace("~", "~0").replace("XX/XX", "~1")


def x__escape__mutmut_12(name: str) -> str:
    return name.replace("~", "~0").replace("/", "XX~1XX")

mutants_x__escape__mutmut['_mutmut_orig'] = x__escape__mutmut_orig # type: ignore # mutmut generated
mutants_x__escape__mutmut['x__escape__mutmut_1'] = x__escape__mutmut_1 # type: ignore # mutmut generated
mutants_x__escape__mutmut['x__escape__mutmut_2'] = x__escape__mutmut_2 # type: ignore # mutmut generated
mutants_x__escape__mutmut['x__escape__mutmut_3'] = x__escape__mutmut_3 # type: ignore # mutmut generated
mutants_x__escape__mutmut['x__escape__mutmut_4'] = x__escape__mutmut_4 # type: ignore # mutmut generated
mutants_x__escape__mutmut['x__escape__mutmut_5'] = x__escape__mutmut_5 # type: ignore # mutmut generated
mutants_x__escape__mutmut['x__escape__mutmut_6'] = x__escape__mutmut_6 # type: ignore # mutmut generated
mutants_x__escape__mutmut['x__escape__mutmut_7'] = x__escape__mutmut_7 # type: ignore # mutmut generated
mutants_x__escape__mutmut['x__escape__mutmut_8'] = x__escape__mutmut_8 # type: ignore # mutmut generated
mutants_x__escape__mutmut['x__escape__mutmut_9'] = x__escape__mutmut_9 # type: ignore # mutmut generated
mutants_x__escape__mutmut['x__escape__mutmut_10'] = x__escape__mutmut_10 # type: ignore # mutmut generated
mutants_x__escape__mutmut['x__escape__mutmut_11'] = x__escape__mutmut_11 # type: ignore # mutmut generated
mutants_x__escape__mutmut['x__escape__mutmut_12'] = x__escape__mutmut_12 # type: ignore # mutmut generated
mutants_x__unescape__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__unescape__mutmut)
def _unescape(segment: str) -> str:
    return segment.replace("~1", "/").replace("~0", "~")


def x__unescape__mutmut_orig(segment: str) -> str:
    return segment.replace("~1", "/").replace("~0", "~")


def x__unescape__mutmut_1(segment: str) -> str:
    return segment.replace("~1", "/").replace(None, "~")


def x__unescape__mutmut_2(segment: str) -> str:
    return segment.replace("~1", "/").replace("~0", None)


def x__unescape__mutmut_3(segment: str) -> str:
    return segment.replace("~1", "/").replace("~")


def x__unescape__mutmut_4(segment: str) -> str:
    return segment.replace("~1", "/").replace("~0", )


def x__unescape__mutmut_5(segment: str) -> str:
    return segment.replace(None, "/").replace("~0", "~")


def x__unescape__mutmut_6(segment: str) -> str:
    return segment.replace("~1", None).replace("~0", "~")


def x__unescape__mutmut_7(segment: str) -> str:
    return segment.replace("/").replace("~0", "~")


def x__unescape__mutmut_8(segment: str) -> str:
    return segment.replace("~1", ).replace("~0", "~")


def x__unescape__mutmut_9(segment: str) -> str:
    return segment.replace("XX~1XX", "/").replace("~0", "~")


def x__unescape__mutmut_10(segment: str) -> str:
    return segment.replace("~1", "XX/XX").replace("~0", "~")


def x__unescape__mutmut_11(segment: str) -> str:
    return segment.replace("~1", "/").replace("XX~0XX", "~")


def x__unescape__mutmut_12(segment: str) -> str:
    return segment.replace("~1", "/").replace("~0", "XX~XX")

mutants_x__unescape__mutmut['_mutmut_orig'] = x__unescape__mutmut_orig # type: ignore # mutmut generated
mutants_x__unescape__mutmut['x__unescape__mutmut_1'] = x__unescape__mutmut_1 # type: ignore # mutmut generated
mutants_x__unescape__mutmut['x__unescape__mutmut_2'] = x__unescape__mutmut_2 # type: ignore # mutmut generated
mutants_x__unescape__mutmut['x__unescape__mutmut_3'] = x__unescape__mutmut_3 # type: ignore # mutmut generated
mutants_x__unescape__mutmut['x__unescape__mutmut_4'] = x__unescape__mutmut_4 # type: ignore # mutmut generated
mutants_x__unescape__mutmut['x__unescape__mutmut_5'] = x__unescape__mutmut_5 # type: ignore # mutmut generated
mutants_x__unescape__mutmut['x__unescape__mutmut_6'] = x__unescape__mutmut_6 # type: ignore # mutmut generated
mutants_x__unescape__mutmut['x__unescape__mutmut_7'] = x__unescape__mutmut_7 # type: ignore # mutmut generated
mutants_x__unescape__mutmut['x__unescape__mutmut_8'] = x__unescape__mutmut_8 # type: ignore # mutmut generated
mutants_x__unescape__mutmut['x__unescape__mutmut_9'] = x__unescape__mutmut_9 # type: ignore # mutmut generated
mutants_x__unescape__mutmut['x__unescape__mutmut_10'] = x__unescape__mutmut_10 # type: ignore # mutmut generated
mutants_x__unescape__mutmut['x__unescape__mutmut_11'] = x__unescape__mutmut_11 # type: ignore # mutmut generated
mutants_x__unescape__mutmut['x__unescape__mutmut_12'] = x__unescape__mutmut_12 # type: ignore # mutmut generated
