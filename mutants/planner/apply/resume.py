"""Finishing what an interrupted apply left journaled in state, before anything is planned.

Owns `resume_pending` and the rules below. Must not: plan or start new changes, change
state other than through `planner.apply.journal.Ledger`, render anything (it reports to a
`ProgressSink`), or call boto3 (it goes through `state.cloud.client.LiveCloud`). The caller holds
the state lock, and runs it before planning so the plan starts from what exists.

Rules, for every record with a pending entry, in address order:
    - with a RequestToken: wait for that request (`LiveCloud.resume`) and finish the
      bookkeeping as the step would have. An UPDATE's patch is not journaled, so after it
      the recorded properties are refreshed from the live model instead.
    - CREATE without a RequestToken (the process stopped between journaling and Cloud
      Control's answer; the call may or may not have arrived): submit it again with the
      journaled ClientToken and the journaled properties. Cloud Control answers a known
      token with the request it already started, so no duplicate is made.
    - DELETE without a RequestToken: the same, with the journaled ClientToken.
    - UPDATE without a RequestToken: the call may have reached the cloud, so the record
      is refreshed from the live model as the entry is cleared (drift then does not report
      imgver's own change as out-of-band); the next plan patches whatever still differs.
    - A resumed request that ended FAILED with Throttling changed nothing: a CREATE or
      DELETE is submitted again with a new ClientToken, an UPDATE is cleared. A request
      Cloud Control no longer knows (RequestTokenNotFoundException: requests expire after
      7 days, ClientTokens after 36 hours) is treated as one that never got an answer,
      except that a CREATE first adopts the object it may have made: the image of that
      name, or the newest version no record manages whose properties are the journaled
      ones (`Operations.made_by_forgotten_create`).
Failures follow the journal's rules (`planner.apply.journal`); `ApplyFailedError` lists them
after every entry was tried.
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable

from planner.apply.executor import ApplyFailedError, ApplyResult, StepFailure
from planner.apply.journal import Clock, Ledger
from planner.apply.operations import Operations
from planner.plan.changes import DEPOSED_SUFFIX, Step, StepKind
from planner.render.progress import ProgressSink
from state.cloud.client import LiveCloud, OperationResult, new_client_token
from state.cloud.errors import OperationThrottled
from state.errors import CloudError, ImgverError
from state.recorded.document import StateStore
from state.recorded.model import Operation, PendingOperation, ResourceRecord, State

__all__ = ["resume_pending"]

_UNKNOWN_REQUEST = "RequestTokenNotFoundException"
# What `_awaited` answers for a request Cloud Control no longer knows (never a ClientToken:
# those are UUIDs).
_FORGOTTEN = "forgotten"
_KIND_OF_OPERATION: dict[Operation, StepKind] = {
    "CREATE": StepKind.CREATE,
    "UPDATE": StepKind.UPDATE,
    "DELETE": StepKind.DELETE,
}


def resume_pending(
    state: State,
    store: StateStore,
    cloud: LiveCloud,
    progress: ProgressSink | None = None,
    *,
    clock: Clock = time.time,
    command: str = "imgver apply",
) -> list[str]:
    """Settle every operation an earlier run left journaled; the addresses settled.

    Raises `ApplyFailedError` listing the operations that could not be finished, after
    trying all of them; its advice names `command`, the command being run.
    """
    ledger = Ledger(state, store, clock)
    operations = Operations(ledger, cloud)
    result = ApplyResult()
    settled: list[str] = []
    for address in sorted(state.resources):
        record = copy.deepcopy(state.resources[address])
        pending = record.pending
        if pending is None:
            continue
        if pending.operation == "UPDATE" and pending.request_token is None:
            # Nothing to wait for and no patch to send again; the update may have reached
            # the cloud, so the record is refreshed from live as the entry is cleared (else
            # drift would call imgver's own change out-of-band).
            try:
                _refresh_unanswered_update(operations, address, record)
            except ImgverError as error:
                result.failed.append(StepFailure(_resume_step(address, record, pending), error))
                continue
            settled.append(address)
            continue
        step = _resume_step(address, record, pending)
        started = clock()
        if progress is not None:
            progress.step_started(step)
        try:
            _resume(operations, address, record, pending)
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
            result,
            advice=f"Fix the cause and run {command} again.",
        )
    return settled


def _resume_step(address: str, record: ResourceRecord, pending: PendingOperation) -> Step:
    """A step describing a journaled operation, for progress and error reports."""
    return Step(
        id=f"{address}:resume-{pending.operation.lower()}",
        address=address.removesuffix(DEPOSED_SUFFIX),
        kind=_KIND_OF_OPERATION[pending.operation],
        type_name=record.type,
        identifier=record.identifier,
        properties=record.properties,
        deposed=address.endswith(DEPOSED_SUFFIX),
        description=f"finish the {pending.operation} an earlier run started",
    )


def _resume(
    operations: Operations, address: str, record: ResourceRecord, pending: PendingOperation
) -> None:
    """Settle one journaled operation by the rules in the module docstring."""
    ledger = operations.ledger
    if pending.operation == "CREATE":
        body = ledger.recorded_properties(address)
        result, token = _awaited(
            operations.cloud,
            pending,
            lambda error: ledger.create_failed(address, error, restore=False),
        )
        if result is None and token == _FORGOTTEN:
            # The request may have made the object days ago, and the ClientToken no
            # longer guards against a second one.
            result = operations.made_by_forgotten_create(record.type, address, body)
            token = pending.client_token
        if result is not None:
            operations.finish_create(record.type, address, body, result)
            return
        ledger.renew_pending(address, token)
        operations.send_create(record.type, address, body, token, restore=False)
    elif pending.operation == "DELETE":
        if record.identifier is None:
            ledger.remove(address)
            return
        result, token = _awaited(
            operations.cloud, pending, lambda error: ledger.operation_failed(address, error)
        )
        if result is not None:
            ledger.remove(address)
            return
        ledger.renew_pending(address, token)
        operations.send_delete(record.type, address, record.identifier, token)
    else:
        result, _ = _awaited(
            operations.cloud, pending, lambda error: ledger.operation_failed(address, error)
        )
        live = None
        if result is not None and record.identifier is not None:
            live = operations.cloud.read(record.type, record.identifier)
        ledger.update_resumed(address, live)


def _refresh_unanswered_update(
    operations: Operations, address: str, record: ResourceRecord
) -> None:
    """Clear an UPDATE entry that never got a RequestToken, refreshing the record from live."""
    live = None
    if record.identifier is not None:
        live = operations.cloud.read(record.type, record.identifier)
    operations.ledger.update_resumed(address, live)


def _awaited(
    cloud: LiveCloud, pending: PendingOperation, failed: Callable[[CloudError], None]
) -> tuple[OperationResult | None, str]:
    """The journaled request's result, or None and the ClientToken to submit it again with.

    A request that ended throttled changed nothing and is submitted again with a new
    token; one Cloud Control never answered, with the journaled token. For one Cloud
    Control no longer knows the token is `_FORGOTTEN`: what it did must be looked up
    first. Any other failure is settled by `failed` and raised.
    """
    if pending.request_token is None:
        return None, pending.client_token
    try:
        return cloud.resume(pending.request_token), pending.client_token
    except OperationThrottled:
        return None, new_client_token()
    except CloudError as error:
        if error.error_code == _UNKNOWN_REQUEST:
            return None, _FORGOTTEN
        failed(error)
        raise
