"""Fixtures for the live-cloud tests: real botocore clients under a Stubber, and fake time."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from botocore.stub import Stubber

from state.cloud.client import LiveCloud
from tests.live.live_fakes import REGION, FakeTime, Stubbed, session


@pytest.fixture
def aws() -> Iterator[Stubbed]:
    cloudcontrol = session().client("cloudcontrol")
    sagemaker = session().client("sagemaker")
    fake_time = FakeTime()
    stubbed = Stubbed(
        LiveCloud(cloudcontrol, sagemaker, region=REGION, poll=fake_time.policy()),
        Stubber(cloudcontrol),
        Stubber(sagemaker),
        fake_time,
    )

    def record(params: dict[str, Any], model: Any, **_: Any) -> None:
        stubbed.log.append(("send", model.name, dict(params), fake_time.elapsed))

    # Stubber answers on before-call; this runs just before it, so the log shows sends in
    # order with the journal entries around them.
    cloudcontrol.meta.events.register("before-parameter-build.cloudcontrol", record)
    sagemaker.meta.events.register("before-parameter-build.sagemaker", record)
    with stubbed.cloudcontrol, stubbed.sagemaker:
        yield stubbed
        stubbed.cloudcontrol.assert_no_pending_responses()
        stubbed.sagemaker.assert_no_pending_responses()


@pytest.fixture
def clean_aws_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No AWS settings from the machine: empty config files, no AWS_* variables, no IMDS."""
    for name in list(os.environ):
        if name.startswith(("AWS_", "IMGVER_LOCAL_")):
            monkeypatch.delenv(name)
    config = tmp_path / "aws-config"
    config.write_text("")
    monkeypatch.setenv("AWS_CONFIG_FILE", str(config))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "aws-credentials"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    return config
