"""`plan --json` and `show --json` as Terraform prints them: one line, every top-level key
policy tools read, `action_reason`, out-of-band changes in `resource_drift`, the state in
Terraform's state JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from state.schema import IMAGE_VERSION
from tests.cli.test_workflow import (
    Run,
    arn_of,
    cloud_for,
    edit,
    imgver,
    spec,  # noqa: F401  (the fixture)
)

TOP_LEVEL = {
    "format_version",
    "terraform_version",
    "imgver_version",
    "variables",
    "planned_values",
    "prior_state",
    "configuration",
    "resource_changes",
    "resource_drift",
    "output_changes",
    "relevant_attributes",
    "applyable",
    "complete",
    "errored",
    "timestamp",
}
OCTOBER = "image_versions.ds-2024-10"


def one_line_json(text: str) -> dict[str, Any]:
    assert text.count("\n") == 1 and text.endswith("\n"), "one line, as terraform show -json"
    document: dict[str, Any] = json.loads(text)
    return document


def test_plan_json_is_one_line_with_every_top_level_key(run: Run, spec: Path) -> None:
    result = imgver(run, spec, "plan", "--json")
    assert result.code == 0, result.err
    plan = one_line_json(result.out)
    assert set(plan) >= TOP_LEVEL
    assert plan["terraform_version"].startswith("1.")
    assert plan["variables"] == {"account": {"value": "123456789012"}}
    planned = plan["planned_values"]["root_module"]["resources"]
    assert sorted(r["address"] for r in planned) == [
        "image_versions.ds-2024-09",
        OCTOBER,
        "images.data-science",
    ]
    assert all(r["mode"] == "managed" and r["provider_name"] for r in planned)
    assert plan["prior_state"]["values"]["root_module"]["resources"] == []
    assert len(plan["configuration"]["root_module"]["resources"]) == 3


def test_saved_plan_shows_the_same_one_line_json(run: Run, spec: Path) -> None:
    planfile = spec.parent / "p.imgplan"
    assert imgver(run, spec, "plan", "--out", str(planfile), "--var", "account=123456789012").code == 0
    shown = run("--local", "show", str(planfile), "--json")
    assert shown.code == 0, shown.err
    document = one_line_json(shown.out)
    again = run("--local", "show", str(planfile), "--json")
    assert json.loads(again.out) == document
    assert set(document) >= TOP_LEVEL
    assert document["variables"] == {"account": {"value": "123456789012"}}


def test_action_reasons_for_replace_delete_and_requested_replace(run: Run, spec: Path) -> None:
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    edit(spec, "ds:2024.10", "ds:2024.10b")
    replace = one_line_json(imgver(run, spec, "plan", "--json").out)
    changes = {rc["address"]: rc for rc in replace["resource_changes"]}
    assert changes[OCTOBER]["change"]["actions"] == ["create", "delete"]
    assert changes[OCTOBER]["action_reason"] == "replace_because_cannot_update"
    assert "action_reason" not in changes["image_versions.ds-2024-09"]
    edit(spec, "ds:2024.10b", "ds:2024.10")
    requested = one_line_json(
        imgver(run, spec, "plan", "--json", "--replace", "image_versions.ds-2024-09").out
    )
    changes = {rc["address"]: rc for rc in requested["resource_changes"]}
    assert changes["image_versions.ds-2024-09"]["action_reason"] == "replace_by_request"


def test_out_of_band_changes_are_resource_drift_in_a_normal_plan(run: Run, spec: Path) -> None:
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    cloud_for(spec).update(
        IMAGE_VERSION,
        arn_of(spec, OCTOBER),
        [{"op": "replace", "path": "/ReleaseNotes", "value": "edited in the console"}],
    )
    plan = one_line_json(imgver(run, spec, "plan", "--json").out)
    drift = {item["address"]: item for item in plan["resource_drift"]}
    assert list(drift) == [OCTOBER]
    assert drift[OCTOBER]["change"]["actions"] == ["update"]
    assert drift[OCTOBER]["change"]["before"]["ReleaseNotes"] == "October refresh"
    assert drift[OCTOBER]["change"]["after"]["ReleaseNotes"] == "edited in the console"
    changes = {rc["address"]: rc["change"]["actions"] for rc in plan["resource_changes"]}
    assert changes[OCTOBER] == ["update"]


def test_show_json_without_a_plan_is_terraform_state_json(run: Run, spec: Path) -> None:
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    shown = imgver(run, spec, "show", "--json")
    assert shown.code == 0, shown.err
    document = one_line_json(shown.out)
    assert document["format_version"] == "1.0"
    assert document["terraform_version"].startswith("1.")
    resources = {r["address"]: r for r in document["values"]["root_module"]["resources"]}
    assert sorted(resources) == ["image_versions.ds-2024-09", OCTOBER, "images.data-science"]
    october = resources[OCTOBER]
    assert (october["mode"], october["type"], october["name"]) == (
        "managed",
        IMAGE_VERSION,
        "ds-2024-10",
    )
    assert october["values"]["ReleaseNotes"] == "October refresh"
