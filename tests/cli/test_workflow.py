"""The commands end to end on the embedded local cloud: exit codes, plans, state, drift.

Each test drives the real `imgver` entry point with `--local` (the emulator in-process,
behind the real boto3 client) on a copy of the quickstart spec, and checks what a user
or a CI job relies on: exact exit codes, exact JSON Patch documents, exact state.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from state.cloud.client import LiveCloud, open_cloud
from state.cloud.polling import PollPolicy
from state.recorded.local import LocalStore
from state.schema import IMAGE, IMAGE_VERSION
from tests.cli.converged import DECLARED

Run = Any  # the `run` fixture from conftest.py

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
ACCOUNT = "123456789012"
IMAGE_ARN = f"arn:aws:sagemaker:us-east-1:{ACCOUNT}:image/data-science"
VERSION_ARN = f"arn:aws:sagemaker:us-east-1:{ACCOUNT}:image-version/data-science/{{}}"
FAST = PollPolicy(first_delay=0.01, max_delay=0.05, read_delay=0.01, throttle_backoff=0.01)


@pytest.fixture(params=["keep", "strip"])
def spec(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> Path:
    # The live ImageVersion update handler's treatment of a desired model without Aliases
    # is unknown: every workflow must hold under both (IMGVER_LOCAL_ALIAS_UPDATE).
    monkeypatch.setenv("IMGVER_LOCAL_OP_SECONDS", "0")
    monkeypatch.setenv("IMGVER_LOCAL_ALIAS_UPDATE", request.param)
    path = tmp_path / "imgver.yaml"
    path.write_text((EXAMPLES / "quickstart.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    return path


def imgver(run: Run, spec: Path, *args: str, options: tuple[str, ...] = ()) -> Any:
    command, rest = args[0], args[1:]
    if command == "state":
        return run("--local", "--no-color", *options, "state", rest[0], "-f", str(spec), *rest[1:])
    return run("--local", "--no-color", *options, command, "-f", str(spec), *rest)


def cloud_for(spec: Path) -> LiveCloud:
    """The same local cloud the CLI uses, for changes made outside imgver."""
    data = spec.parent / ".imgver" / "local-cloud.db"
    return open_cloud(
        region="us-east-1", profile=None, endpoint_url=None, local_data=data, poll=FAST
    )


def state_of(spec: Path) -> dict[str, Any]:
    """The state as every reader sees it: the state file with its journal replayed."""
    return LocalStore(spec.parent / "imgver.state.json").read().to_document()


def arn_of(spec: Path, address: str) -> str:
    return str(state_of(spec)["resources"][address]["identifier"])


def edit(spec: Path, old: str, new: str) -> None:
    text = spec.read_text(encoding="utf-8")
    assert old in text
    spec.write_text(text.replace(old, new), encoding="utf-8")


def plan_json(run: Run, spec: Path) -> dict[str, Any]:
    result = imgver(run, spec, "plan", "--json")
    assert result.code == 0, result.err
    return json.loads(result.out)


def actions(plan: dict[str, Any]) -> dict[str, list[str]]:
    return {rc["address"]: rc["change"]["actions"] for rc in plan["resource_changes"]}


def test_first_plan_creates_everything_and_exits_2(run: Run, spec: Path) -> None:
    result = imgver(run, spec, "plan", "--detailed-exitcode")
    assert result.code == 2, result.err
    assert "Plan: 3 to add, 0 to change, 0 to replace, 0 to destroy." in result.out
    assert actions(plan_json(run, spec)) == {
        "images.data-science": ["create"],
        "image_versions.ds-2024-09": ["create"],
        "image_versions.ds-2024-10": ["create"],
    }
    assert not (spec.parent / "imgver.state.json").exists(), "plan never writes state"


def test_apply_records_state_and_the_next_plan_is_empty(run: Run, spec: Path) -> None:
    result = imgver(run, spec, "apply", "--auto-approve")
    assert result.code == 0, result.err
    assert result.out.rstrip().endswith(
        "Apply complete! Resources: 3 added, 0 changed, 0 replaced, 0 destroyed."
    )
    state = state_of(spec)
    assert (state["format"], state["version"]) == ("imgver-state", 1)
    resources = state["resources"]
    assert sorted(resources) == [
        "image_versions.ds-2024-09",
        "image_versions.ds-2024-10",
        "images.data-science",
    ]
    assert resources["images.data-science"]["identifier"] == IMAGE_ARN
    assert {
        resources["image_versions.ds-2024-09"]["identifier"],
        resources["image_versions.ds-2024-10"]["identifier"],
    } == {VERSION_ARN.format(1), VERSION_ARN.format(2)}
    october = resources["image_versions.ds-2024-10"]
    assert october["properties"]["Aliases"] == ["2024.10", "stable"]
    assert october["status"] == "created"
    assert all(record["pending"] is None for record in resources.values())

    again = imgver(run, spec, "plan", "--detailed-exitcode")
    assert again.code == 0, again.out
    assert "No changes." in again.out


def test_alias_order_in_the_spec_makes_no_difference(run: Run, spec: Path) -> None:
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    edit(spec, 'Aliases: [stable, "2024.10"]', 'Aliases: ["2024.10", stable]')
    assert imgver(run, spec, "plan", "--detailed-exitcode").code == 0


def test_release_notes_change_is_one_update_touching_only_that_path(run: Run, spec: Path) -> None:
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    edit(spec, "ReleaseNotes: October refresh", "ReleaseNotes: October hotfix")
    plan = plan_json(run, spec)
    changes = [rc for rc in plan["resource_changes"] if rc["change"]["actions"] != ["no-op"]]
    assert [rc["address"] for rc in changes] == ["image_versions.ds-2024-10"]
    assert changes[0]["change"]["actions"] == ["update"]
    assert changes[0]["change"]["patch"] == [
        {"op": "add", "path": "/Aliases", "value": ["2024.10", "stable"]},
        {"op": "replace", "path": "/ReleaseNotes", "value": "October hotfix"},
    ]
    assert imgver(run, spec, "plan", "--detailed-exitcode").code == 2
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    october = cloud_for(spec).read(IMAGE_VERSION, arn_of(spec, "image_versions.ds-2024-10"))
    assert october["ReleaseNotes"] == "October hotfix"
    assert october["Aliases"] == ["2024.10", "stable"]
    assert imgver(run, spec, "plan", "--detailed-exitcode").code == 0


def test_new_base_image_means_version_n_plus_1_keeping_the_aliases(run: Run, spec: Path) -> None:
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    old = state_of(spec)["resources"]["image_versions.ds-2024-10"]["identifier"]
    edit(spec, "ds:2024.10", "ds:2024.10.1")
    plan = plan_json(run, spec)
    change = next(
        rc for rc in plan["resource_changes"] if rc["address"] == "image_versions.ds-2024-10"
    )
    assert change["change"]["actions"] == ["create", "delete"]
    assert change["change"]["replace_paths"] == [["BaseImage"]]

    result = imgver(run, spec, "apply", "--auto-approve")
    assert result.code == 0, result.err
    assert "0 added, 0 changed, 1 replaced, 0 destroyed." in result.out
    record = state_of(spec)["resources"]["image_versions.ds-2024-10"]
    assert record["identifier"] == VERSION_ARN.format(3)
    assert "image_versions.ds-2024-10#deposed" not in state_of(spec)["resources"]
    cloud = cloud_for(spec)
    assert cloud.read(IMAGE_VERSION, VERSION_ARN.format(3))["Aliases"] == ["2024.10", "stable"]
    assert cloud.read(IMAGE_VERSION, old) is None
    assert imgver(run, spec, "plan", "--detailed-exitcode").code == 0


def test_moving_an_alias_between_versions_applies_without_conflict(run: Run, spec: Path) -> None:
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    edit(spec, 'Aliases: ["2024.09"]', 'Aliases: ["2024.09", stable]')
    edit(spec, 'Aliases: [stable, "2024.10"]', 'Aliases: ["2024.10"]')
    result = imgver(run, spec, "apply", "--auto-approve")
    assert result.code == 0, result.err
    cloud = cloud_for(spec)
    september = cloud.read(IMAGE_VERSION, arn_of(spec, "image_versions.ds-2024-09"))
    october = cloud.read(IMAGE_VERSION, arn_of(spec, "image_versions.ds-2024-10"))
    assert september["Aliases"] == ["2024.09", "stable"]
    assert october["Aliases"] == ["2024.10"]
    assert imgver(run, spec, "plan", "--detailed-exitcode").code == 0


def test_saved_plan_applies_once_and_is_refused_when_stale(run: Run, spec: Path) -> None:
    planfile = spec.parent / "changes.plan"
    assert imgver(run, spec, "plan", "--out", str(planfile)).code == 0
    shown = run("--no-color", "show", str(planfile), "--json")
    assert json.loads(shown.out)["format_version"]
    assert imgver(run, spec, "apply", str(planfile)).code == 0
    serial = state_of(spec)["serial"]

    stale = imgver(run, spec, "apply", str(planfile))
    assert stale.code == 1
    assert stale.err.startswith("Error: Saved plan is stale")
    assert state_of(spec)["serial"] == serial


def test_saved_plan_is_refused_after_an_out_of_band_change(run: Run, spec: Path) -> None:
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    edit(spec, "ReleaseNotes: October refresh", "ReleaseNotes: October hotfix")
    planfile = spec.parent / "changes.plan"
    assert imgver(run, spec, "plan", "--out", str(planfile)).code == 0
    cloud_for(spec).update(
        IMAGE_VERSION,
        arn_of(spec, "image_versions.ds-2024-09"),
        [{"op": "replace", "path": "/ReleaseNotes", "value": "changed in the console"}],
    )
    result = imgver(run, spec, "apply", str(planfile))
    assert result.code == 1
    assert "Saved plan is stale" in result.err


def test_apply_with_no_answer_on_standard_input_cancels(
    run: Run, spec: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    result = imgver(run, spec, "apply")
    assert result.code == 1
    assert result.err == "Apply cancelled.\n"
    assert not (spec.parent / "imgver.state.json").exists()
    assert cloud_for(spec).list(IMAGE) == []


def test_invalid_spec_changes_nothing(run: Run, spec: Path) -> None:
    edit(spec, "Processor: CPU", "Processor: TPU")
    for command in ("plan", "apply", "drift", "destroy"):
        result = imgver(
            run, spec, command, *(("--auto-approve",) if command in ("apply", "destroy") else ())
        )
        assert result.code == 1, command
        assert "'TPU' is not one of ['CPU', 'GPU']" in result.err
        assert "Traceback" not in result.err
    assert sorted(p.name for p in spec.parent.iterdir()) == ["imgver.yaml"]


def test_drift_exit_codes_and_reports(run: Run, spec: Path, tmp_path: Path) -> None:
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    assert imgver(run, spec, "drift").code == 0
    cloud_for(spec).update(
        IMAGE_VERSION,
        arn_of(spec, "image_versions.ds-2024-10"),
        [
            {"op": "replace", "path": "/ReleaseNotes", "value": "edited in the console"},
            # The aliases come along, or a strip-semantics handler would drop them too.
            {"op": "add", "path": "/Aliases", "value": ["2024.10", "stable"]},
        ],
    )
    report_file = tmp_path / "drift.json"
    result = imgver(run, spec, "drift", "--format", "json", "--output", str(report_file))
    assert result.code == 2
    report = json.loads(report_file.read_text(encoding="utf-8"))
    modified = [r for r in report["resources"] if r["status"] == "MODIFIED"]
    assert [r["address"] for r in modified] == ["image_versions.ds-2024-10"]
    assert [
        (d["path"], d["expected"], d["actual"], d["type"], d["source"])
        for d in modified[0]["differences"]
    ] == [("/ReleaseNotes", "October refresh", "edited in the console", "NOT_EQUAL", "out-of-band")]
    ignored = imgver(run, spec, "drift", "--ignore", "image_versions.ds-2024-10.ReleaseNotes")
    assert ignored.code == 0


def test_destroy_removes_everything_versions_first(run: Run, spec: Path) -> None:
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    result = imgver(run, spec, "destroy", "--auto-approve")
    assert result.code == 0, result.err
    assert "0 added, 0 changed, 0 replaced, 3 destroyed." in result.out
    assert result.out.index("image_versions.ds-2024-10: Destroying") < result.out.index(
        "images.data-science: Destroying"
    )
    assert state_of(spec)["resources"] == {}
    assert cloud_for(spec).list(IMAGE) == []


def test_prevent_destroy_refuses_the_plan(run: Run, spec: Path) -> None:
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    edit(spec, "prevent_destroy: false", "prevent_destroy: true")
    result = imgver(run, spec, "destroy", "--auto-approve")
    assert result.code == 1
    assert "prevent_destroy" in result.err
    assert len(cloud_for(spec).list(IMAGE_VERSION, image_name="data-science")) == 2


def test_import_of_a_version_made_outside_imgver_then_no_changes(run: Run, spec: Path) -> None:
    cloud = cloud_for(spec)
    cloud.create(IMAGE, DECLARED["images.data-science"])
    made = cloud.create(IMAGE_VERSION, DECLARED["image_versions.ds-2024-09"])
    assert imgver(run, spec, "import", "images.data-science", IMAGE_ARN).code == 0
    result = imgver(run, spec, "import", "image_versions.ds-2024-09", str(made.identifier))
    assert result.code == 0, result.err
    plan = plan_json(run, spec)
    assert actions(plan) == {
        "images.data-science": ["no-op"],
        "image_versions.ds-2024-09": ["no-op"],
        "image_versions.ds-2024-10": ["create"],
    }


def test_state_commands(run: Run, spec: Path, tmp_path: Path) -> None:
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    listed = imgver(run, spec, "state", "list")
    assert listed.out.split() == [
        "image_versions.ds-2024-09",
        "image_versions.ds-2024-10",
        "images.data-science",
    ]
    shown = imgver(run, spec, "state", "show", "images.data-science")
    assert IMAGE_ARN in shown.out

    pulled = imgver(run, spec, "state", "pull")
    backup = tmp_path / "pulled.json"
    backup.write_text(pulled.out, encoding="utf-8")
    assert json.loads(pulled.out)["serial"] == state_of(spec)["serial"]

    assert (
        imgver(run, spec, "state", "mv", "image_versions.ds-2024-09", "image_versions.ds-sept").code
        == 0
    )
    assert "image_versions.ds-sept" in state_of(spec)["resources"]
    assert imgver(run, spec, "state", "rm", "image_versions.ds-sept").code == 0
    assert "image_versions.ds-sept" not in state_of(spec)["resources"]
    assert len(cloud_for(spec).list(IMAGE_VERSION, image_name="data-science")) == 2, (
        "rm keeps it live"
    )

    older = json.loads(pulled.out)
    older["serial"] = 1
    backup.write_text(json.dumps(older), encoding="utf-8")
    refused = imgver(run, spec, "state", "push", str(backup))
    assert refused.code == 1
    assert "older" in refused.err
    assert imgver(run, spec, "state", "push", str(backup), "--force").code == 0
    assert "image_versions.ds-2024-09" in state_of(spec)["resources"]


def test_a_held_lock_stops_a_second_apply_at_once(run: Run, spec: Path) -> None:
    from state.recorded.local import LocalStore

    with LocalStore(spec.parent / "imgver.state.json").lock("apply") as held:
        result = imgver(run, spec, "apply", "--auto-approve")
    assert result.code == 1
    assert result.err.startswith("Error: state is locked")
    assert f"imgver state force-unlock {held.id}" in result.err
    assert cloud_for(spec).list(IMAGE) == []


def test_corrupt_state_is_an_error_pointing_at_the_backup(run: Run, spec: Path) -> None:
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    state_file = spec.parent / "imgver.state.json"
    backup = (spec.parent / "imgver.state.json.backup").read_text(encoding="utf-8")
    state_file.write_text(state_file.read_text(encoding="utf-8")[:100], encoding="utf-8")
    result = imgver(run, spec, "plan")
    assert result.code == 1
    assert "imgver.state.json.backup" in result.err
    assert (spec.parent / "imgver.state.json.backup").read_text(encoding="utf-8") == backup
