"""Fixtures for the local cloud tests: real boto3 clients attached to a fresh local cloud.

Everything goes through botocore (serialisation, parameter validation, signing, error
parsing), so a wrong request or response shape fails here as it would against AWS.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import boto3
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError

from state.localcloud import FaultConfig, LocalCloud, Semantics

ACCOUNT = "123456789012"
TERMINAL = {"SUCCESS", "FAILED", "CANCEL_COMPLETE"}


def by_name(image_name: str) -> str:
    """An Image's secondary identifier as Cloud Control takes it: JSON, never a bare value."""
    return json.dumps({"ImageName": image_name})


class Clock:
    """Time that only moves when a test says so."""

    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


# One session for every test: its loader caches the service models, which are slow to read.
SESSION = boto3.session.Session(
    aws_access_key_id="test", aws_secret_access_key="test", region_name="us-east-1"
)


def make_client(service: str, region: str = "us-east-1", **config: Any) -> Any:
    """A real boto3 client, not yet attached to anything."""
    return SESSION.client(service, region_name=region, config=Config(**config) if config else None)


class Aws:
    """A Cloud Control and a SageMaker client on one local cloud, with the usual steps."""

    IMAGE = "AWS::SageMaker::Image"
    VERSION = "AWS::SageMaker::ImageVersion"
    ROLE = f"arn:aws:iam::{ACCOUNT}:role/SageMakerImages"

    def __init__(self, cloud: LocalCloud, region: str = "us-east-1", **config: Any) -> None:
        self.cloud = cloud
        self.cc = make_client("cloudcontrol", region, **config)
        self.sm = make_client("sagemaker", region, **config)
        cloud.attach(self.cc)
        cloud.attach(self.sm)

    @staticmethod
    def base_image(tag: str = "2024.10") -> str:
        return f"{ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/ds:{tag}"

    def wait(self, event: dict[str, Any], polls: int = 3) -> dict[str, Any]:
        """Poll a request until it ends; with op_seconds 0 one poll is enough."""
        for _ in range(polls):
            if event["OperationStatus"] in TERMINAL:
                return event
            token = event["RequestToken"]
            event = self.cc.get_resource_request_status(RequestToken=token)["ProgressEvent"]
        raise AssertionError(f"request still {event['OperationStatus']}: {event}")

    def start_create(self, type_name: str, desired: dict[str, Any], **extra: Any) -> Any:
        return self.cc.create_resource(
            TypeName=type_name, DesiredState=json.dumps(desired), **extra
        )["ProgressEvent"]

    def create(self, type_name: str, desired: dict[str, Any], **extra: Any) -> dict[str, Any]:
        return self.wait(self.start_create(type_name, desired, **extra))

    def create_image(self, name: str = "data-science", **props: Any) -> str:
        event = self.create(self.IMAGE, {"ImageName": name, "ImageRoleArn": self.ROLE, **props})
        assert event["OperationStatus"] == "SUCCESS", event
        return str(event["Identifier"])

    def create_version(self, image: str = "data-science", **props: Any) -> str:
        desired = {"ImageName": image, "BaseImage": self.base_image(), **props}
        event = self.create(self.VERSION, desired)
        assert event["OperationStatus"] == "SUCCESS", event
        return str(event["Identifier"])

    def start_update(self, type_name: str, identifier: str, patch: list[Any], **extra: Any) -> Any:
        return self.cc.update_resource(
            TypeName=type_name, Identifier=identifier, PatchDocument=json.dumps(patch), **extra
        )["ProgressEvent"]

    def update(self, type_name: str, identifier: str, patch: list[Any]) -> dict[str, Any]:
        return self.wait(self.start_update(type_name, identifier, patch))

    def delete(self, type_name: str, identifier: str) -> dict[str, Any]:
        event = self.cc.delete_resource(TypeName=type_name, Identifier=identifier)
        return self.wait(event["ProgressEvent"])

    def read(self, type_name: str, identifier: str) -> dict[str, Any]:
        description = self.cc.get_resource(TypeName=type_name, Identifier=identifier)
        model: dict[str, Any] = json.loads(description["ResourceDescription"]["Properties"])
        return model

    def aliases(self, image: str = "data-science", **filters: Any) -> list[str]:
        names: list[str] = self.sm.list_aliases(ImageName=image, **filters)[
            "SageMakerImageVersionAliases"
        ]
        return names

    @staticmethod
    def error(call: Callable[[], Any]) -> tuple[str, str]:
        """The (code, message) of the ClientError `call` raises."""
        with pytest.raises(ClientError) as caught:
            call()
        error = caught.value.response["Error"]
        return error["Code"], error["Message"]


@pytest.fixture
def data_file(tmp_path: Path) -> Path:
    return tmp_path / ".imgver" / "local-cloud.db"


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def make_aws(data_file: Path) -> Callable[..., Aws]:
    """Clients on another LocalCloud over the same data file, in any region.

    `config` is the clients' botocore Config; other keywords go to LocalCloud.
    """

    def make(
        region: str = "us-east-1",
        faults: FaultConfig | None = None,
        config: dict[str, Any] | None = None,
        **options: Any,
    ) -> Aws:
        cloud = LocalCloud(data_file, faults or FaultConfig(op_seconds=0), **options)
        return Aws(cloud, region, **(config or {}))

    return make


@pytest.fixture
def aws(make_aws: Callable[..., Aws]) -> Aws:
    """Clients on a local cloud whose operations finish at the next call."""
    return make_aws()


@pytest.fixture
def slow_aws(make_aws: Callable[..., Aws], clock: Clock) -> Aws:
    """Clients on a local cloud whose operations take 10 seconds of `clock` time."""
    return make_aws(faults=FaultConfig(op_seconds=10), clock=clock)


@pytest.fixture
def late_aws(make_aws: Callable[..., Aws], clock: Clock) -> Aws:
    """As `slow_aws`, with creates that make and name their object only when they succeed
    (`IMGVER_LOCAL_CREATE_IDENTIFIER=late`)."""
    return make_aws(
        faults=FaultConfig(op_seconds=10),
        clock=clock,
        semantics=Semantics(create_identifier="late"),
    )
