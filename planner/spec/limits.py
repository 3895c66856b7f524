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
# What the nesting scan looks at: brackets, quotes (an escaped double quote as one token),
# comment starts (at a line start or after a blank) and line ends.
_FLOW_TOKEN: Final = re.compile(r'\\"|[\[\]{}"\'\n]|(?:^|(?<=\s))#', re.MULTILINE)

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
    depth = 0
    quote = ""
    for match in _FLOW_TOKEN.finditer(text):
        token = match.group()
        if quote:  # inside a quoted text or a comment, until its end
            if token == ("\n" if quote == "#" else quote):
                quote = ""
            continue
        if token in ('"', "'", "#"):
            quote = token
        elif token in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return f"the spec nests deeper than the limit of {MAX_DEPTH} levels"
        elif token in "]}":
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
            if isinstance(name, str):
                yield from _content_problems(name, (*where, name))
            yield from _content_problems(item, (*where, str(name)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _content_problems(item, (*where, index))
