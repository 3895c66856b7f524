"""Acceptance tests against a real AWS account: skipped unless asked for and possible.

They run only with `IMGVER_ACCEPTANCE=1`, AWS credentials boto3 can find, a region, and
`IMGVER_ACCEPTANCE_ROLE_ARN` (a role SageMaker can assume for an image) and
`IMGVER_ACCEPTANCE_BASE_IMAGE` (an ECR image URI that role can pull). Each test makes its
own uniquely named image, cleans up what it made, and prints what it observed.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import boto3
import pytest

IMAGE = "AWS::SageMaker::Image"
VERSION = "AWS::SageMaker::ImageVersion"


def _skip_reason() -> str | None:
    if os.environ.get("IMGVER_ACCEPTANCE") != "1":
        return "acceptance tests run against a real AWS account only with IMGVER_ACCEPTANCE=1"
    for name in ("IMGVER_ACCEPTANCE_ROLE_ARN", "IMGVER_ACCEPTANCE_BASE_IMAGE"):
        if not os.environ.get(name):
            return f"{name} is not set"
    session = boto3.session.Session()
    if session.get_credentials() is None:
        return "no AWS credentials found"
    if not session.region_name:
        return "no AWS region set (AWS_DEFAULT_REGION)"
    return None


@dataclass
class Account:
    """Real Cloud Control and SageMaker clients, and what a test made (cleaned up after)."""

    cc: Any
    sm: Any
    role_arn: str
    base_image: str
    made_images: list[str]

    def wait(self, event: dict[str, Any], timeout: float = 900) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while event["OperationStatus"] in ("PENDING", "IN_PROGRESS"):
            if time.monotonic() > deadline:
                raise AssertionError(f"still {event['OperationStatus']}: {event}")
            time.sleep(5)
            event = self.cc.get_resource_request_status(RequestToken=event["RequestToken"])[
                "ProgressEvent"
            ]
        return event

    def image(self, prefix: str = "imgver-acc") -> str:
        name = f"{prefix}-{uuid.uuid4().hex[:8]}"
        desired = {"ImageName": name, "ImageRoleArn": self.role_arn}
        self.made_images.append(name)
        event = self.cc.create_resource(TypeName=IMAGE, DesiredState=json.dumps(desired))
        assert self.wait(event["ProgressEvent"])["OperationStatus"] == "SUCCESS"
        return name

    def start_version(self, image: str, **properties: Any) -> dict[str, Any]:
        desired = {"ImageName": image, "BaseImage": self.base_image, **properties}
        event: dict[str, Any] = self.cc.create_resource(
            TypeName=VERSION, DesiredState=json.dumps(desired)
        )["ProgressEvent"]
        return event


@pytest.fixture
def account() -> Iterator[Account]:
    reason = _skip_reason()
    if reason is not None:
        pytest.skip(reason)
    session = boto3.session.Session()
    made = Account(
        session.client("cloudcontrol"),
        session.client("sagemaker"),
        os.environ["IMGVER_ACCEPTANCE_ROLE_ARN"],
        os.environ["IMGVER_ACCEPTANCE_BASE_IMAGE"],
        [],
    )
    try:
        yield made
    finally:
        for name in made.made_images:
            # DeleteImage removes the image and every version of it.
            with contextlib.suppress(made.sm.exceptions.ResourceNotFound):
                made.sm.delete_image(ImageName=name)
