"""Saved plans from older imgver releases, and plan files edited by hand: a plan saved
before its optional members existed loads with their empty defaults; members imgver never
writes make an altered plan, word for word; a signed plan is checked only when asked; and a
plan path that cannot be written is refused before anything is read."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import Any

import pytest

from planner.errors import PlanError
from planner.plan.changes import Action, Plan, ReplaceCause, ResourceChange
from planner.plan.planfile import check_writable, load_plan, save_plan
from state.schema import IMAGE_VERSION
from tests.planner.test_plan_file_text import edited, refusal, saved
from tests.planner.test_plan_files import replacement_plan


def full_plan() -> Plan:
    """The replacement plan with every optional member set, so dropping one shows."""
    plan, _, _ = replacement_plan()
    drift = ResourceChange(
        address="image_versions.ds",
        type_name=IMAGE_VERSION,
        action=Action.REFRESH,
        identifier="arn:ds",
        before={"ReleaseNotes": "old"},
        after={"ReleaseNotes": "edited"},
        reasons=["changed outside imgver"],
    )
    changes = [
        dataclasses.replace(
            change,
            replace_causes=(ReplaceCause.REQUESTED,),
            property_changes=[
                dataclasses.replace(pc, details=("+ a detail line",))
                for pc in change.property_changes
            ],
        )
        if change.action is Action.CREATE_THEN_DELETE
        else change
        for change in plan.changes
    ]
    return dataclasses.replace(
        plan,
        changes=changes,
        variables={"team": "ds"},
        drift=[drift],
        force_replace=("image_versions.ds",),
        account="123456789012",
        environment="prod",
        notes=["a note"],
    )


def forget_optional_members(document: dict[str, Any]) -> None:
    """The document as a release before each optional member would have written it."""
    for name in ("account", "environment", "drift", "variables", "replace", "notes"):
        del document[name]
    for change in document["changes"]:
        change.pop("replace_causes")
        for property_change in change["property_changes"]:
            property_change.pop("details")


def test_a_plan_saved_before_the_optional_members_existed_loads_with_empty_defaults(
    tmp_path: Path,
) -> None:
    plan = full_plan()
    assert any(change.replace_causes for change in plan.changes)
    assert any(pc.details for change in plan.changes for pc in change.property_changes)

    loaded = load_plan(edited(saved(tmp_path, plan), forget_optional_members))

    expected = dataclasses.replace(
        plan,
        changes=[
            dataclasses.replace(
                change,
                replace_causes=(),
                property_changes=[
                    dataclasses.replace(pc, details=()) for pc in change.property_changes
                ],
            )
            for change in plan.changes
        ],
        variables={},
        drift=[],
        force_replace=(),
        account="",
        environment="",
        notes=[],
    )
    assert loaded == expected


def test_members_imgver_never_writes_make_an_altered_plan_listed_in_order(
    tmp_path: Path,
) -> None:
    def add_members(document: dict[str, Any]) -> None:
        document["zeta"] = 1
        document["alpha"] = {"anything": True}

    path = edited(saved(tmp_path, full_plan()), add_members)

    assert refusal(path) == (
        f"{path} is an altered imgver plan",
        "it holds members imgver never writes: alpha, zeta; make the plan again with "
        "`imgver plan --out FILE`",
    )


def test_a_signed_plan_loads_unchecked_unless_its_signature_is_asked_for(
    tmp_path: Path,
) -> None:
    plan = full_plan()
    path = tmp_path / "ds.plan"
    save_plan(plan, path, key="secret")

    assert load_plan(path) == plan
    with pytest.raises(PlanError) as raised:
        load_plan(path, key=None, check_signature=True)
    assert raised.value.summary == (
        f"{path} is signed, but IMGVER_PLAN_KEY is not set to check it"
    )


def test_a_plan_path_in_a_missing_folder_is_refused_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "missing" / "ds.plan"

    with pytest.raises(PlanError) as raised:
        check_writable(path)

    assert (raised.value.summary, raised.value.detail) == (
        f"cannot write the plan to {path}: its folder {path.parent} does not exist",
        "choose another --out path",
    )
    assert not path.parent.exists()


def test_a_plan_path_that_is_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PlanError) as raised:
        check_writable(tmp_path)

    assert raised.value.summary == f"cannot write the plan to {tmp_path}: it is a directory"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_a_plan_path_in_a_read_only_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir(mode=0o500)
    with pytest.raises(PlanError) as raised:
        check_writable(folder / "ds.plan")

    assert raised.value.summary.endswith(f"its folder {folder} is not writable")


def test_a_writable_plan_path_passes_and_nothing_is_written(tmp_path: Path) -> None:
    check_writable(tmp_path / "ds.plan")
    check_writable(saved(tmp_path, full_plan()))

    assert sorted(path.name for path in tmp_path.iterdir()) == ["ds.plan"]
