"""Durations on the command line: `10`, `10s`, `500ms`, `2m`, `1h`, `1m30s`.

Owns the parsing behind `--lock-timeout DURATION` (a number alone is seconds; the units
are Terraform's `-lock-timeout=10s` ones). Must not: know which option it is used for.
"""

from __future__ import annotations

import re

import typer

_UNIT_SECONDS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}
_PART = re.compile(r"(\d+(?:\.\d+)?)(ms|s|m|h)")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def parse_duration(text: str | float) -> float:
    """Seconds in `text`; typer.BadParameter when it is not a duration."""
    if isinstance(text, int | float):
        return float(text)
    text = text.strip()
    if _NUMBER.fullmatch(text):
        return float(text)
    parts = _PART.findall(text)
    if not parts or "".join(number + unit for number, unit in parts) != text:
        raise typer.BadParameter(
            f"{text!r} is not a duration: use e.g. 30, 30s, 500ms, 2m, 1h or 1m30s"
        )
    return sum(float(number) * _UNIT_SECONDS[unit] for number, unit in parts)
