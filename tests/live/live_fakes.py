"""Test doubles for the live-cloud tests: fake time, stubbed clients, ProgressEvents."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

import boto3
from botocore.stub import Stubber

from state.cloud.client import LiveCloud
from state.cloud.polling import PollPolicy

REGION = "us-east-1"
IMAGE_ARN = "arn:aws:sagemaker:us-east-1:123456789012:image/data-science"
VERSION_ARN = "arn:aws:sagemaker:us-east-1:123456789012:image-version/data-science/3"
EPOCH = datetime(2026, 1, 1, tzinfo=UTC)


class FakeTime:
    """A clock that only moves when something sleeps; records every sleep."""

    def __init__(self) -> None:
        self.elapsed = 0.0
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.elapsed += seconds

    def clock(self) -> float:
        return 1000.0 + self.elapsed

    def wall(self) -> datetime:
        return EPOCH + timedelta(seconds=self.elapsed)

    def at(self, seconds: float) -> datetime:
        """The wall-clock time `seconds` after the start, for RetryAfter values."""
        return EPOCH + timedelta(seconds=seconds)

    def policy(self, **overrides: Any) -> PollPolicy:
        settings: dict[str, Any] = {
            "sleep": self.sleep,
            "clock": self.clock,
            "wall_clock": self.wall,
            "jitter": lambda: 1.0,
        }
        settings.update(overrides)
        return PollPolicy(**settings)


@dataclass
class Stubbed:
    """A LiveCloud on stubbed real clients, plus a log of what was journaled and sent."""

    cloud: LiveCloud
    cloudcontrol: Stubber
    sagemaker: Stubber
    time: FakeTime
    log: list[tuple[Any, ...]] = field(default_factory=list)

    def journal(
        self, client_token: str, request_token: str | None, identifier: str | None = None
    ) -> None:
        entry = ("journal", client_token, request_token)
        self.log.append(entry if identifier is None else (*entry, identifier))

    def sent(self, operation: str) -> list[dict[str, Any]]:
        """The parameters of every `operation` call, in order."""
        return [entry[2] for entry in self.log if entry[0] == "send" and entry[1] == operation]

    def sent_at(self, operation: str) -> list[float]:
        """The fake time (seconds from the start) at which each `operation` call was sent."""
        return [entry[3] for entry in self.log if entry[0] == "send" and entry[1] == operation]

    def with_policy(self, **overrides: Any) -> LiveCloud:
        self.cloud = LiveCloud(
            self.cloud._cloudcontrol,
            self.cloud._sagemaker,
            region=REGION,
            poll=self.time.policy(**overrides),
        )
        return self.cloud


@cache
def session() -> boto3.session.Session:
    """One session for all tests: it caches the loaded service models, which are slow to read."""
    return boto3.session.Session(
        aws_access_key_id="test", aws_secret_access_key="test", region_name=REGION
    )


def event(
    status: str,
    *,
    operation: str = "CREATE",
    token: str = "rt-1",
    type_name: str = "AWS::SageMaker::ImageVersion",
    identifier: str | None = None,
    model: dict[str, Any] | None = None,
    error_code: str | None = None,
    message: str | None = None,
    retry_after: datetime | None = None,
) -> dict[str, Any]:
    """A ProgressEvent as Cloud Control returns it."""
    progress: dict[str, Any] = {
        "TypeName": type_name,
        "RequestToken": token,
        "Operation": operation,
        "OperationStatus": status,
        "EventTime": EPOCH,
    }
    if identifier is not None:
        progress["Identifier"] = identifier
    if model is not None:
        progress["ResourceModel"] = json.dumps(model)
    if error_code is not None:
        progress["ErrorCode"] = error_code
    if message is not None:
        progress["StatusMessage"] = message
    if retry_after is not None:
        progress["RetryAfter"] = retry_after
    return {"ProgressEvent": progress}
