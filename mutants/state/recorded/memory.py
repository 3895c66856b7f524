"""An in-memory state store with the same rules as the others, for tests.

Owns: the document and the lock holder of one process's memory. Must not: touch files or AWS.
"""

from __future__ import annotations

import threading
from contextlib import AbstractContextManager

from state.recorded.document import DocumentStore
from state.recorded.lock import LockInfo, LockReading, check_force_unlock, hold_lock


class MemoryStore(DocumentStore):
    """An in-memory store with the same rules as the others, shipped for tests.

    Serial bumps, the lock (with its waiting and its errors) and the push rules behave as
    in LocalStore; the document lives in this object only.
    """

    description = "memory"

    def __init__(self) -> None:
        super().__init__()
        self._text: str | None = None
        self._holder: LockInfo | None = None
        self._guard = threading.Lock()

    def _fetch_text(self) -> str | None:
        with self._guard:
            return self._text

    def _store_text(self, text: str) -> None:
        with self._guard:
            self._text = text

    def _recovery(self) -> str:
        return ""

    def lock(self, operation: str, *, timeout: float = 0.0) -> AbstractContextManager[LockInfo]:
        return hold_lock(
            self._create_lock,
            self._current_lock,
            self._release,
            operation,
            timeout=timeout,
            location=self.description,
        )

    def force_unlock(self, lock_id: str, *, even_if_running: bool = True) -> None:
        with self._guard:
            conflict = LockReading(self._holder) if self._holder else None
            check_force_unlock(conflict, lock_id, self.description, even_if_running=even_if_running)
            self._holder = None

    def _create_lock(self, info: LockInfo) -> bool:
        with self._guard:
            if self._holder is not None:
                return False
            self._holder = info
            return True

    def _current_lock(self) -> LockReading | None:
        with self._guard:
            return LockReading(self._holder) if self._holder else None

    def _release(self, info: LockInfo) -> None:
        with self._guard:
            if self._holder is not None and self._holder.id == info.id:
                self._holder = None
