"""Request shapes and results of every LiveCloud call, checked by botocore's Stubber."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from typing import Any

import pytest

from state.cloud.client import LiveResource, OperationResult
from state.schema import IMAGE, IMAGE_VERSION
from tests.live.live_fakes import IMAGE_ARN, VERSION_ARN, Stubbed, event

IMAGE_MODEL: dict[str, Any] = {
    "ImageName": "data-science",
    "ImageArn": IMAGE_ARN,
    "ImageRoleArn": "arn:aws:iam::123456789012:role/SageMakerImages",
}
VERSION_MODEL: dict[str, Any] = {
    "ImageName": "data-science",
    "ImageArn": IMAGE_ARN,
    "ImageVersionArn": VERSION_ARN,
    "BaseImage": "123456789012.dkr.ecr.us-east-1.amazonaws.com/ds:2024.10",
    "ContainerImage": "123456789012.dkr.ecr.us-east-1.amazonaws.com/ds@sha256:abc",
    "Version": 3,
    "JobType": "NOTEBOOK_KERNEL",
}


def described(identifier: str, model: Mapping[str, object]) -> dict[str, str]:
    return {"Identifier": identifier, "Properties": json.dumps(model)}


# --- read -----------------------------------------------------------------------------------


def test_read_image_returns_the_properties_get_resource_describes(aws: Stubbed) -> None:
    aws.cloudcontrol.add_response(
        "get_resource",
        {"TypeName": IMAGE, "ResourceDescription": described(IMAGE_ARN, IMAGE_MODEL)},
        {"TypeName": IMAGE, "Identifier": IMAGE_ARN},
    )

    assert aws.cloud.read(IMAGE, IMAGE_ARN) == IMAGE_MODEL


def test_read_image_version_adds_sorted_aliases_from_every_list_aliases_page(aws: Stubbed) -> None:
    aws.cloudcontrol.add_response(
        "get_resource",
        {"TypeName": IMAGE_VERSION, "ResourceDescription": described(VERSION_ARN, VERSION_MODEL)},
        {"TypeName": IMAGE_VERSION, "Identifier": VERSION_ARN},
    )
    aws.sagemaker.add_response(
        "list_aliases",
        {"SageMakerImageVersionAliases": ["stable", "2024.10"], "NextToken": "page-2"},
        {"ImageName": "data-science", "Version": 3},
    )
    aws.sagemaker.add_response(
        "list_aliases",
        {"SageMakerImageVersionAliases": ["latest"]},
        {"ImageName": "data-science", "Version": 3, "NextToken": "page-2"},
    )

    assert aws.cloud.read(IMAGE_VERSION, VERSION_ARN) == {
        **VERSION_MODEL,
        "Aliases": ["2024.10", "latest", "stable"],
    }


def test_read_image_version_without_aliases_omits_the_key(aws: Stubbed) -> None:
    aws.cloudcontrol.add_response(
        "get_resource",
        {"TypeName": IMAGE_VERSION, "ResourceDescription": described(VERSION_ARN, VERSION_MODEL)},
        {"TypeName": IMAGE_VERSION, "Identifier": VERSION_ARN},
    )
    aws.sagemaker.add_response(
        "list_aliases",
        {"SageMakerImageVersionAliases": []},
        {"ImageName": "data-science", "Version": 3},
    )

    assert aws.cloud.read(IMAGE_VERSION, VERSION_ARN) == VERSION_MODEL


def test_read_of_a_missing_resource_is_none_without_retrying(aws: Stubbed) -> None:
    aws.cloudcontrol.add_client_error(
        "get_resource", "ResourceNotFoundException", "Resource not found", 404
    )

    assert aws.cloud.read(IMAGE, IMAGE_ARN) is None
    assert aws.time.sleeps == []


def test_read_just_created_retries_not_found_before_answering(aws: Stubbed) -> None:
    for _ in range(2):
        aws.cloudcontrol.add_client_error(
            "get_resource", "ResourceNotFoundException", "Resource not found", 404
        )
    aws.cloudcontrol.add_response(
        "get_resource",
        {"TypeName": IMAGE, "ResourceDescription": described(IMAGE_ARN, IMAGE_MODEL)},
        {"TypeName": IMAGE, "Identifier": IMAGE_ARN},
    )

    assert aws.cloud.read(IMAGE, IMAGE_ARN, just_created=True) == IMAGE_MODEL
    assert aws.time.sleeps == [0.75, 0.75]


def test_read_just_created_gives_up_after_the_configured_attempts(aws: Stubbed) -> None:
    cloud = aws.with_policy(read_attempts=2, read_delay=0.25)
    for _ in range(2):
        aws.cloudcontrol.add_client_error(
            "get_resource", "ResourceNotFoundException", "Resource not found", 404
        )

    assert cloud.read(IMAGE, IMAGE_ARN, just_created=True) is None
    assert aws.time.sleeps == [0.25]


def test_read_is_none_when_the_version_vanishes_before_its_aliases_are_read(aws: Stubbed) -> None:
    aws.cloudcontrol.add_response(
        "get_resource",
        {"TypeName": IMAGE_VERSION, "ResourceDescription": described(VERSION_ARN, VERSION_MODEL)},
    )
    aws.sagemaker.add_client_error("list_aliases", "ResourceNotFound", "Image version not found")

    assert aws.cloud.read(IMAGE_VERSION, VERSION_ARN) is None


# --- list -----------------------------------------------------------------------------------


def test_list_images_follows_next_token(aws: Stubbed) -> None:
    other_arn = "arn:aws:sagemaker:us-east-1:123456789012:image/other"
    other = {**IMAGE_MODEL, "ImageName": "other", "ImageArn": other_arn}
    aws.cloudcontrol.add_response(
        "list_resources",
        {
            "TypeName": IMAGE,
            "ResourceDescriptions": [described(IMAGE_ARN, IMAGE_MODEL)],
            "NextToken": "more",
        },
        {"TypeName": IMAGE},
    )
    aws.cloudcontrol.add_response(
        "list_resources",
        {"TypeName": IMAGE, "ResourceDescriptions": [described(other_arn, other)]},
        {"TypeName": IMAGE, "NextToken": "more"},
    )

    assert aws.cloud.list(IMAGE) == [
        LiveResource(IMAGE, IMAGE_ARN, IMAGE_MODEL),
        LiveResource(IMAGE, other_arn, other),
    ]


def test_list_image_versions_sends_the_image_name_as_resource_model(aws: Stubbed) -> None:
    aws.cloudcontrol.add_response(
        "list_resources",
        {
            "TypeName": IMAGE_VERSION,
            "ResourceDescriptions": [described(VERSION_ARN, VERSION_MODEL)],
        },
        {"TypeName": IMAGE_VERSION, "ResourceModel": '{"ImageName": "data-science"}'},
    )

    assert aws.cloud.list(IMAGE_VERSION, image_name="data-science") == [
        LiveResource(IMAGE_VERSION, VERSION_ARN, VERSION_MODEL)
    ]


def test_list_image_versions_needs_an_image_name(aws: Stubbed) -> None:
    with pytest.raises(
        ValueError, match="listing AWS::SageMaker::ImageVersion needs an image_name"
    ):
        aws.cloud.list(IMAGE_VERSION)


def test_list_images_refuses_an_image_name(aws: Stubbed) -> None:
    with pytest.raises(ValueError, match="image_name only narrows"):
        aws.cloud.list(IMAGE, image_name="data-science")


# --- create / update / delete ----------------------------------------------------------------


def test_create_journals_around_the_submission_then_waits_for_success(aws: Stubbed) -> None:
    desired = {"ImageName": "data-science", "BaseImage": "repo/ds:1", "Aliases": ["stable"]}
    aws.cloudcontrol.add_response(
        "create_resource",
        event("IN_PROGRESS"),
        {"TypeName": IMAGE_VERSION, "DesiredState": json.dumps(desired), "ClientToken": "ct-1"},
    )
    aws.cloudcontrol.add_response(
        "get_resource_request_status",
        event("SUCCESS", identifier=VERSION_ARN, model=VERSION_MODEL),
        {"RequestToken": "rt-1"},
    )

    result = aws.cloud.create(IMAGE_VERSION, desired, client_token="ct-1", journal=aws.journal)

    assert result == OperationResult("CREATE", IMAGE_VERSION, VERSION_ARN, "rt-1", VERSION_MODEL)
    assert [entry[:3] if entry[0] == "journal" else entry[:2] for entry in aws.log] == [
        ("journal", "ct-1", None),
        ("send", "CreateResource"),
        ("journal", "ct-1", "rt-1"),
        ("send", "GetResourceRequestStatus"),
    ]
    assert aws.time.sleeps == []


def test_a_create_is_journaled_with_its_identifier_as_soon_as_an_event_names_it(
    aws: Stubbed,
) -> None:
    # "The resource identifier may be available before the resource operation has reached
    # a status of SUCCESS" (Cloud Control API reference, ProgressEvent): a run killed while
    # waiting must leave the object's name in state. The final event's is not journaled
    # again: the outcome records it.
    desired = {"ImageName": "data-science", "BaseImage": "repo/ds:1"}
    aws.cloudcontrol.add_response("create_resource", event("IN_PROGRESS"))
    aws.cloudcontrol.add_response(
        "get_resource_request_status", event("IN_PROGRESS", identifier=VERSION_ARN)
    )
    aws.cloudcontrol.add_response(
        "get_resource_request_status",
        event("SUCCESS", identifier=VERSION_ARN, model=VERSION_MODEL),
    )

    aws.cloud.create(IMAGE_VERSION, desired, client_token="ct-1", journal=aws.journal)

    assert [entry for entry in aws.log if entry[0] == "journal"] == [
        ("journal", "ct-1", None),
        ("journal", "ct-1", "rt-1"),
        ("journal", "ct-1", "rt-1", VERSION_ARN),
    ]


def test_create_without_a_client_token_sends_a_fresh_uuid4(aws: Stubbed) -> None:
    aws.cloudcontrol.add_response("create_resource", event("SUCCESS", identifier=IMAGE_ARN))

    aws.cloud.create(IMAGE, IMAGE_MODEL, journal=aws.journal)

    (token,) = {entry[1] for entry in aws.log if entry[0] == "journal"}
    assert uuid.UUID(token).version == 4
    assert aws.sent("CreateResource")[0]["ClientToken"] == token


def test_create_takes_the_identifier_from_the_model_when_the_event_lacks_it(
    aws: Stubbed,
) -> None:
    aws.cloudcontrol.add_response("create_resource", event("SUCCESS", model=VERSION_MODEL))

    result = aws.cloud.create(IMAGE_VERSION, {"ImageName": "data-science"}, client_token="ct-1")

    assert result.identifier == VERSION_ARN


def test_update_sends_the_patch_document(aws: Stubbed) -> None:
    patch: list[dict[str, Any]] = [
        {"op": "replace", "path": "/ReleaseNotes", "value": "November"},
        {"op": "add", "path": "/Aliases", "value": ["stable"]},
    ]
    aws.cloudcontrol.add_response(
        "update_resource",
        event("IN_PROGRESS", operation="UPDATE", identifier=VERSION_ARN),
        {
            "TypeName": IMAGE_VERSION,
            "Identifier": VERSION_ARN,
            "PatchDocument": json.dumps(patch),
            "ClientToken": "ct-2",
        },
    )
    aws.cloudcontrol.add_response(
        "get_resource_request_status",
        event("SUCCESS", operation="UPDATE", identifier=VERSION_ARN, model=VERSION_MODEL),
        {"RequestToken": "rt-1"},
    )

    result = aws.cloud.update(
        IMAGE_VERSION, VERSION_ARN, patch, client_token="ct-2", journal=aws.journal
    )

    assert result == OperationResult("UPDATE", IMAGE_VERSION, VERSION_ARN, "rt-1", VERSION_MODEL)
    assert [entry for entry in aws.log if entry[0] == "journal"] == [
        ("journal", "ct-2", None),
        ("journal", "ct-2", "rt-1"),
    ]


def test_delete_sends_type_identifier_and_token(aws: Stubbed) -> None:
    aws.cloudcontrol.add_response(
        "delete_resource",
        event("IN_PROGRESS", operation="DELETE", identifier=VERSION_ARN),
        {"TypeName": IMAGE_VERSION, "Identifier": VERSION_ARN, "ClientToken": "ct-3"},
    )
    aws.cloudcontrol.add_response(
        "get_resource_request_status",
        event("SUCCESS", operation="DELETE", identifier=VERSION_ARN),
        {"RequestToken": "rt-1"},
    )

    result = aws.cloud.delete(IMAGE_VERSION, VERSION_ARN, client_token="ct-3")

    assert result == OperationResult("DELETE", IMAGE_VERSION, VERSION_ARN, "rt-1", None)


def test_delete_that_fails_not_found_counts_as_deleted(aws: Stubbed) -> None:
    aws.cloudcontrol.add_response(
        "delete_resource", event("IN_PROGRESS", operation="DELETE", identifier=VERSION_ARN)
    )
    aws.cloudcontrol.add_response(
        "get_resource_request_status",
        event(
            "FAILED",
            operation="DELETE",
            identifier=VERSION_ARN,
            error_code="NotFound",
            message="Image version does not exist",
        ),
        {"RequestToken": "rt-1"},
    )

    result = aws.cloud.delete(IMAGE_VERSION, VERSION_ARN, client_token="ct-3")

    assert result == OperationResult("DELETE", IMAGE_VERSION, VERSION_ARN, "rt-1", None)


def test_delete_refused_as_not_found_counts_as_deleted_without_a_request(aws: Stubbed) -> None:
    aws.cloudcontrol.add_client_error(
        "delete_resource", "ResourceNotFoundException", "Resource not found", 404
    )

    result = aws.cloud.delete(IMAGE_VERSION, VERSION_ARN, client_token="ct-3", journal=aws.journal)

    assert result == OperationResult("DELETE", IMAGE_VERSION, VERSION_ARN, "", None)
    assert [entry for entry in aws.log if entry[0] == "journal"] == [("journal", "ct-3", None)]


def test_resume_polls_the_journaled_request_to_its_end(aws: Stubbed) -> None:
    aws.cloudcontrol.add_response(
        "get_resource_request_status",
        event("IN_PROGRESS", operation="UPDATE", token="rt-9", identifier=VERSION_ARN),
        {"RequestToken": "rt-9"},
    )
    aws.cloudcontrol.add_response(
        "get_resource_request_status",
        event("SUCCESS", operation="UPDATE", token="rt-9", identifier=VERSION_ARN),
        {"RequestToken": "rt-9"},
    )

    result = aws.cloud.resume("rt-9", journal=aws.journal)

    assert result == OperationResult("UPDATE", IMAGE_VERSION, VERSION_ARN, "rt-9", None)
    assert aws.time.sleeps == []
    assert [entry for entry in aws.log if entry[0] == "journal"] == []


def test_resume_of_a_delete_that_failed_not_found_counts_as_deleted(aws: Stubbed) -> None:
    aws.cloudcontrol.add_response(
        "get_resource_request_status",
        event(
            "FAILED",
            operation="DELETE",
            token="rt-9",
            identifier=IMAGE_ARN,
            type_name=IMAGE,
            error_code="NotFound",
        ),
    )

    assert aws.cloud.resume("rt-9") == OperationResult("DELETE", IMAGE, IMAGE_ARN, "rt-9", None)
