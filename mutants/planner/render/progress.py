"""Progress of a running apply, Terraform style: what started, what finished, how long it took.

Owns the `ProgressSink` protocol the executor reports to and its two views:
`PlainProgress` (one line per event, for logs and CI, where nothing is redrawn) and
`LiveProgress` (a rich spinner per operation in flight, finished lines printed above it,
for a terminal), and `make_progress`, which picks one for the output at hand. The
executor calls a sink from one thread only. Must not: decide anything, touch state or
the cloud.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from types import TracebackType
from typing import Protocol, TextIO

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TaskID, TextColumn, TimeElapsedColumn

from planner.plan.changes import Step, StepKind
from state.errors import ImgverError


class ProgressSink(Protocol):
    """Where the executor reports progress. All calls come from the executor's own thread."""

    def step_started(self, step: Step) -> None:
        """`step` was just sent (or, for a state-only step, is being recorded)."""

    def step_finished(
        self,
        step: Step,
        elapsed: float,
        error: ImgverError | None,
        *,
        identifier: str | None = None,
    ) -> None:
        """`step` ended after `elapsed` seconds, with `error` if it failed.

        `identifier` names the object acted on, once known (a create learns it at the end).
        """

    def waiting(self, step: Step, elapsed: float) -> None:
        """`step` is still running after `elapsed` seconds (reported about every 10 s)."""

    def interrupted(self, count: int, in_flight: int) -> None:
        """An interrupt request arrived: the first stops gracefully, the second at once."""


@dataclass(frozen=True)
class _Wording:
    started: str
    finished: str
    still: str
    failed: str


_WORDING: dict[StepKind, _Wording] = {
    StepKind.CREATE: _Wording("Creating...", "Creation complete", "Still creating...", "Creation"),
    StepKind.UPDATE: _Wording(
        "Modifying...", "Modifications complete", "Still modifying...", "Modifications"
    ),
    StepKind.DELETE: _Wording(
        "Destroying...", "Destruction complete", "Still destroying...", "Destruction"
    ),
    StepKind.FORGET: _Wording(
        "Removing from state...", "Removed from state", "Still removing...", "Removal"
    ),
    StepKind.RECORD: _Wording(
        "Recording in state...", "Recorded in state", "Still recording...", "Recording"
    ),
    StepKind.MOVE: _Wording("Moving in state...", "Moved in state", "Still moving...", "Moving"),
    StepKind.RETIRE: _Wording(
        "Retiring in state...", "Retired in state", "Still retiring...", "Retiring"
    ),
}


def format_elapsed(seconds: float) -> str:
    """Whole seconds the way Terraform prints them: `0s`, `42s`, `2m5s`, `1h0m3s`."""
    whole = max(0, int(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}h{minutes}m{secs}s"
    if minutes:
        return f"{minutes}m{secs}s"
    return f"{secs}s"


def _label(step: Step) -> str:
    return f"{step.address} (deposed object)" if step.deposed else step.address


def _id_suffix(identifier: str | None) -> str:
    return f" [id={identifier}]" if identifier else ""


def started_line(step: Step) -> str:
    """`image_versions.ds: Creating...`; `...: Modifying... [id=arn:...]` for existing objects."""
    identifier = None if step.kind is StepKind.CREATE else step.identifier
    return f"{_label(step)}: {_WORDING[step.kind].started}{_id_suffix(identifier)}"


def finished_line(
    step: Step, elapsed: float, error: ImgverError | None, identifier: str | None
) -> str:
    """`image_versions.ds: Creation complete after 3s [id=arn:...]`, or why it failed."""
    wording = _WORDING[step.kind]
    after = format_elapsed(elapsed)
    if error is not None:
        return f"{_label(step)}: {wording.failed} failed after {after}: {error.summary}"
    # Terraform leaves the id off a finished destroy: the object no longer exists.
    shown = None if step.kind is StepKind.DELETE else identifier or step.identifier
    return f"{_label(step)}: {wording.finished} after {after}{_id_suffix(shown)}"


def waiting_line(step: Step, elapsed: float) -> str:
    """`image_versions.ds: Still creating... [10s elapsed]`."""
    return f"{_label(step)}: {_WORDING[step.kind].still} [{format_elapsed(elapsed)} elapsed]"


def interrupted_lines(count: int, in_flight: int) -> list[str]:
    """What to tell a person who pressed Ctrl-C once, or twice."""
    if count >= 2:
        return [
            "Two interrupts received. Exiting immediately.",
            "Operations still running stay journaled in state; run the same command again "
            "to resume them.",
        ]
    noun = "operation" if in_flight == 1 else "operations"
    return [
        "Interrupt received.",
        f"Waiting for {in_flight} {noun} in flight to finish; nothing new will start. "
        "Press Ctrl-C again to stop at once.",
    ]


class PlainProgress:
    """One line per event on `stream`, for output that is not a terminal."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def _write(self, line: str) -> None:
        self._stream.write(line + "\n")
        self._stream.flush()

    def step_started(self, step: Step) -> None:
        self._write(started_line(step))

    def step_finished(
        self,
        step: Step,
        elapsed: float,
        error: ImgverError | None,
        *,
        identifier: str | None = None,
    ) -> None:
        self._write(finished_line(step, elapsed, error, identifier))

    def waiting(self, step: Step, elapsed: float) -> None:
        self._write(waiting_line(step, elapsed))

    def interrupted(self, count: int, in_flight: int) -> None:
        for line in interrupted_lines(count, in_flight):
            self._write(line)


class LiveProgress:
    """A spinner with elapsed time per operation in flight; finished lines scroll above.

    The display shows itself when an operation starts and clears itself when none is
    left in flight (or on a second interrupt), so it needs no setup; as a context manager
    it is also cleared when the block raises.
    """

    def __init__(self, console: Console) -> None:
        self._progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            TimeElapsedColumn(),
            console=console,
            transient=True,
        )
        self._tasks: dict[str, TaskID] = {}
        self._shown = False

    def __enter__(self) -> LiveProgress:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._hide()

    def _print(self, line: str, style: str) -> None:
        self._progress.console.print(line, style=style, markup=False, highlight=False)

    def _hide(self) -> None:
        if self._shown:
            self._progress.stop()
            self._shown = False

    def step_started(self, step: Step) -> None:
        if not self._shown:
            self._progress.start()
            self._shown = True
        self._tasks[step.id] = self._progress.add_task(started_line(step), total=None)

    def step_finished(
        self,
        step: Step,
        elapsed: float,
        error: ImgverError | None,
        *,
        identifier: str | None = None,
    ) -> None:
        task = self._tasks.pop(step.id, None)
        if task is not None:
            self._progress.remove_task(task)
        style = "red" if error is not None else "green"
        self._print(finished_line(step, elapsed, error, identifier), style)
        if not self._tasks:
            self._hide()

    def waiting(self, step: Step, elapsed: float) -> None:
        """The spinner already shows the elapsed time: nothing to add."""

    def interrupted(self, count: int, in_flight: int) -> None:
        for line in interrupted_lines(count, in_flight):
            self._print(line, "yellow")
        if count >= 2:
            # The apply returns at once: leave no spinner running under the error message.
            self._tasks.clear()
            self._hide()


def make_progress(*, color: bool, stream: TextIO | None = None) -> ProgressSink:
    """LiveProgress on a terminal, PlainProgress (one line per event) anywhere else."""
    out = stream if stream is not None else sys.stdout
    if out.isatty():
        return LiveProgress(Console(file=out, no_color=not color, highlight=False))
    return PlainProgress(out)
