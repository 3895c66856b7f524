"""`imgver drift --accept ADDR[.Property]` and `--ignore ADDR --reason TEXT [--until DATE]`.

Owns answering drift in the spec file: an accepted difference's live value is written
into the spec entry (`planner.spec.rewrite`) and recorded as last applied in state under
the state lock; an ignore rule is appended to the spec's `drift.ignore`. Every request is
checked first (addresses, properties, differences, dates, `${...}` values), so bad input
writes nothing; a spec the edits would make invalid is put back as it was. The report
returned judges the same live reading against the edited spec and state.

Must not: judge drift (`planner.drift.compare`), choose the values kept
(`planner.drift.accept`) or edit YAML text itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from planner.cli.workspace import Workspace
from planner.drift.accept import Acceptance, accept_into_state, acceptances, parse_accept
from planner.drift.compare import DriftReport, parse_ignore
from planner.drift.job import DriftReading, judge_drift, read_drift
from planner.errors import UsageError
from planner.plan.binding import bind_state
from planner.spec.desired import SECTIONS, DriftIgnore, Spec
from planner.spec.rewrite import PropertyEdit, add_ignores, set_properties
from state.files import replace_file
from state.recorded.model import State
from state.schema import ALIASES, IMAGE_VERSION, load_schema
from state.values import canonical_json

__all__ = ["Answered", "answer_drift", "ignore_rules"]


@dataclass
class Answered:
    """The report after the answers, and one line per thing written."""

    report: DriftReport
    lines: list[str] = field(default_factory=list)


def ignore_rules(
    ignore: Sequence[str], reason: str | None, until: str | None, *, today: dt.date
) -> list[DriftIgnore]:
    """The rules `--ignore ... --reason TEXT [--until DATE]` writes ([] without --reason);
    UsageError for --until without --reason, a blank reason, or a bad or past date."""
    if reason is None:
        if until is not None:
            raise UsageError(
                "--until needs --reason", "e.g. --ignore ADDR --reason TEXT --until DATE"
            )
        return []
    if not reason.strip():
        raise UsageError("--reason is blank", "say why the difference may stay")
    if not ignore:
        raise UsageError("--reason needs --ignore ADDR[.Property]", "name what to ignore")
    last_day = _date(until, today=today) if until is not None else None
    return [
        DriftIgnore(rule.address, rule.property, reason.strip(), last_day)
        for rule in (parse_ignore(text) for text in ignore)
    ]


def answer_drift(
    workspace: Workspace,
    *,
    accept: Sequence[str],
    rules: Sequence[DriftIgnore],
    parallelism: int,
    lock_timeout: float,
    today: dt.date,
    now: str,
) -> Answered:
    """Write the accepted live values and the ignore rules; the report judged after."""
    for text in accept:
        parse_accept(text)
    spec = workspace.spec
    if not accept:
        state = workspace.read_state()
        _check_rules(rules, spec, state)
        reading = read_drift(spec=spec, state=state, cloud=workspace.cloud, parallelism=parallelism)
        edited = _edit_spec(workspace, [], rules)
        return _answered(edited, state, reading, [], rules, workspace, today, now)
    store = workspace.store
    with store.lock("drift --accept", timeout=lock_timeout):
        state = workspace.read_state()
        _check_rules(rules, spec, state)
        reading = read_drift(spec=spec, state=state, cloud=workspace.cloud, parallelism=parallelism)
        report = judge_drift(
            spec=spec,
            state=state,
            reading=reading,
            today=today,
            now=now,
            account=workspace.target.account,
        )
        accepted = acceptances(report, accept, reading.live, spec.resources)
        # The spec first: a record ahead of its spec would plan the old value back.
        edited = _edit_spec(workspace, accepted, rules)
        bind_state(state, workspace.target)
        accept_into_state(state, accepted)
        store.write(state)
    return _answered(edited, state, reading, accepted, rules, workspace, today, now)


def _answered(
    spec: Spec,
    state: State,
    reading: DriftReading,
    accepted: Sequence[Acceptance],
    rules: Sequence[DriftIgnore],
    workspace: Workspace,
    today: dt.date,
    now: str,
) -> Answered:
    path = workspace.spec_file
    lines = []
    for item in accepted:
        written = "removed" if item.removed else f"now {canonical_json(item.value)}"
        lines.append(f"Accepted {item.address}.{item.property} into {path}: {written}")
    for rule in rules:
        name = f"{rule.address}.{rule.property}" if rule.property else rule.address
        until = f", until {rule.until.isoformat()}" if rule.until else ""
        lines.append(f"Added a drift.ignore rule to {path}: {name} ({rule.reason}{until})")
    report = judge_drift(
        spec=spec,
        state=state,
        reading=reading,
        today=today,
        now=now,
        account=workspace.target.account,
    )
    return Answered(report, lines)


def _edit_spec(
    workspace: Workspace, accepted: Sequence[Acceptance], rules: Sequence[DriftIgnore]
) -> Spec:
    """The spec file edited and loaded again; on any failure it is put back as it was."""
    path = workspace.spec_file
    original = path.read_bytes()
    edits = [edit for item in accepted for edit in _edits(item)]
    if edits:
        set_properties(path, edits)  # refuses before writing
    try:
        if rules:
            add_ignores(path, rules)
        return workspace.load_spec(workspace.environment)
    except BaseException:
        replace_file(path, original)
        raise


def _edits(item: Acceptance) -> list[PropertyEdit]:
    section, name = item.address.split(".", 1)
    edits = []
    if item.property == ALIASES:
        # One alias set: a single `Alias` given at create gives way to the accepted list.
        edits.append(PropertyEdit(section, name, "Alias", remove=True))
    edits.append(PropertyEdit(section, name, item.property, item.value, remove=item.removed))
    return edits


def _check_rules(rules: Sequence[DriftIgnore], spec: Spec, state: State) -> None:
    for rule in rules:
        if rule.address.startswith("arn:"):
            continue
        if rule.address in spec.resources:
            type_name = spec.resources[rule.address].type_name
        elif rule.address in state.resources:
            type_name = state.resources[rule.address].type
        else:
            raise UsageError(
                f"--ignore {rule.address}: neither the spec nor state has it",
                f"an address is <section>.<name> with section {' or '.join(SECTIONS)}",
            )
        properties = load_schema(type_name).properties
        extra = {"Alias"} if type_name == IMAGE_VERSION else set()
        if rule.property is not None and rule.property not in (set(properties) | extra):
            raise UsageError(
                f"--ignore {rule.address}.{rule.property}: {rule.property} is not a property "
                f"of {type_name}",
                f"its properties: {', '.join(sorted(properties))}",
            )


def _date(text: str, *, today: dt.date) -> dt.date:
    try:
        day = dt.date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"--until {text!r} is not a date", "write it as YYYY-MM-DD") from None
    if day < today:
        raise UsageError(
            f"--until {day.isoformat()} is in the past (today is {today.isoformat()})",
            "a rule that has expired would ignore nothing; give a later date",
        )
    return day
