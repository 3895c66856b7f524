"""The JUnit drift report against Jenkins' xunit-plugin junit-10.xsd (vendored from
jenkinsci/xunit-plugin, src/main/resources/org/jenkinsci/plugins/xunit/types/model/xsd/),
and the report a drift run that fails (exit 1) still writes."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import xmlschema

from planner.drift.compare import DriftReport
from planner.render.drift import junit_error_report, render_drift

SCHEMA = xmlschema.XMLSchema(Path(__file__).with_name("schemas") / "junit-10.xsd")


def test_the_drift_report_is_valid_junit_10(sample_report: DriftReport) -> None:
    text = render_drift(sample_report, "junit", color=False)
    errors = [str(error.reason) for error in SCHEMA.iter_errors(text)]
    assert errors == []


def test_the_schema_refuses_what_it_should() -> None:
    """The check can fail: `skipped` on <testsuites> is what the schema forbids."""
    bad = '<testsuites skipped="0"><testsuite name="x" tests="0" failures="0" errors="0"/></testsuites>'
    assert not SCHEMA.is_valid(bad)


def test_the_error_report_is_valid_and_holds_one_error_case() -> None:
    text = junit_error_report("state is corrupt", "see imgver.state.json.backup", "2024-11-05T10:00:00+00:00")
    assert SCHEMA.is_valid(text)
    root = ET.fromstring(text)
    assert (root.get("tests"), root.get("errors"), root.get("failures")) == ("1", "1", "0")
    (case,) = root.iter("testcase")
    (error,) = case
    assert error.tag == "error"
    assert error.get("message") == "state is corrupt"
    assert error.text == "Error: state is corrupt\nsee imgver.state.json.backup"
