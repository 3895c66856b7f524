"""One step at a time: its cloud call, between the journal entries that frame it.

Owns `Operations`, which runs a step of each kind (create, update, delete, forget, record,
move, retire)
in the order the journal rules need: journal the operation in state, call
`state.cloud.client.LiveCloud` with that journal's ClientToken and callback, then record the
result or settle the failure (the rules are in `planner.apply.journal`). A create
whose failure may have left its object behind (`state.cloud.client.MAY_HAVE_CREATED_CODES`)
is settled before it is resubmitted or reported: the object an earlier event of it named,
else the image of that name or a version of that image that no record manages and that
matches the request, is adopted after a throttle (the object was made, only the read after
it failed), and deleted otherwise (it is left in CREATE_FAILED), with its failure reason
shown. Must not: change state
other than through `planner.apply.journal.Ledger`, schedule steps or run them in parallel (the
executor does), decide what to change, or render anything.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from planner.apply.journal import Ledger, record_address
from planner.plan.changes import Step, StepKind
from planner.plan.refresh import image_identifier
from state.cloud.client import LiveCloud, LiveResource, OperationResult
from state.errors import CloudError
from state.schema import IMAGE_VERSION, load_schema
from state.values import copy_value

__all__ = ["Operations"]


class Operations:
    """The cloud calls of each step kind, with their journal and their state bookkeeping."""

    def __init__(self, ledger: Ledger, cloud: LiveCloud) -> None:
        self.ledger = ledger
        self.cloud = cloud
        self._runners: dict[StepKind, Callable[[Step], str | None]] = {
            StepKind.CREATE: self._create,
            StepKind.UPDATE: self._update,
            StepKind.DELETE: self._delete,
            StepKind.FORGET: self._forget,
            StepKind.RECORD: self._record,
            StepKind.MOVE: self._move,
            StepKind.RETIRE: self._retire,
        }

    def run(self, step: Step) -> str | None:
        """Execute one step; the identifier of the object acted on, when known."""
        return self._runners[step.kind](step)

    def send_create(
        self, type_name: str, address: str, body: dict[str, Any], token: str, *, restore: bool
    ) -> str | None:
        """Create `body` with the journaled `token` and record it; `restore` as for
        `Ledger.create_failed`."""
        notes: list[str] = []
        deleted: set[str] = set()

        def recover(event: dict[str, Any]) -> OperationResult | None:
            return self._recover(type_name, address, body, event, notes, deleted)

        try:
            result = self.cloud.create(
                type_name,
                body,
                client_token=token,
                journal=self.ledger.journal(address),
                recover=recover,
            )
        except CloudError as error:
            if notes:
                error.detail = "\n".join([*notes, error.detail]).strip()
            self.ledger.create_failed(address, error, restore=restore, deleted=frozenset(deleted))
            raise
        return self.finish_create(type_name, address, body, result)

    def _recover(
        self,
        type_name: str,
        address: str,
        body: dict[str, Any],
        event: dict[str, Any],
        notes: list[str],
        deleted: set[str],
    ) -> OperationResult | None:
        """The object a failed create made (named by an earlier event of it, else found
        among the objects no record manages), adopted after a throttle; deleted (noted, and
        added to `deleted`) after any other failure, so the retry or the error leaves no
        CREATE_FAILED orphan."""
        made = self.ledger.journaled_identifier(address) or self._unmanaged(type_name, body)
        if made is None:
            return None
        if event.get("ErrorCode") == "Throttling":
            return OperationResult("CREATE", type_name, made, "", None)
        self.cloud.delete(type_name, made)
        deleted.add(made)
        notes.append(
            f"The failed create left {made} behind (CREATE_FAILED: "
            f"{event.get('StatusMessage') or event.get('ErrorCode')}); it was deleted."
        )
        return None

    def _unmanaged(self, type_name: str, body: dict[str, Any]) -> str | None:
        """The object no record manages that a create of `body` would have made: the
        image of its name, or the newest matching version."""
        if type_name == IMAGE_VERSION:
            found = self._unmanaged_match(body)
            return None if found is None else found.identifier
        image = self.cloud.read(type_name, image_identifier(str(body["ImageName"])))
        identifier = None if image is None else str(image.get("ImageArn") or "") or None
        return None if identifier in self.ledger.managed_identifiers() else identifier

    def made_by_forgotten_create(
        self, type_name: str, address: str, body: dict[str, Any]
    ) -> OperationResult | None:
        """The object a create request Cloud Control no longer knows may have made, to
        adopt: the one an event of it named (if it still exists), else the unmanaged image
        of the body's name, or the newest unmanaged version whose properties are the
        body's; None when there is none (the create is then sent again).
        """
        journaled = self.ledger.journaled_identifier(address)
        if journaled is not None:
            identifier = journaled if self.cloud.read(type_name, journaled) else None
        else:
            identifier = self._unmanaged(type_name, body)
        if identifier is None:
            return None
        return OperationResult("CREATE", type_name, identifier, "", None)

    def _unmanaged_match(self, body: dict[str, Any]) -> LiveResource | None:
        """The newest version of the body's image that no record manages and whose
        properties are the body's (write-only ones aside)."""
        managed = self.ledger.managed_identifiers()
        write_only = load_schema(IMAGE_VERSION).write_only
        wanted = {name: value for name, value in body.items() if name not in write_only}
        matches = []
        for found in self.cloud.list(IMAGE_VERSION, image_name=str(body["ImageName"])):
            if found.identifier in managed:
                continue
            model = found.properties
            if "BaseImage" not in model:
                # ListResources may return only some properties (user guide).
                model = self.cloud.read(IMAGE_VERSION, found.identifier) or {}
            if all(
                str(model.get(name)).lower() == str(value).lower()
                if name == "ImageName"
                else model.get(name) == value
                for name, value in wanted.items()
            ):
                matches.append(found)
        return max(matches, key=lambda found: int(found.identifier.rsplit("/", 1)[1]), default=None)

    def finish_create(
        self, type_name: str, address: str, body: dict[str, Any], result: OperationResult
    ) -> str | None:
        """Record a finished create, with the read-only values of its live model.

        Those come from the request's final ProgressEvent when its ResourceModel holds every
        read-only property of the type ("A JSON string containing the resource model,
        consisting of each resource property and its current value", Cloud Control API
        reference, ProgressEvent; the public ImageVersion and Image create handlers end
        with their ReadHandler, research aws-behaviour.md item 5), so nothing more is
        asked; otherwise the object is read now.
        """
        identifier = result.identifier
        live: dict[str, Any] | None = None
        read_error: CloudError | None = None
        if identifier and not _holds_read_only_values(type_name, result.model):
            try:
                live = self.cloud.read(
                    type_name,
                    identifier,
                    just_created=True,
                    image_name=body.get("ImageName") if type_name == IMAGE_VERSION else None,
                )
            except CloudError as error:
                # The object exists: record it whatever the read says, then report the read.
                read_error = error
        self.ledger.created(
            address, type_name, identifier, body, live if live is not None else result.model
        )
        if read_error is not None:
            raise read_error
        return identifier

    def send_delete(self, type_name: str, address: str, identifier: str, token: str) -> None:
        """Delete `identifier` with the journaled `token` and drop its record."""
        try:
            self.cloud.delete(
                type_name, identifier, client_token=token, journal=self.ledger.journal(address)
            )
        except CloudError as error:
            self.ledger.operation_failed(address, error)
            raise
        self.ledger.remove(address)

    def _create(self, step: Step) -> str | None:
        address = record_address(step)
        body = copy_value(step.properties or {})
        token, deposed = self.ledger.begin_create(address, step.type_name, self.cloud.region, body)
        return self.send_create(step.type_name, address, body, token, restore=deposed)

    def _update(self, step: Step) -> str:
        address = record_address(step)
        identifier, token = self.ledger.begin_update(address, step)
        try:
            self.cloud.update(
                step.type_name,
                identifier,
                step.patch,
                client_token=token,
                journal=self.ledger.journal(address),
            )
        except CloudError as error:
            self.ledger.operation_failed(address, error)
            raise
        self.ledger.updated(address, step.patch)
        return identifier

    def _delete(self, step: Step) -> str | None:
        address = record_address(step)
        identifier, token = self.ledger.begin_delete(address, step)
        if identifier is not None:
            self.send_delete(step.type_name, address, identifier, token)
        return identifier

    def _forget(self, step: Step) -> str | None:
        removed = self.ledger.remove(record_address(step))
        return removed.identifier if removed else step.identifier

    def _record(self, step: Step) -> str | None:
        return self.ledger.record(record_address(step), step, self.cloud.region)

    def _retire(self, step: Step) -> str | None:
        return self.ledger.retire(record_address(step))

    def _move(self, step: Step) -> str | None:
        assert step.moved_from is not None
        return self.ledger.move(step.moved_from, step.address)


def _holds_read_only_values(type_name: str, model: dict[str, Any] | None) -> bool:
    """Whether `model` has a value for every read-only property of `type_name`."""
    if not model:
        return False
    return load_schema(type_name).read_only <= model.keys()
