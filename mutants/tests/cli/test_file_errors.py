"""Files a person names or imgver needs that cannot be used: an ordinary `Error:` naming the
file, exit code 1, nothing changed; never "internal error"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.cli.test_workflow import imgver, state_of

Run = Any  # the `run` fixture from conftest.py
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture
def spec(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("IMGVER_LOCAL_OP_SECONDS", "0")
    path = tmp_path / "imgver.yaml"
    path.write_text((EXAMPLES / "quickstart.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    return path


def test_state_push_of_a_missing_file_names_it_and_changes_nothing(run: Run, spec: Path) -> None:
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    before = state_of(spec)
    missing = spec.parent / "MISSING.json"

    result = imgver(run, spec, "state", "push", str(missing))

    assert result.code == 1
    assert result.err == (
        f"Error: cannot read the state document {missing}: the file does not exist\n"
    )
    assert state_of(spec) == before


def test_state_push_of_a_folder_or_of_bytes_that_are_not_utf8_is_an_error(
    run: Run, spec: Path
) -> None:
    folder = spec.parent / "folder.json"
    folder.mkdir()
    binary = spec.parent / "binary.json"
    binary.write_bytes(b"\xff\xfe{}")

    as_folder = imgver(run, spec, "state", "push", str(folder))
    as_binary = imgver(run, spec, "state", "push", str(binary))

    assert (as_folder.code, as_binary.code) == (1, 1)
    assert as_folder.err == f"Error: cannot read the state document {folder}: Is a directory\n"
    assert as_binary.err == (
        f"Error: cannot read the state document {binary}: not UTF-8 text "
        "(invalid start byte at byte 0)\n"
    )
    assert not (spec.parent / "imgver.state.json").exists()


def test_drift_report_to_a_folder_that_does_not_exist_names_the_file(
    run: Run, spec: Path
) -> None:
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    target = spec.parent / "no-such-folder" / "report.json"

    result = imgver(run, spec, "drift", "--format", "json", "--output", str(target))

    assert result.code == 1
    assert result.err == (
        f"Error: cannot write the drift report to {target}: No such file or directory\n"
    )
