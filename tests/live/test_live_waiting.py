"""Waiting for asynchronous operations: backoff, RetryAfter, timeouts, throttled resubmission."""

from __future__ import annotations

from typing import Any

import pytest
from botocore.stub import ANY

from state.cloud.client import OperationResult
from state.cloud.errors import (
    ConflictError,
    OperationCancelledError,
    OperationFailedError,
    OperationThrottled,
    OperationTimeoutError,
    ThrottledError,
)
from state.schema import IMAGE, IMAGE_VERSION
from tests.live.live_fakes import IMAGE_ARN, VERSION_ARN, Stubbed, event

DESIRED = {"ImageName": "data-science", "BaseImage": "repo/ds:1"}


def in_progress(aws: Stubbed, count: int, **fields: Any) -> None:
    for _ in range(count):
        aws.cloudcontrol.add_response(
            "get_resource_request_status", event("IN_PROGRESS", **fields), {"RequestToken": "rt-1"}
        )


def test_polls_back_off_by_the_growth_factor_up_to_the_cap(aws: Stubbed) -> None:
    cloud = aws.with_policy(first_delay=0.25, min_delay=0.5, growth=1.5, max_delay=1.0)
    aws.cloudcontrol.add_response("create_resource", event("IN_PROGRESS"))
    in_progress(aws, 3)
    aws.cloudcontrol.add_response(
        "get_resource_request_status", event("SUCCESS", identifier=VERSION_ARN)
    )

    cloud.create(IMAGE_VERSION, DESIRED, client_token="ct-1")

    assert aws.time.sleeps == [0.25, 0.5, 0.75, 1.0]


def test_default_polls_go_out_at_once_then_after_50_ms_doubling_to_5_s(aws: Stubbed) -> None:
    aws.cloudcontrol.add_response("create_resource", event("IN_PROGRESS"))
    in_progress(aws, 9)
    aws.cloudcontrol.add_response(
        "get_resource_request_status", event("SUCCESS", identifier=VERSION_ARN)
    )

    aws.cloud.create(IMAGE_VERSION, DESIRED, client_token="ct-1")

    assert aws.sent_at("CreateResource") == [0.0]
    assert aws.sent_at("GetResourceRequestStatus") == pytest.approx(
        [0.0, 0.05, 0.15, 0.35, 0.75, 1.55, 3.15, 6.35, 11.35, 16.35]
    )


def test_a_submission_that_already_succeeded_is_not_polled(aws: Stubbed) -> None:
    aws.cloudcontrol.add_response(
        "create_resource", event("SUCCESS", identifier=VERSION_ARN, model=DESIRED)
    )

    result = aws.cloud.create(IMAGE_VERSION, DESIRED, client_token="ct-1")

    assert result == OperationResult("CREATE", IMAGE_VERSION, VERSION_ARN, "rt-1", DESIRED)
    assert aws.sent_at("GetResourceRequestStatus") == []
    assert aws.time.sleeps == []


def test_retry_after_in_the_future_is_honoured_instead_of_the_backoff(aws: Stubbed) -> None:
    aws.cloudcontrol.add_response(
        "create_resource", event("IN_PROGRESS", retry_after=aws.time.at(3.0))
    )
    # 3 s have passed at the first poll; this hint asks for 4.5 s more.
    in_progress(aws, 1, retry_after=aws.time.at(7.5))
    in_progress(aws, 1)
    aws.cloudcontrol.add_response(
        "get_resource_request_status", event("SUCCESS", identifier=VERSION_ARN)
    )

    aws.cloud.create(IMAGE_VERSION, DESIRED, client_token="ct-1")

    # The third wait has no hint: the backoff has grown with every poll (0, 0.05, 0.1).
    assert aws.time.sleeps == [3.0, 4.5, 0.1]


def test_retry_after_already_past_falls_back_to_the_backoff(aws: Stubbed) -> None:
    aws.cloudcontrol.add_response(
        "create_resource", event("IN_PROGRESS", retry_after=aws.time.at(-10.0))
    )
    aws.cloudcontrol.add_response(
        "get_resource_request_status", event("SUCCESS", identifier=VERSION_ARN)
    )

    aws.cloud.create(IMAGE_VERSION, DESIRED, client_token="ct-1")

    # The first backoff is 0: polled at once, with no sleep at all.
    assert aws.time.sleeps == []
    assert aws.sent_at("GetResourceRequestStatus") == [0.0]


def test_an_operation_still_running_at_the_timeout_raises_with_its_request_token(
    aws: Stubbed,
) -> None:
    cloud = aws.with_policy(timeout=2.0, min_delay=0.5, growth=1.5)
    aws.cloudcontrol.add_response("create_resource", event("IN_PROGRESS"))
    in_progress(aws, 4)

    with pytest.raises(OperationTimeoutError) as caught:
        cloud.create(IMAGE_VERSION, DESIRED, client_token="ct-1")

    # A poll at once, then 0.5 and 0.75; the last wait is cut to what is left of the 2 s
    # (1.125 -> 0.75), then one final poll.
    assert aws.time.sleeps == [0.5, 0.75, 0.75]
    assert aws.sent_at("GetResourceRequestStatus") == [0.0, 0.5, 1.25, 2.0]
    error = caught.value
    assert error.summary == (
        "Timed out after 2 s waiting for CreateResource of a new AWS::SageMaker::ImageVersion"
    )
    assert error.detail == (
        "Request rt-1 is still IN_PROGRESS and keeps running in AWS. Its request token is "
        "journaled in state: run the same command again to resume waiting for it instead of "
        "starting a new request. To look at it by hand: "
        "`aws cloudcontrol get-resource-request-status --request-token rt-1`."
    )
    assert error.request_token == "rt-1"
    assert (error.operation, error.type_name, error.identifier) == (
        "CreateResource",
        IMAGE_VERSION,
        "",
    )


def test_throttled_create_is_resubmitted_once_with_a_new_client_token(aws: Stubbed) -> None:
    aws.cloudcontrol.add_response(
        "create_resource",
        event("IN_PROGRESS"),
        {"TypeName": IMAGE_VERSION, "DesiredState": ANY, "ClientToken": "ct-1"},
    )
    aws.cloudcontrol.add_response(
        "get_resource_request_status",
        event("FAILED", error_code="Throttling", message="Rate exceeded"),
        {"RequestToken": "rt-1"},
    )
    aws.cloudcontrol.add_response(
        "create_resource",
        event("IN_PROGRESS", token="rt-2"),
        {"TypeName": IMAGE_VERSION, "DesiredState": ANY, "ClientToken": ANY},
    )
    aws.cloudcontrol.add_response(
        "get_resource_request_status",
        event("SUCCESS", token="rt-2", identifier=VERSION_ARN),
        {"RequestToken": "rt-2"},
    )

    result = aws.cloud.create(IMAGE_VERSION, DESIRED, client_token="ct-1", journal=aws.journal)

    assert result == OperationResult("CREATE", IMAGE_VERSION, VERSION_ARN, "rt-2", None)
    journal = [entry[1:] for entry in aws.log if entry[0] == "journal"]
    fresh = journal[2][0]
    assert fresh != "ct-1"
    assert journal == [("ct-1", None), ("ct-1", "rt-1"), (fresh, None), (fresh, "rt-2")]
    assert [params["ClientToken"] for params in aws.sent("CreateResource")] == ["ct-1", fresh]
    assert (
        aws.sent("CreateResource")[0]["DesiredState"]
        == aws.sent("CreateResource")[1]["DesiredState"]
    )
    # poll at once, back off 1 s before resubmitting, poll at once
    assert aws.time.sleeps == [1.0]


def test_throttled_resubmissions_back_off_exponentially_with_jitter(aws: Stubbed) -> None:
    cloud = aws.with_policy(throttle_backoff=1.0, throttle_max_backoff=3.0, jitter=lambda: 0.0)
    for token in ("rt-1", "rt-2", "rt-3"):
        aws.cloudcontrol.add_response(
            "create_resource", event("FAILED", token=token, error_code="Throttling")
        )
    aws.cloudcontrol.add_response(
        "create_resource", event("SUCCESS", token="rt-4", identifier=VERSION_ARN)
    )

    assert cloud.create(IMAGE_VERSION, DESIRED).request_token == "rt-4"

    # 1, 2, then 4 capped at 3; a jitter draw of 0 halves each.
    assert aws.time.sleeps == [0.5, 1.0, 1.5]


def test_throttling_beyond_the_resubmission_budget_raises_throttled(aws: Stubbed) -> None:
    cloud = aws.with_policy(throttle_resubmits=1)
    for token in ("rt-1", "rt-2"):
        aws.cloudcontrol.add_response(
            "create_resource",
            event("FAILED", token=token, error_code="Throttling", message="Rate exceeded"),
        )

    with pytest.raises(ThrottledError) as caught:
        cloud.create(IMAGE_VERSION, DESIRED, client_token="ct-1")

    error = caught.value
    assert type(error) is ThrottledError
    assert error.summary == "CreateResource of a new AWS::SageMaker::ImageVersion stayed throttled"
    assert error.detail == (
        "It was submitted 2 times and each request ended FAILED with Throttling. Run again "
        "later, or lower --parallelism.\nThe service said: Rate exceeded"
    )
    assert (error.error_code, error.status_message, error.request_token) == (
        "Throttling",
        "Rate exceeded",
        "rt-2",
    )
    assert len(aws.sent("CreateResource")) == 2
    assert aws.time.sleeps == [1.0]


def test_a_failed_operation_reports_error_code_and_status_message_verbatim(aws: Stubbed) -> None:
    aws.cloudcontrol.add_response(
        "update_resource", event("IN_PROGRESS", operation="UPDATE", identifier=VERSION_ARN)
    )
    aws.cloudcontrol.add_response(
        "get_resource_request_status",
        event(
            "FAILED",
            operation="UPDATE",
            identifier=VERSION_ARN,
            error_code="GeneralServiceException",
            message="Image version is in a failed state: CREATE_FAILED",
        ),
    )

    with pytest.raises(OperationFailedError) as caught:
        aws.cloud.update(IMAGE_VERSION, VERSION_ARN, [], client_token="ct-1")

    error = caught.value
    assert type(error) is OperationFailedError
    assert error.summary == (
        f"UpdateResource of AWS::SageMaker::ImageVersion {VERSION_ARN} failed: "
        "GeneralServiceException"
    )
    assert error.detail == (
        "StatusMessage: Image version is in a failed state: CREATE_FAILED\n"
        "Request token: rt-1\n"
        "SageMaker refused or failed the call. Run again later."
    )
    assert (
        error.operation,
        error.type_name,
        error.identifier,
        error.error_code,
        error.status_message,
        error.request_token,
    ) == (
        "UpdateResource",
        IMAGE_VERSION,
        VERSION_ARN,
        "GeneralServiceException",
        "Image version is in a failed state: CREATE_FAILED",
        "rt-1",
    )


def test_a_cancelled_operation_raises_cancelled(aws: Stubbed) -> None:
    aws.cloudcontrol.add_response(
        "create_resource",
        event("CANCEL_COMPLETE", type_name=IMAGE, message="Request cancelled by user"),
    )

    with pytest.raises(OperationCancelledError) as caught:
        aws.cloud.create(IMAGE, {"ImageName": "x"}, client_token="ct-1")

    assert caught.value.summary == "CreateResource of a new AWS::SageMaker::Image was cancelled"
    assert caught.value.detail == (
        "Request rt-1 ended CANCEL_COMPLETE: someone cancelled it. Run plan again to see what "
        "exists now.\nThe service said: Request cancelled by user"
    )


def test_resume_of_a_throttled_request_asks_the_caller_to_submit_again(aws: Stubbed) -> None:
    aws.cloudcontrol.add_response(
        "get_resource_request_status",
        event("IN_PROGRESS", token="rt-7", type_name=IMAGE),
        {"RequestToken": "rt-7"},
    )
    aws.cloudcontrol.add_response(
        "get_resource_request_status",
        event(
            "FAILED", token="rt-7", type_name=IMAGE, error_code="Throttling", message="Slow down"
        ),
        {"RequestToken": "rt-7"},
    )

    with pytest.raises(OperationThrottled) as caught:
        aws.cloud.resume("rt-7")

    error = caught.value
    assert isinstance(error, ThrottledError)
    assert error.summary == (
        "CreateResource of a new AWS::SageMaker::Image was throttled and did not run"
    )
    assert error.detail == (
        "Request rt-7 ended FAILED with Throttling; nothing was changed. Submit the operation "
        "again (run apply again).\nThe service said: Slow down"
    )
    assert (error.request_token, error.error_code, error.operation) == (
        "rt-7",
        "Throttling",
        "CreateResource",
    )


def test_resume_times_out_like_the_original_call(aws: Stubbed) -> None:
    cloud = aws.with_policy(timeout=0.5, first_delay=0.5)
    aws.cloudcontrol.add_response(
        "get_resource_request_status",
        event(
            "IN_PROGRESS", operation="DELETE", token="rt-1", identifier=IMAGE_ARN, type_name=IMAGE
        ),
    )
    in_progress(aws, 1, operation="DELETE", identifier=IMAGE_ARN, type_name=IMAGE)

    with pytest.raises(OperationTimeoutError) as caught:
        cloud.resume("rt-1")

    assert caught.value.summary == (
        f"Timed out after 0.5 s waiting for DeleteResource of AWS::SageMaker::Image {IMAGE_ARN}"
    )


def test_a_resource_conflict_is_retried_with_a_new_token_and_counted_when_it_gives_up(
    aws: Stubbed,
) -> None:
    # cloudformation-cli-java-plugin HandlerErrorCode: ResourceConflict is "(Retriable)".
    cloud = aws.with_policy(throttle_resubmits=1)
    for token in ("rt-1", "rt-2"):
        aws.cloudcontrol.add_response(
            "create_resource",
            event(
                "FAILED",
                token=token,
                error_code="ResourceConflict",
                message="ResourceInUse: Resource was modified concurrently",
            ),
        )

    with pytest.raises(ConflictError) as caught:
        cloud.create(IMAGE_VERSION, DESIRED, client_token="ct-1")

    assert caught.value.detail.startswith(
        "It was submitted 2 times and each request ended FAILED with ResourceConflict, which "
        "AWS documents as retriable.\n"
    )
    tokens = [sent["ClientToken"] for sent in aws.sent("CreateResource")]
    assert tokens[0] == "ct-1" and tokens[1] != "ct-1"


def test_a_conflict_then_success_is_a_success(aws: Stubbed) -> None:
    aws.cloudcontrol.add_response(
        "create_resource", event("FAILED", token="rt-1", error_code="ResourceConflict")
    )
    aws.cloudcontrol.add_response(
        "create_resource", event("SUCCESS", token="rt-2", identifier=VERSION_ARN)
    )

    result = aws.cloud.create(IMAGE_VERSION, DESIRED, client_token="ct-1")

    assert (result.identifier, result.request_token) == (VERSION_ARN, "rt-2")


def test_a_throttled_create_asks_to_recover_before_resubmitting(aws: Stubbed) -> None:
    aws.cloudcontrol.add_response(
        "create_resource", event("FAILED", token="rt-1", error_code="Throttling")
    )
    asked: list[str] = []

    def recover(failed: dict[str, Any]) -> OperationResult:
        asked.append(failed["ErrorCode"])
        return OperationResult("CREATE", IMAGE_VERSION, VERSION_ARN, "", None)

    result = aws.cloud.create(IMAGE_VERSION, DESIRED, client_token="ct-1", recover=recover)

    assert asked == ["Throttling"]
    assert result.identifier == VERSION_ARN
    assert len(aws.sent("CreateResource")) == 1
