"""Drift reports of several environments as one: JSON, Markdown, JUnit and HTML.

Owns the aggregate formats: a JSON document listing each environment's report (or error)
with its account, region and exit code; Markdown with a summary table and each
environment's report under its own heading; JUnit with one `<testsuite>` per environment
(an environment that failed is a suite with one `<error>`); one self-contained HTML page
with a section per environment. Text is the command's sections (`planner.cli.environments`).

Must not: decide anything, read state or call the cloud; it renders what it is given.
"""

from __future__ import annotations

import html
import json
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass

from planner.drift.compare import DriftReport
from planner.render.drift import _CSS, SUITE_NAME, render_drift, report_document

FORMAT = "imgver-drift-environments"
VERSION = 1


@dataclass(frozen=True)
class EnvironmentReport:
    """One environment's drift outcome: its report, or the error that stopped it."""

    environment: str
    account: str
    region: str
    exit_code: int
    report: DriftReport | None
    error_summary: str = ""
    error_detail: str = ""


def render_environments(reports: Sequence[EnvironmentReport], fmt: str, exit_code: int) -> str:
    """The aggregate of `reports` in `fmt`: json, markdown, junit or html."""
    renderers = {"json": _json, "markdown": _markdown, "junit": _junit, "html": _html}
    if fmt not in renderers:
        raise ValueError(f"no aggregate drift format {fmt!r}")
    return renderers[fmt](reports, exit_code)


def _result(item: EnvironmentReport) -> str:
    if item.report is None:
        return f"error: {item.error_summary}"
    if item.report.has_drift:
        return f"drift ({item.report.drifted_count} drifted)"
    return "in sync"


def _json(reports: Sequence[EnvironmentReport], exit_code: int) -> str:
    document = {
        "format": FORMAT,
        "version": VERSION,
        "exit_code": exit_code,
        "environments": [
            {
                "environment": item.environment,
                "account": item.account,
                "region": item.region,
                "exit_code": item.exit_code,
                "report": report_document(item.report) if item.report is not None else None,
                "error": None
                if item.report is not None
                else {"summary": item.error_summary, "detail": item.error_detail},
            }
            for item in reports
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False)


def _markdown(reports: Sequence[EnvironmentReport], exit_code: int) -> str:
    lines = [
        f"# imgver drift: {len(reports)} environments",
        "",
        "| Environment | Account | Region | Result |",
        "|---|---|---|---|",
        *(
            f"| `{item.environment}` | {item.account or '?'} | {item.region or '?'} | "
            f"{_result(item).replace('|', '&#124;')} |"
            for item in reports
        ),
    ]
    for item in reports:
        lines.extend(["", f"# Environment `{item.environment}`", ""])
        if item.report is None:
            lines.append(f"**Error:** {item.error_summary}")
            if item.error_detail:
                lines.extend(["", "```", item.error_detail, "```"])
        else:
            lines.append(render_drift(item.report, "markdown"))
    return "\n".join(lines)


def _junit(reports: Sequence[EnvironmentReport], exit_code: int) -> str:
    root = ET.Element("testsuites", {"name": SUITE_NAME})
    totals = {"tests": 0, "failures": 0, "errors": 0}
    for item in reports:
        if item.report is None:
            suite = ET.SubElement(
                root,
                "testsuite",
                {
                    "name": f"{SUITE_NAME} {item.environment}",
                    "tests": "1",
                    "failures": "0",
                    "errors": "1",
                    "skipped": "0",
                    "time": "0",
                },
            )
            _properties(suite, item)
            case = ET.SubElement(
                suite,
                "testcase",
                {"classname": item.environment, "name": "drift check", "time": "0"},
            )
            error = ET.SubElement(case, "error", {"message": item.error_summary, "type": "error"})
            error.text = item.error_detail
        else:
            single = ET.fromstring(render_drift(item.report, "junit").split("\n", 1)[1])
            found = single.find("testsuite")
            assert found is not None  # render_drift always writes one
            suite = found
            suite.set("name", f"{SUITE_NAME} {item.environment}")
            properties = suite.find("properties")
            if properties is not None:
                for name, value in (
                    ("environment", item.environment),
                    ("account", item.account),
                ):
                    ET.SubElement(properties, "property", {"name": name, "value": value})
            for case in suite.iter("testcase"):
                case.set("classname", f"{item.environment}.{case.get('classname', '')}")
            root.append(suite)
        for key in totals:
            totals[key] += int(suite.get(key, "0"))
    for key, count in totals.items():
        root.set(key, str(count))
    root.set("skipped", "0")
    root.set("time", "0")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")


def _properties(suite: ET.Element, item: EnvironmentReport) -> None:
    properties = ET.SubElement(suite, "properties")
    for name, value in (
        ("environment", item.environment),
        ("account", item.account),
        ("region", item.region),
    ):
        ET.SubElement(properties, "property", {"name": name, "value": value})


def _html(reports: Sequence[EnvironmentReport], exit_code: int) -> str:
    h = html.escape
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>imgver drift: {len(reports)} environments</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        "<main>",
        f"<h1>imgver drift: {len(reports)} environments</h1>",
        '<table class="resources">',
        "<thead><tr><th>Environment</th><th>Account</th><th>Region</th><th>Result</th>"
        "</tr></thead>",
        "<tbody>",
        *(
            f"<tr><td>{h(item.environment)}</td><td>{h(item.account)}</td>"
            f"<td>{h(item.region)}</td><td>{h(_result(item))}</td></tr>"
            for item in reports
        ),
        "</tbody>",
        "</table>",
    ]
    for item in reports:
        parts.append(f'<section id="env-{h(item.environment)}">')
        parts.append(f"<h2>Environment {h(item.environment)}</h2>")
        if item.report is None:
            parts.append(f'<p class="headline drift">Error: {h(item.error_summary)}</p>')
            if item.error_detail:
                parts.append(f"<pre>{h(item.error_detail)}</pre>")
        else:
            page = render_drift(item.report, "html")
            body = page[page.index("<main>") + len("<main>") : page.index("</main>")]
            parts.append(body.replace("<h1>imgver drift</h1>", "", 1).strip())
        parts.append("</section>")
    parts.extend(["</main>", "</body>", "</html>"])
    return "\n".join(parts)
