"""Executing a plan: steps in parallel, journaled in state, finished after an interruption.

Owns `apply_plan` (run a Plan's steps against the live cloud, recording every change in
state as it happens), `resume_pending` (settle the operations an earlier, interrupted run
left journaled), `ApplyResult` and the apply errors. Must not: decide what to change (the
plan did), render anything (it reports to a `ProgressSink`), or call boto3 (it goes through
`state.live.LiveCloud`). The caller holds the state lock around both functions.

Execution
    Up to `parallelism` steps run at once, each in its own thread; a step starts when every
    step it depends on has succeeded, and is skipped when one of them failed or was
    skipped. Independent steps go on after a failure. The State object is shared: it is
    changed under one lock, and every change is written with `store.write` (which bumps
    the serial) before anything else happens, so the stored state is never behind the cloud
    by more than the operations in flight.

Journal (per step; `<address>` below is `<address>#deposed` for a step with `deposed`)
    CREATE  One state write, before the call: if the record at the address names an object
            (a replacement, or a tainted object), it moves to `<address>#deposed`; the new
            record has no identifier, the properties being sent (write-only ones included)
            and `pending = (CREATE, client_token, started)`. The ClientToken is the one
            already journaled at that address for a CREATE that never got an answer, so a
            replayed create is the same request to Cloud Control, not a duplicate.
    UPDATE  `pending = (UPDATE, new client_token, started)` on the record.
    DELETE  `pending = (DELETE, client_token, started)`, reusing a journaled DELETE token.
    Then  LiveCloud calls the journal callback with (client_token, None) before each
          submission (a throttled request is resubmitted with a new token, which replaces
          the journaled one) and with (client_token, request_token) once Cloud Control
          answers: each new token is written to state before the wait begins.
    Done  CREATE: the identifier, the properties sent plus the read-only properties of the
          live model (read right after the create), status "created", no pending. UPDATE:
          the recorded properties with the patch applied. DELETE: the record is removed
          (DELETE or FORGET of a deposed step removes `<address>#deposed`). FORGET removes
          the record, RECORD stores `properties`: state-only, one write each.
    Failed  When the outcome is unknown (the wait timed out, the endpoint could not be
          reached, or polling failed) the journal entry stays as it is, so the next run
          resumes the request. Otherwise pending is cleared and: a create whose error names
          the object made (the service accepted the request and got that far) keeps it as
          `status="tainted"`, to be replaced by the next plan; a create that made nothing
          known drops its record and, if it had deposed the old object, moves that back; an
          update or delete keeps the record as it was (Terraform keeps the old state).

Interrupts (`planner.interrupt.Interrupt`)
    First request: nothing new starts; operations in flight finish and are recorded; then
    `ApplyInterruptedError` says what completed and what did not start (when every step
    had already started, the apply simply completes). Second request:
    `ApplyInterruptedError` at once; operations in flight keep their journal entries (their
    RequestTokens included, once answered) and are left to `resume_pending`.

Resume (`resume_pending`, run before planning by `apply`)
    For every record with a pending entry, in address order:
    - with a RequestToken: wait for that request (`LiveCloud.resume`) and finish the
      bookkeeping as the step would have. An UPDATE's patch is not journaled, so after it
      the recorded properties are refreshed from the live model instead.
    - CREATE without a RequestToken (the process stopped between journaling and Cloud
      Control's answer; the call may or may not have arrived): submit it again with the
      journaled ClientToken and the journaled properties. Cloud Control answers a known
      token with the request it already started, so no duplicate is made.
    - DELETE without a RequestToken: the same, with the journaled ClientToken.
    - UPDATE without a RequestToken: the entry is cleared; the next plan compares the live
      model with the spec and patches whatever is still different.
    - A resumed request that ended FAILED with Throttling changed nothing: a CREATE or
      DELETE is submitted again with a new ClientToken, an UPDATE is cleared. A request
      Cloud Control no longer knows (RequestTokenNotFoundException) is treated as one that
      never got an answer.
    Failures follow the rules above; `ApplyFailedError` lists them after every entry was tried.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import queue
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from typing import Any, TypeVar

import jsonpatch
import jsonpointer

from planner.changes import DEPOSED_SUFFIX, Action, Plan, Step, StepKind
from planner.errors import ApplyError, PlanError, UsageError
from planner.interrupt import Interrupt
from planner.render.progress import ProgressSink
from state.errors import CloudError, ImgverError, StateError
from state.live import (
    EndpointError,
    JournalCallback,
    LiveCloud,
    OperationResult,
    OperationThrottled,
    OperationTimeoutError,
)
from state.model import Operation, PendingOperation, ResourceRecord, State
from state.schema import load_schema
from state.store import StateStore

__all__ = [
    "WAIT_REPORT_SECONDS",
    "ApplyFailedError",
    "ApplyInterruptedError",
    "ApplyResult",
    "StepFailure",
    "apply_plan",
    "resume_pending",
]

# How often operations still in flight are reported (Terraform's "Still creating..." cadence).
WAIT_REPORT_SECONDS = 10.0

Clock = Callable[[], float]
Resources = dict[str, ResourceRecord]
T = TypeVar("T")

_POLLING_OPERATION = "GetResourceRequestStatus"
_UNKNOWN_REQUEST = "RequestTokenNotFoundException"
_KIND_OF_OPERATION: dict[Operation, StepKind] = {
    "CREATE": StepKind.CREATE,
    "UPDATE": StepKind.UPDATE,
    "DELETE": StepKind.DELETE,
}


# --- results and errors ---------------------------------------------------------------------


@dataclass(frozen=True)
class StepFailure:
    """A step that failed, with the error it failed with (a CloudError for cloud calls)."""

    step: Step
    error: ImgverError


@dataclass
class ApplyResult:
    """What an apply did. The counts are per reviewed change (a replacement's four steps
    count once, as replaced) and only for changes whose every step succeeded."""

    completed: list[Step] = field(default_factory=list)
    failed: list[StepFailure] = field(default_factory=list)
    skipped: list[Step] = field(default_factory=list)  # a step they depend on failed
    not_started: list[Step] = field(default_factory=list)  # interrupted or halted first
    in_flight: list[Step] = field(default_factory=list)  # running when a forced stop came
    added: int = 0
    changed: int = 0
    replaced: int = 0
    destroyed: int = 0
    forgotten: int = 0

    @property
    def cloud_errors(self) -> list[CloudError]:
        """The service's own errors (ErrorCode, StatusMessage) among the failures."""
        return [failure.error for failure in self.failed if isinstance(failure.error, CloudError)]

    def summary_line(self) -> str:
        """`Apply complete! Resources: 2 added, 1 changed, 1 replaced, 0 destroyed.`"""
        counts = (
            f"{self.added} added, {self.changed} changed, {self.replaced} replaced, "
            f"{self.destroyed} destroyed"
        )
        # Terraform mentions forgotten resources only when there are some.
        if self.forgotten:
            counts += f", {self.forgotten} forgotten"
        return f"Apply complete! Resources: {counts}."


class ApplyFailedError(ApplyError):
    """Some steps failed; `result` holds them (with their CloudErrors) and what completed."""

    def __init__(self, summary: str, detail: str, result: ApplyResult) -> None:
        super().__init__(summary, detail)
        self.result = result


class ApplyInterruptedError(ApplyError):
    """The apply was interrupted (`forced`: by a second request, without waiting)."""

    def __init__(self, result: ApplyResult, *, forced: bool) -> None:
        super().__init__("Apply interrupted", _interrupted_detail(result, forced=forced))
        self.result = result
        self.forced = forced


def _step_list(steps: Sequence[Step]) -> str:
    return ", ".join(step.id for step in steps)


def _failure_lines(failure: StepFailure) -> list[str]:
    error = failure.error
    lines = [f"- {failure.step.id}: {error.summary}"]
    facts: list[str] = []
    if isinstance(error, CloudError):
        if error.error_code:
            facts.append(f"ErrorCode: {error.error_code}")
        if error.status_message:
            facts.append(f"StatusMessage: {error.status_message}")
    facts += [line for line in error.detail.splitlines() if line.strip() and line not in facts]
    return lines + [f"    {fact}" for fact in facts]


def _failed_detail(result: ApplyResult, closing: str) -> str:
    lines = [line for failure in result.failed for line in _failure_lines(failure)]
    if result.skipped:
        lines.append(f"Skipped because a step they need failed: {_step_list(result.skipped)}")
    if result.not_started:
        lines.append(f"Not started: {_step_list(result.not_started)}")
    lines.append(closing)
    return "\n".join(lines)


def _interrupted_detail(result: ApplyResult, *, forced: bool) -> str:
    lines = [f"Completed: {_step_list(result.completed) or 'nothing'}"]
    if result.in_flight:
        lines.append(
            f"Still running when stopped: {_step_list(result.in_flight)} "
            "(journaled in state; the next apply resumes them)"
        )
    lines.append(f"Not started: {_step_list(result.not_started) or 'nothing'}")
    if result.skipped:
        lines.append(f"Skipped because a step they need failed: {_step_list(result.skipped)}")
    lines += [line for failure in result.failed for line in _failure_lines(failure)]
    how = "stopped at once" if forced else "stopped after the operations in flight finished"
    lines.append(f"The apply {how}. Run imgver apply again to continue.")
    return "\n".join(lines)


def _apply_failed(result: ApplyResult) -> ApplyFailedError:
    count = len(result.failed)
    noun = "operation" if count == 1 else "operations"
    return ApplyFailedError(
        f"Apply failed: {count} {noun} failed",
        _failed_detail(
            result,
            "State records every operation that completed. "
            "Fix the cause and run imgver apply again.",
        ),
        result,
    )


# --- state bookkeeping ----------------------------------------------------------------------


class _Abandoned(Exception):
    """The apply was stopped at once: this thread must not touch state any more."""


def _new_token() -> str:
    return str(uuid.uuid4())


def _record_address(step: Step) -> str:
    """Where the step's object lives in state: `<address>#deposed` for a deposed step."""
    if step.deposed and not step.address.endswith(DEPOSED_SUFFIX):
        return step.address + DEPOSED_SUFFIX
    return step.address


def _base_address(address: str) -> str:
    return address.removesuffix(DEPOSED_SUFFIX)


def _outcome_unknown(error: CloudError) -> bool:
    """Whether the request may still be running, or may have reached Cloud Control unseen."""
    return (
        isinstance(error, OperationTimeoutError | EndpointError)
        or error.operation == _POLLING_OPERATION
    )


def _reusable_token(record: ResourceRecord | None, operation: Operation) -> str | None:
    """The journaled ClientToken of the same operation on this record, if one is pending."""
    if record is not None and record.pending and record.pending.operation == operation:
        return record.pending.client_token
    return None


def _patched(properties: dict[str, Any], patch: list[dict[str, Any]]) -> dict[str, Any]:
    """The recorded properties with an applied patch, one operation at a time.

    The patch was made against the live model, which may hold values the record never
    did: removing a value the record lacks is already true, replacing it becomes adding
    it, and an operation whose parent the record lacks is left out (the next plan
    compares with live anyway).
    """
    result = copy.deepcopy(properties)
    for operation in patch:
        try:
            result = jsonpatch.apply_patch(result, [operation])
        except (jsonpatch.JsonPatchException, jsonpointer.JsonPointerException):
            if operation.get("op") != "replace":
                continue
            added = dict(operation, op="add")
            try:
                result = jsonpatch.apply_patch(result, [added])
            except (jsonpatch.JsonPatchException, jsonpointer.JsonPointerException):
                continue
    return result


def _read_only_values(type_name: str, model: dict[str, Any] | None) -> dict[str, Any]:
    if not model:
        return {}
    read_only = load_schema(type_name).read_only
    return {name: model[name] for name in sorted(read_only) if name in model}


class _Ledger:
    """The shared State: changed under one lock, and written after every change."""

    def __init__(self, state: State, store: StateStore, clock: Clock) -> None:
        self.state = state
        self._store = store
        self._clock = clock
        self._lock = threading.Lock()
        self._closed = False

    def timestamp(self) -> str:
        moment = dt.datetime.fromtimestamp(self._clock(), dt.UTC)
        return moment.isoformat(timespec="seconds").replace("+00:00", "Z")

    def peek(self, look: Callable[[Resources], T]) -> T:
        with self._lock:
            if self._closed:
                raise _Abandoned()
            return look(self.state.resources)

    def commit(self, change: Callable[[Resources], T]) -> T:
        """Apply `change` to the records and write state; on any failure, undo the change."""
        with self._lock:
            if self._closed:
                raise _Abandoned()
            saved = {
                address: record.to_document() for address, record in self.state.resources.items()
            }
            try:
                outcome = change(self.state.resources)
                self._store.write(self.state)
            except BaseException:
                self.state.resources = {
                    address: ResourceRecord.from_document(document)
                    for address, document in saved.items()
                }
                raise
            return outcome

    def close(self) -> None:
        """Stop every further change; waits for a write in progress to end."""
        with self._lock:
            self._closed = True

    def journal(self, address: str) -> JournalCallback:
        """The callback LiveCloud calls with each ClientToken and RequestToken."""

        def note(client_token: str, request_token: str | None) -> None:
            def current(resources: Resources) -> PendingOperation | None:
                record = resources.get(address)
                return record.pending if record else None

            pending = self.peek(current)
            if pending is None:
                return
            token = client_token or pending.client_token
            if (token, request_token) == (pending.client_token, pending.request_token):
                return

            def record_tokens(resources: Resources) -> None:
                entry = resources[address].pending
                if entry is not None:
                    entry.client_token = token
                    entry.request_token = request_token

            self.commit(record_tokens)

        return note


class _Operations:
    """The cloud calls of each step kind, with their journal and their state bookkeeping."""

    def __init__(self, ledger: _Ledger, cloud: LiveCloud) -> None:
        self.ledger = ledger
        self.cloud = cloud

    # creating

    def create(self, step: Step) -> str | None:
        address = _record_address(step)
        body = copy.deepcopy(step.properties or {})
        started = self.ledger.timestamp()
        deposed = False

        def begin(resources: Resources) -> str:
            nonlocal deposed
            existing = resources.get(address)
            if existing is not None and existing.identifier is not None:
                _depose(resources, address, existing)
                deposed = True
                token = _new_token()
            else:
                token = _reusable_token(existing, "CREATE") or _new_token()
            resources[address] = ResourceRecord(
                type=step.type_name,
                identifier=None,
                region=self.cloud.region,
                properties=copy.deepcopy(body),
                pending=PendingOperation("CREATE", token, started),
            )
            return token

        token = self.ledger.commit(begin)
        return self._send_create(step.type_name, address, body, token, restore=deposed)

    def _send_create(
        self, type_name: str, address: str, body: dict[str, Any], token: str, *, restore: bool
    ) -> str | None:
        try:
            result = self.cloud.create(
                type_name, body, client_token=token, journal=self.ledger.journal(address)
            )
        except CloudError as error:
            self._create_failed(address, error, restore=restore)
            raise
        return self._created(type_name, address, body, result)

    def _create_failed(self, address: str, error: CloudError, *, restore: bool) -> None:
        if _outcome_unknown(error):
            return

        def settle(resources: Resources) -> None:
            record = resources.get(address)
            if record is None:
                return
            record.pending = None
            if error.identifier:
                record.identifier = error.identifier
                record.status = "tainted"
                return
            del resources[address]
            deposed = address + DEPOSED_SUFFIX
            if restore and deposed in resources:
                resources[address] = resources.pop(deposed)

        self.ledger.commit(settle)

    def _created(
        self, type_name: str, address: str, body: dict[str, Any], result: OperationResult
    ) -> str | None:
        """Record a finished create: identifier, properties sent and read-only live values."""
        identifier = result.identifier
        live: dict[str, Any] | None = None
        read_error: CloudError | None = None
        if identifier:
            try:
                live = self.cloud.read(type_name, identifier, just_created=True)
            except CloudError as error:
                # The object exists: record it whatever the read says, then report the read.
                read_error = error
        properties = copy.deepcopy(body)
        properties.update(_read_only_values(type_name, live if live is not None else result.model))

        def finish(resources: Resources) -> None:
            record = resources[address]
            record.identifier = identifier
            record.properties = properties
            record.status = "created"
            record.pending = None

        self.ledger.commit(finish)
        if read_error is not None:
            raise read_error
        return identifier

    # updating

    def update(self, step: Step) -> str:
        address = _record_address(step)
        started = self.ledger.timestamp()

        def begin(resources: Resources) -> tuple[str, str]:
            record = _require_record(resources, address, step)
            identifier = step.identifier or record.identifier
            if identifier is None:
                raise PlanError(
                    f"{address} has no identifier in state, so it cannot be updated",
                    "Run imgver plan again: it plans a create for it.",
                )
            record.pending = PendingOperation("UPDATE", _new_token(), started)
            return identifier, record.pending.client_token

        identifier, token = self.ledger.commit(begin)
        try:
            self.cloud.update(
                step.type_name,
                identifier,
                step.patch,
                client_token=token,
                journal=self.ledger.journal(address),
            )
        except CloudError as error:
            if not _outcome_unknown(error):
                self.ledger.commit(lambda resources: _clear_pending(resources, address))
            raise

        def finish(resources: Resources) -> None:
            record = resources[address]
            record.properties = _patched(record.properties, step.patch)
            record.pending = None

        self.ledger.commit(finish)
        return identifier

    # deleting

    def delete(self, step: Step) -> str | None:
        address = _record_address(step)
        started = self.ledger.timestamp()

        def begin(resources: Resources) -> tuple[str | None, str]:
            record = _require_record(resources, address, step)
            identifier = step.identifier or record.identifier
            token = _reusable_token(record, "DELETE") or _new_token()
            if identifier is None:
                # Its create never finished: there is no object, only the record.
                del resources[address]
            else:
                record.pending = PendingOperation("DELETE", token, started)
            return identifier, token

        identifier, token = self.ledger.commit(begin)
        if identifier is not None:
            self._send_delete(step.type_name, address, identifier, token)
        return identifier

    def _send_delete(self, type_name: str, address: str, identifier: str, token: str) -> None:
        try:
            self.cloud.delete(
                type_name, identifier, client_token=token, journal=self.ledger.journal(address)
            )
        except CloudError as error:
            if not _outcome_unknown(error):
                self.ledger.commit(lambda resources: _clear_pending(resources, address))
            raise
        self.ledger.commit(lambda resources: resources.pop(address, None))

    # state only

    def forget(self, step: Step) -> str | None:
        address = _record_address(step)
        removed = self.ledger.commit(lambda resources: resources.pop(address, None))
        return removed.identifier if removed else step.identifier

    def record(self, step: Step) -> str | None:
        address = _record_address(step)

        def store(resources: Resources) -> str | None:
            properties = copy.deepcopy(step.properties or {})
            existing = resources.get(address)
            if existing is None:
                resources[address] = ResourceRecord(
                    type=step.type_name,
                    identifier=step.identifier,
                    region=self.cloud.region,
                    properties=properties,
                )
                return step.identifier
            existing.identifier = step.identifier or existing.identifier
            existing.properties = properties
            return existing.identifier

        return self.ledger.commit(store)

    def run(self, step: Step) -> str | None:
        """Execute one step; the identifier of the object acted on, when known."""
        actions: dict[StepKind, Callable[[Step], str | None]] = {
            StepKind.CREATE: self.create,
            StepKind.UPDATE: self.update,
            StepKind.DELETE: self.delete,
            StepKind.FORGET: self.forget,
            StepKind.RECORD: self.record,
        }
        return actions[step.kind](step)

    # resuming

    def resume(self, address: str, record: ResourceRecord, pending: PendingOperation) -> None:
        """Settle one journaled operation by the rules in the module docstring."""
        if pending.operation == "CREATE":
            self._resume_create(address, record.type, pending)
        elif pending.operation == "DELETE":
            self._resume_delete(address, record, pending)
        else:
            self._resume_update(address, record, pending)

    def _await_request(self, pending: PendingOperation) -> OperationResult | None:
        """The resumed request's result; None when it must be submitted again.

        Raises OperationThrottled when it ended throttled (submit again, new token).
        """
        if pending.request_token is None:
            return None
        try:
            return self.cloud.resume(pending.request_token)
        except CloudError as error:
            if error.error_code == _UNKNOWN_REQUEST:
                return None
            raise

    def _resume_create(self, address: str, type_name: str, pending: PendingOperation) -> None:
        body = self.ledger.peek(lambda resources: copy.deepcopy(resources[address].properties))
        token = pending.client_token
        try:
            result = self._await_request(pending)
        except OperationThrottled:
            result, token = None, _new_token()
        except CloudError as error:
            self._create_failed(address, error, restore=False)
            raise
        if result is not None:
            self._created(type_name, address, body, result)
            return
        self.ledger.commit(lambda resources: _renew_pending(resources, address, token))
        self._send_create(type_name, address, body, token, restore=False)

    def _resume_delete(
        self, address: str, record: ResourceRecord, pending: PendingOperation
    ) -> None:
        if record.identifier is None:
            self.ledger.commit(lambda resources: resources.pop(address, None))
            return
        token = pending.client_token
        try:
            result = self._await_request(pending)
        except OperationThrottled:
            result, token = None, _new_token()
        except CloudError as error:
            if not _outcome_unknown(error):
                self.ledger.commit(lambda resources: _clear_pending(resources, address))
            raise
        if result is not None:
            self.ledger.commit(lambda resources: resources.pop(address, None))
            return
        self.ledger.commit(lambda resources: _renew_pending(resources, address, token))
        self._send_delete(record.type, address, record.identifier, token)

    def _resume_update(
        self, address: str, record: ResourceRecord, pending: PendingOperation
    ) -> None:
        try:
            result = self._await_request(pending)
        except OperationThrottled:
            result = None
        except CloudError as error:
            if not _outcome_unknown(error):
                self.ledger.commit(lambda resources: _clear_pending(resources, address))
            raise
        live = None
        if result is not None and record.identifier is not None:
            live = self.cloud.read(record.type, record.identifier)

        def settle(resources: Resources) -> None:
            entry = resources[address]
            entry.pending = None
            if live is not None:
                entry.properties = _refreshed(record.type, entry.properties, live)

        self.ledger.commit(settle)


def _refreshed(type_name: str, recorded: dict[str, Any], live: dict[str, Any]) -> dict[str, Any]:
    """The recorded properties with the values live has now (the patch was not journaled).

    Properties live never returns (write-only ones other than the Aliases read through
    ListAliases) keep their recorded values; others live lacks are gone.
    """
    unreadable = load_schema(type_name).write_only - {"Aliases"}
    refreshed: dict[str, Any] = {}
    for name, value in recorded.items():
        if name in live:
            refreshed[name] = copy.deepcopy(live[name])
        elif name in unreadable:
            refreshed[name] = value
    return refreshed


def _depose(resources: Resources, address: str, existing: ResourceRecord) -> None:
    deposed = address + DEPOSED_SUFFIX
    holder = resources.get(deposed)
    if holder is not None and holder.identifier not in (None, existing.identifier):
        raise PlanError(
            f"{deposed} still holds {holder.identifier} from an earlier replacement",
            f"Its old object must be deleted before {address} is replaced again: "
            "run imgver apply to finish that first, or imgver state rm "
            f"'{deposed}' to stop managing it.",
        )
    resources[deposed] = existing
    del resources[address]


def _require_record(resources: Resources, address: str, step: Step) -> ResourceRecord:
    record = resources.get(address)
    if record is None:
        raise PlanError(
            f"{address} is not in state, so step {step.id} cannot run",
            "The plan no longer matches the state: run imgver plan again.",
        )
    return record


def _clear_pending(resources: Resources, address: str) -> None:
    record = resources.get(address)
    if record is not None:
        record.pending = None


def _renew_pending(resources: Resources, address: str, token: str) -> None:
    pending = resources[address].pending
    if pending is not None:
        pending.client_token = token
        pending.request_token = None


# --- the executor ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Finished:
    step_id: str
    identifier: str | None
    error: Exception | None


@dataclass(frozen=True)
class _Woken:
    """An interrupt request arrived: the loop looks at the Interrupt again."""

    count: int


@dataclass
class _Running:
    step: Step
    started: float  # by the injected clock, for elapsed times
    next_report: float  # monotonic, when to report it as still running


def _check_order(steps: Sequence[Step]) -> None:
    """Every dependency names an earlier step, so the loop always makes progress."""
    seen: set[str] = set()
    for step in steps:
        if step.id in seen:
            raise PlanError(f"The plan has two steps with id {step.id}")
        unknown = [dependency for dependency in step.depends_on if dependency not in seen]
        if unknown:
            raise PlanError(
                f"Step {step.id} depends on {', '.join(unknown)}, "
                "which is not an earlier step of the plan",
                "Make the plan again: steps must come in dependency order.",
            )
        seen.add(step.id)


class _Executor:
    def __init__(
        self,
        plan: Plan,
        operations: _Operations,
        progress: ProgressSink | None,
        clock: Clock,
    ) -> None:
        self.plan = plan
        self.operations = operations
        self.progress = progress
        self.clock = clock
        self.events: queue.SimpleQueue[_Finished | _Woken] = queue.SimpleQueue()
        self.outcome: dict[str, str] = {}  # step id -> done | failed | skipped
        self.waiting: list[Step] = list(plan.steps)
        self.running: dict[str, _Running] = {}
        self.result = ApplyResult()
        self.halted = False  # state could not be written, or a bug: start nothing more
        self.bug: Exception | None = None

    def execute(self, parallelism: int, interrupt: Interrupt | None) -> ApplyResult:
        _check_order(self.plan.steps)
        announced = 0
        listening: AbstractContextManager[None] = (
            interrupt.listening(lambda count: self.events.put(_Woken(count)))
            if interrupt is not None
            else nullcontext()
        )
        with listening:
            while True:
                requests = interrupt.count if interrupt is not None else 0
                if requests > announced:
                    announced = requests
                    if self.progress is not None:
                        self.progress.interrupted(requests, len(self.running))
                if requests >= 2:
                    raise self._abandon()
                if requests == 0 and not self.halted:
                    self._start_ready(parallelism)
                if not self.running:
                    break
                self._report_waits()
                try:
                    event = self.events.get(timeout=self._until_next_report())
                except queue.Empty:
                    continue
                if isinstance(event, _Finished):
                    self._finish(event)
        self._settle_leftovers()
        self._count_changes()
        if self.bug is not None:
            raise self.bug
        if announced and self.result.not_started:
            # An interrupt that came after the last step started stopped nothing.
            raise ApplyInterruptedError(self.result, forced=False)
        if self.result.failed:
            raise _apply_failed(self.result)
        return self.result

    def _start_ready(self, parallelism: int) -> None:
        for step in list(self.waiting):
            outcomes = [self.outcome.get(dependency) for dependency in step.depends_on]
            if any(outcome in ("failed", "skipped") for outcome in outcomes):
                self.waiting.remove(step)
                self.outcome[step.id] = "skipped"
                self.result.skipped.append(step)
            elif all(outcome == "done" for outcome in outcomes):
                if len(self.running) >= parallelism:
                    continue
                self.waiting.remove(step)
                self._launch(step)

    def _launch(self, step: Step) -> None:
        if self.progress is not None:
            self.progress.step_started(step)
        self.running[step.id] = _Running(step, self.clock(), time.monotonic() + WAIT_REPORT_SECONDS)
        # Daemon threads rather than a ThreadPoolExecutor: a pool's workers are joined at
        # interpreter exit, so a forced stop would still wait for every request in flight.
        worker = threading.Thread(
            target=self._work, args=(step,), name=f"apply {step.id}", daemon=True
        )
        worker.start()

    def _work(self, step: Step) -> None:
        try:
            identifier = self.operations.run(step)
        except Exception as error:  # every outcome must reach the loop, bugs included
            self.events.put(_Finished(step.id, None, error))
            return
        self.events.put(_Finished(step.id, identifier, None))

    def _finish(self, event: _Finished) -> None:
        running = self.running.pop(event.step_id)
        step = running.step
        elapsed = self.clock() - running.started
        error = event.error
        if error is None:
            self.outcome[step.id] = "done"
            self.result.completed.append(step)
        elif isinstance(error, ImgverError):
            self.outcome[step.id] = "failed"
            self.result.failed.append(StepFailure(step, error))
            if isinstance(error, StateError):
                # State could not be written: nothing more can be journaled.
                self.halted = True
        else:
            self.outcome[step.id] = "failed"
            self.halted = True
            self.bug = self.bug or error
            return
        if self.progress is not None:
            shown = error if isinstance(error, ImgverError) else None
            self.progress.step_finished(step, elapsed, shown, identifier=event.identifier)

    def _report_waits(self) -> None:
        now = time.monotonic()
        for running in self.running.values():
            if now >= running.next_report:
                running.next_report = now + WAIT_REPORT_SECONDS
                if self.progress is not None:
                    self.progress.waiting(running.step, self.clock() - running.started)

    def _until_next_report(self) -> float:
        soonest = min(running.next_report for running in self.running.values())
        return max(0.0, soonest - time.monotonic())

    def _settle_leftovers(self) -> None:
        """Steps never started: skipped when a dependency failed, otherwise not started."""
        for step in self.waiting:
            outcomes = [self.outcome.get(dependency) for dependency in step.depends_on]
            if any(outcome in ("failed", "skipped") for outcome in outcomes):
                self.outcome[step.id] = "skipped"
                self.result.skipped.append(step)
            else:
                self.result.not_started.append(step)
        self.waiting = []

    def _abandon(self) -> ApplyInterruptedError:
        self.operations.ledger.close()
        self.result.in_flight = [running.step for running in self.running.values()]
        self._settle_leftovers()
        self._count_changes()
        return ApplyInterruptedError(self.result, forced=True)

    def _count_changes(self) -> None:
        done = {step.id for step in self.result.completed}
        for change in self.plan.changes:
            steps = [
                step
                for step in self.plan.steps
                if change.address in (step.address, _record_address(step))
            ]
            if not steps or any(step.id not in done for step in steps):
                continue
            if change.action is Action.CREATE:
                self.result.added += 1
            elif change.action is Action.UPDATE:
                self.result.changed += 1
            elif change.action.is_replace:
                self.result.replaced += 1
            elif change.action is Action.DELETE:
                self.result.destroyed += 1
            elif change.action is Action.FORGET:
                self.result.forgotten += 1


def apply_plan(
    plan: Plan,
    *,
    state: State,
    store: StateStore,
    cloud: LiveCloud,
    parallelism: int = 10,
    progress: ProgressSink | None = None,
    interrupt: Interrupt | None = None,
    clock: Clock = time.time,
) -> ApplyResult:
    """Run `plan.steps` against `cloud`, recording each change in `state` through `store`.

    The caller holds the state lock. `clock` (seconds since the epoch) stamps journal
    entries and measures elapsed times. Raises `ApplyFailedError` when a step failed (after
    every independent step ran) and `ApplyInterruptedError` when interrupted; both carry
    the `ApplyResult`, and state holds every change that completed.
    """
    if parallelism < 1:
        raise UsageError(
            f"--parallelism must be at least 1, not {parallelism}",
            "It is how many operations run at once.",
        )
    operations = _Operations(_Ledger(state, store, clock), cloud)
    return _Executor(plan, operations, progress, clock).execute(parallelism, interrupt)


def _resume_step(address: str, record: ResourceRecord, pending: PendingOperation) -> Step:
    """A step describing a journaled operation, for progress and error reports."""
    return Step(
        id=f"{address}:resume-{pending.operation.lower()}",
        address=_base_address(address),
        kind=_KIND_OF_OPERATION[pending.operation],
        type_name=record.type,
        identifier=record.identifier,
        properties=copy.deepcopy(record.properties),
        deposed=address.endswith(DEPOSED_SUFFIX),
        description=f"finish the {pending.operation} an earlier run started",
    )


def resume_pending(
    state: State,
    store: StateStore,
    cloud: LiveCloud,
    progress: ProgressSink | None = None,
    *,
    clock: Clock = time.time,
) -> list[str]:
    """Settle every operation an earlier run left journaled; the addresses settled.

    The caller holds the state lock, and runs this before planning so the plan starts from
    what exists. Raises `ApplyFailedError` listing the operations that could not be
    finished, after trying all of them.
    """
    operations = _Operations(_Ledger(state, store, clock), cloud)
    result = ApplyResult()
    settled: list[str] = []
    for address in sorted(state.resources):
        record = copy.deepcopy(state.resources[address])
        pending = record.pending
        if pending is None:
            continue
        if pending.operation == "UPDATE" and pending.request_token is None:
            # Nothing to wait for and no patch to send again: only the journal entry goes.
            operations.ledger.commit(functools.partial(_clear_pending, address=address))
            settled.append(address)
            continue
        step = _resume_step(address, record, pending)
        started = clock()
        if progress is not None:
            progress.step_started(step)
        try:
            operations.resume(address, record, pending)
        except ImgverError as error:
            result.failed.append(StepFailure(step, error))
            if progress is not None:
                progress.step_finished(step, clock() - started, error, identifier=step.identifier)
            continue
        result.completed.append(step)
        settled.append(address)
        if progress is not None:
            identifier = state.resources[address].identifier if address in state.resources else None
            progress.step_finished(
                step, clock() - started, None, identifier=identifier or step.identifier
            )
    if result.failed:
        count = len(result.failed)
        noun = "operation" if count == 1 else "operations"
        raise ApplyFailedError(
            f"{count} interrupted {noun} could not be finished",
            _failed_detail(result, "Fix the cause and run imgver apply again."),
            result,
        )
    return settled
