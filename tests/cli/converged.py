"""What "converged, nothing duplicated, nothing lost" means, checked on a state file and the
local cloud's data file after fault and restart runs: `DECLARED` is the quickstart's."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from state.cloud.client import open_cloud
from state.cloud.polling import PollPolicy
from state.schema import IMAGE, IMAGE_VERSION

ACCOUNT = "123456789012"
ARN = f"arn:aws:sagemaker:us-east-1:{ACCOUNT}"
FAST = PollPolicy(first_delay=0.01, max_delay=0.05, read_delay=0.01, throttle_backoff=0.01)

# What the quickstart declares of each resource (examples/quickstart.yaml), aliases sorted.
DECLARED: dict[str, dict[str, Any]] = {
    "images.data-science": {
        "ImageName": "data-science",
        "ImageRoleArn": f"arn:aws:iam::{ACCOUNT}:role/SageMakerImages",
        "ImageDisplayName": "Data Science",
        "ImageDescription": "Team notebook image for data science work",
    },
    "image_versions.ds-2024-09": {
        "ImageName": "data-science",
        "BaseImage": f"{ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/ds:2024.09",
        "Aliases": ["2024.09"],
        "VendorGuidance": "TO_BE_ARCHIVED",
        "JobType": "NOTEBOOK_KERNEL",
        "Processor": "CPU",
        "ProgrammingLang": "Python 3.11",
        "MLFramework": "PyTorch 2.2",
        "ReleaseNotes": "September build",
    },
    "image_versions.ds-2024-10": {
        "ImageName": "data-science",
        "BaseImage": f"{ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/ds:2024.10",
        "Aliases": ["2024.10", "stable"],
        "VendorGuidance": "STABLE",
        "JobType": "NOTEBOOK_KERNEL",
        "Processor": "CPU",
        "ProgrammingLang": "Python 3.11",
        "MLFramework": "PyTorch 2.3",
        "ReleaseNotes": "October refresh",
    },
}


def assert_converged(
    state_file: Path,
    cloud_data: Path,
    declared: dict[str, dict[str, Any]],
    context: object,
    *,
    image: str = "data-science",
) -> None:
    """State holds exactly the declared resources, each created, nothing pending, its
    properties the declared ones plus what AWS adds, and equal to what the cloud holds now;
    the cloud holds one image and exactly the recorded versions (no duplicate, no orphan)."""
    state = json.loads(state_file.read_text(encoding="utf-8"))
    resources = state["resources"]
    assert sorted(resources) == sorted(declared), context
    cloud = open_cloud(
        region="us-east-1", profile=None, endpoint_url=None, local_data=cloud_data, poll=FAST
    )
    for address, record in resources.items():
        assert (record["status"], record["pending"], record["region"]) == (
            "created",
            None,
            "us-east-1",
        ), (address, record, context)
        properties = record["properties"]
        assert {name: properties.get(name) for name in declared[address]} == declared[address], (
            address,
            properties,
            context,
        )
        kind = IMAGE if address.startswith("images.") else IMAGE_VERSION
        assert record["type"] == kind, (address, context)
        live = cloud.read(kind, record["identifier"])
        assert live is not None, (address, context)
        assert {name: live.get(name) for name in properties} == properties, (address, context)
    assert resources[f"images.{image}"]["identifier"] == f"{ARN}:image/{image}", context
    assert [item.identifier for item in cloud.list(IMAGE)] == [f"{ARN}:image/{image}"], context
    recorded = sorted(
        record["identifier"] for record in resources.values() if record["type"] == IMAGE_VERSION
    )
    live_versions = sorted(item.identifier for item in cloud.list(IMAGE_VERSION, image_name=image))
    assert live_versions == recorded, (live_versions, recorded, context)
    for address, record in resources.items():
        if record["type"] == IMAGE_VERSION:
            version = record["properties"]["Version"]
            arn = f"{ARN}:image-version/{image}/{version}"
            assert record["identifier"] == arn, (address, context)
