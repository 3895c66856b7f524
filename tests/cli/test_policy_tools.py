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
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "quickstart.yaml"
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


def checkov_command() -> str | None:
    """IMGVER_CHECKOV, else the virtual environment .ci/run makes, else checkov on PATH."""
    named = os.environ.get("IMGVER_CHECKOV")
    if named:
        return named
    ci_venv = ROOT / ".venv-checkov" / "bin" / "checkov"
    if ci_venv.exists():
        return str(ci_venv)
    return shutil.which("checkov")


@pytest.fixture(scope="module")
def checkov() -> str:
    command = checkov_command()
    if command is None:
        if os.environ.get("CI") == "true":
            pytest.fail(
                "CI=true but checkov is not installed: .ci/run installs it in .venv-checkov"
            )
        pytest.skip("checkov is not installed (.ci/run installs it in .venv-checkov)")
    return command


@pytest.fixture
def plans(run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """imgver plan JSON of a replacement and of a plain delete, against an applied spec."""
    monkeypatch.setenv("IMGVER_LOCAL_OP_SECONDS", "0")
    monkeypatch.chdir(tmp_path)
    original = EXAMPLE.read_text(encoding="utf-8")
    spec = tmp_path / "imgver.yaml"
    spec.write_text(original, encoding="utf-8")
    assert run("--local", "apply", "--auto-approve").code == 0
    edits = {
        # BaseImage cannot be updated: a new version replaces ds-2024-10.
        "replace": original.replace("ds:2024.10\n", "ds:2024.10b\n"),
        # ds-2024-09 leaves the spec: deleted, nothing replaces it.
        "delete": original[: original.index("  ds-2024-09:")]
        + original[original.index("  ds-2024-10:") :],
    }
    made = {}
    for name, text in edits.items():
        assert text != original
        spec.write_text(text, encoding="utf-8")
        result = run("--local", "plan", "--json")
        assert result.code == 0, result.err
        made[name] = tmp_path / f"{name}.json"
        made[name].write_text(result.out, encoding="utf-8")
    return made


def actions(plan: Path) -> dict[str, list[str]]:
    document = json.loads(plan.read_text(encoding="utf-8"))
    return {
        change["address"]: change["change"]["actions"] for change in document["resource_changes"]
    }


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
    document = json.loads(plans["delete"].read_text(encoding="utf-8"))
    deleted = [
        change["address"]
        for change in document["resource_changes"]
        if change["type"] == "AWS::SageMaker::ImageVersion"
        and "delete" in change["change"]["actions"]
    ]
    assert deleted == ["image_versions.ds-2024-09"]
