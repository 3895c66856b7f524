"""checkov, a policy tool nobody here wrote, on imgver's plan JSON: with a custom policy
(written here, not shipped) that forbids deleting image versions, `checkov --framework
terraform_plan` fails the plan that replaces a version, exactly as on the equivalent
Terraform plan. It passes the plan that only deletes one: checkov reads resources from
`planned_values`, where a deleted resource is absent (on Terraform's plans too), which the
README's policy section says, with a check on `resource_changes` that does catch it.

`.ci/run` installs checkov in its own virtual environment (.venv-checkov); elsewhere the
test skips when checkov is not installed, but never under CI=true."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from .policyplans import actions, deleted_versions, require_tool, write_plans

POLICY = """\
metadata:
  id: CKV2_SITE_NO_VERSION_DELETE
  name: SageMaker image versions are never deleted or replaced
  category: GENERAL_SECURITY
definition:
  cond_type: attribute
  resource_types:
    - AWS::SageMaker::ImageVersion
  attribute: __change_actions__
  operator: not_contains
  value: delete
"""


@pytest.fixture(scope="module")
def checkov() -> str:
    """IMGVER_CHECKOV, else the virtual environment .ci/run makes, else checkov on PATH."""
    return require_tool("IMGVER_CHECKOV", ".venv-checkov", "checkov")


@pytest.fixture
def plans(run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """imgver plan JSON of a replacement and of a plain delete, against an applied spec."""
    return write_plans(run, tmp_path, monkeypatch, "replace", "delete")


def run_checkov(checkov: str, plan: Path, policies: Path) -> tuple[int, dict[str, Any]]:
    done = subprocess.run(
        [
            checkov,
            "-f",
            str(plan),
            "--framework",
            "terraform_plan",
            "--skip-download",  # no call to the vendor's platform
            "--external-checks-dir",
            str(policies),
            "--check",
            "CKV2_SITE_NO_VERSION_DELETE",
            "-o",
            "json",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    report = json.loads(done.stdout)
    return done.returncode, report[0] if isinstance(report, list) else report


def verdicts(report: dict[str, Any]) -> dict[str, list[str]]:
    results = report["results"]
    return {
        kind: sorted(check["resource"] for check in results[f"{kind}_checks"])
        for kind in ("passed", "failed")
    }


@pytest.fixture
def policies(tmp_path: Path) -> Path:
    folder = tmp_path / "policies"
    folder.mkdir()
    (folder / "no_version_delete.yaml").write_text(POLICY, encoding="utf-8")
    return folder


def test_checkov_fails_the_plan_that_replaces_an_image_version(
    checkov: str, plans: dict[str, Path], policies: Path
) -> None:
    assert actions(plans["replace"])["image_versions.ds-2024-10"] == ["create", "delete"]
    code, report = run_checkov(checkov, plans["replace"], policies)
    assert code == 1
    assert report["summary"]["resource_count"] == 3
    assert verdicts(report) == {
        "passed": ["image_versions.ds-2024-09"],
        "failed": ["image_versions.ds-2024-10"],
    }


def test_checkov_cannot_see_a_plain_delete_which_a_resource_changes_check_catches(
    checkov: str, plans: dict[str, Path], policies: Path
) -> None:
    assert actions(plans["delete"])["image_versions.ds-2024-09"] == ["delete"]
    code, report = run_checkov(checkov, plans["delete"], policies)
    # The deleted version is not in planned_values, so checkov never judges it.
    assert code == 0
    assert report["summary"]["resource_count"] == 2
    assert verdicts(report) == {"passed": ["image_versions.ds-2024-10"], "failed": []}
    # The README's workaround, a check on resource_changes, does see it.
    assert deleted_versions(plans["delete"]) == ["image_versions.ds-2024-09"]
