"""The five drift report formats: exact JSON, Markdown lines, JUnit structure, safe HTML."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest
from jsonschema import Draft7Validator

from planner.drift.compare import DriftReport, DriftStatus, ResourceDrift
from planner.render.drift import FORMATS, REPORT_SCHEMA, render_drift, report_document
from state.schema import IMAGE_VERSION

CLEAN = DriftReport(
    resources=(
        ResourceDrift(
            address="image_versions.ds",
            type_name=IMAGE_VERSION,
            identifier="arn:aws:sagemaker:us-east-1:123456789012:image-version/ds/1",
            status=DriftStatus.IN_SYNC,
        ),
    ),
    spec_hash="abc",
    state_serial=3,
    state_lineage="lin",
    region="us-east-1",
    generated_at="2024-11-05T10:00:00+00:00",
)


def test_formats_are_the_five_the_cli_offers() -> None:
    assert FORMATS == ("text", "json", "markdown", "junit", "html")


def test_unknown_format_is_refused(sample_report: DriftReport) -> None:
    with pytest.raises(ValueError) as caught:
        render_drift(sample_report, "yaml", color=False)
    assert "unknown drift report format 'yaml'" in str(caught.value)


# --- json -----------------------------------------------------------------------------------


def test_json_schema_is_itself_valid() -> None:
    Draft7Validator.check_schema(REPORT_SCHEMA)


@pytest.mark.parametrize("name", ["sample", "clean", "empty"])
def test_json_output_validates_against_the_schema(name: str, sample_report: DriftReport) -> None:
    report = {"sample": sample_report, "clean": CLEAN, "empty": DriftReport(resources=())}[name]
    document = json.loads(render_drift(report, "json", color=False))
    errors = sorted(Draft7Validator(REPORT_SCHEMA).iter_errors(document), key=str)
    assert errors == []
    assert document == report_document(report)


def test_json_document_exactly() -> None:
    assert json.loads(render_drift(CLEAN, "json", color=False)) == {
        "format": "imgver-drift",
        "version": 1,
        "generated_at": "2024-11-05T10:00:00+00:00",
        "region": "us-east-1",
        "account": "",
        "spec_file": "",
        "spec_hash": "abc",
        "state_serial": 3,
        "state_lineage": "lin",
        "exit_code": 0,
        "summary": {
            "total": 1,
            "drifted": 0,
            "ignored": 0,
            "by_status": {
                "IN_SYNC": 1,
                "MODIFIED": 0,
                "DELETED": 0,
                "NOT_APPLIED": 0,
                "UNMANAGED": 0,
            },
        },
        "expired_ignores": [],
        "resources": [
            {
                "address": "image_versions.ds",
                "type": IMAGE_VERSION,
                "identifier": "arn:aws:sagemaker:us-east-1:123456789012:image-version/ds/1",
                "status": "IN_SYNC",
                "drifted": False,
                "ignored": False,
                "ignore_reason": None,
                "note": "",
                "live_properties": {},
                "console_url": "https://us-east-1.console.aws.amazon.com/sagemaker/home"
                "?region=us-east-1#/images/ds",
                "differences": [],
            }
        ],
    }


def test_json_resources_and_differences_of_the_sample(sample_report: DriftReport) -> None:
    document = report_document(sample_report)
    assert (document["exit_code"], document["summary"]) == (
        2,
        {
            "total": 6,
            "drifted": 4,
            "ignored": 1,
            "by_status": {
                "IN_SYNC": 1,
                "MODIFIED": 2,
                "DELETED": 1,
                "NOT_APPLIED": 1,
                "UNMANAGED": 1,
            },
        },
    )
    assert document["expired_ignores"] == [
        {
            "address": "image_versions.ds-2024-09",
            "property": "JobType",
            "reason": "old ticket",
            "until": "2024-11-01",
        }
    ]
    assert document["resources"][1]["differences"] == [
        {
            "path": "/Aliases/1",
            "property": "Aliases",
            "expected": "stable",
            "actual": None,
            "type": "REMOVE",
            "source": "out-of-band",
            "ignored": False,
            "ignore_reason": None,
        },
        {
            "path": "/ReleaseNotes",
            "property": "ReleaseNotes",
            "expected": "October refresh",
            "actual": "<script>alert('x')</script> | `hotfix`",
            "type": "NOT_EQUAL",
            "source": "out-of-band",
            "ignored": True,
            "ignore_reason": "ticket ML-12 (until 2024-12-01)",
        },
    ]
    unmanaged = document["resources"][5]
    assert (unmanaged["address"], unmanaged["status"], unmanaged["drifted"]) == (
        None,
        "UNMANAGED",
        False,
    )
    assert (unmanaged["ignored"], unmanaged["ignore_reason"]) == (
        True,
        "built by the platform team",
    )


# --- text -----------------------------------------------------------------------------------


def test_text_lists_every_resource_and_difference(sample_report: DriftReport) -> None:
    lines = render_drift(sample_report, "text", color=False).splitlines()
    assert lines[2:10] == [
        "  IN_SYNC              images.data-science",
        "~ MODIFIED             image_versions.ds-2024-10",
        '      /Aliases/1: "stable" -> (absent) (REMOVE, out-of-band)',
        '      /ReleaseNotes: "October refresh" -> '
        "\"<script>alert('x')</script> | `hotfix`\" (NOT_EQUAL, out-of-band) "
        "[ignored: ticket ML-12 (until 2024-12-01)]",
        "~ MODIFIED             image_versions.ds-2024-11",
        '      /Aliases/0: (absent) -> "stable" (ADD, out-of-band)',
        '      /Processor: "GPU" -> "CPU" (NOT_EQUAL, not-applied)',
        "- DELETED              image_versions.ds-2024-09",
    ]
    assert lines[-4:] == [
        "Expired ignore rules (no longer applied): image_versions.ds-2024-09.JobType",
        "",
        "6 resources: 1 in sync, 2 modified, 1 deleted, 1 not applied, 1 unmanaged; "
        "4 drifted, 1 ignored.",
        "Drift found: 4 resources drifted.",
    ]


def test_text_colour_only_when_asked(sample_report: DriftReport) -> None:
    plain = render_drift(sample_report, "text", color=False)
    coloured = render_drift(sample_report, "text", color=True)
    assert "\x1b[" not in plain
    assert "\x1b[33m~ MODIFIED   " in coloured
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == plain


def test_text_in_sync() -> None:
    assert render_drift(CLEAN, "text", color=False).splitlines()[-2:] == [
        "1 resource: 1 in sync, 0 modified, 0 deleted, 0 not applied, 0 unmanaged; "
        "0 drifted, 0 ignored.",
        "No drift: everything is in sync.",
    ]


# --- markdown -------------------------------------------------------------------------------


def test_markdown_summary_and_resource_tables(sample_report: DriftReport) -> None:
    lines = render_drift(sample_report, "markdown", color=False).splitlines()
    assert lines[:4] == [
        "## imgver drift report",
        "",
        "**Drift found: 4 resources drifted.**",
        "",
    ]
    start = lines.index("| Status | Resources |")
    assert lines[start : start + 9] == [
        "| Status | Resources |",
        "|---|---:|",
        "| IN_SYNC | 1 |",
        "| MODIFIED | 2 |",
        "| DELETED | 1 |",
        "| NOT_APPLIED | 1 |",
        "| UNMANAGED | 1 |",
        "| **Drifted** | **4** |",
        "| Ignored | 1 |",
    ]
    assert (
        "| `image_versions.ds-2024-10` | `AWS::SageMaker::ImageVersion` | MODIFIED | 2 |" in lines
    )


def test_markdown_section_per_drifted_resource(sample_report: DriftReport) -> None:
    text = render_drift(sample_report, "markdown", color=False)
    lines = text.splitlines()
    headings = [line for line in lines if line.startswith("### ")]
    assert headings == [
        "### `image_versions.ds-2024-10`: MODIFIED",
        "### `image_versions.ds-2024-11`: MODIFIED",
        "### `image_versions.ds-2024-09`: DELETED",
        "### `image_versions.ds-2024-12`: NOT_APPLIED",
        "### `arn:aws:sagemaker:us-east-1:123456789012:image-version/data-science/4`: "
        "UNMANAGED (ignored)",
    ]
    start = lines.index(headings[0])
    assert lines[start + 5 : start + 9] == [
        "| Path | Expected | Actual | Difference | Source | Ignored |",
        "|---|---|---|---|---|---|",
        '| `/Aliases/1` | `"stable"` | *absent* | REMOVE | out-of-band |  |',
        '| `/ReleaseNotes` | `"October refresh"` | '
        "``\"<script>alert('x')</script> \\| `hotfix`\"`` | NOT_EQUAL | out-of-band | "
        "ticket ML-12 (until 2024-12-01) |",
    ]


def test_markdown_table_rows_keep_their_column_count(sample_report: DriftReport) -> None:
    for line in render_drift(sample_report, "markdown", color=False).splitlines():
        if line.startswith("| Path") or line.startswith("| `/"):
            assert len(re.findall(r"(?<!\\)\|", line)) == 7, line


# --- junit ----------------------------------------------------------------------------------


def parse_junit(text: str) -> ET.Element:
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    return ET.fromstring(text.encode("utf-8"))


def test_junit_structure_follows_the_common_schema(sample_report: DriftReport) -> None:
    root = parse_junit(render_drift(sample_report, "junit", color=False))
    assert root.tag == "testsuites"
    (suite,) = root
    assert suite.tag == "testsuite"
    assert suite.attrib == {
        "name": "imgver drift",
        "tests": "6",
        "failures": "4",
        "errors": "0",
        "skipped": "0",
        "time": "0",
        "timestamp": "2024-11-05T10:00:00",
    }
    assert {key: root.attrib[key] for key in ("tests", "failures", "errors")} == {
        "tests": "6",
        "failures": "4",
        "errors": "0",
    }
    # properties first, then test cases, then the suite's own output (the XSD's order)
    assert [child.tag for child in suite] == [
        "properties",
        *["testcase"] * 6,
        "system-out",
    ]
    assert {p.get("name"): p.get("value") for p in suite.find("properties") or []} == {
        "account": "",
        "spec_file": "",
        "region": "us-east-1",
        "spec_hash": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        "state_serial": "7",
        "state_lineage": "5b1c3f9e-0000-4000-8000-000000000001",
        "generated_at": "2024-11-05T10:00:00+00:00",
    }
    cases = suite.findall("testcase")
    assert [(c.get("classname"), c.get("name")) for c in cases] == [
        ("AWS::SageMaker::Image", "images.data-science"),
        (IMAGE_VERSION, "image_versions.ds-2024-10"),
        (IMAGE_VERSION, "image_versions.ds-2024-11"),
        (IMAGE_VERSION, "image_versions.ds-2024-09"),
        (IMAGE_VERSION, "image_versions.ds-2024-12"),
        (IMAGE_VERSION, "arn:aws:sagemaker:us-east-1:123456789012:image-version/data-science/4"),
    ]
    failures = [case.find("failure") for case in cases]
    assert [f.get("type") if f is not None else None for f in failures] == [
        None,
        "MODIFIED",
        "MODIFIED",
        "DELETED",
        "NOT_APPLIED",
        None,
    ]
    assert int(suite.get("failures", "")) == sum(f is not None for f in failures)


def test_junit_failure_lists_the_differences_escaped(sample_report: DriftReport) -> None:
    text = render_drift(sample_report, "junit", color=False)
    assert "<script>" not in text
    suite = parse_junit(text)[0]
    failure = suite.findall("testcase")[1].find("failure")
    assert failure is not None
    assert failure.get("message") == "MODIFIED: 1 property difference"
    assert (failure.text or "").splitlines() == [
        "identifier: arn:aws:sagemaker:us-east-1:123456789012:image-version/data-science/1",
        '/Aliases/1: "stable" -> (absent) (REMOVE, out-of-band)',
        '/ReleaseNotes: "October refresh" -> "<script>alert(\'x\')</script> | `hotfix`" '
        "(NOT_EQUAL, out-of-band) [ignored: ticket ML-12 (until 2024-12-01)]",
    ]


def test_junit_ignored_only_passes_with_a_note(sample_report: DriftReport) -> None:
    suite = parse_junit(render_drift(sample_report, "junit", color=False))[0]
    ignored = suite.findall("testcase")[5]
    assert ignored.find("failure") is None
    out = ignored.find("system-out")
    assert out is not None
    assert (out.text or "").splitlines()[0] == "UNMANAGED, ignored"
    assert "ignored: built by the platform team" in (out.text or "")
    in_sync = suite.findall("testcase")[0]
    assert list(in_sync) == []


def test_junit_of_an_empty_report() -> None:
    root = parse_junit(render_drift(DriftReport(resources=()), "junit", color=False))
    (suite,) = root
    assert (suite.get("tests"), suite.get("failures"), suite.get("timestamp")) == ("0", "0", None)


# --- html -----------------------------------------------------------------------------------


class _Collector(HTMLParser):
    """Every start tag with its attributes, and whether the markup nests properly."""

    VOID = frozenset({"meta", "link", "br", "img", "input", "hr", "wbr"})

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, (self.stack, tag)
        self.stack.pop()


def test_html_is_one_self_contained_well_nested_page(sample_report: DriftReport) -> None:
    page = render_drift(sample_report, "html", color=False)
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">')
    collector = _Collector()
    collector.feed(page)
    collector.close()
    assert collector.stack == []
    tags = [tag for tag, _ in collector.tags]
    assert "script" not in tags
    assert not {"link", "img", "iframe", "object", "embed"} & set(tags)
    # Nothing is loaded from elsewhere; the only links are ARNs' SageMaker console pages.
    assert "http://" not in page
    assert not any(
        value and key == "src" for _, attrs in collector.tags for key, value in attrs.items()
    )
    links = [attrs["href"] for tag, attrs in collector.tags if tag == "a"]
    assert len(links) == 5
    assert all(
        (link or "").startswith(
            "https://us-east-1.console.aws.amazon.com/sagemaker/home?region=us-east-1#/images/"
        )
        for link in links
    )
    assert page.count("https://") == len(links)
    assert tags.count("details") == 2
    assert tags.count("style") == 1


def test_html_escapes_values(sample_report: DriftReport) -> None:
    page = render_drift(sample_report, "html", color=False)
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; | `hotfix`" in page


def test_html_has_summary_counts_and_status_badges(sample_report: DriftReport) -> None:
    page = render_drift(sample_report, "html", color=False)
    assert '<span class="count">4</span><span class="label">Drifted</span>' in page
    assert '<span class="count">2</span><span class="label">Modified</span>' in page
    assert '<span class="badge MODIFIED">MODIFIED</span>' in page
    assert '<span class="badge UNMANAGED ignored">UNMANAGED (ignored)</span>' in page
    assert "Expired ignore rules (no longer applied): image_versions.ds-2024-09.JobType" in page
