"""terraform-compliance, a policy tool nobody here wrote, on imgver's plan JSON: a feature
(written here, not shipped) that forbids deleting image versions fails the plan that
replaces a version (exit 1) and passes the plan that updates one (exit 0), exactly as on
the equivalent Terraform plan.

It passes a plan that only deletes a version, as it does on Terraform's plans:
terraform-compliance 1.16.0 builds its resources from `planned_values`, where a deleted
resource is absent, and from `resource_changes` except those whose actions are exactly
`["delete"]` (terraform_compliance/extensions/terraform.py, `_parse_resources`). Terraform
1.11's plan of two `terraform_data` resources, one removed, gave the same skipped scenario
and exit 0. The README's check on `resource_changes` catches it.

No terraform binary is needed: terraform-compliance runs `terraform show -json` only on a
file `filetype` recognises as binary, a saved plan (common/readable_plan.py). It reads a
JSON plan as ONE line (of several lines it takes the second), and requires
`format_version`, `terraform_version`, `planned_values` and `configuration`. It does need
`git` on PATH: it imports GitPython, which refuses to load without it.

`.ci/run` installs it in its own virtual environment (.venv-tfc); elsewhere the tests skip
when it is not installed, but never under CI=true."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from .policyplans import actions, deleted_versions, require_tool, write_plans

FEATURE = """\
Feature: SageMaker image versions are never deleted or replaced

  Scenario: No plan deletes an image version
    Given I have AWS::SageMaker::ImageVersion defined
    When its actions metadata has delete
    Then it must fail
"""


@pytest.fixture(scope="module")
def terraform_compliance() -> str:
    """IMGVER_TERRAFORM_COMPLIANCE, else .ci/run's virtual environment, else PATH."""
    return require_tool("IMGVER_TERRAFORM_COMPLIANCE", ".venv-tfc", "terraform-compliance")


@pytest.fixture
def features(tmp_path: Path) -> Path:
    folder = tmp_path / "features"
    folder.mkdir()
    (folder / "no_version_delete.feature").write_text(FEATURE, encoding="utf-8")
    return folder


def judge(command: str, plan: Path, features: Path) -> tuple[int, list[str]]:
    """terraform-compliance's exit code and its output lines, stripped."""
    done = subprocess.run(
        [command, "-p", str(plan), "-f", str(features), "--no-ansi"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=plan.parent,
    )
    return done.returncode, [line.strip() for line in (done.stdout + done.stderr).splitlines()]


def test_terraform_compliance_fails_the_plan_that_replaces_an_image_version(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, terraform_compliance: str, features: Path
) -> None:
    plan = write_plans(run, tmp_path, monkeypatch, "replace")["replace"]
    assert actions(plan)["image_versions.ds-2024-10"] == ["create", "delete"]
    code, lines = judge(terraform_compliance, plan, features)
    assert code == 1, lines
    # It names every version the Given step found, on Terraform's plans too.
    assert (
        "Failure: Forcefully failing the scenario on AWS::SageMaker::ImageVersion "
        "(image_versions.ds-2024-09, image_versions.ds-2024-10) resource"
    ) in lines
    assert "1 scenarios (0 passed, 1 failed)" in lines


def test_terraform_compliance_passes_the_plan_that_updates_an_image_version(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, terraform_compliance: str, features: Path
) -> None:
    plan = write_plans(run, tmp_path, monkeypatch, "update")["update"]
    assert actions(plan)["image_versions.ds-2024-10"] == ["update"]
    code, lines = judge(terraform_compliance, plan, features)
    assert code == 0, lines
    assert '* SKIPPING: Could not find "delete" in "actions" metadata.' in lines
    assert "1 scenarios (0 passed, 1 skipped)" in lines


def test_terraform_compliance_cannot_see_a_plain_delete_as_on_terraforms_plan(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, terraform_compliance: str, features: Path
) -> None:
    plan = write_plans(run, tmp_path, monkeypatch, "delete")["delete"]
    assert actions(plan)["image_versions.ds-2024-09"] == ["delete"]
    code, lines = judge(terraform_compliance, plan, features)
    assert code == 0, lines
    assert '* SKIPPING: Could not find "delete" in "actions" metadata.' in lines
    assert "1 scenarios (0 passed, 1 skipped)" in lines
    # The README's check on resource_changes does see it.
    assert deleted_versions(plan) == ["image_versions.ds-2024-09"]
