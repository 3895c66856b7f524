"""A moto S3 server over HTTP (moto's server mode, in a thread of the test process), AWS
settings that reach nothing real, and the real `imgver` entry point run in-process."""

from __future__ import annotations

import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.clirun import Run, in_process

BUCKET = "imgver-state"


@pytest.fixture
def aws_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, str]:
    """Fake credentials, no shared config, no instance metadata: nothing reaches real AWS.
    Returns the variables set, for child processes."""
    values = {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_CONFIG_FILE": str(tmp_path / "no-aws-config"),
        "AWS_SHARED_CREDENTIALS_FILE": str(tmp_path / "no-aws-credentials"),
        "AWS_EC2_METADATA_DISABLED": "true",
        "IMGVER_LOCAL_OP_SECONDS": "0",
    }
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    for name in (
        "AWS_PROFILE",
        "AWS_SESSION_TOKEN",
        "AWS_ENDPOINT_URL",
        "AWS_ENDPOINT_URL_S3",
        "IMGVER_LOCAL",
        "IMGVER_REGION",
        "IMGVER_ENV",
        "IMGVER_LOCK_TIMEOUT",
        "IMGVER_PARALLELISM",
    ):
        monkeypatch.delenv(name, raising=False)
    return values


@pytest.fixture
def moto_endpoint(aws_env: dict[str, str]) -> Iterator[str]:
    """The URL of a fresh moto server (S3 and STS over HTTP) with the bucket BUCKET."""
    from moto.moto_server.threaded_moto_server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"
    try:
        reset(endpoint)
        s3(endpoint).create_bucket(Bucket=BUCKET)
        yield endpoint
    finally:
        reset(endpoint)
        server.stop()


def reset(endpoint: str) -> None:
    """Empty the server: its data lives in moto's process-wide backends, which a later
    test's server would otherwise see."""
    request = urllib.request.Request(f"{endpoint}/moto-api/reset", method="POST")
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status == 200


def s3(endpoint: str) -> Any:
    import boto3

    return boto3.client("s3", region_name="us-east-1", endpoint_url=endpoint)


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], aws_env: dict[str, str]) -> Run:
    return in_process(capsys)
