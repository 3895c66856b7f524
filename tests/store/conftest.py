"""Fixtures shared by the state-store tests: a sample state with its exact stored document,
an AWS environment that reaches nothing real, and a moto-backed S3 client."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from state.recorded.model import ResourceRecord, State

LINEAGE = "0b8a4f4e-2d7c-4c55-9d8e-5f6b1c2a3d4e"
OTHER_LINEAGE = "9f1e2d3c-4b5a-4678-8899-aabbccddeeff"
VERSION_ARN = "arn:aws:sagemaker:us-east-1:123456789012:image-version/data-science/1"
BASE_IMAGE = "123456789012.dkr.ecr.us-east-1.amazonaws.com/ds:2024.10"


@pytest.fixture
def lineage() -> str:
    return LINEAGE


@pytest.fixture
def other_lineage() -> str:
    return OTHER_LINEAGE


def _properties(release_notes: str) -> dict[str, Any]:
    return {
        "ImageName": "data-science",
        "BaseImage": BASE_IMAGE,
        "Aliases": ["stable"],
        "ReleaseNotes": release_notes,
    }


def stored_text(serial: int) -> str:
    """The exact bytes a store writes for `make_state`'s state at `serial`: compact JSON,
    keys in the document's order, records sorted by address, one newline at the end."""
    return (
        '{"format":"imgver-state","version":1,"serial":SERIAL,'
        '"lineage":"0b8a4f4e-2d7c-4c55-9d8e-5f6b1c2a3d4e","resources":'
        '{"image_versions.ds-2024-10":{"type":"AWS::SageMaker::ImageVersion",'
        '"identifier":"arn:aws:sagemaker:us-east-1:123456789012:image-version/data-science/1",'
        '"region":"us-east-1","properties":{"ImageName":"data-science",'
        '"BaseImage":"123456789012.dkr.ecr.us-east-1.amazonaws.com/ds:2024.10",'
        '"Aliases":["stable"],"ReleaseNotes":"first"},"status":"created","pending":null}}}\n'
    ).replace("SERIAL", str(serial))


@pytest.fixture
def make_state() -> Callable[..., State]:
    """A state with one image version; keyword arguments pick lineage, serial, release notes."""

    def build(*, lineage: str = LINEAGE, serial: int = 0, release_notes: str = "first") -> State:
        record = ResourceRecord(
            type="AWS::SageMaker::ImageVersion",
            identifier=VERSION_ARN,
            region="us-east-1",
            properties=_properties(release_notes),
        )
        return State(
            lineage=lineage, serial=serial, resources={"image_versions.ds-2024-10": record}
        )

    return build


@pytest.fixture
def make_document() -> Callable[..., dict[str, Any]]:
    """The exact stored document of `make_state`'s state with the given serial."""

    def build(
        *, lineage: str = LINEAGE, serial: int, release_notes: str = "first"
    ) -> dict[str, Any]:
        return {
            "format": "imgver-state",
            "version": 1,
            "serial": serial,
            "lineage": lineage,
            "resources": {
                "image_versions.ds-2024-10": {
                    "type": "AWS::SageMaker::ImageVersion",
                    "identifier": VERSION_ARN,
                    "region": "us-east-1",
                    "properties": _properties(release_notes),
                    "status": "created",
                    "pending": None,
                }
            },
        }

    return build


@pytest.fixture
def aws_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Fake credentials, no shared config, no instance metadata: nothing reaches real AWS."""
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-aws-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "no-aws-credentials"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    for name in ("AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_S3"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def s3_client(aws_env: None) -> Iterator[Any]:
    """A real boto3 S3 client on moto, with no buckets yet."""
    import boto3
    from moto import mock_aws

    with mock_aws():
        yield boto3.client("s3", region_name="us-east-1")
