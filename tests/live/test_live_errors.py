"""Every botocore error, and every failed operation, comes out as an actionable CloudError."""

from __future__ import annotations

from pathlib import Path

import boto3
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError

from state.cloud.client import LiveCloud
from state.cloud.errors import (
    AccessDeniedError,
    ConflictError,
    CredentialsError,
    RequestRejectedError,
    ResourceNotFoundError,
    ThrottledError,
)
from state.cloud.permissions import required_permissions
from state.errors import CloudError
from state.localcloud import FaultConfig, LocalCloud
from state.schema import IMAGE, IMAGE_VERSION
from tests.live.live_fakes import IMAGE_ARN, VERSION_ARN, Stubbed, event

IMAGE_SUBJECT = f"AWS::SageMaker::Image {IMAGE_ARN}"


@pytest.mark.parametrize(
    ("code", "expected_class", "summary"),
    [
        pytest.param(
            "ExpiredTokenException",
            CredentialsError,
            "AWS rejected the credentials (ExpiredTokenException)",
            id="expired-token",
        ),
        pytest.param(
            "ExpiredToken",
            CredentialsError,
            "AWS rejected the credentials (ExpiredToken)",
            id="expired-token-sts-style",
        ),
        pytest.param(
            "InvalidClientTokenId",
            CredentialsError,
            "AWS rejected the credentials (InvalidClientTokenId)",
            id="unknown-access-key",
        ),
        pytest.param(
            "UnrecognizedClientException",
            CredentialsError,
            "AWS rejected the credentials (UnrecognizedClientException)",
            id="unrecognized-client",
        ),
        pytest.param(
            "ThrottlingException",
            ThrottledError,
            f"AWS throttled GetResource on {IMAGE_SUBJECT}",
            id="throttled-after-retries",
        ),
        pytest.param(
            "ResourceConflictException",
            ConflictError,
            f"{IMAGE_SUBJECT} is being changed by another operation (ResourceConflictException)",
            id="resource-conflict",
        ),
        pytest.param(
            "TypeNotFoundException",
            CloudError,
            "AWS::SageMaker::Image is not available through Cloud Control in region us-east-1",
            id="type-not-in-region",
        ),
        pytest.param(
            "InvalidRequestException",
            RequestRejectedError,
            f"GetResource on {IMAGE_SUBJECT} was rejected: InvalidRequestException",
            id="invalid-request",
        ),
        pytest.param(
            "ValidationException",
            RequestRejectedError,
            f"GetResource on {IMAGE_SUBJECT} was rejected: ValidationException",
            id="validation",
        ),
        pytest.param(
            "GeneralServiceException",
            CloudError,
            f"SageMaker failed GetResource on {IMAGE_SUBJECT}",
            id="general-service",
        ),
        pytest.param(
            "ServiceInternalErrorException",
            CloudError,
            "AWS had an internal failure during GetResource on "
            f"{IMAGE_SUBJECT} (ServiceInternalErrorException)",
            id="service-internal",
        ),
        pytest.param(
            "ServiceLimitExceededException",
            CloudError,
            f"A SageMaker quota stops GetResource on {IMAGE_SUBJECT}",
            id="quota",
        ),
        pytest.param(
            "SomethingNewException",
            CloudError,
            f"GetResource on {IMAGE_SUBJECT} failed: SomethingNewException",
            id="unknown-code",
        ),
    ],
)
def test_service_errors_become_cloud_errors_carrying_the_call(
    aws: Stubbed, code: str, expected_class: type[CloudError], summary: str
) -> None:
    aws.cloudcontrol.add_client_error("get_resource", code, "the service's words", 400)

    with pytest.raises(CloudError) as caught:
        aws.cloud.read(IMAGE, IMAGE_ARN)

    error = caught.value
    assert type(error) is expected_class
    assert error.summary == summary
    assert "The service said: the service's words" in error.detail
    assert (
        error.operation,
        error.type_name,
        error.identifier,
        error.error_code,
        error.status_message,
    ) == ("GetResource", IMAGE, IMAGE_ARN, code, "the service's words")
    assert isinstance(error.__cause__, ClientError)


def test_expired_credentials_say_how_to_refresh_them(aws: Stubbed) -> None:
    aws.cloudcontrol.add_client_error(
        "list_resources", "ExpiredTokenException", "The security token included is expired"
    )

    with pytest.raises(CredentialsError) as caught:
        aws.cloud.list(IMAGE)

    assert caught.value.detail == (
        "Refresh or provide credentials, then run again: `aws sso login` for an SSO profile, "
        "choose a profile with --profile, settings.profile or AWS_PROFILE, or export "
        "AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN).\n"
        "The service said: The security token included is expired"
    )


def test_access_denied_on_create_names_cloud_control_and_handler_permissions(
    aws: Stubbed,
) -> None:
    aws.cloudcontrol.add_client_error(
        "create_resource",
        "AccessDeniedException",
        "User: arn:aws:iam::123456789012:user/ci is not authorized to perform: "
        "cloudformation:CreateResource",
    )

    with pytest.raises(AccessDeniedError) as caught:
        aws.cloud.create(IMAGE_VERSION, {"ImageName": "data-science"}, client_token="ct-1")

    error = caught.value
    assert error.summary == "Access denied: CreateResource on a new AWS::SageMaker::ImageVersion"
    assert error.permissions == (
        "cloudformation:CreateResource",
        "cloudformation:GetResourceRequestStatus",
        "sagemaker:CreateImageVersion",
        "sagemaker:DescribeImageVersion",
    )
    assert error.detail == (
        "The caller needs these IAM permissions: cloudformation:CreateResource, "
        "cloudformation:GetResourceRequestStatus, sagemaker:CreateImageVersion, "
        "sagemaker:DescribeImageVersion.\n"
        "The service said: User: arn:aws:iam::123456789012:user/ci is not authorized to "
        "perform: cloudformation:CreateResource"
    )
    assert error.error_code == "AccessDeniedException"


def test_access_denied_reading_aliases_names_list_aliases(aws: Stubbed) -> None:
    aws.cloudcontrol.add_response(
        "get_resource",
        {
            "TypeName": IMAGE_VERSION,
            "ResourceDescription": {
                "Identifier": VERSION_ARN,
                "Properties": '{"ImageName": "data-science", "Version": 3}',
            },
        },
    )
    aws.sagemaker.add_client_error("list_aliases", "AccessDeniedException", "not authorized")

    with pytest.raises(AccessDeniedError) as caught:
        aws.cloud.read(IMAGE_VERSION, VERSION_ARN)

    assert caught.value.permissions == ("sagemaker:ListAliases",)
    assert caught.value.operation == "ListAliases"


def test_required_permissions_of_each_operation() -> None:
    assert required_permissions("GetResource", IMAGE) == [
        "cloudformation:GetResource",
        "sagemaker:DescribeImage",
        "sagemaker:ListTags",
    ]
    assert required_permissions("ListResources", IMAGE_VERSION) == [
        "cloudformation:ListResources",
        "sagemaker:ListImageVersions",
    ]
    assert required_permissions("DeleteResource", IMAGE) == [
        "cloudformation:DeleteResource",
        "cloudformation:GetResourceRequestStatus",
        "sagemaker:DeleteImage",
        "sagemaker:DescribeImage",
    ]
    assert required_permissions("GetResourceRequestStatus", IMAGE) == [
        "cloudformation:GetResourceRequestStatus"
    ]


def test_not_updatable_explains_that_only_a_replacement_can_change_it(aws: Stubbed) -> None:
    aws.cloudcontrol.add_client_error(
        "update_resource",
        "NotUpdatableException",
        "Invalid patch update: createOnlyProperties [/properties/BaseImage] cannot be updated",
    )

    with pytest.raises(RequestRejectedError) as caught:
        aws.cloud.update(
            IMAGE_VERSION,
            VERSION_ARN,
            [{"op": "replace", "path": "/BaseImage", "value": "repo/ds:2"}],
            client_token="ct-1",
        )

    assert caught.value.summary == (
        f"UpdateResource on AWS::SageMaker::ImageVersion {VERSION_ARN} was rejected: "
        "NotUpdatableException"
    )
    assert caught.value.detail == (
        "The service said: Invalid patch update: createOnlyProperties "
        "[/properties/BaseImage] cannot be updated\n"
        "The patch touches a create-only property, which only a replacement can change. "
        "Run plan again: it plans such changes as replacements."
    )


def test_client_token_conflict_asks_for_a_fresh_plan(aws: Stubbed) -> None:
    aws.cloudcontrol.add_client_error(
        "create_resource", "ClientTokenConflictException", "Token reused with another request"
    )

    with pytest.raises(RequestRejectedError) as caught:
        aws.cloud.create(IMAGE, {"ImageName": "x"}, client_token="ct-1")

    assert caught.value.detail.endswith(
        "This ClientToken was already used for a different request. Run plan again to start "
        "a fresh request."
    )


def test_concurrent_operation_is_retried_then_a_conflict_never_blamed_on_another_apply(
    aws: Stubbed,
) -> None:
    cloud = aws.with_policy(throttle_resubmits=2)
    for _ in range(3):
        aws.cloudcontrol.add_client_error(
            "delete_resource", "ConcurrentOperationException", "Another request is in progress"
        )

    with pytest.raises(ConflictError) as caught:
        cloud.delete(IMAGE, IMAGE_ARN, client_token="ct-1")

    assert caught.value.detail == (
        "Another request on it (or, for an image version, on its image) was still running. "
        "Run plan again once it has finished.\nThe service said: Another request is in progress"
    )
    assert [sent["ClientToken"] for sent in aws.sent("DeleteResource")] == ["ct-1"] * 3


def test_update_of_a_missing_resource_raises_not_found(aws: Stubbed) -> None:
    aws.cloudcontrol.add_client_error(
        "update_resource", "ResourceNotFoundException", "Resource not found", 404
    )

    with pytest.raises(ResourceNotFoundError) as caught:
        aws.cloud.update(IMAGE, IMAGE_ARN, [], client_token="ct-1")

    assert caught.value.summary == f"{IMAGE_SUBJECT} does not exist (UpdateResource)"


@pytest.mark.parametrize(
    ("error_code", "expected_class", "summary"),
    [
        pytest.param(
            "NotFound",
            ResourceNotFoundError,
            f"{IMAGE_SUBJECT} no longer exists (UpdateResource FAILED: NotFound)",
            id="not-found",
        ),
        pytest.param(
            "AccessDenied",
            AccessDeniedError,
            f"Access denied: UpdateResource on {IMAGE_SUBJECT}",
            id="handler-access-denied",
        ),
        pytest.param(
            "InvalidCredentials",
            CredentialsError,
            f"UpdateResource of {IMAGE_SUBJECT} failed: the credentials were rejected",
            id="invalid-credentials",
        ),
        pytest.param(
            "ResourceConflict",
            ConflictError,
            f"{IMAGE_SUBJECT} is being changed by another operation (ResourceConflict)",
            id="resource-conflict",
        ),
    ],
)
def test_failed_progress_events_with_a_known_cause_get_its_error_class(
    aws: Stubbed, error_code: str, expected_class: type[CloudError], summary: str
) -> None:
    aws.cloudcontrol.add_response(
        "update_resource",
        event(
            "FAILED",
            operation="UPDATE",
            type_name=IMAGE,
            identifier=IMAGE_ARN,
            error_code=error_code,
            message="handler says no",
        ),
    )

    with pytest.raises(CloudError) as caught:
        aws.with_policy(throttle_resubmits=0).update(IMAGE, IMAGE_ARN, [], client_token="ct-1")

    error = caught.value
    assert type(error) is expected_class
    assert error.summary == summary
    assert (error.operation, error.error_code, error.status_message) == (
        "UpdateResource",
        error_code,
        "handler says no",
    )


def test_handler_access_denied_names_the_handler_permissions(aws: Stubbed) -> None:
    aws.cloudcontrol.add_response(
        "create_resource",
        event("FAILED", error_code="AccessDenied", message="not authorized: CreateImageVersion"),
    )

    with pytest.raises(AccessDeniedError) as caught:
        aws.cloud.create(IMAGE_VERSION, {"ImageName": "data-science"}, client_token="ct-1")

    assert caught.value.permissions == (
        "sagemaker:CreateImageVersion",
        "sagemaker:DescribeImageVersion",
    )


def test_throttling_while_polling_names_the_status_call(aws: Stubbed) -> None:
    aws.cloudcontrol.add_response("create_resource", event("IN_PROGRESS", type_name=IMAGE))
    aws.cloudcontrol.add_client_error(
        "get_resource_request_status", "ThrottlingException", "Rate exceeded"
    )

    with pytest.raises(ThrottledError) as caught:
        aws.cloud.create(IMAGE, {"ImageName": "x"}, client_token="ct-1")

    error = caught.value
    assert error.summary == (
        "AWS throttled GetResourceRequestStatus on request rt-1 for AWS::SageMaker::Image"
    )
    assert error.detail == (
        "botocore retried it 8 times (adaptive mode). Run again later, or lower --parallelism.\n"
        "The service said: Rate exceeded\n"
        "Request rt-1 keeps running in AWS. Its request token is journaled in state: run the "
        "same command again to resume waiting for it instead of starting a new request. To look "
        "at it by hand: `aws cloudcontrol get-resource-request-status --request-token rt-1`."
    )


def test_resume_of_an_unknown_request_token(aws: Stubbed) -> None:
    aws.cloudcontrol.add_client_error(
        "get_resource_request_status", "RequestTokenNotFoundException", "Request not found"
    )

    with pytest.raises(CloudError) as caught:
        aws.cloud.resume("rt-gone")

    error = caught.value
    assert type(error) is CloudError
    assert error.summary == "Cloud Control does not know request rt-gone"
    assert error.detail == (
        "Cloud Control keeps requests for 7 days, per account and region. Run plan again to "
        "see what exists now.\nThe service said: Request not found"
    )


def test_throttling_past_the_retries_names_how_often_botocore_retried(tmp_path: Path) -> None:
    # Every call throttled (the local cloud's ThrottlingException), two attempts per call:
    # the count comes from the answer's ResponseMetadata.RetryAttempts, not from a default.
    local = LocalCloud(tmp_path / "cloud.json", FaultConfig(op_seconds=0, throttle_rate=1.0))
    session = boto3.session.Session(
        aws_access_key_id="test", aws_secret_access_key="test", region_name="us-east-1"
    )
    config = Config(retries={"mode": "adaptive", "total_max_attempts": 2})
    clients = [session.client(name, config=config) for name in ("cloudcontrol", "sagemaker")]
    for client in clients:
        local.attach(client)
    cloud = LiveCloud(*clients, region="us-east-1")

    with pytest.raises(ThrottledError) as caught:
        cloud.read(IMAGE, IMAGE_ARN)

    assert caught.value.detail == (
        "botocore retried it 1 time (adaptive mode). Run again later, or lower --parallelism.\n"
        "The service said: Rate exceeded"
    )
