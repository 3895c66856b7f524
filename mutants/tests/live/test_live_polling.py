"""PollPolicy: the delay arithmetic behind every wait, and the settings it refuses."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import islice

import pytest

from state.cloud.polling import PollPolicy

NOW = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)


def test_default_poll_delays_start_at_half_a_second_and_cap_at_fifteen() -> None:
    delays = list(islice(PollPolicy().poll_delays(), 12))

    assert delays[:4] == [0.5, 0.75, 1.125, 1.6875]
    assert delays[-3:] == [15.0, 15.0, 15.0]
    assert max(delays) == 15.0


def test_defaults_wait_thirty_minutes_and_resubmit_five_times() -> None:
    policy = PollPolicy()

    assert (policy.timeout, policy.throttle_resubmits, policy.read_attempts) == (1800.0, 5, 3)


def test_retry_after_delay_counts_from_the_wall_clock_and_never_goes_negative() -> None:
    policy = PollPolicy(wall_clock=lambda: NOW)

    assert policy.retry_after_delay(NOW + timedelta(seconds=4.25)) == 4.25
    assert policy.retry_after_delay(NOW - timedelta(seconds=3)) == 0.0


def test_resubmit_delay_doubles_up_to_the_cap_scaled_by_jitter() -> None:
    full = PollPolicy(throttle_backoff=1.0, throttle_max_backoff=5.0, jitter=lambda: 1.0)
    half = PollPolicy(throttle_backoff=1.0, throttle_max_backoff=5.0, jitter=lambda: 0.0)

    assert [full.resubmit_delay(n) for n in range(5)] == [1.0, 2.0, 4.0, 5.0, 5.0]
    assert [half.resubmit_delay(n) for n in range(5)] == [0.5, 1.0, 2.0, 2.5, 2.5]


@pytest.mark.parametrize(
    "settings",
    [
        {"first_delay": -1.0},
        {"first_delay": 20.0, "max_delay": 15.0},
        {"growth": 0.5},
        {"timeout": 0.0},
        {"throttle_resubmits": -1},
        {"read_attempts": 0},
    ],
)
def test_nonsensical_settings_are_refused(settings: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        PollPolicy(**settings)  # type: ignore[arg-type]
