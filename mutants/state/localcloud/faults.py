"""Fault injection for the local cloud: latency, operation duration, throttling, failures.

Owns `FaultConfig` (what the `local-cloud serve` flags and the `IMGVER_LOCAL_*` environment
variables set) and `FaultInjector`, which rolls the dice for each call. One uniform draw per
call decides its fate: a draw below `throttle_rate` throttles the call, a draw in the next
`fail_rate` makes a mutating operation end FAILED with `ServiceInternalError`. A throttled
read raises the API error `ThrottlingException`; of throttled mutations (the lower and upper
halves of that band) half raise it and half are accepted and later end FAILED with
`ErrorCode: Throttling`, because real Cloud Control throttles both ways and imgver must
survive both. With `seed` set the sequence of fates is reproducible.

Must not: touch stored data or know about resource types.
"""

from __future__ import annotations

import enum
import math
import os
import random
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass

from state.localcloud.errors import ApiError, LocalCloudError

ENV_LATENCY_MS = "IMGVER_LOCAL_LATENCY_MS"
ENV_OP_SECONDS = "IMGVER_LOCAL_OP_SECONDS"
ENV_THROTTLE_RATE = "IMGVER_LOCAL_THROTTLE_RATE"
ENV_FAIL_RATE = "IMGVER_LOCAL_FAIL_RATE"
ENV_SEED = "IMGVER_LOCAL_SEED"


@dataclass(frozen=True)
class FaultConfig:
    """How slow and how unreliable the local cloud pretends to be.

    `latency_ms` is slept on every call; `op_seconds` is how long a create, update or delete
    stays IN_PROGRESS; `throttle_rate` and `fail_rate` are fractions of calls (0..1);
    `seed` makes the dice reproducible.
    """

    latency_ms: float = 0.0
    op_seconds: float = 0.5
    throttle_rate: float = 0.0
    fail_rate: float = 0.0
    seed: int | None = None

    def __post_init__(self) -> None:
        for name in ("latency_ms", "op_seconds"):
            if getattr(self, name) < 0:
                raise LocalCloudError(f"Invalid local cloud setting: {name} must not be negative")
        for name in ("throttle_rate", "fail_rate"):
            if not 0 <= getattr(self, name) <= 1:
                raise LocalCloudError(
                    f"Invalid local cloud setting: {name} must be between 0 and 1",
                    f"Got {getattr(self, name)!r}.",
                )
        if self.throttle_rate + self.fail_rate > 1:
            raise LocalCloudError(
                "Invalid local cloud setting: throttle_rate + fail_rate must not exceed 1"
            )

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> FaultConfig:
        """Settings from `IMGVER_LOCAL_*` variables; unset or empty ones keep the defaults."""
        env = os.environ if environ is None else environ
        defaults = cls()
        seed = _env_text(env, ENV_SEED)
        if seed is not None and not seed.lstrip("-").isdigit():
            raise LocalCloudError(f"{ENV_SEED} must be an integer, got {seed!r}")
        return cls(
            latency_ms=_env_number(env, ENV_LATENCY_MS, defaults.latency_ms),
            op_seconds=_env_number(env, ENV_OP_SECONDS, defaults.op_seconds),
            throttle_rate=_env_number(env, ENV_THROTTLE_RATE, defaults.throttle_rate),
            fail_rate=_env_number(env, ENV_FAIL_RATE, defaults.fail_rate),
            seed=None if seed is None else int(seed),
        )


def _env_text(env: Mapping[str, str], name: str) -> str | None:
    value = env.get(name, "").strip()
    return value or None


def _env_number(env: Mapping[str, str], name: str, default: float) -> float:
    text = _env_text(env, name)
    if text is None:
        return default
    try:
        number = float(text)
    except ValueError:
        raise LocalCloudError(f"{name} must be a number, got {text!r}") from None
    if not math.isfinite(number) or number < 0:
        raise LocalCloudError(f"{name} must be a finite number of at least 0, got {text!r}")
    return number


class Fault(enum.Enum):
    """How an accepted mutating request is doomed to end; the value is its ErrorCode."""

    THROTTLED = "Throttling"
    FAILED = "ServiceInternalError"


class FaultInjector:
    """Applies a `FaultConfig` to calls; safe to share between threads."""

    def __init__(self, config: FaultConfig) -> None:
        self.config = config
        self._random = random.Random(config.seed)
        self._lock = threading.Lock()

    def on_call(self, *, mutating: bool) -> Fault | None:
        """Sleep the latency, then throttle (raise), doom (return a Fault) or let pass.

        Called before the call takes the data lock, so latency never serialises threads.
        """
        if self.config.latency_ms:
            time.sleep(self.config.latency_ms / 1000)
        with self._lock:
            draw = self._random.random()
        if draw < self.config.throttle_rate:
            if not mutating or draw < self.config.throttle_rate / 2:
                raise ApiError("ThrottlingException", "Rate exceeded")
            return Fault.THROTTLED
        if mutating and draw < self.config.throttle_rate + self.config.fail_rate:
            return Fault.FAILED
        return None
