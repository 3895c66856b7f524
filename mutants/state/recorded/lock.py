"""The state lock: who holds it, and taking it with waits and retries, for every store.

Owns the lock record (`LockInfo`, stored as a small JSON document), taking the lock with
its retries and wait-with-backoff for every store (a store only says how to create, read and
remove its lock record), the "state is locked" and force-unlock messages, stale-lock
detection and take-over: a lock whose holder provably died on this host (same host name,
its pid gone) is taken over at once, when the store can remove exactly that holding, and
the new holding says whose it took over (`LockInfo.took_over`, `take_over_notice`); a
force-unlock of a lock whose holder is still running on this host is refused unless asked.
Must not: read or write the state itself, or know where a lock record is kept
(each store's module holds its own lock back-end: `local.FileLock`, the S3 lock object in
`s3`, the memory store's holder field).

Lock document::

    {"id": UUID, "holder": "user@host", "pid": N, "operation": "apply",
     "created": "2024-11-27T11:36:00Z", "imgver_version": "0.1.0"}
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import socket
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace

from state import __version__
from state.errors import StateError, StateLockedError

FIRST_RETRY_SECONDS = 0.1
LAST_RETRY_SECONDS = 2.0


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


@dataclass(frozen=True)
class LockClock:
    """How taking the lock tells the time and waits; tests pass a fake one."""

    monotonic: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep


SYSTEM_CLOCK = LockClock()
mutants_x__this_user__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__this_user__mutmut)
def _this_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        # No login name in the environment and no passwd entry, as in some containers.
        return str(os.getuid()) if hasattr(os, "getuid") else "unknown"


def x__this_user__mutmut_orig() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        # No login name in the environment and no passwd entry, as in some containers.
        return str(os.getuid()) if hasattr(os, "getuid") else "unknown"


def x__this_user__mutmut_1() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        # No login name in the environment and no passwd entry, as in some containers.
        return str(os.getuid()) if (hasattr(os, "getuid")) and False else "unknown"


def x__this_user__mutmut_2() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        # No login name in the environment and no passwd entry, as in some containers.
        return str(os.getuid()) if (hasattr(os, "getuid")) or True else "unknown"


def x__this_user__mutmut_3() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        # No login name in the environment and no passwd entry, as in some containers.
        return str(None) if hasattr(os, "getuid") else "unknown"


def x__this_user__mutmut_4() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        # No login name in the environment and no passwd entry, as in some containers.
        return str(os.getuid()) if hasattr(None, "getuid") else "unknown"


def x__this_user__mutmut_5() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        # No login name in the environment and no passwd entry, as in some containers.
        return str(os.getuid()) if hasattr(os, None) else "unknown"


def x__this_user__mutmut_6() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        # No login name in the environment and no passwd entry, as in some containers.
        return str(os.getuid()) if hasattr("getuid") else "unknown"


def x__this_user__mutmut_7() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        # No login name in the environment and no passwd entry, as in some containers.
        return str(os.getuid()) if hasattr(os, ) else "unknown"


def x__this_user__mutmut_8() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        # No login name in the environment and no passwd entry, as in some containers.
        return str(os.getuid()) if hasattr(os, "XXgetuidXX") else "unknown"


def x__this_user__mutmut_9() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        # No login name in the environment and no passwd entry, as in some containers.
        return str(os.getuid()) if hasattr(os, "GETUID") else "unknown"


def x__this_user__mutmut_10() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        # No login name in the environment and no passwd entry, as in some containers.
        return str(os.getuid()) if hasattr(os, "getuid") else "XXunknownXX"


def x__this_user__mutmut_11() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        # No login name in the environment and no passwd entry, as in some containers.
        return str(os.getuid()) if hasattr(os, "getuid") else "UNKNOWN"

mutants_x__this_user__mutmut['_mutmut_orig'] = x__this_user__mutmut_orig # type: ignore # mutmut generated
mutants_x__this_user__mutmut['x__this_user__mutmut_1'] = x__this_user__mutmut_1 # type: ignore # mutmut generated
mutants_x__this_user__mutmut['x__this_user__mutmut_2'] = x__this_user__mutmut_2 # type: ignore # mutmut generated
mutants_x__this_user__mutmut['x__this_user__mutmut_3'] = x__this_user__mutmut_3 # type: ignore # mutmut generated
mutants_x__this_user__mutmut['x__this_user__mutmut_4'] = x__this_user__mutmut_4 # type: ignore # mutmut generated
mutants_x__this_user__mutmut['x__this_user__mutmut_5'] = x__this_user__mutmut_5 # type: ignore # mutmut generated
mutants_x__this_user__mutmut['x__this_user__mutmut_6'] = x__this_user__mutmut_6 # type: ignore # mutmut generated
mutants_x__this_user__mutmut['x__this_user__mutmut_7'] = x__this_user__mutmut_7 # type: ignore # mutmut generated
mutants_x__this_user__mutmut['x__this_user__mutmut_8'] = x__this_user__mutmut_8 # type: ignore # mutmut generated
mutants_x__this_user__mutmut['x__this_user__mutmut_9'] = x__this_user__mutmut_9 # type: ignore # mutmut generated
mutants_x__this_user__mutmut['x__this_user__mutmut_10'] = x__this_user__mutmut_10 # type: ignore # mutmut generated
mutants_x__this_user__mutmut['x__this_user__mutmut_11'] = x__this_user__mutmut_11 # type: ignore # mutmut generated
mutants_xǁLockInfoǁnew__mutmut: MutantDict = {}  # type: ignore
mutants_xǁLockInfoǁto_json__mutmut: MutantDict = {}  # type: ignore
mutants_xǁLockInfoǁfrom_json__mutmut: MutantDict = {}  # type: ignore
mutants_xǁLockInfoǁlooks_stale__mutmut: MutantDict = {}  # type: ignore
mutants_xǁLockInfoǁlooks_alive__mutmut: MutantDict = {}  # type: ignore
mutants_xǁLockInfoǁ_probe__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class LockInfo:
    """One holding of the state lock: who took it, for what, and when."""

    id: str
    holder: str
    pid: int
    operation: str
    created: str
    version: str
    took_over: LockInfo | None = None  # the dead holding this one replaced, if any

    @classmethod
    @_mutmut_mutated(mutants_xǁLockInfoǁnew__mutmut, is_classmethod = True)
    def new(cls, operation: str) -> LockInfo:
        """A lock record for this process, with a fresh id."""
        created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
        return cls(
            id=str(uuid.uuid4()),
            holder=f"{_this_user()}@{socket.gethostname()}",
            pid=os.getpid(),
            operation=operation,
            created=created,
            version=__version__,
        )

    @classmethod
    def xǁLockInfoǁnew__mutmut_orig(cls, operation: str) -> LockInfo:
        """A lock record for this process, with a fresh id."""
        created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
        return cls(
            id=str(uuid.uuid4()),
            holder=f"{_this_user()}@{socket.gethostname()}",
            pid=os.getpid(),
            operation=operation,
            created=created,
            version=__version__,
        )

    @classmethod
    def xǁLockInfoǁnew__mutmut_1(cls, operation: str) -> LockInfo:
        """A lock record for this process, with a fresh id."""
        created = None
        return cls(
            id=str(uuid.uuid4()),
            holder=f"{_this_user()}@{socket.gethostname()}",
            pid=os.getpid(),
            operation=operation,
            created=created,
            version=__version__,
        )

    @classmethod
    def xǁLockInfoǁnew__mutmut_2(cls, operation: str) -> LockInfo:
        """A lock record for this process, with a fresh id."""
        created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace(None, "Z")
        return cls(
            id=str(uuid.uuid4()),
            holder=f"{_this_user()}@{socket.gethostname()}",
            pid=os.getpid(),
            operation=operation,
            created=created,
            version=__version__,
        )

    @classmethod
    def xǁLockInfoǁnew__mutmut_3(cls, operation: str) -> LockInfo:
        """A lock record for this process, with a fresh id."""
        created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", None)
        return cls(
            id=str(uuid.uuid4()),
            holder=f"{_this_user()}@{socket.gethostname()}",
            pid=os.getpid(),
            operation=operation,
            created=created,
            version=__version__,
        )

    @classmethod
    def xǁLockInfoǁnew__mutmut_4(cls, operation: str) -> LockInfo:
        """A lock record for this process, with a fresh id."""
        created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("Z")
        return cls(
            id=str(uuid.uuid4()),
            holder=f"{_this_user()}@{socket.gethostname()}",
            pid=os.getpid(),
            operation=operation,
            created=created,
            version=__version__,
        )

    @classmethod
    def xǁLockInfoǁnew__mutmut_5(cls, operation: str) -> LockInfo:
        """A lock record for this process, with a fresh id."""
        created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", )
        return cls(
            id=str(uuid.uuid4()),
            holder=f"{_this_user()}@{socket.gethostname()}",
            pid=os.getpid(),
            operation=operation,
            created=created,
            version=__version__,
        )

    @classmethod
    def xǁLockInfoǁnew__mutmut_6(cls, operation: str) -> LockInfo:
        """A lock record for this process, with a fresh id."""
        created = dt.datetime.now(dt.UTC).isoformat(timespec=None).replace("+00:00", "Z")
        return cls(
            id=str(uuid.uuid4()),
            holder=f"{_this_user()}@{socket.gethostname()}",
            pid=os.getpid(),
            operation=operation,
            created=created,
            version=__version__,
        )

    @classmethod
    def xǁLockInfoǁnew__mutmut_7(cls, operation: str) -> LockInfo:
        """A lock record for this process, with a fresh id."""
        created = dt.datetime.now(None).isoformat(timespec="seconds").replace("+00:00", "Z")
        return cls(
            id=str(uuid.uuid4()),
            holder=f"{_this_user()}@{socket.gethostname()}",
            pid=os.getpid(),
            operation=operation,
            created=created,
            version=__version__,
        )

    @classmethod
    def xǁLockInfoǁnew__mutmut_8(cls, operation: str) -> LockInfo:
        """A lock record for this process, with a fresh id."""
        created = dt.datetime.now(dt.UTC).isoformat(timespec="XXsecondsXX").replace("+00:00", "Z")
        return cls(
            id=str(uuid.uuid4()),
            holder=f"{_this_user()}@{socket.gethostname()}",
            pid=os.getpid(),
            operation=operation,
            created=created,
            version=__version__,
        )

    @classmethod
    def xǁLockInfoǁnew__mutmut_9(cls, operation: str) -> LockInfo:
        """A lock record for this process, with a fresh id."""
        created = dt.datetime.now(dt.UTC).isoformat(timespec="SECONDS").replace("+00:00", "Z")
        return cls(
            id=str(uuid.uuid4()),
            holder=f"{_this_user()}@{socket.gethostname()}",
            pid=os.getpid(),
            operation=operation,
            created=created,
            version=__version__,
        )

    @classmethod
    def xǁLockInfoǁnew__mutmut_10(cls, operation: str) -> LockInfo:
        """A lock record for this process, with a fresh id."""
        created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("XX+00:00XX", "Z")
        return cls(
            id=str(uuid.uuid4()),
            holder=f"{_this_user()}@{socket.gethostname()}",
            pid=os.getpid(),
            operation=operation,
            created=created,
            version=__version__,
        )

    @classmethod
    def xǁLockInfoǁnew__mutmut_11(cls, operation: str) -> LockInfo:
        """A lock record for this process, with a fresh id."""
        created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "XXZXX")
        return cls(
            id=str(uuid.uuid4()),
            holder=f"{_this_user()}@{socket.gethostname()}",
            pid=os.getpid(),
            operation=operation,
            created=created,
            version=__version__,
        )

    @classmethod
    def xǁLockInfoǁnew__mutmut_12(cls, operation: str) -> LockInfo:
        """A lock record for this process, with a fresh id."""
        created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "z")
        return cls(
            id=str(uuid.uuid4()),
            holder=f"{_this_user()}@{socket.gethostname()}",
            pid=os.getpid(),
            operation=operation,
            created=created,
            version=__version__,
        )

    @classmethod
    def xǁLockInfoǁnew__mutmut_13(cls, operation: str) -> LockInfo:
        """A lock record for this process, with a fresh id."""
        created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
        return cls(
            id=None,
            holder=f"{_this_user()}@{socket.gethostname()}",
            pid=os.getpid(),
            operation=operation,
            created=created,
            version=__version__,
        )

    @classmethod
    def xǁLockInfoǁnew__mutmut_14(cls, operation: str) -> LockInfo:
        """A lock record for this process, with a fresh id."""
        created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
        return cls(
            id=str(uuid.uuid4()),
            holder=None,
            pid=os.getpid(),
            operation=operation,
            created=created,
            version=__version__,
        )

    @classmethod
    def xǁLockInfoǁnew__mutmut_15(cls, operation: str) -> LockInfo:
        """A lock record for this process, with a fresh id."""
        created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
        return cls(
            id=str(uuid.uuid4()),
            holder=f"{_this_user()}@{socket.gethostname()}",
            pid=None,
            operation=operation,
            created=created,
            version=__version__,
        )

    @classmethod
    def xǁLockInfoǁnew__mutmut_16(cls, operation: str) -> LockInfo:
        """A lock record for this process, with a fresh id."""
        created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
        return cls(
            id=str(uuid.uuid4()),
            holder=f"{_this_user()}@{socket.gethostname()}",
            pid=os.getpid(),
            operation=None,
            created=created,
            version=__version__,
        )

    @classmethod
    def xǁLockInfoǁnew__mutmut_17(cls, operation: str) -> LockInfo:
        """A lock record for this process, with a fresh id."""
        created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
        return cls(
            id=str(uuid.uuid4()),
            holder=f"{_this_user()}@{socket.gethostname()}",
            pid=os.getpid(),
            operation=operation,
            created=None,
            version=__version__,
        )

    @classmethod
    def xǁLockInfoǁnew__mutmut_18(cls, operation: str) -> LockInfo:
        """A lock record for this process, with a fresh id."""
        created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
        return cls(
            id=str(uuid.uuid4()),
            holder=f"{_this_user()}@{socket.gethostname()}",
            pid=os.getpid(),
            operation=operation,
            created=created,
            version=None,
        )

    @classmethod
    def xǁLockInfoǁnew__mutmut_19(cls, operation: str) -> LockInfo:
        """A lock record for this process, with a fresh id."""
        created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
        return cls(
            holder=f"{_this_user()}@{socket.gethostname()}",
            pid=os.getpid(),
            operation=operation,
            created=created,
            version=__version__,
        )

    @classmethod
    def xǁLockInfoǁnew__mutmut_20(cls, operation: str) -> LockInfo:
        """A lock record for this process, with a fresh id."""
        created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
        return cls(
            id=str(uuid.uuid4()),
            pid=os.getpid(),
            operation=operation,
            created=created,
            version=__version__,
        )

    @classmethod
    def xǁLockInfoǁnew__mutmut_21(cls, operation: str) -> LockInfo:
        """A lock record for this process, with a fresh id."""
        created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
        return cls(
            id=str(uuid.uuid4()),
            holder=f"{_this_user()}@{socket.gethostname()}",
            operation=operation,
            created=created,
            version=__version__,
        )

    @classmethod
    def xǁLockInfoǁnew__mutmut_22(cls, operation: str) -> LockInfo:
        """A lock record for this process, with a fresh id."""
        created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
        return cls(
            id=str(uuid.uuid4()),
            holder=f"{_this_user()}@{socket.gethostname()}",
            pid=os.getpid(),
            created=created,
            version=__version__,
        )

    @classmethod
    def xǁLockInfoǁnew__mutmut_23(cls, operation: str) -> LockInfo:
        """A lock record for this process, with a fresh id."""
        created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
        return cls(
            id=str(uuid.uuid4()),
            holder=f"{_this_user()}@{socket.gethostname()}",
            pid=os.getpid(),
            operation=operation,
            version=__version__,
        )

    @classmethod
    def xǁLockInfoǁnew__mutmut_24(cls, operation: str) -> LockInfo:
        """A lock record for this process, with a fresh id."""
        created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
        return cls(
            id=str(uuid.uuid4()),
            holder=f"{_this_user()}@{socket.gethostname()}",
            pid=os.getpid(),
            operation=operation,
            created=created,
            )

    @classmethod
    def xǁLockInfoǁnew__mutmut_25(cls, operation: str) -> LockInfo:
        """A lock record for this process, with a fresh id."""
        created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
        return cls(
            id=str(None),
            holder=f"{_this_user()}@{socket.gethostname()}",
            pid=os.getpid(),
            operation=operation,
            created=created,
            version=__version__,
        )

    @_mutmut_mutated(mutants_xǁLockInfoǁto_json__mutmut)
    def to_json(self) -> str:
        document = {
            "id": self.id,
            "holder": self.holder,
            "pid": self.pid,
            "operation": self.operation,
            "created": self.created,
            "imgver_version": self.version,
        }
        return json.dumps(document, indent=2) + "\n"

    def xǁLockInfoǁto_json__mutmut_orig(self) -> str:
        document = {
            "id": self.id,
            "holder": self.holder,
            "pid": self.pid,
            "operation": self.operation,
            "created": self.created,
            "imgver_version": self.version,
        }
        return json.dumps(document, indent=2) + "\n"

    def xǁLockInfoǁto_json__mutmut_1(self) -> str:
        document = None
        return json.dumps(document, indent=2) + "\n"

    def xǁLockInfoǁto_json__mutmut_2(self) -> str:
        document = {
            "XXidXX": self.id,
            "holder": self.holder,
            "pid": self.pid,
            "operation": self.operation,
            "created": self.created,
            "imgver_version": self.version,
        }
        return json.dumps(document, indent=2) + "\n"

    def xǁLockInfoǁto_json__mutmut_3(self) -> str:
        document = {
            "ID": self.id,
            "holder": self.holder,
            "pid": self.pid,
            "operation": self.operation,
            "created": self.created,
            "imgver_version": self.version,
        }
        return json.dumps(document, indent=2) + "\n"

    def xǁLockInfoǁto_json__mutmut_4(self) -> str:
        document = {
            "id": self.id,
            "XXholderXX": self.holder,
            "pid": self.pid,
            "operation": self.operation,
            "created": self.created,
            "imgver_version": self.version,
        }
        return json.dumps(document, indent=2) + "\n"

    def xǁLockInfoǁto_json__mutmut_5(self) -> str:
        document = {
            "id": self.id,
            "HOLDER": self.holder,
            "pid": self.pid,
            "operation": self.operation,
            "created": self.created,
            "imgver_version": self.version,
        }
        return json.dumps(document, indent=2) + "\n"

    def xǁLockInfoǁto_json__mutmut_6(self) -> str:
        document = {
            "id": self.id,
            "holder": self.holder,
            "XXpidXX": self.pid,
            "operation": self.operation,
            "created": self.created,
            "imgver_version": self.version,
        }
        return json.dumps(document, indent=2) + "\n"

    def xǁLockInfoǁto_json__mutmut_7(self) -> str:
        document = {
            "id": self.id,
            "holder": self.holder,
            "PID": self.pid,
            "operation": self.operation,
            "created": self.created,
            "imgver_version": self.version,
        }
        return json.dumps(document, indent=2) + "\n"

    def xǁLockInfoǁto_json__mutmut_8(self) -> str:
        document = {
            "id": self.id,
            "holder": self.holder,
            "pid": self.pid,
            "XXoperationXX": self.operation,
            "created": self.created,
            "imgver_version": self.version,
        }
        return json.dumps(document, indent=2) + "\n"

    def xǁLockInfoǁto_json__mutmut_9(self) -> str:
        document = {
            "id": self.id,
            "holder": self.holder,
            "pid": self.pid,
            "OPERATION": self.operation,
            "created": self.created,
            "imgver_version": self.version,
        }
        return json.dumps(document, indent=2) + "\n"

    def xǁLockInfoǁto_json__mutmut_10(self) -> str:
        document = {
            "id": self.id,
            "holder": self.holder,
            "pid": self.pid,
            "operation": self.operation,
            "XXcreatedXX": self.created,
            "imgver_version": self.version,
        }
        return json.dumps(document, indent=2) + "\n"

    def xǁLockInfoǁto_json__mutmut_11(self) -> str:
        document = {
            "id": self.id,
            "holder": self.holder,
            "pid": self.pid,
            "operation": self.operation,
            "CREATED": self.created,
            "imgver_version": self.version,
        }
        return json.dumps(document, indent=2) + "\n"

    def xǁLockInfoǁto_json__mutmut_12(self) -> str:
        document = {
            "id": self.id,
            "holder": self.holder,
            "pid": self.pid,
            "operation": self.operation,
            "created": self.created,
            "XXimgver_versionXX": self.version,
        }
        return json.dumps(document, indent=2) + "\n"

    def xǁLockInfoǁto_json__mutmut_13(self) -> str:
        document = {
            "id": self.id,
            "holder": self.holder,
            "pid": self.pid,
            "operation": self.operation,
            "created": self.created,
            "IMGVER_VERSION": self.version,
        }
        return json.dumps(document, indent=2) + "\n"

    def xǁLockInfoǁto_json__mutmut_14(self) -> str:
        document = {
            "id": self.id,
            "holder": self.holder,
            "pid": self.pid,
            "operation": self.operation,
            "created": self.created,
            "imgver_version": self.version,
        }
        return json.dumps(document, indent=2) - "\n"

    def xǁLockInfoǁto_json__mutmut_15(self) -> str:
        document = {
            "id": self.id,
            "holder": self.holder,
            "pid": self.pid,
            "operation": self.operation,
            "created": self.created,
            "imgver_version": self.version,
        }
        return json.dumps(None, indent=2) + "\n"

    def xǁLockInfoǁto_json__mutmut_16(self) -> str:
        document = {
            "id": self.id,
            "holder": self.holder,
            "pid": self.pid,
            "operation": self.operation,
            "created": self.created,
            "imgver_version": self.version,
        }
        return json.dumps(document, indent=None) + "\n"

    def xǁLockInfoǁto_json__mutmut_17(self) -> str:
        document = {
            "id": self.id,
            "holder": self.holder,
            "pid": self.pid,
            "operation": self.operation,
            "created": self.created,
            "imgver_version": self.version,
        }
        return json.dumps(indent=2) + "\n"

    def xǁLockInfoǁto_json__mutmut_18(self) -> str:
        document = {
            "id": self.id,
            "holder": self.holder,
            "pid": self.pid,
            "operation": self.operation,
            "created": self.created,
            "imgver_version": self.version,
        }
        return json.dumps(document, ) + "\n"

    def xǁLockInfoǁto_json__mutmut_19(self) -> str:
        document = {
            "id": self.id,
            "holder": self.holder,
            "pid": self.pid,
            "operation": self.operation,
            "created": self.created,
            "imgver_version": self.version,
        }
        return json.dumps(document, indent=3) + "\n"

    def xǁLockInfoǁto_json__mutmut_20(self) -> str:
        document = {
            "id": self.id,
            "holder": self.holder,
            "pid": self.pid,
            "operation": self.operation,
            "created": self.created,
            "imgver_version": self.version,
        }
        return json.dumps(document, indent=2) + "XX\nXX"

    @classmethod
    @_mutmut_mutated(mutants_xǁLockInfoǁfrom_json__mutmut, is_classmethod = True)
    def from_json(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_orig(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_1(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = None
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_2(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(None)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_3(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_4(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError(None)
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_5(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("XXthe lock document is not a JSON objectXX")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_6(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a json object")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_7(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("THE LOCK DOCUMENT IS NOT A JSON OBJECT")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_8(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("XXidXX", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_9(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("ID", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_10(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "XXholderXX", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_11(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "HOLDER", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_12(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "XXoperationXX", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_13(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "OPERATION", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_14(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "XXcreatedXX"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_15(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "CREATED"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_16(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "created"):
            if isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_17(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(None)
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_18(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = None
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_19(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get(None)
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_20(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("XXpidXX")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_21(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("PID")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_22(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) and isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_23(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_24(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError(None)
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_25(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('XXthe lock document has no integer "pid"XX')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_26(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('THE LOCK DOCUMENT HAS NO INTEGER "PID"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_27(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=None,
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_28(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=None,
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_29(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=None,
            operation=document["operation"],
            created=document["created"],
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_30(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=None,
            created=document["created"],
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_31(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=None,
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_32(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=None,
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_33(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_34(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_35(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            operation=document["operation"],
            created=document["created"],
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_36(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            created=document["created"],
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_37(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_38(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_39(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["XXidXX"],
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_40(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["ID"],
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_41(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["XXholderXX"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_42(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["HOLDER"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_43(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=document["XXoperationXX"],
            created=document["created"],
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_44(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=document["OPERATION"],
            created=document["created"],
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_45(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=document["XXcreatedXX"],
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_46(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=document["CREATED"],
            version=str(document.get("imgver_version", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_47(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=str(None),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_48(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=str(document.get(None, "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_49(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=str(document.get("imgver_version", None)),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_50(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=str(document.get("unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_51(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=str(document.get("imgver_version", )),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_52(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=str(document.get("XXimgver_versionXX", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_53(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=str(document.get("IMGVER_VERSION", "unknown")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_54(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=str(document.get("imgver_version", "XXunknownXX")),
        )

    @classmethod
    def xǁLockInfoǁfrom_json__mutmut_55(cls, text: str) -> LockInfo:
        """Parse a lock document; ValueError saying what is wrong with it."""
        document = json.loads(text)
        if not isinstance(document, dict):
            raise ValueError("the lock document is not a JSON object")
        for name in ("id", "holder", "operation", "created"):
            if not isinstance(document.get(name), str):
                raise ValueError(f'the lock document has no text "{name}"')
        pid = document.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError('the lock document has no integer "pid"')
        return cls(
            id=document["id"],
            holder=document["holder"],
            pid=pid,
            operation=document["operation"],
            created=document["created"],
            version=str(document.get("imgver_version", "UNKNOWN")),
        )

    @property
    def host(self) -> str:
        return self.holder.rpartition("@")[2]

    @_mutmut_mutated(mutants_xǁLockInfoǁlooks_stale__mutmut)
    def looks_stale(self) -> bool:
        """Whether the holder ran on this host and its process no longer exists."""
        return self._probe() == "dead"

    def xǁLockInfoǁlooks_stale__mutmut_orig(self) -> bool:
        """Whether the holder ran on this host and its process no longer exists."""
        return self._probe() == "dead"

    def xǁLockInfoǁlooks_stale__mutmut_1(self) -> bool:
        """Whether the holder ran on this host and its process no longer exists."""
        return self._probe() != "dead"

    def xǁLockInfoǁlooks_stale__mutmut_2(self) -> bool:
        """Whether the holder ran on this host and its process no longer exists."""
        return self._probe() == "XXdeadXX"

    def xǁLockInfoǁlooks_stale__mutmut_3(self) -> bool:
        """Whether the holder ran on this host and its process no longer exists."""
        return self._probe() == "DEAD"

    @_mutmut_mutated(mutants_xǁLockInfoǁlooks_alive__mutmut)
    def looks_alive(self) -> bool:
        """Whether the holder ran on this host and its process still exists."""
        return self._probe() == "alive"

    def xǁLockInfoǁlooks_alive__mutmut_orig(self) -> bool:
        """Whether the holder ran on this host and its process still exists."""
        return self._probe() == "alive"

    def xǁLockInfoǁlooks_alive__mutmut_1(self) -> bool:
        """Whether the holder ran on this host and its process still exists."""
        return self._probe() != "alive"

    def xǁLockInfoǁlooks_alive__mutmut_2(self) -> bool:
        """Whether the holder ran on this host and its process still exists."""
        return self._probe() == "XXaliveXX"

    def xǁLockInfoǁlooks_alive__mutmut_3(self) -> bool:
        """Whether the holder ran on this host and its process still exists."""
        return self._probe() == "ALIVE"

    @_mutmut_mutated(mutants_xǁLockInfoǁ_probe__mutmut)
    def _probe(self) -> str:
        """ "dead", "alive" or "unknown" (another host, or no way to probe)."""
        # os.kill(pid, 0) only probes on POSIX; elsewhere it would terminate the process.
        if os.name != "posix" or self.pid <= 0 or self.host != socket.gethostname():
            return "unknown"
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return "dead"
        except OSError:
            # PermissionError: the process exists but belongs to another user.
            return "alive"
        return "alive"

    def xǁLockInfoǁ_probe__mutmut_orig(self) -> str:
        """ "dead", "alive" or "unknown" (another host, or no way to probe)."""
        # os.kill(pid, 0) only probes on POSIX; elsewhere it would terminate the process.
        if os.name != "posix" or self.pid <= 0 or self.host != socket.gethostname():
            return "unknown"
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return "dead"
        except OSError:
            # PermissionError: the process exists but belongs to another user.
            return "alive"
        return "alive"

    def xǁLockInfoǁ_probe__mutmut_1(self) -> str:
        """ "dead", "alive" or "unknown" (another host, or no way to probe)."""
        # os.kill(pid, 0) only probes on POSIX; elsewhere it would terminate the process.
        if os.name != "posix" or self.pid <= 0 and self.host != socket.gethostname():
            return "unknown"
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return "dead"
        except OSError:
            # PermissionError: the process exists but belongs to another user.
            return "alive"
        return "alive"

    def xǁLockInfoǁ_probe__mutmut_2(self) -> str:
        """ "dead", "alive" or "unknown" (another host, or no way to probe)."""
        # os.kill(pid, 0) only probes on POSIX; elsewhere it would terminate the process.
        if os.name != "posix" and self.pid <= 0 or self.host != socket.gethostname():
            return "unknown"
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return "dead"
        except OSError:
            # PermissionError: the process exists but belongs to another user.
            return "alive"
        return "alive"

    def xǁLockInfoǁ_probe__mutmut_3(self) -> str:
        """ "dead", "alive" or "unknown" (another host, or no way to probe)."""
        # os.kill(pid, 0) only probes on POSIX; elsewhere it would terminate the process.
        if os.name == "posix" or self.pid <= 0 or self.host != socket.gethostname():
            return "unknown"
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return "dead"
        except OSError:
            # PermissionError: the process exists but belongs to another user.
            return "alive"
        return "alive"

    def xǁLockInfoǁ_probe__mutmut_4(self) -> str:
        """ "dead", "alive" or "unknown" (another host, or no way to probe)."""
        # os.kill(pid, 0) only probes on POSIX; elsewhere it would terminate the process.
        if os.name != "XXposixXX" or self.pid <= 0 or self.host != socket.gethostname():
            return "unknown"
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return "dead"
        except OSError:
            # PermissionError: the process exists but belongs to another user.
            return "alive"
        return "alive"

    def xǁLockInfoǁ_probe__mutmut_5(self) -> str:
        """ "dead", "alive" or "unknown" (another host, or no way to probe)."""
        # os.kill(pid, 0) only probes on POSIX; elsewhere it would terminate the process.
        if os.name != "POSIX" or self.pid <= 0 or self.host != socket.gethostname():
            return "unknown"
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return "dead"
        except OSError:
            # PermissionError: the process exists but belongs to another user.
            return "alive"
        return "alive"

    def xǁLockInfoǁ_probe__mutmut_6(self) -> str:
        """ "dead", "alive" or "unknown" (another host, or no way to probe)."""
        # os.kill(pid, 0) only probes on POSIX; elsewhere it would terminate the process.
        if os.name != "posix" or self.pid < 0 or self.host != socket.gethostname():
            return "unknown"
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return "dead"
        except OSError:
            # PermissionError: the process exists but belongs to another user.
            return "alive"
        return "alive"

    def xǁLockInfoǁ_probe__mutmut_7(self) -> str:
        """ "dead", "alive" or "unknown" (another host, or no way to probe)."""
        # os.kill(pid, 0) only probes on POSIX; elsewhere it would terminate the process.
        if os.name != "posix" or self.pid <= 1 or self.host != socket.gethostname():
            return "unknown"
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return "dead"
        except OSError:
            # PermissionError: the process exists but belongs to another user.
            return "alive"
        return "alive"

    def xǁLockInfoǁ_probe__mutmut_8(self) -> str:
        """ "dead", "alive" or "unknown" (another host, or no way to probe)."""
        # os.kill(pid, 0) only probes on POSIX; elsewhere it would terminate the process.
        if os.name != "posix" or self.pid <= 0 or self.host == socket.gethostname():
            return "unknown"
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return "dead"
        except OSError:
            # PermissionError: the process exists but belongs to another user.
            return "alive"
        return "alive"

    def xǁLockInfoǁ_probe__mutmut_9(self) -> str:
        """ "dead", "alive" or "unknown" (another host, or no way to probe)."""
        # os.kill(pid, 0) only probes on POSIX; elsewhere it would terminate the process.
        if os.name != "posix" or self.pid <= 0 or self.host != socket.gethostname():
            return "XXunknownXX"
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return "dead"
        except OSError:
            # PermissionError: the process exists but belongs to another user.
            return "alive"
        return "alive"

    def xǁLockInfoǁ_probe__mutmut_10(self) -> str:
        """ "dead", "alive" or "unknown" (another host, or no way to probe)."""
        # os.kill(pid, 0) only probes on POSIX; elsewhere it would terminate the process.
        if os.name != "posix" or self.pid <= 0 or self.host != socket.gethostname():
            return "UNKNOWN"
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return "dead"
        except OSError:
            # PermissionError: the process exists but belongs to another user.
            return "alive"
        return "alive"

    def xǁLockInfoǁ_probe__mutmut_11(self) -> str:
        """ "dead", "alive" or "unknown" (another host, or no way to probe)."""
        # os.kill(pid, 0) only probes on POSIX; elsewhere it would terminate the process.
        if os.name != "posix" or self.pid <= 0 or self.host != socket.gethostname():
            return "unknown"
        try:
            os.kill(None, 0)
        except ProcessLookupError:
            return "dead"
        except OSError:
            # PermissionError: the process exists but belongs to another user.
            return "alive"
        return "alive"

    def xǁLockInfoǁ_probe__mutmut_12(self) -> str:
        """ "dead", "alive" or "unknown" (another host, or no way to probe)."""
        # os.kill(pid, 0) only probes on POSIX; elsewhere it would terminate the process.
        if os.name != "posix" or self.pid <= 0 or self.host != socket.gethostname():
            return "unknown"
        try:
            os.kill(self.pid, None)
        except ProcessLookupError:
            return "dead"
        except OSError:
            # PermissionError: the process exists but belongs to another user.
            return "alive"
        return "alive"

    def xǁLockInfoǁ_probe__mutmut_13(self) -> str:
        """ "dead", "alive" or "unknown" (another host, or no way to probe)."""
        # os.kill(pid, 0) only probes on POSIX; elsewhere it would terminate the process.
        if os.name != "posix" or self.pid <= 0 or self.host != socket.gethostname():
            return "unknown"
        try:
            os.kill(0)
        except ProcessLookupError:
            return "dead"
        except OSError:
            # PermissionError: the process exists but belongs to another user.
            return "alive"
        return "alive"

    def xǁLockInfoǁ_probe__mutmut_14(self) -> str:
        """ "dead", "alive" or "unknown" (another host, or no way to probe)."""
        # os.kill(pid, 0) only probes on POSIX; elsewhere it would terminate the process.
        if os.name != "posix" or self.pid <= 0 or self.host != socket.gethostname():
            return "unknown"
        try:
            os.kill(self.pid, )
        except ProcessLookupError:
            return "dead"
        except OSError:
            # PermissionError: the process exists but belongs to another user.
            return "alive"
        return "alive"

    def xǁLockInfoǁ_probe__mutmut_15(self) -> str:
        """ "dead", "alive" or "unknown" (another host, or no way to probe)."""
        # os.kill(pid, 0) only probes on POSIX; elsewhere it would terminate the process.
        if os.name != "posix" or self.pid <= 0 or self.host != socket.gethostname():
            return "unknown"
        try:
            os.kill(self.pid, 1)
        except ProcessLookupError:
            return "dead"
        except OSError:
            # PermissionError: the process exists but belongs to another user.
            return "alive"
        return "alive"

    def xǁLockInfoǁ_probe__mutmut_16(self) -> str:
        """ "dead", "alive" or "unknown" (another host, or no way to probe)."""
        # os.kill(pid, 0) only probes on POSIX; elsewhere it would terminate the process.
        if os.name != "posix" or self.pid <= 0 or self.host != socket.gethostname():
            return "unknown"
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return "XXdeadXX"
        except OSError:
            # PermissionError: the process exists but belongs to another user.
            return "alive"
        return "alive"

    def xǁLockInfoǁ_probe__mutmut_17(self) -> str:
        """ "dead", "alive" or "unknown" (another host, or no way to probe)."""
        # os.kill(pid, 0) only probes on POSIX; elsewhere it would terminate the process.
        if os.name != "posix" or self.pid <= 0 or self.host != socket.gethostname():
            return "unknown"
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return "DEAD"
        except OSError:
            # PermissionError: the process exists but belongs to another user.
            return "alive"
        return "alive"

    def xǁLockInfoǁ_probe__mutmut_18(self) -> str:
        """ "dead", "alive" or "unknown" (another host, or no way to probe)."""
        # os.kill(pid, 0) only probes on POSIX; elsewhere it would terminate the process.
        if os.name != "posix" or self.pid <= 0 or self.host != socket.gethostname():
            return "unknown"
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return "dead"
        except OSError:
            # PermissionError: the process exists but belongs to another user.
            return "XXaliveXX"
        return "alive"

    def xǁLockInfoǁ_probe__mutmut_19(self) -> str:
        """ "dead", "alive" or "unknown" (another host, or no way to probe)."""
        # os.kill(pid, 0) only probes on POSIX; elsewhere it would terminate the process.
        if os.name != "posix" or self.pid <= 0 or self.host != socket.gethostname():
            return "unknown"
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return "dead"
        except OSError:
            # PermissionError: the process exists but belongs to another user.
            return "ALIVE"
        return "alive"

    def xǁLockInfoǁ_probe__mutmut_20(self) -> str:
        """ "dead", "alive" or "unknown" (another host, or no way to probe)."""
        # os.kill(pid, 0) only probes on POSIX; elsewhere it would terminate the process.
        if os.name != "posix" or self.pid <= 0 or self.host != socket.gethostname():
            return "unknown"
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return "dead"
        except OSError:
            # PermissionError: the process exists but belongs to another user.
            return "alive"
        return "XXaliveXX"

    def xǁLockInfoǁ_probe__mutmut_21(self) -> str:
        """ "dead", "alive" or "unknown" (another host, or no way to probe)."""
        # os.kill(pid, 0) only probes on POSIX; elsewhere it would terminate the process.
        if os.name != "posix" or self.pid <= 0 or self.host != socket.gethostname():
            return "unknown"
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return "dead"
        except OSError:
            # PermissionError: the process exists but belongs to another user.
            return "alive"
        return "ALIVE"

mutants_xǁLockInfoǁnew__mutmut['_mutmut_orig'] = LockInfo.xǁLockInfoǁnew__mutmut_orig # type: ignore # mutmut generated
mutants_xǁLockInfoǁnew__mutmut['xǁLockInfoǁnew__mutmut_1'] = LockInfo.xǁLockInfoǁnew__mutmut_1 # type: ignore # mutmut generated
mutants_xǁLockInfoǁnew__mutmut['xǁLockInfoǁnew__mutmut_2'] = LockInfo.xǁLockInfoǁnew__mutmut_2 # type: ignore # mutmut generated
mutants_xǁLockInfoǁnew__mutmut['xǁLockInfoǁnew__mutmut_3'] = LockInfo.xǁLockInfoǁnew__mutmut_3 # type: ignore # mutmut generated
mutants_xǁLockInfoǁnew__mutmut['xǁLockInfoǁnew__mutmut_4'] = LockInfo.xǁLockInfoǁnew__mutmut_4 # type: ignore # mutmut generated
mutants_xǁLockInfoǁnew__mutmut['xǁLockInfoǁnew__mutmut_5'] = LockInfo.xǁLockInfoǁnew__mutmut_5 # type: ignore # mutmut generated
mutants_xǁLockInfoǁnew__mutmut['xǁLockInfoǁnew__mutmut_6'] = LockInfo.xǁLockInfoǁnew__mutmut_6 # type: ignore # mutmut generated
mutants_xǁLockInfoǁnew__mutmut['xǁLockInfoǁnew__mutmut_7'] = LockInfo.xǁLockInfoǁnew__mutmut_7 # type: ignore # mutmut generated
mutants_xǁLockInfoǁnew__mutmut['xǁLockInfoǁnew__mutmut_8'] = LockInfo.xǁLockInfoǁnew__mutmut_8 # type: ignore # mutmut generated
mutants_xǁLockInfoǁnew__mutmut['xǁLockInfoǁnew__mutmut_9'] = LockInfo.xǁLockInfoǁnew__mutmut_9 # type: ignore # mutmut generated
mutants_xǁLockInfoǁnew__mutmut['xǁLockInfoǁnew__mutmut_10'] = LockInfo.xǁLockInfoǁnew__mutmut_10 # type: ignore # mutmut generated
mutants_xǁLockInfoǁnew__mutmut['xǁLockInfoǁnew__mutmut_11'] = LockInfo.xǁLockInfoǁnew__mutmut_11 # type: ignore # mutmut generated
mutants_xǁLockInfoǁnew__mutmut['xǁLockInfoǁnew__mutmut_12'] = LockInfo.xǁLockInfoǁnew__mutmut_12 # type: ignore # mutmut generated
mutants_xǁLockInfoǁnew__mutmut['xǁLockInfoǁnew__mutmut_13'] = LockInfo.xǁLockInfoǁnew__mutmut_13 # type: ignore # mutmut generated
mutants_xǁLockInfoǁnew__mutmut['xǁLockInfoǁnew__mutmut_14'] = LockInfo.xǁLockInfoǁnew__mutmut_14 # type: ignore # mutmut generated
mutants_xǁLockInfoǁnew__mutmut['xǁLockInfoǁnew__mutmut_15'] = LockInfo.xǁLockInfoǁnew__mutmut_15 # type: ignore # mutmut generated
mutants_xǁLockInfoǁnew__mutmut['xǁLockInfoǁnew__mutmut_16'] = LockInfo.xǁLockInfoǁnew__mutmut_16 # type: ignore # mutmut generated
mutants_xǁLockInfoǁnew__mutmut['xǁLockInfoǁnew__mutmut_17'] = LockInfo.xǁLockInfoǁnew__mutmut_17 # type: ignore # mutmut generated
mutants_xǁLockInfoǁnew__mutmut['xǁLockInfoǁnew__mutmut_18'] = LockInfo.xǁLockInfoǁnew__mutmut_18 # type: ignore # mutmut generated
mutants_xǁLockInfoǁnew__mutmut['xǁLockInfoǁnew__mutmut_19'] = LockInfo.xǁLockInfoǁnew__mutmut_19 # type: ignore # mutmut generated
mutants_xǁLockInfoǁnew__mutmut['xǁLockInfoǁnew__mutmut_20'] = LockInfo.xǁLockInfoǁnew__mutmut_20 # type: ignore # mutmut generated
mutants_xǁLockInfoǁnew__mutmut['xǁLockInfoǁnew__mutmut_21'] = LockInfo.xǁLockInfoǁnew__mutmut_21 # type: ignore # mutmut generated
mutants_xǁLockInfoǁnew__mutmut['xǁLockInfoǁnew__mutmut_22'] = LockInfo.xǁLockInfoǁnew__mutmut_22 # type: ignore # mutmut generated
mutants_xǁLockInfoǁnew__mutmut['xǁLockInfoǁnew__mutmut_23'] = LockInfo.xǁLockInfoǁnew__mutmut_23 # type: ignore # mutmut generated
mutants_xǁLockInfoǁnew__mutmut['xǁLockInfoǁnew__mutmut_24'] = LockInfo.xǁLockInfoǁnew__mutmut_24 # type: ignore # mutmut generated
mutants_xǁLockInfoǁnew__mutmut['xǁLockInfoǁnew__mutmut_25'] = LockInfo.xǁLockInfoǁnew__mutmut_25 # type: ignore # mutmut generated

mutants_xǁLockInfoǁto_json__mutmut['_mutmut_orig'] = LockInfo.xǁLockInfoǁto_json__mutmut_orig # type: ignore # mutmut generated
mutants_xǁLockInfoǁto_json__mutmut['xǁLockInfoǁto_json__mutmut_1'] = LockInfo.xǁLockInfoǁto_json__mutmut_1 # type: ignore # mutmut generated
mutants_xǁLockInfoǁto_json__mutmut['xǁLockInfoǁto_json__mutmut_2'] = LockInfo.xǁLockInfoǁto_json__mutmut_2 # type: ignore # mutmut generated
mutants_xǁLockInfoǁto_json__mutmut['xǁLockInfoǁto_json__mutmut_3'] = LockInfo.xǁLockInfoǁto_json__mutmut_3 # type: ignore # mutmut generated
mutants_xǁLockInfoǁto_json__mutmut['xǁLockInfoǁto_json__mutmut_4'] = LockInfo.xǁLockInfoǁto_json__mutmut_4 # type: ignore # mutmut generated
mutants_xǁLockInfoǁto_json__mutmut['xǁLockInfoǁto_json__mutmut_5'] = LockInfo.xǁLockInfoǁto_json__mutmut_5 # type: ignore # mutmut generated
mutants_xǁLockInfoǁto_json__mutmut['xǁLockInfoǁto_json__mutmut_6'] = LockInfo.xǁLockInfoǁto_json__mutmut_6 # type: ignore # mutmut generated
mutants_xǁLockInfoǁto_json__mutmut['xǁLockInfoǁto_json__mutmut_7'] = LockInfo.xǁLockInfoǁto_json__mutmut_7 # type: ignore # mutmut generated
mutants_xǁLockInfoǁto_json__mutmut['xǁLockInfoǁto_json__mutmut_8'] = LockInfo.xǁLockInfoǁto_json__mutmut_8 # type: ignore # mutmut generated
mutants_xǁLockInfoǁto_json__mutmut['xǁLockInfoǁto_json__mutmut_9'] = LockInfo.xǁLockInfoǁto_json__mutmut_9 # type: ignore # mutmut generated
mutants_xǁLockInfoǁto_json__mutmut['xǁLockInfoǁto_json__mutmut_10'] = LockInfo.xǁLockInfoǁto_json__mutmut_10 # type: ignore # mutmut generated
mutants_xǁLockInfoǁto_json__mutmut['xǁLockInfoǁto_json__mutmut_11'] = LockInfo.xǁLockInfoǁto_json__mutmut_11 # type: ignore # mutmut generated
mutants_xǁLockInfoǁto_json__mutmut['xǁLockInfoǁto_json__mutmut_12'] = LockInfo.xǁLockInfoǁto_json__mutmut_12 # type: ignore # mutmut generated
mutants_xǁLockInfoǁto_json__mutmut['xǁLockInfoǁto_json__mutmut_13'] = LockInfo.xǁLockInfoǁto_json__mutmut_13 # type: ignore # mutmut generated
mutants_xǁLockInfoǁto_json__mutmut['xǁLockInfoǁto_json__mutmut_14'] = LockInfo.xǁLockInfoǁto_json__mutmut_14 # type: ignore # mutmut generated
mutants_xǁLockInfoǁto_json__mutmut['xǁLockInfoǁto_json__mutmut_15'] = LockInfo.xǁLockInfoǁto_json__mutmut_15 # type: ignore # mutmut generated
mutants_xǁLockInfoǁto_json__mutmut['xǁLockInfoǁto_json__mutmut_16'] = LockInfo.xǁLockInfoǁto_json__mutmut_16 # type: ignore # mutmut generated
mutants_xǁLockInfoǁto_json__mutmut['xǁLockInfoǁto_json__mutmut_17'] = LockInfo.xǁLockInfoǁto_json__mutmut_17 # type: ignore # mutmut generated
mutants_xǁLockInfoǁto_json__mutmut['xǁLockInfoǁto_json__mutmut_18'] = LockInfo.xǁLockInfoǁto_json__mutmut_18 # type: ignore # mutmut generated
mutants_xǁLockInfoǁto_json__mutmut['xǁLockInfoǁto_json__mutmut_19'] = LockInfo.xǁLockInfoǁto_json__mutmut_19 # type: ignore # mutmut generated
mutants_xǁLockInfoǁto_json__mutmut['xǁLockInfoǁto_json__mutmut_20'] = LockInfo.xǁLockInfoǁto_json__mutmut_20 # type: ignore # mutmut generated

mutants_xǁLockInfoǁfrom_json__mutmut['_mutmut_orig'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_orig # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_1'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_1 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_2'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_2 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_3'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_3 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_4'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_4 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_5'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_5 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_6'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_6 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_7'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_7 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_8'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_8 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_9'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_9 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_10'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_10 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_11'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_11 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_12'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_12 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_13'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_13 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_14'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_14 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_15'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_15 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_16'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_16 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_17'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_17 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_18'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_18 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_19'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_19 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_20'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_20 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_21'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_21 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_22'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_22 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_23'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_23 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_24'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_24 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_25'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_25 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_26'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_26 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_27'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_27 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_28'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_28 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_29'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_29 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_30'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_30 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_31'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_31 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_32'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_32 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_33'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_33 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_34'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_34 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_35'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_35 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_36'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_36 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_37'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_37 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_38'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_38 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_39'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_39 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_40'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_40 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_41'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_41 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_42'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_42 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_43'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_43 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_44'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_44 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_45'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_45 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_46'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_46 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_47'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_47 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_48'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_48 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_49'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_49 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_50'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_50 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_51'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_51 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_52'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_52 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_53'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_53 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_54'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_54 # type: ignore # mutmut generated
mutants_xǁLockInfoǁfrom_json__mutmut['xǁLockInfoǁfrom_json__mutmut_55'] = LockInfo.xǁLockInfoǁfrom_json__mutmut_55 # type: ignore # mutmut generated

mutants_xǁLockInfoǁlooks_stale__mutmut['_mutmut_orig'] = LockInfo.xǁLockInfoǁlooks_stale__mutmut_orig # type: ignore # mutmut generated
mutants_xǁLockInfoǁlooks_stale__mutmut['xǁLockInfoǁlooks_stale__mutmut_1'] = LockInfo.xǁLockInfoǁlooks_stale__mutmut_1 # type: ignore # mutmut generated
mutants_xǁLockInfoǁlooks_stale__mutmut['xǁLockInfoǁlooks_stale__mutmut_2'] = LockInfo.xǁLockInfoǁlooks_stale__mutmut_2 # type: ignore # mutmut generated
mutants_xǁLockInfoǁlooks_stale__mutmut['xǁLockInfoǁlooks_stale__mutmut_3'] = LockInfo.xǁLockInfoǁlooks_stale__mutmut_3 # type: ignore # mutmut generated

mutants_xǁLockInfoǁlooks_alive__mutmut['_mutmut_orig'] = LockInfo.xǁLockInfoǁlooks_alive__mutmut_orig # type: ignore # mutmut generated
mutants_xǁLockInfoǁlooks_alive__mutmut['xǁLockInfoǁlooks_alive__mutmut_1'] = LockInfo.xǁLockInfoǁlooks_alive__mutmut_1 # type: ignore # mutmut generated
mutants_xǁLockInfoǁlooks_alive__mutmut['xǁLockInfoǁlooks_alive__mutmut_2'] = LockInfo.xǁLockInfoǁlooks_alive__mutmut_2 # type: ignore # mutmut generated
mutants_xǁLockInfoǁlooks_alive__mutmut['xǁLockInfoǁlooks_alive__mutmut_3'] = LockInfo.xǁLockInfoǁlooks_alive__mutmut_3 # type: ignore # mutmut generated

mutants_xǁLockInfoǁ_probe__mutmut['_mutmut_orig'] = LockInfo.xǁLockInfoǁ_probe__mutmut_orig # type: ignore # mutmut generated
mutants_xǁLockInfoǁ_probe__mutmut['xǁLockInfoǁ_probe__mutmut_1'] = LockInfo.xǁLockInfoǁ_probe__mutmut_1 # type: ignore # mutmut generated
mutants_xǁLockInfoǁ_probe__mutmut['xǁLockInfoǁ_probe__mutmut_2'] = LockInfo.xǁLockInfoǁ_probe__mutmut_2 # type: ignore # mutmut generated
mutants_xǁLockInfoǁ_probe__mutmut['xǁLockInfoǁ_probe__mutmut_3'] = LockInfo.xǁLockInfoǁ_probe__mutmut_3 # type: ignore # mutmut generated
mutants_xǁLockInfoǁ_probe__mutmut['xǁLockInfoǁ_probe__mutmut_4'] = LockInfo.xǁLockInfoǁ_probe__mutmut_4 # type: ignore # mutmut generated
mutants_xǁLockInfoǁ_probe__mutmut['xǁLockInfoǁ_probe__mutmut_5'] = LockInfo.xǁLockInfoǁ_probe__mutmut_5 # type: ignore # mutmut generated
mutants_xǁLockInfoǁ_probe__mutmut['xǁLockInfoǁ_probe__mutmut_6'] = LockInfo.xǁLockInfoǁ_probe__mutmut_6 # type: ignore # mutmut generated
mutants_xǁLockInfoǁ_probe__mutmut['xǁLockInfoǁ_probe__mutmut_7'] = LockInfo.xǁLockInfoǁ_probe__mutmut_7 # type: ignore # mutmut generated
mutants_xǁLockInfoǁ_probe__mutmut['xǁLockInfoǁ_probe__mutmut_8'] = LockInfo.xǁLockInfoǁ_probe__mutmut_8 # type: ignore # mutmut generated
mutants_xǁLockInfoǁ_probe__mutmut['xǁLockInfoǁ_probe__mutmut_9'] = LockInfo.xǁLockInfoǁ_probe__mutmut_9 # type: ignore # mutmut generated
mutants_xǁLockInfoǁ_probe__mutmut['xǁLockInfoǁ_probe__mutmut_10'] = LockInfo.xǁLockInfoǁ_probe__mutmut_10 # type: ignore # mutmut generated
mutants_xǁLockInfoǁ_probe__mutmut['xǁLockInfoǁ_probe__mutmut_11'] = LockInfo.xǁLockInfoǁ_probe__mutmut_11 # type: ignore # mutmut generated
mutants_xǁLockInfoǁ_probe__mutmut['xǁLockInfoǁ_probe__mutmut_12'] = LockInfo.xǁLockInfoǁ_probe__mutmut_12 # type: ignore # mutmut generated
mutants_xǁLockInfoǁ_probe__mutmut['xǁLockInfoǁ_probe__mutmut_13'] = LockInfo.xǁLockInfoǁ_probe__mutmut_13 # type: ignore # mutmut generated
mutants_xǁLockInfoǁ_probe__mutmut['xǁLockInfoǁ_probe__mutmut_14'] = LockInfo.xǁLockInfoǁ_probe__mutmut_14 # type: ignore # mutmut generated
mutants_xǁLockInfoǁ_probe__mutmut['xǁLockInfoǁ_probe__mutmut_15'] = LockInfo.xǁLockInfoǁ_probe__mutmut_15 # type: ignore # mutmut generated
mutants_xǁLockInfoǁ_probe__mutmut['xǁLockInfoǁ_probe__mutmut_16'] = LockInfo.xǁLockInfoǁ_probe__mutmut_16 # type: ignore # mutmut generated
mutants_xǁLockInfoǁ_probe__mutmut['xǁLockInfoǁ_probe__mutmut_17'] = LockInfo.xǁLockInfoǁ_probe__mutmut_17 # type: ignore # mutmut generated
mutants_xǁLockInfoǁ_probe__mutmut['xǁLockInfoǁ_probe__mutmut_18'] = LockInfo.xǁLockInfoǁ_probe__mutmut_18 # type: ignore # mutmut generated
mutants_xǁLockInfoǁ_probe__mutmut['xǁLockInfoǁ_probe__mutmut_19'] = LockInfo.xǁLockInfoǁ_probe__mutmut_19 # type: ignore # mutmut generated
mutants_xǁLockInfoǁ_probe__mutmut['xǁLockInfoǁ_probe__mutmut_20'] = LockInfo.xǁLockInfoǁ_probe__mutmut_20 # type: ignore # mutmut generated
mutants_xǁLockInfoǁ_probe__mutmut['xǁLockInfoǁ_probe__mutmut_21'] = LockInfo.xǁLockInfoǁ_probe__mutmut_21 # type: ignore # mutmut generated
mutants_x_take_over_notice__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_take_over_notice__mutmut)
def take_over_notice(stale: LockInfo) -> str:
    """What a run says when it took over the lock of a dead holder."""
    return (
        f"Took over the state lock {stale.id} left by {stale.holder} "
        f"(pid {stale.pid}, {stale.operation} since {stale.created}): that process no longer "
        "exists on this host."
    )


def x_take_over_notice__mutmut_orig(stale: LockInfo) -> str:
    """What a run says when it took over the lock of a dead holder."""
    return (
        f"Took over the state lock {stale.id} left by {stale.holder} "
        f"(pid {stale.pid}, {stale.operation} since {stale.created}): that process no longer "
        "exists on this host."
    )


def x_take_over_notice__mutmut_1(stale: LockInfo) -> str:
    """What a run says when it took over the lock of a dead holder."""
    return (
        f"Took over the state lock {stale.id} left by {stale.holder} "
        f"(pid {stale.pid}, {stale.operation} since {stale.created}): that process no longer "
        "XXexists on this host.XX"
    )


def x_take_over_notice__mutmut_2(stale: LockInfo) -> str:
    """What a run says when it took over the lock of a dead holder."""
    return (
        f"Took over the state lock {stale.id} left by {stale.holder} "
        f"(pid {stale.pid}, {stale.operation} since {stale.created}): that process no longer "
        "EXISTS ON THIS HOST."
    )

mutants_x_take_over_notice__mutmut['_mutmut_orig'] = x_take_over_notice__mutmut_orig # type: ignore # mutmut generated
mutants_x_take_over_notice__mutmut['x_take_over_notice__mutmut_1'] = x_take_over_notice__mutmut_1 # type: ignore # mutmut generated
mutants_x_take_over_notice__mutmut['x_take_over_notice__mutmut_2'] = x_take_over_notice__mutmut_2 # type: ignore # mutmut generated
mutants_xǁLockReadingǁparse__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class LockReading:
    """What reading a lock record found: its holder, or why the holder cannot be told."""

    holder: LockInfo | None
    problem: str = ""

    @classmethod
    @_mutmut_mutated(mutants_xǁLockReadingǁparse__mutmut, is_classmethod = True)
    def parse(cls, text: str) -> LockReading:
        """The reading of a stored lock record's text (unreadable records give a problem)."""
        try:
            return cls(LockInfo.from_json(text))
        except ValueError as error:
            return cls(None, str(error))

    @classmethod
    def xǁLockReadingǁparse__mutmut_orig(cls, text: str) -> LockReading:
        """The reading of a stored lock record's text (unreadable records give a problem)."""
        try:
            return cls(LockInfo.from_json(text))
        except ValueError as error:
            return cls(None, str(error))

    @classmethod
    def xǁLockReadingǁparse__mutmut_1(cls, text: str) -> LockReading:
        """The reading of a stored lock record's text (unreadable records give a problem)."""
        try:
            return cls(None)
        except ValueError as error:
            return cls(None, str(error))

    @classmethod
    def xǁLockReadingǁparse__mutmut_2(cls, text: str) -> LockReading:
        """The reading of a stored lock record's text (unreadable records give a problem)."""
        try:
            return cls(LockInfo.from_json(None))
        except ValueError as error:
            return cls(None, str(error))

    @classmethod
    def xǁLockReadingǁparse__mutmut_3(cls, text: str) -> LockReading:
        """The reading of a stored lock record's text (unreadable records give a problem)."""
        try:
            return cls(LockInfo.from_json(text))
        except ValueError as error:
            return cls(None, None)

    @classmethod
    def xǁLockReadingǁparse__mutmut_4(cls, text: str) -> LockReading:
        """The reading of a stored lock record's text (unreadable records give a problem)."""
        try:
            return cls(LockInfo.from_json(text))
        except ValueError as error:
            return cls(str(error))

    @classmethod
    def xǁLockReadingǁparse__mutmut_5(cls, text: str) -> LockReading:
        """The reading of a stored lock record's text (unreadable records give a problem)."""
        try:
            return cls(LockInfo.from_json(text))
        except ValueError as error:
            return cls(None, )

    @classmethod
    def xǁLockReadingǁparse__mutmut_6(cls, text: str) -> LockReading:
        """The reading of a stored lock record's text (unreadable records give a problem)."""
        try:
            return cls(LockInfo.from_json(text))
        except ValueError as error:
            return cls(None, str(None))

mutants_xǁLockReadingǁparse__mutmut['_mutmut_orig'] = LockReading.xǁLockReadingǁparse__mutmut_orig # type: ignore # mutmut generated
mutants_xǁLockReadingǁparse__mutmut['xǁLockReadingǁparse__mutmut_1'] = LockReading.xǁLockReadingǁparse__mutmut_1 # type: ignore # mutmut generated
mutants_xǁLockReadingǁparse__mutmut['xǁLockReadingǁparse__mutmut_2'] = LockReading.xǁLockReadingǁparse__mutmut_2 # type: ignore # mutmut generated
mutants_xǁLockReadingǁparse__mutmut['xǁLockReadingǁparse__mutmut_3'] = LockReading.xǁLockReadingǁparse__mutmut_3 # type: ignore # mutmut generated
mutants_xǁLockReadingǁparse__mutmut['xǁLockReadingǁparse__mutmut_4'] = LockReading.xǁLockReadingǁparse__mutmut_4 # type: ignore # mutmut generated
mutants_xǁLockReadingǁparse__mutmut['xǁLockReadingǁparse__mutmut_5'] = LockReading.xǁLockReadingǁparse__mutmut_5 # type: ignore # mutmut generated
mutants_xǁLockReadingǁparse__mutmut['xǁLockReadingǁparse__mutmut_6'] = LockReading.xǁLockReadingǁparse__mutmut_6 # type: ignore # mutmut generated


# What a store does to take or inspect its lock: create the lock record, failing (False)
# when one exists; read the current holding (None when there is none); remove its own.
LockCreate = Callable[[LockInfo], bool]
LockRead = Callable[[], LockReading | None]
LockRelease = Callable[[LockInfo], None]
# Remove the lock record if, and only if, it is still exactly this dead holding: True when
# removed. Stores that cannot do that atomically offer none and stale locks stay refused.
LockTakeOver = Callable[[LockInfo], bool]


def _describe(holder: LockInfo, location: str) -> str:
    return (
        f"Lock ID:   {holder.id}\n"
        f"Holder:    {holder.holder} (pid {holder.pid})\n"
        f"Operation: {holder.operation}\n"
        f"Created:   {holder.created}\n"
        f"imgver:    {holder.version}\n"
        f"Lock:      {location}"
    )
mutants_x_locked_error__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_locked_error__mutmut)
def locked_error(conflict: LockReading, location: str, *, waited: float) -> StateLockedError:
    """The error for a lock held by someone else, with everything needed to decide what to do."""
    holder = conflict.holder
    if holder is None:
        return StateLockedError(
            "state is locked",
            f"The lock {location} exists but cannot be read: {conflict.problem}.\n"
            f"If no imgver run is using this state, delete {location} by hand.",
        )
    lines = [_describe(holder, location)]
    stale = holder.looks_stale()
    if stale:
        lines.append(
            "This lock looks stale: it was left by a process that no longer exists "
            f"(pid {holder.pid} on {holder.host})."
        )
    if waited > 0:
        lines.append(f"imgver waited {waited:g} s for it to be released.")
    elif not stale:
        lines.append("Set --lock-timeout to wait for it to be released.")
    lines.append(
        "If no imgver run is using this state, release the lock with:\n"
        f"  imgver state force-unlock {holder.id}"
    )
    return StateLockedError("state is locked", "\n".join(lines))


def x_locked_error__mutmut_orig(conflict: LockReading, location: str, *, waited: float) -> StateLockedError:
    """The error for a lock held by someone else, with everything needed to decide what to do."""
    holder = conflict.holder
    if holder is None:
        return StateLockedError(
            "state is locked",
            f"The lock {location} exists but cannot be read: {conflict.problem}.\n"
            f"If no imgver run is using this state, delete {location} by hand.",
        )
    lines = [_describe(holder, location)]
    stale = holder.looks_stale()
    if stale:
        lines.append(
            "This lock looks stale: it was left by a process that no longer exists "
            f"(pid {holder.pid} on {holder.host})."
        )
    if waited > 0:
        lines.append(f"imgver waited {waited:g} s for it to be released.")
    elif not stale:
        lines.append("Set --lock-timeout to wait for it to be released.")
    lines.append(
        "If no imgver run is using this state, release the lock with:\n"
        f"  imgver state force-unlock {holder.id}"
    )
    return StateLockedError("state is locked", "\n".join(lines))


def x_locked_error__mutmut_1(conflict: LockReading, location: str, *, waited: float) -> StateLockedError:
    """The error for a lock held by someone else, with everything needed to decide what to do."""
    holder = None
    if holder is None:
        return StateLockedError(
            "state is locked",
            f"The lock {location} exists but cannot be read: {conflict.problem}.\n"
            f"If no imgver run is using this state, delete {location} by hand.",
        )
    lines = [_describe(holder, location)]
    stale = holder.looks_stale()
    if stale:
        lines.append(
            "This lock looks stale: it was left by a process that no longer exists "
            f"(pid {holder.pid} on {holder.host})."
        )
    if waited > 0:
        lines.append(f"imgver waited {waited:g} s for it to be released.")
    elif not stale:
        lines.append("Set --lock-timeout to wait for it to be released.")
    lines.append(
        "If no imgver run is using this state, release the lock with:\n"
        f"  imgver state force-unlock {holder.id}"
    )
    return StateLockedError("state is locked", "\n".join(lines))


def x_locked_error__mutmut_2(conflict: LockReading, location: str, *, waited: float) -> StateLockedError:
    """The error for a lock held by someone else, with everything needed to decide what to do."""
    holder = conflict.holder
    if holder is not None:
        return StateLockedError(
            "state is locked",
            f"The lock {location} exists but cannot be read: {conflict.problem}.\n"
            f"If no imgver run is using this state, delete {location} by hand.",
        )
    lines = [_describe(holder, location)]
    stale = holder.looks_stale()
    if stale:
        lines.append(
            "This lock looks stale: it was left by a process that no longer exists "
            f"(pid {holder.pid} on {holder.host})."
        )
    if waited > 0:
        lines.append(f"imgver waited {waited:g} s for it to be released.")
    elif not stale:
        lines.append("Set --lock-timeout to wait for it to be released.")
    lines.append(
        "If no imgver run is using this state, release the lock with:\n"
        f"  imgver state force-unlock {holder.id}"
    )
    return StateLockedError("state is locked", "\n".join(lines))


def x_locked_error__mutmut_3(conflict: LockReading, location: str, *, waited: float) -> StateLockedError:
    """The error for a lock held by someone else, with everything needed to decide what to do."""
    holder = conflict.holder
    if holder is None:
        return StateLockedError(
            None,
            f"The lock {location} exists but cannot be read: {conflict.problem}.\n"
            f"If no imgver run is using this state, delete {location} by hand.",
        )
    lines = [_describe(holder, location)]
    stale = holder.looks_stale()
    if stale:
        lines.append(
            "This lock looks stale: it was left by a process that no longer exists "
            f"(pid {holder.pid} on {holder.host})."
        )
    if waited > 0:
        lines.append(f"imgver waited {waited:g} s for it to be released.")
    elif not stale:
        lines.append("Set --lock-timeout to wait for it to be released.")
    lines.append(
        "If no imgver run is using this state, release the lock with:\n"
        f"  imgver state force-unlock {holder.id}"
    )
    return StateLockedError("state is locked", "\n".join(lines))


def x_locked_error__mutmut_4(conflict: LockReading, location: str, *, waited: float) -> StateLockedError:
    """The error for a lock held by someone else, with everything needed to decide what to do."""
    holder = conflict.holder
    if holder is None:
        return StateLockedError(
            "state is locked",
            None,
        )
    lines = [_describe(holder, location)]
    stale = holder.looks_stale()
    if stale:
        lines.append(
            "This lock looks stale: it was left by a process that no longer exists "
            f"(pid {holder.pid} on {holder.host})."
        )
    if waited > 0:
        lines.append(f"imgver waited {waited:g} s for it to be released.")
    elif not stale:
        lines.append("Set --lock-timeout to wait for it to be released.")
    lines.append(
        "If no imgver run is using this state, release the lock with:\n"
        f"  imgver state force-unlock {holder.id}"
    )
    return StateLockedError("state is locked", "\n".join(lines))


def x_locked_error__mutmut_5(conflict: LockReading, location: str, *, waited: float) -> StateLockedError:
    """The error for a lock held by someone else, with everything needed to decide what to do."""
    holder = conflict.holder
    if holder is None:
        return StateLockedError(
            f"The lock {location} exists but cannot be read: {conflict.problem}.\n"
            f"If no imgver run is using this state, delete {location} by hand.",
        )
    lines = [_describe(holder, location)]
    stale = holder.looks_stale()
    if stale:
        lines.append(
            "This lock looks stale: it was left by a process that no longer exists "
            f"(pid {holder.pid} on {holder.host})."
        )
    if waited > 0:
        lines.append(f"imgver waited {waited:g} s for it to be released.")
    elif not stale:
        lines.append("Set --lock-timeout to wait for it to be released.")
    lines.append(
        "If no imgver run is using this state, release the lock with:\n"
        f"  imgver state force-unlock {holder.id}"
    )
    return StateLockedError("state is locked", "\n".join(lines))


def x_locked_error__mutmut_6(conflict: LockReading, location: str, *, waited: float) -> StateLockedError:
    """The error for a lock held by someone else, with everything needed to decide what to do."""
    holder = conflict.holder
    if holder is None:
        return StateLockedError(
            "state is locked",
            )
    lines = [_describe(holder, location)]
    stale = holder.looks_stale()
    if stale:
        lines.append(
            "This lock looks stale: it was left by a process that no longer exists "
            f"(pid {holder.pid} on {holder.host})."
        )
    if waited > 0:
        lines.append(f"imgver waited {waited:g} s for it to be released.")
    elif not stale:
        lines.append("Set --lock-timeout to wait for it to be released.")
    lines.append(
        "If no imgver run is using this state, release the lock with:\n"
        f"  imgver state force-unlock {holder.id}"
    )
    return StateLockedError("state is locked", "\n".join(lines))


def x_locked_error__mutmut_7(conflict: LockReading, location: str, *, waited: float) -> StateLockedError:
    """The error for a lock held by someone else, with everything needed to decide what to do."""
    holder = conflict.holder
    if holder is None:
        return StateLockedError(
            "XXstate is lockedXX",
            f"The lock {location} exists but cannot be read: {conflict.problem}.\n"
            f"If no imgver run is using this state, delete {location} by hand.",
        )
    lines = [_describe(holder, location)]
    stale = holder.looks_stale()
    if stale:
        lines.append(
            "This lock looks stale: it was left by a process that no longer exists "
            f"(pid {holder.pid} on {holder.host})."
        )
    if waited > 0:
        lines.append(f"imgver waited {waited:g} s for it to be released.")
    elif not stale:
        lines.append("Set --lock-timeout to wait for it to be released.")
    lines.append(
        "If no imgver run is using this state, release the lock with:\n"
        f"  imgver state force-unlock {holder.id}"
    )
    return StateLockedError("state is locked", "\n".join(lines))


def x_locked_error__mutmut_8(conflict: LockReading, location: str, *, waited: float) -> StateLockedError:
    """The error for a lock held by someone else, with everything needed to decide what to do."""
    holder = conflict.holder
    if holder is None:
        return StateLockedError(
            "STATE IS LOCKED",
            f"The lock {location} exists but cannot be read: {conflict.problem}.\n"
            f"If no imgver run is using this state, delete {location} by hand.",
        )
    lines = [_describe(holder, location)]
    stale = holder.looks_stale()
    if stale:
        lines.append(
            "This lock looks stale: it was left by a process that no longer exists "
            f"(pid {holder.pid} on {holder.host})."
        )
    if waited > 0:
        lines.append(f"imgver waited {waited:g} s for it to be released.")
    elif not stale:
        lines.append("Set --lock-timeout to wait for it to be released.")
    lines.append(
        "If no imgver run is using this state, release the lock with:\n"
        f"  imgver state force-unlock {holder.id}"
    )
    return StateLockedError("state is locked", "\n".join(lines))


def x_locked_error__mutmut_9(conflict: LockReading, location: str, *, waited: float) -> StateLockedError:
    """The error for a lock held by someone else, with everything needed to decide what to do."""
    holder = conflict.holder
    if holder is None:
        return StateLockedError(
            "state is locked",
            f"The lock {location} exists but cannot be read: {conflict.problem}.\n"
            f"If no imgver run is using this state, delete {location} by hand.",
        )
    lines = None
    stale = holder.looks_stale()
    if stale:
        lines.append(
            "This lock looks stale: it was left by a process that no longer exists "
            f"(pid {holder.pid} on {holder.host})."
        )
    if waited > 0:
        lines.append(f"imgver waited {waited:g} s for it to be released.")
    elif not stale:
        lines.append("Set --lock-timeout to wait for it to be released.")
    lines.append(
        "If no imgver run is using this state, release the lock with:\n"
        f"  imgver state force-unlock {holder.id}"
    )
    return StateLockedError("state is locked", "\n".join(lines))


def x_locked_error__mutmut_10(conflict: LockReading, location: str, *, waited: float) -> StateLockedError:
    """The error for a lock held by someone else, with everything needed to decide what to do."""
    holder = conflict.holder
    if holder is None:
        return StateLockedError(
            "state is locked",
            f"The lock {location} exists but cannot be read: {conflict.problem}.\n"
            f"If no imgver run is using this state, delete {location} by hand.",
        )
    lines = [_describe(None, location)]
    stale = holder.looks_stale()
    if stale:
        lines.append(
            "This lock looks stale: it was left by a process that no longer exists "
            f"(pid {holder.pid} on {holder.host})."
        )
    if waited > 0:
        lines.append(f"imgver waited {waited:g} s for it to be released.")
    elif not stale:
        lines.append("Set --lock-timeout to wait for it to be released.")
    lines.append(
        "If no imgver run is using this state, release the lock with:\n"
        f"  imgver state force-unlock {holder.id}"
    )
    return StateLockedError("state is locked", "\n".join(lines))


def x_locked_error__mutmut_11(conflict: LockReading, location: str, *, waited: float) -> StateLockedError:
    """The error for a lock held by someone else, with everything needed to decide what to do."""
    holder = conflict.holder
    if holder is None:
        return StateLockedError(
            "state is locked",
            f"The lock {location} exists but cannot be read: {conflict.problem}.\n"
            f"If no imgver run is using this state, delete {location} by hand.",
        )
    lines = [_describe(holder, None)]
    stale = holder.looks_stale()
    if stale:
        lines.append(
            "This lock looks stale: it was left by a process that no longer exists "
            f"(pid {holder.pid} on {holder.host})."
        )
    if waited > 0:
        lines.append(f"imgver waited {waited:g} s for it to be released.")
    elif not stale:
        lines.append("Set --lock-timeout to wait for it to be released.")
    lines.append(
        "If no imgver run is using this state, release the lock with:\n"
        f"  imgver state force-unlock {holder.id}"
    )
    return StateLockedError("state is locked", "\n".join(lines))


def x_locked_error__mutmut_12(conflict: LockReading, location: str, *, waited: float) -> StateLockedError:
    """The error for a lock held by someone else, with everything needed to decide what to do."""
    holder = conflict.holder
    if holder is None:
        return StateLockedError(
            "state is locked",
            f"The lock {location} exists but cannot be read: {conflict.problem}.\n"
            f"If no imgver run is using this state, delete {location} by hand.",
        )
    lines = [_describe(location)]
    stale = holder.looks_stale()
    if stale:
        lines.append(
            "This lock looks stale: it was left by a process that no longer exists "
            f"(pid {holder.pid} on {holder.host})."
        )
    if waited > 0:
        lines.append(f"imgver waited {waited:g} s for it to be released.")
    elif not stale:
        lines.append("Set --lock-timeout to wait for it to be released.")
    lines.append(
        "If no imgver run is using this state, release the lock with:\n"
        f"  imgver state force-unlock {holder.id}"
    )
    return StateLockedError("state is locked", "\n".join(lines))


def x_locked_error__mutmut_13(conflict: LockReading, location: str, *, waited: float) -> StateLockedError:
    """The error for a lock held by someone else, with everything needed to decide what to do."""
    holder = conflict.holder
    if holder is None:
        return StateLockedError(
            "state is locked",
            f"The lock {location} exists but cannot be read: {conflict.problem}.\n"
            f"If no imgver run is using this state, delete {location} by hand.",
        )
    lines = [_describe(holder, )]
    stale = holder.looks_stale()
    if stale:
        lines.append(
            "This lock looks stale: it was left by a process that no longer exists "
            f"(pid {holder.pid} on {holder.host})."
        )
    if waited > 0:
        lines.append(f"imgver waited {waited:g} s for it to be released.")
    elif not stale:
        lines.append("Set --lock-timeout to wait for it to be released.")
    lines.append(
        "If no imgver run is using this state, release the lock with:\n"
        f"  imgver state force-unlock {holder.id}"
    )
    return StateLockedError("state is locked", "\n".join(lines))


def x_locked_error__mutmut_14(conflict: LockReading, location: str, *, waited: float) -> StateLockedError:
    """The error for a lock held by someone else, with everything needed to decide what to do."""
    holder = conflict.holder
    if holder is None:
        return StateLockedError(
            "state is locked",
            f"The lock {location} exists but cannot be read: {conflict.problem}.\n"
            f"If no imgver run is using this state, delete {location} by hand.",
        )
    lines = [_describe(holder, location)]
    stale = None
    if stale:
        lines.append(
            "This lock looks stale: it was left by a process that no longer exists "
            f"(pid {holder.pid} on {holder.host})."
        )
    if waited > 0:
        lines.append(f"imgver waited {waited:g} s for it to be released.")
    elif not stale:
        lines.append("Set --lock-timeout to wait for it to be released.")
    lines.append(
        "If no imgver run is using this state, release the lock with:\n"
        f"  imgver state force-unlock {holder.id}"
    )
    return StateLockedError("state is locked", "\n".join(lines))


def x_locked_error__mutmut_15(conflict: LockReading, location: str, *, waited: float) -> StateLockedError:
    """The error for a lock held by someone else, with everything needed to decide what to do."""
    holder = conflict.holder
    if holder is None:
        return StateLockedError(
            "state is locked",
            f"The lock {location} exists but cannot be read: {conflict.problem}.\n"
            f"If no imgver run is using this state, delete {location} by hand.",
        )
    lines = [_describe(holder, location)]
    stale = holder.looks_stale()
    if stale:
        lines.append(
            None
        )
    if waited > 0:
        lines.append(f"imgver waited {waited:g} s for it to be released.")
    elif not stale:
        lines.append("Set --lock-timeout to wait for it to be released.")
    lines.append(
        "If no imgver run is using this state, release the lock with:\n"
        f"  imgver state force-unlock {holder.id}"
    )
    return StateLockedError("state is locked", "\n".join(lines))


def x_locked_error__mutmut_16(conflict: LockReading, location: str, *, waited: float) -> StateLockedError:
    """The error for a lock held by someone else, with everything needed to decide what to do."""
    holder = conflict.holder
    if holder is None:
        return StateLockedError(
            "state is locked",
            f"The lock {location} exists but cannot be read: {conflict.problem}.\n"
            f"If no imgver run is using this state, delete {location} by hand.",
        )
    lines = [_describe(holder, location)]
    stale = holder.looks_stale()
    if stale:
        lines.append(
            "XXThis lock looks stale: it was left by a process that no longer exists XX"
            f"(pid {holder.pid} on {holder.host})."
        )
    if waited > 0:
        lines.append(f"imgver waited {waited:g} s for it to be released.")
    elif not stale:
        lines.append("Set --lock-timeout to wait for it to be released.")
    lines.append(
        "If no imgver run is using this state, release the lock with:\n"
        f"  imgver state force-unlock {holder.id}"
    )
    return StateLockedError("state is locked", "\n".join(lines))


def x_locked_error__mutmut_17(conflict: LockReading, location: str, *, waited: float) -> StateLockedError:
    """The error for a lock held by someone else, with everything needed to decide what to do."""
    holder = conflict.holder
    if holder is None:
        return StateLockedError(
            "state is locked",
            f"The lock {location} exists but cannot be read: {conflict.problem}.\n"
            f"If no imgver run is using this state, delete {location} by hand.",
        )
    lines = [_describe(holder, location)]
    stale = holder.looks_stale()
    if stale:
        lines.append(
            "this lock looks stale: it was left by a process that no longer exists "
            f"(pid {holder.pid} on {holder.host})."
        )
    if waited > 0:
        lines.append(f"imgver waited {waited:g} s for it to be released.")
    elif not stale:
        lines.append("Set --lock-timeout to wait for it to be released.")
    lines.append(
        "If no imgver run is using this state, release the lock with:\n"
        f"  imgver state force-unlock {holder.id}"
    )
    return StateLockedError("state is locked", "\n".join(lines))


def x_locked_error__mutmut_18(conflict: LockReading, location: str, *, waited: float) -> StateLockedError:
    """The error for a lock held by someone else, with everything needed to decide what to do."""
    holder = conflict.holder
    if holder is None:
        return StateLockedError(
            "state is locked",
            f"The lock {location} exists but cannot be read: {conflict.problem}.\n"
            f"If no imgver run is using this state, delete {location} by hand.",
        )
    lines = [_describe(holder, location)]
    stale = holder.looks_stale()
    if stale:
        lines.append(
            "THIS LOCK LOOKS STALE: IT WAS LEFT BY A PROCESS THAT NO LONGER EXISTS "
            f"(pid {holder.pid} on {holder.host})."
        )
    if waited > 0:
        lines.append(f"imgver waited {waited:g} s for it to be released.")
    elif not stale:
        lines.append("Set --lock-timeout to wait for it to be released.")
    lines.append(
        "If no imgver run is using this state, release the lock with:\n"
        f"  imgver state force-unlock {holder.id}"
    )
    return StateLockedError("state is locked", "\n".join(lines))


def x_locked_error__mutmut_19(conflict: LockReading, location: str, *, waited: float) -> StateLockedError:
    """The error for a lock held by someone else, with everything needed to decide what to do."""
    holder = conflict.holder
    if holder is None:
        return StateLockedError(
            "state is locked",
            f"The lock {location} exists but cannot be read: {conflict.problem}.\n"
            f"If no imgver run is using this state, delete {location} by hand.",
        )
    lines = [_describe(holder, location)]
    stale = holder.looks_stale()
    if stale:
        lines.append(
            "This lock looks stale: it was left by a process that no longer exists "
            f"(pid {holder.pid} on {holder.host})."
        )
    if waited >= 0:
        lines.append(f"imgver waited {waited:g} s for it to be released.")
    elif not stale:
        lines.append("Set --lock-timeout to wait for it to be released.")
    lines.append(
        "If no imgver run is using this state, release the lock with:\n"
        f"  imgver state force-unlock {holder.id}"
    )
    return StateLockedError("state is locked", "\n".join(lines))


def x_locked_error__mutmut_20(conflict: LockReading, location: str, *, waited: float) -> StateLockedError:
    """The error for a lock held by someone else, with everything needed to decide what to do."""
    holder = conflict.holder
    if holder is None:
        return StateLockedError(
            "state is locked",
            f"The lock {location} exists but cannot be read: {conflict.problem}.\n"
            f"If no imgver run is using this state, delete {location} by hand.",
        )
    lines = [_describe(holder, location)]
    stale = holder.looks_stale()
    if stale:
        lines.append(
            "This lock looks stale: it was left by a process that no longer exists "
            f"(pid {holder.pid} on {holder.host})."
        )
    if waited > 1:
        lines.append(f"imgver waited {waited:g} s for it to be released.")
    elif not stale:
        lines.append("Set --lock-timeout to wait for it to be released.")
    lines.append(
        "If no imgver run is using this state, release the lock with:\n"
        f"  imgver state force-unlock {holder.id}"
    )
    return StateLockedError("state is locked", "\n".join(lines))


def x_locked_error__mutmut_21(conflict: LockReading, location: str, *, waited: float) -> StateLockedError:
    """The error for a lock held by someone else, with everything needed to decide what to do."""
    holder = conflict.holder
    if holder is None:
        return StateLockedError(
            "state is locked",
            f"The lock {location} exists but cannot be read: {conflict.problem}.\n"
            f"If no imgver run is using this state, delete {location} by hand.",
        )
    lines = [_describe(holder, location)]
    stale = holder.looks_stale()
    if stale:
        lines.append(
            "This lock looks stale: it was left by a process that no longer exists "
            f"(pid {holder.pid} on {holder.host})."
        )
    if waited > 0:
        lines.append(None)
    elif not stale:
        lines.append("Set --lock-timeout to wait for it to be released.")
    lines.append(
        "If no imgver run is using this state, release the lock with:\n"
        f"  imgver state force-unlock {holder.id}"
    )
    return StateLockedError("state is locked", "\n".join(lines))


def x_locked_error__mutmut_22(conflict: LockReading, location: str, *, waited: float) -> StateLockedError:
    """The error for a lock held by someone else, with everything needed to decide what to do."""
    holder = conflict.holder
    if holder is None:
        return StateLockedError(
            "state is locked",
            f"The lock {location} exists but cannot be read: {conflict.problem}.\n"
            f"If no imgver run is using this state, delete {location} by hand.",
        )
    lines = [_describe(holder, location)]
    stale = holder.looks_stale()
    if stale:
        lines.append(
            "This lock looks stale: it was left by a process that no longer exists "
            f"(pid {holder.pid} on {holder.host})."
        )
    if waited > 0:
        lines.append(f"imgver waited {waited:g} s for it to be released.")
    elif stale:
        lines.append("Set --lock-timeout to wait for it to be released.")
    lines.append(
        "If no imgver run is using this state, release the lock with:\n"
        f"  imgver state force-unlock {holder.id}"
    )
    return StateLockedError("state is locked", "\n".join(lines))


def x_locked_error__mutmut_23(conflict: LockReading, location: str, *, waited: float) -> StateLockedError:
    """The error for a lock held by someone else, with everything needed to decide what to do."""
    holder = conflict.holder
    if holder is None:
        return StateLockedError(
            "state is locked",
            f"The lock {location} exists but cannot be read: {conflict.problem}.\n"
            f"If no imgver run is using this state, delete {location} by hand.",
        )
    lines = [_describe(holder, location)]
    stale = holder.looks_stale()
    if stale:
        lines.append(
            "This lock looks stale: it was left by a process that no longer exists "
            f"(pid {holder.pid} on {holder.host})."
        )
    if waited > 0:
        lines.append(f"imgver waited {waited:g} s for it to be released.")
    elif not stale:
        lines.append(None)
    lines.append(
        "If no imgver run is using this state, release the lock with:\n"
        f"  imgver state force-unlock {holder.id}"
    )
    return StateLockedError("state is locked", "\n".join(lines))


def x_locked_error__mutmut_24(conflict: LockReading, location: str, *, waited: float) -> StateLockedError:
    """The error for a lock held by someone else, with everything needed to decide what to do."""
    holder = conflict.holder
    if holder is None:
        return StateLockedError(
            "state is locked",
            f"The lock {location} exists but cannot be read: {conflict.problem}.\n"
            f"If no imgver run is using this state, delete {location} by hand.",
        )
    lines = [_describe(holder, location)]
    stale = holder.looks_stale()
    if stale:
        lines.append(
            "This lock looks stale: it was left by a process that no longer exists "
            f"(pid {holder.pid} on {holder.host})."
        )
    if waited > 0:
        lines.append(f"imgver waited {waited:g} s for it to be released.")
    elif not stale:
        lines.append("XXSet --lock-timeout to wait for it to be released.XX")
    lines.append(
        "If no imgver run is using this state, release the lock with:\n"
        f"  imgver state force-unlock {holder.id}"
    )
    return StateLockedError("state is locked", "\n".join(lines))


def x_locked_error__mutmut_25(conflict: LockReading, location: str, *, waited: float) -> StateLockedError:
    """The error for a lock held by someone else, with everything needed to decide what to do."""
    holder = conflict.holder
    if holder is None:
        return StateLockedError(
            "state is locked",
            f"The lock {location} exists but cannot be read: {conflict.problem}.\n"
            f"If no imgver run is using this state, delete {location} by hand.",
        )
    lines = [_describe(holder, location)]
    stale = holder.looks_stale()
    if stale:
        lines.append(
            "This lock looks stale: it was left by a process that no longer exists "
            f"(pid {holder.pid} on {holder.host})."
        )
    if waited > 0:
        lines.append(f"imgver waited {waited:g} s for it to be released.")
    elif not stale:
        lines.append("set --lock-timeout to wait for it to be released.")
    lines.append(
        "If no imgver run is using this state, release the lock with:\n"
        f"  imgver state force-unlock {holder.id}"
    )
    return StateLockedError("state is locked", "\n".join(lines))


def x_locked_error__mutmut_26(conflict: LockReading, location: str, *, waited: float) -> StateLockedError:
    """The error for a lock held by someone else, with everything needed to decide what to do."""
    holder = conflict.holder
    if holder is None:
        return StateLockedError(
            "state is locked",
            f"The lock {location} exists but cannot be read: {conflict.problem}.\n"
            f"If no imgver run is using this state, delete {location} by hand.",
        )
    lines = [_describe(holder, location)]
    stale = holder.looks_stale()
    if stale:
        lines.append(
            "This lock looks stale: it was left by a process that no longer exists "
            f"(pid {holder.pid} on {holder.host})."
        )
    if waited > 0:
        lines.append(f"imgver waited {waited:g} s for it to be released.")
    elif not stale:
        lines.append("SET --LOCK-TIMEOUT TO WAIT FOR IT TO BE RELEASED.")
    lines.append(
        "If no imgver run is using this state, release the lock with:\n"
        f"  imgver state force-unlock {holder.id}"
    )
    return StateLockedError("state is locked", "\n".join(lines))


def x_locked_error__mutmut_27(conflict: LockReading, location: str, *, waited: float) -> StateLockedError:
    """The error for a lock held by someone else, with everything needed to decide what to do."""
    holder = conflict.holder
    if holder is None:
        return StateLockedError(
            "state is locked",
            f"The lock {location} exists but cannot be read: {conflict.problem}.\n"
            f"If no imgver run is using this state, delete {location} by hand.",
        )
    lines = [_describe(holder, location)]
    stale = holder.looks_stale()
    if stale:
        lines.append(
            "This lock looks stale: it was left by a process that no longer exists "
            f"(pid {holder.pid} on {holder.host})."
        )
    if waited > 0:
        lines.append(f"imgver waited {waited:g} s for it to be released.")
    elif not stale:
        lines.append("Set --lock-timeout to wait for it to be released.")
    lines.append(
        None
    )
    return StateLockedError("state is locked", "\n".join(lines))


def x_locked_error__mutmut_28(conflict: LockReading, location: str, *, waited: float) -> StateLockedError:
    """The error for a lock held by someone else, with everything needed to decide what to do."""
    holder = conflict.holder
    if holder is None:
        return StateLockedError(
            "state is locked",
            f"The lock {location} exists but cannot be read: {conflict.problem}.\n"
            f"If no imgver run is using this state, delete {location} by hand.",
        )
    lines = [_describe(holder, location)]
    stale = holder.looks_stale()
    if stale:
        lines.append(
            "This lock looks stale: it was left by a process that no longer exists "
            f"(pid {holder.pid} on {holder.host})."
        )
    if waited > 0:
        lines.append(f"imgver waited {waited:g} s for it to be released.")
    elif not stale:
        lines.append("Set --lock-timeout to wait for it to be released.")
    lines.append(
        "XXIf no imgver run is using this state, release the lock with:\nXX"
        f"  imgver state force-unlock {holder.id}"
    )
    return StateLockedError("state is locked", "\n".join(lines))


def x_locked_error__mutmut_29(conflict: LockReading, location: str, *, waited: float) -> StateLockedError:
    """The error for a lock held by someone else, with everything needed to decide what to do."""
    holder = conflict.holder
    if holder is None:
        return StateLockedError(
            "state is locked",
            f"The lock {location} exists but cannot be read: {conflict.problem}.\n"
            f"If no imgver run is using this state, delete {location} by hand.",
        )
    lines = [_describe(holder, location)]
    stale = holder.looks_stale()
    if stale:
        lines.append(
            "This lock looks stale: it was left by a process that no longer exists "
            f"(pid {holder.pid} on {holder.host})."
        )
    if waited > 0:
        lines.append(f"imgver waited {waited:g} s for it to be released.")
    elif not stale:
        lines.append("Set --lock-timeout to wait for it to be released.")
    lines.append(
        "if no imgver run is using this state, release the lock with:\n"
        f"  imgver state force-unlock {holder.id}"
    )
    return StateLockedError("state is locked", "\n".join(lines))


def x_locked_error__mutmut_30(conflict: LockReading, location: str, *, waited: float) -> StateLockedError:
    """The error for a lock held by someone else, with everything needed to decide what to do."""
    holder = conflict.holder
    if holder is None:
        return StateLockedError(
            "state is locked",
            f"The lock {location} exists but cannot be read: {conflict.problem}.\n"
            f"If no imgver run is using this state, delete {location} by hand.",
        )
    lines = [_describe(holder, location)]
    stale = holder.looks_stale()
    if stale:
        lines.append(
            "This lock looks stale: it was left by a process that no longer exists "
            f"(pid {holder.pid} on {holder.host})."
        )
    if waited > 0:
        lines.append(f"imgver waited {waited:g} s for it to be released.")
    elif not stale:
        lines.append("Set --lock-timeout to wait for it to be released.")
    lines.append(
        "IF NO IMGVER RUN IS USING THIS STATE, RELEASE THE LOCK WITH:\n"
        f"  imgver state force-unlock {holder.id}"
    )
    return StateLockedError("state is locked", "\n".join(lines))


def x_locked_error__mutmut_31(conflict: LockReading, location: str, *, waited: float) -> StateLockedError:
    """The error for a lock held by someone else, with everything needed to decide what to do."""
    holder = conflict.holder
    if holder is None:
        return StateLockedError(
            "state is locked",
            f"The lock {location} exists but cannot be read: {conflict.problem}.\n"
            f"If no imgver run is using this state, delete {location} by hand.",
        )
    lines = [_describe(holder, location)]
    stale = holder.looks_stale()
    if stale:
        lines.append(
            "This lock looks stale: it was left by a process that no longer exists "
            f"(pid {holder.pid} on {holder.host})."
        )
    if waited > 0:
        lines.append(f"imgver waited {waited:g} s for it to be released.")
    elif not stale:
        lines.append("Set --lock-timeout to wait for it to be released.")
    lines.append(
        "If no imgver run is using this state, release the lock with:\n"
        f"  imgver state force-unlock {holder.id}"
    )
    return StateLockedError(None, "\n".join(lines))


def x_locked_error__mutmut_32(conflict: LockReading, location: str, *, waited: float) -> StateLockedError:
    """The error for a lock held by someone else, with everything needed to decide what to do."""
    holder = conflict.holder
    if holder is None:
        return StateLockedError(
            "state is locked",
            f"The lock {location} exists but cannot be read: {conflict.problem}.\n"
            f"If no imgver run is using this state, delete {location} by hand.",
        )
    lines = [_describe(holder, location)]
    stale = holder.looks_stale()
    if stale:
        lines.append(
            "This lock looks stale: it was left by a process that no longer exists "
            f"(pid {holder.pid} on {holder.host})."
        )
    if waited > 0:
        lines.append(f"imgver waited {waited:g} s for it to be released.")
    elif not stale:
        lines.append("Set --lock-timeout to wait for it to be released.")
    lines.append(
        "If no imgver run is using this state, release the lock with:\n"
        f"  imgver state force-unlock {holder.id}"
    )
    return StateLockedError("state is locked", None)


def x_locked_error__mutmut_33(conflict: LockReading, location: str, *, waited: float) -> StateLockedError:
    """The error for a lock held by someone else, with everything needed to decide what to do."""
    holder = conflict.holder
    if holder is None:
        return StateLockedError(
            "state is locked",
            f"The lock {location} exists but cannot be read: {conflict.problem}.\n"
            f"If no imgver run is using this state, delete {location} by hand.",
        )
    lines = [_describe(holder, location)]
    stale = holder.looks_stale()
    if stale:
        lines.append(
            "This lock looks stale: it was left by a process that no longer exists "
            f"(pid {holder.pid} on {holder.host})."
        )
    if waited > 0:
        lines.append(f"imgver waited {waited:g} s for it to be released.")
    elif not stale:
        lines.append("Set --lock-timeout to wait for it to be released.")
    lines.append(
        "If no imgver run is using this state, release the lock with:\n"
        f"  imgver state force-unlock {holder.id}"
    )
    return StateLockedError("\n".join(lines))


def x_locked_error__mutmut_34(conflict: LockReading, location: str, *, waited: float) -> StateLockedError:
    """The error for a lock held by someone else, with everything needed to decide what to do."""
    holder = conflict.holder
    if holder is None:
        return StateLockedError(
            "state is locked",
            f"The lock {location} exists but cannot be read: {conflict.problem}.\n"
            f"If no imgver run is using this state, delete {location} by hand.",
        )
    lines = [_describe(holder, location)]
    stale = holder.looks_stale()
    if stale:
        lines.append(
            "This lock looks stale: it was left by a process that no longer exists "
            f"(pid {holder.pid} on {holder.host})."
        )
    if waited > 0:
        lines.append(f"imgver waited {waited:g} s for it to be released.")
    elif not stale:
        lines.append("Set --lock-timeout to wait for it to be released.")
    lines.append(
        "If no imgver run is using this state, release the lock with:\n"
        f"  imgver state force-unlock {holder.id}"
    )
    return StateLockedError("state is locked", )


def x_locked_error__mutmut_35(conflict: LockReading, location: str, *, waited: float) -> StateLockedError:
    """The error for a lock held by someone else, with everything needed to decide what to do."""
    holder = conflict.holder
    if holder is None:
        return StateLockedError(
            "state is locked",
            f"The lock {location} exists but cannot be read: {conflict.problem}.\n"
            f"If no imgver run is using this state, delete {location} by hand.",
        )
    lines = [_describe(holder, location)]
    stale = holder.looks_stale()
    if stale:
        lines.append(
            "This lock looks stale: it was left by a process that no longer exists "
            f"(pid {holder.pid} on {holder.host})."
        )
    if waited > 0:
        lines.append(f"imgver waited {waited:g} s for it to be released.")
    elif not stale:
        lines.append("Set --lock-timeout to wait for it to be released.")
    lines.append(
        "If no imgver run is using this state, release the lock with:\n"
        f"  imgver state force-unlock {holder.id}"
    )
    return StateLockedError("XXstate is lockedXX", "\n".join(lines))


def x_locked_error__mutmut_36(conflict: LockReading, location: str, *, waited: float) -> StateLockedError:
    """The error for a lock held by someone else, with everything needed to decide what to do."""
    holder = conflict.holder
    if holder is None:
        return StateLockedError(
            "state is locked",
            f"The lock {location} exists but cannot be read: {conflict.problem}.\n"
            f"If no imgver run is using this state, delete {location} by hand.",
        )
    lines = [_describe(holder, location)]
    stale = holder.looks_stale()
    if stale:
        lines.append(
            "This lock looks stale: it was left by a process that no longer exists "
            f"(pid {holder.pid} on {holder.host})."
        )
    if waited > 0:
        lines.append(f"imgver waited {waited:g} s for it to be released.")
    elif not stale:
        lines.append("Set --lock-timeout to wait for it to be released.")
    lines.append(
        "If no imgver run is using this state, release the lock with:\n"
        f"  imgver state force-unlock {holder.id}"
    )
    return StateLockedError("STATE IS LOCKED", "\n".join(lines))


def x_locked_error__mutmut_37(conflict: LockReading, location: str, *, waited: float) -> StateLockedError:
    """The error for a lock held by someone else, with everything needed to decide what to do."""
    holder = conflict.holder
    if holder is None:
        return StateLockedError(
            "state is locked",
            f"The lock {location} exists but cannot be read: {conflict.problem}.\n"
            f"If no imgver run is using this state, delete {location} by hand.",
        )
    lines = [_describe(holder, location)]
    stale = holder.looks_stale()
    if stale:
        lines.append(
            "This lock looks stale: it was left by a process that no longer exists "
            f"(pid {holder.pid} on {holder.host})."
        )
    if waited > 0:
        lines.append(f"imgver waited {waited:g} s for it to be released.")
    elif not stale:
        lines.append("Set --lock-timeout to wait for it to be released.")
    lines.append(
        "If no imgver run is using this state, release the lock with:\n"
        f"  imgver state force-unlock {holder.id}"
    )
    return StateLockedError("state is locked", "\n".join(None))


def x_locked_error__mutmut_38(conflict: LockReading, location: str, *, waited: float) -> StateLockedError:
    """The error for a lock held by someone else, with everything needed to decide what to do."""
    holder = conflict.holder
    if holder is None:
        return StateLockedError(
            "state is locked",
            f"The lock {location} exists but cannot be read: {conflict.problem}.\n"
            f"If no imgver run is using this state, delete {location} by hand.",
        )
    lines = [_describe(holder, location)]
    stale = holder.looks_stale()
    if stale:
        lines.append(
            "This lock looks stale: it was left by a process that no longer exists "
            f"(pid {holder.pid} on {holder.host})."
        )
    if waited > 0:
        lines.append(f"imgver waited {waited:g} s for it to be released.")
    elif not stale:
        lines.append("Set --lock-timeout to wait for it to be released.")
    lines.append(
        "If no imgver run is using this state, release the lock with:\n"
        f"  imgver state force-unlock {holder.id}"
    )
    return StateLockedError("state is locked", "XX\nXX".join(lines))

mutants_x_locked_error__mutmut['_mutmut_orig'] = x_locked_error__mutmut_orig # type: ignore # mutmut generated
mutants_x_locked_error__mutmut['x_locked_error__mutmut_1'] = x_locked_error__mutmut_1 # type: ignore # mutmut generated
mutants_x_locked_error__mutmut['x_locked_error__mutmut_2'] = x_locked_error__mutmut_2 # type: ignore # mutmut generated
mutants_x_locked_error__mutmut['x_locked_error__mutmut_3'] = x_locked_error__mutmut_3 # type: ignore # mutmut generated
mutants_x_locked_error__mutmut['x_locked_error__mutmut_4'] = x_locked_error__mutmut_4 # type: ignore # mutmut generated
mutants_x_locked_error__mutmut['x_locked_error__mutmut_5'] = x_locked_error__mutmut_5 # type: ignore # mutmut generated
mutants_x_locked_error__mutmut['x_locked_error__mutmut_6'] = x_locked_error__mutmut_6 # type: ignore # mutmut generated
mutants_x_locked_error__mutmut['x_locked_error__mutmut_7'] = x_locked_error__mutmut_7 # type: ignore # mutmut generated
mutants_x_locked_error__mutmut['x_locked_error__mutmut_8'] = x_locked_error__mutmut_8 # type: ignore # mutmut generated
mutants_x_locked_error__mutmut['x_locked_error__mutmut_9'] = x_locked_error__mutmut_9 # type: ignore # mutmut generated
mutants_x_locked_error__mutmut['x_locked_error__mutmut_10'] = x_locked_error__mutmut_10 # type: ignore # mutmut generated
mutants_x_locked_error__mutmut['x_locked_error__mutmut_11'] = x_locked_error__mutmut_11 # type: ignore # mutmut generated
mutants_x_locked_error__mutmut['x_locked_error__mutmut_12'] = x_locked_error__mutmut_12 # type: ignore # mutmut generated
mutants_x_locked_error__mutmut['x_locked_error__mutmut_13'] = x_locked_error__mutmut_13 # type: ignore # mutmut generated
mutants_x_locked_error__mutmut['x_locked_error__mutmut_14'] = x_locked_error__mutmut_14 # type: ignore # mutmut generated
mutants_x_locked_error__mutmut['x_locked_error__mutmut_15'] = x_locked_error__mutmut_15 # type: ignore # mutmut generated
mutants_x_locked_error__mutmut['x_locked_error__mutmut_16'] = x_locked_error__mutmut_16 # type: ignore # mutmut generated
mutants_x_locked_error__mutmut['x_locked_error__mutmut_17'] = x_locked_error__mutmut_17 # type: ignore # mutmut generated
mutants_x_locked_error__mutmut['x_locked_error__mutmut_18'] = x_locked_error__mutmut_18 # type: ignore # mutmut generated
mutants_x_locked_error__mutmut['x_locked_error__mutmut_19'] = x_locked_error__mutmut_19 # type: ignore # mutmut generated
mutants_x_locked_error__mutmut['x_locked_error__mutmut_20'] = x_locked_error__mutmut_20 # type: ignore # mutmut generated
mutants_x_locked_error__mutmut['x_locked_error__mutmut_21'] = x_locked_error__mutmut_21 # type: ignore # mutmut generated
mutants_x_locked_error__mutmut['x_locked_error__mutmut_22'] = x_locked_error__mutmut_22 # type: ignore # mutmut generated
mutants_x_locked_error__mutmut['x_locked_error__mutmut_23'] = x_locked_error__mutmut_23 # type: ignore # mutmut generated
mutants_x_locked_error__mutmut['x_locked_error__mutmut_24'] = x_locked_error__mutmut_24 # type: ignore # mutmut generated
mutants_x_locked_error__mutmut['x_locked_error__mutmut_25'] = x_locked_error__mutmut_25 # type: ignore # mutmut generated
mutants_x_locked_error__mutmut['x_locked_error__mutmut_26'] = x_locked_error__mutmut_26 # type: ignore # mutmut generated
mutants_x_locked_error__mutmut['x_locked_error__mutmut_27'] = x_locked_error__mutmut_27 # type: ignore # mutmut generated
mutants_x_locked_error__mutmut['x_locked_error__mutmut_28'] = x_locked_error__mutmut_28 # type: ignore # mutmut generated
mutants_x_locked_error__mutmut['x_locked_error__mutmut_29'] = x_locked_error__mutmut_29 # type: ignore # mutmut generated
mutants_x_locked_error__mutmut['x_locked_error__mutmut_30'] = x_locked_error__mutmut_30 # type: ignore # mutmut generated
mutants_x_locked_error__mutmut['x_locked_error__mutmut_31'] = x_locked_error__mutmut_31 # type: ignore # mutmut generated
mutants_x_locked_error__mutmut['x_locked_error__mutmut_32'] = x_locked_error__mutmut_32 # type: ignore # mutmut generated
mutants_x_locked_error__mutmut['x_locked_error__mutmut_33'] = x_locked_error__mutmut_33 # type: ignore # mutmut generated
mutants_x_locked_error__mutmut['x_locked_error__mutmut_34'] = x_locked_error__mutmut_34 # type: ignore # mutmut generated
mutants_x_locked_error__mutmut['x_locked_error__mutmut_35'] = x_locked_error__mutmut_35 # type: ignore # mutmut generated
mutants_x_locked_error__mutmut['x_locked_error__mutmut_36'] = x_locked_error__mutmut_36 # type: ignore # mutmut generated
mutants_x_locked_error__mutmut['x_locked_error__mutmut_37'] = x_locked_error__mutmut_37 # type: ignore # mutmut generated
mutants_x_locked_error__mutmut['x_locked_error__mutmut_38'] = x_locked_error__mutmut_38 # type: ignore # mutmut generated
mutants_x__attempt__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__attempt__mutmut)
def _attempt(create: LockCreate, current: LockRead, info: LockInfo) -> LockReading | None:
    """Take the lock for `info` once; the conflict that stops it, or None when taken."""
    # The holder may release between our failed create and our read: then try again.
    for _ in range(3):
        if create(info):
            return None
        conflict = current()
        if conflict is not None:
            return conflict
    return LockReading(None, "it was taken and released repeatedly while being read")


def x__attempt__mutmut_orig(create: LockCreate, current: LockRead, info: LockInfo) -> LockReading | None:
    """Take the lock for `info` once; the conflict that stops it, or None when taken."""
    # The holder may release between our failed create and our read: then try again.
    for _ in range(3):
        if create(info):
            return None
        conflict = current()
        if conflict is not None:
            return conflict
    return LockReading(None, "it was taken and released repeatedly while being read")


def x__attempt__mutmut_1(create: LockCreate, current: LockRead, info: LockInfo) -> LockReading | None:
    """Take the lock for `info` once; the conflict that stops it, or None when taken."""
    # The holder may release between our failed create and our read: then try again.
    for _ in range(None):
        if create(info):
            return None
        conflict = current()
        if conflict is not None:
            return conflict
    return LockReading(None, "it was taken and released repeatedly while being read")


def x__attempt__mutmut_2(create: LockCreate, current: LockRead, info: LockInfo) -> LockReading | None:
    """Take the lock for `info` once; the conflict that stops it, or None when taken."""
    # The holder may release between our failed create and our read: then try again.
    for _ in range(4):
        if create(info):
            return None
        conflict = current()
        if conflict is not None:
            return conflict
    return LockReading(None, "it was taken and released repeatedly while being read")


def x__attempt__mutmut_3(create: LockCreate, current: LockRead, info: LockInfo) -> LockReading | None:
    """Take the lock for `info` once; the conflict that stops it, or None when taken."""
    # The holder may release between our failed create and our read: then try again.
    for _ in range(3):
        if create(None):
            return None
        conflict = current()
        if conflict is not None:
            return conflict
    return LockReading(None, "it was taken and released repeatedly while being read")


def x__attempt__mutmut_4(create: LockCreate, current: LockRead, info: LockInfo) -> LockReading | None:
    """Take the lock for `info` once; the conflict that stops it, or None when taken."""
    # The holder may release between our failed create and our read: then try again.
    for _ in range(3):
        if create(info):
            return None
        conflict = None
        if conflict is not None:
            return conflict
    return LockReading(None, "it was taken and released repeatedly while being read")


def x__attempt__mutmut_5(create: LockCreate, current: LockRead, info: LockInfo) -> LockReading | None:
    """Take the lock for `info` once; the conflict that stops it, or None when taken."""
    # The holder may release between our failed create and our read: then try again.
    for _ in range(3):
        if create(info):
            return None
        conflict = current()
        if conflict is None:
            return conflict
    return LockReading(None, "it was taken and released repeatedly while being read")


def x__attempt__mutmut_6(create: LockCreate, current: LockRead, info: LockInfo) -> LockReading | None:
    """Take the lock for `info` once; the conflict that stops it, or None when taken."""
    # The holder may release between our failed create and our read: then try again.
    for _ in range(3):
        if create(info):
            return None
        conflict = current()
        if conflict is not None:
            return conflict
    return LockReading(None, None)


def x__attempt__mutmut_7(create: LockCreate, current: LockRead, info: LockInfo) -> LockReading | None:
    """Take the lock for `info` once; the conflict that stops it, or None when taken."""
    # The holder may release between our failed create and our read: then try again.
    for _ in range(3):
        if create(info):
            return None
        conflict = current()
        if conflict is not None:
            return conflict
    return LockReading("it was taken and released repeatedly while being read")


def x__attempt__mutmut_8(create: LockCreate, current: LockRead, info: LockInfo) -> LockReading | None:
    """Take the lock for `info` once; the conflict that stops it, or None when taken."""
    # The holder may release between our failed create and our read: then try again.
    for _ in range(3):
        if create(info):
            return None
        conflict = current()
        if conflict is not None:
            return conflict
    return LockReading(None, )


def x__attempt__mutmut_9(create: LockCreate, current: LockRead, info: LockInfo) -> LockReading | None:
    """Take the lock for `info` once; the conflict that stops it, or None when taken."""
    # The holder may release between our failed create and our read: then try again.
    for _ in range(3):
        if create(info):
            return None
        conflict = current()
        if conflict is not None:
            return conflict
    return LockReading(None, "XXit was taken and released repeatedly while being readXX")


def x__attempt__mutmut_10(create: LockCreate, current: LockRead, info: LockInfo) -> LockReading | None:
    """Take the lock for `info` once; the conflict that stops it, or None when taken."""
    # The holder may release between our failed create and our read: then try again.
    for _ in range(3):
        if create(info):
            return None
        conflict = current()
        if conflict is not None:
            return conflict
    return LockReading(None, "IT WAS TAKEN AND RELEASED REPEATEDLY WHILE BEING READ")

mutants_x__attempt__mutmut['_mutmut_orig'] = x__attempt__mutmut_orig # type: ignore # mutmut generated
mutants_x__attempt__mutmut['x__attempt__mutmut_1'] = x__attempt__mutmut_1 # type: ignore # mutmut generated
mutants_x__attempt__mutmut['x__attempt__mutmut_2'] = x__attempt__mutmut_2 # type: ignore # mutmut generated
mutants_x__attempt__mutmut['x__attempt__mutmut_3'] = x__attempt__mutmut_3 # type: ignore # mutmut generated
mutants_x__attempt__mutmut['x__attempt__mutmut_4'] = x__attempt__mutmut_4 # type: ignore # mutmut generated
mutants_x__attempt__mutmut['x__attempt__mutmut_5'] = x__attempt__mutmut_5 # type: ignore # mutmut generated
mutants_x__attempt__mutmut['x__attempt__mutmut_6'] = x__attempt__mutmut_6 # type: ignore # mutmut generated
mutants_x__attempt__mutmut['x__attempt__mutmut_7'] = x__attempt__mutmut_7 # type: ignore # mutmut generated
mutants_x__attempt__mutmut['x__attempt__mutmut_8'] = x__attempt__mutmut_8 # type: ignore # mutmut generated
mutants_x__attempt__mutmut['x__attempt__mutmut_9'] = x__attempt__mutmut_9 # type: ignore # mutmut generated
mutants_x__attempt__mutmut['x__attempt__mutmut_10'] = x__attempt__mutmut_10 # type: ignore # mutmut generated
mutants_x_acquire__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_acquire__mutmut)
def acquire(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_orig(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_1(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = None
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_2(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() - max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_3(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(None, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_4(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, None)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_5(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_6(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, )
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_7(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 1.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_8(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = None
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_9(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = ""
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_10(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while False:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_11(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = None
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_12(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(None, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_13(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, None, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_14(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, None)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_15(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_16(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_17(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, )
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_18(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is not None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_19(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = None
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_20(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline + clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_21(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = None
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_22(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = None
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_23(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None or holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_24(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_25(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_26(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None or taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_27(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale or take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_28(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_29(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is not None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_30(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None or take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_31(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None or take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_32(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over or holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_33(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_34(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_35(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(None):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_36(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = None
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_37(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            break
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_38(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 and stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_39(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining < 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_40(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 1 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_41(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(None, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_42(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, None, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_43(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=None)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_44(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_45(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_46(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, )
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_47(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if (remaining <= 0) and False else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_48(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if (remaining <= 0) or True else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_49(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining < 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_50(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 1 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_51(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 1.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_52(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(None)
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_53(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(None, remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_54(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, None))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_55(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(remaining))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_56(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, ))
        delay = min(delay * 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_57(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = None


def x_acquire__mutmut_58(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(None, LAST_RETRY_SECONDS)


def x_acquire__mutmut_59(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, None)


def x_acquire__mutmut_60(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(LAST_RETRY_SECONDS)


def x_acquire__mutmut_61(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 2, )


def x_acquire__mutmut_62(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay / 2, LAST_RETRY_SECONDS)


def x_acquire__mutmut_63(
    create: LockCreate,
    current: LockRead,
    info: LockInfo,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> LockInfo | None:
    """Take the lock for `info`, retrying from 0.1 s to 2 s apart for `timeout` s; the dead
    holding taken over on the way, if any.

    A holder known to be dead is taken over with `take_over` when given; without it, or
    when that fails, StateLockedError at once, since a stale lock is never released by
    waiting. StateLockedError too once the time is up.
    `clock` tells the time and waits.
    """
    deadline = clock.monotonic() + max(timeout, 0.0)
    delay = FIRST_RETRY_SECONDS
    taken_over: LockInfo | None = None
    while True:
        conflict = _attempt(create, current, info)
        if conflict is None:
            return taken_over
        remaining = deadline - clock.monotonic()
        holder = conflict.holder
        stale = holder is not None and holder.looks_stale()
        can_take_over = stale and take_over is not None and taken_over is None
        if can_take_over and holder is not None and take_over is not None and take_over(holder):
            taken_over = holder
            continue
        if remaining <= 0 or stale:
            raise locked_error(conflict, location, waited=timeout if remaining <= 0 else 0.0)
        clock.sleep(min(delay, remaining))
        delay = min(delay * 3, LAST_RETRY_SECONDS)

mutants_x_acquire__mutmut['_mutmut_orig'] = x_acquire__mutmut_orig # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_1'] = x_acquire__mutmut_1 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_2'] = x_acquire__mutmut_2 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_3'] = x_acquire__mutmut_3 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_4'] = x_acquire__mutmut_4 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_5'] = x_acquire__mutmut_5 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_6'] = x_acquire__mutmut_6 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_7'] = x_acquire__mutmut_7 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_8'] = x_acquire__mutmut_8 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_9'] = x_acquire__mutmut_9 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_10'] = x_acquire__mutmut_10 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_11'] = x_acquire__mutmut_11 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_12'] = x_acquire__mutmut_12 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_13'] = x_acquire__mutmut_13 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_14'] = x_acquire__mutmut_14 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_15'] = x_acquire__mutmut_15 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_16'] = x_acquire__mutmut_16 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_17'] = x_acquire__mutmut_17 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_18'] = x_acquire__mutmut_18 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_19'] = x_acquire__mutmut_19 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_20'] = x_acquire__mutmut_20 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_21'] = x_acquire__mutmut_21 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_22'] = x_acquire__mutmut_22 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_23'] = x_acquire__mutmut_23 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_24'] = x_acquire__mutmut_24 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_25'] = x_acquire__mutmut_25 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_26'] = x_acquire__mutmut_26 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_27'] = x_acquire__mutmut_27 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_28'] = x_acquire__mutmut_28 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_29'] = x_acquire__mutmut_29 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_30'] = x_acquire__mutmut_30 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_31'] = x_acquire__mutmut_31 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_32'] = x_acquire__mutmut_32 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_33'] = x_acquire__mutmut_33 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_34'] = x_acquire__mutmut_34 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_35'] = x_acquire__mutmut_35 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_36'] = x_acquire__mutmut_36 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_37'] = x_acquire__mutmut_37 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_38'] = x_acquire__mutmut_38 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_39'] = x_acquire__mutmut_39 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_40'] = x_acquire__mutmut_40 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_41'] = x_acquire__mutmut_41 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_42'] = x_acquire__mutmut_42 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_43'] = x_acquire__mutmut_43 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_44'] = x_acquire__mutmut_44 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_45'] = x_acquire__mutmut_45 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_46'] = x_acquire__mutmut_46 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_47'] = x_acquire__mutmut_47 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_48'] = x_acquire__mutmut_48 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_49'] = x_acquire__mutmut_49 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_50'] = x_acquire__mutmut_50 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_51'] = x_acquire__mutmut_51 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_52'] = x_acquire__mutmut_52 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_53'] = x_acquire__mutmut_53 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_54'] = x_acquire__mutmut_54 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_55'] = x_acquire__mutmut_55 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_56'] = x_acquire__mutmut_56 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_57'] = x_acquire__mutmut_57 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_58'] = x_acquire__mutmut_58 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_59'] = x_acquire__mutmut_59 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_60'] = x_acquire__mutmut_60 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_61'] = x_acquire__mutmut_61 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_62'] = x_acquire__mutmut_62 # type: ignore # mutmut generated
mutants_x_acquire__mutmut['x_acquire__mutmut_63'] = x_acquire__mutmut_63 # type: ignore # mutmut generated


@contextmanager
def hold_lock(
    create: LockCreate,
    current: LockRead,
    release: LockRelease,
    operation: str,
    *,
    timeout: float,
    location: str,
    take_over: LockTakeOver | None = None,
    clock: LockClock = SYSTEM_CLOCK,
) -> Iterator[LockInfo]:
    """Take a lock for `operation` (waiting up to `timeout` s) and release it on leaving.

    The holding yielded names in `took_over` the dead holding it replaced, if any.
    """
    info = LockInfo.new(operation)
    stale = acquire(
        create, current, info, timeout=timeout, location=location, take_over=take_over, clock=clock
    )
    info = replace(info, took_over=stale)
    try:
        yield info
    finally:
        release(info)
mutants_x_check_force_unlock__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_force_unlock__mutmut)
def check_force_unlock(
    conflict: LockReading | None, lock_id: str, location: str, *, even_if_running: bool = True
) -> None:
    """Refuse a force-unlock unless a readable lock with exactly `lock_id` is there, and
    (unless `even_if_running`) its holder is not a process still running on this host."""
    if conflict is None:
        raise StateError(
            "state is not locked", f"There is no lock at {location}; nothing to unlock."
        )
    holder = conflict.holder
    if holder is None:
        raise StateError(
            f"the lock {location} cannot be read",
            f"{conflict.problem}. If no imgver run is using this state, delete {location} by hand.",
        )
    if holder.id != lock_id:
        raise StateError(
            f"lock ID {lock_id} does not match the lock on the state",
            f"{_describe(holder, location)}\n"
            "Check that this is the lock you mean and that its holder is not running, then:\n"
            f"  imgver state force-unlock {holder.id}",
        )
    if not even_if_running and holder.looks_alive():
        raise StateError(
            f"the holder of lock {lock_id} is still running: pid {holder.pid} on {holder.host}",
            f"{_describe(holder, location)}\n"
            "Removing its lock lets another run change the state at the same time. Stop that "
            "process (it releases the lock itself on Ctrl-C, SIGTERM or SIGHUP), or, if you "
            f"are sure, run: imgver state force-unlock {lock_id} --even-if-running",
        )


def x_check_force_unlock__mutmut_orig(
    conflict: LockReading | None, lock_id: str, location: str, *, even_if_running: bool = True
) -> None:
    """Refuse a force-unlock unless a readable lock with exactly `lock_id` is there, and
    (unless `even_if_running`) its holder is not a process still running on this host."""
    if conflict is None:
        raise StateError(
            "state is not locked", f"There is no lock at {location}; nothing to unlock."
        )
    holder = conflict.holder
    if holder is None:
        raise StateError(
            f"the lock {location} cannot be read",
            f"{conflict.problem}. If no imgver run is using this state, delete {location} by hand.",
        )
    if holder.id != lock_id:
        raise StateError(
            f"lock ID {lock_id} does not match the lock on the state",
            f"{_describe(holder, location)}\n"
            "Check that this is the lock you mean and that its holder is not running, then:\n"
            f"  imgver state force-unlock {holder.id}",
        )
    if not even_if_running and holder.looks_alive():
        raise StateError(
            f"the holder of lock {lock_id} is still running: pid {holder.pid} on {holder.host}",
            f"{_describe(holder, location)}\n"
            "Removing its lock lets another run change the state at the same time. Stop that "
            "process (it releases the lock itself on Ctrl-C, SIGTERM or SIGHUP), or, if you "
            f"are sure, run: imgver state force-unlock {lock_id} --even-if-running",
        )


def x_check_force_unlock__mutmut_1(
    conflict: LockReading | None, lock_id: str, location: str, *, even_if_running: bool = False
) -> None:
    """Refuse a force-unlock unless a readable lock with exactly `lock_id` is there, and
    (unless `even_if_running`) its holder is not a process still running on this host."""
    if conflict is None:
        raise StateError(
            "state is not locked", f"There is no lock at {location}; nothing to unlock."
        )
    holder = conflict.holder
    if holder is None:
        raise StateError(
            f"the lock {location} cannot be read",
            f"{conflict.problem}. If no imgver run is using this state, delete {location} by hand.",
        )
    if holder.id != lock_id:
        raise StateError(
            f"lock ID {lock_id} does not match the lock on the state",
            f"{_describe(holder, location)}\n"
            "Check that this is the lock you mean and that its holder is not running, then:\n"
            f"  imgver state force-unlock {holder.id}",
        )
    if not even_if_running and holder.looks_alive():
        raise StateError(
            f"the holder of lock {lock_id} is still running: pid {holder.pid} on {holder.host}",
            f"{_describe(holder, location)}\n"
            "Removing its lock lets another run change the state at the same time. Stop that "
            "process (it releases the lock itself on Ctrl-C, SIGTERM or SIGHUP), or, if you "
            f"are sure, run: imgver state force-unlock {lock_id} --even-if-running",
        )


def x_check_force_unlock__mutmut_2(
    conflict: LockReading | None, lock_id: str, location: str, *, even_if_running: bool = True
) -> None:
    """Refuse a force-unlock unless a readable lock with exactly `lock_id` is there, and
    (unless `even_if_running`) its holder is not a process still running on this host."""
    if conflict is not None:
        raise StateError(
            "state is not locked", f"There is no lock at {location}; nothing to unlock."
        )
    holder = conflict.holder
    if holder is None:
        raise StateError(
            f"the lock {location} cannot be read",
            f"{conflict.problem}. If no imgver run is using this state, delete {location} by hand.",
        )
    if holder.id != lock_id:
        raise StateError(
            f"lock ID {lock_id} does not match the lock on the state",
            f"{_describe(holder, location)}\n"
            "Check that this is the lock you mean and that its holder is not running, then:\n"
            f"  imgver state force-unlock {holder.id}",
        )
    if not even_if_running and holder.looks_alive():
        raise StateError(
            f"the holder of lock {lock_id} is still running: pid {holder.pid} on {holder.host}",
            f"{_describe(holder, location)}\n"
            "Removing its lock lets another run change the state at the same time. Stop that "
            "process (it releases the lock itself on Ctrl-C, SIGTERM or SIGHUP), or, if you "
            f"are sure, run: imgver state force-unlock {lock_id} --even-if-running",
        )


def x_check_force_unlock__mutmut_3(
    conflict: LockReading | None, lock_id: str, location: str, *, even_if_running: bool = True
) -> None:
    """Refuse a force-unlock unless a readable lock with exactly `lock_id` is there, and
    (unless `even_if_running`) its holder is not a process still running on this host."""
    if conflict is None:
        raise StateError(
            None, f"There is no lock at {location}; nothing to unlock."
        )
    holder = conflict.holder
    if holder is None:
        raise StateError(
            f"the lock {location} cannot be read",
            f"{conflict.problem}. If no imgver run is using this state, delete {location} by hand.",
        )
    if holder.id != lock_id:
        raise StateError(
            f"lock ID {lock_id} does not match the lock on the state",
            f"{_describe(holder, location)}\n"
            "Check that this is the lock you mean and that its holder is not running, then:\n"
            f"  imgver state force-unlock {holder.id}",
        )
    if not even_if_running and holder.looks_alive():
        raise StateError(
            f"the holder of lock {lock_id} is still running: pid {holder.pid} on {holder.host}",
            f"{_describe(holder, location)}\n"
            "Removing its lock lets another run change the state at the same time. Stop that "
            "process (it releases the lock itself on Ctrl-C, SIGTERM or SIGHUP), or, if you "
            f"are sure, run: imgver state force-unlock {lock_id} --even-if-running",
        )


def x_check_force_unlock__mutmut_4(
    conflict: LockReading | None, lock_id: str, location: str, *, even_if_running: bool = True
) -> None:
    """Refuse a force-unlock unless a readable lock with exactly `lock_id` is there, and
    (unless `even_if_running`) its holder is not a process still running on this host."""
    if conflict is None:
        raise StateError(
            "state is not locked", None
        )
    holder = conflict.holder
    if holder is None:
        raise StateError(
            f"the lock {location} cannot be read",
            f"{conflict.problem}. If no imgver run is using this state, delete {location} by hand.",
        )
    if holder.id != lock_id:
        raise StateError(
            f"lock ID {lock_id} does not match the lock on the state",
            f"{_describe(holder, location)}\n"
            "Check that this is the lock you mean and that its holder is not running, then:\n"
            f"  imgver state force-unlock {holder.id}",
        )
    if not even_if_running and holder.looks_alive():
        raise StateError(
            f"the holder of lock {lock_id} is still running: pid {holder.pid} on {holder.host}",
            f"{_describe(holder, location)}\n"
            "Removing its lock lets another run change the state at the same time. Stop that "
            "process (it releases the lock itself on Ctrl-C, SIGTERM or SIGHUP), or, if you "
            f"are sure, run: imgver state force-unlock {lock_id} --even-if-running",
        )


def x_check_force_unlock__mutmut_5(
    conflict: LockReading | None, lock_id: str, location: str, *, even_if_running: bool = True
) -> None:
    """Refuse a force-unlock unless a readable lock with exactly `lock_id` is there, and
    (unless `even_if_running`) its holder is not a process still running on this host."""
    if conflict is None:
        raise StateError(
            f"There is no lock at {location}; nothing to unlock."
        )
    holder = conflict.holder
    if holder is None:
        raise StateError(
            f"the lock {location} cannot be read",
            f"{conflict.problem}. If no imgver run is using this state, delete {location} by hand.",
        )
    if holder.id != lock_id:
        raise StateError(
            f"lock ID {lock_id} does not match the lock on the state",
            f"{_describe(holder, location)}\n"
            "Check that this is the lock you mean and that its holder is not running, then:\n"
            f"  imgver state force-unlock {holder.id}",
        )
    if not even_if_running and holder.looks_alive():
        raise StateError(
            f"the holder of lock {lock_id} is still running: pid {holder.pid} on {holder.host}",
            f"{_describe(holder, location)}\n"
            "Removing its lock lets another run change the state at the same time. Stop that "
            "process (it releases the lock itself on Ctrl-C, SIGTERM or SIGHUP), or, if you "
            f"are sure, run: imgver state force-unlock {lock_id} --even-if-running",
        )


def x_check_force_unlock__mutmut_6(
    conflict: LockReading | None, lock_id: str, location: str, *, even_if_running: bool = True
) -> None:
    """Refuse a force-unlock unless a readable lock with exactly `lock_id` is there, and
    (unless `even_if_running`) its holder is not a process still running on this host."""
    if conflict is None:
        raise StateError(
            "state is not locked", )
    holder = conflict.holder
    if holder is None:
        raise StateError(
            f"the lock {location} cannot be read",
            f"{conflict.problem}. If no imgver run is using this state, delete {location} by hand.",
        )
    if holder.id != lock_id:
        raise StateError(
            f"lock ID {lock_id} does not match the lock on the state",
            f"{_describe(holder, location)}\n"
            "Check that this is the lock you mean and that its holder is not running, then:\n"
            f"  imgver state force-unlock {holder.id}",
        )
    if not even_if_running and holder.looks_alive():
        raise StateError(
            f"the holder of lock {lock_id} is still running: pid {holder.pid} on {holder.host}",
            f"{_describe(holder, location)}\n"
            "Removing its lock lets another run change the state at the same time. Stop that "
            "process (it releases the lock itself on Ctrl-C, SIGTERM or SIGHUP), or, if you "
            f"are sure, run: imgver state force-unlock {lock_id} --even-if-running",
        )


def x_check_force_unlock__mutmut_7(
    conflict: LockReading | None, lock_id: str, location: str, *, even_if_running: bool = True
) -> None:
    """Refuse a force-unlock unless a readable lock with exactly `lock_id` is there, and
    (unless `even_if_running`) its holder is not a process still running on this host."""
    if conflict is None:
        raise StateError(
            "XXstate is not lockedXX", f"There is no lock at {location}; nothing to unlock."
        )
    holder = conflict.holder
    if holder is None:
        raise StateError(
            f"the lock {location} cannot be read",
            f"{conflict.problem}. If no imgver run is using this state, delete {location} by hand.",
        )
    if holder.id != lock_id:
        raise StateError(
            f"lock ID {lock_id} does not match the lock on the state",
            f"{_describe(holder, location)}\n"
            "Check that this is the lock you mean and that its holder is not running, then:\n"
            f"  imgver state force-unlock {holder.id}",
        )
    if not even_if_running and holder.looks_alive():
        raise StateError(
            f"the holder of lock {lock_id} is still running: pid {holder.pid} on {holder.host}",
            f"{_describe(holder, location)}\n"
            "Removing its lock lets another run change the state at the same time. Stop that "
            "process (it releases the lock itself on Ctrl-C, SIGTERM or SIGHUP), or, if you "
            f"are sure, run: imgver state force-unlock {lock_id} --even-if-running",
        )


def x_check_force_unlock__mutmut_8(
    conflict: LockReading | None, lock_id: str, location: str, *, even_if_running: bool = True
) -> None:
    """Refuse a force-unlock unless a readable lock with exactly `lock_id` is there, and
    (unless `even_if_running`) its holder is not a process still running on this host."""
    if conflict is None:
        raise StateError(
            "STATE IS NOT LOCKED", f"There is no lock at {location}; nothing to unlock."
        )
    holder = conflict.holder
    if holder is None:
        raise StateError(
            f"the lock {location} cannot be read",
            f"{conflict.problem}. If no imgver run is using this state, delete {location} by hand.",
        )
    if holder.id != lock_id:
        raise StateError(
            f"lock ID {lock_id} does not match the lock on the state",
            f"{_describe(holder, location)}\n"
            "Check that this is the lock you mean and that its holder is not running, then:\n"
            f"  imgver state force-unlock {holder.id}",
        )
    if not even_if_running and holder.looks_alive():
        raise StateError(
            f"the holder of lock {lock_id} is still running: pid {holder.pid} on {holder.host}",
            f"{_describe(holder, location)}\n"
            "Removing its lock lets another run change the state at the same time. Stop that "
            "process (it releases the lock itself on Ctrl-C, SIGTERM or SIGHUP), or, if you "
            f"are sure, run: imgver state force-unlock {lock_id} --even-if-running",
        )


def x_check_force_unlock__mutmut_9(
    conflict: LockReading | None, lock_id: str, location: str, *, even_if_running: bool = True
) -> None:
    """Refuse a force-unlock unless a readable lock with exactly `lock_id` is there, and
    (unless `even_if_running`) its holder is not a process still running on this host."""
    if conflict is None:
        raise StateError(
            "state is not locked", f"There is no lock at {location}; nothing to unlock."
        )
    holder = None
    if holder is None:
        raise StateError(
            f"the lock {location} cannot be read",
            f"{conflict.problem}. If no imgver run is using this state, delete {location} by hand.",
        )
    if holder.id != lock_id:
        raise StateError(
            f"lock ID {lock_id} does not match the lock on the state",
            f"{_describe(holder, location)}\n"
            "Check that this is the lock you mean and that its holder is not running, then:\n"
            f"  imgver state force-unlock {holder.id}",
        )
    if not even_if_running and holder.looks_alive():
        raise StateError(
            f"the holder of lock {lock_id} is still running: pid {holder.pid} on {holder.host}",
            f"{_describe(holder, location)}\n"
            "Removing its lock lets another run change the state at the same time. Stop that "
            "process (it releases the lock itself on Ctrl-C, SIGTERM or SIGHUP), or, if you "
            f"are sure, run: imgver state force-unlock {lock_id} --even-if-running",
        )


def x_check_force_unlock__mutmut_10(
    conflict: LockReading | None, lock_id: str, location: str, *, even_if_running: bool = True
) -> None:
    """Refuse a force-unlock unless a readable lock with exactly `lock_id` is there, and
    (unless `even_if_running`) its holder is not a process still running on this host."""
    if conflict is None:
        raise StateError(
            "state is not locked", f"There is no lock at {location}; nothing to unlock."
        )
    holder = conflict.holder
    if holder is not None:
        raise StateError(
            f"the lock {location} cannot be read",
            f"{conflict.problem}. If no imgver run is using this state, delete {location} by hand.",
        )
    if holder.id != lock_id:
        raise StateError(
            f"lock ID {lock_id} does not match the lock on the state",
            f"{_describe(holder, location)}\n"
            "Check that this is the lock you mean and that its holder is not running, then:\n"
            f"  imgver state force-unlock {holder.id}",
        )
    if not even_if_running and holder.looks_alive():
        raise StateError(
            f"the holder of lock {lock_id} is still running: pid {holder.pid} on {holder.host}",
            f"{_describe(holder, location)}\n"
            "Removing its lock lets another run change the state at the same time. Stop that "
            "process (it releases the lock itself on Ctrl-C, SIGTERM or SIGHUP), or, if you "
            f"are sure, run: imgver state force-unlock {lock_id} --even-if-running",
        )


def x_check_force_unlock__mutmut_11(
    conflict: LockReading | None, lock_id: str, location: str, *, even_if_running: bool = True
) -> None:
    """Refuse a force-unlock unless a readable lock with exactly `lock_id` is there, and
    (unless `even_if_running`) its holder is not a process still running on this host."""
    if conflict is None:
        raise StateError(
            "state is not locked", f"There is no lock at {location}; nothing to unlock."
        )
    holder = conflict.holder
    if holder is None:
        raise StateError(
            None,
            f"{conflict.problem}. If no imgver run is using this state, delete {location} by hand.",
        )
    if holder.id != lock_id:
        raise StateError(
            f"lock ID {lock_id} does not match the lock on the state",
            f"{_describe(holder, location)}\n"
            "Check that this is the lock you mean and that its holder is not running, then:\n"
            f"  imgver state force-unlock {holder.id}",
        )
    if not even_if_running and holder.looks_alive():
        raise StateError(
            f"the holder of lock {lock_id} is still running: pid {holder.pid} on {holder.host}",
            f"{_describe(holder, location)}\n"
            "Removing its lock lets another run change the state at the same time. Stop that "
            "process (it releases the lock itself on Ctrl-C, SIGTERM or SIGHUP), or, if you "
            f"are sure, run: imgver state force-unlock {lock_id} --even-if-running",
        )


def x_check_force_unlock__mutmut_12(
    conflict: LockReading | None, lock_id: str, location: str, *, even_if_running: bool = True
) -> None:
    """Refuse a force-unlock unless a readable lock with exactly `lock_id` is there, and
    (unless `even_if_running`) its holder is not a process still running on this host."""
    if conflict is None:
        raise StateError(
            "state is not locked", f"There is no lock at {location}; nothing to unlock."
        )
    holder = conflict.holder
    if holder is None:
        raise StateError(
            f"the lock {location} cannot be read",
            None,
        )
    if holder.id != lock_id:
        raise StateError(
            f"lock ID {lock_id} does not match the lock on the state",
            f"{_describe(holder, location)}\n"
            "Check that this is the lock you mean and that its holder is not running, then:\n"
            f"  imgver state force-unlock {holder.id}",
        )
    if not even_if_running and holder.looks_alive():
        raise StateError(
            f"the holder of lock {lock_id} is still running: pid {holder.pid} on {holder.host}",
            f"{_describe(holder, location)}\n"
            "Removing its lock lets another run change the state at the same time. Stop that "
            "process (it releases the lock itself on Ctrl-C, SIGTERM or SIGHUP), or, if you "
            f"are sure, run: imgver state force-unlock {lock_id} --even-if-running",
        )


def x_check_force_unlock__mutmut_13(
    conflict: LockReading | None, lock_id: str, location: str, *, even_if_running: bool = True
) -> None:
    """Refuse a force-unlock unless a readable lock with exactly `lock_id` is there, and
    (unless `even_if_running`) its holder is not a process still running on this host."""
    if conflict is None:
        raise StateError(
            "state is not locked", f"There is no lock at {location}; nothing to unlock."
        )
    holder = conflict.holder
    if holder is None:
        raise StateError(
            f"{conflict.problem}. If no imgver run is using this state, delete {location} by hand.",
        )
    if holder.id != lock_id:
        raise StateError(
            f"lock ID {lock_id} does not match the lock on the state",
            f"{_describe(holder, location)}\n"
            "Check that this is the lock you mean and that its holder is not running, then:\n"
            f"  imgver state force-unlock {holder.id}",
        )
    if not even_if_running and holder.looks_alive():
        raise StateError(
            f"the holder of lock {lock_id} is still running: pid {holder.pid} on {holder.host}",
            f"{_describe(holder, location)}\n"
            "Removing its lock lets another run change the state at the same time. Stop that "
            "process (it releases the lock itself on Ctrl-C, SIGTERM or SIGHUP), or, if you "
            f"are sure, run: imgver state force-unlock {lock_id} --even-if-running",
        )


def x_check_force_unlock__mutmut_14(
    conflict: LockReading | None, lock_id: str, location: str, *, even_if_running: bool = True
) -> None:
    """Refuse a force-unlock unless a readable lock with exactly `lock_id` is there, and
    (unless `even_if_running`) its holder is not a process still running on this host."""
    if conflict is None:
        raise StateError(
            "state is not locked", f"There is no lock at {location}; nothing to unlock."
        )
    holder = conflict.holder
    if holder is None:
        raise StateError(
            f"the lock {location} cannot be read",
            )
    if holder.id != lock_id:
        raise StateError(
            f"lock ID {lock_id} does not match the lock on the state",
            f"{_describe(holder, location)}\n"
            "Check that this is the lock you mean and that its holder is not running, then:\n"
            f"  imgver state force-unlock {holder.id}",
        )
    if not even_if_running and holder.looks_alive():
        raise StateError(
            f"the holder of lock {lock_id} is still running: pid {holder.pid} on {holder.host}",
            f"{_describe(holder, location)}\n"
            "Removing its lock lets another run change the state at the same time. Stop that "
            "process (it releases the lock itself on Ctrl-C, SIGTERM or SIGHUP), or, if you "
            f"are sure, run: imgver state force-unlock {lock_id} --even-if-running",
        )


def x_check_force_unlock__mutmut_15(
    conflict: LockReading | None, lock_id: str, location: str, *, even_if_running: bool = True
) -> None:
    """Refuse a force-unlock unless a readable lock with exactly `lock_id` is there, and
    (unless `even_if_running`) its holder is not a process still running on this host."""
    if conflict is None:
        raise StateError(
            "state is not locked", f"There is no lock at {location}; nothing to unlock."
        )
    holder = conflict.holder
    if holder is None:
        raise StateError(
            f"the lock {location} cannot be read",
            f"{conflict.problem}. If no imgver run is using this state, delete {location} by hand.",
        )
    if holder.id == lock_id:
        raise StateError(
            f"lock ID {lock_id} does not match the lock on the state",
            f"{_describe(holder, location)}\n"
            "Check that this is the lock you mean and that its holder is not running, then:\n"
            f"  imgver state force-unlock {holder.id}",
        )
    if not even_if_running and holder.looks_alive():
        raise StateError(
            f"the holder of lock {lock_id} is still running: pid {holder.pid} on {holder.host}",
            f"{_describe(holder, location)}\n"
            "Removing its lock lets another run change the state at the same time. Stop that "
            "process (it releases the lock itself on Ctrl-C, SIGTERM or SIGHUP), or, if you "
            f"are sure, run: imgver state force-unlock {lock_id} --even-if-running",
        )


def x_check_force_unlock__mutmut_16(
    conflict: LockReading | None, lock_id: str, location: str, *, even_if_running: bool = True
) -> None:
    """Refuse a force-unlock unless a readable lock with exactly `lock_id` is there, and
    (unless `even_if_running`) its holder is not a process still running on this host."""
    if conflict is None:
        raise StateError(
            "state is not locked", f"There is no lock at {location}; nothing to unlock."
        )
    holder = conflict.holder
    if holder is None:
        raise StateError(
            f"the lock {location} cannot be read",
            f"{conflict.problem}. If no imgver run is using this state, delete {location} by hand.",
        )
    if holder.id != lock_id:
        raise StateError(
            None,
            f"{_describe(holder, location)}\n"
            "Check that this is the lock you mean and that its holder is not running, then:\n"
            f"  imgver state force-unlock {holder.id}",
        )
    if not even_if_running and holder.looks_alive():
        raise StateError(
            f"the holder of lock {lock_id} is still running: pid {holder.pid} on {holder.host}",
            f"{_describe(holder, location)}\n"
            "Removing its lock lets another run change the state at the same time. Stop that "
            "process (it releases the lock itself on Ctrl-C, SIGTERM or SIGHUP), or, if you "
            f"are sure, run: imgver state force-unlock {lock_id} --even-if-running",
        )


def x_check_force_unlock__mutmut_17(
    conflict: LockReading | None, lock_id: str, location: str, *, even_if_running: bool = True
) -> None:
    """Refuse a force-unlock unless a readable lock with exactly `lock_id` is there, and
    (unless `even_if_running`) its holder is not a process still running on this host."""
    if conflict is None:
        raise StateError(
            "state is not locked", f"There is no lock at {location}; nothing to unlock."
        )
    holder = conflict.holder
    if holder is None:
        raise StateError(
            f"the lock {location} cannot be read",
            f"{conflict.problem}. If no imgver run is using this state, delete {location} by hand.",
        )
    if holder.id != lock_id:
        raise StateError(
            f"lock ID {lock_id} does not match the lock on the state",
            None,
        )
    if not even_if_running and holder.looks_alive():
        raise StateError(
            f"the holder of lock {lock_id} is still running: pid {holder.pid} on {holder.host}",
            f"{_describe(holder, location)}\n"
            "Removing its lock lets another run change the state at the same time. Stop that "
            "process (it releases the lock itself on Ctrl-C, SIGTERM or SIGHUP), or, if you "
            f"are sure, run: imgver state force-unlock {lock_id} --even-if-running",
        )


def x_check_force_unlock__mutmut_18(
    conflict: LockReading | None, lock_id: str, location: str, *, even_if_running: bool = True
) -> None:
    """Refuse a force-unlock unless a readable lock with exactly `lock_id` is there, and
    (unless `even_if_running`) its holder is not a process still running on this host."""
    if conflict is None:
        raise StateError(
            "state is not locked", f"There is no lock at {location}; nothing to unlock."
        )
    holder = conflict.holder
    if holder is None:
        raise StateError(
            f"the lock {location} cannot be read",
            f"{conflict.problem}. If no imgver run is using this state, delete {location} by hand.",
        )
    if holder.id != lock_id:
        raise StateError(
            f"{_describe(holder, location)}\n"
            "Check that this is the lock you mean and that its holder is not running, then:\n"
            f"  imgver state force-unlock {holder.id}",
        )
    if not even_if_running and holder.looks_alive():
        raise StateError(
            f"the holder of lock {lock_id} is still running: pid {holder.pid} on {holder.host}",
            f"{_describe(holder, location)}\n"
            "Removing its lock lets another run change the state at the same time. Stop that "
            "process (it releases the lock itself on Ctrl-C, SIGTERM or SIGHUP), or, if you "
            f"are sure, run: imgver state force-unlock {lock_id} --even-if-running",
        )


def x_check_force_unlock__mutmut_19(
    conflict: LockReading | None, lock_id: str, location: str, *, even_if_running: bool = True
) -> None:
    """Refuse a force-unlock unless a readable lock with exactly `lock_id` is there, and
    (unless `even_if_running`) its holder is not a process still running on this host."""
    if conflict is None:
        raise StateError(
            "state is not locked", f"There is no lock at {location}; nothing to unlock."
        )
    holder = conflict.holder
    if holder is None:
        raise StateError(
            f"the lock {location} cannot be read",
            f"{conflict.problem}. If no imgver run is using this state, delete {location} by hand.",
        )
    if holder.id != lock_id:
        raise StateError(
            f"lock ID {lock_id} does not match the lock on the state",
            )
    if not even_if_running and holder.looks_alive():
        raise StateError(
            f"the holder of lock {lock_id} is still running: pid {holder.pid} on {holder.host}",
            f"{_describe(holder, location)}\n"
            "Removing its lock lets another run change the state at the same time. Stop that "
            "process (it releases the lock itself on Ctrl-C, SIGTERM or SIGHUP), or, if you "
            f"are sure, run: imgver state force-unlock {lock_id} --even-if-running",
        )


def x_check_force_unlock__mutmut_20(
    conflict: LockReading | None, lock_id: str, location: str, *, even_if_running: bool = True
) -> None:
    """Refuse a force-unlock unless a readable lock with exactly `lock_id` is there, and
    (unless `even_if_running`) its holder is not a process still running on this host."""
    if conflict is None:
        raise StateError(
            "state is not locked", f"There is no lock at {location}; nothing to unlock."
        )
    holder = conflict.holder
    if holder is None:
        raise StateError(
            f"the lock {location} cannot be read",
            f"{conflict.problem}. If no imgver run is using this state, delete {location} by hand.",
        )
    if holder.id != lock_id:
        raise StateError(
            f"lock ID {lock_id} does not match the lock on the state",
            f"{_describe(None, location)}\n"
            "Check that this is the lock you mean and that its holder is not running, then:\n"
            f"  imgver state force-unlock {holder.id}",
        )
    if not even_if_running and holder.looks_alive():
        raise StateError(
            f"the holder of lock {lock_id} is still running: pid {holder.pid} on {holder.host}",
            f"{_describe(holder, location)}\n"
            "Removing its lock lets another run change the state at the same time. Stop that "
            "process (it releases the lock itself on Ctrl-C, SIGTERM or SIGHUP), or, if you "
            f"are sure, run: imgver state force-unlock {lock_id} --even-if-running",
        )


def x_check_force_unlock__mutmut_21(
    conflict: LockReading | None, lock_id: str, location: str, *, even_if_running: bool = True
) -> None:
    """Refuse a force-unlock unless a readable lock with exactly `lock_id` is there, and
    (unless `even_if_running`) its holder is not a process still running on this host."""
    if conflict is None:
        raise StateError(
            "state is not locked", f"There is no lock at {location}; nothing to unlock."
        )
    holder = conflict.holder
    if holder is None:
        raise StateError(
            f"the lock {location} cannot be read",
            f"{conflict.problem}. If no imgver run is using this state, delete {location} by hand.",
        )
    if holder.id != lock_id:
        raise StateError(
            f"lock ID {lock_id} does not match the lock on the state",
            f"{_describe(holder, None)}\n"
            "Check that this is the lock you mean and that its holder is not running, then:\n"
            f"  imgver state force-unlock {holder.id}",
        )
    if not even_if_running and holder.looks_alive():
        raise StateError(
            f"the holder of lock {lock_id} is still running: pid {holder.pid} on {holder.host}",
            f"{_describe(holder, location)}\n"
            "Removing its lock lets another run change the state at the same time. Stop that "
            "process (it releases the lock itself on Ctrl-C, SIGTERM or SIGHUP), or, if you "
            f"are sure, run: imgver state force-unlock {lock_id} --even-if-running",
        )


def x_check_force_unlock__mutmut_22(
    conflict: LockReading | None, lock_id: str, location: str, *, even_if_running: bool = True
) -> None:
    """Refuse a force-unlock unless a readable lock with exactly `lock_id` is there, and
    (unless `even_if_running`) its holder is not a process still running on this host."""
    if conflict is None:
        raise StateError(
            "state is not locked", f"There is no lock at {location}; nothing to unlock."
        )
    holder = conflict.holder
    if holder is None:
        raise StateError(
            f"the lock {location} cannot be read",
            f"{conflict.problem}. If no imgver run is using this state, delete {location} by hand.",
        )
    if holder.id != lock_id:
        raise StateError(
            f"lock ID {lock_id} does not match the lock on the state",
            f"{_describe(location)}\n"
            "Check that this is the lock you mean and that its holder is not running, then:\n"
            f"  imgver state force-unlock {holder.id}",
        )
    if not even_if_running and holder.looks_alive():
        raise StateError(
            f"the holder of lock {lock_id} is still running: pid {holder.pid} on {holder.host}",
            f"{_describe(holder, location)}\n"
            "Removing its lock lets another run change the state at the same time. Stop that "
            "process (it releases the lock itself on Ctrl-C, SIGTERM or SIGHUP), or, if you "
            f"are sure, run: imgver state force-unlock {lock_id} --even-if-running",
        )


def x_check_force_unlock__mutmut_23(
    conflict: LockReading | None, lock_id: str, location: str, *, even_if_running: bool = True
) -> None:
    """Refuse a force-unlock unless a readable lock with exactly `lock_id` is there, and
    (unless `even_if_running`) its holder is not a process still running on this host."""
    if conflict is None:
        raise StateError(
            "state is not locked", f"There is no lock at {location}; nothing to unlock."
        )
    holder = conflict.holder
    if holder is None:
        raise StateError(
            f"the lock {location} cannot be read",
            f"{conflict.problem}. If no imgver run is using this state, delete {location} by hand.",
        )
    if holder.id != lock_id:
        raise StateError(
            f"lock ID {lock_id} does not match the lock on the state",
            f"{_describe(holder, )}\n"
            "Check that this is the lock you mean and that its holder is not running, then:\n"
            f"  imgver state force-unlock {holder.id}",
        )
    if not even_if_running and holder.looks_alive():
        raise StateError(
            f"the holder of lock {lock_id} is still running: pid {holder.pid} on {holder.host}",
            f"{_describe(holder, location)}\n"
            "Removing its lock lets another run change the state at the same time. Stop that "
            "process (it releases the lock itself on Ctrl-C, SIGTERM or SIGHUP), or, if you "
            f"are sure, run: imgver state force-unlock {lock_id} --even-if-running",
        )


def x_check_force_unlock__mutmut_24(
    conflict: LockReading | None, lock_id: str, location: str, *, even_if_running: bool = True
) -> None:
    """Refuse a force-unlock unless a readable lock with exactly `lock_id` is there, and
    (unless `even_if_running`) its holder is not a process still running on this host."""
    if conflict is None:
        raise StateError(
            "state is not locked", f"There is no lock at {location}; nothing to unlock."
        )
    holder = conflict.holder
    if holder is None:
        raise StateError(
            f"the lock {location} cannot be read",
            f"{conflict.problem}. If no imgver run is using this state, delete {location} by hand.",
        )
    if holder.id != lock_id:
        raise StateError(
            f"lock ID {lock_id} does not match the lock on the state",
            f"{_describe(holder, location)}\n"
            "XXCheck that this is the lock you mean and that its holder is not running, then:\nXX"
            f"  imgver state force-unlock {holder.id}",
        )
    if not even_if_running and holder.looks_alive():
        raise StateError(
            f"the holder of lock {lock_id} is still running: pid {holder.pid} on {holder.host}",
            f"{_describe(holder, location)}\n"
            "Removing its lock lets another run change the state at the same time. Stop that "
            "process (it releases the lock itself on Ctrl-C, SIGTERM or SIGHUP), or, if you "
            f"are sure, run: imgver state force-unlock {lock_id} --even-if-running",
        )


def x_check_force_unlock__mutmut_25(
    conflict: LockReading | None, lock_id: str, location: str, *, even_if_running: bool = True
) -> None:
    """Refuse a force-unlock unless a readable lock with exactly `lock_id` is there, and
    (unless `even_if_running`) its holder is not a process still running on this host."""
    if conflict is None:
        raise StateError(
            "state is not locked", f"There is no lock at {location}; nothing to unlock."
        )
    holder = conflict.holder
    if holder is None:
        raise StateError(
            f"the lock {location} cannot be read",
            f"{conflict.problem}. If no imgver run is using this state, delete {location} by hand.",
        )
    if holder.id != lock_id:
        raise StateError(
            f"lock ID {lock_id} does not match the lock on the state",
            f"{_describe(holder, location)}\n"
            "check that this is the lock you mean and that its holder is not running, then:\n"
            f"  imgver state force-unlock {holder.id}",
        )
    if not even_if_running and holder.looks_alive():
        raise StateError(
            f"the holder of lock {lock_id} is still running: pid {holder.pid} on {holder.host}",
            f"{_describe(holder, location)}\n"
            "Removing its lock lets another run change the state at the same time. Stop that "
            "process (it releases the lock itself on Ctrl-C, SIGTERM or SIGHUP), or, if you "
            f"are sure, run: imgver state force-unlock {lock_id} --even-if-running",
        )


def x_check_force_unlock__mutmut_26(
    conflict: LockReading | None, lock_id: str, location: str, *, even_if_running: bool = True
) -> None:
    """Refuse a force-unlock unless a readable lock with exactly `lock_id` is there, and
    (unless `even_if_running`) its holder is not a process still running on this host."""
    if conflict is None:
        raise StateError(
            "state is not locked", f"There is no lock at {location}; nothing to unlock."
        )
    holder = conflict.holder
    if holder is None:
        raise StateError(
            f"the lock {location} cannot be read",
            f"{conflict.problem}. If no imgver run is using this state, delete {location} by hand.",
        )
    if holder.id != lock_id:
        raise StateError(
            f"lock ID {lock_id} does not match the lock on the state",
            f"{_describe(holder, location)}\n"
            "CHECK THAT THIS IS THE LOCK YOU MEAN AND THAT ITS HOLDER IS NOT RUNNING, THEN:\n"
            f"  imgver state force-unlock {holder.id}",
        )
    if not even_if_running and holder.looks_alive():
        raise StateError(
            f"the holder of lock {lock_id} is still running: pid {holder.pid} on {holder.host}",
            f"{_describe(holder, location)}\n"
            "Removing its lock lets another run change the state at the same time. Stop that "
            "process (it releases the lock itself on Ctrl-C, SIGTERM or SIGHUP), or, if you "
            f"are sure, run: imgver state force-unlock {lock_id} --even-if-running",
        )


def x_check_force_unlock__mutmut_27(
    conflict: LockReading | None, lock_id: str, location: str, *, even_if_running: bool = True
) -> None:
    """Refuse a force-unlock unless a readable lock with exactly `lock_id` is there, and
    (unless `even_if_running`) its holder is not a process still running on this host."""
    if conflict is None:
        raise StateError(
            "state is not locked", f"There is no lock at {location}; nothing to unlock."
        )
    holder = conflict.holder
    if holder is None:
        raise StateError(
            f"the lock {location} cannot be read",
            f"{conflict.problem}. If no imgver run is using this state, delete {location} by hand.",
        )
    if holder.id != lock_id:
        raise StateError(
            f"lock ID {lock_id} does not match the lock on the state",
            f"{_describe(holder, location)}\n"
            "Check that this is the lock you mean and that its holder is not running, then:\n"
            f"  imgver state force-unlock {holder.id}",
        )
    if not even_if_running or holder.looks_alive():
        raise StateError(
            f"the holder of lock {lock_id} is still running: pid {holder.pid} on {holder.host}",
            f"{_describe(holder, location)}\n"
            "Removing its lock lets another run change the state at the same time. Stop that "
            "process (it releases the lock itself on Ctrl-C, SIGTERM or SIGHUP), or, if you "
            f"are sure, run: imgver state force-unlock {lock_id} --even-if-running",
        )


def x_check_force_unlock__mutmut_28(
    conflict: LockReading | None, lock_id: str, location: str, *, even_if_running: bool = True
) -> None:
    """Refuse a force-unlock unless a readable lock with exactly `lock_id` is there, and
    (unless `even_if_running`) its holder is not a process still running on this host."""
    if conflict is None:
        raise StateError(
            "state is not locked", f"There is no lock at {location}; nothing to unlock."
        )
    holder = conflict.holder
    if holder is None:
        raise StateError(
            f"the lock {location} cannot be read",
            f"{conflict.problem}. If no imgver run is using this state, delete {location} by hand.",
        )
    if holder.id != lock_id:
        raise StateError(
            f"lock ID {lock_id} does not match the lock on the state",
            f"{_describe(holder, location)}\n"
            "Check that this is the lock you mean and that its holder is not running, then:\n"
            f"  imgver state force-unlock {holder.id}",
        )
    if even_if_running and holder.looks_alive():
        raise StateError(
            f"the holder of lock {lock_id} is still running: pid {holder.pid} on {holder.host}",
            f"{_describe(holder, location)}\n"
            "Removing its lock lets another run change the state at the same time. Stop that "
            "process (it releases the lock itself on Ctrl-C, SIGTERM or SIGHUP), or, if you "
            f"are sure, run: imgver state force-unlock {lock_id} --even-if-running",
        )


def x_check_force_unlock__mutmut_29(
    conflict: LockReading | None, lock_id: str, location: str, *, even_if_running: bool = True
) -> None:
    """Refuse a force-unlock unless a readable lock with exactly `lock_id` is there, and
    (unless `even_if_running`) its holder is not a process still running on this host."""
    if conflict is None:
        raise StateError(
            "state is not locked", f"There is no lock at {location}; nothing to unlock."
        )
    holder = conflict.holder
    if holder is None:
        raise StateError(
            f"the lock {location} cannot be read",
            f"{conflict.problem}. If no imgver run is using this state, delete {location} by hand.",
        )
    if holder.id != lock_id:
        raise StateError(
            f"lock ID {lock_id} does not match the lock on the state",
            f"{_describe(holder, location)}\n"
            "Check that this is the lock you mean and that its holder is not running, then:\n"
            f"  imgver state force-unlock {holder.id}",
        )
    if not even_if_running and holder.looks_alive():
        raise StateError(
            None,
            f"{_describe(holder, location)}\n"
            "Removing its lock lets another run change the state at the same time. Stop that "
            "process (it releases the lock itself on Ctrl-C, SIGTERM or SIGHUP), or, if you "
            f"are sure, run: imgver state force-unlock {lock_id} --even-if-running",
        )


def x_check_force_unlock__mutmut_30(
    conflict: LockReading | None, lock_id: str, location: str, *, even_if_running: bool = True
) -> None:
    """Refuse a force-unlock unless a readable lock with exactly `lock_id` is there, and
    (unless `even_if_running`) its holder is not a process still running on this host."""
    if conflict is None:
        raise StateError(
            "state is not locked", f"There is no lock at {location}; nothing to unlock."
        )
    holder = conflict.holder
    if holder is None:
        raise StateError(
            f"the lock {location} cannot be read",
            f"{conflict.problem}. If no imgver run is using this state, delete {location} by hand.",
        )
    if holder.id != lock_id:
        raise StateError(
            f"lock ID {lock_id} does not match the lock on the state",
            f"{_describe(holder, location)}\n"
            "Check that this is the lock you mean and that its holder is not running, then:\n"
            f"  imgver state force-unlock {holder.id}",
        )
    if not even_if_running and holder.looks_alive():
        raise StateError(
            f"the holder of lock {lock_id} is still running: pid {holder.pid} on {holder.host}",
            None,
        )


def x_check_force_unlock__mutmut_31(
    conflict: LockReading | None, lock_id: str, location: str, *, even_if_running: bool = True
) -> None:
    """Refuse a force-unlock unless a readable lock with exactly `lock_id` is there, and
    (unless `even_if_running`) its holder is not a process still running on this host."""
    if conflict is None:
        raise StateError(
            "state is not locked", f"There is no lock at {location}; nothing to unlock."
        )
    holder = conflict.holder
    if holder is None:
        raise StateError(
            f"the lock {location} cannot be read",
            f"{conflict.problem}. If no imgver run is using this state, delete {location} by hand.",
        )
    if holder.id != lock_id:
        raise StateError(
            f"lock ID {lock_id} does not match the lock on the state",
            f"{_describe(holder, location)}\n"
            "Check that this is the lock you mean and that its holder is not running, then:\n"
            f"  imgver state force-unlock {holder.id}",
        )
    if not even_if_running and holder.looks_alive():
        raise StateError(
            f"{_describe(holder, location)}\n"
            "Removing its lock lets another run change the state at the same time. Stop that "
            "process (it releases the lock itself on Ctrl-C, SIGTERM or SIGHUP), or, if you "
            f"are sure, run: imgver state force-unlock {lock_id} --even-if-running",
        )


def x_check_force_unlock__mutmut_32(
    conflict: LockReading | None, lock_id: str, location: str, *, even_if_running: bool = True
) -> None:
    """Refuse a force-unlock unless a readable lock with exactly `lock_id` is there, and
    (unless `even_if_running`) its holder is not a process still running on this host."""
    if conflict is None:
        raise StateError(
            "state is not locked", f"There is no lock at {location}; nothing to unlock."
        )
    holder = conflict.holder
    if holder is None:
        raise StateError(
            f"the lock {location} cannot be read",
            f"{conflict.problem}. If no imgver run is using this state, delete {location} by hand.",
        )
    if holder.id != lock_id:
        raise StateError(
            f"lock ID {lock_id} does not match the lock on the state",
            f"{_describe(holder, location)}\n"
            "Check that this is the lock you mean and that its holder is not running, then:\n"
            f"  imgver state force-unlock {holder.id}",
        )
    if not even_if_running and holder.looks_alive():
        raise StateError(
            f"the holder of lock {lock_id} is still running: pid {holder.pid} on {holder.host}",
            )


def x_check_force_unlock__mutmut_33(
    conflict: LockReading | None, lock_id: str, location: str, *, even_if_running: bool = True
) -> None:
    """Refuse a force-unlock unless a readable lock with exactly `lock_id` is there, and
    (unless `even_if_running`) its holder is not a process still running on this host."""
    if conflict is None:
        raise StateError(
            "state is not locked", f"There is no lock at {location}; nothing to unlock."
        )
    holder = conflict.holder
    if holder is None:
        raise StateError(
            f"the lock {location} cannot be read",
            f"{conflict.problem}. If no imgver run is using this state, delete {location} by hand.",
        )
    if holder.id != lock_id:
        raise StateError(
            f"lock ID {lock_id} does not match the lock on the state",
            f"{_describe(holder, location)}\n"
            "Check that this is the lock you mean and that its holder is not running, then:\n"
            f"  imgver state force-unlock {holder.id}",
        )
    if not even_if_running and holder.looks_alive():
        raise StateError(
            f"the holder of lock {lock_id} is still running: pid {holder.pid} on {holder.host}",
            f"{_describe(None, location)}\n"
            "Removing its lock lets another run change the state at the same time. Stop that "
            "process (it releases the lock itself on Ctrl-C, SIGTERM or SIGHUP), or, if you "
            f"are sure, run: imgver state force-unlock {lock_id} --even-if-running",
        )


def x_check_force_unlock__mutmut_34(
    conflict: LockReading | None, lock_id: str, location: str, *, even_if_running: bool = True
) -> None:
    """Refuse a force-unlock unless a readable lock with exactly `lock_id` is there, and
    (unless `even_if_running`) its holder is not a process still running on this host."""
    if conflict is None:
        raise StateError(
            "state is not locked", f"There is no lock at {location}; nothing to unlock."
        )
    holder = conflict.holder
    if holder is None:
        raise StateError(
            f"the lock {location} cannot be read",
            f"{conflict.problem}. If no imgver run is using this state, delete {location} by hand.",
        )
    if holder.id != lock_id:
        raise StateError(
            f"lock ID {lock_id} does not match the lock on the state",
            f"{_describe(holder, location)}\n"
            "Check that this is the lock you mean and that its holder is not running, then:\n"
            f"  imgver state force-unlock {holder.id}",
        )
    if not even_if_running and holder.looks_alive():
        raise StateError(
            f"the holder of lock {lock_id} is still running: pid {holder.pid} on {holder.host}",
            f"{_describe(holder, None)}\n"
            "Removing its lock lets another run change the state at the same time. Stop that "
            "process (it releases the lock itself on Ctrl-C, SIGTERM or SIGHUP), or, if you "
            f"are sure, run: imgver state force-unlock {lock_id} --even-if-running",
        )


def x_check_force_unlock__mutmut_35(
    conflict: LockReading | None, lock_id: str, location: str, *, even_if_running: bool = True
) -> None:
    """Refuse a force-unlock unless a readable lock with exactly `lock_id` is there, and
    (unless `even_if_running`) its holder is not a process still running on this host."""
    if conflict is None:
        raise StateError(
            "state is not locked", f"There is no lock at {location}; nothing to unlock."
        )
    holder = conflict.holder
    if holder is None:
        raise StateError(
            f"the lock {location} cannot be read",
            f"{conflict.problem}. If no imgver run is using this state, delete {location} by hand.",
        )
    if holder.id != lock_id:
        raise StateError(
            f"lock ID {lock_id} does not match the lock on the state",
            f"{_describe(holder, location)}\n"
            "Check that this is the lock you mean and that its holder is not running, then:\n"
            f"  imgver state force-unlock {holder.id}",
        )
    if not even_if_running and holder.looks_alive():
        raise StateError(
            f"the holder of lock {lock_id} is still running: pid {holder.pid} on {holder.host}",
            f"{_describe(location)}\n"
            "Removing its lock lets another run change the state at the same time. Stop that "
            "process (it releases the lock itself on Ctrl-C, SIGTERM or SIGHUP), or, if you "
            f"are sure, run: imgver state force-unlock {lock_id} --even-if-running",
        )


def x_check_force_unlock__mutmut_36(
    conflict: LockReading | None, lock_id: str, location: str, *, even_if_running: bool = True
) -> None:
    """Refuse a force-unlock unless a readable lock with exactly `lock_id` is there, and
    (unless `even_if_running`) its holder is not a process still running on this host."""
    if conflict is None:
        raise StateError(
            "state is not locked", f"There is no lock at {location}; nothing to unlock."
        )
    holder = conflict.holder
    if holder is None:
        raise StateError(
            f"the lock {location} cannot be read",
            f"{conflict.problem}. If no imgver run is using this state, delete {location} by hand.",
        )
    if holder.id != lock_id:
        raise StateError(
            f"lock ID {lock_id} does not match the lock on the state",
            f"{_describe(holder, location)}\n"
            "Check that this is the lock you mean and that its holder is not running, then:\n"
            f"  imgver state force-unlock {holder.id}",
        )
    if not even_if_running and holder.looks_alive():
        raise StateError(
            f"the holder of lock {lock_id} is still running: pid {holder.pid} on {holder.host}",
            f"{_describe(holder, )}\n"
            "Removing its lock lets another run change the state at the same time. Stop that "
            "process (it releases the lock itself on Ctrl-C, SIGTERM or SIGHUP), or, if you "
            f"are sure, run: imgver state force-unlock {lock_id} --even-if-running",
        )


def x_check_force_unlock__mutmut_37(
    conflict: LockReading | None, lock_id: str, location: str, *, even_if_running: bool = True
) -> None:
    """Refuse a force-unlock unless a readable lock with exactly `lock_id` is there, and
    (unless `even_if_running`) its holder is not a process still running on this host."""
    if conflict is None:
        raise StateError(
            "state is not locked", f"There is no lock at {location}; nothing to unlock."
        )
    holder = conflict.holder
    if holder is None:
        raise StateError(
            f"the lock {location} cannot be read",
            f"{conflict.problem}. If no imgver run is using this state, delete {location} by hand.",
        )
    if holder.id != lock_id:
        raise StateError(
            f"lock ID {lock_id} does not match the lock on the state",
            f"{_describe(holder, location)}\n"
            "Check that this is the lock you mean and that its holder is not running, then:\n"
            f"  imgver state force-unlock {holder.id}",
        )
    if not even_if_running and holder.looks_alive():
        raise StateError(
            f"the holder of lock {lock_id} is still running: pid {holder.pid} on {holder.host}",
            f"{_describe(holder, location)}\n"
            "XXRemoving its lock lets another run change the state at the same time. Stop that XX"
            "process (it releases the lock itself on Ctrl-C, SIGTERM or SIGHUP), or, if you "
            f"are sure, run: imgver state force-unlock {lock_id} --even-if-running",
        )


def x_check_force_unlock__mutmut_38(
    conflict: LockReading | None, lock_id: str, location: str, *, even_if_running: bool = True
) -> None:
    """Refuse a force-unlock unless a readable lock with exactly `lock_id` is there, and
    (unless `even_if_running`) its holder is not a process still running on this host."""
    if conflict is None:
        raise StateError(
            "state is not locked", f"There is no lock at {location}; nothing to unlock."
        )
    holder = conflict.holder
    if holder is None:
        raise StateError(
            f"the lock {location} cannot be read",
            f"{conflict.problem}. If no imgver run is using this state, delete {location} by hand.",
        )
    if holder.id != lock_id:
        raise StateError(
            f"lock ID {lock_id} does not match the lock on the state",
            f"{_describe(holder, location)}\n"
            "Check that this is the lock you mean and that its holder is not running, then:\n"
            f"  imgver state force-unlock {holder.id}",
        )
    if not even_if_running and holder.looks_alive():
        raise StateError(
            f"the holder of lock {lock_id} is still running: pid {holder.pid} on {holder.host}",
            f"{_describe(holder, location)}\n"
            "removing its lock lets another run change the state at the same time. stop that "
            "process (it releases the lock itself on Ctrl-C, SIGTERM or SIGHUP), or, if you "
            f"are sure, run: imgver state force-unlock {lock_id} --even-if-running",
        )


def x_check_force_unlock__mutmut_39(
    conflict: LockReading | None, lock_id: str, location: str, *, even_if_running: bool = True
) -> None:
    """Refuse a force-unlock unless a readable lock with exactly `lock_id` is there, and
    (unless `even_if_running`) its holder is not a process still running on this host."""
    if conflict is None:
        raise StateError(
            "state is not locked", f"There is no lock at {location}; nothing to unlock."
        )
    holder = conflict.holder
    if holder is None:
        raise StateError(
            f"the lock {location} cannot be read",
            f"{conflict.problem}. If no imgver run is using this state, delete {location} by hand.",
        )
    if holder.id != lock_id:
        raise StateError(
            f"lock ID {lock_id} does not match the lock on the state",
            f"{_describe(holder, location)}\n"
            "Check that this is the lock you mean and that its holder is not running, then:\n"
            f"  imgver state force-unlock {holder.id}",
        )
    if not even_if_running and holder.looks_alive():
        raise StateError(
            f"the holder of lock {lock_id} is still running: pid {holder.pid} on {holder.host}",
            f"{_describe(holder, location)}\n"
            "REMOVING ITS LOCK LETS ANOTHER RUN CHANGE THE STATE AT THE SAME TIME. STOP THAT "
            "process (it releases the lock itself on Ctrl-C, SIGTERM or SIGHUP), or, if you "
            f"are sure, run: imgver state force-unlock {lock_id} --even-if-running",
        )


def x_check_force_unlock__mutmut_40(
    conflict: LockReading | None, lock_id: str, location: str, *, even_if_running: bool = True
) -> None:
    """Refuse a force-unlock unless a readable lock with exactly `lock_id` is there, and
    (unless `even_if_running`) its holder is not a process still running on this host."""
    if conflict is None:
        raise StateError(
            "state is not locked", f"There is no lock at {location}; nothing to unlock."
        )
    holder = conflict.holder
    if holder is None:
        raise StateError(
            f"the lock {location} cannot be read",
            f"{conflict.problem}. If no imgver run is using this state, delete {location} by hand.",
        )
    if holder.id != lock_id:
        raise StateError(
            f"lock ID {lock_id} does not match the lock on the state",
            f"{_describe(holder, location)}\n"
            "Check that this is the lock you mean and that its holder is not running, then:\n"
            f"  imgver state force-unlock {holder.id}",
        )
    if not even_if_running and holder.looks_alive():
        raise StateError(
            f"the holder of lock {lock_id} is still running: pid {holder.pid} on {holder.host}",
            f"{_describe(holder, location)}\n"
            "Removing its lock lets another run change the state at the same time. Stop that "
            "XXprocess (it releases the lock itself on Ctrl-C, SIGTERM or SIGHUP), or, if you XX"
            f"are sure, run: imgver state force-unlock {lock_id} --even-if-running",
        )


def x_check_force_unlock__mutmut_41(
    conflict: LockReading | None, lock_id: str, location: str, *, even_if_running: bool = True
) -> None:
    """Refuse a force-unlock unless a readable lock with exactly `lock_id` is there, and
    (unless `even_if_running`) its holder is not a process still running on this host."""
    if conflict is None:
        raise StateError(
            "state is not locked", f"There is no lock at {location}; nothing to unlock."
        )
    holder = conflict.holder
    if holder is None:
        raise StateError(
            f"the lock {location} cannot be read",
            f"{conflict.problem}. If no imgver run is using this state, delete {location} by hand.",
        )
    if holder.id != lock_id:
        raise StateError(
            f"lock ID {lock_id} does not match the lock on the state",
            f"{_describe(holder, location)}\n"
            "Check that this is the lock you mean and that its holder is not running, then:\n"
            f"  imgver state force-unlock {holder.id}",
        )
    if not even_if_running and holder.looks_alive():
        raise StateError(
            f"the holder of lock {lock_id} is still running: pid {holder.pid} on {holder.host}",
            f"{_describe(holder, location)}\n"
            "Removing its lock lets another run change the state at the same time. Stop that "
            "process (it releases the lock itself on ctrl-c, sigterm or sighup), or, if you "
            f"are sure, run: imgver state force-unlock {lock_id} --even-if-running",
        )


def x_check_force_unlock__mutmut_42(
    conflict: LockReading | None, lock_id: str, location: str, *, even_if_running: bool = True
) -> None:
    """Refuse a force-unlock unless a readable lock with exactly `lock_id` is there, and
    (unless `even_if_running`) its holder is not a process still running on this host."""
    if conflict is None:
        raise StateError(
            "state is not locked", f"There is no lock at {location}; nothing to unlock."
        )
    holder = conflict.holder
    if holder is None:
        raise StateError(
            f"the lock {location} cannot be read",
            f"{conflict.problem}. If no imgver run is using this state, delete {location} by hand.",
        )
    if holder.id != lock_id:
        raise StateError(
            f"lock ID {lock_id} does not match the lock on the state",
            f"{_describe(holder, location)}\n"
            "Check that this is the lock you mean and that its holder is not running, then:\n"
            f"  imgver state force-unlock {holder.id}",
        )
    if not even_if_running and holder.looks_alive():
        raise StateError(
            f"the holder of lock {lock_id} is still running: pid {holder.pid} on {holder.host}",
            f"{_describe(holder, location)}\n"
            "Removing its lock lets another run change the state at the same time. Stop that "
            "PROCESS (IT RELEASES THE LOCK ITSELF ON CTRL-C, SIGTERM OR SIGHUP), OR, IF YOU "
            f"are sure, run: imgver state force-unlock {lock_id} --even-if-running",
        )

mutants_x_check_force_unlock__mutmut['_mutmut_orig'] = x_check_force_unlock__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_force_unlock__mutmut['x_check_force_unlock__mutmut_1'] = x_check_force_unlock__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_force_unlock__mutmut['x_check_force_unlock__mutmut_2'] = x_check_force_unlock__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_force_unlock__mutmut['x_check_force_unlock__mutmut_3'] = x_check_force_unlock__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_force_unlock__mutmut['x_check_force_unlock__mutmut_4'] = x_check_force_unlock__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_force_unlock__mutmut['x_check_force_unlock__mutmut_5'] = x_check_force_unlock__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_force_unlock__mutmut['x_check_force_unlock__mutmut_6'] = x_check_force_unlock__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_force_unlock__mutmut['x_check_force_unlock__mutmut_7'] = x_check_force_unlock__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_force_unlock__mutmut['x_check_force_unlock__mutmut_8'] = x_check_force_unlock__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_force_unlock__mutmut['x_check_force_unlock__mutmut_9'] = x_check_force_unlock__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_force_unlock__mutmut['x_check_force_unlock__mutmut_10'] = x_check_force_unlock__mutmut_10 # type: ignore # mutmut generated
mutants_x_check_force_unlock__mutmut['x_check_force_unlock__mutmut_11'] = x_check_force_unlock__mutmut_11 # type: ignore # mutmut generated
mutants_x_check_force_unlock__mutmut['x_check_force_unlock__mutmut_12'] = x_check_force_unlock__mutmut_12 # type: ignore # mutmut generated
mutants_x_check_force_unlock__mutmut['x_check_force_unlock__mutmut_13'] = x_check_force_unlock__mutmut_13 # type: ignore # mutmut generated
mutants_x_check_force_unlock__mutmut['x_check_force_unlock__mutmut_14'] = x_check_force_unlock__mutmut_14 # type: ignore # mutmut generated
mutants_x_check_force_unlock__mutmut['x_check_force_unlock__mutmut_15'] = x_check_force_unlock__mutmut_15 # type: ignore # mutmut generated
mutants_x_check_force_unlock__mutmut['x_check_force_unlock__mutmut_16'] = x_check_force_unlock__mutmut_16 # type: ignore # mutmut generated
mutants_x_check_force_unlock__mutmut['x_check_force_unlock__mutmut_17'] = x_check_force_unlock__mutmut_17 # type: ignore # mutmut generated
mutants_x_check_force_unlock__mutmut['x_check_force_unlock__mutmut_18'] = x_check_force_unlock__mutmut_18 # type: ignore # mutmut generated
mutants_x_check_force_unlock__mutmut['x_check_force_unlock__mutmut_19'] = x_check_force_unlock__mutmut_19 # type: ignore # mutmut generated
mutants_x_check_force_unlock__mutmut['x_check_force_unlock__mutmut_20'] = x_check_force_unlock__mutmut_20 # type: ignore # mutmut generated
mutants_x_check_force_unlock__mutmut['x_check_force_unlock__mutmut_21'] = x_check_force_unlock__mutmut_21 # type: ignore # mutmut generated
mutants_x_check_force_unlock__mutmut['x_check_force_unlock__mutmut_22'] = x_check_force_unlock__mutmut_22 # type: ignore # mutmut generated
mutants_x_check_force_unlock__mutmut['x_check_force_unlock__mutmut_23'] = x_check_force_unlock__mutmut_23 # type: ignore # mutmut generated
mutants_x_check_force_unlock__mutmut['x_check_force_unlock__mutmut_24'] = x_check_force_unlock__mutmut_24 # type: ignore # mutmut generated
mutants_x_check_force_unlock__mutmut['x_check_force_unlock__mutmut_25'] = x_check_force_unlock__mutmut_25 # type: ignore # mutmut generated
mutants_x_check_force_unlock__mutmut['x_check_force_unlock__mutmut_26'] = x_check_force_unlock__mutmut_26 # type: ignore # mutmut generated
mutants_x_check_force_unlock__mutmut['x_check_force_unlock__mutmut_27'] = x_check_force_unlock__mutmut_27 # type: ignore # mutmut generated
mutants_x_check_force_unlock__mutmut['x_check_force_unlock__mutmut_28'] = x_check_force_unlock__mutmut_28 # type: ignore # mutmut generated
mutants_x_check_force_unlock__mutmut['x_check_force_unlock__mutmut_29'] = x_check_force_unlock__mutmut_29 # type: ignore # mutmut generated
mutants_x_check_force_unlock__mutmut['x_check_force_unlock__mutmut_30'] = x_check_force_unlock__mutmut_30 # type: ignore # mutmut generated
mutants_x_check_force_unlock__mutmut['x_check_force_unlock__mutmut_31'] = x_check_force_unlock__mutmut_31 # type: ignore # mutmut generated
mutants_x_check_force_unlock__mutmut['x_check_force_unlock__mutmut_32'] = x_check_force_unlock__mutmut_32 # type: ignore # mutmut generated
mutants_x_check_force_unlock__mutmut['x_check_force_unlock__mutmut_33'] = x_check_force_unlock__mutmut_33 # type: ignore # mutmut generated
mutants_x_check_force_unlock__mutmut['x_check_force_unlock__mutmut_34'] = x_check_force_unlock__mutmut_34 # type: ignore # mutmut generated
mutants_x_check_force_unlock__mutmut['x_check_force_unlock__mutmut_35'] = x_check_force_unlock__mutmut_35 # type: ignore # mutmut generated
mutants_x_check_force_unlock__mutmut['x_check_force_unlock__mutmut_36'] = x_check_force_unlock__mutmut_36 # type: ignore # mutmut generated
mutants_x_check_force_unlock__mutmut['x_check_force_unlock__mutmut_37'] = x_check_force_unlock__mutmut_37 # type: ignore # mutmut generated
mutants_x_check_force_unlock__mutmut['x_check_force_unlock__mutmut_38'] = x_check_force_unlock__mutmut_38 # type: ignore # mutmut generated
mutants_x_check_force_unlock__mutmut['x_check_force_unlock__mutmut_39'] = x_check_force_unlock__mutmut_39 # type: ignore # mutmut generated
mutants_x_check_force_unlock__mutmut['x_check_force_unlock__mutmut_40'] = x_check_force_unlock__mutmut_40 # type: ignore # mutmut generated
mutants_x_check_force_unlock__mutmut['x_check_force_unlock__mutmut_41'] = x_check_force_unlock__mutmut_41 # type: ignore # mutmut generated
mutants_x_check_force_unlock__mutmut['x_check_force_unlock__mutmut_42'] = x_check_force_unlock__mutmut_42 # type: ignore # mutmut generated
