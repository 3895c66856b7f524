"""Ctrl-C during an apply: a thread-safe request counter and the SIGINT handler that feeds it.

Owns what an interrupt request *is* (a count: the first asks for a graceful stop, the
second for an immediate one) and the installation of a SIGINT handler that turns Ctrl-C
into requests instead of a KeyboardInterrupt in the middle of state bookkeeping. The
executor (`planner.apply.executor`) decides what each request means. Must not: print, touch state
or the cloud.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType

Listener = Callable[[int], None]


class Interrupt:
    """Counts interrupt requests and tells listeners about each one.

    `request()` may run inside a signal handler, which Python runs on the main thread
    between bytecodes, possibly while that same thread holds this object's lock: the
    lock is re-entrant so the handler cannot deadlock against its own thread. Listeners
    must be safe to call from a signal handler (e.g. `queue.SimpleQueue.put`).
    """

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._count = 0
        self._listeners: list[Listener] = []

    @property
    def count(self) -> int:
        """How many times an interrupt was requested."""
        with self._lock:
            return self._count

    def request(self) -> int:
        """Register one more request, notify the listeners, and return the new count."""
        with self._lock:
            self._count += 1
            count = self._count
            listeners = list(self._listeners)
        for listener in listeners:
            listener(count)
        return count

    @contextmanager
    def listening(self, listener: Listener) -> Iterator[None]:
        """Call `listener(count)` on every request made while the block runs."""
        with self._lock:
            self._listeners.append(listener)
        try:
            yield
        finally:
            with self._lock:
                self._listeners.remove(listener)


@contextmanager
def install_sigint_handler(interrupt: Interrupt) -> Iterator[Interrupt]:
    """Route SIGINT (Ctrl-C) to `interrupt.request()` while the block runs.

    The previous handler is restored on exit, so Ctrl-C outside an apply behaves as
    usual. Signal handlers can only be set from the main thread; elsewhere (a worker
    thread, an embedding application) the block runs without one.
    """
    if threading.current_thread() is not threading.main_thread():
        yield interrupt
        return

    def handle(signum: int, frame: FrameType | None) -> None:
        interrupt.request()

    previous = signal.signal(signal.SIGINT, handle)
    try:
        yield interrupt
    finally:
        signal.signal(signal.SIGINT, previous)
