"""How long imgver waits between Cloud Control calls: the PollPolicy and its delay arithmetic.

Owns the timing rules: the backoff between `GetResourceRequestStatus`
polls (first poll after about half a second, growing to 15 s), honouring a ProgressEvent's
`RetryAfter`, the overall timeout, the back-off before resubmitting a throttled request and
the short retries of a `GetResource` that follows a create. The clocks, the sleep and the
jitter source are injectable so tests run without really waiting.

Must not: call AWS or import boto3/botocore (that is `state.cloud.client`), or know about state.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class PollPolicy:
    """Timing of the waits around asynchronous Cloud Control operations.

    `timeout` bounds one operation from its first submission to its end, throttled
    resubmissions included. `clock` measures that timeout (monotonic); `wall_clock` is only
    compared with the service's `RetryAfter` timestamps.
    """

    first_delay: float = 0.5
    growth: float = 1.5
    max_delay: float = 15.0
    timeout: float = 30 * 60.0
    throttle_resubmits: int = 5
    throttle_backoff: float = 1.0
    throttle_max_backoff: float = 20.0
    read_attempts: int = 3
    read_delay: float = 0.75
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    wall_clock: Callable[[], datetime] = _utc_now
    jitter: Callable[[], float] = random.random

    def __post_init__(self) -> None:
        if self.first_delay < 0 or self.max_delay < self.first_delay:
            raise ValueError("poll delays must satisfy 0 <= first_delay <= max_delay")
        if self.growth < 1:
            raise ValueError("poll growth must be at least 1")
        if self.timeout <= 0:
            raise ValueError("the operation timeout must be positive")
        if self.throttle_resubmits < 0 or self.read_attempts < 1:
            raise ValueError("throttle_resubmits must be >= 0 and read_attempts >= 1")

    def poll_delays(self) -> Iterator[float]:
        """The backoff between status polls: first_delay, then x growth, capped at max_delay."""
        delay = self.first_delay
        while True:
            yield delay
            delay = min(delay * self.growth, self.max_delay)

    def retry_after_delay(self, retry_after: datetime) -> float:
        """Seconds from now until the service's `RetryAfter` (0 when it has already passed)."""
        return max(0.0, (retry_after - self.wall_clock()).total_seconds())

    def resubmit_delay(self, resubmits_so_far: int) -> float:
        """Back-off before resubmitting a throttled request: doubling, capped, with jitter.

        The jitter keeps a parallel apply whose operations were throttled together from
        resubmitting them all in the same instant; it scales the delay into [50 %, 100 %].
        """
        ceiling = min(self.throttle_backoff * 2**resubmits_so_far, self.throttle_max_backoff)
        return ceiling * (0.5 + 0.5 * self.jitter())
