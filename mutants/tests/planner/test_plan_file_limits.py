"""Saved plan files over a limit are refused by name, before anything is read or locked."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.errors import PlanError
from planner.plan.planfile import load_plan


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"format": "imgver-plan", "deep": ' + "[" * 5000 + "]" * 5000 + "}", "nests deeper"),
        ('{"format": "imgver-plan", "version": ' + "1" * 5000 + "}", "limit of 2**63"),
        ('{"format": "imgver-plan", "version": NaN}', "NaN is not a JSON number"),
    ],
    ids=["deep", "huge-integer", "nan"],
)
def test_a_plan_file_over_a_limit_is_refused(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "bad.plan"
    path.write_text(text, encoding="utf-8")

    with pytest.raises(PlanError) as caught:
        load_plan(path)

    assert caught.value.summary.startswith(f"{path} is refused: ")
    assert expected in caught.value.summary
