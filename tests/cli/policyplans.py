"""What the tests of policy tools nobody here wrote share: imgver plan JSON (one line, as
`plan --json` prints it) of an update, a replacement and a plain delete of an image
version against the applied quickstart, and where to find such a tool: its environment
variable, the virtual environment `.ci/run` makes for it, then PATH. A missing tool skips
its test, except under CI=true, where `.ci/run` must have installed it.

Must not: judge a plan itself; the tests assert what the tool says."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from tests.clirun import Run

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "quickstart.yaml"


def _edited(original: str, kind: str) -> str:
    if kind == "update":
        # ReleaseNotes can be updated in place.
        return original.replace("ReleaseNotes: October refresh\n", "ReleaseNotes: October notes\n")
    if kind == "replace":
        # BaseImage cannot be updated: a new version replaces ds-2024-10.
        return original.replace("ds:2024.10\n", "ds:2024.10b\n")
    if kind == "delete":
        # ds-2024-09 leaves the spec: deleted, nothing replaces it.
        return (
            original[: original.index("  ds-2024-09:")]
            + original[original.index("  ds-2024-10:") :]
        )
    raise ValueError(kind)


def write_plans(
    run: Run, folder: Path, monkeypatch: pytest.MonkeyPatch, *kinds: str
) -> dict[str, Path]:
    """Apply the quickstart in `folder` on the local cloud, then write `KIND.json`, the
    `plan --json` output after each edit of `kinds` ("update", "replace", "delete")."""
    monkeypatch.setenv("IMGVER_LOCAL_OP_SECONDS", "0")
    monkeypatch.chdir(folder)
    original = EXAMPLE.read_text(encoding="utf-8")
    spec = folder / "imgver.yaml"
    spec.write_text(original, encoding="utf-8")
    assert run("--local", "apply", "--auto-approve").code == 0
    made = {}
    for kind in kinds:
        text = _edited(original, kind)
        assert text != original
        spec.write_text(text, encoding="utf-8")
        result = run("--local", "plan", "--json")
        assert result.code == 0, result.err
        assert result.out.count("\n") == 1  # one line, as `terraform show -json` prints
        made[kind] = folder / f"{kind}.json"
        made[kind].write_text(result.out, encoding="utf-8")
    return made


def actions(plan: Path) -> dict[str, list[str]]:
    document = json.loads(plan.read_text(encoding="utf-8"))
    return {
        change["address"]: change["change"]["actions"] for change in document["resource_changes"]
    }


def deleted_versions(plan: Path) -> list[str]:
    """The README's check on resource_changes: every image version the plan deletes,
    replaced or not."""
    document = json.loads(plan.read_text(encoding="utf-8"))
    return [
        change["address"]
        for change in document["resource_changes"]
        if change["type"] == "AWS::SageMaker::ImageVersion"
        and "delete" in change["change"]["actions"]
    ]


def find_tool(variable: str, venv: str, name: str) -> str | None:
    """$VARIABLE, else ROOT/VENV/bin/NAME (made by .ci/run), else NAME on PATH."""
    named = os.environ.get(variable)
    if named:
        return named
    ci_venv = ROOT / venv / "bin" / name
    if ci_venv.exists():
        return str(ci_venv)
    return shutil.which(name)


def require_tool(variable: str, venv: str, name: str) -> str:
    """The tool's command; skip without it, or fail under CI=true."""
    command = find_tool(variable, venv, name)
    if command is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but {name} is not installed: .ci/run installs it in {venv}")
        pytest.skip(f"{name} is not installed (.ci/run installs it in {venv})")
    return command
