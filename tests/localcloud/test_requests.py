"""Requests: asynchronous completion in time, tokens, idempotency, concurrency, cancel."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from state.localcloud import FaultConfig, LocalCloud
from tests.localcloud.conftest import by_name

ACCOUNT = "123456789012"
IMAGE = "AWS::SageMaker::Image"
VERSION = "AWS::SageMaker::ImageVersion"
IMAGE_ARN = f"arn:aws:sagemaker:us-east-1:{ACCOUNT}:image/data-science"


def status(aws: Any, event: dict[str, Any]) -> dict[str, Any]:
    answer = aws.cc.get_resource_request_status(RequestToken=event["RequestToken"])
    progress: dict[str, Any] = answer["ProgressEvent"]
    return progress


def image_desired(aws: Any, name: str = "data-science") -> dict[str, Any]:
    return {"ImageName": name, "ImageRoleArn": aws.ROLE}


def test_operation_completes_only_when_its_time_has_come(late_aws: Any, clock: Any) -> None:
    due = dt.datetime.fromtimestamp(clock.now + 10, dt.UTC)
    started = late_aws.start_create(IMAGE, image_desired(late_aws))

    clock.advance(9.9)
    waiting = status(late_aws, started)
    missing, _ = late_aws.error(lambda: late_aws.read(IMAGE, by_name("data-science")))
    clock.advance(5)
    done = status(late_aws, started)

    assert started["RetryAfter"] == due
    assert waiting["OperationStatus"] == "IN_PROGRESS"
    assert waiting["RetryAfter"] == due
    assert "Identifier" not in started and "Identifier" not in waiting
    assert missing == "ResourceNotFoundException"
    assert done["OperationStatus"] == "SUCCESS"
    assert done["EventTime"] == due
    assert late_aws.read(IMAGE, by_name("data-science"))["ImageArn"] == IMAGE_ARN


def test_a_create_names_its_object_while_in_progress_by_default(
    slow_aws: Any, clock: Any
) -> None:
    # CreateImage returns the ARN at once and the handler waits for the image to settle;
    # "the resource identifier may be available before the resource operation has reached
    # a status of SUCCESS" (Cloud Control API reference, ProgressEvent).
    started = slow_aws.start_create(IMAGE, image_desired(slow_aws))
    clock.advance(5)
    waiting = status(slow_aws, started)

    assert (started["OperationStatus"], started["Identifier"]) == ("IN_PROGRESS", IMAGE_ARN)
    assert (waiting["OperationStatus"], waiting["Identifier"]) == ("IN_PROGRESS", IMAGE_ARN)
    assert slow_aws.read(IMAGE, by_name("data-science"))["ImageArn"] == IMAGE_ARN
    clock.advance(5)
    assert status(slow_aws, started)["OperationStatus"] == "SUCCESS"


def test_any_call_completes_due_requests_even_from_another_process(
    slow_aws: Any, clock: Any, make_aws: Any
) -> None:
    """The process that started a request may die; whoever looks next finishes it."""
    started = slow_aws.start_create(IMAGE, image_desired(slow_aws))
    clock.advance(10)

    later = make_aws(faults=FaultConfig(op_seconds=10), clock=clock)
    listed = later.cc.list_resources(TypeName=IMAGE)["ResourceDescriptions"]

    assert [d["Identifier"] for d in listed] == [IMAGE_ARN]
    assert status(later, started)["OperationStatus"] == "SUCCESS"


def test_requests_persist_in_the_data_file(aws: Any, make_aws: Any, data_file: Any) -> None:
    event = aws.create(IMAGE, image_desired(aws), ClientToken="token-1")

    restarted = make_aws()
    stored = LocalCloud(data_file).export()

    assert status(restarted, event) == event
    assert (
        stored["regions"]["us-east-1"]["client_tokens"]["token-1"]["request"]
        == (event["RequestToken"])
    )


def test_same_client_token_replays_the_same_request(slow_aws: Any, clock: Any) -> None:
    desired = image_desired(slow_aws)
    first = slow_aws.start_create(IMAGE, desired, ClientToken="create-ds")
    again = slow_aws.start_create(IMAGE, desired, ClientToken="create-ds")
    clock.advance(10)
    after = slow_aws.start_create(IMAGE, desired, ClientToken="create-ds")

    assert again == first
    assert after["RequestToken"] == first["RequestToken"]
    assert after["OperationStatus"] == "SUCCESS"
    requests = slow_aws.cc.list_resource_requests()["ResourceRequestStatusSummaries"]
    assert len(requests) == 1


def test_client_token_reused_with_another_body_is_a_conflict(aws: Any) -> None:
    aws.create(IMAGE, image_desired(aws), ClientToken="token-1")

    code, message = aws.error(
        lambda: aws.start_create(IMAGE, image_desired(aws, "other"), ClientToken="token-1")
    )
    assert code == "ClientTokenConflictException"
    assert "token-1" in message
    code, _ = aws.error(
        lambda: aws.cc.delete_resource(TypeName=IMAGE, Identifier=IMAGE_ARN, ClientToken="token-1")
    )
    assert code == "ClientTokenConflictException"


def test_retried_delete_replays_even_after_the_resource_is_gone(aws: Any) -> None:
    aws.create_image()
    first = aws.cc.delete_resource(TypeName=IMAGE, Identifier=IMAGE_ARN, ClientToken="del-1")
    done = aws.wait(first["ProgressEvent"])

    again = aws.cc.delete_resource(TypeName=IMAGE, Identifier=IMAGE_ARN, ClientToken="del-1")

    assert again["ProgressEvent"] == done


def test_client_tokens_expire_after_36_hours(slow_aws: Any, clock: Any) -> None:
    slow_aws.start_create(IMAGE, image_desired(slow_aws), ClientToken="old")
    clock.advance(36 * 3600 + 1)

    event = slow_aws.start_create(IMAGE, image_desired(slow_aws, "other"), ClientToken="old")

    assert event["OperationStatus"] == "IN_PROGRESS"


def test_second_mutation_on_a_busy_resource_is_a_concurrent_operation(
    slow_aws: Any, clock: Any
) -> None:
    slow_aws.start_create(IMAGE, image_desired(slow_aws))
    clock.advance(10)
    slow_aws.read(IMAGE, IMAGE_ARN)
    patch = [{"op": "add", "path": "/ImageDescription", "value": "first"}]
    update = slow_aws.start_update(IMAGE, IMAGE_ARN, patch)

    code, message = slow_aws.error(
        lambda: slow_aws.cc.delete_resource(
            TypeName=IMAGE, Identifier='{"ImageName": "data-science"}'
        )
    )
    assert code == "ConcurrentOperationException"
    assert update["RequestToken"] in message
    clock.advance(10)
    assert status(slow_aws, update)["OperationStatus"] == "SUCCESS"
    deleted = slow_aws.cc.delete_resource(
        TypeName=IMAGE, Identifier='{"ImageName": "data-science"}'
    )
    assert deleted["ProgressEvent"]["OperationStatus"] == "IN_PROGRESS"


def test_two_creates_of_one_image_at_once_are_a_concurrent_operation(
    slow_aws: Any, clock: Any
) -> None:
    slow_aws.start_create(IMAGE, image_desired(slow_aws))

    code, _ = slow_aws.error(lambda: slow_aws.start_create(IMAGE, image_desired(slow_aws)))

    assert code == "ConcurrentOperationException"


def test_a_version_create_while_another_of_the_image_runs_fails_resource_conflict(
    slow_aws: Any, clock: Any
) -> None:
    # terraform-provider-aws #44693: SageMaker refuses concurrent CreateImageVersion calls on
    # one image ("ResourceInUse: Resource was modified concurrently"); the public handler
    # maps ResourceInUseException to ResourceConflict.
    slow_aws.start_create(IMAGE, image_desired(slow_aws))
    clock.advance(10)
    desired = {"ImageName": "data-science", "BaseImage": slow_aws.base_image()}
    started = [slow_aws.start_create(VERSION, desired) for _ in range(3)]
    clock.advance(10)

    done = [status(slow_aws, event) for event in started]

    assert [event["OperationStatus"] for event in done] == ["SUCCESS", "FAILED", "FAILED"]
    assert [event.get("ErrorCode") for event in done] == [
        None,
        "ResourceConflict",
        "ResourceConflict",
    ]
    assert done[1]["StatusMessage"].startswith("ResourceInUse: Resource was modified concurrently")
    assert "Identifier" not in done[1]
    listed = slow_aws.cc.list_resources(TypeName=VERSION, ResourceModel=by_name("data-science"))
    assert [item["Identifier"] for item in listed["ResourceDescriptions"]] == [
        done[0]["Identifier"]
    ]


def test_a_version_delete_while_a_create_of_the_image_runs_fails_resource_conflict(
    slow_aws: Any, clock: Any
) -> None:
    slow_aws.start_create(IMAGE, image_desired(slow_aws))
    clock.advance(10)
    desired = {"ImageName": "data-science", "BaseImage": slow_aws.base_image()}
    first = status(slow_aws, slow_aws.start_create(VERSION, desired))
    clock.advance(10)
    first = status(slow_aws, first)
    creating = slow_aws.start_create(VERSION, desired)
    deleting = slow_aws.cc.delete_resource(TypeName=VERSION, Identifier=first["Identifier"])
    clock.advance(10)

    assert status(slow_aws, creating)["OperationStatus"] == "SUCCESS"
    refused = status(slow_aws, deleting["ProgressEvent"])
    assert (refused["OperationStatus"], refused["ErrorCode"]) == ("FAILED", "ResourceConflict")
    assert slow_aws.read(VERSION, first["Identifier"])["Version"] == 1


def test_versions_of_different_images_are_created_at_once(slow_aws: Any, clock: Any) -> None:
    for name in ("one", "two"):
        slow_aws.start_create(IMAGE, {**image_desired(slow_aws), "ImageName": name})
    clock.advance(10)
    started = [
        slow_aws.start_create(VERSION, {"ImageName": name, "BaseImage": slow_aws.base_image()})
        for name in ("one", "two")
    ]
    clock.advance(10)

    assert [status(slow_aws, event)["OperationStatus"] for event in started] == ["SUCCESS"] * 2


def test_creating_an_existing_image_fails_already_exists(aws: Any) -> None:
    aws.create_image()

    event = aws.create(IMAGE, image_desired(aws, "Data-Science"))

    assert event["OperationStatus"] == "FAILED"
    assert event["ErrorCode"] == "AlreadyExists"
    assert event["StatusMessage"] == (
        f"Resource of type '{IMAGE}' with identifier 'Data-Science' already exists."
    )


def test_creating_a_version_of_a_missing_image_fails_not_found(aws: Any) -> None:
    event = aws.create(VERSION, {"ImageName": "nope", "BaseImage": aws.base_image()})

    assert event["OperationStatus"] == "FAILED"
    assert event["ErrorCode"] == "NotFound"
    assert (
        event["StatusMessage"]
        == f"Resource of type '{IMAGE}' with identifier 'nope' was not found."
    )


def test_delete_whose_resource_vanished_meanwhile_fails_not_found(
    slow_aws: Any, clock: Any
) -> None:
    slow_aws.start_create(IMAGE, image_desired(slow_aws))
    clock.advance(10)
    desired = {"ImageName": "data-science", "BaseImage": slow_aws.base_image()}
    slow_aws.start_create(VERSION, desired)
    clock.advance(10)
    version = f"arn:aws:sagemaker:us-east-1:{ACCOUNT}:image-version/data-science/1"
    # Both are due at once; the image delete came first and takes the version with it.
    slow_aws.cc.delete_resource(TypeName=IMAGE, Identifier=IMAGE_ARN)
    delete_version = slow_aws.cc.delete_resource(TypeName=VERSION, Identifier=version)
    clock.advance(10)

    event = status(slow_aws, delete_version["ProgressEvent"])

    assert event["OperationStatus"] == "FAILED"
    assert event["ErrorCode"] == "NotFound"
    assert event["StatusMessage"] == (
        f"Resource of type '{VERSION}' with identifier '{version}' was not found."
    )


def test_get_update_delete_of_missing_resources_are_not_found(aws: Any) -> None:
    missing = f"arn:aws:sagemaker:us-east-1:{ACCOUNT}:image-version/data-science/1"
    patch = [{"op": "add", "path": "/ReleaseNotes", "value": "x"}]
    calls = [
        lambda: aws.read(VERSION, missing),
        lambda: aws.start_update(VERSION, missing, patch),
        lambda: aws.cc.delete_resource(TypeName=VERSION, Identifier=missing),
        lambda: aws.read(IMAGE, by_name("data-science")),
        lambda: aws.read(VERSION, "not-an-arn"),
    ]

    assert {aws.error(call)[0] for call in calls} == {"ResourceNotFoundException"}


def test_unknown_type_is_type_not_found(aws: Any) -> None:
    code, message = aws.error(
        lambda: aws.cc.get_resource(TypeName="AWS::S3::Bucket", Identifier="bucket")
    )

    assert (code, message) == (
        "TypeNotFoundException",
        "The type 'AWS::S3::Bucket' cannot be found.",
    )
    code, _ = aws.error(lambda: aws.start_create("AWS::S3::Bucket", {"BucketName": "b"}))
    assert code == "TypeNotFoundException"


def test_desired_state_invalid_against_the_schema_is_an_invalid_request(aws: Any) -> None:
    desired = {"ImageName": "data science", "Processor": "TPU", "Colour": "blue"}

    code, message = aws.error(lambda: aws.start_create(VERSION, desired))

    assert code == "InvalidRequestException"
    assert message == (
        "Model validation failed ("
        "#/BaseImage: required property is missing\n"
        "#/Colour: unknown property\n"
        "#/ImageName: 'data science' does not match '^[A-Za-z0-9]([-.]?[A-Za-z0-9])*$'\n"
        "#/Processor: 'TPU' is not one of ['CPU', 'GPU'])"
    )


def test_read_only_properties_in_the_desired_state_are_refused(aws: Any) -> None:
    desired = {"ImageName": "data-science", "BaseImage": aws.base_image(), "Version": 3}

    assert aws.error(lambda: aws.start_create(VERSION, desired)) == (
        "InvalidRequestException",
        "Model validation failed (#/Version: read-only property cannot be specified)",
    )


def test_desired_state_that_is_not_a_json_object_is_an_invalid_request(aws: Any) -> None:
    for text in ("{", "[1]"):
        code, _ = aws.error(lambda t=text: aws.cc.create_resource(TypeName=IMAGE, DesiredState=t))
        assert code == "InvalidRequestException"


def test_unknown_request_token(aws: Any) -> None:
    assert aws.error(lambda: aws.cc.get_resource_request_status(RequestToken="nope")) == (
        "RequestTokenNotFoundException",
        "Request with token nope was not found.",
    )
    code, _ = aws.error(lambda: aws.cc.cancel_resource_request(RequestToken="nope"))
    assert code == "RequestTokenNotFoundException"


def test_cancel_stops_a_request_before_it_runs(late_aws: Any, clock: Any) -> None:
    started = late_aws.start_create(IMAGE, image_desired(late_aws))

    cancelling = late_aws.cc.cancel_resource_request(RequestToken=started["RequestToken"])
    cancelled = status(late_aws, started)
    clock.advance(10)

    assert cancelling["ProgressEvent"]["OperationStatus"] == "CANCEL_IN_PROGRESS"
    assert cancelled["OperationStatus"] == "CANCEL_COMPLETE"
    assert status(late_aws, started)["OperationStatus"] == "CANCEL_COMPLETE"
    code, _ = late_aws.error(lambda: late_aws.read(IMAGE, by_name("data-science")))
    assert code == "ResourceNotFoundException"
    # Cancelling freed the resource for the next request.
    assert late_aws.start_create(IMAGE, image_desired(late_aws))["OperationStatus"] == "IN_PROGRESS"


def test_cancelling_a_create_that_already_made_its_object_leaves_it(
    slow_aws: Any, clock: Any
) -> None:
    # Cancelling stops the handler; nothing in the Cloud Control API reference
    # (CancelResourceRequest) says what it already made is undone.
    started = slow_aws.start_create(IMAGE, image_desired(slow_aws))

    slow_aws.cc.cancel_resource_request(RequestToken=started["RequestToken"])
    clock.advance(10)

    assert status(slow_aws, started)["OperationStatus"] == "CANCEL_COMPLETE"
    assert slow_aws.read(IMAGE, by_name("data-science"))["ImageArn"] == IMAGE_ARN


def test_a_finished_request_cannot_be_cancelled(aws: Any) -> None:
    event = aws.create(IMAGE, image_desired(aws))

    code, message = aws.error(
        lambda: aws.cc.cancel_resource_request(RequestToken=event["RequestToken"])
    )

    assert code == "ConcurrentModificationException"
    assert "SUCCESS" in message


def test_list_resource_requests_filters_and_pages_newest_first(aws: Any) -> None:
    aws.create_image()
    aws.create(IMAGE, image_desired(aws))  # fails: AlreadyExists
    version = aws.create_version()
    aws.update(VERSION, version, [{"op": "add", "path": "/ReleaseNotes", "value": "x"}])
    aws.delete(VERSION, version)

    every = aws.cc.list_resource_requests()["ResourceRequestStatusSummaries"]
    failed = aws.cc.list_resource_requests(
        ResourceRequestStatusFilter={"OperationStatuses": ["FAILED"]}
    )["ResourceRequestStatusSummaries"]
    creates = aws.cc.list_resource_requests(
        ResourceRequestStatusFilter={"Operations": ["CREATE"], "OperationStatuses": ["SUCCESS"]}
    )["ResourceRequestStatusSummaries"]
    pages = aws.cc.get_paginator("list_resource_requests").paginate(
        PaginationConfig={"PageSize": 2}
    )

    assert [e["Operation"] for e in every] == ["DELETE", "UPDATE", "CREATE", "CREATE", "CREATE"]
    assert [e["ErrorCode"] for e in failed] == ["AlreadyExists"]
    assert [e["TypeName"] for e in creates] == [VERSION, IMAGE]
    assert [e for page in pages for e in page["ResourceRequestStatusSummaries"]] == every
