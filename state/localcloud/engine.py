"""The Cloud Control engine of the local cloud: resource requests and the rules of the API.

Owns what Cloud Control itself does, above the resource handlers: validating desired states
and patches against the bundled schemas (createOnly paths -> NotUpdatableException,
readOnly paths -> ValidationException, invalid models -> InvalidRequestException /
ValidationException), request tokens and their progress events, ClientToken idempotency,
refusing a second concurrent request on one resource, SageMaker's one version create or
delete at a time per image, where injected faults strike (before or after the handler ran),
AWS archiving versions set to be archived, pagination, and time. Mutations are
asynchronous: a request is stored IN_PROGRESS with a due time (`op_seconds` after it
started) and is completed by whichever call next opens the data file after that time, so
a request started by a process that died still completes when the next process looks.

Every method takes the request's parameters (the JSON body, already parsed) and the
region, and returns the response body or raises `ApiError`.

Must not: know the wire format (protocol.py), or how a resource type stores its data
(handlers.py).
"""

from __future__ import annotations

import copy
import json
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

import jsonpatch
import jsonpointer

from state.localcloud.ecr import RegistryData
from state.localcloud.errors import ApiError, LocalCloudError
from state.localcloud.faults import Fault, FaultInjector
from state.localcloud.handlers import (
    FailedAfterCreate,
    HandlerFailure,
    ImageHandler,
    ImageVersionHandler,
    ResourceHandler,
    Scope,
    not_found,
    not_found_message,
)
from state.localcloud.paging import paginate
from state.localcloud.rows import Rows
from state.localcloud.semantics import Semantics
from state.localcloud.store import Document, SqliteStore
from state.schema import IMAGE, IMAGE_VERSION, ResourceSchema
from state.values import digest

Params = Mapping[str, Any]
Result = dict[str, Any]
T = TypeVar("T")

# The account the local cloud acts as when a request names no other (see `protocol.account_of`).
DEFAULT_ACCOUNT = "123456789012"

ACTIVE = frozenset({"PENDING", "IN_PROGRESS", "CANCEL_IN_PROGRESS"})
# Cloud Control honours a ClientToken for 36 hours and lists requests of the last 7 days.
CLIENT_TOKEN_SECONDS = 36 * 3600
REQUEST_SECONDS = 7 * 24 * 3600
LIST_RESOURCES_PAGE = 50
LIST_REQUESTS_PAGE = 50
LIST_ALIASES_PAGE = 10

# SageMaker refuses a version create or delete while another one of the same image runs:
# "ResourceInUse: Resource was modified concurrently" (terraform-provider-aws #44693, fixed
# with a mutex per image in PR #44694); the public ImageVersion Create/DeleteHandlers map
# ResourceInUseException to ResourceConflict, which the CloudFormation Java plugin's
# HandlerErrorCode documents as retriable.
IMAGE_BUSY_MESSAGE = (
    "ResourceInUse: Resource was modified concurrently (another version of image {image} "
    "is being created or deleted)"
)

FAULT_MESSAGES = {
    Fault.THROTTLED: "Rate exceeded",
    Fault.FAILED: "Internal failure in the resource handler (injected by the local cloud's "
    "fail rate)",
}


@dataclass(frozen=True)
class _Submission:
    """What a new mutating request will act on, once the call has checked it may."""

    identifier: str | None
    lock: str | None
    payload: Any
    image: str | None = None  # the image a version create or delete holds while it runs


@dataclass(frozen=True)
class _Call:
    """One call's view of the data: its region's scope, the document, and the time."""

    scope: Scope
    document: Document
    now: float

    @property
    def requests(self) -> Rows:
        requests: Rows = self.scope.data["requests"]
        return requests


class Engine:
    """Cloud Control (and SageMaker `ListAliases`) over one data file."""

    def __init__(
        self,
        store: SqliteStore,
        faults: FaultInjector,
        *,
        account: str,
        clock: Callable[[], float],
        semantics: Semantics | None = None,
    ) -> None:
        self._store = store
        self._faults = faults
        self._account = account
        self._clock = clock
        self._semantics = semantics or Semantics()
        self._versions = ImageVersionHandler(self._semantics.alias_update)
        self._handlers: dict[str, ResourceHandler] = {
            IMAGE: ImageHandler(),
            IMAGE_VERSION: self._versions,
        }

    # Cloud Control: resources

    def create_resource(self, params: Params, region: str) -> Result:
        type_name, handler = self._handler(params)
        desired = _json_object(params, "DesiredState")
        problems = [
            f"#/{name}: read-only property cannot be specified"
            for name in sorted(desired.keys() & handler.schema.read_only)
        ]
        problems += _model_problems(handler.schema, desired)
        if problems:
            raise ApiError("InvalidRequestException", _validation_message(problems))
        fault = self._faults.on_call(mutating=True)

        def prepare(call: _Call) -> _Submission:
            lock = handler.create_lock(call.scope, desired)
            if lock is not None:
                _refuse_concurrent(call, type_name, lock)
            image = (
                self._versions.image_of(call.scope, desired) if type_name == IMAGE_VERSION else None
            )
            return _Submission(identifier=None, lock=lock, payload=desired, image=image)

        return self._submit(region, params, "CREATE", type_name, desired, fault, prepare)

    def update_resource(self, params: Params, region: str) -> Result:
        type_name, handler = self._handler(params)
        identifier = _require(params, "Identifier")
        operations = _patch_operations(_require(params, "PatchDocument"))
        _refuse_fixed_paths(handler.schema, operations)
        fault = self._faults.on_call(mutating=True)

        def prepare(call: _Call) -> _Submission:
            found = self._locate(call, handler, type_name, identifier)
            _refuse_concurrent(call, type_name, found)
            current = handler.patchable(call.scope, found)
            patched = _apply_patch(handler.schema, current, operations)
            return _Submission(identifier=found, lock=found, payload=patched)

        body = {"Identifier": identifier, "PatchDocument": operations}
        return self._submit(region, params, "UPDATE", type_name, body, fault, prepare)

    def delete_resource(self, params: Params, region: str) -> Result:
        type_name, handler = self._handler(params)
        identifier = _require(params, "Identifier")
        fault = self._faults.on_call(mutating=True)

        def prepare(call: _Call) -> _Submission:
            found = self._locate(call, handler, type_name, identifier)
            _refuse_concurrent(call, type_name, found)
            image = (
                self._versions.image_of(call.scope, found) if type_name == IMAGE_VERSION else None
            )
            return _Submission(identifier=found, lock=found, payload=None, image=image)

        body = {"Identifier": identifier}
        return self._submit(region, params, "DELETE", type_name, body, fault, prepare)

    def get_resource(self, params: Params, region: str) -> Result:
        type_name, handler = self._handler(params)
        identifier = _require(params, "Identifier")
        self._faults.on_call(mutating=False)

        def read(call: _Call) -> Result:
            found = self._locate(call, handler, type_name, identifier)
            model = handler.read(call.scope, found)
            return {
                "TypeName": type_name,
                "ResourceDescription": {"Identifier": found, "Properties": _dumps(model)},
            }

        return self._transact(region, read)

    def list_resources(self, params: Params, region: str) -> Result:
        type_name, handler = self._handler(params)
        resource_model = _json_object(params, "ResourceModel") if "ResourceModel" in params else {}
        self._faults.on_call(mutating=False)

        def read(call: _Call) -> Result:
            entries = handler.list_resources(call.scope, resource_model)
            page, next_token = paginate(entries, params, LIST_RESOURCES_PAGE)
            result: Result = {
                "TypeName": type_name,
                "ResourceDescriptions": [
                    {"Identifier": found, "Properties": _dumps(handler.read(call.scope, found))}
                    for found in page
                ],
            }
            if next_token is not None:
                result["NextToken"] = next_token
            return result

        return self._transact(region, read)

    # Cloud Control: requests

    def get_resource_request_status(self, params: Params, region: str) -> Result:
        token = _require(params, "RequestToken")
        self._faults.on_call(mutating=False)
        return self._transact(region, lambda call: {"ProgressEvent": _event(_request(call, token))})

    def list_resource_requests(self, params: Params, region: str) -> Result:
        wanted = params.get("ResourceRequestStatusFilter") or {}
        if not isinstance(wanted, dict):
            raise ApiError("ValidationException", "ResourceRequestStatusFilter must be an object.")
        operations = set(wanted.get("Operations") or ())
        statuses = set(wanted.get("OperationStatuses") or ())
        self._faults.on_call(mutating=False)

        def read(call: _Call) -> Result:
            # Newest first: the key counts down as requests are numbered up.
            entries = sorted(
                (f"{10**12 - request['seq']:012d}", request["event"])
                for request in call.requests.values()
                if (not operations or request["event"]["Operation"] in operations)
                and (not statuses or request["event"]["OperationStatus"] in statuses)
            )
            page, next_token = paginate(entries, params, LIST_REQUESTS_PAGE)
            result: Result = {"ResourceRequestStatusSummaries": [dict(e) for e in page]}
            if next_token is not None:
                result["NextToken"] = next_token
            return result

        return self._transact(region, read)

    def cancel_resource_request(self, params: Params, region: str) -> Result:
        token = _require(params, "RequestToken")
        self._faults.on_call(mutating=False)

        def cancel(call: _Call) -> Result:
            request = _request(call, token)
            status = request["event"]["OperationStatus"]
            if status not in ("PENDING", "IN_PROGRESS"):
                raise ApiError(
                    "ConcurrentModificationException",
                    f"Request {token} is {status} and can no longer be cancelled.",
                )
            request["event"].update(OperationStatus="CANCEL_IN_PROGRESS", EventTime=call.now)
            call.document.changed()
            return {"ProgressEvent": _event(request)}

        return self._transact(region, cancel, write=True)

    # SageMaker

    def list_aliases(self, params: Params, region: str) -> Result:
        image_name = _require(params, "ImageName")
        number = params.get("Version")
        if number is not None and (isinstance(number, bool) or not isinstance(number, int)):
            raise ApiError("ValidationException", f"Invalid Version: {number!r}")
        alias = params.get("Alias")
        self._faults.on_call(mutating=False)

        def read(call: _Call) -> Result:
            aliases = self._versions.aliases(call.scope, image_name, number)
            matching = [name for name in aliases if alias is None or name == alias]
            entries = [(f"{index:06d}", name) for index, name in enumerate(matching)]
            page, next_token = paginate(entries, params, LIST_ALIASES_PAGE)
            result: Result = {"SageMakerImageVersionAliases": page}
            if next_token is not None:
                result["NextToken"] = next_token
            return result

        return self._transact(region, read)

    # Requests and their lifecycle

    def _submit(
        self,
        region: str,
        params: Params,
        operation: str,
        type_name: str,
        body: Mapping[str, Any],
        fault: Fault | None,
        prepare: Callable[[_Call], _Submission],
    ) -> Result:
        """Replay the request a known ClientToken names, else start the one `prepare` checks."""
        client_token = params.get("ClientToken")
        fingerprint = _fingerprint(operation, type_name, body)

        def run(call: _Call) -> Result:
            if client_token:
                replayed = _replay(call, client_token, fingerprint)
                if replayed is not None:
                    return {"ProgressEvent": _event(replayed)}
            submission = prepare(call)
            _forget_old_requests(call)
            state = call.scope.data
            token = str(uuid.uuid4())
            due = call.now + self._faults.config.op_seconds
            event: dict[str, Any] = {
                "TypeName": type_name,
                "RequestToken": token,
                "Operation": operation,
                "OperationStatus": "IN_PROGRESS",
                "EventTime": call.now,
                "RetryAfter": due,
            }
            if submission.identifier is not None:
                event["Identifier"] = submission.identifier
            state["sequence"] += 1
            busy = submission.image is not None and _image_busy(call, submission.image)
            state["requests"][token] = {
                "event": event,
                "seq": state["sequence"],
                "due": due,
                "fingerprint": fingerprint,
                "lock": None if submission.lock is None else _lock_key(type_name, submission.lock),
                "fault": None if fault is None else fault.value,
                # Of the faults on creates, every other one strikes after the object was
                # made: the public Image and ImageVersion CreateHandlers re-read after
                # stabilising, and a throttle or failure there fails a request whose
                # object exists.
                "fault_after": fault is not None
                and operation == "CREATE"
                and state["sequence"] % 2 == 0,
                "image": None if busy else submission.image,
                "refused": busy,
                "payload": submission.payload,
            }
            request = state["requests"][token]
            early = self._semantics.create_identifier == "early"
            if (
                operation == "CREATE"
                and early
                and not busy
                and (fault is None or request["fault_after"])
            ):
                self._create_at_once(call, request, payload=submission.payload)
            state["pending"].append(token)
            if client_token:
                state["client_tokens"][client_token] = {"request": token, "used": call.now}
            call.document.changed()
            return {"ProgressEvent": dict(event)}

        return self._transact(region, run, write=True)

    def _create_at_once(self, call: _Call, request: dict[str, Any], *, payload: Any) -> None:
        """Make the object as the request starts, as the handlers do: CreateImage and
        CreateImageVersion return the new ARN at once and the handler then waits for the
        object to stabilise, so the request's IN_PROGRESS events already carry the
        Identifier ("In some cases, the resource identifier may be available before the
        resource operation has reached a status of SUCCESS", Cloud Control API reference,
        ProgressEvent). A failure of the handler is kept for the request's end."""
        event = request["event"]
        handler = self._handlers[event["TypeName"]]
        try:
            identifier = handler.create(call.scope, payload)
        except FailedAfterCreate as failure:
            # CreateImageVersion returned the ARN; the build fails while stabilising.
            request["failure"] = [failure.error_code, failure.message]
            identifier = failure.identifier
        except HandlerFailure as failure:
            request["failure"] = [failure.error_code, failure.message]
            return
        event["Identifier"] = identifier
        request["created"] = identifier

    def _sweep(self, scope: Scope, now: float) -> bool:
        """Complete every request whose time has come, oldest first; True if any did."""
        requests = scope.data["requests"]
        ready = sorted(
            (
                request
                for request in (requests[token] for token in scope.data["pending"])
                if request["due"] <= now
                or request["event"]["OperationStatus"] == "CANCEL_IN_PROGRESS"
            ),
            key=lambda request: (request["due"], request["seq"]),
        )
        for request in ready:
            self._complete(scope, request, now)
        if ready:
            scope.data["pending"] = [
                token
                for token in scope.data["pending"]
                if requests[token]["event"]["OperationStatus"] in ACTIVE
            ]
        return bool(ready)

    def _complete(self, scope: Scope, request: dict[str, Any], now: float) -> None:
        event = request["event"]
        event.pop("RetryAfter", None)
        # The payload only serves the handler; dropping it keeps the data file small.
        payload = request.pop("payload")
        if event["OperationStatus"] == "CANCEL_IN_PROGRESS":
            event.update(OperationStatus="CANCEL_COMPLETE", EventTime=now)
            return
        event["EventTime"] = request["due"]
        try:
            if request.get("refused"):
                image = str(payload["ImageName"]) if event["Operation"] == "CREATE" else ""
                raise HandlerFailure(
                    "ResourceConflict",
                    IMAGE_BUSY_MESSAGE.format(image=image or event.get("Identifier", "")),
                )
            if request.get("failure"):
                if request.get("created"):
                    event.pop("Identifier", None)  # as `_create_then_fail` says
                raise HandlerFailure(*request["failure"])
            if request["fault"] is not None:
                fault = Fault(request["fault"])
                if request.get("fault_after"):
                    self._create_then_fail(scope, request, payload, fault)
                raise HandlerFailure(fault.value, FAULT_MESSAGES[fault])
            model = self._run_handler(scope, event, payload)
        except HandlerFailure as failure:
            event.update(
                OperationStatus="FAILED",
                ErrorCode=failure.error_code,
                StatusMessage=failure.message,
            )
            return
        event["OperationStatus"] = "SUCCESS"
        if model is not None:
            event["ResourceModel"] = _dumps(model)

    def _create_then_fail(
        self, scope: Scope, request: dict[str, Any], desired: Any, fault: Fault
    ) -> None:
        """A create that fails after SageMaker made the image or version (when the request
        started, or now): a failure leaves it in CREATE_FAILED, a throttle (of the read
        after stabilising) leaves it created. Either way the FAILED event carries no
        Identifier: the Java plugin turns a thrown handler exception into a failure event
        without a model (AbstractWrapper, ProgressEvent.defaultFailureHandler)."""
        handler = self._handlers[request["event"]["TypeName"]]
        identifier = request.get("created") or handler.create(scope, desired)
        request["event"].pop("Identifier", None)
        self._track_archiving(scope, identifier, desired, self._clock())
        if fault is Fault.FAILED:
            handler.mark_create_failed(scope, identifier)

    def _run_handler(
        self, scope: Scope, event: dict[str, Any], payload: Any
    ) -> dict[str, Any] | None:
        type_name = event["TypeName"]
        handler = self._handlers[type_name]
        if event["Operation"] == "CREATE":
            identifier = event.get("Identifier") or handler.create(scope, payload)
            event["Identifier"] = identifier
            self._track_archiving(scope, identifier, payload, event["EventTime"])
            return handler.read(scope, identifier)
        found = handler.locate(scope, event["Identifier"])
        if found is None:
            raise not_found(type_name, event["Identifier"])
        if event["Operation"] == "UPDATE":
            handler.update(scope, found, payload)
            self._track_archiving(scope, found, payload, event["EventTime"])
            return handler.read(scope, found)
        handler.delete(scope, found)
        return None

    def _track_archiving(
        self, scope: Scope, identifier: str, model: Mapping[str, Any], now: float
    ) -> None:
        """Note when a version set TO_BE_ARCHIVED is due to be archived by AWS."""
        if not identifier.startswith("arn:") or ":image-version/" not in identifier:
            return
        archiving = scope.data.setdefault("archiving", {})
        if model.get("VendorGuidance") == "TO_BE_ARCHIVED":
            archiving.setdefault(identifier, now + self._semantics.archive_seconds)
        else:
            archiving.pop(identifier, None)

    def _archive_due(self, scope: Scope, now: float) -> bool:
        """Archive the versions whose three months (`archive_seconds`) are up; True if any."""
        archiving: Rows = scope.data["archiving"]
        due = archiving.ranked(now, inclusive=True)
        for identifier in due:
            del archiving[identifier]
            self._versions.archive(scope, identifier)
        return bool(due)

    # Plumbing

    def _transact(self, region: str, action: Callable[[_Call], T], *, write: bool = False) -> T:
        """Run `action` on the region's data after completing due requests, in one
        transaction: a write one when `write`, else a read one that becomes a write when
        the sweep finds something to complete.

        An API error still commits what the sweep completed: the error is about this call,
        not about the requests that finished meanwhile.
        """

        def body(document: Document) -> T | ApiError:
            now = self._clock()
            scope = Scope(
                region,
                self._account,
                _region_data(document, partition(self._account, region)),
                registry=RegistryData(document, strict=self._semantics.ecr == "strict"),
            )
            if self._sweep(scope, now) | self._archive_due(scope, now):
                document.changed()
            try:
                return action(_Call(scope, document, now))
            except ApiError as error:
                return error

        outcome = self._store.run(body, write=write)
        if isinstance(outcome, ApiError):
            raise outcome
        return outcome

    def _handler(self, params: Params) -> tuple[str, ResourceHandler]:
        type_name = _require(params, "TypeName")
        handler = self._handlers.get(type_name)
        if handler is None:
            raise ApiError("TypeNotFoundException", f"The type '{type_name}' cannot be found.")
        return type_name, handler

    @staticmethod
    def _locate(call: _Call, handler: ResourceHandler, type_name: str, identifier: str) -> str:
        found = handler.locate(call.scope, identifier)
        if found is None:
            raise ApiError("ResourceNotFoundException", not_found_message(type_name, identifier))
        return found


def partition(account: str, region: str) -> str:
    """The key of one account's data in one region: the region alone for the default
    account (so data files written before accounts existed read the same), else
    `ACCOUNT/REGION`. Resources, version numbers, requests and client tokens are per
    account and region in AWS, so nothing is shared between two partitions."""
    return region if account == DEFAULT_ACCOUNT else f"{account}/{region}"


def _region_data(document: Document, region: str) -> dict[str, Any]:
    regions: dict[str, Any] = document.data["regions"]
    if region not in regions:
        # Not marked changed: an empty region is not worth a write until something lands.
        regions[region] = {
            "images": {},
            "requests": {},
            "client_tokens": {},
            "pending": [],
            "sequence": 0,
        }
    data: dict[str, Any] = regions[region]
    for key in _PARTITION_KEYS:  # a hand-edited file may lack some; the store checks types
        if key not in data:
            raise LocalCloudError(
                f"the local cloud data of region {region!r} is damaged: it has no {key!r}",
                "Delete the local cloud data file to start with an empty local cloud.",
            )
    return data


# What `_region_data` makes each partition with.
_PARTITION_KEYS = ("images", "requests", "client_tokens", "pending", "sequence")


def _event(request: Mapping[str, Any]) -> dict[str, Any]:
    return dict(request["event"])


def _request(call: _Call, token: str) -> dict[str, Any]:
    """The request `token` names; a finished one expires after REQUEST_SECONDS
    ("Resource operation requests expire after 7 days", Cloud Control API reference,
    ListResourceRequests), whether or not a later call has swept it yet."""
    request: dict[str, Any] | None = call.requests.get(token)
    if request is not None and _expired(request, call.now):
        request = None
    if request is None:
        raise ApiError(
            "RequestTokenNotFoundException", f"Request with token {token} was not found."
        )
    return request


def _replay(call: _Call, client_token: str, fingerprint: str) -> dict[str, Any] | None:
    """The request this ClientToken already started, if it is still honoured."""
    used = call.scope.data["client_tokens"].get(client_token)
    if used is None or used["used"] < call.now - CLIENT_TOKEN_SECONDS:
        return None
    request: dict[str, Any] | None = call.requests.get(used["request"])
    if request is None:
        return None
    if request["fingerprint"] != fingerprint:
        raise ApiError(
            "ClientTokenConflictException",
            f"Client token {client_token} was already used by request {used['request']} "
            "with a different body.",
        )
    return request


def _lock_key(type_name: str, lock: str) -> str:
    """How a request records the resource it holds, so a second request on it is refused."""
    return f"{type_name}|{lock}"


def _refuse_concurrent(call: _Call, type_name: str, lock: str) -> None:
    key = _lock_key(type_name, lock)
    for token in call.scope.data["pending"]:
        if call.requests[token]["lock"] == key:
            operation = call.requests[token]["event"]["Operation"]
            raise ApiError(
                "ConcurrentOperationException",
                f"Another {operation} request ({token}) is in progress on resource "
                f"{type_name} {lock}.",
            )


def _image_busy(call: _Call, image: str) -> bool:
    """A version create or delete of `image` is in progress."""
    return any(call.requests[token].get("image") == image for token in call.scope.data["pending"])


def _expired(request: Mapping[str, Any], now: float) -> bool:
    event = request["event"]
    return event["OperationStatus"] not in ACTIVE and event["EventTime"] < now - REQUEST_SECONDS


def _forget_old_requests(call: _Call) -> None:
    """Drop the requests finished more than REQUEST_SECONDS ago and the client tokens used
    more than CLIENT_TOKEN_SECONDS ago, through the rank index (no scan of either). A
    token is used when its request starts, before the request's EventTime, so the tokens
    of every dropped request go too."""
    requests = call.requests
    for token in requests.ranked(call.now - REQUEST_SECONDS):
        del requests[token]
    client_tokens: Rows = call.scope.data["client_tokens"]
    for client_token in client_tokens.ranked(call.now - CLIENT_TOKEN_SECONDS):
        del client_tokens[client_token]


# Validation of requests


def _require(params: Params, name: str) -> str:
    value = params.get(name)
    if not isinstance(value, str) or not value:
        member = name[0].lower() + name[1:]
        raise ApiError(
            "ValidationException",
            f"1 validation error detected: Value null at '{member}' failed to satisfy "
            "constraint: Member must not be null",
        )
    return value


def _json_object(params: Params, name: str) -> dict[str, Any]:
    text = _require(params, name)
    try:
        value = json.loads(text)
    except ValueError as error:
        raise ApiError("InvalidRequestException", f"{name} is not valid JSON: {error}") from None
    if not isinstance(value, dict):
        raise ApiError("InvalidRequestException", f"{name} must be a JSON object.")
    return value


def _model_problems(schema: ResourceSchema, model: Mapping[str, Any]) -> list[str]:
    return [f"#{problem.pointer}: {problem.message}" for problem in schema.validate(model)]


def _validation_message(problems: list[str]) -> str:
    return "Model validation failed (" + "\n".join(problems) + ")"


def _fingerprint(operation: str, type_name: str, body: Mapping[str, Any]) -> str:
    return digest([operation, type_name, body])


def _dumps(model: Mapping[str, Any]) -> str:
    return json.dumps(model, separators=(",", ":"))


# JSON Patch


def _patch_operations(document: str) -> list[dict[str, Any]]:
    try:
        operations = json.loads(document)
    except ValueError as error:
        raise ApiError("InvalidRequestException", f"Invalid patch document: {error}") from None
    if not isinstance(operations, list) or not all(isinstance(op, dict) for op in operations):
        raise ApiError(
            "InvalidRequestException", "Invalid patch document: expected a JSON array of objects."
        )
    try:
        jsonpatch.JsonPatch(operations)
    except (jsonpatch.InvalidJsonPatch, KeyError, TypeError) as error:
        raise ApiError("InvalidRequestException", f"Invalid patch document: {error}") from None
    return operations


def _top_property(pointer: str) -> str:
    try:
        parts = jsonpointer.JsonPointer(pointer).parts
    except jsonpointer.JsonPointerException as error:
        raise ApiError(
            "InvalidRequestException", f"Invalid patch path {pointer}: {error}"
        ) from None
    return str(parts[0]) if parts else ""


def _fixed_path_error(schema: ResourceSchema, names: set[str]) -> ApiError | None:
    """The error Cloud Control gives a patch that changes createOnly or readOnly properties."""
    for kind, fixed, code in (
        ("createOnlyProperties", schema.create_only, "NotUpdatableException"),
        ("readOnlyProperties", schema.read_only, "ValidationException"),
    ):
        touched = sorted(names & fixed)
        if touched:
            listed = ", ".join(f"/properties/{name}" for name in touched)
            return ApiError(code, f"Invalid patch update: {kind} [{listed}] cannot be updated")
    return None


def _refuse_fixed_paths(schema: ResourceSchema, operations: list[dict[str, Any]]) -> None:
    touched = {
        _top_property(str(operation[key]))
        for operation in operations
        if operation.get("op") != "test"
        for key in ("path", "from")
        if key in operation and not (key == "from" and operation.get("op") == "copy")
    }
    error = _fixed_path_error(schema, touched)
    if error is not None:
        raise error


def _apply_patch(
    schema: ResourceSchema, current: dict[str, Any], operations: list[dict[str, Any]]
) -> dict[str, Any]:
    """`current` patched, refusing what Cloud Control refuses; raises ApiError."""
    patched: Any = copy.deepcopy(current)
    for operation in operations:
        path = str(operation["path"])
        # Write-only values are absent from the model Cloud Control patches, so replacing
        # one always misses; `add` (and `remove` of a stored value) are the way in.
        if operation["op"] == "replace" and _top_property(path) in schema.write_only:
            raise _no_such_path(operation)
        try:
            patched = jsonpatch.JsonPatch([operation]).apply(patched, in_place=True)
        except jsonpatch.JsonPatchTestFailed as error:
            raise ApiError("ValidationException", f"[TEST Operation] {error}") from None
        except (jsonpatch.JsonPatchConflict, jsonpointer.JsonPointerException):
            raise _no_such_path(operation) from None
    if not isinstance(patched, dict):
        raise ApiError("ValidationException", "Model validation failed (#: expected an object)")
    changed = {
        name
        for name in schema.create_only | schema.read_only
        if patched.get(name) != current.get(name)
    }
    refusal = _fixed_path_error(schema, changed)
    if refusal is not None:
        raise refusal
    problems = _model_problems(schema, patched)
    if problems:
        raise ApiError("ValidationException", _validation_message(problems))
    return patched


def _no_such_path(operation: Mapping[str, Any]) -> ApiError:
    return ApiError(
        "ValidationException",
        f"[{str(operation['op']).upper()} Operation] noSuchPath in source, path provided : "
        f"{operation['path']}",
    )
