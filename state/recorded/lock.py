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


@dataclass(frozen=True)
class LockClock:
    """How taking the lock tells the time and waits; tests pass a fake one."""

    monotonic: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep


SYSTEM_CLOCK = LockClock()


def _this_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        # No login name in the environment and no passwd entry, as in some containers.
        return str(os.getuid()) if hasattr(os, "getuid") else "unknown"


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

    @classmethod
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

    @property
    def host(self) -> str:
        return self.holder.rpartition("@")[2]

    def looks_stale(self) -> bool:
        """Whether the holder ran on this host and its process no longer exists."""
        return self._probe() == "dead"

    def looks_alive(self) -> bool:
        """Whether the holder ran on this host and its process still exists."""
        return self._probe() == "alive"

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


def take_over_notice(stale: LockInfo) -> str:
    """What a run says when it took over the lock of a dead holder."""
    return (
        f"Took over the state lock {stale.id} left by {stale.holder} "
        f"(pid {stale.pid}, {stale.operation} since {stale.created}): that process no longer "
        "exists on this host."
    )


@dataclass(frozen=True)
class LockReading:
    """What reading a lock record found: its holder, or why the holder cannot be told."""

    holder: LockInfo | None
    problem: str = ""

    @classmethod
    def parse(cls, text: str) -> LockReading:
        """The reading of a stored lock record's text (unreadable records give a problem)."""
        try:
            return cls(LockInfo.from_json(text))
        except ValueError as error:
            return cls(None, str(error))


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
