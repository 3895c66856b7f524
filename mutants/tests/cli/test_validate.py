"""`imgver validate`, the error path, help and version: exit codes and exact messages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

Run = Any  # the `run` fixture from conftest.py

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_valid_examples_exit_0(run: Run) -> None:
    for name in ("quickstart.yaml", "platform.yaml"):
        result = run("validate", "-f", str(EXAMPLES / name))
        assert result.code == 0, result.err
        assert "valid" in result.out


def test_bad_example_exits_1_with_one_line_per_problem(run: Run) -> None:
    result = run("validate", "-f", str(EXAMPLES / "bad.yaml"))
    assert result.code == 1
    lines = result.err.strip().splitlines()
    assert lines[0] == f"Error: {EXAMPLES / 'bad.yaml'} is invalid (9 problems)"
    assert len(lines) == 10
    assert all(line.startswith(f"{EXAMPLES / 'bad.yaml'}:") for line in lines[1:])
    assert "Traceback" not in result.err
    assert result.out == ""


def test_validate_touches_no_state_and_no_cloud(run: Run, tmp_path: Path) -> None:
    spec = tmp_path / "imgver.yaml"
    spec.write_text((EXAMPLES / "quickstart.yaml").read_text())
    assert run("--local", "validate", "-f", str(spec)).code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["imgver.yaml"]


def test_default_spec_file_missing(run: Run, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("validate")
    assert result.code == 1
    assert result.err.splitlines()[1] == "imgver.yaml: file not found (create it or pass -f FILE)"


def test_bad_var_is_a_usage_error(run: Run) -> None:
    result = run("--var", "oops", "validate", "-f", str(EXAMPLES / "quickstart.yaml"))
    assert result.code == 1
    assert result.err.startswith("Error: invalid --var 'oops'")


def test_var_override_reaches_the_spec(run: Run, tmp_path: Path) -> None:
    spec = tmp_path / "imgver.yaml"
    spec.write_text("vars: {n: x}\nimage_versions:\n  ds: {ImageName: '${var.n}', BaseImage: b}\n")
    assert run("--var", "n=ok", "validate", "-f", str(spec)).code == 0
    assert run("--var", "n=not valid", "validate", "-f", str(spec)).code == 1


def test_unknown_option_exits_1_without_traceback(run: Run) -> None:
    result = run("--bogus")
    assert result.code == 1
    assert result.err.startswith("Error: No such option: --bogus")


def test_version(run: Run) -> None:
    result = run("--version")
    assert (result.code, result.out) == (0, "imgver 0.1.0\n")


def test_bare_command_and_groups_print_help(run: Run) -> None:
    for args in ((), ("state",), ("local-cloud",)):
        result = run(*args)
        assert result.code == 0
        assert "Usage: imgver" in result.out


def test_python_dash_m_planner_runs_the_cli() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "planner", "--version"], capture_output=True, text=True, check=False
    )
    assert (completed.returncode, completed.stdout) == (0, "imgver 0.1.0\n")


def test_help_does_not_import_heavy_modules() -> None:
    code = (
        "import sys\n"
        "from planner.cli.app import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('boto3', 'botocore', 'deepdiff', 'jsonschema', 'ruamel') if m in sys.modules]\n"
        "print('HEAVY:' + ','.join(heavy))\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert completed.stdout.strip().splitlines()[-1] == "HEAVY:"
