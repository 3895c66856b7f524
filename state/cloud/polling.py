"""How long imgver waits between Cloud Control calls: the PollPolicy and its delay arithmetic.

Owns the timing rules: the backoff between `GetResourceRequestStatus`
polls, honouring a ProgressEvent's `RetryAfter`, the overall timeout, the back-off before
resubmitting a throttled request and the short retries of a `GetResource` that follows a
create. The clocks, the sleep and the jitter source are injectable so tests run without
really waiting.

The poll schedule, for a request whose last event carries no `RetryAfter` still to come
(a `RetryAfter` in the future is waited for instead):
- a request whose submission already answered SUCCESS or FAILED is not polled at all;
- the first poll goes out at once (`first_delay` 0), as botocore's own Cloud Control waiter
  does (`botocore/waiter.py` calls the operation before its first sleep): an operation that
  finished while its submission was answered is seen one round trip later;
- then 0.05 s, doubling, up to 5 s (`max_delay`), the fixed delay of botocore's
  `ResourceRequestSuccess` waiter (`data/cloudcontrol/2021-09-30/waiters-2.json`: delay 5,
  24 attempts). A request that runs longer than about 6 s is then polled no more often
  than AWS's own waiter polls it: 8 polls in its first 6.35 s, then one per 5 s. With P
  requests in flight that is at most P / 5 polls a second in the steady state, so a
  parallel apply does not storm the call that AWS throttles (throttles are FAILED
  `Throttling` or `ThrottlingException`; botocore's adaptive retry mode, see
  `state.cloud.client.open_cloud`, slows the client when one comes back; research:
  aws-behaviour.md items 14 and 39, terraform-provider-awscc #2939 and #3295 in users.md).
  Versions of one image are created one after another (SageMaker refuses concurrent ones),
  so the time between an operation's end and the poll that sees it is paid once per
  version on that image's chain: the schedule keeps it short while an operation is young.

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

    first_delay: float = 0.0
    min_delay: float = 0.05
    growth: float = 2.0
    max_delay: float = 5.0
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
        if self.first_delay < 0 or self.min_delay < 0 or self.max_delay < self.first_delay:
            raise ValueError(
                "poll delays must satisfy 0 <= first_delay <= max_delay and 0 <= min_delay"
            )
        if self.growth < 1:
            raise ValueError("poll growth must be at least 1")
        if self.timeout <= 0:
            raise ValueError("the operation timeout must be positive")
        if self.throttle_resubmits < 0 or self.read_attempts < 1:
            raise ValueError("throttle_resubmits must be >= 0 and read_attempts >= 1")

    def poll_delays(self) -> Iterator[float]:
        """The backoff before each status poll: `first_delay`, then `min_delay` growing by
        `growth` per poll; every delay capped at `max_delay`."""
        yield self.first_delay
        delay = self.min_delay
        while True:
            yield min(delay, self.max_delay)
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
