"""The live cloud: imgver's only door to AWS resources (Cloud Control, plus SageMaker ListAliases).

Owns reading, listing, creating, updating and deleting `AWS::SageMaker::Image` and
`AWS::SageMaker::ImageVersion` through the Cloud Control API; the ClientToken and journal
protocol around every mutating call; waiting for asynchronous operations (timing rules in
`state.polling`), resubmitting requests that ended FAILED with `Throttling`, and resuming
requests an earlier run started. Every botocore exception is translated here, at this one
boundary, into the `CloudError` subclasses below; none escapes.

Must not: decide what to change (the planner does), touch recorded state (callers journal
through the callback they pass), or import boto3/botocore at module level (`imgver --help`
stays fast; they are imported where a client is made or an error translated).

Errors raised (all `state.errors.CloudError`, with operation, type_name, identifier,
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

import json
import os
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from state import __version__
from state.errors import CloudError
from state.polling import PollPolicy
from state.schema import IMAGE_VERSION, SUPPORTED_TYPES, load_schema

__all__ = [
    "AccessDeniedError",
    "ConflictError",
    "CredentialsError",
    "EndpointError",
    "JournalCallback",
    "LiveCloud",
    "LiveResource",
    "OperationCancelledError",
    "OperationFailedError",
    "OperationResult",
    "OperationThrottled",
    "OperationTimeoutError",
    "PollPolicy",
    "RequestRejectedError",
    "ResourceNotFoundError",
    "ThrottledError",
    "open_cloud",
    "required_permissions",
]

JournalCallback = Callable[[str, str | None], None]
JsonPatch = list[dict[str, Any]]  # an RFC 6902 document, as UpdateResource takes it

_API_OPERATION = {
    "CREATE": "CreateResource",
    "UPDATE": "UpdateResource",
    "DELETE": "DeleteResource",
}
_OPERATION_OF_API = {api: operation for operation, api in _API_OPERATION.items()}
_CLIENT_METHOD = {
    "CREATE": "create_resource",
    "UPDATE": "update_resource",
    "DELETE": "delete_resource",
}
_HANDLER = {
    "CreateResource": "create",
    "UpdateResource": "update",
    "DeleteResource": "delete",
    "GetResource": "read",
    "ListResources": "list",
}
_IN_FLIGHT = frozenset({"PENDING", "IN_PROGRESS", "CANCEL_IN_PROGRESS"})
_MAX_ATTEMPTS = 8  # botocore adaptive retries per API call


# --- errors -------------------------------------------------------------------------------


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


# --- data ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class LiveResource:
    """One resource as `ListResources` describes it (image versions without their aliases)."""

    type_name: str
    identifier: str
    properties: dict[str, Any]


@dataclass(frozen=True)
class OperationResult:
    """How a create, update or delete ended.

    `request_token` is empty when a delete found the resource already gone before any
    request was started. `model` is the resource model Cloud Control returned, if any.
    """

    operation: str
    type_name: str
    identifier: str | None
    request_token: str
    model: dict[str, Any] | None


@dataclass(frozen=True)
class _Call:
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


def required_permissions(operation: str, type_name: str) -> list[str]:
    """The IAM actions a caller needs for `operation` (a Cloud Control or SageMaker API name).

    Cloud Control runs the type's handlers with the caller's credentials, so a mutating
    call needs the Cloud Control action, `GetResourceRequestStatus` to wait, and every
    permission the schema lists for the handler.
    """
    if operation == "ListAliases":
        return ["sagemaker:ListAliases"]
    permissions = [f"cloudformation:{operation}"]
    if operation in _API_OPERATION.values():
        permissions.append("cloudformation:GetResourceRequestStatus")
    if operation in _HANDLER and type_name in SUPPORTED_TYPES:
        permissions.extend(load_schema(type_name).permissions(_HANDLER[operation]))
    return permissions


# --- translation of botocore errors --------------------------------------------------------

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


def _said(message: str) -> str:
    return f"The service said: {message}" if message else ""


def _lines(*parts: str) -> str:
    return "\n".join(part for part in parts if part)


def _access_denied(call: _Call, permissions: list[str], code: str, message: str) -> CloudError:
    error = AccessDeniedError(
        f"Access denied: {call.operation} on {call.subject}",
        _lines(
            f"The caller needs these IAM permissions: {', '.join(permissions)}.", _said(message)
        ),
        **call.context(code, message),
    )
    error.permissions = tuple(permissions)
    return error


def _service_error(code: str, message: str, call: _Call, region: str) -> CloudError:
    """The CloudError for an AWS error response with `code` to `call`."""
    context = call.context(code, message)
    if code in _CREDENTIAL_CODES:
        return CredentialsError(
            f"AWS rejected the credentials ({code})",
            _lines(_CREDENTIAL_HELP, _said(message)),
            **context,
        )
    if code in _ACCESS_CODES:
        return _access_denied(
            call, required_permissions(call.operation, call.type_name), code, message
        )
    if code in _THROTTLE_CODES:
        return ThrottledError(
            f"AWS throttled {call.operation} on {call.subject}",
            _lines(
                f"botocore retried it {_MAX_ATTEMPTS} times (adaptive mode). "
                "Run again later, or lower --parallelism.",
                _said(message),
            ),
            **context,
        )
    if code in _CONFLICT_CODES:
        return ConflictError(
            f"{call.subject} is being changed by another operation ({code})",
            _lines(
                "Another apply, a console user or CloudFormation is changing it. Wait for that "
                "to finish, then run plan again.",
                _said(message),
            ),
            **context,
        )
    if code in _NOT_FOUND_CODES:
        return ResourceNotFoundError(
            f"{call.subject} does not exist ({call.operation})",
            _lines("Run plan again to see what exists now.", _said(message)),
            **context,
        )
    if code in _REJECTION_HINTS:
        return RequestRejectedError(
            f"{call.operation} on {call.subject} was rejected: {code}",
            _lines(_said(message), _REJECTION_HINTS[code]),
            **context,
        )
    if code in _TYPE_CODES:
        return CloudError(
            f"{call.type_name} is not available through Cloud Control in region {region}",
            _lines(
                "Check the region (--region, settings.region, AWS_REGION): SageMaker images "
                "are not offered in every region.",
                _said(message),
            ),
            **context,
        )
    if code == "RequestTokenNotFoundException":
        return CloudError(
            f"Cloud Control does not know request {call.request_token}",
            _lines(
                "Cloud Control keeps requests for 7 days, per account and region. Run plan "
                "again to see what exists now.",
                _said(message),
            ),
            **context,
        )
    if code == "ServiceLimitExceededException":
        return CloudError(
            f"A SageMaker quota stops {call.operation} on {call.subject}",
            _lines(_QUOTA_HINT, _said(message)),
            **context,
        )
    if code == "GeneralServiceException":
        return CloudError(
            f"SageMaker failed {call.operation} on {call.subject}",
            _lines(
                _said(message), "Run again later; if it persists, check the AWS Health Dashboard."
            ),
            **context,
        )
    if code in _SERVICE_FAULT_CODES:
        return CloudError(
            f"AWS had an internal failure during {call.operation} on {call.subject} ({code})",
            _lines(_said(message), "This is on the AWS side; run again later."),
            **context,
        )
    return CloudError(
        f"{call.operation} on {call.subject} failed: {code}", _said(message), **context
    )


def _translate(error: Exception, call: _Call, *, region: str, endpoint: str) -> CloudError:
    """The CloudError for any botocore exception raised by `call`."""
    from botocore import exceptions as bx

    if isinstance(error, bx.ClientError):
        details = error.response.get("Error", {})
        return _service_error(
            str(details.get("Code", "")), str(details.get("Message", "")), call, region
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
            _lines(str(error), _CREDENTIAL_HELP),
            **context,
        )
    if isinstance(error, bx.ConnectionError | bx.HTTPClientError):
        url = str(error.kwargs.get("endpoint_url") or endpoint)
        return EndpointError(
            f"Cannot reach {url} ({call.operation})",
            _lines(
                str(error),
                "Check the network, proxy settings and the region. To work without AWS use "
                "--local (the embedded emulator); to use a running `imgver local-cloud serve`, "
                "pass its address with --endpoint-url.",
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
    return CloudError(f"{call.operation}{target} failed: {error}", **context)


def _missing_region() -> CloudError:
    return CloudError(
        "No AWS region is set",
        "Set settings.region in the spec, pass --region, export AWS_REGION, or give the "
        "profile a region (`aws configure set region REGION --profile NAME`).",
        operation="SetUpClients",
        error_code="NoRegion",
    )


# --- the adapter --------------------------------------------------------------------------


def _still_running(request_token: str, status: str = "") -> str:
    """What to do about a request imgver stopped waiting for, which AWS keeps running."""
    still = f"is still {status} and " if status else ""
    return (
        f"Request {request_token} {still}keeps running in AWS. Its request token is journaled in "
        "state: run the same command again to resume waiting for it instead of starting a new "
        "request. To look at it by hand: "
        f"`aws cloudcontrol get-resource-request-status --request-token {request_token}`."
    )


def _new_client_token() -> str:
    return str(uuid.uuid4())


def _is_throttled(event: dict[str, Any]) -> bool:
    return event["OperationStatus"] == "FAILED" and event.get("ErrorCode") == "Throttling"


class LiveCloud:
    """Cloud Control (and SageMaker ListAliases) for one region, through two boto3 clients.

    Build one with `open_cloud`; tests may pass their own clients (a botocore `Stubber`
    on real clients, or clients the embedded emulator is attached to).
    """

    def __init__(
        self,
        cloudcontrol: Any,
        sagemaker: Any,
        *,
        region: str,
        poll: PollPolicy | None = None,
    ) -> None:
        self.region = region
        self._cloudcontrol = cloudcontrol
        self._sagemaker = sagemaker
        self._poll = poll or PollPolicy()

    # reading

    def read(
        self, type_name: str, identifier: str, *, just_created: bool = False
    ) -> dict[str, Any] | None:
        """The live properties of a resource, or None when it does not exist.

        Image versions get `Aliases` (sorted) from SageMaker ListAliases, since Cloud Control
        never returns write-only properties; the key is omitted when there are none.
        `just_created` retries a not-found answer a few times (`PollPolicy.read_attempts`),
        because a resource can be briefly invisible right after its create succeeded.
        """
        answer = self._get_resource(type_name, identifier, just_created=just_created)
        if answer is None:
            return None
        properties: dict[str, Any] = json.loads(answer["ResourceDescription"]["Properties"])
        if type_name != IMAGE_VERSION:
            return properties
        aliases = self._aliases(properties["ImageName"], properties["Version"], identifier)
        if aliases is None:
            return None
        if aliases:
            properties["Aliases"] = aliases
        return properties

    def _get_resource(
        self, type_name: str, identifier: str, *, just_created: bool
    ) -> dict[str, Any] | None:
        """GetResource's answer, or None when the resource is not found (after retries)."""
        call = _Call("GetResource", type_name, identifier)
        attempts_left = self._poll.read_attempts if just_created else 1
        while True:
            attempts_left -= 1
            try:
                return self._invoke(
                    self._cloudcontrol,
                    "get_resource",
                    call,
                    TypeName=type_name,
                    Identifier=identifier,
                )
            except ResourceNotFoundError:
                if not attempts_left:
                    return None
            self._poll.sleep(self._poll.read_delay)

    def _aliases(self, image_name: str, version: int, identifier: str) -> list[str] | None:
        """The sorted aliases of one image version; None when SageMaker no longer has it."""
        call = _Call("ListAliases", IMAGE_VERSION, identifier)
        params = {"ImageName": image_name, "Version": version}
        try:
            return sorted(
                alias
                for page in self._pages(self._sagemaker, "list_aliases", call, params)
                for alias in page.get("SageMakerImageVersionAliases", [])
            )
        except ResourceNotFoundError:
            return None

    def list(self, type_name: str, *, image_name: str | None = None) -> list[LiveResource]:
        """Every resource of `type_name`; image versions only of `image_name` (required).

        An image that does not exist has no versions: that listing is empty, not an error.
        """
        params: dict[str, Any] = {"TypeName": type_name}
        if type_name == IMAGE_VERSION:
            if not image_name:
                raise ValueError(f"listing {IMAGE_VERSION} needs an image_name")
            params["ResourceModel"] = json.dumps({"ImageName": image_name})
        elif image_name is not None:
            raise ValueError(f"image_name only narrows a listing of {IMAGE_VERSION}")
        call = _Call("ListResources", type_name, image_name=image_name or "")
        try:
            return [
                LiveResource(type_name, item["Identifier"], json.loads(item["Properties"]))
                for page in self._pages(self._cloudcontrol, "list_resources", call, params)
                for item in page.get("ResourceDescriptions", [])
            ]
        except ResourceNotFoundError:
            if type_name == IMAGE_VERSION:
                return []
            raise

    def _pages(
        self, client: Any, method: str, call: _Call, params: dict[str, Any]
    ) -> Iterator[dict[str, Any]]:
        """Every page of a listing, following NextToken."""
        params = dict(params)
        while True:
            page = self._invoke(client, method, call, **params)
            yield page
            if not page.get("NextToken"):
                return
            params["NextToken"] = page["NextToken"]

    # changing

    def create(
        self,
        type_name: str,
        desired: dict[str, Any],
        *,
        client_token: str | None = None,
        journal: JournalCallback | None = None,
    ) -> OperationResult:
        """Create a resource from its desired properties and wait for the outcome."""
        params = {"TypeName": type_name, "DesiredState": json.dumps(desired)}
        return self._change("CREATE", type_name, "", params, client_token, journal)

    def update(
        self,
        type_name: str,
        identifier: str,
        patch: JsonPatch,
        *,
        client_token: str | None = None,
        journal: JournalCallback | None = None,
    ) -> OperationResult:
        """Apply an RFC 6902 JSON Patch to a resource and wait for the outcome."""
        params = {
            "TypeName": type_name,
            "Identifier": identifier,
            "PatchDocument": json.dumps(patch),
        }
        return self._change("UPDATE", type_name, identifier, params, client_token, journal)

    def delete(
        self,
        type_name: str,
        identifier: str,
        *,
        client_token: str | None = None,
        journal: JournalCallback | None = None,
    ) -> OperationResult:
        """Delete a resource and wait; a resource that is already gone counts as deleted."""
        params = {"TypeName": type_name, "Identifier": identifier}
        return self._change("DELETE", type_name, identifier, params, client_token, journal)

    def resume(
        self, request_token: str, *, journal: JournalCallback | None = None
    ) -> OperationResult:
        """Wait for a request an earlier run started, by its journaled RequestToken.

        Same outcomes as the call that started it, except that a request which ended
        FAILED with Throttling raises `OperationThrottled`: its body is not recoverable
        from Cloud Control, so the caller submits the operation again. `journal` is
        accepted so callers can treat resume like the mutating calls; since resume submits
        nothing, it is never called.
        """
        lookup = _Call("GetResourceRequestStatus", "", request_token=request_token)
        event = self._status(request_token, lookup)
        call = _Call(
            _API_OPERATION[event["Operation"]], event["TypeName"], event.get("Identifier", "")
        )
        final = self._await(event, call, self._poll.clock() + self._poll.timeout)
        if _is_throttled(final):
            error = OperationThrottled(
                f"{call.operation} of {call.subject} was throttled and did not run",
                _lines(
                    f"Request {request_token} ended FAILED with Throttling; nothing was changed. "
                    "Submit the operation again (run apply again).",
                    _said(final.get("StatusMessage", "")),
                ),
                **call.context("Throttling", final.get("StatusMessage", "")),
            )
            error.request_token = request_token
            raise error
        return self._conclude(final, call)

    def _change(
        self,
        operation: str,
        type_name: str,
        identifier: str,
        params: dict[str, Any],
        client_token: str | None,
        journal: JournalCallback | None,
    ) -> OperationResult:
        """Submit, journal, wait; resubmit with a fresh ClientToken while throttled."""
        call = _Call(_API_OPERATION[operation], type_name, identifier)
        deadline = self._poll.clock() + self._poll.timeout
        token = client_token or _new_client_token()
        resubmits = 0
        while True:
            if journal:
                journal(token, None)
            try:
                answer = self._invoke(
                    self._cloudcontrol, _CLIENT_METHOD[operation], call, ClientToken=token, **params
                )
            except ResourceNotFoundError:
                if operation == "DELETE":
                    return OperationResult(operation, type_name, identifier, "", None)
                raise
            event = answer["ProgressEvent"]
            if journal:
                journal(token, event["RequestToken"])
            final = self._await(event, call, deadline)
            if not _is_throttled(final):
                return self._conclude(final, call)
            if resubmits == self._poll.throttle_resubmits:
                error = ThrottledError(
                    f"{call.operation} of {call.subject} stayed throttled",
                    _lines(
                        f"It was submitted {resubmits + 1} times and each request ended FAILED "
                        "with Throttling; nothing was changed. Run again later, or lower "
                        "--parallelism.",
                        _said(final.get("StatusMessage", "")),
                    ),
                    **call.context("Throttling", final.get("StatusMessage", "")),
                )
                error.request_token = final["RequestToken"]
                raise error
            self._poll.sleep(self._poll.resubmit_delay(resubmits))
            resubmits += 1
            token = _new_client_token()

    def _await(self, event: dict[str, Any], call: _Call, deadline: float) -> dict[str, Any]:
        """Poll until the request leaves PENDING/IN_PROGRESS; the final ProgressEvent."""
        delays = self._poll.poll_delays()
        while event["OperationStatus"] in _IN_FLIGHT:
            remaining = deadline - self._poll.clock()
            if remaining <= 0:
                raise self._timed_out(event, call)
            backoff = next(delays)
            retry_after = event.get("RetryAfter")
            hinted = self._poll.retry_after_delay(retry_after) if retry_after else 0.0
            # A RetryAfter already past is a stale hint: following it would poll in a tight loop.
            self._poll.sleep(min(hinted if hinted > 0 else backoff, remaining))
            token = event["RequestToken"]
            lookup = _Call("GetResourceRequestStatus", call.type_name, call.identifier, token)
            try:
                event = self._status(token, lookup)
            except CloudError as error:
                error.detail = _lines(error.detail, _still_running(token))
                raise
        return event

    def _status(self, request_token: str, call: _Call) -> dict[str, Any]:
        answer = self._invoke(
            self._cloudcontrol, "get_resource_request_status", call, RequestToken=request_token
        )
        event: dict[str, Any] = answer["ProgressEvent"]
        return event

    def _timed_out(self, event: dict[str, Any], call: _Call) -> OperationTimeoutError:
        token = event["RequestToken"]
        error = OperationTimeoutError(
            f"Timed out after {self._poll.timeout:g} s waiting for "
            f"{call.operation} of {call.subject}",
            _still_running(token, event["OperationStatus"]),
            **call.context("", event.get("StatusMessage", "")),
        )
        error.request_token = token
        return error

    def _conclude(self, event: dict[str, Any], call: _Call) -> OperationResult:
        """The OperationResult of a finished request, or the CloudError it ended with."""
        operation = event.get("Operation") or _OPERATION_OF_API[call.operation]
        identifier = event.get("Identifier") or call.identifier or None
        model = json.loads(event["ResourceModel"]) if event.get("ResourceModel") else None
        if identifier is None and model and call.type_name in SUPPORTED_TYPES:
            identifier = model.get(load_schema(call.type_name).primary_identifier)
        result = OperationResult(
            operation, call.type_name, identifier, event["RequestToken"], model
        )
        status = event["OperationStatus"]
        code = event.get("ErrorCode", "")
        if status == "SUCCESS" or (code == "NotFound" and operation == "DELETE"):
            return result
        raise self._failure(event, _Call(call.operation, call.type_name, identifier or ""))

    def _failure(self, event: dict[str, Any], call: _Call) -> CloudError:
        """The CloudError for a request that ended FAILED or CANCEL_COMPLETE."""
        code = event.get("ErrorCode", "")
        message = event.get("StatusMessage", "")
        token = event["RequestToken"]
        context = call.context(code, message)
        if event["OperationStatus"] == "CANCEL_COMPLETE":
            error: OperationFailedError = OperationCancelledError(
                f"{call.operation} of {call.subject} was cancelled",
                _lines(
                    f"Request {token} ended CANCEL_COMPLETE: someone cancelled it. Run plan "
                    "again to see what exists now.",
                    _said(message),
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
                _lines(_CREDENTIAL_HELP, _said(message)),
                **context,
            )
        if code == "ResourceConflict":
            return ConflictError(
                f"{call.subject} is being changed by another operation ({code})",
                _lines(
                    "Wait for the other operation to finish, then run plan again.", _said(message)
                ),
                **context,
            )
        if code == "NotFound" and call.operation == "UpdateResource":
            return ResourceNotFoundError(
                f"{call.subject} no longer exists ({call.operation} FAILED: NotFound)",
                _lines("Run plan again: it will plan to create it.", _said(message)),
                **context,
            )
        error = OperationFailedError(
            f"{call.operation} of {call.subject} failed: {code or 'FAILED'}",
            _lines(
                f"StatusMessage: {message}" if message else "",
                f"Request token: {token}",
                _FAILURE_HINTS.get(code, ""),
            ),
            **context,
        )
        error.request_token = token
        return error

    def _invoke(self, client: Any, method: str, call: _Call, **params: Any) -> dict[str, Any]:
        """Call one client method; botocore exceptions come out as CloudErrors."""
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            answer: dict[str, Any] = getattr(client, method)(**params)
        except (BotoCoreError, ClientError) as error:
            raise _translate(
                error, call, region=self.region, endpoint=client.meta.endpoint_url
            ) from error
        return answer


def open_cloud(
    *,
    region: str | None,
    profile: str | None,
    endpoint_url: str | None,
    local_data: Path | None,
    poll: PollPolicy | None = None,
) -> LiveCloud:
    """A LiveCloud for the given region and profile (None: the default chains).

    The region is `region`, else `AWS_REGION`, else botocore's chain (`AWS_DEFAULT_REGION`,
    the profile's region); none of them set is a CloudError saying where to set one.

    `endpoint_url` points both the Cloud Control and SageMaker clients elsewhere; when it
    is None, botocore's own `AWS_ENDPOINT_URL_CLOUDCONTROL` / `AWS_ENDPOINT_URL_SAGEMAKER`
    / `AWS_ENDPOINT_URL` handling applies. `local_data` runs the embedded emulator
    in-process on that data file, with dummy credentials and us-east-1 unless a region
    is given; the profile and the AWS environment are then ignored, so a local run never
    depends on the machine's AWS set-up.
    """
    import boto3
    import botocore.session
    from botocore.config import Config
    from botocore.exceptions import BotoCoreError

    config = Config(
        retries={"mode": "adaptive", "max_attempts": _MAX_ATTEMPTS},
        user_agent_extra=f"imgver/{__version__}",
    )
    call = _Call("SetUpClients", "")
    try:
        if local_data is not None:
            # No profile lookup at all: a stale AWS_PROFILE must not break a local run.
            no_profile = botocore.session.Session(
                session_vars={"profile": (None, None, None, None)}
            )
            session = boto3.session.Session(
                aws_access_key_id="test",
                aws_secret_access_key="test",
                region_name=region or "us-east-1",
                botocore_session=no_profile,
            )
        else:
            # botocore itself reads only AWS_DEFAULT_REGION; AWS_REGION (what the other SDKs
            # and the AWS CLI v2 honour first) is promised to users, so it is read here.
            session = boto3.session.Session(
                profile_name=profile, region_name=region or os.environ.get("AWS_REGION") or None
            )
        resolved_region = session.region_name
        if not resolved_region:
            raise _missing_region()
        cloudcontrol = session.client("cloudcontrol", endpoint_url=endpoint_url, config=config)
        sagemaker = session.client("sagemaker", endpoint_url=endpoint_url, config=config)
    except BotoCoreError as error:
        raise _translate(error, call, region=region or "", endpoint=endpoint_url or "") from error
    if local_data is not None:
        from state.localcloud import FaultConfig, LocalCloud

        emulator = LocalCloud(local_data, FaultConfig.from_env())
        emulator.attach(cloudcontrol)
        emulator.attach(sagemaker)
    return LiveCloud(cloudcontrol, sagemaker, region=resolved_region, poll=poll)
