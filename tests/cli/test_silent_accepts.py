"""Inputs that were once accepted silently and sent to AWS as written: each is now one
`Error:` naming file, line and property, exit 1, with no state written and no cloud call."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from state.localcloud import LocalCloud
from tests.cli.test_workflow import EXAMPLES, Run


@pytest.fixture
def spec(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("IMGVER_LOCAL_OP_SECONDS", "0")
    path = tmp_path / "imgver.yaml"
    path.write_text((EXAMPLES / "quickstart.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    return path


def edit(spec: Path, old: str, new: str) -> None:
    text = spec.read_text(encoding="utf-8")
    assert old in text
    spec.write_text(text.replace(old, new, 1), encoding="utf-8")


def assert_refused_before_anything(run: Run, spec: Path, problem: str) -> None:
    """`apply` refuses with exactly `problem` as the one problem; nothing is written."""
    result = run("--local", "apply", "-f", str(spec), "--auto-approve")
    assert result.code == 1
    assert result.err.splitlines()[:2] == [
        f"Error: {spec} is invalid (1 problem)",
        f"{spec}:{problem}",
    ], result.err
    assert result.out == ""
    assert sorted(path.name for path in spec.parent.iterdir()) == ["imgver.yaml"]


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        (
            'account: "123456789012"\n',
            'account: "123456789012"\n  role: "arn:aws:iam::${var.account}:role/x"\n',
            "9: vars.role: a variable's value cannot use ${var.account}: variables are not "
            "resolved inside `vars:`; write the value itself ($${ for a literal ${)",
        ),
        (
            'account: "123456789012"\n',
            'account: "123456789012"\n  home: "${env.HOME}"\n',
            "9: vars.home: a variable's value cannot use ${env.HOME}: variables are not "
            "resolved inside `vars:`; write the value itself ($${ for a literal ${)",
        ),
        (
            "ReleaseNotes: September build",
            "ReleaseNotes: September build for ${var.account",
            "27: image_versions.ds-2024-09.ReleaseNotes: unclosed reference '${var.account': "
            "end it with } (or write $${ for a literal ${)",
        ),
        (
            "region: us-east-1\n  backend",
            "region: ${var.\n  backend",
            "4: settings.region: unclosed reference '${var.': end it with } (or write $${ for "
            "a literal ${)",
        ),
        (
            'Aliases: ["2024.09"]',
            'Aliases: ["2024.09", latest, "2024.09"]',
            "21: image_versions.ds-2024-09.Aliases[2]: alias '2024.09' is listed twice in this "
            "version (also Aliases[0])",
        ),
        (
            'Aliases: ["2024.09"]',
            'Aliases: [Latest, "2024.09", latest]',
            "21: image_versions.ds-2024-09.Aliases[2]: alias 'latest' differs only in case "
            "from 'Latest' (Aliases[0]); SageMaker may treat them as one alias",
        ),
    ],
    ids=[
        "var-in-a-variable",
        "env-in-a-variable",
        "unclosed-var-in-a-property",
        "unclosed-var-in-settings",
        "alias-twice",
        "alias-differing-in-case",
    ],
)
def test_a_once_silent_input_is_one_spec_error(
    run: Run, spec: Path, old: str, new: str, problem: str
) -> None:
    edit(spec, old, new)
    assert_refused_before_anything(run, spec, problem)


def test_a_literal_dollar_brace_still_passes_through_a_variable(run: Run, spec: Path) -> None:
    edit(spec, 'account: "123456789012"\n', 'account: "123456789012"\n  notes: "$${not.a.ref}"\n')
    edit(spec, "ReleaseNotes: September build", "ReleaseNotes: ${var.notes}")
    assert run("--local", "apply", "-f", str(spec), "--auto-approve").code == 0
    state = json.loads((spec.parent / "imgver.state.json").read_text(encoding="utf-8"))
    record = state["resources"]["image_versions.ds-2024-09"]
    assert record["properties"]["ReleaseNotes"] == "${not.a.ref}"


def test_a_var_option_holding_a_reference_is_refused(run: Run, spec: Path) -> None:
    result = run("--local", "--var", "account=${var.other}", "apply", "-f", str(spec))
    assert result.code == 1
    assert result.err.splitlines()[:2] == [
        f"Error: {spec} is invalid (1 problem)",
        f"{spec}: --var account: a variable's value cannot use ${{var.other}}: variables are "
        "not resolved inside `vars:`; write the value itself ($${ for a literal ${)",
    ], result.err
    assert sorted(path.name for path in spec.parent.iterdir()) == ["imgver.yaml"]


def test_a_state_backup_that_is_a_directory_refuses_the_apply_before_any_change(
    run: Run, spec: Path
) -> None:
    assert run("--local", "apply", "-f", str(spec), "--auto-approve").code == 0
    state, backup = spec.parent / "imgver.state.json", spec.parent / "imgver.state.json.backup"
    data = spec.parent / ".imgver" / "local-cloud.db"
    backup.unlink()
    backup.mkdir()
    before = state.read_text(encoding="utf-8"), LocalCloud(data).export()
    edit(spec, "ReleaseNotes: September build", "ReleaseNotes: September rebuild")

    result = run("--local", "apply", "-f", str(spec), "--auto-approve")

    assert result.code == 1
    assert result.err.splitlines()[0] == f"Error: the state backup {backup} is a directory"
    assert result.out == ""
    assert (state.read_text(encoding="utf-8"), LocalCloud(data).export()) == before
    assert not (spec.parent / "imgver.state.json.lock").exists()


@pytest.mark.parametrize(
    ("output", "problem"),
    [
        ("missing/drift.xml", "its folder {folder}/missing does not exist"),
        (".", "it is a directory"),
    ],
    ids=["missing-folder", "a-directory"],
)
def test_drift_to_a_bad_output_path_is_refused_before_anything_is_read_or_written(
    run: Run, spec: Path, output: str, problem: str
) -> None:
    folder = spec.parent
    good, bad = folder / "drift.json", folder / output

    result = run(
        "--local",
        "drift",
        "-f",
        str(spec),
        "--format",
        "json",
        "--output",
        str(good),
        "--format",
        "junit",
        "--output",
        str(bad),
    )

    assert result.code == 1
    assert result.err.splitlines()[0] == (
        f"Error: cannot write the drift report to {bad}: {problem.format(folder=folder)}"
    )
    assert result.out == ""
    assert sorted(path.name for path in folder.iterdir()) == ["imgver.yaml"]  # no cloud call


def test_an_environment_variable_holding_a_reference_is_refused(
    run: Run, spec: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IMGVER_VAR_account", "${env.ACCOUNT}")
    result = run("--local", "apply", "-f", str(spec), "--auto-approve")
    assert result.code == 1
    assert result.err.splitlines()[:2] == [
        f"Error: {spec} is invalid (1 problem)",
        f"{spec}: IMGVER_VAR_account: a variable's value cannot use ${{env.ACCOUNT}}: "
        "variables are not resolved inside `vars:`; write the value itself ($${ for a "
        "literal ${)",
    ], result.err
    assert sorted(path.name for path in spec.parent.iterdir()) == ["imgver.yaml"]
