"""A plan as text for people and as Terraform-style plan JSON for tools.

`render_plan_text` follows Terraform's plan output: a legend of the symbols used, one
block per changing address (`# image_versions.ds will be updated in-place`) listing the
properties that change (`old -> new`, or for a nested value the property's detail lines
indented under it), `# forces replacement` on create-only paths, read-only values
`(known after apply)`, an address a `moved:` block renames (`# ... has moved from ...`),
and the summary line `Plan: 1 to add, 1 to change, 1 to replace, 0 to destroy.`
(`, N to move` when any). ANSI colour only when asked.

`plan_to_json` follows Terraform's JSON plan representation (format 1.2), every top-level
key policy tools read: `terraform_version` (see `planner.render.tfjson`), `variables`,
`planned_values`, `prior_state`, `configuration`, `resource_drift` (changes made outside
imgver, in every mode), `resource_changes[]` with `address`, `mode`, `type`, `name`,
`provider_name`, `action_reason` and a `change` holding `actions`, `before`, `after`,
`after_unknown`, `before_sensitive`/`after_sensitive`, `replace_paths` (lists of keys),
`previous_address` for a moved one, plus imgver's own `patch` (the RFC 6902 document
sent) and `reasons`; `output_changes`, `relevant_attributes`, `applyable`, `complete`,
`errored`, `timestamp`, and the state lineage/serial, spec hash, region and mode.
Refresh-only changes go to `resource_drift`, as Terraform puts them.

Must not: decide anything; every fact shown is in the Plan (plus the type schema's list
of read-only properties).
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any, Final

from planner import __version__
from planner.plan.changes import DEPOSED_SUFFIX, Action, Plan, PropertyChange, ResourceChange
from planner.render import tfjson
from state.schema import load_schema

__all__ = ["FORMAT_VERSION", "PROVIDER_NAME", "plan_to_json", "render_plan_text"]

FORMAT_VERSION: Final = "1.2"
PROVIDER_NAME: Final = tfjson.PROVIDER_NAME

_RESET: Final = "\x1b[0m"
_BOLD: Final = "\x1b[1m"
_GREEN: Final = "\x1b[32m"
_YELLOW: Final = "\x1b[33m"
_RED: Final = "\x1b[31m"

# Symbol (three columns, as Terraform aligns them), legend text, colours of its characters.
_SYMBOLS: Final[dict[Action, tuple[str, str, str]]] = {
    Action.CREATE: ("  +", "create", "  G"),
    Action.UPDATE: ("  ~", "update in-place", "  Y"),
    Action.DELETE_THEN_CREATE: ("-/+", "destroy and then create replacement", "R G"),
    Action.CREATE_THEN_DELETE: ("+/-", "create replacement and then destroy", "G R"),
    Action.CREATE_THEN_FORGET: ("+/.", "create replacement and then forget the old one", "G R"),
    Action.DELETE: ("  -", "destroy", "  R"),
    Action.FORGET: ("  .", "forget (stop managing, leave it in the cloud)", "  R"),
    Action.REMOVE_RECORD: ("  .", "remove from state (already gone from the cloud)", "  R"),
    Action.REFRESH: ("  ~", "record the live values in state", "  Y"),
    # Shown only for a moved address: its record moves, nothing changes in the cloud.
    Action.NOOP: ("   ", "move (only the state record moves)", "   "),
}
_COLOURS: Final = {"G": _GREEN, "Y": _YELLOW, "R": _RED}
# The marker a detail line starts with, as the kind of property line it would be.
_DETAIL_KINDS: Final = {"+": "add", "-": "remove", "~": "change"}

_HEADLINES: Final = {
    Action.CREATE: "will be created",
    Action.UPDATE: "will be updated in-place",
    Action.DELETE_THEN_CREATE: "must be replaced",
    Action.CREATE_THEN_DELETE: "must be replaced",
    Action.CREATE_THEN_FORGET: "must be replaced (the old one stays in the cloud)",
    Action.DELETE: "will be destroyed",
    Action.FORGET: "will no longer be managed by imgver",
    Action.REMOVE_RECORD: "is gone from the cloud; its record will be removed from state",
    Action.REFRESH: "has changed outside imgver",
}

_JSON_ACTIONS: Final = {
    Action.NOOP: ["no-op"],
    Action.CREATE: ["create"],
    Action.UPDATE: ["update"],
    Action.DELETE_THEN_CREATE: ["delete", "create"],
    Action.CREATE_THEN_DELETE: ["create", "delete"],
    Action.CREATE_THEN_FORGET: ["create", "forget"],
    Action.DELETE: ["delete"],
    Action.FORGET: ["forget"],
    Action.REMOVE_RECORD: ["forget"],
}
# What a refresh-only change says happened outside imgver (Terraform's resource_drift).
_DRIFT_ACTIONS: Final = {Action.REFRESH: ["update"], Action.REMOVE_RECORD: ["delete"]}


def render_plan_text(plan: Plan, *, color: bool) -> str:
    """The plan as a person reviews it (no final newline); ANSI colours only when `color`."""
    paint = _Painter(color)
    shown = [
        change for change in plan.changes if change.action is not Action.NOOP or change.moved_from
    ]
    if plan.mode == "refresh-only":
        return _render_refresh(shown, paint)
    if not shown:
        if plan.mode == "destroy":
            return "No changes. No objects need to be destroyed."
        return "\n".join(
            ["No changes. Your image versions match the configuration.", *render_notes(plan)]
        )
    lines = _legend(shown, paint)
    lines += ["", "imgver will perform the following actions:", ""]
    for change in shown:
        lines += _block(change, paint)
        lines.append("")
    lines.append(paint.bold(summary_line(plan)))
    lines += render_notes(plan)
    return "\n".join(lines)


def render_notes(plan: Plan) -> list[str]:
    """The plan's notes, after a blank line (none: nothing)."""
    return ["", *(f"Note: {note}." for note in plan.notes)] if plan.notes else []


def summary_line(plan: Plan) -> str:
    """`Plan: 2 to add, 1 to change, 1 to replace, 0 to destroy.` (`, N to forget` when any)."""
    counts = Counter(change.action.summary_count for change in plan.changes)
    forget = f", {counts['forget']} to forget" if counts["forget"] else ""
    moves = sum(1 for change in plan.changes if change.moved_from)
    move = f", {moves} to move" if moves else ""
    return (
        f"Plan: {counts['add']} to add, {counts['change']} to change, "
        f"{counts['replace']} to replace, {counts['destroy']} to destroy{forget}{move}."
    )


def plan_to_json(plan: Plan) -> dict[str, Any]:
    """The plan in Terraform's JSON plan shape, with imgver's `patch` on every change."""
    if plan.mode == "refresh-only":
        resource_changes = []
        drifted = [change for change in plan.changes if change.action in _DRIFT_ACTIONS]
    else:
        resource_changes = [
            _json_change(change, _JSON_ACTIONS[change.action], plan.mode) for change in plan.changes
        ]
        drifted = plan.drift
    resource_drift = [
        _json_change(change, _DRIFT_ACTIONS[change.action], plan.mode)
        for change in drifted
        if change.action in _DRIFT_ACTIONS
    ]
    unknown = {item["address"]: list(item["change"]["after_unknown"]) for item in resource_changes}
    document: dict[str, Any] = {
        "format_version": FORMAT_VERSION,
        "terraform_version": tfjson.TERRAFORM_VERSION,
        "imgver_version": __version__,
        "mode": plan.mode,
        "region": plan.region,
        "account": plan.account,
        "lineage": plan.lineage,
        "serial": plan.serial,
        "spec_hash": plan.spec_hash,
        "variables": tfjson.variables(plan.variables),
        "planned_values": tfjson.planned_values(
            [] if plan.mode == "refresh-only" else plan.changes, unknown
        ),
        "resource_drift": resource_drift,
        "resource_changes": resource_changes,
        "output_changes": {},
        "prior_state": tfjson.prior_state(plan.changes),
        "configuration": tfjson.configuration(
            [] if plan.mode == "destroy" else plan.changes, plan.region
        ),
        "relevant_attributes": [],
        "applyable": plan.has_changes,
        # Terraform's meaning: false when --target left part of the configuration out.
        "complete": not plan.targets,
        "errored": False,
    }
    if plan.environment:
        document["environment"] = plan.environment
    if plan.created_at:
        document["timestamp"] = plan.created_at
    if plan.targets:
        document["targets"] = list(plan.targets)
    return document


# -- JSON ------------------------------------------------------------------------------------


def _json_change(change: ResourceChange, actions: list[str], mode: str) -> dict[str, Any]:
    address = change.address.removesuffix(DEPOSED_SUFFIX)
    creates = "create" in actions
    unknown = sorted(load_schema(change.type_name).read_only) if creates else []
    body: dict[str, Any] = {
        "actions": list(actions),
        "before": change.before,
        "after": None if change.action in (Action.FORGET, Action.REMOVE_RECORD) else change.after,
        "after_unknown": dict.fromkeys(unknown, True),
        "before_sensitive": False if change.before is None else {},
        "after_sensitive": False if change.after is None else {},
        "patch": change.patch,
    }
    if change.replace_paths:
        body["replace_paths"] = [_keys(path) for path in change.replace_paths]
    item: dict[str, Any] = {
        "address": address,
        "mode": "managed",
        "type": change.type_name,
        "name": address.split(".", 1)[1],
        "provider_name": PROVIDER_NAME,
        "change": body,
        "reasons": list(change.reasons),
    }
    reason = tfjson.action_reason(change, mode)
    if reason:
        item["action_reason"] = reason
    if change.address.endswith(DEPOSED_SUFFIX):
        # Terraform names a deposed object by a key; ours is the object's identifier.
        item["deposed"] = change.identifier
    if change.moved_from:
        item["previous_address"] = change.moved_from
    return item


def _keys(pointer: str) -> list[str | int]:
    """A JSON Pointer as Terraform's list of keys (`/Tags/0/Key` -> ["Tags", 0, "Key"])."""
    keys: list[str | int] = []
    for token in pointer.split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        keys.append(int(token) if token.isdigit() else token)
    return keys


# -- text ------------------------------------------------------------------------------------


class _Painter:
    def __init__(self, color: bool) -> None:
        self.color = color

    def bold(self, text: str) -> str:
        return f"{_BOLD}{text}{_RESET}" if self.color else text

    def symbol(self, action: Action) -> str:
        symbol, _, colours = _SYMBOLS[action]
        if not self.color:
            return symbol
        return "".join(
            f"{_COLOURS[code]}{char}{_RESET}" if code in _COLOURS else char
            for char, code in zip(symbol, colours, strict=True)
        )

    def mark(self, kind: str) -> str:
        """The one-character marker of a property line."""
        char, colour = {"add": ("+", _GREEN), "remove": ("-", _RED), "change": ("~", _YELLOW)}[kind]
        return f"{colour}{char}{_RESET}" if self.color else char


def _legend(changes: list[ResourceChange], paint: _Painter) -> list[str]:
    used = {change.action for change in changes}
    lines = ["Resource actions are indicated with the following symbols:"]
    for action, (_, text, _) in _SYMBOLS.items():
        if action in used:
            lines.append(f"{paint.symbol(action)} {text}")
    return lines


def _block(change: ResourceChange, paint: _Painter, *, headline: str = "") -> list[str]:
    address = change.address.removesuffix(DEPOSED_SUFFIX)
    title = address
    if change.address.endswith(DEPOSED_SUFFIX):
        title = f"{address} (deposed object {change.identifier})"
    if change.moved_from and change.action is Action.NOOP and not headline:
        headline = f"has moved from {change.moved_from}"
    lines = [paint.bold(f"  # {title} {headline or _HEADLINES[change.action]}")]
    lines += [f"  # ({reason})" for reason in change.reasons]
    name = address.split(".", 1)[1]
    lines.append(f'{paint.symbol(change.action)} resource "{change.type_name}" "{name}" {{')
    rows = _rows(change)
    # A property shown by its detail lines has no `=` to align.
    width = max((len(prop) for _, prop, _, details in rows if not details), default=0)
    for marker, prop, text, details in rows:
        lead = f"      {paint.mark(marker)} " if marker else "        "
        if details:
            lines.append(f"{lead}{prop} {text}" if text else f"{lead}{prop}")
            lines += [
                f"          {paint.mark(_DETAIL_KINDS[line[0]])}{line[1:]}" for line in details
            ]
        else:
            lines.append(f"{lead}{prop.ljust(width)} = {text}" if prop else f"{lead}{text}")
    hidden = _hidden_count(change)
    if hidden:
        noun = "attribute" if hidden == 1 else "attributes"
        lines.append(f"        # ({hidden} unchanged {noun} hidden)")
    lines.append("    }")
    return lines


# (marker kind or "", property name, text after "=" (after the name when there are detail
# lines), detail lines)
Row = tuple[str, str, str, tuple[str, ...]]


def _rows(change: ResourceChange) -> list[Row]:
    read_only = load_schema(change.type_name).read_only
    action = change.action
    if action is Action.CREATE:
        after = change.after or {}
        rows: list[Row] = [
            ("add", name, _value(value), ()) for name, value in sorted(after.items())
        ]
        rows += [("add", name, "(known after apply)", ()) for name in sorted(read_only)]
        return sorted(rows, key=lambda row: row[1])
    if action is Action.DELETE:
        before = change.before or {}
        return [("remove", name, f"{_value(value)} -> null", ()) for name, value in before.items()]
    if action in (Action.FORGET, Action.REMOVE_RECORD):
        primary = load_schema(change.type_name).primary_identifier
        return [("", primary, _value(change.identifier), ())] if change.identifier else []
    rows = [_property_row(pc) for pc in change.property_changes]
    if action.is_replace:
        before = change.before or {}
        rows += [
            ("change", name, f"{_value(before[name])} -> (known after apply)", ())
            for name in sorted(read_only)
            if name in before
        ]
    return sorted(rows, key=lambda row: row[1])


def _property_row(change: PropertyChange) -> Row:
    name = change.path[1:]
    if change.details:
        text = "# forces replacement" if change.forces_replacement else ""
        return (change.kind, name, text, change.details)
    if change.kind == "add":
        text = _value(change.after)
    elif change.kind == "remove":
        text = f"{_value(change.before)} -> null"
    else:
        text = f"{_value(change.before)} -> {_value(change.after)}"
    if change.forces_replacement:
        text += " # forces replacement"
    return (change.kind, name, text, ())


def _hidden_count(change: ResourceChange) -> int:
    if change.action not in (Action.UPDATE, Action.REFRESH) and not change.action.is_replace:
        return 0
    shown = {pc.path[1:] for pc in change.property_changes}
    present = set(change.before or {})
    if change.action.is_replace:
        present -= load_schema(change.type_name).read_only
    return len(present - shown)


def _value(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def _render_refresh(changes: list[ResourceChange], paint: _Painter) -> str:
    if not changes:
        return "No changes. The state matches the live image versions."
    lines = [
        "Note: Objects have changed outside of imgver",
        "",
        "imgver detected the following changes made outside of imgver since the last apply:",
        "",
    ]
    for change in changes:
        gone = change.action is Action.REMOVE_RECORD
        lines += _block(change, paint, headline="has been deleted" if gone else "")
        lines.append("")
    recorded = sum(change.action is Action.REFRESH for change in changes)
    forgotten = sum(change.action is Action.REMOVE_RECORD for change in changes)
    lines += [
        "This is a refresh-only plan, so imgver will not take any actions to undo these. "
        "Applying it records these values in the state.",
        "",
        paint.bold(f"Refresh: {recorded} to record, {forgotten} to forget."),
    ]
    return "\n".join(lines)
