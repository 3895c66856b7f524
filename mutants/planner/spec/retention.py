"""An image's `retention:` block: parsing it into `desired.Retention`, with its checks.

Owns the block's keys (`keep`, `archive_after`, `delete_after`), the duration syntax
(`90d`, `12h`, `2w`, `30m`, `45s`) and refusing, with the problem's path, a bad value or
an `archive_after` that is not before `delete_after`. Must not: parse YAML, read state or
decide what happens to a version (that is `planner.plan.retention`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Final

from planner.spec.desired import Retention

__all__ = ["RETENTION_KEY", "parse_duration", "parse_retention"]

RETENTION_KEY: Final = "retention"
_KEYS: Final = ("keep", "archive_after", "delete_after")
_DURATION: Final = re.compile(r"^\s*(\d+)\s*([smhdw])\s*$")
_UNIT_SECONDS: Final = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}

Problem = Callable[[tuple[str | int, ...], str], None]


def parse_duration(text: str) -> int | None:
    """Seconds in `90d` (s, m, h, d or w); None when `text` is not a duration."""
    match = _DURATION.match(text)
    if match is None:
        return None
    return int(match.group(1)) * _UNIT_SECONDS[match.group(2)]


def parse_retention(raw: Any, path: tuple[str | int, ...], problem: Problem) -> Retention | None:
    """The policy of `raw` (the block at `path`); None when absent or invalid."""
    path = (*path, RETENTION_KEY)
    if raw is None:
        return None
    if not isinstance(raw, dict):
        problem(path, f"must be a mapping with keys {list(_KEYS)}")
        return None
    valid = True
    for key in raw:
        if key not in _KEYS:
            problem((*path, str(key)), f"unknown retention setting (expected {list(_KEYS)})")
            valid = False
    keep = raw.get("keep")
    if keep is not None and (isinstance(keep, bool) or not isinstance(keep, int) or keep < 0):
        problem((*path, "keep"), "must be a whole number of retired versions (0 or more)")
        valid = False
    seconds: dict[str, int | None] = {}
    for key in ("archive_after", "delete_after"):
        value = raw.get(key)
        seconds[key] = None if value is None else parse_duration(str(value))
        if value is not None and seconds[key] is None:
            problem((*path, key), f"{value!r} is not a duration such as 30d, 12h or 2w")
            valid = False
    archive, delete = seconds["archive_after"], seconds["delete_after"]
    if archive is not None and delete is not None and archive >= delete:
        problem((*path, "archive_after"), "must be shorter than delete_after")
        valid = False
    if not valid:
        return None
    return Retention(
        keep=keep,
        archive_after=archive,
        delete_after=delete,
        text=tuple((key, str(raw[key])) for key in _KEYS if raw.get(key) is not None),
    )
