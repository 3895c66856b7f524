"""The limits on what imgver reads, and the JSON reader that keeps them.

Owns the numbers (bytes, nesting depth, integer size, values after alias expansion) and
`parse_json`, which state files, pushed state, saved plans and local cloud data go through:
a document over a limit is refused with the limit named, never parsed into a hang, a
RecursionError or a 5,000-digit number. `check_value` walks any parsed value (a YAML spec
too) for depth, size after expansion (shared objects, such as YAML aliases, counted each
time they are used) and integer size. Must not: read files or know what a document means.
"""

from __future__ import annotations

import json
from typing import Any, Final

__all__ = [
    "MAX_DEPTH",
    "MAX_DOCUMENT_BYTES",
    "MAX_INTEGER",
    "MAX_SPEC_BYTES",
    "MAX_VALUES",
    "LimitExceeded",
    "check_value",
    "parse_json",
]

MAX_SPEC_BYTES: Final = 8_000_000  # a spec file (about 30,000 versions)
MAX_DOCUMENT_BYTES: Final = 16_000_000  # a state file, a saved plan, local cloud data
MAX_DEPTH: Final = 64  # nested maps and lists
MAX_VALUES: Final = 1_000_000  # values in a document, aliases expanded
MAX_INTEGER: Final = 2**63  # integers are at most 64-bit in every AWS API imgver calls


class LimitExceeded(ValueError):
    """A document breaks one of the limits; `where` is the path of the offending value."""

    def __init__(self, message: str, where: tuple[str | int, ...] = ()) -> None:
        super().__init__(message)
        self.where = where


def parse_json(text: str, *, max_bytes: int = MAX_DOCUMENT_BYTES) -> Any:
    """`json.loads(text)` within the limits; LimitExceeded, or json.JSONDecodeError."""
    if len(text) > max_bytes:
        raise LimitExceeded(f"it is larger than the limit of {max_bytes:,} bytes")
    try:
        value = json.loads(text, parse_int=_bounded_int, parse_constant=_no_constant)
    except RecursionError:
        raise LimitExceeded(f"it nests deeper than the limit of {MAX_DEPTH} levels") from None
    check_value(value)
    return value


def check_value(value: Any, *, max_values: int = MAX_VALUES) -> None:
    """Refuse (LimitExceeded) a value nested deeper than MAX_DEPTH, holding more than
    `max_values` values once shared parts are counted each time, a cycle, or an integer
    of MAX_INTEGER or more."""
    _Walk(max_values).size(value, (), 0)


class _Walk:
    """One bounded walk: each shared object is measured once, then counted each use."""

    def __init__(self, max_values: int) -> None:
        self.max_values = max_values
        self.sizes: dict[int, int] = {}
        self.open: set[int] = set()

    def size(self, value: Any, where: tuple[str | int, ...], depth: int) -> int:
        return _size(self, value, where, depth)


def _size(walk: _Walk, value: Any, where: tuple[str | int, ...], depth: int) -> int:
    if isinstance(value, bool) or value is None or isinstance(value, float | str):
        return 1
    if isinstance(value, int):
        if abs(value) >= MAX_INTEGER:
            raise LimitExceeded(
                f"the integer is larger than the limit of 2**63 ({MAX_INTEGER})", where
            )
        return 1
    if not isinstance(value, dict | list | tuple):
        return 1
    if depth >= MAX_DEPTH:
        raise LimitExceeded(f"it nests deeper than the limit of {MAX_DEPTH} levels", where)
    key = id(value)
    if key in walk.sizes:
        return walk.sizes[key]
    if key in walk.open:
        raise LimitExceeded("it refers to itself (a recursive alias)", where)
    walk.open.add(key)
    items = value.items() if isinstance(value, dict) else enumerate(value)
    total = 1
    for name, item in items:
        kind = type(item)
        if kind is str or kind is bool or item is None or kind is float:
            total += 1  # what `_size` answers, without the path of every value
        else:
            total += walk.size(
                item, (*where, str(name) if isinstance(value, dict) else name), depth + 1
            )
        if total > walk.max_values:
            raise LimitExceeded(
                f"it expands to more than the limit of {walk.max_values:,} values "
                "(aliases counted each time they are used)",
                where,
            )
    walk.open.discard(key)
    walk.sizes[key] = total
    return total


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > 19:
        raise LimitExceeded(f"the integer {text[:20]}... is larger than the limit of 2**63")
    return int(text)


def _no_constant(name: str) -> Any:
    raise LimitExceeded(f"{name} is not a JSON number")
