"""Drift reports in five formats: text, json, markdown, junit and html.

Owns how a `planner.drift.compare.DriftReport` looks to a person (text with optional colour, a
Markdown PR comment or issue body, one self-contained HTML page) and to a machine (the
JSON document described by `REPORT_SCHEMA`, JUnit XML for CI test views). Every format
shows the same facts; ignored differences appear, marked with their reason.

Must not: decide anything (statuses, ignores and the exit code come from the report),
do I/O, or read a clock. Output has no trailing newline; the caller adds one.
"""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from typing import Any

from planner.drift.compare import Difference, DriftReport, DriftStatus, ResourceDrift
from planner.render.console import console_url

__all__ = [
    "FORMATS",
    "REPORT_FORMAT",
    "REPORT_SCHEMA",
    "REPORT_VERSION",
    "render_drift",
    "report_document",
]

FORMATS: tuple[str, ...] = ("text", "json", "markdown", "junit", "html")
REPORT_FORMAT = "imgver-drift"
REPORT_VERSION = 1
SUITE_NAME = "imgver drift"

_STATUSES = [status.value for status in DriftStatus]
_ANY_JSON = {"description": "a JSON value; null when absent"}
_NULLABLE_STRING = {"type": ["string", "null"]}

REPORT_SCHEMA: dict[str, Any] = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "title": "imgver drift report",
    "description": "What `imgver drift --format json` prints. Additive changes keep version 1.",
    "type": "object",
    "required": [
        "format",
        "version",
        "generated_at",
        "region",
        "spec_hash",
        "state_serial",
        "state_lineage",
        "exit_code",
        "summary",
        "expired_ignores",
        "resources",
    ],
    "properties": {
        "format": {"const": REPORT_FORMAT},
        "version": {"const": REPORT_VERSION},
        "generated_at": {"type": "string", "description": "when the check ran (ISO 8601)"},
        "region": {"type": "string"},
        "account": {
            "type": "string",
            "description": "the AWS account the run was bound to; empty when unknown",
        },
        "spec_file": {"type": "string", "description": "the spec file the check read"},
        "spec_hash": {"type": "string", "description": "SHA-256 of the resolved spec"},
        "state_serial": {"type": "integer", "minimum": 0},
        "state_lineage": {"type": "string"},
        "exit_code": {"enum": [0, 2], "description": "2 when any resource counts as drift"},
        "summary": {
            "type": "object",
            "required": ["total", "drifted", "ignored", "by_status"],
            "additionalProperties": False,
            "properties": {
                "total": {"type": "integer", "minimum": 0},
                "drifted": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "resources whose drift counts toward exit code 2",
                },
                "ignored": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "resources not in sync whose drift is all ignored",
                },
                "by_status": {
                    "type": "object",
                    # RETIRED is counted only when some resource is retired.
                    "required": [s for s in _STATUSES if s != DriftStatus.RETIRED.value],
                    "additionalProperties": False,
                    "properties": {
                        status: {"type": "integer", "minimum": 0} for status in _STATUSES
                    },
                },
            },
        },
        "expired_ignores": {
            "type": "array",
            "description": "ignore rules whose `until` date has passed; they ignore nothing",
            "items": {
                "type": "object",
                "required": ["address", "property", "reason", "until"],
                "additionalProperties": False,
                "properties": {
                    "address": {"type": "string"},
                    "property": _NULLABLE_STRING,
                    "reason": {"type": "string"},
                    "until": {"type": "string", "format": "date"},
                },
            },
        },
        "resources": {
            "type": "array",
            "items": {"$ref": "#/definitions/resource"},
        },
    },
    "additionalProperties": False,
    "definitions": {
        "resource": {
            "type": "object",
            "required": [
                "address",
                "type",
                "identifier",
                "status",
                "drifted",
                "ignored",
                "ignore_reason",
                "note",
                "differences",
            ],
            "additionalProperties": False,
            "properties": {
                "address": {
                    "type": ["string", "null"],
                    "description": "null for an UNMANAGED version",
                },
                "type": {"type": "string", "description": "the CloudFormation type name"},
                "identifier": {
                    "type": ["string", "null"],
                    "description": "the ARN; null when never created",
                },
                "status": {"enum": _STATUSES},
                "drifted": {"type": "boolean", "description": "counts toward exit code 2"},
                "ignored": {"type": "boolean", "description": "not in sync, all of it ignored"},
                "ignore_reason": {
                    **_NULLABLE_STRING,
                    "description": "set when a rule ignores the whole resource",
                },
                "note": {"type": "string"},
                "live_properties": {
                    "type": "object",
                    "description": "an UNMANAGED version's live properties (BaseImage, "
                    "VendorGuidance, Version, ...); empty for other resources",
                },
                "console_url": {
                    **_NULLABLE_STRING,
                    "description": "the SageMaker console page of the image (of a version: "
                    "of its image); null without an ARN",
                },
                "differences": {
                    "type": "array",
                    "items": {"$ref": "#/definitions/difference"},
                },
            },
        },
        "difference": {
            "type": "object",
            "required": [
                "path",
                "property",
                "expected",
                "actual",
                "type",
                "source",
                "ignored",
                "ignore_reason",
            ],
            "additionalProperties": False,
            "properties": {
                "path": {"type": "string", "description": "JSON Pointer, e.g. /Aliases/1"},
                "property": {"type": "string", "description": "the top-level property"},
                "expected": {
                    **_ANY_JSON,
                    "description": "out-of-band: the last-applied value; "
                    "not-applied: the spec's value; null when absent",
                },
                "actual": {**_ANY_JSON, "description": "the live value; null when absent"},
                "type": {"enum": ["ADD", "REMOVE", "NOT_EQUAL", "STALE_BASE_IMAGE"]},
                "source": {"enum": ["out-of-band", "not-applied", "tag-moved"]},
                "ignored": {"type": "boolean"},
                "ignore_reason": _NULLABLE_STRING,
                "tag": {
                    "type": "string",
                    "description": "STALE_BASE_IMAGE only: the tag that moved (expected is "
                    "the digest it names now, actual the one the version was built from)",
                },
                "tag_pushed_at": {
                    "type": "string",
                    "description": "STALE_BASE_IMAGE only: when the tag's image was pushed "
                    "(ISO 8601; empty when ECR did not say)",
                },
            },
        },
    },
}


def render_drift(report: DriftReport, fmt: str, *, color: bool = False) -> str:
    """`report` in format `fmt` (one of FORMATS); `color` only affects text."""
    if fmt == "text":
        return _text(report, color=color)
    renderers: dict[str, Callable[[DriftReport], str]] = {
        "json": lambda r: json.dumps(report_document(r), indent=2, ensure_ascii=False),
        "markdown": _markdown,
        "junit": _junit,
        "html": _html,
    }
    if fmt not in renderers:
        raise ValueError(f"unknown drift report format {fmt!r}; choose one of {FORMATS}")
    return renderers[fmt](report)


def report_document(report: DriftReport) -> dict[str, Any]:
    """The JSON document (valid against REPORT_SCHEMA)."""
    return {
        "format": REPORT_FORMAT,
        "version": REPORT_VERSION,
        "generated_at": report.generated_at,
        "region": report.region,
        "account": report.account,
        "spec_file": report.spec_file,
        "spec_hash": report.spec_hash,
        "state_serial": report.state_serial,
        "state_lineage": report.state_lineage,
        "exit_code": report.exit_code,
        "summary": {
            "total": len(report.resources),
            "drifted": report.drifted_count,
            "ignored": report.ignored_count,
            "by_status": report.summary(),
        },
        "expired_ignores": [
            {
                "address": rule.address,
                "property": rule.property,
                "reason": rule.reason,
                "until": rule.until.isoformat() if rule.until else "",
            }
            for rule in report.expired_ignores
        ],
        "resources": [_resource_document(resource) for resource in report.resources],
    }


def _resource_document(resource: ResourceDrift) -> dict[str, Any]:
    return {
        "address": resource.address,
        "type": resource.type_name,
        "identifier": resource.identifier,
        "status": resource.status.value,
        "drifted": resource.counts_as_drift,
        "ignored": resource.ignored,
        "ignore_reason": resource.ignore_reason,
        "note": resource.note,
        "live_properties": dict(resource.live_properties),
        "console_url": _console_link(resource),
        "differences": [
            {
                "path": difference.path,
                "property": difference.property_name,
                "expected": difference.expected,
                "actual": difference.actual,
                "type": difference.type.value,
                "source": difference.source.value,
                "ignored": difference.ignored,
                "ignore_reason": difference.ignore_reason,
                **_stale_members(difference),
            }
            for difference in resource.differences
        ],
    }


# --- shared wording -----------------------------------------------------------------------

_STATUS_WORDS = {
    DriftStatus.IN_SYNC: "in sync",
    DriftStatus.MODIFIED: "modified",
    DriftStatus.DELETED: "deleted",
    DriftStatus.NOT_APPLIED: "not applied",
    DriftStatus.UNMANAGED: "unmanaged",
    DriftStatus.RETIRED: "retired",
}


def _value(value: Any) -> str:
    """A property value as one line of JSON; absence is not the JSON `null`."""
    return "(absent)" if value is None else json.dumps(value, ensure_ascii=False)


def _headline(report: DriftReport) -> str:
    if report.has_drift:
        count = report.drifted_count
        return f"Drift found: {count} resource{'s' if count != 1 else ''} drifted."
    if report.ignored_count:
        return "No drift that counts: every difference found is ignored."
    return "No drift: everything is in sync."


def _counts_line(report: DriftReport) -> str:
    summary = report.summary()
    counts = ", ".join(
        f"{summary[status.value]} {_STATUS_WORDS[status]}"
        for status in DriftStatus
        if status.value in summary
    )
    total = len(report.resources)
    return (
        f"{total} resource{'s' if total != 1 else ''}: {counts}; "
        f"{report.drifted_count} drifted, {report.ignored_count} ignored"
    )


def _console_link(resource: ResourceDrift) -> str | None:
    return console_url(resource.identifier) if resource.identifier else None


def _context_line(report: DriftReport) -> str:
    return (
        f"account {report.account or '-'}, region {report.region or '-'}, "
        f"spec file {report.spec_file or '-'}, state serial {report.state_serial} "
        f"(lineage {report.state_lineage or '-'}), spec {report.spec_hash[:12] or '-'}, "
        f"generated {report.generated_at or '-'}"
    )


def _status_label(resource: ResourceDrift) -> str:
    return resource.status.value + (" (ignored)" if resource.ignored else "")


def _difference_line(difference: Difference) -> str:
    line = (
        f"{difference.path}: {_value(difference.expected)} -> {_value(difference.actual)} "
        f"({difference.type.value}, {_source_text(difference)})"
    )
    return f"{line} [ignored: {difference.ignore_reason}]" if difference.ignored else line


def _source_text(difference: Difference) -> str:
    """The source, with the tag and its push time for a STALE_BASE_IMAGE difference."""
    if not difference.tag:
        return difference.source.value
    pushed = f", pushed {difference.tag_pushed_at}" if difference.tag_pushed_at else ""
    return f"{difference.source.value}: tag {difference.tag}{pushed}"


def _stale_members(difference: Difference) -> dict[str, str]:
    if not difference.tag:
        return {}
    return {"tag": difference.tag, "tag_pushed_at": difference.tag_pushed_at}


def _expired_line(report: DriftReport) -> str:
    rules = ", ".join(
        f"{rule.address}.{rule.property}" if rule.property else rule.address
        for rule in report.expired_ignores
    )
    return f"Expired ignore rules (no longer applied): {rules}"


# --- text ---------------------------------------------------------------------------------

_MARKS = {
    DriftStatus.IN_SYNC: " ",
    DriftStatus.MODIFIED: "~",
    DriftStatus.DELETED: "-",
    DriftStatus.NOT_APPLIED: "+",
    DriftStatus.UNMANAGED: "?",
    DriftStatus.RETIRED: ".",
}
_ANSI = {
    DriftStatus.IN_SYNC: "32",  # green
    DriftStatus.MODIFIED: "33",  # yellow
    DriftStatus.DELETED: "31",  # red
    DriftStatus.NOT_APPLIED: "36",  # cyan
    DriftStatus.UNMANAGED: "35",  # magenta
    DriftStatus.RETIRED: "34",  # blue
}
_BOLD, _DIM = "1", "2"


def _text(report: DriftReport, *, color: bool) -> str:
    def paint(text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if color else text

    width = max((len(_status_label(resource)) for resource in report.resources), default=0)
    lines = [paint("imgver drift", _BOLD) + f": {_context_line(report)}", ""]
    for resource in report.resources:
        code = _DIM if resource.ignored else _ANSI[resource.status]
        head = f"{_MARKS[resource.status]} {_status_label(resource).ljust(width)}"
        lines.append(f"{paint(head, code)}  {resource.name}")
        if resource.note:
            lines.append(f"      {resource.note}")
        if resource.ignore_reason:
            lines.append(f"      ignored: {resource.ignore_reason}")
        lines.extend(f"      {name}: {_value(value)}" for name, value in resource.live_properties)
        for difference in resource.differences:
            line = f"      {_difference_line(difference)}"
            lines.append(paint(line, _DIM) if difference.ignored else line)
    if report.resources:
        lines.append("")
    if report.expired_ignores:
        lines.extend([paint(_expired_line(report), _ANSI[DriftStatus.MODIFIED]), ""])
    lines.append(_counts_line(report) + ".")
    headline_code = _ANSI[DriftStatus.DELETED] if report.has_drift else _ANSI[DriftStatus.IN_SYNC]
    lines.append(paint(_headline(report), f"{_BOLD};{headline_code}"))
    return "\n".join(lines)


# --- markdown -----------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#!~&])")


def _md_text(text: str) -> str:
    """Plain words in Markdown: every character with a meaning escaped, one line."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _sentence(text: str) -> str:
    """`text` with its first letter upper-cased (str.capitalize would lower the rest)."""
    return text[:1].upper() + text[1:]


def _md_code(text: str) -> str:
    """A code span that survives any backticks and table pipes inside `text`."""
    text = " ".join(text.splitlines()).replace("|", "\\|")
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    padded = f" {text} " if text.startswith("`") or text.endswith("`") else text
    return f"{fence}{padded}{fence}"


def _md_value(value: Any) -> str:
    return "*absent*" if value is None else _md_code(_value(value))


def _md_row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _markdown(report: DriftReport) -> str:
    summary = report.summary()
    lines = [
        "## imgver drift report",
        "",
        f"**{_md_text(_headline(report))}**",
        "",
        _md_text(_sentence(_context_line(report))),
        "",
        _md_row(["Status", "Resources"]),
        "|---|---:|",
        *(
            _md_row([f"{status.value}", str(summary[status.value])])
            for status in DriftStatus
            if status.value in summary
        ),
        _md_row(["**Drifted**", f"**{report.drifted_count}**"]),
        _md_row(["Ignored", str(report.ignored_count)]),
    ]
    if report.expired_ignores:
        lines.extend(["", f"> **Warning:** {_md_text(_expired_line(report))}"])
    if report.resources:
        lines.extend(
            ["", _md_row(["Resource", "Type", "Status", "Differences"]), "|---|---|---|---:|"]
        )
        for resource in report.resources:
            lines.append(
                _md_row(
                    [
                        _md_code(resource.name),
                        _md_code(resource.type_name),
                        _status_label(resource),
                        str(len(resource.differences)),
                    ]
                )
            )
    for resource in report.resources:
        if resource.status is not DriftStatus.IN_SYNC:
            lines.extend(["", *_markdown_section(resource)])
    return "\n".join(lines)


def _markdown_section(resource: ResourceDrift) -> list[str]:
    lines = [f"### {_md_code(resource.name)}: {_status_label(resource)}", ""]
    facts = [f"Type: {_md_code(resource.type_name)}"]
    if resource.identifier:
        link = _console_link(resource)
        arn = _md_code(resource.identifier)
        facts.append(f"Identifier: [{arn}]({link})" if link else f"Identifier: {arn}")
    facts.extend(f"{name}: {_md_value(value)}" for name, value in resource.live_properties)
    if resource.note:
        facts.append(_md_text(_sentence(resource.note)))
    if resource.ignore_reason:
        facts.append(f"Ignored: {_md_text(resource.ignore_reason)}")
    lines.extend(f"- {fact}" for fact in facts)
    if resource.differences:
        lines.extend(
            [
                "",
                _md_row(["Path", "Expected", "Actual", "Difference", "Source", "Ignored"]),
                "|---|---|---|---|---|---|",
            ]
        )
        lines.extend(
            _md_row(
                [
                    _md_code(difference.path),
                    _md_value(difference.expected),
                    _md_value(difference.actual),
                    difference.type.value,
                    _md_text(_source_text(difference)),
                    _md_text(difference.ignore_reason or ""),
                ]
            )
            for difference in resource.differences
        )
    return lines


# --- junit --------------------------------------------------------------------------------

# The JUnit XSD's timestamp is an ISO 8601 date-time without a zone.
_XSD_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}")


def _junit(report: DriftReport) -> str:
    failures = str(report.drifted_count)
    tests = str(len(report.resources))
    counts = {"tests": tests, "failures": failures, "errors": "0", "time": "0"}
    # Jenkins' junit-10.xsd allows `skipped` on <testsuite> only, not on <testsuites>.
    root = ET.Element("testsuites", {"name": SUITE_NAME, **counts})
    suite_attributes = {"name": SUITE_NAME, **counts, "skipped": "0"}
    timestamp = _XSD_TIMESTAMP.match(report.generated_at)
    if timestamp:
        suite_attributes["timestamp"] = timestamp.group(0)
    suite = ET.SubElement(root, "testsuite", suite_attributes)
    properties = ET.SubElement(suite, "properties")
    for name, value in (
        ("account", report.account),
        ("spec_file", report.spec_file),
        ("region", report.region),
        ("spec_hash", report.spec_hash),
        ("state_serial", str(report.state_serial)),
        ("state_lineage", report.state_lineage),
        ("generated_at", report.generated_at),
    ):
        ET.SubElement(properties, "property", {"name": name, "value": value})
    for resource in report.resources:
        case = ET.SubElement(
            suite,
            "testcase",
            {"classname": resource.type_name, "name": resource.name, "time": "0"},
        )
        details = _junit_details(resource)
        if resource.counts_as_drift:
            failure = ET.SubElement(
                case,
                "failure",
                {"message": _junit_message(resource), "type": resource.status.value},
            )
            failure.text = details
        elif resource.ignored:
            out = ET.SubElement(case, "system-out")
            out.text = f"{resource.status.value}, ignored\n{details}"
        elif resource.note:
            ET.SubElement(case, "system-out").text = resource.note
    if report.expired_ignores:
        ET.SubElement(suite, "system-out").text = _expired_line(report)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")


def junit_error_report(summary: str, detail: str, generated_at: str) -> str:
    """The JUnit report of a drift run that ended in an error (exit 1): one <error> case
    with the error's summary and detail, so a CI test view shows the failure."""
    counts = {"tests": "1", "failures": "0", "errors": "1", "time": "0"}
    root = ET.Element("testsuites", {"name": SUITE_NAME, **counts})
    suite_attributes = {"name": SUITE_NAME, **counts, "skipped": "0"}
    timestamp = _XSD_TIMESTAMP.match(generated_at)
    if timestamp:
        suite_attributes["timestamp"] = timestamp.group(0)
    suite = ET.SubElement(root, "testsuite", suite_attributes)
    case = ET.SubElement(
        suite, "testcase", {"classname": "imgver", "name": "imgver drift", "time": "0"}
    )
    error = ET.SubElement(case, "error", {"message": summary, "type": "ERROR"})
    error.text = "\n".join(part for part in (f"Error: {summary}", detail) if part)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")


def _junit_message(resource: ResourceDrift) -> str:
    counted = [difference for difference in resource.differences if not difference.ignored]
    if counted:
        noun = "difference" if len(counted) == 1 else "differences"
        return f"{resource.status.value}: {len(counted)} property {noun}"
    return f"{resource.status.value}: {resource.note}" if resource.note else resource.status.value


def _junit_details(resource: ResourceDrift) -> str:
    lines = []
    if resource.identifier:
        lines.append(f"identifier: {resource.identifier}")
    if resource.note:
        lines.append(resource.note)
    if resource.ignore_reason:
        lines.append(f"ignored: {resource.ignore_reason}")
    lines.extend(f"{name}: {_value(value)}" for name, value in resource.live_properties)
    lines.extend(_difference_line(difference) for difference in resource.differences)
    return "\n".join(lines)


# --- html ---------------------------------------------------------------------------------

_CSS = """
:root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0;
  --in-sync: #1a7f37; --modified: #9a6700; --deleted: #cf222e; --not-applied: #0969da;
  --unmanaged: #8250df; --ignored: #6e7781; }
* { box-sizing: border-box; }
body { font: 14px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--ink);
  margin: 0; padding: 24px 32px; background: #f6f8fa; }
main { max-width: 1200px; margin: 0 auto; }
h1 { font-size: 22px; margin: 0 0 4px; }
.context { color: var(--muted); margin: 0 0 20px; word-break: break-all; }
.headline { font-size: 16px; font-weight: 600; margin: 0 0 16px; }
.headline.drift { color: var(--deleted); } .headline.clean { color: var(--in-sync); }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin-bottom: 20px; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px;
  min-width: 120px; }
.card .count { font-size: 24px; font-weight: 600; display: block; }
.card .label { color: var(--muted); font-size: 12px; text-transform: uppercase; }
.warning { background: #fff8c5; border: 1px solid #d4a72c; border-radius: 8px; padding: 8px 12px;
  margin-bottom: 16px; }
table { border-collapse: collapse; width: 100%; background: #fff; }
table.resources { border: 1px solid var(--line); border-radius: 8px; }
th, td { text-align: left; vertical-align: top; padding: 8px 10px;
  border-bottom: 1px solid var(--line); }
th { background: #f6f8fa; font-size: 12px; text-transform: uppercase; color: var(--muted); }
code { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  overflow-wrap: break-word; }
.nowrap, .nowrap code { white-space: nowrap; }
.arn code { overflow-wrap: anywhere; }
table.differences td { min-width: 8ch; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; color: #fff;
  font-size: 12px; font-weight: 600; white-space: nowrap; }
.IN_SYNC { background: var(--in-sync); } .MODIFIED { background: var(--modified); }
.DELETED { background: var(--deleted); } .NOT_APPLIED { background: var(--not-applied); }
.UNMANAGED { background: var(--unmanaged); } .badge.ignored { background: var(--ignored); }
.RETIRED { background: var(--ignored); }
.type { color: var(--muted); font-size: 12px; }
.note { color: var(--muted); margin: 2px 0; overflow-wrap: anywhere; }
details { margin-top: 4px; }
summary { cursor: pointer; color: var(--not-applied); }
table.differences { margin-top: 6px; border: 1px solid var(--line); }
table.differences th, table.differences td { padding: 4px 8px; }
tr.ignored td { color: var(--ignored); }
.absent { color: var(--muted); font-style: italic; }
a code { color: var(--not-applied); }
.scroll { overflow-x: auto; max-width: 100%; }
dl.live { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 2px 10px;
  margin: 4px 0; }
dl.live dt { color: var(--muted); font-size: 12px; } dl.live dd { margin: 0; min-width: 0; }
td code { overflow-wrap: anywhere; }
@media (max-width: 1100px) {
  body { padding: 12px; }
  th, td { padding: 6px; }
  .nowrap, .nowrap code { white-space: normal; }
  .card { min-width: 90px; padding: 6px 10px; }
  table.differences td { min-width: 0; }
  table.resources thead, table.differences thead { display: none; }
  table.resources, table.resources > tbody, table.resources > tbody > tr,
  table.resources > tbody > tr > td, table.differences, table.differences tbody,
  table.differences tr, table.differences td { display: block; }
  table.resources > tbody > tr { padding: 6px 0; border-bottom: 1px solid var(--line); }
  table.resources > tbody > tr > td, table.differences td { padding: 2px 8px; border: 0; }
  table.differences tr { padding: 4px 0; border-bottom: 1px solid var(--line); }
  table.differences tr:last-child { border-bottom: 0; }
  table.differences td:empty { display: none; }
  table.differences td::before { color: var(--muted); font-size: 12px; }
  table.differences td:nth-child(2)::before { content: "Expected: "; }
  table.differences td:nth-child(3)::before { content: "Actual: "; }
  table.differences td:nth-child(4)::before { content: "Difference: "; }
  table.differences td:nth-child(5)::before { content: "Source: "; }
  table.differences td:nth-child(6)::before { content: "Ignored: "; }
}
"""


def _h(text: str) -> str:
    return html.escape(text, quote=True)


def _html_value(value: Any) -> str:
    if value is None:
        return '<span class="absent">absent</span>'
    return f"<code>{_h(_value(value))}</code>"


def _html(report: DriftReport) -> str:
    summary = report.summary()
    cards = [("Resources", str(len(report.resources))), ("Drifted", str(report.drifted_count))]
    cards += [
        (_sentence(_STATUS_WORDS[status]), str(summary[status.value]))
        for status in DriftStatus
        if status.value in summary
    ]
    cards.append(("Ignored", str(report.ignored_count)))
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>imgver drift: {_h(report.region)} {_h(report.generated_at)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        "<main>",
        "<h1>imgver drift</h1>",
        f'<p class="context">{_h(_context_line(report))}</p>',
        f'<p class="headline {"drift" if report.has_drift else "clean"}">'
        f"{_h(_headline(report))}</p>",
        '<div class="cards">',
        *(
            f'<div class="card"><span class="count">{_h(count)}</span>'
            f'<span class="label">{_h(label)}</span></div>'
            for label, count in cards
        ),
        "</div>",
    ]
    if report.expired_ignores:
        parts.append(f'<p class="warning">{_h(_expired_line(report))}</p>')
    parts.extend(
        [
            '<div class="scroll">',
            '<table class="resources">',
            "<thead><tr><th>Status</th><th>Resource</th><th>Details</th></tr></thead>",
            "<tbody>",
            *(_html_row(resource) for resource in report.resources),
            "</tbody>",
            "</table>",
            "</div>",
            "</main>",
            "</body>",
            "</html>",
        ]
    )
    return "\n".join(parts)


def _html_row(resource: ResourceDrift) -> str:
    badge_class = f"badge {resource.status.value}" + (" ignored" if resource.ignored else "")
    label = _status_label(resource)
    details: list[str] = []
    if resource.identifier and resource.identifier != resource.name:
        details.append(f'<div class="note arn">{_html_arn(resource)}</div>')
    if resource.note:
        details.append(f'<div class="note">{_h(resource.note)}</div>')
    if resource.live_properties:
        facts = "".join(
            f"<dt>{_h(name)}</dt><dd>{_html_value(value)}</dd>"
            for name, value in resource.live_properties
        )
        details.append(f'<dl class="live">{facts}</dl>')
    if resource.ignore_reason:
        details.append(f'<div class="note">Ignored: {_h(resource.ignore_reason)}</div>')
    if resource.differences:
        count = len(resource.differences)
        rows = "".join(_html_difference(difference) for difference in resource.differences)
        details.append(
            f"<details{' open' if resource.counts_as_drift else ''}>"
            f"<summary>{count} property difference{'s' if count != 1 else ''}</summary>"
            '<div class="scroll"><table class="differences"><thead><tr><th>Path</th>'
            "<th>Expected</th><th>Actual</th><th>Difference</th><th>Source</th><th>Ignored</th>"
            f"</tr></thead><tbody>{rows}</tbody></table></div></details>"
        )
    # Addresses are short and read best whole; an unmanaged version's ARN must wrap.
    if resource.address:
        name_cell = f'<td class="nowrap"><code>{_h(resource.name)}</code>'
    else:
        name_cell = f'<td class="arn">{_html_arn(resource)}'
    return (
        f'<tr><td><span class="{_h(badge_class)}">{_h(label)}</span></td>'
        f"{name_cell}"
        f'<div class="type">{_h(resource.type_name)}</div></td>'
        f"<td>{''.join(details)}</td></tr>"
    )


def _html_arn(resource: ResourceDrift) -> str:
    """The ARN, linked to its console page when it has one."""
    arn = f"<code>{_h(resource.identifier or '')}</code>"
    link = _console_link(resource)
    if link is None:
        return arn
    return f'<a href="{_h(link)}" title="Open in the SageMaker console">{arn}</a>'


def _html_difference(difference: Difference) -> str:
    row_class = ' class="ignored"' if difference.ignored else ""
    return (
        f'<tr{row_class}><td class="nowrap"><code>{_h(difference.path)}</code></td>'
        f"<td>{_html_value(difference.expected)}</td><td>{_html_value(difference.actual)}</td>"
        f'<td class="nowrap">{_h(difference.type.value)}</td>'
        f'<td class="nowrap">{_h(_source_text(difference))}</td>'
        f"<td>{_h(difference.ignore_reason or '')}</td></tr>"
    )
