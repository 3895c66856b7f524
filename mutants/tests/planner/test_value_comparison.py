"""Plan and drift judge values with one comparison (state.values): a boolean is not a number."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from planner.drift.compare import DifferenceType, DriftStatus, compare
from planner.plan.changes import Action
from planner.plan.diff import diff_resource
from state.values import canonical_json, same_value
from tests.planner.planner_data import (
    desired_version,
    live_version,
    state_of,
    version_properties,
    version_record,
)

ADDRESS = "image_versions.ds"


def _plan_and_drift(spec_value: Any, live_value: Any) -> tuple[Action, DriftStatus]:
    desired = desired_version("ds", version_properties(Horovod=spec_value))
    record = version_record(3, version_properties(Horovod=spec_value))
    live = live_version(3, version_properties(Horovod=live_value))
    change = diff_resource(ADDRESS, desired=desired, recorded=record, live=live)
    report = compare(
        desired={ADDRESS: desired},
        state=state_of({ADDRESS: record}),
        live={ADDRESS: live},
        today=dt.date(2026, 1, 1),
    )
    (judged,) = report.resources
    return change.action, judged.status


def test_horovod_true_in_spec_and_1_live_is_a_change_to_plan_and_drift_alike() -> None:
    action, status = _plan_and_drift(True, 1)
    assert (action, status) == (Action.UPDATE, DriftStatus.MODIFIED)


def test_unchanged_true_is_neither_a_change_nor_drift() -> None:
    assert _plan_and_drift(True, True) == (Action.NOOP, DriftStatus.IN_SYNC)


def test_horovod_flip_is_a_not_equal_difference() -> None:
    desired = desired_version("ds", version_properties(Horovod=True))
    record = version_record(3, version_properties(Horovod=True))
    report = compare(
        desired={ADDRESS: desired},
        state=state_of({ADDRESS: record}),
        live={ADDRESS: live_version(3, version_properties(Horovod=False))},
        today=dt.date(2026, 1, 1),
    )
    (judged,) = report.resources
    assert [(d.path, d.expected, d.actual, d.type) for d in judged.differences] == [
        ("/Horovod", True, False, DifferenceType.NOT_EQUAL)
    ]


@pytest.mark.parametrize(
    ("left", "right", "same"),
    [
        (True, 1, False),
        (False, 0, False),
        ([True], [1], False),
        ({"a": True}, {"a": 1}, False),
        ({"a": 1}, {"a": 1.0}, True),
        ({"a": 1}, {"a": 1, "b": 2}, False),
        ([1, 2], [1, 2, 3], False),
        ([{"k": "v"}], [{"k": "v"}], True),
        (None, None, True),
    ],
)
def test_same_value(left: Any, right: Any, same: bool) -> None:
    assert same_value(left, right) is same
    assert same_value(right, left) is same


def test_canonical_json_ignores_key_order_and_keeps_non_ascii() -> None:
    assert canonical_json({"b": 1, "a": "é"}) == '{"a":"é","b":1}'
