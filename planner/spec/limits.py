"""The limits on a spec file, kept whatever parser reads it.

Owns `read_spec_text` (at most `MAX_SPEC_BYTES` are read, so `-f /dev/zero` or a huge file is
refused instead of read forever) and `value_problems`, run on the parsed document before
anything else looks at it: nesting depth, values after alias expansion (a "billion laughs"
document is refused, never expanded), integer size, cycles, lone surrogates, YAML timestamps
and custom tags. Each problem names the path of the value and the limit. The loader calls
both; neither depends on how the YAML was parsed. Must not: resolve variables, validate
against schemas, or touch state or the cloud.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Final

from state.limits import MAX_DEPTH, MAX_SPEC_BYTES, LimitExceeded, check_value

__all__ = [
    "MAX_SPEC_VALUES",
    "SpecTooLarge",
    "nesting_problem",
    "read_spec_text",
    "value_problems",
]

MAX_SPEC_VALUES: Final = 1_000_000
_STANDARD_TAG_PREFIX: Final = "tag:yaml.org,2002:"
_RESOURCE_SECTIONS: Final = (("images",), ("image_versions",))
_SURROGATE: Final = re.compile("[\ud800-\udfff]")
# What the nesting scan skips: an escaped double quote outside quotes, quoted text (a
# double-quoted one up to the first quote after no backslash, to the end if unclosed) and
# comments (from a `#` at a line start or after a blank to the line end).
_SKIPPED: Final = re.compile(
    r'\\"|"[^"]*+(?:(?<=\\)"[^"]*+)*+"?|\'[^\']*+\'?|(?:^|(?<=\s))#[^\n]*+', re.MULTILINE
)
_NOT_BRACKET: Final = re.compile(r"[^\[\]{}]+")

Where = tuple[str | int, ...]


class SpecTooLarge(ValueError):
    """The spec file is over `MAX_SPEC_BYTES`."""


def read_spec_text(path: Path) -> str:
    """The text of `path`, read up to the limit; SpecTooLarge beyond it (OSError and
    UnicodeDecodeError pass through)."""
    with open(path, "rb") as handle:
        data = handle.read(MAX_SPEC_BYTES + 1)
    if len(data) > MAX_SPEC_BYTES:
        raise SpecTooLarge(f"the spec is larger than the limit of {MAX_SPEC_BYTES:,} bytes")
    return data.decode("utf-8")


def nesting_problem(text: str) -> str:
    """Refuse flow nesting (`[[[...`) deeper than MAX_DEPTH before a parser meets it, since
    parsers slow down badly on it ("" when the text is within the limit). Quoted text and
    comments are skipped."""
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return ""
    depth = 0
    for bracket in _NOT_BRACKET.sub("", _SKIPPED.sub("", text)):
        if bracket in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return f"the spec nests deeper than the limit of {MAX_DEPTH} levels"
        else:
            depth = max(depth - 1, 0)
    return ""


def value_problems(root: Any) -> list[tuple[Where, str]]:
    """Every problem of a parsed spec document that must stop it before it is used."""
    try:
        check_value(root, max_values=MAX_SPEC_VALUES)
    except LimitExceeded as error:
        return [(error.where, str(error))]
    return list(_content_problems(root, ()))


def _content_problems(value: Any, where: Where) -> Iterator[tuple[Where, str]]:
    tag = getattr(getattr(value, "tag", None), "value", None)
    if isinstance(tag, str) and tag and not tag.startswith(_STANDARD_TAG_PREFIX):
        yield where, f"the YAML tag {tag} is not supported (imgver constructs no objects)"
    if isinstance(value, dt.date) and where[:1] in _RESOURCE_SECTIONS:
        # Dates are welcome elsewhere (a drift ignore's `until`); a property is text.
        yield where, "a YAML timestamp is not text: quote it if it is meant as a string"
    if isinstance(value, str):
        if _SURROGATE.search(value):
            yield (
                where,
                "the text holds a lone surrogate (\\ud800-\\udfff), which is not valid Unicode",
            )
    elif isinstance(value, dict):
        for name, item in value.items():
            if isinstance(name, str) and not _nothing_to_say(name):
                yield from _content_problems(name, (*where, name))
            if not _nothing_to_say(item):
                yield from _content_problems(item, (*where, str(name)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            if not _nothing_to_say(item):
                yield from _content_problems(item, (*where, index))


# Values of exactly these types carry no tag and are no date.
_PLAIN_SCALARS: Final = frozenset({bool, int, float, type(None)})


def _nothing_to_say(value: Any) -> bool:
    """Whether `value` is a scalar that cannot have a problem: ASCII text (no tag, no
    surrogate) or a plain bool, number or null. Saves a path per value."""
    kind = type(value)
    return (kind is str and value.isascii()) or kind in _PLAIN_SCALARS
