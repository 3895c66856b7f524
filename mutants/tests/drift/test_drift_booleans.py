"""Booleans in drift: a flipped Horovod is drift, an unchanged true is not, and a value
read back as a number is not the same as a boolean (Python's True == 1 is no excuse)."""

from __future__ import annotations

from planner.drift.compare import DriftStatus
from tests.drift.test_drift_compare import NOT_EQUAL, OOB, diff, judge_one, props


def test_horovod_flipped_live_is_drift() -> None:
    drift = judge_one(props(Horovod=True), props(Horovod=True), props(Horovod=False))

    assert drift.status is DriftStatus.MODIFIED
    assert drift.differences == (diff("/Horovod", True, False, NOT_EQUAL, OOB),)


def test_horovod_true_everywhere_is_in_sync() -> None:
    drift = judge_one(props(Horovod=True), props(Horovod=True), props(Horovod=True))

    assert drift.status is DriftStatus.IN_SYNC
    assert drift.differences == ()


def test_horovod_false_everywhere_is_in_sync() -> None:
    drift = judge_one(props(Horovod=False), props(Horovod=False), props(Horovod=False))

    assert drift.status is DriftStatus.IN_SYNC
    assert drift.differences == ()


def test_horovod_false_read_back_as_zero_is_drift() -> None:
    drift = judge_one(props(Horovod=False), props(Horovod=False), props(Horovod=0))

    assert drift.status is DriftStatus.MODIFIED
    assert drift.differences == (diff("/Horovod", False, 0, NOT_EQUAL, OOB),)
