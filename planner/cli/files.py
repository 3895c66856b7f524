"""The files a command reads or writes on a person's behalf, other than spec, state and plan.

Owns turning an OSError (missing file, a folder, no permission, a full disk) or bad UTF-8
on such a file into a UsageError that names the file, so it is reported as an ordinary
`Error:` with exit code 1 and never as an internal error. Must not: parse what it reads.
"""

from __future__ import annotations

from pathlib import Path

from planner.errors import UsageError
from state.files import write_problem

__all__ = ["check_output", "read_input", "write_output"]


def read_input(path: Path, what: str) -> str:
    """The UTF-8 text of `path`, which holds `what` (e.g. "state document")."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UsageError(f"cannot read the {what} {path}: the file does not exist") from None
    except UnicodeDecodeError as error:
        raise UsageError(
            f"cannot read the {what} {path}: not UTF-8 text ({error.reason} at byte {error.start})"
        ) from None
    except OSError as error:
        raise UsageError(f"cannot read the {what} {path}: {error.strerror}") from None


def check_output(path: Path, what: str) -> None:
    """Refuse a path `what` cannot be written to, so a command can say so before it reads
    or writes anything."""
    problem = write_problem(path)
    if problem:
        raise UsageError(f"cannot write the {what} to {path}: {problem}")


def write_output(path: Path, text: str, what: str) -> None:
    """Write `text` to `path`, which is to hold `what` (e.g. "drift report")."""
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        raise UsageError(f"cannot write the {what} to {path}: {error.strerror}") from None
