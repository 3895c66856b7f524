"""Saved plans (save_plan/load_plan), live fingerprints and check_fresh."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path

import pytest

from planner.errors import PlanError, StalePlanError
from planner.plan.build import build_plan
from planner.plan.changes import Plan, fingerprint
from planner.plan.planfile import check_fresh, load_plan, save_plan
from state.recorded.model import State
from tests.planner.planner_data import (
    BASE_NOV,
    IMAGE_ADDRESS,
    LINEAGE,
    desired_image,
    desired_version,
    image_record,
    live_image,
    live_version,
    state_of,
    version_properties,
    version_record,
)


def replacement_plan() -> tuple[Plan, State, dict[str, str]]:
    """A plan with every kind of field filled: a replacement with alias steps."""
    state = state_of(
        {IMAGE_ADDRESS: image_record(), "image_versions.ds": version_record(3)}, serial=12
    )
    live = {IMAGE_ADDRESS: live_image(), "image_versions.ds": live_version(3)}
    desired = {
        IMAGE_ADDRESS: desired_image(),
        "image_versions.ds": desired_version("ds", version_properties(BaseImage=BASE_NOV)),
    }
    plan = build_plan(
        desired=desired,
        state=state,
        live=live,
        targets=["image_versions.ds"],
        spec_hash="f" * 64,
        region="us-east-1",
        created_at="2024-11-01T10:00:00+00:00",
    )
    return plan, state, {address: fingerprint(model) for address, model in live.items()}


def test_saved_plan_loads_back_equal(tmp_path: Path) -> None:
    plan, _, _ = replacement_plan()
    path = tmp_path / "ds.plan"
    save_plan(plan, path)
    assert load_plan(path) == plan
    assert [path.name for path in tmp_path.iterdir()] == ["ds.plan"]


def test_saved_plan_document_shape(tmp_path: Path) -> None:
    plan, _, fingerprints = replacement_plan()
    path = tmp_path / "ds.plan"
    save_plan(plan, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert {key: document[key] for key in list(document)[:12]} == {
        "format": "imgver-plan",
        "version": 1,
        "mode": "normal",
        "created_at": "2024-11-01T10:00:00+00:00",
        "region": "us-east-1",
        "account": "",
        "environment": "",
        "spec_hash": "f" * 64,
        "lineage": LINEAGE,
        "serial": 12,
        "targets": ["image_versions.ds"],
        "live_fingerprints": fingerprints,
    }
    assert document["steps"][1] == {
        "id": "image_versions.ds#deposed:remove-aliases",
        "address": "image_versions.ds",
        "kind": "update",
        "type": "AWS::SageMaker::ImageVersion",
        "identifier": plan.steps[1].identifier,
        "properties": None,
        "patch": [{"op": "add", "path": "/Aliases", "value": []}],
        "depends_on": ["image_versions.ds:create"],
        "deposed": True,
        "description": "remove aliases 2024.10, stable from version 3 of data-science",
    }
    (change,) = document["changes"]
    assert change["action"] == "create-then-delete"
    assert change["replace_paths"] == ["/BaseImage"]
    assert change["property_changes"] == [
        {
            "path": "/BaseImage",
            "before": version_properties()["BaseImage"],
            "after": BASE_NOV,
            "kind": "change",
            "forces_replacement": True,
            "details": [],
        }
    ]


def alias_update_plan() -> Plan:
    """An in-place update whose property change carries detail lines."""
    state = state_of({IMAGE_ADDRESS: image_record(), "image_versions.ds": version_record(3)})
    live = {IMAGE_ADDRESS: live_image(), "image_versions.ds": live_version(3)}
    desired = {
        IMAGE_ADDRESS: desired_image(),
        "image_versions.ds": desired_version(
            "ds", version_properties(Aliases=["stable", "latest"])
        ),
    }
    return build_plan(desired=desired, state=state, live=live)


ALIAS_DETAILS = ('+ "latest"', '- "2024.10"')


def test_detail_lines_are_saved_and_load_back(tmp_path: Path) -> None:
    plan = alias_update_plan()
    path = tmp_path / "ds.plan"
    save_plan(plan, path)
    (change,) = json.loads(path.read_text(encoding="utf-8"))["changes"][1:]
    assert change["property_changes"] == [
        {
            "path": "/Aliases",
            "before": ["2024.10", "stable"],
            "after": ["latest", "stable"],
            "kind": "change",
            "forces_replacement": False,
            "details": list(ALIAS_DETAILS),
        }
    ]
    loaded = load_plan(path)
    assert loaded == plan
    assert loaded.changes[1].property_changes[0].details == ALIAS_DETAILS


def test_a_plan_saved_before_detail_lines_existed_loads_without_them(tmp_path: Path) -> None:
    plan = alias_update_plan()
    path = tmp_path / "ds.plan"
    save_plan(plan, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    del document["changes"][1]["property_changes"][0]["details"]
    path.write_text(json.dumps(document), encoding="utf-8")
    (property_change,) = load_plan(path).changes[1].property_changes
    assert property_change == dataclasses.replace(plan.changes[1].property_changes[0], details=())


def test_detail_lines_that_are_not_a_list_of_text_make_a_damaged_plan(tmp_path: Path) -> None:
    plan = alias_update_plan()
    path = tmp_path / "ds.plan"
    save_plan(plan, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["changes"][1]["property_changes"][0]["details"] = '+ "latest"'
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(PlanError) as raised:
        load_plan(path)
    assert raised.value.summary == f"{path} is a damaged imgver plan"
    assert raised.value.detail == "TypeError: detail lines must be a list of strings"


def test_a_missing_plan_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "nope.plan"
    with pytest.raises(PlanError) as raised:
        load_plan(path)
    assert raised.value.summary == f"plan file {path} does not exist"


@pytest.mark.parametrize(
    ("text", "summary", "detail_start"),
    [
        pytest.param("{not json", "{path} is not a saved imgver plan", "invalid JSON:", id="json"),
        pytest.param(
            '{"format": "imgver-state", "version": 1}',
            "{path} is not a saved imgver plan",
            'expected "format": "imgver-plan"',
            id="another_format",
        ),
        pytest.param(
            '{"format": "imgver-plan", "version": 2}',
            "{path} has plan format version 2, which this imgver cannot read",
            "it reads version 1",
            id="newer_version",
        ),
        pytest.param(
            '{"format": "imgver-plan", "version": 1, "mode": "normal"}',
            "{path} is a damaged imgver plan",
            "KeyError:",
            id="missing_fields",
        ),
    ],
)
def test_unreadable_plan_files_are_refused_by_name(
    tmp_path: Path, text: str, summary: str, detail_start: str
) -> None:
    path = tmp_path / "bad.plan"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PlanError) as raised:
        load_plan(path)
    assert raised.value.summary == summary.format(path=path)
    assert raised.value.detail.startswith(detail_start)


def test_a_plan_with_an_unknown_action_is_damaged(tmp_path: Path) -> None:
    plan, _, _ = replacement_plan()
    path = tmp_path / "ds.plan"
    save_plan(plan, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["changes"][0]["action"] = "teleport"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(PlanError) as raised:
        load_plan(path)
    assert raised.value.summary == f"{path} is a damaged imgver plan"
    assert raised.value.detail == "ValueError: 'teleport' is not a valid Action"


def test_a_plan_that_cannot_be_written_is_a_plan_error(tmp_path: Path) -> None:
    plan, _, _ = replacement_plan()
    path = tmp_path / "missing-dir" / "ds.plan"
    with pytest.raises(PlanError) as raised:
        save_plan(plan, path)
    assert raised.value.summary == f"cannot write the plan to {path}"


def test_fingerprint_is_the_sha256_of_canonical_json() -> None:
    model = {"b": [1, 2], "a": "é"}
    canonical = '{"a":"é","b":[1,2]}'.encode()
    assert fingerprint(model) == hashlib.sha256(canonical).hexdigest()
    assert fingerprint({"a": "é", "b": [1, 2]}) == fingerprint(model)
    assert fingerprint({"a": "é", "b": [2, 1]}) != fingerprint(model)
    assert fingerprint(None) == "absent"


def test_a_fresh_plan_passes() -> None:
    plan, state, fingerprints = replacement_plan()
    check_fresh(plan, state=state, live_fingerprints=fingerprints, spec_hash="f" * 64)
    check_fresh(plan, state=state, live_fingerprints=fingerprints, spec_hash=None)


def stale_detail(
    plan: Plan, state: State, fingerprints: dict[str, str], spec_hash: str | None
) -> str:
    with pytest.raises(StalePlanError) as raised:
        check_fresh(plan, state=state, live_fingerprints=fingerprints, spec_hash=spec_hash)
    assert raised.value.summary == "Saved plan is stale"
    return raised.value.detail


AGAIN = "run `imgver plan --out FILE` again and apply the new plan"


def test_a_newer_state_serial_makes_the_plan_stale() -> None:
    plan, state, fingerprints = replacement_plan()
    state.serial += 1
    assert stale_detail(plan, state, fingerprints, None) == (
        f"the state has changed since the plan was made (serial 12 -> 13)\n{AGAIN}"
    )


def test_another_state_lineage_makes_the_plan_stale() -> None:
    plan, state, fingerprints = replacement_plan()
    other = State(lineage="other-lineage", serial=12, resources=state.resources)
    assert stale_detail(plan, other, fingerprints, None) == (
        f"the state is another one: lineage other-lineage, the plan was made against "
        f"lineage {LINEAGE}\n{AGAIN}"
    )


def test_a_live_change_makes_the_plan_stale_naming_the_address() -> None:
    plan, state, fingerprints = replacement_plan()
    changed = dict(fingerprints)
    changed["image_versions.ds"] = fingerprint(
        live_version(3, version_properties(ReleaseNotes="edited in the console"))
    )
    assert stale_detail(plan, state, changed, None) == (
        f"the live model of image_versions.ds has changed\n{AGAIN}"
    )


def test_a_deleted_or_new_live_object_makes_the_plan_stale() -> None:
    plan, state, fingerprints = replacement_plan()
    changed = {IMAGE_ADDRESS: fingerprints[IMAGE_ADDRESS], "images.other": "0" * 64}
    assert stale_detail(plan, state, changed, None) == (
        "the live model of image_versions.ds has changed\n"
        f"the live model of images.other has changed\n{AGAIN}"
    )


def test_a_changed_spec_makes_the_plan_stale_and_every_reason_is_listed() -> None:
    plan, state, fingerprints = replacement_plan()
    state.serial = 20
    assert stale_detail(plan, state, fingerprints, "e" * 64) == (
        "the state has changed since the plan was made (serial 12 -> 20)\n"
        f"the spec has changed since the plan was made\n{AGAIN}"
    )


@pytest.mark.parametrize("mode", ["destroy", "refresh-only"])
def test_a_saved_destroy_or_refresh_only_plan_keeps_its_mode(tmp_path: Path, mode: str) -> None:
    state = state_of({IMAGE_ADDRESS: image_record(), "image_versions.ds": version_record(3)})
    live = {IMAGE_ADDRESS: live_image(), "image_versions.ds": live_version(3)}
    plan = build_plan(desired={}, state=state, live=live, mode=mode)  # type: ignore[arg-type]
    path = tmp_path / f"{mode}.plan"

    save_plan(plan, path)
    loaded = load_plan(path)

    assert loaded.mode == mode
    assert loaded == plan


def test_an_address_absent_on_one_side_and_missing_on_the_other_is_fresh() -> None:
    # The documented rule: an address missing from either side counts as absent.
    plan, state, fingerprints = replacement_plan()
    plan = dataclasses.replace(
        plan, live_fingerprints={**plan.live_fingerprints, "images.gone": "absent"}
    )
    check_fresh(plan, state=state, live_fingerprints=fingerprints, spec_hash=plan.spec_hash)
    check_fresh(
        dataclasses.replace(plan, live_fingerprints=dict(fingerprints)),
        state=state,
        live_fingerprints={**fingerprints, "images.other": "absent"},
        spec_hash=plan.spec_hash,
    )
