"""lifecycle.prevent_destroy survives the removal of its block: state records it, and a plan
that would destroy a protected record is refused until the person lifts the protection
(restore the block with prevent_destroy: false) or stops managing it (`imgver state rm`).
End to end through the CLI on the local cloud."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.cli.test_workflow import cloud_for, edit, imgver, state_of

Run = Any  # the `run` fixture from conftest.py
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
PROTECTED = "image_versions.ds-2024-10"
BLOCK = """    lifecycle:
      prevent_destroy: false
      ignore_changes: []
      on_replace: delete
"""


@pytest.fixture
def spec(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("IMGVER_LOCAL_OP_SECONDS", "0")
    path = tmp_path / "imgver.yaml"
    path.write_text((EXAMPLES / "quickstart.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    edit(path, "prevent_destroy: false", "prevent_destroy: true")
    return path


def without_the_protected_version(spec: Path) -> None:
    text = spec.read_text(encoding="utf-8")
    start = text.index("  ds-2024-10:")
    end = text.index(BLOCK.replace("false", "true")) + len(BLOCK)
    spec.write_text(text[:start] + text[end:], encoding="utf-8")


def test_apply_records_prevent_destroy_in_state(run: Run, spec: Path) -> None:
    assert imgver(run, spec, "apply", "--auto-approve").code == 0

    resources = state_of(spec)["resources"]
    assert resources[PROTECTED]["prevent_destroy"] is True
    assert "prevent_destroy" not in resources["image_versions.ds-2024-09"]


def test_removing_a_protected_block_does_not_plan_its_destruction(run: Run, spec: Path) -> None:
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    before = state_of(spec)
    without_the_protected_version(spec)

    planned = imgver(run, spec, "plan")
    applied = imgver(run, spec, "apply", "--auto-approve")
    destroyed = imgver(run, spec, "destroy", "--auto-approve")

    for result in (planned, applied, destroyed):
        assert result.code == 1, result.out
        lines = result.err.splitlines()
        assert lines[0] == f"Error: lifecycle.prevent_destroy forbids this plan for {PROTECTED}"
        assert f"imgver state rm {PROTECTED}" in result.err
        assert "restore its block with prevent_destroy: false" in result.err
    assert state_of(spec) == before
    live = cloud_for(spec).read(
        "AWS::SageMaker::ImageVersion", before["resources"][PROTECTED]["identifier"]
    )
    assert live is not None


def test_restoring_the_block_with_false_lifts_the_protection(run: Run, spec: Path) -> None:
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    edit(spec, "prevent_destroy: true", "prevent_destroy: false")

    lifted = imgver(run, spec, "apply", "--auto-approve")
    assert lifted.code == 0, lifted.err
    assert "prevent_destroy" not in state_of(spec)["resources"][PROTECTED]

    text = spec.read_text(encoding="utf-8")
    spec.write_text(text[: text.index("  ds-2024-10:")], encoding="utf-8")  # the last block
    removed = imgver(run, spec, "apply", "--auto-approve")
    assert removed.code == 0, removed.err
    assert PROTECTED not in state_of(spec)["resources"]


def test_state_rm_is_the_way_out_and_keeps_the_object(run: Run, spec: Path) -> None:
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    arn = state_of(spec)["resources"][PROTECTED]["identifier"]
    without_the_protected_version(spec)

    assert imgver(run, spec, "state", "rm", PROTECTED).code == 0
    result = imgver(run, spec, "apply", "--auto-approve")

    assert result.code == 0, result.err
    assert PROTECTED not in state_of(spec)["resources"]
    assert cloud_for(spec).read("AWS::SageMaker::ImageVersion", arn) is not None


def test_import_records_prevent_destroy_from_the_spec(run: Run, spec: Path) -> None:
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    arn = state_of(spec)["resources"][PROTECTED]["identifier"]
    assert imgver(run, spec, "state", "rm", PROTECTED).code == 0

    imported = imgver(run, spec, "import", PROTECTED, arn)

    assert imported.code == 0, imported.err
    assert state_of(spec)["resources"][PROTECTED]["prevent_destroy"] is True
