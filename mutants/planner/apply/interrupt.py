"""Ctrl-C during an apply: a thread-safe request counter and the signal handlers that feed it.

Owns what an interrupt request *is* (a count: the first asks for a graceful stop, the
second for an immediate one) and the installation of handlers for SIGINT (Ctrl-C),
SIGTERM (`kill`, a CI runner cancelling a job) and SIGHUP (a closed terminal) that turn
each into requests instead of a KeyboardInterrupt or a sudden death in the middle of
state bookkeeping. Outside an apply, `terminate_like_ctrl_c` makes SIGTERM and SIGHUP
raise KeyboardInterrupt as Ctrl-C does, so locks are released on the way out. The
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


INTERRUPT_SIGNALS: tuple[signal.Signals, ...] = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


@contextmanager
def terminate_like_ctrl_c() -> Iterator[None]:
    """While the block runs, SIGTERM and SIGHUP raise KeyboardInterrupt as SIGINT does, so
    every `with` (the state lock above all) is left in order. Main thread only."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handle(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    others = [number for number in INTERRUPT_SIGNALS if number != signal.SIGINT]
    previous = {number: signal.signal(number, handle) for number in others}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


@contextmanager
def install_interrupt_handlers(interrupt: Interrupt) -> Iterator[Interrupt]:
    """Route SIGINT, SIGTERM and SIGHUP to `interrupt.request()` while the block runs.

    The previous handlers are restored on exit, so a signal outside an apply behaves as
    before. Signal handlers can only be set from the main thread; elsewhere (a worker
    thread, an embedding application) the block runs without one.
    """
    if threading.current_thread() is not threading.main_thread():
        yield interrupt
        return

    def handle(signum: int, frame: FrameType | None) -> None:
        interrupt.request()

    previous = {number: signal.signal(number, handle) for number in INTERRUPT_SIGNALS}
    try:
        yield interrupt
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
