"""The state document and what every store does with it the same way.

Owns: the `StateStore` protocol, the document's text form (render and parse, with errors
that point to a backup), Terraform's lineage and serial rules for push, and
`DocumentStore`, the base every store builds on around its own fetch and store of the
text. Must not: know where a document is kept (that is `local`, `s3` and `memory`) or
decide what the state should contain (that is the planner).

Callers hold the lock around read-modify-write cycles and pushes; the stores do not take it
themselves, because the lock is not reentrant.
"""

from __future__ import annotations

import json
import threading
import uuid
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Protocol

from state.errors import StateError
from state.limits import LimitExceeded, parse_json
from state.recorded.lock import (
    LockInfo,
)
from state.recorded.model import STATE_FORMAT, STATE_VERSION, State

DEFAULT_STATE_PATH = Path("imgver.state.json")
BACKUP_SUFFIX = ".backup"
LOCK_SUFFIX = ".lock"


class StateStore(Protocol):
    """A place that holds one state document, with a lock around changes to it."""

    description: str

    def read(self) -> State:
        """The stored state; a new empty State (no lineage yet, serial 0) when none is stored."""
        ...

    def write(self, state: State) -> None:
        """Bump `state.serial` by one in place, then store it atomically."""
        ...

    def write_changes(self, state: State, addresses: Iterable[str]) -> Callable[[], None]:
        """As `write`, for a change of the records at `addresses` only (those absent from
        `state` were removed): a store with a journal appends just those records.

        The write is durable once the returned function has returned (StateError when it
        cannot be made so); calling it outside the caller's own lock lets the writes of
        several threads be forced to disk together.
        """
        ...

    def lock(self, operation: str, *, timeout: float = 0.0) -> AbstractContextManager[LockInfo]:
        """Hold the lock for `operation`, waiting up to `timeout` s; StateLockedError if held."""
        ...

    def force_unlock(self, lock_id: str, *, even_if_running: bool = True) -> None:
        """Remove the lock if, and only if, its id is `lock_id` (and, unless
        `even_if_running`, its holder is not still running on this host)."""
        ...

    def pull(self) -> str:
        """The stored document as text; empty when nothing is stored."""
        ...

    def push(self, document: str, *, force: bool = False) -> None:
        """Store `document`, refusing another lineage or an older serial unless `force`."""
        ...

    def store_as_is(self, state: State) -> None:
        """Store `state` with its lineage and serial unchanged (a migration's copy); the
        caller has checked that it may replace what is stored."""
        ...


def already_durable() -> None:
    """What `write_changes` returns for a write that is on disk when it returns."""


def render_state(state: State) -> str:
    """The state document as stored: compact JSON (json's C encoder) ending with a newline."""
    document = state.to_document(shared=True)
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n"


def parse_state(text: str, *, source: str, recovery: Callable[[], str]) -> State:
    """Parse a stored state document; StateError naming `source`, with the advice `recovery()`
    gives for a document that is damaged (but not for one that is merely newer than imgver).

    `recovery` is called only on failure, since it may have to look for a backup.
    """
    if not text.strip():
        raise StateError(f"{source} is empty", _sentences("It may have been truncated", recovery()))
    try:
        document = parse_json(text)
    except LimitExceeded as error:
        raise StateError(f"{source} is refused: {error}", "imgver has not changed it.") from None
    except json.JSONDecodeError as error:
        raise StateError(
            f"{source} is not valid JSON (line {error.lineno} column {error.colno}: {error.msg})",
            _sentences("It may be truncated or corrupt", recovery()),
        ) from error
    try:
        return State.from_document(document, source=source)
    except StateError as error:
        version = document.get("version") if isinstance(document, dict) else None
        newer = (
            isinstance(document, dict)
            and document.get("format") == STATE_FORMAT
            and isinstance(version, int)
            and version > STATE_VERSION
        )
        if newer:
            raise
        raise StateError(error.summary, _sentences(error.detail, recovery())) from error


def _sentences(*parts: str) -> str:
    """Join message parts into sentences, each ending with a full stop."""
    return " ".join(part if part.endswith(".") else f"{part}." for part in parts if part)


def parse_pushed(document: str) -> State:
    """Parse a document given to `push`; StateError saying what is wrong with it."""
    try:
        parsed = parse_json(document)
    except LimitExceeded as error:
        raise StateError(
            f"the pushed document is refused: {error}", "Nothing was stored."
        ) from None
    except json.JSONDecodeError as error:
        raise StateError(
            "the pushed document is not valid JSON "
            f"(line {error.lineno} column {error.colno}: {error.msg})",
            "Nothing was stored.",
        ) from error
    return State.from_document(parsed, source="the pushed document")


def stored_for_push(text: str | None, *, force: bool, source: str) -> State | None:
    """The stored state a push is checked against; None when nothing (usable) is stored.

    A damaged or newer stored state is replaced only on purpose: without `force` its
    StateError stands.
    """
    if text is None:
        return None
    try:
        return parse_state(text, source=source, recovery=lambda: "Push with --force to replace it.")
    except StateError:
        if force:
            return None
        raise


def prepare_push(stored: State | None, pushed: State, *, force: bool, description: str) -> State:
    """The state to write for a push, after checking it may replace `stored`.

    Refuses, unless `force`, a document of another lineage (another history) or with a
    serial lower than the stored one (it would undo later writes). The result's serial is
    set so that the write lands above both, keeping saved plans of either history stale.
    """
    if stored is None:
        return pushed
    if not force and pushed.lineage != stored.lineage:
        raise StateError(
            f"the pushed state has another lineage than {description}",
            f"Pushed lineage {pushed.lineage}, stored lineage {stored.lineage}: the pushed "
            "document records a different history. Nothing was stored; push with --force "
            "to replace the stored state anyway.",
        )
    if not force and pushed.serial < stored.serial:
        raise StateError(
            f"the pushed state is older than {description}",
            f"Pushed serial {pushed.serial}, stored serial {stored.serial} "
            f"(lineage {stored.lineage}): storing it would undo "
            f"{stored.serial - pushed.serial} later write(s). Nothing was stored; pull the "
            "current state, make your change to it and push that, or push with --force.",
        )
    result = pushed.copy()
    result.serial = max(pushed.serial, stored.serial)
    return result


class DocumentStore(ABC):
    """What every store does the same way around its own `_fetch_text` and `_store_text`.

    `read` parses the stored text (a damaged document points to `_recovery`), `write`
    bumps the serial and stores the whole document (the serial goes back if storing
    fails), `write_changes` does the same here (a store with a journal overrides it), and
    `pull`/`push` apply Terraform's lineage and serial rules.
    """

    description: str

    def __init__(self) -> None:
        self._writing = threading.Lock()

    def read(self) -> State:
        text = self._fetch_text()
        if text is None:
            return State()
        return parse_state(text, source=self.description, recovery=self._recovery)

    def write(self, state: State) -> None:
        with self._writing:
            self._write_whole(state)

    def _write_whole(self, state: State) -> None:
        """`write`'s work; the caller holds `_writing`."""
        unnamed = not state.lineage
        if unnamed:
            state.lineage = str(uuid.uuid4())  # the first write starts the history
        state.serial += 1
        try:
            self._store_text(render_state(state))
        except BaseException:
            state.serial -= 1
            if unnamed:
                state.lineage = ""
            raise

    def write_changes(self, state: State, addresses: Iterable[str]) -> Callable[[], None]:
        self.write(state)
        return already_durable

    def pull(self) -> str:
        return self._fetch_text() or ""

    def push(self, document: str, *, force: bool = False) -> None:
        pushed = parse_pushed(document)
        stored = stored_for_push(self.pull() or None, force=force, source=self.description)
        self.write(prepare_push(stored, pushed, force=force, description=self.description))

    def store_as_is(self, state: State) -> None:
        with self._writing:
            self._store_text(render_state(state))

    @abstractmethod
    def _fetch_text(self) -> str | None:
        """The stored document's text, or None when nothing is stored yet."""

    @abstractmethod
    def _store_text(self, text: str) -> None:
        """Store `text` as the whole document, atomically."""

    @abstractmethod
    def _recovery(self) -> str:
        """What a person can do when the stored document is damaged."""
