"""The command line people type: global options anywhere, completion, variables from files
and the environment, durations, the drift formats in help, colour, the approval prompt."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer.main

from planner.cli.app import app
from planner.cli.argv import hoist_global_options
from planner.cli.durations import parse_duration
from planner.cli.reports import pair_reports
from planner.cli.terminal import use_color
from planner.errors import UsageError

Run = Any
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
GROUP = typer.main.get_command(app)


@pytest.fixture
def spec(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("IMGVER_LOCAL_OP_SECONDS", "0")
    path = tmp_path / "imgver.yaml"
    path.write_text((EXAMPLES / "quickstart.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    return path


# -- global options after the command ------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (["plan", "--local"], ["--local", "plan"]),
        (
            ["plan", "--lock-timeout", "10s", "--out", "p"],
            ["--lock-timeout", "10s", "plan", "--out", "p"],
        ),
        (["plan", "--lock-timeout=10s"], ["--lock-timeout=10s", "plan"]),
        (
            ["--local", "plan", "--var", "a=b", "--json"],
            ["--local", "--var", "a=b", "plan", "--json"],
        ),
        (["state", "rm", "x", "--no-color"], ["--no-color", "state", "rm", "x"]),
        (["plan", "--", "--local"], ["plan", "--", "--local"]),
        (["--region", "plan", "plan"], ["--region", "plan", "plan"]),
        (["plan", "--help"], ["plan", "--help"]),
    ],
)
def test_global_options_after_the_command_move_before_it(
    given: list[str], expected: list[str]
) -> None:
    assert hoist_global_options(given, GROUP) == expected


def test_plan_with_global_options_after_the_command(run: Run, spec: Path) -> None:
    before = run("--local", "--no-color", "plan", "-f", str(spec))
    after = run("plan", "-f", str(spec), "--local", "--no-color", "--lock-timeout", "2m")
    assert before.code == after.code == 0
    assert after.out == before.out
    assert "Plan: 3 to add" in after.out


# -- shell completion ----------------------------------------------------------------------


def test_show_completion_prints_a_bash_script(run: Run) -> None:
    result = run("--show-completion", "bash")
    assert result.code == 0
    assert "_imgver_completion" in result.out
    assert "complete -o default -F _imgver_completion imgver" in result.out


def test_completion_completes_command_names() -> None:
    env = {
        **os.environ,
        "_IMGVER_COMPLETE": "complete_bash",
        "COMP_WORDS": "imgver pl",
        "COMP_CWORD": "1",
    }
    done = subprocess.run(
        [sys.executable, "-m", "planner"], env=env, capture_output=True, text=True, timeout=30
    )
    assert done.stdout.split() == ["plan"]


# -- variables: --var-file, IMGVER_VAR_<name>, --var ---------------------------------------


def _var_spec(tmp_path: Path) -> Path:
    spec = tmp_path / "imgver.yaml"
    spec.write_text(
        "vars: {name: from-spec, notes: default}\n"
        "image_versions:\n  ds: {ImageName: '${var.name}', BaseImage: b, ReleaseNotes: '${var.notes}'}\n"
    )
    return spec


def _image_name(run: Run, spec: Path, *options: str) -> str:
    result = run("--local", *options, "plan", "--json", "-f", str(spec))
    assert result.code == 0, result.err
    plan = json.loads(result.out)
    return str(plan["resource_changes"][0]["change"]["after"]["ImageName"])


def test_var_files_yaml_and_json_later_wins_and_var_beats_them(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IMGVER_LOCAL_OP_SECONDS", "0")
    spec = _var_spec(tmp_path)
    (tmp_path / "a.yaml").write_text("name: from-yaml\n")
    (tmp_path / "b.json").write_text('{"name": "from-json"}\n')
    a, b = str(tmp_path / "a.yaml"), str(tmp_path / "b.json")
    assert _image_name(run, spec) == "from-spec"
    assert _image_name(run, spec, "--var-file", a) == "from-yaml"
    assert _image_name(run, spec, "--var-file", a, "--var-file", b) == "from-json"
    assert _image_name(run, spec, "--var-file", b, "--var-file", a) == "from-yaml"
    assert _image_name(run, spec, "--var-file", a, "--var", "name=from-var") == "from-var"


def test_imgver_var_environment_sets_a_declared_variable_below_var_files(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IMGVER_LOCAL_OP_SECONDS", "0")
    spec = _var_spec(tmp_path)
    monkeypatch.setenv("IMGVER_VAR_name", "from-env")
    monkeypatch.setenv("IMGVER_VAR_undeclared", "ignored, as TF_VAR_ for an undeclared variable")
    assert _image_name(run, spec) == "from-env"
    (tmp_path / "a.yaml").write_text("name: from-yaml\n")
    assert _image_name(run, spec, "--var-file", str(tmp_path / "a.yaml")) == "from-yaml"


def test_var_file_problems_name_file_line_and_variable(run: Run, tmp_path: Path) -> None:
    spec = _var_spec(tmp_path)
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: ok\nnotes: [a, list]\n")
    result = run("--var-file", str(bad), "validate", "-f", str(spec))
    assert result.code == 1
    assert f"{bad}:2: notes: a variable's value must be a string, number or bool" in result.err
    undeclared = tmp_path / "undeclared.json"
    undeclared.write_text('{\n  "name": "ok",\n  "nope": 1\n}\n')
    result = run("--var-file", str(undeclared), "validate", "-f", str(spec))
    assert result.code == 1
    assert f"{undeclared}:3: nope: is not declared under `vars:` in {spec}" in result.err
    missing = run("--var-file", str(tmp_path / "none.yaml"), "validate", "-f", str(spec))
    assert missing.code == 1
    assert "none.yaml: variable file not found (--var-file)" in missing.err


# -- durations ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("10", 10.0),
        ("2.5", 2.5),
        ("10s", 10.0),
        ("500ms", 0.5),
        ("2m", 120.0),
        ("1h", 3600.0),
        ("1m30s", 90.0),
    ],
)
def test_durations(text: str, seconds: float) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "10x", "s", "-1", "1m 30s", "m1"])
def test_bad_durations_are_refused(run: Run, text: str) -> None:
    result = run("--lock-timeout", text, "validate", "-f", str(EXAMPLES / "quickstart.yaml"))
    assert result.code == 1
    assert "Invalid value for '--lock-timeout'" in result.err


# -- help --------------------------------------------------------------------------------


def test_drift_help_lists_the_formats(run: Run) -> None:
    assert "--format [text|json|markdown|junit|html]" in run("drift", "--help").out


# -- colour --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("flag", "environ", "isatty", "expected"),
    [
        (False, {}, True, True),
        (False, {}, False, False),
        (True, {}, True, False),
        (False, {"NO_COLOR": "1"}, True, False),
        (False, {"NO_COLOR": ""}, True, True),  # no-color.org: only a non-empty value counts
        (False, {"FORCE_COLOR": "1"}, False, True),
        (False, {"FORCE_COLOR": ""}, False, False),
        (False, {"FORCE_COLOR": "1", "NO_COLOR": "1"}, False, False),
        (False, {"TERM": "dumb"}, True, False),
        (False, {"TERM": "dumb", "FORCE_COLOR": "1"}, True, True),
    ],
)
def test_colour_decision(flag: bool, environ: dict[str, str], isatty: bool, expected: bool) -> None:
    assert use_color(no_color_flag=flag, environ=environ, isatty=isatty) is expected


def test_force_color_colours_piped_plan_output(
    run: Run, spec: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert "\x1b[" in run("--local", "plan", "-f", str(spec)).out
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in run("--local", "plan", "-f", str(spec)).out


# -- the approval prompt ----------------------------------------------------------------------


def _state(spec: Path) -> Path:
    return spec.parent / "imgver.state.json"


def test_piped_yes_is_accepted(run: Run, spec: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("yes\n"))
    result = run("--local", "--no-color", "apply", "-f", str(spec))
    assert result.code == 0, result.err
    assert "Enter a value: yes" in result.out
    assert "Apply complete! Resources: 3 added" in result.out


@pytest.mark.parametrize("answer", ["no\n", "", "YES\n"])
def test_anything_but_yes_cancels_and_changes_nothing(
    run: Run, spec: Path, monkeypatch: pytest.MonkeyPatch, answer: str
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(answer))
    result = run("--local", "--no-color", "apply", "-f", str(spec))
    assert result.code == 1
    assert result.err == "Apply cancelled.\n"
    assert not _state(spec).exists()


def test_input_false_fails_instead_of_asking(
    run: Run, spec: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("yes\n"))
    result = run("--local", "--no-color", "apply", "-f", str(spec), "--input=false")
    assert result.code == 1
    assert result.err.startswith(
        "Error: approval is needed, but --input=false forbids asking for it"
    )
    assert "Enter a value" not in result.out
    assert not _state(spec).exists()
    assert run("--local", "apply", "-f", str(spec), "--input=false", "--auto-approve").code == 0


# -- one drift run, several reports ----------------------------------------------------------


def test_report_pairs() -> None:
    assert pair_reports([], []).to_stdout == "text"
    assert pair_reports(["junit"], []).to_stdout == "junit"
    assert pair_reports([], [Path("r.txt")]).files == (("text", Path("r.txt")),)
    both = pair_reports(["junit", "html"], [Path("d.xml"), Path("d.html")])
    assert both.to_stdout is None
    assert both.files == (("junit", Path("d.xml")), ("html", Path("d.html")))
    for formats, outputs in [
        (["junit", "html"], []),
        (["junit"], [Path("a"), Path("b")]),
        (["xml"], []),
    ]:
        with pytest.raises(UsageError):
            pair_reports(formats, outputs)
    with pytest.raises(UsageError, match="given twice"):
        pair_reports(["junit", "html"], [Path("a"), Path("a")])


def test_one_drift_run_writes_every_report(run: Run, spec: Path, tmp_path: Path) -> None:
    assert run("--local", "apply", "-f", str(spec), "--auto-approve").code == 0
    xml, page = tmp_path / "drift.xml", tmp_path / "drift.html"
    result = run(
        "--local", "--no-color", "drift", "-f", str(spec),
        "--format", "junit", "--output", str(xml), "--format", "html", "--output", str(page),
    )  # fmt: skip
    assert result.code == 0, result.err
    assert xml.read_text(encoding="utf-8").startswith("<?xml")
    assert "<html" in page.read_text(encoding="utf-8")
    assert f"Wrote the junit report to {xml}." in result.out
    assert f"Wrote the html report to {page}." in result.out
