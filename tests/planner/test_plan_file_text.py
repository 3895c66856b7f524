"""The plan file as text and every refusal of one, word for word: its layout, moved
records kept across a save, plans saved before accounts existed, and the detail of each
damaged, unreadable or unwritable file."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from planner.errors import PlanError
from planner.plan.build import build_plan
from planner.plan.changes import Plan
from planner.plan.planfile import load_plan, save_plan
from planner.spec.desired import MovedBlock
from tests.planner.test_plan_build import spec, world
from tests.planner.test_plan_files import replacement_plan


def saved(tmp_path: Path, plan: Plan) -> Path:
    path = tmp_path / "ds.plan"
    save_plan(plan, path)
    return path


def edited(path: Path, edit: Any) -> Path:
    document = json.loads(path.read_text(encoding="utf-8"))
    edit(document)
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def refusal(path: Path) -> tuple[str, str]:
    with pytest.raises(PlanError) as raised:
        load_plan(path)
    return raised.value.summary, raised.value.detail


def test_a_plan_file_is_json_indented_by_two_with_text_as_written(tmp_path: Path) -> None:
    plan, _, _ = replacement_plan()

    text = saved(tmp_path, dataclasses.replace(plan, environment="équipe")).read_text("utf-8")

    assert text.startswith('{\n  "format": "imgver-plan",\n  "version": 1,\n  "mode": "normal",\n')
    assert '\n  "environment": "équipe",\n' in text
    assert text.endswith("\n}\n")


def moved_plan() -> Plan:
    state, live = world({"old": (3, {})})
    block = MovedBlock("image_versions.old", "image_versions.new", "imgver.yaml", 30)
    return build_plan(desired=spec(new={}), state=state, live=live, moved=[block])


def test_a_saved_plan_keeps_which_records_it_moves(tmp_path: Path) -> None:
    plan = moved_plan()
    path = saved(tmp_path, plan)

    document = json.loads(path.read_text(encoding="utf-8"))
    assert [change.get("moved_from") for change in document["changes"]] == [
        None,
        "image_versions.old",
    ]
    assert [step.get("moved_from") for step in document["steps"]] == ["image_versions.old"]
    assert "moved_from" not in document["changes"][0]
    loaded = load_plan(path)
    assert loaded == plan
    assert loaded.changes[1].moved_from == loaded.steps[0].moved_from == "image_versions.old"


def test_a_plan_saved_before_accounts_were_recorded_has_neither(tmp_path: Path) -> None:
    plan, _, _ = replacement_plan()
    plan = dataclasses.replace(plan, account="123456789012", environment="prod")

    def forget_accounts(document: dict[str, Any]) -> None:
        del document["account"], document["environment"]

    loaded = load_plan(edited(saved(tmp_path, plan), forget_accounts))

    assert (loaded.account, loaded.environment) == ("", "")


def test_a_missing_plan_file_says_how_to_save_one(tmp_path: Path) -> None:
    assert refusal(tmp_path / "nope.plan") == (
        f"plan file {tmp_path / 'nope.plan'} does not exist",
        "save a plan with `imgver plan --out FILE`",
    )


def test_a_folder_given_as_the_plan_file_cannot_be_read(tmp_path: Path) -> None:
    assert refusal(tmp_path) == (
        f"cannot read plan file {tmp_path}",
        f"[Errno 21] Is a directory: '{tmp_path}'",
    )


def test_a_plan_file_that_is_not_utf8_cannot_be_read(tmp_path: Path) -> None:
    path = tmp_path / "ds.plan"
    path.write_bytes(b"\xff{}")

    assert refusal(path) == (
        f"cannot read plan file {path}",
        "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
    )


def test_a_plan_that_cannot_be_written_says_why(tmp_path: Path) -> None:
    plan, _, _ = replacement_plan()
    path = tmp_path / "missing-dir" / "ds.plan"

    with pytest.raises(PlanError) as raised:
        save_plan(plan, path)

    assert raised.value.summary == f"cannot write the plan to {path}"
    assert raised.value.detail.startswith("[Errno 2] No such file or directory: ")


def set_mode(document: dict[str, Any]) -> None:
    document["mode"] = "sideways"


def set_kind(document: dict[str, Any]) -> None:
    document["changes"][0]["property_changes"][0]["kind"] = "grow"


def set_before(document: dict[str, Any]) -> None:
    document["changes"][0]["before"] = ["not", "an", "object"]


def set_patch(document: dict[str, Any]) -> None:
    document["steps"][0]["patch"] = [1]


@pytest.mark.parametrize(
    ("edit", "detail"),
    [
        pytest.param(set_mode, "ValueError: unknown plan mode 'sideways'", id="unknown_mode"),
        pytest.param(
            set_kind, "ValueError: unknown property change kind 'grow'", id="unknown_change_kind"
        ),
        pytest.param(
            set_before, "TypeError: expected an object or null, got list", id="before_a_list"
        ),
        pytest.param(
            set_patch, "TypeError: a patch must be a list of operations", id="patch_of_numbers"
        ),
    ],
)
def test_a_damaged_plan_says_what_is_wrong(tmp_path: Path, edit: Any, detail: str) -> None:
    plan, _, _ = replacement_plan()
    path = edited(saved(tmp_path, plan), edit)

    assert refusal(path) == (f"{path} is a damaged imgver plan", detail)
