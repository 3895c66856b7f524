"""Why a version is replaced, kept as data: Terraform's `action_reason` in plan JSON names
it (developer.hashicorp.com/terraform/internals/json-format: `replace_because_tainted`,
`replace_by_request`, `replace_by_triggers`, `replace_because_cannot_update`), and a saved
plan keeps it and the plan's notes, so `show PLANFILE` says what `plan` said."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from planner.plan.build import build_plan
from planner.plan.changes import Plan, ReplaceCause
from planner.plan.planfile import load_plan, save_plan
from planner.plan.verify import check_same
from planner.render.plan import plan_to_json
from state.schema import IMAGE_VERSION
from tests.planner.planner_data import (
    BASE_NOV,
    IMAGE_ADDRESS,
    desired_image,
    desired_version,
    image_record,
    live_image,
    live_version,
    record,
    state_of,
    version_arn,
    version_properties,
)

ADDRESS = "image_versions.ds"
FOLLOW_TAG = "lifecycle.follow_tag: tag 2024.10 has moved"


def plan_of(
    *,
    tainted: bool = False,
    requested: bool = False,
    triggered: bool = False,
    new_base_image: bool = False,
) -> Plan:
    properties = version_properties(BaseImage=BASE_NOV) if new_base_image else None
    state = state_of(
        {
            IMAGE_ADDRESS: image_record(),
            ADDRESS: record(
                IMAGE_VERSION,
                version_arn(3),
                version_properties(),
                status="tainted" if tainted else "created",
            ),
        }
    )
    return build_plan(
        desired={IMAGE_ADDRESS: desired_image(), ADDRESS: desired_version("ds", properties)},
        state=state,
        live={IMAGE_ADDRESS: live_image(), ADDRESS: live_version(3)},
        force_replace=[ADDRESS] if requested else [],
        replace_for={ADDRESS: FOLLOW_TAG} if triggered else None,
    )


def change_of(plan: Plan) -> dict[str, object]:
    [change] = [rc for rc in plan_to_json(plan)["resource_changes"] if rc["address"] == ADDRESS]
    return change


@pytest.mark.parametrize(
    ("kwargs", "causes", "reason"),
    [
        ({"tainted": True}, (ReplaceCause.TAINTED,), "replace_because_tainted"),
        ({"requested": True}, (ReplaceCause.REQUESTED,), "replace_by_request"),
        ({"triggered": True}, (ReplaceCause.TRIGGERED,), "replace_by_triggers"),
        ({"new_base_image": True}, (ReplaceCause.CANNOT_UPDATE,), "replace_because_cannot_update"),
        (
            {"tainted": True, "requested": True, "triggered": True, "new_base_image": True},
            tuple(ReplaceCause),
            "replace_because_tainted",
        ),
        (
            {"requested": True, "new_base_image": True},
            (ReplaceCause.REQUESTED, ReplaceCause.CANNOT_UPDATE),
            "replace_by_request",
        ),
        (
            {"triggered": True, "new_base_image": True},
            (ReplaceCause.TRIGGERED, ReplaceCause.CANNOT_UPDATE),
            "replace_by_triggers",
        ),
    ],
    ids=[
        "a_tainted_record",
        "replace_flag",
        "follow_tag_of_a_moved_tag",
        "a_create_only_change",
        "every_cause_at_once_names_the_taint",
        "a_request_outranks_the_create_only_change",
        "a_trigger_outranks_the_create_only_change",
    ],
)
def test_a_replacement_names_its_cause_as_terraform_does(
    kwargs: dict[str, bool], causes: tuple[ReplaceCause, ...], reason: str
) -> None:
    plan = plan_of(**kwargs)
    [change] = [c for c in plan.changes if c.address == ADDRESS]

    assert change.action.is_replace
    assert change.replace_causes == causes
    assert change_of(plan)["action_reason"] == reason


def test_an_update_in_place_has_no_replace_cause() -> None:
    plan = build_plan(
        desired={
            IMAGE_ADDRESS: desired_image(),
            ADDRESS: desired_version("ds", version_properties(ReleaseNotes="new")),
        },
        state=state_of(
            {
                IMAGE_ADDRESS: image_record(),
                ADDRESS: record(IMAGE_VERSION, version_arn(3), version_properties()),
            }
        ),
        live={IMAGE_ADDRESS: live_image(), ADDRESS: live_version(3)},
    )
    [change] = [c for c in plan.changes if c.address == ADDRESS]

    assert change.replace_causes == ()
    assert "action_reason" not in change_of(plan)


def test_a_saved_plan_keeps_its_replace_causes_and_notes(tmp_path: Path) -> None:
    plan = plan_of(triggered=True, new_base_image=True)
    plan.notes = ["images.ds: x/ds:2024.10 is not in ECR, so it cannot be checked"]
    path = tmp_path / "p.imgplan"

    save_plan(plan, path)
    loaded = load_plan(path)

    [change] = [c for c in loaded.changes if c.address == ADDRESS]
    assert change.replace_causes == (ReplaceCause.TRIGGERED, ReplaceCause.CANNOT_UPDATE)
    assert change_of(loaded)["action_reason"] == "replace_by_triggers"
    assert loaded.notes == plan.notes


def test_a_plan_saved_before_causes_were_kept_names_the_create_only_change(
    tmp_path: Path,
) -> None:
    plan = plan_of(requested=True, new_base_image=True)
    old = dataclasses.replace(
        plan,
        changes=[dataclasses.replace(c, replace_causes=()) for c in plan.changes],
    )

    assert change_of(old)["action_reason"] == "replace_because_cannot_update"
    bare = dataclasses.replace(
        old,
        changes=[dataclasses.replace(c, replace_paths=[]) for c in old.changes],
    )
    assert change_of(bare)["action_reason"] == "replace_by_request"


def test_a_saved_plan_whose_notes_differ_from_the_plan_made_now_is_still_the_same_plan() -> None:
    saved = plan_of(triggered=True)
    saved.notes = ["image_versions.ds: tag 2024.10 has moved"]
    fresh = plan_of(triggered=True)

    check_same(saved, fresh, source="p.imgplan")
