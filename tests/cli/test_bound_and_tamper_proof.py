"""A run bound to its region, saved plans that cannot be tampered with, and refusals that
come before any change: the real `imgver` entry point on the embedded local cloud."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from state.localcloud import LocalCloud
from tests.cli.test_workflow import EXAMPLES, Run, imgver, state_of

Edit = Callable[[dict[str, Any]], None]


@pytest.fixture
def spec(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("IMGVER_LOCAL_OP_SECONDS", "0")
    monkeypatch.delenv("IMGVER_PLAN_KEY", raising=False)
    path = tmp_path / "imgver.yaml"
    text = (EXAMPLES / "quickstart.yaml").read_text(encoding="utf-8")
    # No settings.region: the run's region comes from --region alone.
    path.write_text(text.replace("  region: us-east-1\n", ""), encoding="utf-8")
    return path


def cloud_data(spec: Path) -> str:
    path = spec.parent / ".imgver" / "local-cloud.db"
    return json.dumps(LocalCloud(path).export(), sort_keys=True) if path.exists() else ""


def applied(run: Run, spec: Path) -> None:
    result = imgver(run, spec, "apply", "--auto-approve", options=("--region", "us-east-1"))
    assert result.code == 0, result.err


# -- the region binding -------------------------------------------------------------------


@pytest.mark.parametrize("command", ["plan", "apply", "drift", "destroy"])
def test_a_run_in_another_region_than_the_state_is_refused_naming_both(
    run: Run, spec: Path, command: str
) -> None:
    applied(run, spec)
    before_state, before_cloud = state_of(spec), cloud_data(spec)

    args = ("--auto-approve",) if command in ("apply", "destroy") else ()
    result = imgver(run, spec, command, *args, options=("--region", "eu-west-1"))

    assert result.code == 1
    first = result.err.splitlines()[0]
    assert first.startswith("Error: the state ")
    assert "region us-east-1, not account 123456789012, region eu-west-1" in first
    assert (
        "the state records image_versions.ds-2024-09, image_versions.ds-2024-10, "
        "images.data-science in region us-east-1; this run is in region eu-west-1"
    ) in result.err
    assert "imgver state rebind --region eu-west-1" in result.err
    assert state_of(spec) == before_state
    assert cloud_data(spec) == before_cloud


def test_state_rebind_refuses_to_move_records_to_a_region_their_arns_do_not_name(
    run: Run, spec: Path
) -> None:
    applied(run, spec)
    before = state_of(spec)

    result = imgver(run, spec, "state", "rebind", options=("--region", "eu-west-1"))

    assert result.code == 1
    assert "cannot record resources of another region in eu-west-1" in result.err
    assert "(us-east-1)" in result.err
    assert state_of(spec) == before


def test_a_saved_plan_made_for_one_region_is_refused_in_another(
    run: Run, spec: Path, tmp_path: Path
) -> None:
    plan_file = tmp_path / "us.plan"
    assert (
        imgver(run, spec, "plan", "--out", str(plan_file), options=("--region", "us-east-1")).code
        == 0
    )

    result = imgver(run, spec, "apply", str(plan_file), options=("--region", "eu-west-1"))

    assert result.code == 1
    assert result.err.splitlines()[0] == (
        f"Error: the saved plan {plan_file} was made for account 123456789012, region "
        "us-east-1, not account 123456789012, region eu-west-1"
    )
    assert not (spec.parent / "imgver.state.json").exists()
    assert cloud_data(spec) == ""


# -- saved plans that cannot be tampered with ---------------------------------------------


def _change_a_value(document: dict[str, Any]) -> None:
    step = next(s for s in document["steps"] if s["kind"] == "create")
    step["properties"]["ImageDescription"] = "edited"


def _add_a_delete(document: dict[str, Any]) -> None:
    document["steps"].append(
        {**document["steps"][0], "id": "images.other:delete", "kind": "delete"}
    )


def _switch_to_destroy(document: dict[str, Any]) -> None:
    document["mode"] = "destroy"


def _empty_the_changes(document: dict[str, Any]) -> None:
    document["changes"] = []


def _retarget(document: dict[str, Any]) -> None:
    document["steps"][0]["identifier"] = "arn:aws:sagemaker:us-east-1:123456789012:image/other"


def _change_the_region_field(document: dict[str, Any]) -> None:
    document["region"] = "eu-west-1"


@pytest.mark.parametrize(
    "edit",
    [
        _change_a_value,
        _add_a_delete,
        _switch_to_destroy,
        _empty_the_changes,
        _retarget,
        _change_the_region_field,
    ],
    ids=lambda edit: edit.__name__.strip("_"),
)
def test_an_edited_saved_plan_is_refused_and_changes_nothing(
    run: Run, spec: Path, tmp_path: Path, edit: Edit
) -> None:
    plan_file = tmp_path / "edited.plan"
    region = ("--region", "us-east-1")
    assert imgver(run, spec, "plan", "--out", str(plan_file), options=region).code == 0
    document = json.loads(plan_file.read_text(encoding="utf-8"))
    edit(document)
    plan_file.write_text(json.dumps(document), encoding="utf-8")

    result = imgver(run, spec, "apply", str(plan_file), options=region)

    assert result.code == 1, result.out
    assert result.err.startswith("Error: ")
    assert "Traceback" not in result.err
    assert not (spec.parent / "imgver.state.json").exists()
    assert '"resources": {}' in cloud_data(spec) or "image/" not in cloud_data(spec)


def test_an_unedited_saved_plan_applies(run: Run, spec: Path, tmp_path: Path) -> None:
    plan_file = tmp_path / "good.plan"
    region = ("--region", "us-east-1")
    assert imgver(run, spec, "plan", "--out", str(plan_file), options=region).code == 0

    result = imgver(run, spec, "apply", str(plan_file), options=region)

    assert result.code == 0, result.err
    assert "Apply complete! Resources: 3 added" in result.out
    assert len(state_of(spec)["resources"]) == 3


def test_a_signed_plan_needs_the_key_and_refuses_an_edit(
    run: Run, spec: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan_file = tmp_path / "signed.plan"
    region = ("--region", "us-east-1")
    monkeypatch.setenv("IMGVER_PLAN_KEY", "shared-secret")
    assert imgver(run, spec, "plan", "--out", str(plan_file), options=region).code == 0
    document = json.loads(plan_file.read_text(encoding="utf-8"))
    assert len(document["hmac"]) == 64

    monkeypatch.delenv("IMGVER_PLAN_KEY")
    unkeyed = imgver(run, spec, "apply", str(plan_file), options=region)
    assert unkeyed.code == 1
    assert "is signed, but IMGVER_PLAN_KEY is not set" in unkeyed.err

    monkeypatch.setenv("IMGVER_PLAN_KEY", "another-secret")
    wrong = imgver(run, spec, "apply", str(plan_file), options=region)
    assert wrong.code == 1
    assert "has been altered: its HMAC does not match IMGVER_PLAN_KEY" in wrong.err
    assert not (spec.parent / "imgver.state.json").exists()

    monkeypatch.setenv("IMGVER_PLAN_KEY", "shared-secret")
    good = imgver(run, spec, "apply", str(plan_file), options=region)
    assert good.code == 0, good.err


# -- every refusal before any change -------------------------------------------------------


def _journal_a_pending_create(spec: Path) -> dict[str, Any]:
    path = spec.parent / "imgver.state.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    record = document["resources"]["image_versions.ds-2024-10"]
    record["pending"] = {
        "operation": "UPDATE",
        "client_token": "journaled-token",
        "request_token": None,
        "started": "2024-11-27T11:36:00Z",
    }
    path.write_text(json.dumps(document), encoding="utf-8")
    return document


def test_apply_that_cannot_ask_refuses_before_finishing_interrupted_operations(
    run: Run, spec: Path
) -> None:
    applied(run, spec)
    document = _journal_a_pending_create(spec)
    before_cloud = cloud_data(spec)

    result = imgver(run, spec, "apply", options=("--region", "us-east-1", "--input=false"))

    assert result.code == 1
    assert result.err.startswith("Error: approval is needed, but --input=false forbids")
    assert state_of(spec) == document
    assert cloud_data(spec) == before_cloud


def test_a_saved_plan_over_interrupted_operations_is_refused_without_finishing_them(
    run: Run, spec: Path, tmp_path: Path
) -> None:
    applied(run, spec)
    plan_file = tmp_path / "p.plan"
    region = ("--region", "us-east-1")
    assert imgver(run, spec, "plan", "--out", str(plan_file), options=region).code == 0
    document = _journal_a_pending_create(spec)

    result = imgver(run, spec, "apply", str(plan_file), options=region)

    assert result.code == 1
    assert "an interrupted apply left image_versions.ds-2024-10 unfinished" in result.err
    assert state_of(spec) == document


@pytest.mark.parametrize("flag", ["--target", "--replace"])
def test_an_unknown_address_is_refused_before_any_cloud_read(
    run: Run, spec: Path, flag: str
) -> None:
    # An endpoint nobody listens on: any read would fail with an endpoint error instead.
    options = ("--region", "us-east-1", "--endpoint-url", "http://127.0.0.1:9")
    result = run(
        "--no-color", *options, "apply", "-f", str(spec), "--auto-approve", flag, "images.nope"
    )

    assert result.code == 1
    assert f"{flag} names address images.nope" in result.err.splitlines()[0]
    assert not (spec.parent / "imgver.state.json").exists()
    assert not (spec.parent / "imgver.state.json.lock").exists()


def test_an_unwritable_out_is_refused_before_any_cloud_read(run: Run, spec: Path) -> None:
    options = ("--region", "us-east-1", "--endpoint-url", "http://127.0.0.1:9")
    out = spec.parent / "missing-folder" / "p.plan"
    result = run("--no-color", *options, "plan", "-f", str(spec), "--out", str(out))

    assert result.code == 1
    assert result.err.splitlines()[0] == (
        f"Error: cannot write the plan to {out}: its folder {out.parent} does not exist"
    )


def test_declining_to_finish_interrupted_operations_changes_nothing(
    run: Run, spec: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    applied(run, spec)
    document = _journal_a_pending_create(spec)
    before_cloud = cloud_data(spec)
    monkeypatch.setattr("sys.stdin", io.StringIO("no\n"))

    result = imgver(run, spec, "apply", options=("--region", "us-east-1"))

    assert result.code == 1
    assert "An earlier apply was interrupted with 1 operation(s) unfinished" in result.out
    assert "Apply cancelled." in result.err
    assert state_of(spec) == document
    assert cloud_data(spec) == before_cloud
