"""The recorded state as plain data: State, ResourceRecord and the pending-operation journal.

Owns the shape of the state document and its conversion to and from JSON-ready dicts.
Must not: do I/O, take locks or talk to AWS (that is the stores of `state.recorded` and
`state.cloud.client`).

Document shape::

    {"format": "imgver-state", "version": 1, "serial": N, "lineage": UUID,
     ["account": ID, "region": REGION, "environment": NAME,]
     "resources": {ADDR: {"type", "identifier", "region", "properties", "status", "pending",
                          ["retired_at"], ["prevent_destroy"]}}}

`account`, `region` and `environment` say where the state was made (written once a run
knows them); a state without them is bound to nothing yet. `"prevent_destroy": true` is
written for a record whose spec sets `lifecycle.prevent_destroy` (left out otherwise), so
the protection outlives the removal of its block.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from state.errors import StateError
from state.recorded.checks import document_problem

STATE_FORMAT = "imgver-state"
STATE_VERSION = 1

Operation = Literal["CREATE", "UPDATE", "DELETE"]
ResourceStatus = Literal["created", "tainted"]
RESOURCE_STATUSES: tuple[str, ...] = get_args(ResourceStatus)
OPERATIONS: tuple[str, ...] = get_args(Operation)


@dataclass
class PendingOperation:
    """A mutating call that was sent (or was about to be) and has not been seen to finish.

    Journaled before the call with its ClientToken, then again with the RequestToken
    Cloud Control answered, so an interrupted run can resume the request instead of
    sending a duplicate.
    """

    operation: Operation
    client_token: str
    started: str
    request_token: str | None = None

    def to_document(self) -> dict[str, Any]:
        return {
            "operation": self.operation,
            "client_token": self.client_token,
            "request_token": self.request_token,
            "started": self.started,
        }

    @classmethod
    def from_document(cls, document: dict[str, Any]) -> PendingOperation:
        operation = document["operation"]
        if operation not in OPERATIONS:
            raise ValueError(f"unknown pending operation {operation!r}")
        return cls(
            operation=operation,
            client_token=str(document["client_token"]),
            request_token=document.get("request_token"),
            started=str(document["started"]),
        )


@dataclass
class ResourceRecord:
    """What imgver knows about one managed resource.

    `identifier` is the primary identifier (ARN) once the resource exists, `None` while its
    create is still pending. `properties` are the last-applied properties, write-only ones
    included, since the service never returns those. `retired_at` is set on a version a
    replacement retired (kept live by `on_replace: retain`).
    """

    type: str
    identifier: str | None
    region: str
    properties: dict[str, Any] = field(default_factory=dict)
    status: ResourceStatus = "created"
    pending: PendingOperation | None = None
    retired_at: str | None = None  # when a replacement retired it (ISO 8601, UTC)
    prevent_destroy: bool = False

    def to_document(self, *, shared: bool = False) -> dict[str, Any]:
        """The record as a JSON-ready dict; `shared` leaves its properties uncopied, for a
        caller that only serialises the result and drops it."""
        document: dict[str, Any] = {
            "type": self.type,
            "identifier": self.identifier,
            "region": self.region,
            "properties": self.properties if shared else copy.deepcopy(self.properties),
            "status": self.status,
            "pending": self.pending.to_document() if self.pending else None,
        }
        if self.retired_at is not None:
            document["retired_at"] = self.retired_at
        if self.prevent_destroy:
            document["prevent_destroy"] = True
        return document

    @classmethod
    def from_document(cls, document: dict[str, Any]) -> ResourceRecord:
        status = document.get("status", "created")
        if status not in RESOURCE_STATUSES:
            raise ValueError(f"unknown resource status {status!r}")
        pending = document.get("pending")
        prevent_destroy = document.get("prevent_destroy", False)
        if not isinstance(prevent_destroy, bool):
            raise ValueError(f"prevent_destroy must be true or false, not {prevent_destroy!r}")
        return cls(
            type=str(document["type"]),
            identifier=document.get("identifier"),
            region=str(document.get("region", "")),
            properties=copy.deepcopy(dict(document.get("properties") or {})),
            status=status,
            pending=PendingOperation.from_document(pending) if pending else None,
            retired_at=str(document["retired_at"]) if document.get("retired_at") else None,
            prevent_destroy=prevent_destroy,
        )


@dataclass
class State:
    """The whole recorded state. `serial` counts writes; `lineage` names this state's history.

    A state that was never stored has no history yet: its lineage is "" until the first
    write names it, so every read of an empty store (and every plan made from one) agrees.
    """

    lineage: str = ""
    serial: int = 0
    resources: dict[str, ResourceRecord] = field(default_factory=dict)
    account: str = ""
    region: str = ""
    environment: str = ""

    def to_document(self, *, shared: bool = False) -> dict[str, Any]:
        """The state as a JSON-ready dict; `shared` as in `ResourceRecord.to_document`."""
        document: dict[str, Any] = {
            "format": STATE_FORMAT,
            "version": STATE_VERSION,
            "serial": self.serial,
            "lineage": self.lineage,
        }
        for key in ("account", "region", "environment"):
            if getattr(self, key):
                document[key] = getattr(self, key)
        document["resources"] = {
            address: record.to_document(shared=shared)
            for address, record in sorted(self.resources.items())
        }
        return document

    @classmethod
    def from_document(cls, document: Any, *, source: str = "state") -> State:
        """Parse a state document; StateError naming `source` for anything imgver cannot trust."""
        if not isinstance(document, dict) or document.get("format") != STATE_FORMAT:
            raise StateError(
                f"{source} is not an imgver state file",
                f'expected "format": "{STATE_FORMAT}" at the top of the document',
            )
        version = document.get("version")
        if not isinstance(version, int) or version > STATE_VERSION:
            raise StateError(
                f"{source} has state format version {version!r}, newer than this imgver "
                f"understands ({STATE_VERSION})",
                "upgrade imgver to read it; this version will not change it",
            )
        problem = document_problem(document)
        if problem:
            raise StateError(f"{source} is malformed: {problem}")
        try:
            resources = {
                str(address): ResourceRecord.from_document(record)
                for address, record in dict(document.get("resources") or {}).items()
            }
            return cls(
                lineage=str(document["lineage"]),
                serial=int(document["serial"]),
                resources=resources,
                account=str(document.get("account", "")),
                region=str(document.get("region", "")),
                environment=str(document.get("environment", "")),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise StateError(f"{source} is malformed: {error}") from error

    def copy(self) -> State:
        return State.from_document(self.to_document(shared=True))  # from_document copies
