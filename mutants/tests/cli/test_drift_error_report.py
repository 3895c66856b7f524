"""A drift run that ends in an error (exit 1) still writes a JUnit report with one <error>."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from tests.drift.test_junit_schema import SCHEMA

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture
def spec(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("IMGVER_LOCAL_OP_SECONDS", "0")
    path = tmp_path / "imgver.yaml"
    path.write_text((EXAMPLES / "quickstart.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    return path


def test_a_failing_drift_run_still_writes_its_junit_report(run: Any, spec: Path, tmp_path: Path) -> None:
    (spec.parent / "imgver.state.json").write_text("{not json", encoding="utf-8")
    xml, page = tmp_path / "drift.xml", tmp_path / "drift.html"
    result = run(
        "--local", "drift", "-f", str(spec),
        "--format", "junit", "--output", str(xml), "--format", "html", "--output", str(page),
    )  # fmt: skip
    assert result.code == 1
    summary = result.err.splitlines()[0].removeprefix("Error: ")
    text = xml.read_text(encoding="utf-8")
    assert SCHEMA.is_valid(text)
    (error,) = ET.fromstring(text).iter("error")
    assert error.get("message") == summary
    assert not page.exists()
