"""PollPolicy: the delay arithmetic behind every wait, and the settings it refuses."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import accumulate, islice

import botocore.session
import pytest

from state.cloud.polling import PollPolicy

NOW = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)


def test_default_poll_delays_start_at_once_then_double_from_50_ms_up_to_5_s() -> None:
    delays = list(islice(PollPolicy().poll_delays(), 12))

    assert delays == [0.0, 0.05, 0.1, 0.2, 0.4, 0.8, 1.6, 3.2, 5.0, 5.0, 5.0, 5.0]


def test_the_longest_poll_delay_is_botocores_cloud_control_waiter_delay() -> None:
    # botocore data/cloudcontrol/2021-09-30/waiters-2.json: ResourceRequestSuccess polls
    # GetResourceRequestStatus every 5 s; a long request is polled no more often than that.
    waiter = botocore.session.get_session().get_waiter_model("cloudcontrol")
    success = waiter.get_waiter("ResourceRequestSuccess")

    assert (success.operation, success.delay) == ("GetResourceRequestStatus", 5)
    assert PollPolicy().max_delay == success.delay


def test_a_minute_long_request_is_polled_18_times_where_the_waiter_polls_13() -> None:
    # The fast start costs 8 polls in the first 6.35 s; after that one poll per 5 s.
    times = list(accumulate(islice(PollPolicy().poll_delays(), 40)))
    within_a_minute = [time for time in times if time <= 60.0]

    assert len(within_a_minute) == 18
    assert within_a_minute[7] == pytest.approx(6.35)
    assert len(range(0, 61, 5)) == 13


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
        {"min_delay": -0.05},
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
