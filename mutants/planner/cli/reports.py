"""Which drift reports one `imgver drift` run writes: repeatable `--format`/`--output` pairs.

Owns the pairing rules, so a scheduled job reads the cloud once and writes every report
from the same reading: `--format F` alone prints F; `--format F1 --output P1 --format F2
--output P2` writes each Fi to Pi (the text summary goes to stdout); `--output P` alone
writes text. Must not: render or read anything.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from planner.errors import UsageError
from planner.render.drift import FORMATS

PAIRING = "pair them in order: --format junit --output drift.xml --format html --output drift.html"


@dataclass(frozen=True)
class ReportPlan:
    """The report printed on stdout (None: the text summary) and the files to write."""

    to_stdout: str | None
    files: tuple[tuple[str, Path], ...]


def pair_reports(formats: Sequence[str], outputs: Sequence[Path]) -> ReportPlan:
    """The reports asked for; UsageError on an unknown format or unmatched pairs."""
    for name in formats:
        if name not in FORMATS:
            raise UsageError(f"unknown --format {name!r}", f"choose one of {', '.join(FORMATS)}")
    if not outputs:
        if len(formats) > 1:
            raise UsageError(
                "several --format options need one --output each",
                PAIRING,
            )
        return ReportPlan(to_stdout=formats[0] if formats else "text", files=())
    chosen = list(formats) or ["text"]
    if len(chosen) != len(outputs):
        raise UsageError(
            f"{len(chosen)} --format option(s) but {len(outputs)} --output option(s)",
            PAIRING,
        )
    seen: set[Path] = set()
    for path in outputs:
        if path in seen:
            raise UsageError(f"--output {path} is given twice", "write each report to its own file")
        seen.add(path)
    return ReportPlan(to_stdout=None, files=tuple(zip(chosen, outputs, strict=True)))
