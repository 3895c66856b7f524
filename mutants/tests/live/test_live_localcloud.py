"""LiveCloud end to end through the embedded emulator: the whole botocore stack, no network."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from state.cloud.client import LiveCloud, LiveResource, OperationResult, open_cloud
from state.cloud.errors import OperationFailedError, RequestRejectedError
from state.cloud.polling import PollPolicy
from state.errors import CloudError
from state.schema import IMAGE, IMAGE_VERSION

ACCOUNT = "123456789012"
IMAGE_ARN = f"arn:aws:sagemaker:us-east-1:{ACCOUNT}:image/data-science"
VERSION_1 = f"arn:aws:sagemaker:us-east-1:{ACCOUNT}:image-version/data-science/1"
ROLE = f"arn:aws:iam::{ACCOUNT}:role/SageMakerImages"
BASE_IMAGE = f"{ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/ds:2024.10"
IMAGE_DESIRED = {"ImageName": "data-science", "ImageRoleArn": ROLE}
VERSION_DESIRED = {
    "ImageName": "data-science",
    "BaseImage": BASE_IMAGE,
    "Aliases": ["stable", "2024.10"],
    "JobType": "NOTEBOOK_KERNEL",
}
# Operations finish at once in the emulator, so short polls keep these tests quick.
FAST = PollPolicy(first_delay=0.01, max_delay=0.05, read_delay=0.01, throttle_backoff=0.01)


def local(data: Path) -> LiveCloud:
    return open_cloud(region=None, profile=None, endpoint_url=None, local_data=data, poll=FAST)


@pytest.fixture
def data(clean_aws_env: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("IMGVER_LOCAL_OP_SECONDS", "0")
    return tmp_path / "local-cloud.json"


@pytest.fixture
def cloud(data: Path) -> LiveCloud:
    return local(data)


def versions(cloud: LiveCloud) -> list[str]:
    return [
        resource.identifier for resource in cloud.list(IMAGE_VERSION, image_name="data-science")
    ]


def test_local_cloud_uses_dummy_credentials_and_us_east_1(data: Path) -> None:
    assert local(data).region == "us-east-1"


def test_local_cloud_takes_a_given_region(data: Path) -> None:
    cloud = open_cloud(region="eu-west-1", profile=None, endpoint_url=None, local_data=data)

    assert cloud.region == "eu-west-1"


def test_local_cloud_ignores_the_machines_aws_profile_and_region(
    data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AWS_PROFILE", "no-such-profile")
    monkeypatch.setenv("AWS_REGION", "eu-west-1")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "eu-west-1")

    cloud = open_cloud(
        region=None, profile="no-such-profile", endpoint_url=None, local_data=data, poll=FAST
    )

    assert cloud.region == "us-east-1"
    assert cloud.list(IMAGE) == []


def test_image_and_version_lifecycle(cloud: LiveCloud) -> None:
    image = cloud.create(IMAGE, IMAGE_DESIRED, client_token="ct-image")
    assert image == OperationResult(
        "CREATE", IMAGE, IMAGE_ARN, image.request_token, {**IMAGE_DESIRED, "ImageArn": IMAGE_ARN}
    )

    created = cloud.create(IMAGE_VERSION, VERSION_DESIRED, client_token="ct-version")
    assert (created.operation, created.identifier) == ("CREATE", VERSION_1)
    assert created.model is not None
    container_image = created.model["ContainerImage"]
    expected: dict[str, Any] = {
        "ImageName": "data-science",
        "ImageArn": IMAGE_ARN,
        "ImageVersionArn": VERSION_1,
        "BaseImage": BASE_IMAGE,
        "ContainerImage": container_image,
        "Version": 1,
        "JobType": "NOTEBOOK_KERNEL",
    }
    assert created.model == expected

    assert cloud.read(IMAGE, IMAGE_ARN) == {**IMAGE_DESIRED, "ImageArn": IMAGE_ARN}
    assert cloud.read(IMAGE_VERSION, VERSION_1, just_created=True) == {
        **expected,
        "Aliases": ["2024.10", "stable"],
    }
    assert cloud.list(IMAGE) == [
        LiveResource(IMAGE, IMAGE_ARN, {**IMAGE_DESIRED, "ImageArn": IMAGE_ARN})
    ]
    assert cloud.list(IMAGE_VERSION, image_name="data-science") == [
        LiveResource(IMAGE_VERSION, VERSION_1, expected)
    ]

    updated = cloud.update(
        IMAGE_VERSION,
        VERSION_1,
        [
            {"op": "add", "path": "/Aliases", "value": ["latest"]},
            {"op": "add", "path": "/ReleaseNotes", "value": "October refresh"},
        ],
        client_token="ct-update",
    )
    assert (updated.operation, updated.identifier) == ("UPDATE", VERSION_1)
    assert cloud.read(IMAGE_VERSION, VERSION_1) == {
        **expected,
        "ReleaseNotes": "October refresh",
        "Aliases": ["latest"],
    }

    deleted = cloud.delete(IMAGE_VERSION, VERSION_1, client_token="ct-delete")
    assert deleted == OperationResult(
        "DELETE", IMAGE_VERSION, VERSION_1, deleted.request_token, None
    )
    assert deleted.request_token
    assert cloud.read(IMAGE_VERSION, VERSION_1) is None
    assert versions(cloud) == []
    assert cloud.delete(IMAGE_VERSION, VERSION_1, client_token="ct-delete-again") == (
        OperationResult("DELETE", IMAGE_VERSION, VERSION_1, "", None)
    )


def test_versions_of_a_missing_image_are_an_empty_list(cloud: LiveCloud) -> None:
    assert cloud.list(IMAGE_VERSION, image_name="no-such-image") == []


def test_read_just_created_of_something_missing_gives_up_with_none(cloud: LiveCloud) -> None:
    cloud.create(IMAGE, IMAGE_DESIRED)

    assert cloud.read(IMAGE_VERSION, VERSION_1, just_created=True) is None


def test_resubmitting_a_journaled_client_token_does_not_create_a_duplicate(
    cloud: LiveCloud,
) -> None:
    cloud.create(IMAGE, IMAGE_DESIRED)
    first = cloud.create(IMAGE_VERSION, VERSION_DESIRED, client_token="ct-once")
    again = cloud.create(IMAGE_VERSION, VERSION_DESIRED, client_token="ct-once")

    assert again.request_token == first.request_token
    assert again.identifier == first.identifier == VERSION_1
    assert versions(cloud) == [VERSION_1]


class Interrupted(Exception):
    """Stands for a process dying right after Cloud Control answered."""


def test_an_interrupted_create_is_resumed_by_another_process(data: Path) -> None:
    first_run = local(data)
    first_run.create(IMAGE, IMAGE_DESIRED)
    journal: list[tuple[str, str | None]] = []

    def journal_then_die(
        client_token: str, request_token: str | None, identifier: str | None = None
    ) -> None:
        journal.append((client_token, request_token))
        if request_token is not None:
            raise Interrupted

    with pytest.raises(Interrupted):
        first_run.create(
            IMAGE_VERSION, VERSION_DESIRED, client_token="ct-1", journal=journal_then_die
        )
    (_, (_, request_token)) = journal
    assert request_token is not None

    resumed = local(data).resume(request_token)

    assert (resumed.operation, resumed.type_name, resumed.identifier) == (
        "CREATE",
        IMAGE_VERSION,
        VERSION_1,
    )
    assert versions(local(data)) == [VERSION_1]


def test_a_create_only_patch_is_rejected_as_not_updatable(cloud: LiveCloud) -> None:
    cloud.create(IMAGE, IMAGE_DESIRED)
    cloud.create(IMAGE_VERSION, VERSION_DESIRED)

    with pytest.raises(RequestRejectedError) as caught:
        cloud.update(
            IMAGE_VERSION, VERSION_1, [{"op": "replace", "path": "/BaseImage", "value": "r/x:2"}]
        )

    assert caught.value.error_code == "NotUpdatableException"
    assert caught.value.status_message == (
        "Invalid patch update: createOnlyProperties [/properties/BaseImage] cannot be updated"
    )


def test_a_version_of_a_missing_image_fails_with_the_handlers_words(cloud: LiveCloud) -> None:
    with pytest.raises(OperationFailedError) as caught:
        cloud.create(IMAGE_VERSION, VERSION_DESIRED, client_token="ct-1")

    error = caught.value
    assert error.summary == "CreateResource of a new AWS::SageMaker::ImageVersion failed: NotFound"
    assert error.status_message == (
        "Resource of type 'AWS::SageMaker::Image' with identifier 'data-science' was not found."
    )
    assert error.detail == (
        f"StatusMessage: {error.status_message}\n"
        f"Request token: {error.request_token}\n"
        "A resource it depends on does not exist. Run plan again to see what exists."
    )


def test_a_second_image_of_the_same_name_fails_already_exists(cloud: LiveCloud) -> None:
    cloud.create(IMAGE, IMAGE_DESIRED)

    with pytest.raises(CloudError) as caught:
        cloud.create(IMAGE, IMAGE_DESIRED)

    assert type(caught.value) is OperationFailedError
    assert caught.value.error_code == "AlreadyExists"


def test_a_create_the_emulator_throttles_is_resubmitted_and_made_once(
    data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # With this seed the emulator's first draw dooms the create to end FAILED/Throttling
    # and the next draws let everything through (no API-level throttling, whose botocore
    # back-off would make the test slow).
    monkeypatch.setenv("IMGVER_LOCAL_THROTTLE_RATE", "0.5")
    monkeypatch.setenv("IMGVER_LOCAL_SEED", "36")
    cloud = local(data)
    journal: list[tuple[str, str | None]] = []

    result = cloud.create(
        IMAGE,
        IMAGE_DESIRED,
        client_token="ct-1",
        journal=lambda client, request, *_: journal.append((client, request)),
    )

    assert result.identifier == IMAGE_ARN
    client_tokens = [client for client, _ in journal]
    assert client_tokens[:2] == ["ct-1", "ct-1"]
    assert client_tokens[2] == client_tokens[3] != "ct-1"
    assert len(journal) == 4
    assert journal[3][1] == result.request_token != journal[1][1]
    assert [resource.identifier for resource in cloud.list(IMAGE)] == [IMAGE_ARN]
