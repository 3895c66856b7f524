"""Models shared by the planner tests: one image, its versions, and their live forms."""

from __future__ import annotations

import copy
from typing import Any

from planner.spec.desired import DesiredResource, Lifecycle
from state.recorded.model import ResourceRecord, State
from state.schema import IMAGE, IMAGE_VERSION

REGION = "us-east-1"
ACCOUNT = "123456789012"
IMAGE_NAME = "data-science"
IMAGE_ARN = f"arn:aws:sagemaker:{REGION}:{ACCOUNT}:image/{IMAGE_NAME}"
ROLE_ARN = f"arn:aws:iam::{ACCOUNT}:role/SageMakerImages"
BASE_OCT = f"{ACCOUNT}.dkr.ecr.{REGION}.amazonaws.com/ds:2024.10"
BASE_NOV = f"{ACCOUNT}.dkr.ecr.{REGION}.amazonaws.com/ds:2024.11"
IMAGE_ADDRESS = "images.data-science"
LINEAGE = "5f0c6f3e-0000-4000-8000-000000000001"


def version_arn(number: int, image: str = IMAGE_NAME) -> str:
    return f"arn:aws:sagemaker:{REGION}:{ACCOUNT}:image-version/{image}/{number}"


def image_properties(**changes: Any) -> dict[str, Any]:
    properties: dict[str, Any] = {
        "ImageName": IMAGE_NAME,
        "ImageRoleArn": ROLE_ARN,
        "ImageDescription": "Data science kernels",
    }
    properties.update(changes)
    return {name: value for name, value in properties.items() if value is not None}


def version_properties(**changes: Any) -> dict[str, Any]:
    properties: dict[str, Any] = {
        "ImageName": IMAGE_NAME,
        "BaseImage": BASE_OCT,
        "Aliases": ["stable", "2024.10"],
        "JobType": "NOTEBOOK_KERNEL",
        "ReleaseNotes": "October refresh",
    }
    properties.update(changes)
    return {name: value for name, value in properties.items() if value is not None}


def desired_image(
    properties: dict[str, Any] | None = None,
    *,
    address: str = IMAGE_ADDRESS,
    lifecycle: Lifecycle = Lifecycle(),
) -> DesiredResource:
    return DesiredResource(
        address=address,
        type_name=IMAGE,
        properties=copy.deepcopy(properties if properties is not None else image_properties()),
        lifecycle=lifecycle,
        file="imgver.yaml",
        line=4,
    )


def desired_version(
    name: str,
    properties: dict[str, Any] | None = None,
    *,
    lifecycle: Lifecycle = Lifecycle(),
) -> DesiredResource:
    return DesiredResource(
        address=f"image_versions.{name}",
        type_name=IMAGE_VERSION,
        properties=copy.deepcopy(properties if properties is not None else version_properties()),
        lifecycle=lifecycle,
        file="imgver.yaml",
        line=12,
    )


def live_image(properties: dict[str, Any] | None = None) -> dict[str, Any]:
    """What Cloud Control returns for an image: the desired model plus its ARN."""
    live = copy.deepcopy(properties if properties is not None else image_properties())
    live["ImageArn"] = f"arn:aws:sagemaker:{REGION}:{ACCOUNT}:image/{live['ImageName']}"
    return live


def live_version(
    number: int, properties: dict[str, Any] | None = None, *, extras: bool = True
) -> dict[str, Any]:
    """What `LiveCloud.read` returns for a version: read-only properties filled in,
    aliases sorted (omitted when none), and, with `extras`, defaults nobody set."""
    live = copy.deepcopy(properties if properties is not None else version_properties())
    image = live["ImageName"]
    live.update(
        ImageArn=f"arn:aws:sagemaker:{REGION}:{ACCOUNT}:image/{image}",
        ImageVersionArn=version_arn(number, image),
        Version=number,
        ContainerImage=f"{ACCOUNT}.dkr.ecr.{REGION}.amazonaws.com/ds@sha256:{number:064d}",
    )
    if extras:
        live.setdefault("VendorGuidance", "NOT_PROVIDED")
        live.setdefault("Horovod", False)
    aliases = sorted(live.pop("Aliases", []))
    if aliases:
        live["Aliases"] = aliases
    return live


def record(
    type_name: str,
    identifier: str | None,
    properties: dict[str, Any],
    *,
    status: str = "created",
) -> ResourceRecord:
    return ResourceRecord(
        type=type_name,
        identifier=identifier,
        region=REGION,
        properties=copy.deepcopy(properties),
        status=status,  # type: ignore[arg-type]
    )


def image_record(properties: dict[str, Any] | None = None) -> ResourceRecord:
    return record(IMAGE, IMAGE_ARN, properties if properties is not None else image_properties())


def version_record(number: int, properties: dict[str, Any] | None = None) -> ResourceRecord:
    return record(
        IMAGE_VERSION,
        version_arn(number),
        properties if properties is not None else version_properties(),
    )


def state_of(resources: dict[str, ResourceRecord], *, serial: int = 7) -> State:
    return State(lineage=LINEAGE, serial=serial, resources=dict(resources))
