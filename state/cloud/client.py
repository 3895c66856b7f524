"""The live cloud: imgver's only door to AWS resources (Cloud Control, plus SageMaker ListAliases).

Owns reading, listing, creating, updating and deleting `AWS::SageMaker::Image` and
`AWS::SageMaker::ImageVersion` through the Cloud Control API; the ClientToken and journal
protocol around every mutating call; waiting for asynchronous operations (timing rules in
`state.cloud.polling`), resubmitting requests that ended FAILED with an ErrorCode the
handler framework documents as retriable (bounded, asking the caller first whether a
failed create left an object to adopt), and
resuming requests an earlier run started. Every botocore exception is translated at this
one boundary (by `state.cloud.errors`) into a `CloudError`; none escapes.

Must not: decide what to change (the planner does), touch recorded state (callers journal
through the callback they pass), or import boto3/botocore at module level (`imgver --help`
stays fast; they are imported where a client is made or an error translated).
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from state import __version__
from state.cloud.blobs import BlobFetcher, BlobFetchError, http_get
from state.cloud.errors import (
    MAX_ATTEMPTS,
    Call,
    ConflictError,
    OperationThrottled,
    OperationTimeoutError,
    ResourceNotFoundError,
    ThrottledError,
    check_endpoint_url,
    failed_operation,
    joined_lines,
    missing_region,
    said,
    translate_error,
)
from state.cloud.identity import CallerIdentity, assume_role
from state.cloud.permissions import API_OPERATION
from state.cloud.polling import PollPolicy
from state.cloud.registry import Registry
from state.errors import CloudError
from state.schema import IMAGE_VERSION, SUPPORTED_TYPES, load_schema


class JournalCallback(Protocol):
    """Told each ClientToken before it is sent, its RequestToken once Cloud Control answers,
    and, for a create, the Identifier as soon as a progress event of it carries one."""

    def __call__(
        self, client_token: str, request_token: str | None, identifier: str | None = None
    ) -> None: ...


# Asked about a create that ended FAILED in a way that may have left the object behind
# (its FAILED event); returns the OperationResult of the object to adopt, or None.
RecoverCallback = Callable[[dict[str, Any]], "OperationResult | None"]
JsonPatch = list[dict[str, Any]]  # an RFC 6902 document, as UpdateResource takes it

_OPERATION_OF_API = {api: operation for operation, api in API_OPERATION.items()}
_CLIENT_METHOD = {
    "CREATE": "create_resource",
    "UPDATE": "update_resource",
    "DELETE": "delete_resource",
}
_IN_FLIGHT = frozenset({"PENDING", "IN_PROGRESS", "CANCEL_IN_PROGRESS"})
# The HandlerErrorCodes the CloudFormation Java plugin documents as "(Retriable)"
# (cloudformation-cli-java-plugin, proxy/HandlerErrorCode.java).
RETRIABLE_CODES = frozenset(
    {"ResourceConflict", "Throttling", "NotStabilized", "ServiceInternalError", "NetworkFailure"}
)
# Failures that can come after the object was made: the public ImageVersion CreateHandler
# re-reads after stabilising (a throttle there), and a version whose create failed stays in
# CREATE_FAILED, which its stabilisation reports as GeneralServiceException (the handler's
# test testCreateHandler_VerifyStabilization_CreateFailed). A ResourceConflict is a refusal
# before anything was made. GeneralServiceException is not retriable: the object is looked
# for (and a CREATE_FAILED one deleted), and the failure reported.
MAY_HAVE_CREATED_CODES = frozenset(
    {
        "Throttling",
        "NotStabilized",
        "ServiceInternalError",
        "NetworkFailure",
        "GeneralServiceException",
    }
)


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


def _still_running(request_token: str, status: str = "") -> str:
    """What to do about a request imgver stopped waiting for, which AWS keeps running."""
    still = f"is still {status} and " if status else ""
    return (
        f"Request {request_token} {still}keeps running in AWS. Its request token is journaled in "
        "state: run the same command again to resume waiting for it instead of starting a new "
        "request. To look at it by hand: "
        f"`aws cloudcontrol get-resource-request-status --request-token {request_token}`."
    )


def _early_identifier(operation: str, event: dict[str, Any]) -> str | None:
    """The Identifier a create's event carries while it is still in flight (Cloud Control
    may name the object before the request succeeds); a finished event's Identifier is
    recorded with the outcome instead."""
    if operation != "CREATE" or event["OperationStatus"] not in _IN_FLIGHT:
        return None
    identifier = event.get("Identifier")
    return str(identifier) if identifier else None


def _journal_of(
    journal: JournalCallback | None, client_token: str
) -> Callable[[dict[str, Any]], None] | None:
    """What journals a polled event: the early Identifier of a create, when it has one."""
    if journal is None:
        return None

    def note(event: dict[str, Any]) -> None:
        identifier = _early_identifier(str(event.get("Operation", "")), event)
        if identifier is not None:
            journal(client_token, event["RequestToken"], identifier)

    return note


def new_client_token() -> str:
    """A fresh Cloud Control ClientToken (a UUID, as the API reference recommends)."""
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
        sts: Any = None,
        registry: Registry | None = None,
    ) -> None:
        self.region = region
        self._cloudcontrol = cloudcontrol
        self._sagemaker = sagemaker
        self._poll = poll or PollPolicy()
        self._identity = CallerIdentity(sts) if sts is not None else None
        # ECR and IAM of the same credentials and region (None: made without them, and
        # then base images are neither checked nor resolved).
        self.registry = registry

    @property
    def account(self) -> str | None:
        """The account of these credentials (STS GetCallerIdentity, asked once); None for a
        cloud made without an STS client, which then cannot be bound to an account."""
        return self._identity.account if self._identity is not None else None

    # reading

    def read(
        self,
        type_name: str,
        identifier: str,
        *,
        just_created: bool = False,
        image_name: str | None = None,
        aliases: bool = True,
    ) -> dict[str, Any] | None:
        """The live properties of a resource, or None when it does not exist.

        Image versions get `Aliases` (sorted) from SageMaker ListAliases, since Cloud Control
        never returns write-only properties; the key is omitted when there are none.
        `aliases=False` skips ListAliases (the model then has no `Aliases`).
        `just_created` retries a not-found answer a few times (`PollPolicy.read_attempts`),
        because a resource can be briefly invisible right after its create succeeded.
        `image_name` is the name ListAliases is called with (the spec's spelling); without
        it, the read model's (which SageMaker lower-cases).
        """
        answer = self._get_resource(type_name, identifier, just_created=just_created)
        if answer is None:
            return None
        properties: dict[str, Any] = json.loads(answer["ResourceDescription"]["Properties"])
        if type_name != IMAGE_VERSION or not aliases:
            return properties
        held = self._aliases(
            image_name or properties["ImageName"], properties["Version"], identifier
        )
        if held is None:
            return None
        if held:
            properties["Aliases"] = held
        return properties

    def _get_resource(
        self, type_name: str, identifier: str, *, just_created: bool
    ) -> dict[str, Any] | None:
        """GetResource's answer, or None when the resource is not found (after retries)."""
        call = Call("GetResource", type_name, identifier)
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
        call = Call("ListAliases", IMAGE_VERSION, identifier)
        params = {"ImageName": image_name, "Version": version}
        try:
            return sorted(
                alias
                for page in self._pages(self._sagemaker, "list_aliases", call, params)
                for alias in page.get("SageMakerImageVersionAliases", [])
            )
        except ResourceNotFoundError:
            return None

    def image_aliases(self, image_name: str) -> list[str]:
        """Every alias of every version of an image, sorted (ListAliases without Version,
        botocore service-2.json); empty when the image does not exist."""
        call = Call("ListAliases", IMAGE_VERSION, image_name=image_name)
        try:
            return sorted(
                alias
                for page in self._pages(
                    self._sagemaker, "list_aliases", call, {"ImageName": image_name}
                )
                for alias in page.get("SageMakerImageVersionAliases", [])
            )
        except ResourceNotFoundError:
            return []

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
        call = Call("ListResources", type_name, image_name=image_name or "")
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
        self, client: Any, method: str, call: Call, params: dict[str, Any]
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
        recover: RecoverCallback | None = None,
    ) -> OperationResult:
        """Create a resource from its desired properties and wait for the outcome.

        `recover` is asked, after a failure that may have left the resource behind, for the
        resource to adopt instead of creating another (see `_change`)."""
        params = {"TypeName": type_name, "DesiredState": json.dumps(desired)}
        return self._change("CREATE", type_name, "", params, client_token, journal, recover)

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
        lookup = Call("GetResourceRequestStatus", "", request_token=request_token)
        event = self._status(request_token, lookup)
        call = Call(
            API_OPERATION[event["Operation"]], event["TypeName"], event.get("Identifier", "")
        )
        final = self._await(event, call, self._poll.clock() + self._poll.timeout)
        if _is_throttled(final):
            error = OperationThrottled(
                f"{call.operation} of {call.subject} was throttled and did not run",
                joined_lines(
                    f"Request {request_token} ended FAILED with Throttling; nothing was changed. "
                    "Submit the operation again (run apply again).",
                    said(final.get("StatusMessage", "")),
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
        recover: RecoverCallback | None = None,
    ) -> OperationResult:
        """Submit, journal, wait; retry what the handler framework calls retriable.

        A request refused at once with ConcurrentOperationException is sent again with the
        same ClientToken (nothing started). A request that ended FAILED with a retriable
        ErrorCode is resubmitted with a fresh ClientToken, after backing off, up to
        `PollPolicy.throttle_resubmits` times. Before that, before giving up, and before
        reporting a GeneralServiceException (a version left CREATE_FAILED), `recover` is
        asked about a create whose failure may have left an object behind: it returns the
        object to adopt, or None.
        """
        call = Call(API_OPERATION[operation], type_name, identifier)
        deadline = self._poll.clock() + self._poll.timeout
        token = client_token or new_client_token()
        resubmits = 0
        refusals = 0
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
            except ConflictError as error:
                if (
                    error.error_code != "ConcurrentOperationException"
                    or refusals == self._poll.throttle_resubmits
                ):
                    raise
                self._poll.sleep(self._poll.resubmit_delay(refusals))
                refusals += 1
                continue
            event = answer["ProgressEvent"]
            if journal:
                journal(token, event["RequestToken"], _early_identifier(operation, event))
            final = self._await(event, call, deadline, _journal_of(journal, token))
            code = final.get("ErrorCode", "")
            failed = final["OperationStatus"] == "FAILED"
            if failed and recover is not None and code in MAY_HAVE_CREATED_CODES:
                adopted = recover(final)
                if adopted is not None:
                    return adopted
            if not failed or code not in RETRIABLE_CODES:
                return self._conclude(final, call)
            if resubmits == self._poll.throttle_resubmits:
                raise self._gave_up(final, call, resubmits + 1)
            self._poll.sleep(self._poll.resubmit_delay(resubmits))
            resubmits += 1
            token = new_client_token()

    def _gave_up(self, final: dict[str, Any], call: Call, submissions: int) -> CloudError:
        """The error of a request that still failed retriably after every resubmission."""
        message = final.get("StatusMessage", "")
        if _is_throttled(final):
            error = ThrottledError(
                f"{call.operation} of {call.subject} stayed throttled",
                joined_lines(
                    f"It was submitted {submissions} times and each request ended FAILED "
                    "with Throttling. Run again later, or lower --parallelism.",
                    said(message),
                ),
                **call.context("Throttling", message),
            )
            error.request_token = final["RequestToken"]
            return error
        failure = failed_operation(final, call)
        failure.detail = joined_lines(
            f"It was submitted {submissions} times and each request ended FAILED with "
            f"{final.get('ErrorCode')}, which AWS documents as retriable.",
            failure.detail,
        )
        return failure

    def _await(
        self,
        event: dict[str, Any],
        call: Call,
        deadline: float,
        journal: Callable[[dict[str, Any]], None] | None = None,
    ) -> dict[str, Any]:
        """Poll until the request leaves PENDING/IN_PROGRESS; the final ProgressEvent.
        `journal` is told each event polled."""
        delays = self._poll.poll_delays()
        while event["OperationStatus"] in _IN_FLIGHT:
            remaining = deadline - self._poll.clock()
            if remaining <= 0:
                raise self._timed_out(event, call)
            backoff = next(delays)
            retry_after = event.get("RetryAfter")
            hinted = self._poll.retry_after_delay(retry_after) if retry_after else 0.0
            # A RetryAfter already past is a stale hint: following it would poll in a tight loop.
            wait = min(hinted if hinted > 0 else backoff, remaining)
            if wait > 0:
                self._poll.sleep(wait)
            token = event["RequestToken"]
            lookup = Call("GetResourceRequestStatus", call.type_name, call.identifier, token)
            try:
                event = self._status(token, lookup)
            except CloudError as error:
                error.detail = joined_lines(error.detail, _still_running(token))
                raise
            if journal is not None:
                journal(event)
        return event

    def _status(self, request_token: str, call: Call) -> dict[str, Any]:
        answer = self._invoke(
            self._cloudcontrol, "get_resource_request_status", call, RequestToken=request_token
        )
        event: dict[str, Any] = answer["ProgressEvent"]
        return event

    def _timed_out(self, event: dict[str, Any], call: Call) -> OperationTimeoutError:
        token = event["RequestToken"]
        error = OperationTimeoutError(
            f"Timed out after {self._poll.timeout:g} s waiting for "
            f"{call.operation} of {call.subject}",
            _still_running(token, event["OperationStatus"]),
            **call.context("", event.get("StatusMessage", "")),
        )
        error.request_token = token
        return error

    def _conclude(self, event: dict[str, Any], call: Call) -> OperationResult:
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
        raise failed_operation(event, Call(call.operation, call.type_name, identifier or ""))

    def _invoke(self, client: Any, method: str, call: Call, **params: Any) -> dict[str, Any]:
        """Call one client method; botocore exceptions come out as CloudErrors."""
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            answer: dict[str, Any] = getattr(client, method)(**params)
        except (BotoCoreError, ClientError) as error:
            raise translate_error(
                error, call, region=self.region, endpoint=client.meta.endpoint_url
            ) from error
        return answer


# botocore's own default pool size, kept as the floor.
DEFAULT_POOL_CONNECTIONS = 10


def open_cloud(
    *,
    region: str | None,
    profile: str | None,
    endpoint_url: str | None,
    local_data: Path | None,
    poll: PollPolicy | None = None,
    parallelism: int = DEFAULT_POOL_CONNECTIONS,
    account: str | None = None,
    role_arn: str | None = None,
    external_id: str | None = None,
) -> LiveCloud:
    """A LiveCloud for the given region and profile (None: the default chains).

    Each client keeps `parallelism` connections in its pool (botocore's default is 10), so
    that many worker threads reuse connections instead of opening (and, on AWS, TLS
    handshaking) a new one whenever more than 10 calls are in flight.

    The region is `region`, else `AWS_REGION`, else botocore's chain (`AWS_DEFAULT_REGION`,
    the profile's region); none of them set is a CloudError saying where to set one.

    `endpoint_url` points the Cloud Control, SageMaker, ECR and IAM clients elsewhere; when it
    is None, botocore's own `AWS_ENDPOINT_URL_CLOUDCONTROL` / `AWS_ENDPOINT_URL_SAGEMAKER`
    / `AWS_ENDPOINT_URL` handling applies. `local_data` runs the embedded emulator
    in-process on that data file, with dummy credentials and us-east-1 unless a region
    is given; the profile and the AWS environment are then ignored, so a local run never
    depends on the machine's AWS set-up. There, `account` is the account the local cloud
    acts in (its access key ID, which the local cloud reads as the account), else its
    default; a role is not assumed, since the local cloud checks no credentials.

    `role_arn` (with `external_id`) is assumed with STS, its session named after the user.
    The STS client follows `endpoint_url` too, so a `local-cloud serve` URL answers it.
    """
    import boto3
    import botocore.session
    from botocore.config import Config
    from botocore.exceptions import BotoCoreError

    if endpoint_url is not None:
        check_endpoint_url(endpoint_url)
    call = Call("SetUpClients", "")
    try:
        if local_data is not None:
            # No profile lookup at all: a stale AWS_PROFILE must not break a local run.
            no_profile = botocore.session.Session(
                session_vars={"profile": (None, None, None, None)}
            )
            session = boto3.session.Session(
                aws_access_key_id=account or "test",
                aws_secret_access_key="test",
                region_name=region or "us-east-1",
                botocore_session=no_profile,
            )
            retries: dict[str, Any] = {"mode": "adaptive", "max_attempts": MAX_ATTEMPTS}
        else:
            core = botocore.session.Session(profile=profile)
            # botocore itself reads only AWS_DEFAULT_REGION; AWS_REGION (what the other SDKs
            # and the AWS CLI v2 honour first) is promised to users, so it is read here.
            session = boto3.session.Session(
                region_name=region or os.environ.get("AWS_REGION") or None, botocore_session=core
            )
            retries = _retries(core)
        config = Config(
            retries=retries,
            user_agent_extra=f"imgver/{__version__}",
            max_pool_connections=max(parallelism, DEFAULT_POOL_CONNECTIONS),
        )
        resolved_region = session.region_name
        if not resolved_region:
            raise missing_region()
        if role_arn and local_data is None:
            session = assume_role(
                session, role_arn, external_id=external_id, endpoint_url=endpoint_url
            )
        cloudcontrol = session.client("cloudcontrol", endpoint_url=endpoint_url, config=config)
        sagemaker = session.client("sagemaker", endpoint_url=endpoint_url, config=config)
        sts = session.client("sts", endpoint_url=endpoint_url, config=config)
    except BotoCoreError as error:
        raise translate_error(
            error, call, region=region or "", endpoint=endpoint_url or ""
        ) from error
    if local_data is not None:
        from state.localcloud import FaultConfig, LocalCloud, Semantics
        from state.localcloud.requestlog import request_log_from_env

        emulator = LocalCloud(
            local_data,
            FaultConfig.from_env(),
            semantics=Semantics.from_env(),
            request_log=request_log_from_env(),
        )
        emulator.attach(cloudcontrol)
        emulator.attach(sagemaker)
        emulator.attach(sts)

    def registry_client(service: str) -> Callable[[], Any]:
        def make() -> Any:
            client = session.client(service, endpoint_url=endpoint_url, config=config)
            if local_data is not None:
                emulator.attach(client)
            return client

        return make

    fetch_blob: BlobFetcher = http_get
    if local_data is not None:
        fetch_blob = _local_blob_fetcher(emulator)
    return LiveCloud(
        cloudcontrol,
        sagemaker,
        region=resolved_region,
        poll=poll,
        sts=sts,
        registry=Registry(
            registry_client("ecr"),
            registry_client("iam"),
            region=resolved_region,
            fetch_blob=fetch_blob,
        ),
    )


def _retries(core: Any) -> dict[str, Any]:
    """botocore's retry settings for AWS: adaptive mode, and `MAX_ATTEMPTS` retries unless
    the AWS SDKs' own `max_attempts` setting (`AWS_MAX_ATTEMPTS`, or the profile's
    `max_attempts`; attempts in all, the first one included: AWS SDKs and Tools reference
    guide, "Retry behavior") says otherwise. A setting that is not a whole number of at
    least 1 is a CloudError naming it."""

    try:
        attempts = core.get_config_variable("max_attempts")
    except ValueError:
        attempts = 0
    if attempts is None:
        return {"mode": "adaptive", "max_attempts": MAX_ATTEMPTS}
    if not isinstance(attempts, int) or attempts < 1:
        raise CloudError(
            "The AWS max_attempts setting must be a whole number of at least 1",
            "Check AWS_MAX_ATTEMPTS and the profile's max_attempts in ~/.aws/config; "
            "unset, imgver's clients make up to "
            f"{MAX_ATTEMPTS + 1} attempts per call.",
        )
    return {"mode": "adaptive", "total_max_attempts": attempts}


def _local_blob_fetcher(emulator: Any) -> BlobFetcher:
    """The in-process local cloud's answer to its own blob download URLs, as a fetcher."""
    from state.localcloud.transport import BlobNotFound

    def fetch(url: str, timeout: float) -> bytes:
        try:
            return bytes(emulator.fetch_blob(url, timeout))
        except BlobNotFound:
            raise BlobFetchError("the download URL answered HTTP 404") from None

    return fetch
