"""How Cloud Control and SageMaker fail, as imgver's `CloudError` subclasses.

Owns: the error classes of the live cloud, the translation of every botocore exception
and of every FAILED or CANCEL_COMPLETE request into one of them, and the advice each
carries (what to do next, which IAM permissions are missing). Must not: make calls or
import botocore at module level (it is imported where an exception is translated).

Errors (all `state.errors.CloudError`, with operation, type_name, identifier,
error_code and status_message filled in)::

error_code and status_message filled in)::

    CloudError                 (generic: no region, type not in region, service failures)
    ├── CredentialsError       credentials missing, expired or rejected; unknown profile
    ├── AccessDeniedError      IAM denied a call; `.permissions` lists what is needed
    ├── EndpointError          the endpoint cannot be reached or did not answer
    ├── ThrottledError         throttled after botocore's retries or after every resubmission
    │   └── OperationThrottled a resumed request ended FAILED/Throttling: submit it again
    ├── ConflictError          another operation is changing the same resource
    ├── RequestRejectedError   the request itself was refused (invalid, not updatable, ...)
    ├── ResourceNotFoundError  the resource to update is gone
    ├── OperationFailedError   an operation ended FAILED (ErrorCode, StatusMessage verbatim)
    │   └── OperationCancelledError  an operation ended CANCEL_COMPLETE
    └── OperationTimeoutError  an operation was still running when the timeout expired
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from state.cloud.permissions import required_permissions
from state.errors import CloudError

MAX_ATTEMPTS = 8  # botocore adaptive retries per API call


class CredentialsError(CloudError):
    """AWS credentials are missing, expired or rejected, or the named profile does not exist."""


class AccessDeniedError(CloudError):
    """IAM refused a call; `permissions` are the actions the operation needs."""

    permissions: tuple[str, ...] = ()


class EndpointError(CloudError):
    """The service endpoint could not be reached or did not answer."""


class ThrottledError(CloudError):
    """AWS kept throttling: after botocore's retries, or after every throttled resubmission."""

    request_token: str = ""


class OperationThrottled(ThrottledError):
    """A resumed request ended FAILED with Throttling; nothing changed, so it can be re-run.

    `resume` cannot resubmit by itself (Cloud Control does not return a request's body),
    so the caller, who knows the body, runs the operation again with a new ClientToken.
    """


class ConflictError(CloudError):
    """Another operation (another apply, the console, CloudFormation) is changing the resource."""


class RequestRejectedError(CloudError):
    """The service refused the request itself: invalid, not updatable, or a reused ClientToken."""


class ResourceNotFoundError(CloudError):
    """The resource an operation addresses no longer exists."""


class OperationFailedError(CloudError):
    """An asynchronous operation ended FAILED; ErrorCode and StatusMessage are verbatim."""

    request_token: str = ""


class OperationCancelledError(OperationFailedError):
    """An asynchronous operation ended CANCEL_COMPLETE: someone cancelled the request."""


class OperationTimeoutError(CloudError):
    """An operation was still running when the wait timed out; it keeps running in AWS."""

    request_token: str = ""


# The calls made to SageMaker itself; every other call goes to Cloud Control.
SAGEMAKER_OPERATIONS = frozenset({"ListAliases"})


@dataclass(frozen=True)
class Call:
    """What an error message needs to know about the call that failed."""

    operation: str
    type_name: str
    identifier: str = ""
    request_token: str = ""
    image_name: str = ""

    @property
    def resource(self) -> str:
        if self.identifier:
            return f"{self.type_name} {self.identifier}"
        if self.operation == "CreateResource":
            return f"a new {self.type_name}"
        if self.image_name:
            return f"{self.type_name} resources of image {self.image_name}"
        return self.type_name

    @property
    def subject(self) -> str:
        if not self.request_token:
            return self.resource
        if self.type_name:
            return f"request {self.request_token} for {self.resource}"
        return f"request {self.request_token}"

    def context(self, error_code: str = "", status_message: str = "") -> dict[str, str]:
        return {
            "operation": self.operation,
            "type_name": self.type_name,
            "identifier": self.identifier,
            "error_code": error_code,
            "status_message": status_message,
        }


_CREDENTIAL_CODES = frozenset(
    {
        "ExpiredToken",
        "ExpiredTokenException",
        "RequestExpired",
        "InvalidClientTokenId",
        "UnrecognizedClientException",
        "InvalidSignatureException",
        "SignatureDoesNotMatch",
        "IncompleteSignature",
        "MissingAuthenticationToken",
        "InvalidCredentialsException",
    }
)
_ACCESS_CODES = frozenset({"AccessDeniedException", "AccessDenied", "UnauthorizedOperation"})
_THROTTLE_CODES = frozenset(
    {"ThrottlingException", "Throttling", "TooManyRequestsException", "RequestLimitExceeded"}
)
_CONFLICT_CODES = frozenset(
    {"ResourceConflictException", "ConcurrentOperationException", "ConcurrentModificationException"}
)
_NOT_FOUND_CODES = frozenset({"ResourceNotFoundException", "ResourceNotFound"})
_TYPE_CODES = frozenset({"TypeNotFoundException", "PrivateTypeException"})
_SERVICE_FAULT_CODES = frozenset(
    {
        "ServiceInternalErrorException",
        "HandlerInternalFailureException",
        "HandlerFailureException",
        "InternalFailure",
        "InternalServerError",
        "ServiceUnavailable",
        "NetworkFailureException",
        "NotStabilizedException",
    }
)
# Advice shared by rejected calls (API error codes) and failed operations (ErrorCodes).
_ALREADY_EXISTS_HINT = (
    "A resource with this name already exists. Import it with `imgver import ADDR ID`, or "
    "choose another name."
)
_QUOTA_HINT = "Delete unused images or versions, or ask for a quota increase in Service Quotas."
_AWS_SIDE_HINT = "This is on the AWS side. Run again later."
_INVALID_REQUEST_HINT = (
    "Check the spec with `imgver validate`, then run plan again; if the spec is valid, "
    "report this as an imgver bug with the --debug output."
)

_REJECTION_HINTS = {
    "NotUpdatableException": (
        "The patch touches a create-only property, which only a replacement can change. "
        "Run plan again: it plans such changes as replacements."
    ),
    "InvalidRequestException": _INVALID_REQUEST_HINT,
    "ValidationException": _INVALID_REQUEST_HINT,
    "ClientTokenConflictException": (
        "This ClientToken was already used for a different request. Run plan again to start "
        "a fresh request."
    ),
    "AlreadyExistsException": _ALREADY_EXISTS_HINT,
    "UnsupportedActionException": "Cloud Control does not support this action for the type.",
}

# What to do about an operation that ended FAILED with these ErrorCodes (the rest need no
# advice beyond the verbatim StatusMessage).
_FAILURE_HINTS = {
    "AlreadyExists": _ALREADY_EXISTS_HINT,
    "NotFound": "A resource it depends on does not exist. Run plan again to see what exists.",
    "NotUpdatable": "Only a replacement can change a create-only property. Run plan again.",
    "InvalidRequest": "Check the spec with `imgver validate`, then run plan again.",
    "ServiceLimitExceeded": f"A SageMaker quota was reached. {_QUOTA_HINT}",
    "GeneralServiceException": "SageMaker refused or failed the call. Run again later.",
    "ServiceInternalError": _AWS_SIDE_HINT,
    "InternalFailure": _AWS_SIDE_HINT,
    "NetworkFailure": _AWS_SIDE_HINT,
    "ServiceTimeout": _AWS_SIDE_HINT,
    "NotStabilized": "The resource did not settle. Run plan again to see its state.",
}

_CREDENTIAL_HELP = (
    "Refresh or provide credentials, then run again: `aws sso login` for an SSO profile, "
    "choose a profile with --profile, settings.profile or AWS_PROFILE, or export "
    "AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN)."
)


def said(message: str) -> str:
    return f"The service said: {message}" if message else ""


def joined_lines(*parts: str) -> str:
    return "\n".join(part for part in parts if part)


def _access_denied(call: Call, permissions: list[str], code: str, message: str) -> CloudError:
    error = AccessDeniedError(
        f"Access denied: {call.operation} on {call.subject}",
        joined_lines(
            f"The caller needs these IAM permissions: {', '.join(permissions)}.", said(message)
        ),
        **call.context(code, message),
    )
    error.permissions = tuple(permissions)
    return error


def _service_error(
    code: str, message: str, call: Call, region: str, *, retried: int = MAX_ATTEMPTS
) -> CloudError:
    """The CloudError for an AWS error response with `code` to `call`, which botocore
    retried `retried` times."""
    context = call.context(code, message)
    if code in _CREDENTIAL_CODES:
        return CredentialsError(
            f"AWS rejected the credentials ({code})",
            joined_lines(_CREDENTIAL_HELP, said(message)),
            **context,
        )
    if code in _ACCESS_CODES:
        return _access_denied(
            call, required_permissions(call.operation, call.type_name), code, message
        )
    if code in _THROTTLE_CODES:
        return ThrottledError(
            f"AWS throttled {call.operation} on {call.subject}",
            joined_lines(
                f"botocore retried it {retried} time{'' if retried == 1 else 's'} "
                "(adaptive mode). "
                "Run again later, or lower --parallelism.",
                said(message),
            ),
            **context,
        )
    if code in _CONFLICT_CODES:
        return ConflictError(
            f"{call.subject} is being changed by another operation ({code})",
            joined_lines(
                "Another request on it (or, for an image version, on its image) was still "
                "running. Run plan again once it has finished.",
                said(message),
            ),
            **context,
        )
    if code in _NOT_FOUND_CODES:
        return ResourceNotFoundError(
            f"{call.subject} does not exist ({call.operation})",
            joined_lines("Run plan again to see what exists now.", said(message)),
            **context,
        )
    if code in _REJECTION_HINTS:
        return RequestRejectedError(
            f"{call.operation} on {call.subject} was rejected: {code}",
            joined_lines(said(message), _REJECTION_HINTS[code]),
            **context,
        )
    if code in _TYPE_CODES:
        return CloudError(
            f"{call.type_name} is not available through Cloud Control in region {region}",
            joined_lines(
                "Check the region (--region, settings.region, AWS_REGION): SageMaker images "
                "are not offered in every region.",
                said(message),
            ),
            **context,
        )
    if code == "RequestTokenNotFoundException":
        return CloudError(
            f"Cloud Control does not know request {call.request_token}",
            joined_lines(
                "Cloud Control keeps requests for 7 days, per account and region. Run plan "
                "again to see what exists now.",
                said(message),
            ),
            **context,
        )
    if code == "ServiceLimitExceededException":
        return CloudError(
            f"A SageMaker quota stops {call.operation} on {call.subject}",
            joined_lines(_QUOTA_HINT, said(message)),
            **context,
        )
    if code == "GeneralServiceException":
        return CloudError(
            f"SageMaker failed {call.operation} on {call.subject}",
            joined_lines(
                said(message), "Run again later; if it persists, check the AWS Health Dashboard."
            ),
            **context,
        )
    if code in _SERVICE_FAULT_CODES:
        return CloudError(
            f"AWS had an internal failure during {call.operation} on {call.subject} ({code})",
            joined_lines(said(message), "This is on the AWS side; run again later."),
            **context,
        )
    return CloudError(
        f"{call.operation} on {call.subject} failed: {code}", said(message), **context
    )


def translate_error(error: Exception, call: Call, *, region: str, endpoint: str) -> CloudError:
    """The CloudError for any botocore exception raised by `call`."""
    from botocore import exceptions as bx

    if isinstance(error, bx.ClientError):
        details = error.response.get("Error", {})
        # How often botocore retried the call (ResponseMetadata.RetryAttempts).
        retried = error.response.get("ResponseMetadata", {}).get("RetryAttempts")
        return _service_error(
            str(details.get("Code", "")),
            str(details.get("Message", "")),
            call,
            region,
            retried=retried if isinstance(retried, int) else MAX_ATTEMPTS,
        )
    context = call.context(type(error).__name__, str(error))
    if isinstance(error, bx.ProfileNotFound):
        return CredentialsError(
            f"The AWS profile {error.kwargs.get('profile')!r} does not exist",
            "Check --profile, settings.profile and AWS_PROFILE against ~/.aws/config "
            "(`aws configure list-profiles`).",
            **context,
        )
    if isinstance(
        error,
        bx.NoCredentialsError
        | bx.PartialCredentialsError
        | bx.CredentialRetrievalError
        | bx.TokenRetrievalError
        | bx.SSOError,
    ):
        return CredentialsError(
            "AWS credentials are missing or expired",
            joined_lines(str(error), _CREDENTIAL_HELP),
            **context,
        )
    if isinstance(error, bx.ConnectionError | bx.HTTPClientError):
        url = redact_url(str(error.kwargs.get("endpoint_url") or endpoint))
        service = "SageMaker" if call.operation in SAGEMAKER_OPERATIONS else "Cloud Control"
        hint = (
            " AWS_ENDPOINT_URL_CLOUDCONTROL alone leaves SageMaker on AWS: set "
            "AWS_ENDPOINT_URL_SAGEMAKER too, or AWS_ENDPOINT_URL, or pass --endpoint-url."
            if service == "SageMaker"
            else ""
        )
        return EndpointError(
            f"Cannot reach {url} ({service} {call.operation})",
            joined_lines(
                redact_url(str(error)),
                "Check the network, proxy settings and the region. To work without AWS use "
                "--local (the embedded emulator); to use a running `imgver local-cloud serve`, "
                "pass its address with --endpoint-url." + hint,
            ),
            **context,
        )
    if isinstance(error, bx.ParamValidationError):
        return RequestRejectedError(
            f"{call.operation} on {call.subject} was not sent: invalid parameters",
            str(error),
            **context,
        )
    target = f" on {call.subject}" if call.subject else ""
    return CloudError(f"{call.operation}{target} failed: {redact_url(str(error))}", **context)


_URL_CREDENTIALS = re.compile(r"(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*://)[^/@\s]+@")


def redact_url(text: str) -> str:
    """`text` with the `user:password@` of every URL in it replaced by `***@`."""
    return _URL_CREDENTIALS.sub(r"\g<scheme>***@", text)


def check_endpoint_url(url: str) -> None:
    """Refuse an endpoint that is not an http(s) URL with a host, before any client is made."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises ValueError for a bad port)
    except ValueError:
        parts = None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        raise EndpointError(
            f"--endpoint-url {redact_url(url)} is not an http:// or https:// URL with a host",
            "Give the address of the endpoint, e.g. http://127.0.0.1:4566.",
        )


def missing_region() -> CloudError:
    return CloudError(
        "No AWS region is set",
        "Set settings.region in the spec, pass --region, export AWS_REGION, or give the "
        "profile a region (`aws configure set region REGION --profile NAME`).",
        operation="SetUpClients",
        error_code="NoRegion",
    )


def failed_operation(event: dict[str, Any], call: Call) -> CloudError:
    """The CloudError for a request that ended FAILED or CANCEL_COMPLETE."""
    code = event.get("ErrorCode", "")
    message = event.get("StatusMessage", "")
    token = event["RequestToken"]
    context = call.context(code, message)
    if event["OperationStatus"] == "CANCEL_COMPLETE":
        error: OperationFailedError = OperationCancelledError(
            f"{call.operation} of {call.subject} was cancelled",
            joined_lines(
                f"Request {token} ended CANCEL_COMPLETE: someone cancelled it. Run plan "
                "again to see what exists now.",
                said(message),
            ),
            **context,
        )
        error.request_token = token
        return error
    if code in ("AccessDenied", "UnauthorizedTaggingOperation"):
        # The Cloud Control call itself was allowed; the handler's own calls were not.
        handler_permissions = [
            permission
            for permission in required_permissions(call.operation, call.type_name)
            if not permission.startswith("cloudformation:")
        ]
        return _access_denied(call, handler_permissions, code, message)
    if code == "InvalidCredentials":
        return CredentialsError(
            f"{call.operation} of {call.subject} failed: the credentials were rejected",
            joined_lines(_CREDENTIAL_HELP, said(message)),
            **context,
        )
    if code == "ResourceConflict":
        return ConflictError(
            f"{call.subject} is being changed by another operation ({code})",
            joined_lines(
                "AWS refused it while another operation on it (or, for an image version, on its "
                "image) was running. Run plan again once that has finished.",
                said(message),
            ),
            **context,
        )
    if code == "NotFound" and call.operation == "UpdateResource":
        return ResourceNotFoundError(
            f"{call.subject} no longer exists ({call.operation} FAILED: NotFound)",
            joined_lines("Run plan again: it will plan to create it.", said(message)),
            **context,
        )
    error = OperationFailedError(
        f"{call.operation} of {call.subject} failed: {code or 'FAILED'}",
        joined_lines(
            f"StatusMessage: {message}" if message else "",
            f"Request token: {token}",
            _FAILURE_HINTS.get(code, ""),
        ),
        **context,
    )
    error.request_token = token
    return error
