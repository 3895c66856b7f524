"""`imgver drift --interactive`: a choice per difference (accept, ignore or keep).

Owns the questions: for every drifted property of a modified resource (differences a rule
already ignores are not asked about), shown with its expected and live values, it reads
`accept`, `ignore` (then a reason and an optional last day) or `keep` from standard input,
a terminal or a pipe, as the apply approval does; an unreadable or ended input keeps the
rest. It returns the `--accept` requests and the ignore rules the answers make.

Must not: write the spec or state (`planner.cli.drift_answers` does, from the answers),
or judge drift.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from dataclasses import dataclass, field

import typer

from planner.drift.compare import DriftReport, DriftStatus
from planner.spec.desired import DriftIgnore
from state.values import canonical_json

__all__ = ["Answers", "ask", "read_answer"]

ReadLine = Callable[[str], str | None]  # shows a prompt, reads a line; None: input ended
Echo = Callable[[str], None]

_CHOICES = {"a": "accept", "accept": "accept", "i": "ignore", "ignore": "ignore"}
_CHOICES |= {"k": "keep", "keep": "keep", "": "keep"}


@dataclass
class Answers:
    """What the person chose: the `--accept` requests and the ignore rules."""

    accept: list[str] = field(default_factory=list)
    rules: list[DriftIgnore] = field(default_factory=list)


def ask(report: DriftReport, *, read_line: ReadLine, echo: Echo, today: dt.date) -> Answers:
    """One question per drifted property of each modified resource, in report order."""
    answers = Answers()
    for resource in report.resources:
        if resource.status is not DriftStatus.MODIFIED or not resource.counts_as_drift:
            continue
        assert resource.address is not None  # a modified resource is a recorded address
        pending = [difference for difference in resource.differences if not difference.ignored]
        for name in dict.fromkeys(difference.property_name for difference in pending):
            target = f"{resource.address}.{name}"
            echo(f"\n{target}:")
            for difference in pending:
                if difference.property_name == name:
                    echo(
                        f"  {difference.path}: expected {_shown(difference.expected)}, "
                        f"live {_shown(difference.actual)} ({difference.source.value})"
                    )
            choice = _choice(read_line, echo)
            if choice == "accept":
                answers.accept.append(target)
            elif choice == "ignore":
                rule = _rule(resource.address, name, read_line, echo, today)
                if rule is not None:
                    answers.rules.append(rule)
            if choice is None:
                return answers
    return answers


def _choice(read_line: ReadLine, echo: Echo) -> str | None:
    while True:
        line = read_line("  accept the live value, ignore it, or keep the spec's? [a/i/K]: ")
        if line is None:
            return None
        choice = _CHOICES.get(line.strip().lower())
        if choice is not None:
            return choice
        echo(f"  {line.strip()!r} is not a, i or k")


def _rule(
    address: str, name: str, read_line: ReadLine, echo: Echo, today: dt.date
) -> DriftIgnore | None:
    reason = ""
    while not reason:
        line = read_line("  reason (required): ")
        if line is None:
            return None
        reason = line.strip()
    while True:
        line = read_line("  last day it applies (YYYY-MM-DD, empty for none): ")
        text = (line or "").strip()
        if not text:
            return DriftIgnore(address, name, reason)
        try:
            until = dt.date.fromisoformat(text)
        except ValueError:
            echo(f"  {text!r} is not a date")
            continue
        if until < today:
            echo(f"  {until.isoformat()} is in the past (today is {today.isoformat()})")
            continue
        return DriftIgnore(address, name, reason, until)


def _shown(value: object) -> str:
    return "(absent)" if value is None else canonical_json(value)


def read_answer(prompt: str) -> str | None:
    """Show `prompt`, read one line of standard input (echoed when it is not a terminal,
    so a log reads like the session); None when the input has ended or is unreadable."""
    typer.echo(prompt, nl=False)
    try:
        line = sys.stdin.readline() if sys.stdin is not None else ""
        terminal = sys.stdin is not None and sys.stdin.isatty()
    except (ValueError, OSError):
        line, terminal = "", False
    if not terminal:
        typer.echo(line.rstrip("\n"))
    return line.rstrip("\n") if line else None
