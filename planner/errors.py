"""imgver's error tree and the one place that maps errors to exit codes.

Every error a person can meet is an `ImgverError` with a one-line `summary` and an
optional `detail`; the CLI prints `Error: <summary>` and the detail on stderr and exits
with `exit_code` (1). Anything else escaping a command is a bug: the CLI reports it as
an internal error and shows the traceback only with `--debug`.

    ImgverError                      state.errors      (root; exit code 1)
    ├── SpecError                    planner.errors    (invalid spec: every problem, file:line)
    ├── UsageError                   planner.errors    (bad command line: unknown address, --var)
    ├── PlanError                    planner.errors    (a plan cannot be made or used)
    │   ├── PreventDestroyError      planner.errors    (lifecycle.prevent_destroy forbids it)
    │   └── StalePlanError           planner.errors    (saved plan no longer matches state/cloud)
    ├── ApplyError                   planner.errors    (operations failed or were interrupted)
    │   ├── ApplyFailedError         planner.apply.executor (failures, with ErrorCode/StatusMessage)
    │   └── ApplyInterruptedError    planner.apply.executor (Ctrl-C; state holds what completed)
    ├── StateError                   state.errors      (state unreadable, corrupt or newer)
    │   └── StateLockedError         state.errors      (another process holds the lock)
    ├── LocalCloudError              state.localcloud  (the emulator cannot start or read its data)
    └── CloudError                   state.errors      (AWS or the local cloud refused or failed)
        ├── CredentialsError         state.live        (missing, expired or refused credentials)
        ├── AccessDeniedError        state.live        (names the IAM permissions needed)
        ├── EndpointError            state.live        (cannot reach the endpoint)
        ├── ThrottledError           state.live        (throttled past the retry budget)
        │   └── OperationThrottled   state.live        (a resumed request ended throttled)
        ├── ConflictError            state.live        (someone else is changing the resource)
        ├── RequestRejectedError     state.live        (the request is invalid for the service)
        ├── ResourceNotFoundError    state.live        (the resource is gone)
        ├── OperationFailedError     state.live        (FAILED progress event, shown verbatim)
        │   └── OperationCancelledError state.live     (the request was cancelled)
        └── OperationTimeoutError    state.live        (still running at the timeout; resumable)
"""

from __future__ import annotations

from dataclasses import dataclass

from state.errors import CloudError, ImgverError, StateError, StateLockedError

__all__ = [
    "ApplyError",
    "CloudError",
    "ImgverError",
    "PlanError",
    "PreventDestroyError",
    "SpecError",
    "SpecProblem",
    "StalePlanError",
    "StateError",
    "StateLockedError",
    "UsageError",
]


@dataclass(frozen=True)
class SpecProblem:
    """One problem in a spec file: where it is and what is wrong."""

    file: str
    line: int
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"


class SpecError(ImgverError):
    """The spec is invalid; `problems` lists every problem found in one pass."""

    def __init__(self, problems: list[SpecProblem]) -> None:
        count = len(problems)
        noun = "problem" if count == 1 else "problems"
        super().__init__(
            f"{problems[0].file if problems else 'spec'} is invalid ({count} {noun})",
            "\n".join(str(problem) for problem in problems),
        )
        self.problems = problems


class UsageError(ImgverError):
    """The command line asks for something that cannot be done."""


class PlanError(ImgverError):
    """A plan cannot be made, saved, loaded or applied as asked."""


class PreventDestroyError(PlanError):
    """The plan would delete or replace a resource whose lifecycle sets prevent_destroy."""


class StalePlanError(PlanError):
    """A saved plan was made against a state or cloud that has since changed."""


class ApplyError(ImgverError):
    """An apply ended with failed or interrupted operations; state holds what completed."""
