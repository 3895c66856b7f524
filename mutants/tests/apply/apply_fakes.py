"""Test doubles for the apply tests: an in-memory LiveCloud and a store that keeps every write.

`FakeCloud` follows the LiveCloud contract (journal callback before each submission and
after the answer, OperationResult, CloudErrors) with controllable faults, gates that hold
operations in flight, and a concurrency count. `RecordingStore` is the shipped MemoryStore
plus a log of every document written, interleaved with the fake cloud's calls.
"""

from __future__ import annotations

import copy
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from planner.plan.changes import Action, Plan, ResourceChange, Step, StepKind
from state.cloud.client import JournalCallback, OperationResult, RecoverCallback
from state.cloud.errors import OperationFailedError
from state.errors import CloudError
from state.recorded.memory import MemoryStore
from state.recorded.model import State
from state.schema import IMAGE, IMAGE_VERSION

REGION = "us-east-1"
ACCOUNT = "123456789012"
ROLE = f"arn:aws:iam::{ACCOUNT}:role/SageMakerImages"


def image_arn(name: str) -> str:
    return f"arn:aws:sagemaker:{REGION}:{ACCOUNT}:image/{name.lower()}"


def version_arn(name: str, version: int) -> str:
    return f"arn:aws:sagemaker:{REGION}:{ACCOUNT}:image-version/{name.lower()}/{version}"


def base_image(tag: str) -> str:
    return f"{ACCOUNT}.dkr.ecr.{REGION}.amazonaws.com/ds:{tag}"


def image_body(name: str = "data-science") -> dict[str, Any]:
    return {"ImageName": name, "ImageRoleArn": ROLE}


def version_body(
    tag: str = "2024.10", *, image: str = "data-science", **extra: Any
) -> dict[str, Any]:
    return {"ImageName": image, "BaseImage": base_image(tag), **extra}


@dataclass
class Log:
    """What happened, in order: ("write", document) and ("call", operation, detail)."""

    entries: list[tuple[Any, ...]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, *entry: Any) -> None:
        with self.lock:
            self.entries.append(entry)

    def calls(self) -> list[tuple[Any, ...]]:
        with self.lock:
            return [entry[1:] for entry in self.entries if entry[0] == "call"]

    def writes(self) -> list[dict[str, Any]]:
        with self.lock:
            return [entry[1] for entry in self.entries if entry[0] == "write"]


class RecordingStore(MemoryStore):
    """MemoryStore that logs each document it writes."""

    def __init__(self, log: Log | None = None) -> None:
        super().__init__()
        self.log = log or Log()

    def write(self, state: State) -> None:
        super().write(state)
        self.log.add("write", state.to_document())


Fault = Callable[[], CloudError]


class FakeCloud:
    """An in-memory LiveCloud for the two SageMaker types.

    `faults[(operation, key)]` makes a call fail after its request was answered, where key
    is the ImageName + BaseImage tag for creates (see `key_of`) or the identifier; a fault
    in `rejections` fails before any request token; `resume_faults[request_token]` is how
    a resumed request ends. `gate`, when set, holds every mutating
    call in flight until it is set by the test.
    """

    def __init__(self, log: Log | None = None) -> None:
        self.region = REGION
        self.log = log or Log()
        self.objects: dict[str, dict[str, Any]] = {}
        self.aliases: dict[str, list[str]] = {}
        self.faults: dict[tuple[str, str], Fault] = {}
        self.rejections: dict[tuple[str, str], Fault] = {}
        self.resume_faults: dict[str, Fault] = {}
        self.gate: threading.Event | None = None
        self.active = 0
        self.max_active = 0
        self.changed = threading.Condition()
        self._versions: dict[str, int] = {}
        self._requests = 0
        self._lock = threading.Lock()

    # the contract

    def read(
        self,
        type_name: str,
        identifier: str,
        *,
        just_created: bool = False,
        image_name: str | None = None,
    ) -> dict[str, Any] | None:
        self.log.add("call", "read", identifier)
        with self._lock:
            if identifier.startswith("{"):
                # An image's secondary identifier, as Cloud Control documents it.
                identifier = image_arn(json.loads(identifier)["ImageName"])
            model = copy.deepcopy(self.objects.get(identifier))
            if model is not None and self.aliases.get(identifier):
                model["Aliases"] = sorted(self.aliases[identifier])
            return model

    def create(
        self,
        type_name: str,
        desired: dict[str, Any],
        *,
        client_token: str | None = None,
        journal: JournalCallback | None = None,
        recover: RecoverCallback | None = None,
    ) -> OperationResult:
        key = key_of(desired)
        token = client_token or "generated"
        self._submit("CREATE", key, token, journal)
        with self.running():
            self._fail("CREATE", key)
            with self._lock:
                identifier = self._make(type_name, desired)
        return OperationResult("CREATE", type_name, identifier, f"req-{key}", None)

    def update(
        self,
        type_name: str,
        identifier: str,
        patch: list[dict[str, Any]],
        *,
        client_token: str | None = None,
        journal: JournalCallback | None = None,
    ) -> OperationResult:
        self._submit("UPDATE", identifier, client_token or "generated", journal, patch=patch)
        with self.running():
            self._fail("UPDATE", identifier)
            with self._lock:
                for operation in patch:
                    name = operation["path"].strip("/")
                    if name == "Aliases":
                        self.aliases[identifier] = list(operation["value"])
                    elif operation["op"] == "remove":
                        self.objects[identifier].pop(name, None)
                    else:
                        self.objects[identifier][name] = operation["value"]
        return OperationResult("UPDATE", type_name, identifier, f"req-{identifier}", None)

    def delete(
        self,
        type_name: str,
        identifier: str,
        *,
        client_token: str | None = None,
        journal: JournalCallback | None = None,
    ) -> OperationResult:
        self._submit("DELETE", identifier, client_token or "generated", journal)
        with self.running():
            self._fail("DELETE", identifier)
            with self._lock:
                self.objects.pop(identifier, None)
                self.aliases.pop(identifier, None)
        return OperationResult("DELETE", type_name, identifier, f"req-{identifier}", None)

    def resume(
        self, request_token: str, *, journal: JournalCallback | None = None
    ) -> OperationResult:
        """Resumes only end in the fault set for their token: the tests choose each outcome."""
        self.log.add("call", "resume", request_token)
        return _raise(self.resume_faults[request_token])

    # helpers for tests

    def add_object(self, type_name: str, desired: dict[str, Any]) -> str:
        with self._lock:
            return self._make(type_name, desired)

    def wait_active(self, count: int) -> None:
        """Block until `count` operations are in flight at once."""
        with self.changed:
            if not self.changed.wait_for(lambda: self.active >= count, timeout=10):
                raise AssertionError(f"{count} operations never ran at once")

    def running(self) -> _Running:
        return _Running(self)

    # internals

    def _submit(
        self,
        operation: str,
        key: str,
        token: str,
        journal: JournalCallback | None,
        *,
        patch: list[dict[str, Any]] | None = None,
    ) -> None:
        if journal:
            journal(token, None)
        detail: Any = (key, patch) if patch is not None else key
        self.log.add("call", operation, detail, token)
        rejection = self.rejections.get((operation, key))
        if rejection is not None:
            raise rejection()
        if journal:
            journal(token, f"req-{key}")

    def _fail(self, operation: str, key: str) -> None:
        fault = self.faults.get((operation, key))
        if fault is not None:
            raise fault()

    def _make(self, type_name: str, desired: dict[str, Any]) -> str:
        model = {name: value for name, value in desired.items() if name != "Aliases"}
        if type_name == IMAGE:
            identifier = image_arn(desired["ImageName"])
            model["ImageArn"] = identifier
        else:
            name = desired["ImageName"]
            version = self._versions.get(name, 0) + 1
            self._versions[name] = version
            identifier = version_arn(name, version)
            model.update(
                ImageVersionArn=identifier,
                ImageArn=image_arn(name),
                Version=version,
                ContainerImage=desired["BaseImage"],
            )
        self.objects[identifier] = model
        if desired.get("Aliases"):
            self.aliases[identifier] = list(desired["Aliases"])
        return identifier


class _Running:
    """Counts an operation as in flight, and holds it at the gate if one is set."""

    def __init__(self, cloud: FakeCloud) -> None:
        self.cloud = cloud

    def __enter__(self) -> None:
        cloud = self.cloud
        with cloud.changed:
            cloud.active += 1
            cloud.max_active = max(cloud.max_active, cloud.active)
            cloud.changed.notify_all()
        if cloud.gate is not None and not cloud.gate.wait(timeout=10):
            raise AssertionError("the gate was never opened")

    def __exit__(self, *exc: object) -> None:
        with self.cloud.changed:
            self.cloud.active -= 1
            self.cloud.changed.notify_all()


def _raise(fault: Fault) -> OperationResult:
    raise fault()


def key_of(desired: dict[str, Any]) -> str:
    """How FakeCloud names a create: the ImageName, plus the base image tag for versions."""
    if "BaseImage" in desired:
        return f"{desired['ImageName']}:{desired['BaseImage'].rsplit(':', 1)[1]}"
    return str(desired["ImageName"])


def failed(code: str, message: str, identifier: str = "") -> Fault:
    """A fault ending the operation FAILED, as LiveCloud reports it."""

    def fault() -> CloudError:
        return OperationFailedError(
            f"CreateResource failed: {code}",
            f"StatusMessage: {message}",
            operation="CreateResource",
            type_name=IMAGE_VERSION,
            identifier=identifier,
            error_code=code,
            status_message=message,
        )

    return fault


def step(
    step_id: str,
    kind: StepKind,
    type_name: str = IMAGE_VERSION,
    *,
    address: str | None = None,
    **fields: Any,
) -> Step:
    return Step(
        id=step_id,
        address=address or step_id.split(":", 1)[0].removesuffix("#deposed"),
        kind=kind,
        type_name=type_name,
        **fields,
    )


def plan_of(steps: list[Step], actions: dict[str, Action] | None = None) -> Plan:
    """A plan of `steps` with one change per address (CREATE unless `actions` says)."""
    addresses = dict.fromkeys(s.address for s in steps)
    changes = [
        ResourceChange(
            address=address,
            type_name=next(s.type_name for s in steps if s.address == address),
            action=(actions or {}).get(address, Action.CREATE),
        )
        for address in addresses
    ]
    return Plan(changes=changes, steps=steps)
