"""imgver's error tree and the one place that maps errors to exit codes.

Every error a person can meet is an `ImgverError` with a one-line `summary` and an
optional `detail`; the CLI prints `Error: <summary>` and the detail on stderr and exits
with `exit_code` (1; 130 for `Interrupted`). Anything else escaping a command is a bug:
the CLI reports it as an internal error and shows the traceback only with `--debug`.

The whole tree, with the module that defines each class, is drawn in
docs/ARCHITECTURE.md ("The error tree").
"""

from __future__ import annotations

from dataclasses import dataclass

from state.errors import CloudError, ImgverError, StateError, StateLockedError

__all__ = [
    "ApplyError",
    "CloudError",
    "ImgverError",
    "Interrupted",
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


class Interrupted(ImgverError):
    """Ctrl-C (or SIGTERM/SIGHUP) stopped a command outside an apply's operations: at the
    approval prompt, during the refresh. Exit code 130, as shells report a SIGINT."""

    exit_code = 130
