"""Saved plans: the plan file, live fingerprints and the staleness check.

Owns the plan file format (`{"format": "imgver-plan", "version": 1, ...}`):
`save_plan` writes a Plan atomically, `load_plan` reads it back equal or refuses the file
by name, and `check_fresh` (with the live fingerprints of `planner.plan.changes`) refuses a
saved plan whose state lineage/serial, live fingerprints or spec hash differ from the
present ("Saved plan is stale").

Must not: build or change plans (that is `planner.plan.build`), read the cloud or the state
(callers pass what they read), read a clock, or import boto3. Its only I/O is the plan
file.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final, get_args

from planner.errors import PlanError, StalePlanError
from planner.plan.changes import (
    ABSENT,
    Action,
    Plan,
    PlanMode,
    PropertyChange,
    PropertyChangeKind,
    ReplaceCause,
    ResourceChange,
    Step,
    StepKind,
)
from planner.plan.signing import sign, verify
from state.files import replace_file, write_problem
from state.limits import LimitExceeded, parse_json
from state.recorded.model import State

__all__ = [
    "PLAN_FORMAT",
    "PLAN_VERSION",
    "check_fresh",
    "check_writable",
    "load_plan",
    "plan_document",
    "save_plan",
]

PLAN_FORMAT: Final = "imgver-plan"
PLAN_VERSION: Final = 1

_MODES: Final = get_args(PlanMode)
_PROPERTY_CHANGE_KINDS: Final = get_args(PropertyChangeKind)


def check_fresh(
    plan: Plan,
    *,
    state: State,
    live_fingerprints: Mapping[str, str],
    spec_hash: str | None,
) -> None:
    """Refuse a saved plan made against another state, cloud or spec than the present.

    `live_fingerprints` are `fingerprint()`s of the models read now; an address missing
    on either side counts as absent. `spec_hash` None skips the spec comparison.
    Raises StalePlanError("Saved plan is stale") with one detail line per difference.
    """
    problems = []
    if plan.lineage != state.lineage:
        problems.append(
            f"the state is another one: lineage {state.lineage}, "
            f"the plan was made against lineage {plan.lineage}"
        )
    elif plan.serial != state.serial:
        problems.append(
            f"the state has changed since the plan was made (serial {plan.serial} -> "
            f"{state.serial})"
        )
    for address in sorted(set(plan.live_fingerprints) | set(live_fingerprints)):
        if plan.live_fingerprints.get(address, ABSENT) != live_fingerprints.get(address, ABSENT):
            problems.append(f"the live model of {address} has changed")
    if spec_hash is not None and spec_hash != plan.spec_hash:
        problems.append("the spec has changed since the plan was made")
    if problems:
        raise StalePlanError(
            "Saved plan is stale",
            "\n".join([*problems, "run `imgver plan --out FILE` again and apply the new plan"]),
        )


def save_plan(plan: Plan, path: Path, *, key: str | None = None) -> None:
    """Write `plan` to `path` as JSON, atomically (signed when `key` is set, see
    `planner.plan.signing`); PlanError when it cannot be written."""
    text = json.dumps(sign(plan_document(plan), key), indent=2, ensure_ascii=False) + "\n"
    try:
        replace_file(path, text.encode("utf-8"))
    except OSError as error:
        raise PlanError(f"cannot write the plan to {path}", str(error)) from error


def check_writable(path: Path) -> None:
    """Refuse (PlanError) a plan path that cannot be written, before anything is read."""
    problem = write_problem(path)
    if problem:
        raise PlanError(f"cannot write the plan to {path}: {problem}", "choose another --out path")


def load_plan(path: Path, *, key: str | None = None, check_signature: bool = False) -> Plan:
    """Read a plan `save_plan` wrote; PlanError naming the file for anything else.

    With `check_signature`, its HMAC is checked against `key` (`planner.plan.signing`).
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PlanError(
            f"plan file {path} does not exist", "save a plan with `imgver plan --out FILE`"
        ) from None
    except (OSError, UnicodeDecodeError) as error:
        raise PlanError(f"cannot read plan file {path}", str(error)) from error
    try:
        document = parse_json(text)
    except LimitExceeded as error:
        raise PlanError(f"{path} is refused: {error}") from None
    except json.JSONDecodeError as error:
        raise PlanError(f"{path} is not a saved imgver plan", f"invalid JSON: {error}") from None
    if not isinstance(document, dict) or document.get("format") != PLAN_FORMAT:
        raise PlanError(
            f"{path} is not a saved imgver plan",
            f'expected "format": "{PLAN_FORMAT}" (save one with `imgver plan --out FILE`)',
        )
    version = document.get("version")
    if not isinstance(version, int) or version > PLAN_VERSION:
        raise PlanError(
            f"{path} has plan format version {version!r}, which this imgver cannot read",
            f"it reads version {PLAN_VERSION}: make the plan again with this imgver",
        )
    if check_signature:
        verify(document, key, source=str(path))
    try:
        plan = _plan_from_document(document)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise PlanError(
            f"{path} is a damaged imgver plan", f"{type(error).__name__}: {error}"
        ) from None
    # A plan file holds only what `save_plan` writes: anything else is an edit.
    unknown = sorted(str(name) for name in set(document) - set(plan_document(plan)) - {"hmac"})
    if unknown:
        raise PlanError(
            f"{path} is an altered imgver plan",
            f"it holds members imgver never writes: {', '.join(unknown)}; make the plan again "
            "with `imgver plan --out FILE`",
        )
    return plan


def plan_document(plan: Plan) -> dict[str, Any]:
    """The plan as the JSON-ready document a plan file holds (without its HMAC)."""
    return {
        "format": PLAN_FORMAT,
        "version": PLAN_VERSION,
        "mode": plan.mode,
        "created_at": plan.created_at,
        "region": plan.region,
        "account": plan.account,
        "environment": plan.environment,
        "spec_hash": plan.spec_hash,
        "lineage": plan.lineage,
        "serial": plan.serial,
        "targets": list(plan.targets),
        "live_fingerprints": dict(plan.live_fingerprints),
        "variables": dict(plan.variables),
        "drift": [
            {
                "address": change.address,
                "type": change.type_name,
                "action": change.action.value,
                "identifier": change.identifier,
                "before": change.before,
                "after": change.after,
                "reasons": change.reasons,
            }
            for change in plan.drift
        ],
        "replace": list(plan.force_replace),
        "changes": [
            {
                "address": change.address,
                "type": change.type_name,
                "action": change.action.value,
                "identifier": change.identifier,
                "before": change.before,
                "after": change.after,
                "patch": change.patch,
                "replace_paths": change.replace_paths,
                "property_changes": [
                    {
                        "path": pc.path,
                        "before": pc.before,
                        "after": pc.after,
                        "kind": pc.kind,
                        "forces_replacement": pc.forces_replacement,
                        "details": list(pc.details),
                    }
                    for pc in change.property_changes
                ],
                "reasons": change.reasons,
                "replace_causes": [cause.value for cause in change.replace_causes],
                **_moved_from(change.moved_from),
            }
            for change in plan.changes
        ],
        "notes": list(plan.notes),
        "steps": [
            {
                "id": step.id,
                "address": step.address,
                "kind": step.kind.value,
                "type": step.type_name,
                "identifier": step.identifier,
                "properties": step.properties,
                "patch": step.patch,
                "depends_on": list(step.depends_on),
                "deposed": step.deposed,
                "description": step.description,
                **_moved_from(step.moved_from),
            }
            for step in plan.steps
        ],
    }


def _plan_from_document(document: Mapping[str, Any]) -> Plan:
    mode = document["mode"]
    if mode not in _MODES:
        raise ValueError(f"unknown plan mode {mode!r}")
    changes = []
    for item in document["changes"]:
        property_changes = []
        for pc in item["property_changes"]:
            if pc["kind"] not in _PROPERTY_CHANGE_KINDS:
                raise ValueError(f"unknown property change kind {pc['kind']!r}")
            property_changes.append(
                PropertyChange(
                    path=str(pc["path"]),
                    before=pc["before"],
                    after=pc["after"],
                    kind=pc["kind"],
                    forces_replacement=bool(pc["forces_replacement"]),
                    # Plans saved before detail lines existed have none.
                    details=_details(pc.get("details", [])),
                )
            )
        changes.append(
            ResourceChange(
                address=str(item["address"]),
                type_name=str(item["type"]),
                action=Action(item["action"]),
                identifier=_optional_str(item["identifier"]),
                before=_optional_dict(item["before"]),
                after=_optional_dict(item["after"]),
                patch=_ops(item["patch"]),
                replace_paths=[str(path) for path in item["replace_paths"]],
                property_changes=property_changes,
                reasons=[str(reason) for reason in item["reasons"]],
                # Plans saved before moved blocks existed move nothing.
                moved_from=_optional_str(item.get("moved_from")),
                # Plans saved before replacement causes were kept name none.
                replace_causes=tuple(ReplaceCause(c) for c in item.get("replace_causes", [])),
            )
        )
    steps = [
        Step(
            id=str(item["id"]),
            address=str(item["address"]),
            kind=StepKind(item["kind"]),
            type_name=str(item["type"]),
            identifier=_optional_str(item["identifier"]),
            properties=_optional_dict(item["properties"]),
            patch=_ops(item["patch"]),
            depends_on=tuple(str(step_id) for step_id in item["depends_on"]),
            deposed=bool(item["deposed"]),
            description=str(item["description"]),
            moved_from=_optional_str(item.get("moved_from")),
        )
        for item in document["steps"]
    ]
    return Plan(
        changes=changes,
        steps=steps,
        mode=mode,
        spec_hash=str(document["spec_hash"]),
        lineage=str(document["lineage"]),
        serial=int(document["serial"]),
        region=str(document["region"]),
        live_fingerprints={
            str(address): str(value) for address, value in document["live_fingerprints"].items()
        },
        targets=tuple(str(target) for target in document["targets"]),
        created_at=str(document["created_at"]),
        # Plans saved before accounts were recorded have neither.
        account=str(document.get("account", "")),
        environment=str(document.get("environment", "")),
        # Plans saved before drift and variables were kept have neither.
        drift=[
            ResourceChange(
                address=str(item["address"]),
                type_name=str(item["type"]),
                action=Action(item["action"]),
                identifier=_optional_str(item["identifier"]),
                before=_optional_dict(item["before"]),
                after=_optional_dict(item["after"]),
                reasons=[str(reason) for reason in item["reasons"]],
            )
            for item in document.get("drift", [])
        ],
        variables={str(k): str(v) for k, v in document.get("variables", {}).items()},
        # Plans saved before --replace was recorded replace nothing by force.
        force_replace=tuple(str(address) for address in document.get("replace", [])),
        # Plans saved before notes were kept have none.
        notes=[str(note) for note in document.get("notes", [])],
    )


def _moved_from(address: str | None) -> dict[str, str]:
    """The `moved_from` key of a change or step that a `moved:` block moves, else none."""
    return {"moved_from": address} if address else {}


def _optional_str(value: Any) -> str | None:
    return None if value is None else str(value)


def _optional_dict(value: Any) -> dict[str, Any] | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise TypeError(f"expected an object or null, got {type(value).__name__}")
    return value


def _details(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(line, str) for line in value):
        raise TypeError("detail lines must be a list of strings")
    return tuple(value)


def _ops(value: Any) -> list[dict[str, Any]]:
    if not isinstance(value, list) or not all(isinstance(op, dict) for op in value):
        raise TypeError("a patch must be a list of operations")
    return value
