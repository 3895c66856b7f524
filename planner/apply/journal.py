"""The state ledger of an apply: every record change an operation journals or records.

Owns `Ledger`, the one writer of the shared State while an apply or a resume runs: each
change is made under one lock and written with `store.write_changes` (which bumps the
serial) for the records it touched, and forced to disk before anything else happens (the
writes of steps finishing together share one fsync; a RequestToken or Identifier Cloud
Control answered is forced along with the next write); it is undone in memory (from copies
of those records only) when the write fails, so the stored state is never behind the
cloud by more than the operations in flight. Must not: call the
cloud (`planner.apply.operations` does, between the journal entries made here), decide the
order of steps or render anything.

Journal (per step; `<address>` below is `<address>#deposed` for a step with `deposed`)
    CREATE  One state write, before the call: if the record at the address names an object
            (a replacement, or a tainted object), it moves to `<address>#deposed`; the new
            record has no identifier, the properties being sent (write-only ones included)
            and `pending = (CREATE, client_token, started)`. The ClientToken is the one
            already journaled at that address for a CREATE that never got an answer, so a
            replayed create is the same request to Cloud Control, not a duplicate. A
            `#deposed` slot still holding another object is never overwritten.
    UPDATE  `pending = (UPDATE, new client_token, started)` on the record.
    DELETE  `pending = (DELETE, client_token, started)`, reusing a journaled DELETE token.
    Then  LiveCloud calls the journal callback with (client_token, None) before each
          submission (a throttled request is resubmitted with a new token, which replaces
          the journaled one) and with (client_token, request_token) once Cloud Control
          answers: each new token is written to state before the wait begins. A create's
          record gets its identifier as soon as a progress event carries one (pending
          stays), and loses it when the create is submitted again with a new token.
    Done  CREATE: the identifier, the properties sent plus the read-only properties of the
          live model (read right after the create), status "created", no pending. UPDATE:
          the recorded properties with the patch applied. DELETE: the record is removed
          (DELETE or FORGET of a deposed step removes `<address>#deposed`). FORGET removes
          the record, RECORD stores `properties`, MOVE moves the record at `moved_from`
          (and its `#deposed` record) to the step's address, RETIRE moves a replaced
          version to `<address>#retired-<Version>` with `retired_at`: state-only, one
          write each.
    Failed  When the outcome is unknown (the wait timed out, the endpoint could not be
          reached, or polling failed) the journal entry stays as it is, so the next run
          resumes the request. Otherwise pending is cleared and: a create whose error names
          the object made (the service accepted the request and got that far) keeps it as
          `status="tainted"`, to be replaced by the next plan; a create that made nothing
          known (neither the error nor an earlier event named one) drops its record and, if
          it had deposed the old object, moves that back; an
          update or delete keeps the record as it was (Terraform keeps the old state).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections.abc import Callable, Iterator, MutableMapping
from typing import Any, TypeVar

import jsonpatch
import jsonpointer

from planner.errors import PlanError
from planner.plan.changes import DEPOSED_SUFFIX, Step, retired_address
from planner.plan.diff import refreshed_properties
from state.cloud.client import JournalCallback, new_client_token
from state.cloud.errors import EndpointError, OperationTimeoutError
from state.errors import CloudError
from state.recorded.document import StateStore
from state.recorded.model import Operation, PendingOperation, ResourceRecord, State
from state.schema import load_schema
from state.values import copy_value

__all__ = ["Clock", "Ledger", "record_address"]

Clock = Callable[[], float]
Resources = MutableMapping[str, ResourceRecord]
T = TypeVar("T")

_POLLING_OPERATION = "GetResourceRequestStatus"


def record_address(step: Step) -> str:
    """Where the step's object lives in state: `<address>#deposed` for a deposed step."""
    if step.deposed and not step.address.endswith(DEPOSED_SUFFIX):
        return step.address + DEPOSED_SUFFIX
    return step.address


class _Abandoned(Exception):
    """The apply was stopped at once: this thread must not touch state any more."""


class Ledger:
    """The shared State: changed under one lock, and written after every change."""

    def __init__(self, state: State, store: StateStore, clock: Clock) -> None:
        self._state = state
        self._store = store
        self._clock = clock
        self._lock = threading.Lock()
        self._closed = False

    def close(self) -> None:
        """Stop every further change; waits for a write in progress to end."""
        with self._lock:
            self._closed = True

    def managed_identifiers(self) -> set[str]:
        """The identifier of every object a record manages (deposed ones included)."""
        with self._lock:
            return {
                record.identifier
                for record in self._state.resources.values()
                if record.identifier is not None
            }

    def journal(self, address: str) -> JournalCallback:
        """The callback LiveCloud calls with each ClientToken and RequestToken."""

        def note(
            client_token: str, request_token: str | None, identifier: str | None = None
        ) -> None:
            def current(resources: Resources) -> tuple[PendingOperation | None, str | None]:
                record = resources.get(address)
                return (record.pending, record.identifier) if record else (None, None)

            pending, recorded = self._peek(current)
            if pending is None:
                return
            creating = pending.operation == "CREATE"
            resubmitted = client_token != pending.client_token
            # A create's record names its object as soon as an event does; a create sent
            # again (a new ClientToken) is a new object, not yet named.
            named = (identifier or (None if resubmitted else recorded)) if creating else recorded
            if (client_token, request_token, named) == (
                pending.client_token,
                pending.request_token,
                recorded,
            ):
                return

            def record_tokens(resources: Resources) -> None:
                record = resources[address]
                entry = record.pending
                if entry is not None:
                    entry.client_token = client_token
                    entry.request_token = request_token
                    record.identifier = named

            # A new ClientToken must be on disk before it is sent. What Cloud Control
            # answered to a journaled one (its RequestToken, a create's Identifier) need
            # not be forced first: lost in a system crash, the entry is the one of a stop
            # before the answer, which resume finishes with the same ClientToken. The
            # next forced write (the result, at the latest) forces it along.
            self._commit(record_tokens, force=resubmitted)

        return note

    def journaled_identifier(self, address: str) -> str | None:
        """The object a pending create at `address` has been named as so far, if any."""

        def look(resources: Resources) -> str | None:
            record = resources.get(address)
            if record is None or record.pending is None or record.pending.operation != "CREATE":
                return None
            return record.identifier

        return self._peek(look)

    def recorded_properties(self, address: str) -> dict[str, Any]:
        """A copy of the properties recorded at `address`."""
        return self._peek(lambda resources: copy_value(resources[address].properties))

    # creating

    def begin_create(
        self, address: str, type_name: str, region: str, body: dict[str, Any]
    ) -> tuple[str, bool]:
        """Journal a create of `body`; its ClientToken, and whether an object was deposed."""
        started = self._timestamp()

        def begin(resources: Resources) -> tuple[str, bool]:
            existing = resources.get(address)
            if existing is not None and existing.identifier is not None:
                _depose(resources, address, existing)
                token, deposed = new_client_token(), True
            else:
                token, deposed = _reusable_token(existing, "CREATE") or new_client_token(), False
            resources[address] = ResourceRecord(
                type=type_name,
                identifier=None,
                region=region,
                properties=copy_value(body),
                pending=PendingOperation("CREATE", token, started),
            )
            return token, deposed

        return self._commit(begin)

    def created(
        self,
        address: str,
        type_name: str,
        identifier: str | None,
        body: dict[str, Any],
        model: dict[str, Any] | None,
    ) -> None:
        """Record a finished create: identifier, properties sent, read-only values of `model`."""
        properties = copy_value(body)
        properties.update(_read_only_values(type_name, model))

        def finish(resources: Resources) -> None:
            record = resources[address]
            record.identifier = identifier
            record.properties = properties
            record.status = "created"
            record.pending = None

        self._commit(finish)

    def create_failed(
        self,
        address: str,
        error: CloudError,
        *,
        restore: bool,
        deleted: frozenset[str] = frozenset(),
    ) -> None:
        """Settle a failed create; `restore` moves back the object its journal entry deposed.
        `deleted` holds what the create made and imgver has deleted since (a CREATE_FAILED
        version): no record is kept of it."""
        if _outcome_unknown(error):
            return

        def settle(resources: Resources) -> None:
            record = resources.get(address)
            if record is None:
                return
            record.pending = None
            # A FAILED event carries no Identifier, but an earlier event of it may have.
            made = error.identifier or record.identifier
            if made and made not in deleted:
                record.identifier = made
                record.status = "tainted"
                return
            del resources[address]
            deposed = address + DEPOSED_SUFFIX
            if restore and deposed in resources:
                resources[address] = resources.pop(deposed)

        self._commit(settle)

    # updating

    def begin_update(self, address: str, step: Step) -> tuple[str, str]:
        """Journal `step`'s update; the identifier to update and the ClientToken."""
        started = self._timestamp()

        def begin(resources: Resources) -> tuple[str, str]:
            record = _require_record(resources, address, step)
            identifier = step.identifier or record.identifier
            if identifier is None:
                raise PlanError(
                    f"{address} has no identifier in state, so it cannot be updated",
                    "Run imgver plan again: it plans a create for it.",
                )
            record.pending = PendingOperation("UPDATE", new_client_token(), started)
            return identifier, record.pending.client_token

        return self._commit(begin)

    def updated(self, address: str, patch: list[dict[str, Any]]) -> None:
        """Record a finished update: the recorded properties with `patch` applied."""

        def finish(resources: Resources) -> None:
            record = resources[address]
            record.properties = _patched(record.properties, patch)
            record.pending = None

        self._commit(finish)

    def update_resumed(self, address: str, live: dict[str, Any] | None) -> None:
        """Record a resumed update: its patch was not journaled, so the recorded properties
        are refreshed from `live`, as a refresh-only plan would."""

        def settle(resources: Resources) -> None:
            entry = resources[address]
            entry.pending = None
            if live is not None:
                entry.properties = refreshed_properties(entry, live)

        self._commit(settle)

    # deleting

    def begin_delete(self, address: str, step: Step) -> tuple[str | None, str]:
        """Journal `step`'s delete; the identifier to delete (None: there is no object,
        and the record is already dropped) and the ClientToken."""
        started = self._timestamp()

        def begin(resources: Resources) -> tuple[str | None, str]:
            record = _require_record(resources, address, step)
            identifier = step.identifier or record.identifier
            token = _reusable_token(record, "DELETE") or new_client_token()
            if identifier is None:
                # Its create never finished: there is no object, only the record.
                del resources[address]
            else:
                record.pending = PendingOperation("DELETE", token, started)
            return identifier, token

        return self._commit(begin)

    def remove(self, address: str) -> ResourceRecord | None:
        """Drop the record at `address` (a finished delete, a forget); the record dropped."""
        return self._commit(lambda resources: resources.pop(address, None))

    # either

    def operation_failed(self, address: str, error: CloudError) -> None:
        """Settle a failed update or delete: the record stays as it was, without its journal
        entry, unless the outcome is unknown."""
        if not _outcome_unknown(error):
            self.clear_pending(address)

    def clear_pending(self, address: str) -> None:
        def clear(resources: Resources) -> None:
            record = resources.get(address)
            if record is not None:
                record.pending = None

        self._commit(clear)

    def renew_pending(self, address: str, token: str) -> None:
        """Journal `token` for submitting the pending operation again, with no request yet."""

        def renew(resources: Resources) -> None:
            pending = resources[address].pending
            if pending is not None:
                pending.client_token = token
                pending.request_token = None

        self._commit(renew)

    # state only

    def record(self, address: str, step: Step, region: str) -> str | None:
        """Store `step.properties` as the last applied; the identifier recorded."""

        def store(resources: Resources) -> str | None:
            properties = copy_value(step.properties or {})
            existing = resources.get(address)
            if existing is None:
                resources[address] = ResourceRecord(
                    type=step.type_name,
                    identifier=step.identifier,
                    region=region,
                    properties=properties,
                )
                return step.identifier
            existing.identifier = step.identifier or existing.identifier
            existing.properties = properties
            return existing.identifier

        return self._commit(store)

    def retire(self, address: str) -> str | None:
        """Move the replaced version at `address` (`<address>#deposed`) to
        `<address>#retired-<Version>`, stamped with when; its identifier."""

        def move(resources: Resources) -> str | None:
            record = resources.pop(address)
            record.retired_at = self._timestamp()
            resources[retired_address(address, record.properties.get("Version"))] = record
            return record.identifier

        return self._commit(move)

    def move(self, source: str, target: str) -> str | None:
        """Move the record at `source` (and `source#deposed`) to `target`; its identifier.
        A move already made (nothing at `source`, the object at `target`) changes nothing."""

        def relocate(resources: Resources) -> str | None:
            if source not in resources:
                record = resources.get(target)
                return record.identifier if record else None
            if target in resources:
                raise PlanError(
                    f"cannot move {source} to {target}: state records both",
                    "stop managing one of them with `imgver state rm`",
                )
            for suffix in ("", DEPOSED_SUFFIX):
                if source + suffix in resources:
                    resources[target + suffix] = resources.pop(source + suffix)
            return resources[target].identifier

        return self._commit(relocate)

    # the guarded state

    def _timestamp(self) -> str:
        moment = dt.datetime.fromtimestamp(self._clock(), dt.UTC)
        return moment.isoformat(timespec="seconds").replace("+00:00", "Z")

    def _peek(self, look: Callable[[Resources], T]) -> T:
        with self._lock:
            if self._closed:
                raise _Abandoned()
            return look(self._state.resources)

    def _commit(self, change: Callable[[Resources], T], *, force: bool = True) -> T:
        """Apply `change` to the records and write the ones it touched, returning once the
        write is durable (with `force`; otherwise once written, a later forced write making
        it durable too); when the change or the write fails, put them back as they were."""
        with self._lock:
            if self._closed:
                raise _Abandoned()
            touched = _Touched(self._state.resources)
            try:
                outcome = change(touched)
                durable = self._store.write_changes(self._state, touched.saved)
            except BaseException:
                touched.undo()
                raise
        # Outside the lock, so the writes of steps finishing together share one fsync.
        # Once written the change stays in memory (later changes may build on it): a
        # StateError here stops the step before anything relies on the write.
        if force:
            durable()
        return outcome


class _Touched(MutableMapping[str, ResourceRecord]):
    """The records seen through it, each copied the first time a change looks at its
    address, so a commit copies and writes the records it touched, not all of them."""

    def __init__(self, resources: dict[str, ResourceRecord]) -> None:
        self._resources = resources
        self.saved: dict[str, ResourceRecord | None] = {}

    def _touch(self, address: str) -> None:
        if address not in self.saved:
            record = self._resources.get(address)
            self.saved[address] = None if record is None else _copied(record)

    def undo(self) -> None:
        for address, record in self.saved.items():
            if record is None:
                self._resources.pop(address, None)
            else:
                self._resources[address] = record

    def __getitem__(self, address: str) -> ResourceRecord:
        self._touch(address)
        return self._resources[address]

    def __setitem__(self, address: str, record: ResourceRecord) -> None:
        self._touch(address)
        self._resources[address] = record

    def __delitem__(self, address: str) -> None:
        self._touch(address)
        del self._resources[address]

    def __contains__(self, address: object) -> bool:
        if isinstance(address, str):
            self._touch(address)
        return address in self._resources

    def __iter__(self) -> Iterator[str]:
        for address in list(self._resources):  # a change that walks them all touches all
            self._touch(address)
            yield address

    def __len__(self) -> int:
        return len(self._resources)


def _copied(record: ResourceRecord) -> ResourceRecord:
    """A copy of `record` that no change to it reaches (its properties are JSON values)."""
    pending = dataclasses.replace(record.pending) if record.pending is not None else None
    return dataclasses.replace(record, properties=copy_value(record.properties), pending=pending)


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


def _patched(properties: dict[str, Any], patch: list[dict[str, Any]]) -> dict[str, Any]:
    """The recorded properties with an applied patch, one operation at a time.

    The patch was made against the live model, which may hold values the record never
    did: removing a value the record lacks is already true, replacing it becomes adding
    it, and an operation whose parent the record lacks is left out (the next plan
    compares with live anyway).
    """
    result = copy_value(properties)
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
