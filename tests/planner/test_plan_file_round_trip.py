"""A saved plan holding every optional part (variables, drift, --replace, account and
environment, notes, replacement causes, detail lines, signed) loads back equal, member by
member."""

from __future__ import annotations

import json
from pathlib import Path

from planner.plan.planfile import load_plan, save_plan
from state.schema import IMAGE_VERSION
from tests.planner.test_plan_file_old_and_edited import full_plan


def test_a_plan_with_every_optional_part_loads_back_equal(tmp_path: Path) -> None:
    plan = full_plan()
    path = tmp_path / "ds.plan"

    save_plan(plan, path, key="secret")

    document = json.loads(path.read_text(encoding="utf-8"))
    assert (document["variables"], document["replace"]) == ({"team": "ds"}, ["image_versions.ds"])
    assert document["drift"] == [
        {
            "address": "image_versions.ds",
            "type": IMAGE_VERSION,
            "action": "refresh",
            "identifier": "arn:ds",
            "before": {"ReleaseNotes": "old"},
            "after": {"ReleaseNotes": "edited"},
            "reasons": ["changed outside imgver"],
        }
    ]
    assert "hmac" in document
    assert load_plan(path, key="secret", check_signature=True) == plan
