"""Executing a plan: its steps in parallel, in dependency order, until done or interrupted.

Owns `apply_plan` (schedule a Plan's steps, run each through `planner.apply.operations`, and
count what they changed), `ApplyResult` and the apply errors. Must not: decide what to
change (the plan did), change state itself (every step journals and records through
`planner.apply.journal.Ledger`), render anything (it reports to a `ProgressSink`), or call boto3
(it goes through `state.cloud.client.LiveCloud`). The caller holds the state lock, and finishes an
earlier run's journaled operations first (`planner.apply.resume`).

Execution
    Up to `parallelism` steps run at once, each on a worker thread (started as needed, at
    most one per step running, and kept for the next steps); a step starts when every
    step it depends on has succeeded, and is skipped when one of them failed or was
    skipped. Independent steps go on after a failure. A state that cannot be written (or
    a bug) starts nothing more: nothing new could be journaled. State is written after
    every change, so the stored state is never behind the cloud by more than the
    operations in flight.

Interrupts (`planner.apply.interrupt.Interrupt`)
    First request: nothing new starts; operations in flight finish and are recorded; then
    `ApplyInterruptedError` says what completed and what did not start (also when every
    step had already started and finished: an interrupted run fails, as Terraform's does,
    so CI never mistakes it for a clean one). Second request:
    `ApplyInterruptedError` at once; operations in flight keep their journal entries (their
    RequestTokens included, once answered) and are left to `planner.apply.resume`.
"""

from __future__ import annotations

import queue
import threading
import time
from collections import Counter
from collections.abc import Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field

from planner.apply.interrupt import Interrupt
from planner.apply.journal import Clock, Ledger, record_address
from planner.apply.operations import Operations
from planner.apply.schedule import Schedule
from planner.errors import ApplyError, PlanError, UsageError
from planner.plan.changes import Action, Plan, Step
from planner.render.progress import ProgressSink
from state.cloud.client import LiveCloud
from state.errors import CloudError, ImgverError, StateError
from state.recorded.document import StateStore
from state.recorded.model import State

__all__ = [
    "WAIT_REPORT_SECONDS",
    "ApplyFailedError",
    "ApplyInterruptedError",
    "ApplyResult",
    "StepFailure",
    "apply_plan",
    "rerun_command",
]

# How often operations still in flight are reported (Terraform's "Still creating..." cadence).
WAIT_REPORT_SECONDS = 10.0


# --- results and errors ---------------------------------------------------------------------


@dataclass(frozen=True)
class StepFailure:
    """A step that failed, with the error it failed with (a CloudError for cloud calls)."""

    step: Step
    error: ImgverError


@dataclass
class ApplyResult:
    """What an apply did. The counts are per reviewed change (a replacement's four steps
    count once, as replaced) and only for changes whose every step succeeded."""

    completed: list[Step] = field(default_factory=list)
    failed: list[StepFailure] = field(default_factory=list)
    skipped: list[Step] = field(default_factory=list)  # a step they depend on failed
    not_started: list[Step] = field(default_factory=list)  # interrupted or halted first
    in_flight: list[Step] = field(default_factory=list)  # running when a forced stop came
    # How many changes completed, by `Action.summary_count` (add, change, replace, ...).
    counts: Counter[str] = field(default_factory=Counter)

    def count(self, action: Action) -> None:
        """Count one change, whose every step completed, in the summary."""
        if action.summary_count is not None:
            self.counts[action.summary_count] += 1

    def summary_line(self) -> str:
        """`Apply complete! Resources: 2 added, 1 changed, 1 replaced, 0 destroyed.`"""
        counts = (
            f"{self.counts['add']} added, {self.counts['change']} changed, "
            f"{self.counts['replace']} replaced, {self.counts['destroy']} destroyed"
        )
        # Terraform mentions forgotten resources only when there are some.
        if self.counts["forget"]:
            counts += f", {self.counts['forget']} forgotten"
        if self.counts["move"]:
            counts += f", {self.counts['move']} moved"
        return f"Apply complete! Resources: {counts}."


class ApplyFailedError(ApplyError):
    """Some steps failed; `result` holds them (with their CloudErrors) and what completed."""

    def __init__(self, summary: str, result: ApplyResult, *, advice: str) -> None:
        super().__init__(summary, _failed_detail(result, advice))
        self.result = result


class ApplyInterruptedError(ApplyError):
    """The apply was interrupted; `result` holds what completed and what did not start."""

    def __init__(self, result: ApplyResult, *, forced: bool, command: str) -> None:
        super().__init__(
            "Apply interrupted", _interrupted_detail(result, forced=forced, command=command)
        )
        self.result = result


def rerun_command(mode: str) -> str:
    """The command that continues an interrupted or failed run of a plan of `mode`: a
    destroy is continued by `imgver destroy` (`imgver apply` would re-create it)."""
    return {"destroy": "imgver destroy", "refresh-only": "imgver apply --refresh-only"}.get(
        mode, "imgver apply"
    )


def _step_list(steps: Sequence[Step]) -> str:
    return ", ".join(step.id for step in steps)


def _failure_lines(failure: StepFailure) -> list[str]:
    error = failure.error
    lines = [f"- {failure.step.id}: {error.summary}"]
    facts: list[str] = []
    if isinstance(error, CloudError):
        if error.error_code:
            facts.append(f"ErrorCode: {error.error_code}")
        if error.status_message:
            facts.append(f"StatusMessage: {error.status_message}")
    facts += [line for line in error.detail.splitlines() if line.strip() and line not in facts]
    return lines + [f"    {fact}" for fact in facts]


def _failed_detail(result: ApplyResult, advice: str) -> str:
    lines = [line for failure in result.failed for line in _failure_lines(failure)]
    if result.skipped:
        lines.append(f"Skipped because a step they need failed: {_step_list(result.skipped)}")
    if result.not_started:
        lines.append(f"Not started: {_step_list(result.not_started)}")
    lines.append(advice)
    return "\n".join(lines)


def _interrupted_detail(result: ApplyResult, *, forced: bool, command: str) -> str:
    lines = [f"Completed: {_step_list(result.completed) or 'nothing'}"]
    if result.in_flight:
        lines.append(
            f"Still running when stopped: {_step_list(result.in_flight)} "
            "(journaled in state; the next apply resumes them)"
        )
    lines.append(f"Not started: {_step_list(result.not_started) or 'nothing'}")
    if result.skipped:
        lines.append(f"Skipped because a step they need failed: {_step_list(result.skipped)}")
    lines += [line for failure in result.failed for line in _failure_lines(failure)]
    how = "stopped at once" if forced else "stopped after the operations in flight finished"
    if result.in_flight or result.not_started or result.failed or result.skipped:
        lines.append(f"The apply {how}. Run {command} again to continue.")
    else:
        lines.append(f"The apply {how}; every step had started and completed.")
    return "\n".join(lines)


# --- the executor ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Finished:
    step_id: str
    identifier: str | None
    error: Exception | None


@dataclass
class _Running:
    step: Step
    started: float  # by the injected clock, for elapsed times
    next_report: float  # monotonic, when to report it as still running


def _check_order(steps: Sequence[Step]) -> None:
    """Every dependency names an earlier step, so the loop always makes progress."""
    seen: set[str] = set()
    for step in steps:
        if step.id in seen:
            raise PlanError(f"The plan has two steps with id {step.id}")
        unknown = [dependency for dependency in step.depends_on if dependency not in seen]
        if unknown:
            raise PlanError(
                f"Step {step.id} depends on {', '.join(unknown)}, "
                "which is not an earlier step of the plan",
                "Make the plan again: steps must come in dependency order.",
            )
        seen.add(step.id)


class _Executor:
    def __init__(
        self,
        plan: Plan,
        operations: Operations,
        progress: ProgressSink | None,
        clock: Clock,
    ) -> None:
        self.plan = plan
        self.operations = operations
        self.progress = progress
        self.clock = clock
        # None: an interrupt request arrived, and the loop looks at the Interrupt again.
        self.events: queue.SimpleQueue[_Finished | None] = queue.SimpleQueue()
        # Steps for the worker threads (None: stop), and how many workers there are: one
        # per step running at most, started as needed and kept for the next steps.
        self.work: queue.SimpleQueue[Step | None] = queue.SimpleQueue()
        self.workers = 0
        self.schedule = Schedule(plan.steps)
        self.running: dict[str, _Running] = {}
        self.result = ApplyResult()
        self.bug: Exception | None = None

    @property
    def halted(self) -> bool:
        """State could not be written (nothing more can be journaled), or a bug: start
        nothing more."""
        return self.bug is not None or any(
            isinstance(failure.error, StateError) for failure in self.result.failed
        )

    def execute(self, parallelism: int, interrupt: Interrupt | None) -> ApplyResult:
        _check_order(self.plan.steps)
        try:
            return self._execute(parallelism, interrupt)
        finally:
            for _ in range(self.workers):  # each stops once its step, if any, is done
                self.work.put(None)

    def _execute(self, parallelism: int, interrupt: Interrupt | None) -> ApplyResult:
        announced = 0
        listening: AbstractContextManager[None] = (
            interrupt.listening(lambda count: self.events.put(None))
            if interrupt is not None
            else nullcontext()
        )
        with listening:
            while True:
                requests = interrupt.count if interrupt is not None else 0
                if requests > announced:
                    announced = requests
                    if self.progress is not None:
                        self.progress.interrupted(requests, len(self.running))
                if requests >= 2:
                    raise self._abandon()
                if requests == 0 and not self.halted:
                    self._start_ready(parallelism)
                if not self.running:
                    break
                self._report_waits()
                try:
                    event = self.events.get(timeout=self._until_next_report())
                except queue.Empty:
                    continue
                if event is not None:
                    self._finish(event)
        self._conclude()
        if self.bug is not None:
            raise self.bug
        if announced:
            raise ApplyInterruptedError(
                self.result, forced=False, command=rerun_command(self.plan.mode)
            )
        if self.result.failed:
            count = len(self.result.failed)
            noun = "operation" if count == 1 else "operations"
            raise ApplyFailedError(
                f"Apply failed: {count} {noun} failed",
                self.result,
                advice="State records every operation that completed. "
                f"Fix the cause and run {rerun_command(self.plan.mode)} again.",
            )
        return self.result

    def _start_ready(self, parallelism: int) -> None:
        self.result.skipped += self.schedule.skip_blocked()
        for step in self.schedule.take(parallelism - len(self.running)):
            self._launch(step)

    def _launch(self, step: Step) -> None:
        if self.progress is not None:
            self.progress.step_started(step)
        self.running[step.id] = _Running(step, self.clock(), time.monotonic() + WAIT_REPORT_SECONDS)
        self.work.put(step)
        if self.workers < len(self.running):
            # Daemon threads rather than a ThreadPoolExecutor: a pool's workers are joined
            # at interpreter exit, so a forced stop would still wait for every request in
            # flight.
            self.workers += 1
            worker = threading.Thread(
                target=self._serve, name=f"imgver-apply-{self.workers}", daemon=True
            )
            worker.start()

    def _serve(self) -> None:
        while (step := self.work.get()) is not None:
            self._work(step)

    def _work(self, step: Step) -> None:
        try:
            identifier = self.operations.run(step)
        except Exception as error:  # every outcome must reach the loop, bugs included
            self.events.put(_Finished(step.id, None, error))
            return
        self.events.put(_Finished(step.id, identifier, None))

    def _finish(self, event: _Finished) -> None:
        running = self.running.pop(event.step_id)
        step = running.step
        elapsed = self.clock() - running.started
        error = event.error
        if error is None:
            self.schedule.succeeded(step.id)
            self.result.completed.append(step)
        elif isinstance(error, ImgverError):
            self.schedule.failed(step.id)
            self.result.failed.append(StepFailure(step, error))
        else:
            self.schedule.failed(step.id)
            self.bug = self.bug or error
            return
        if self.progress is not None:
            shown = error if isinstance(error, ImgverError) else None
            self.progress.step_finished(step, elapsed, shown, identifier=event.identifier)

    def _report_waits(self) -> None:
        now = time.monotonic()
        for running in self.running.values():
            if now >= running.next_report:
                running.next_report = now + WAIT_REPORT_SECONDS
                if self.progress is not None:
                    self.progress.waiting(running.step, self.clock() - running.started)

    def _until_next_report(self) -> float:
        soonest = min(running.next_report for running in self.running.values())
        return max(0.0, soonest - time.monotonic())

    def _abandon(self) -> ApplyInterruptedError:
        self.operations.ledger.close()
        self.result.in_flight = [running.step for running in self.running.values()]
        self._conclude()
        return ApplyInterruptedError(
            self.result, forced=True, command=rerun_command(self.plan.mode)
        )

    def _conclude(self) -> None:
        """Settle the steps never started (skipped when a dependency failed, otherwise not
        started) and count the changes whose every step completed."""
        self.result.skipped += self.schedule.skip_blocked()
        self.result.not_started += self.schedule.waiting
        done = {step.id for step in self.result.completed}
        steps_of: dict[str, list[Step]] = {}
        for step in self.plan.steps:
            for address in dict.fromkeys((step.address, record_address(step))):
                steps_of.setdefault(address, []).append(step)
        for change in self.plan.changes:
            steps = steps_of.get(change.address, [])
            if not steps or any(step.id not in done for step in steps):
                continue
            self.result.count(change.action)
            if change.moved_from:
                self.result.counts["move"] += 1


def apply_plan(
    plan: Plan,
    *,
    state: State,
    store: StateStore,
    cloud: LiveCloud,
    parallelism: int = 10,
    progress: ProgressSink | None = None,
    interrupt: Interrupt | None = None,
    clock: Clock = time.time,
) -> ApplyResult:
    """Run `plan.steps` against `cloud`, recording each change in `state` through `store`.

    The caller holds the state lock. `clock` (seconds since the epoch) stamps journal
    entries and measures elapsed times. Raises `ApplyFailedError` when a step failed (after
    every independent step ran) and `ApplyInterruptedError` when interrupted; both carry
    the `ApplyResult`, and state holds every change that completed.
    """
    if parallelism < 1:
        raise UsageError(
            f"--parallelism must be at least 1, not {parallelism}",
            "It is how many operations run at once.",
        )
    operations = Operations(Ledger(state, store, clock), cloud)
    return _Executor(plan, operations, progress, clock).execute(parallelism, interrupt)
