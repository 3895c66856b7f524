"""The fast path of spec parsing: the data `yamlnodes.load` gives, parsed in Rust, no lines.

Owns `load_plain(text)`: the document as plain dicts, lists and scalars, parsed by yaml-rs
(a Rust YAML 1.2 parser that builds the Python objects itself) where it is installed, or
None, and then the caller parses with `yamlnodes`, which also locates every line.

yaml-rs reads some plain scalars by other rules than yamlnodes (`0b11` and `+0x1F` are
integers there, `.nAn` a float), and takes some text libyaml refuses (`[:x]`, `{>}`, `- `
inside a flow mapping over lines), so its result is used only where it is provably what
yamlnodes gives; anything else answers None:
- the text: ASCII, printable but for line ends (no tab, no control character), none of
  `\\ ? & * ! | > % @` and backquote (escapes, complex keys, anchors, aliases, tags,
  block scalars, directives, reserved indicators), no `<<` (merge keys), no document
  marker at a line's start, no line starting with `MAX_PREFIX` spaces or block
  indicators (so yaml-rs never nests deep; the caller refuses deep flow nesting first,
  `limits.nesting_problem`), and a bracket only on a line that is one flow collection
  (at most three deep, of quoted text and plain words starting with no indicator),
  after an optional key and `- `;
- yaml-rs parses it, refusing duplicate keys, into a mapping;
- every value is a string, a bool, null, a mapping with string keys or a list, at most
  `MAX_DEPTH` deep and `MAX_SPEC_VALUES` in all. Numbers are where the two parsers
  differ, so they answer None; a bool or null comes only from a plain scalar both read
  alike (`true|True|TRUE|false|False|FALSE`, `null|Null|NULL|~` or nothing), and dates
  are left as text (`parse_datetime=False`);
- no string, key or value, is one yamlnodes would read as something else were it written
  plain (`yes` passes; `010`, `true` or `2026-01-01`, even quoted, do not).
So what it returns also has none of `limits.value_problems` (no alias, tag, date, integer
or non-ASCII text, within the depth and size limits), and the loader does not look again.

Must not: locate lines, word problems (yamlnodes does both), or know what a spec contains.
"""

from __future__ import annotations

import re
from typing import Any, Final

from planner.spec.limits import MAX_SPEC_VALUES
from planner.spec.yamlnodes import plain_scalar_rules
from state.limits import MAX_DEPTH

try:
    import yaml_rs
except ImportError:  # not installed: every spec goes through yamlnodes.
    yaml_rs = None  # type: ignore[assignment]

__all__ = ["MAX_PREFIX", "load_plain"]

# Indentation and block indicators before a line's content bound the block nesting.
MAX_PREFIX: Final = 128
# Characters where libyaml is stricter than yaml-rs or that start what is not plain data:
# escapes, complex keys, anchors, aliases, tags, block scalars, directives, reserved ones.
_REFUSED_CHARACTERS: Final = frozenset("\\?&*!|>%@`")
_REFUSED_ANYWHERE: Final = ("<<", "\n---", "\n...")
_DEEP_BLOCK: Final = re.compile(rf"\n[ :-]{{{MAX_PREFIX}}}")
# Flow collections (`[...]`, `{...}`) only on one line, nested at most three deep, of
# quoted text and plain words that start with none of YAML's indicators: the forms both
# parsers read alike. A line with a bracket anywhere else (a plain scalar, a comment, a
# flow collection over several lines) is refused.
_WORD_CHAR: Final = r"[A-Za-z0-9_.=+~^;$()/-]"
_WORD: Final = rf"[A-Za-z0-9_.=+~^;$()/](?:{_WORD_CHAR}|:(?=[A-Za-z0-9_.=+~^;$()/:-]))*"
_SCALAR: Final = rf"(?:'(?:[^'\n]|'')*'|\"[^\"\n]*\"|{_WORD}(?: +{_WORD})*)"


def _flow(inner: str) -> str:
    # Each item is followed by a comma or by the closing bracket, so an item appears once
    # in the pattern (a trailing comma allowed, two items with no comma between refused):
    # the pattern of three levels stays small enough to compile in a few milliseconds.
    item = rf"(?:{inner}|{_SCALAR})"
    entry = rf"{_SCALAR} *: +{item}"
    return (
        rf"(?:\[ *(?:{item} *(?:, *|(?=\])))*\]"
        rf"|\{{ *(?:{entry} *(?:, *|(?=\}})))*\}})"
    )


_FLOW: Final = _flow(_flow(_flow("(?!)")))
_FLOW_LINE: Final = re.compile(rf" *(?:- +)*(?:{_SCALAR} *: +)?{_FLOW} *(?: #[^\n]*)?")
_BRACKETED_LINE: Final = re.compile(r"^[^\[\]{}\n]*[\[\]{}][^\n]*", re.MULTILINE)
# The strings, each between NULs (no string holds one: control characters are refused),
# that yamlnodes would not read as strings if plain; a lookahead skips the others fast.
_RULES: Final = plain_scalar_rules()
_FIRST: Final = (
    ""  # a rule for any first character: no lookahead
    if None in _RULES
    else "(?=[\x00" + re.escape("".join(first or "" for first in _RULES)) + "])"
)
_NOT_TEXT: Final = re.compile(
    "\x00"
    + _FIRST
    + "(?:"
    + "|".join(
        dict.fromkeys(
            p.pattern.removeprefix("^").removesuffix("$") for ps in _RULES.values() for p in ps
        )
    )
    + ")(?=\x00)"
)


def load_plain(text: str) -> dict[str, Any] | None:
    """The spec document as plain data, where yaml-rs provably reads it as yamlnodes does."""
    if yaml_rs is None or not _plain_text(text):
        return None
    try:
        root = yaml_rs.loads(text, parse_datetime=False)
    except (ValueError, RecursionError):  # yaml_rs.YAMLDecodeError is a ValueError
        return None
    if type(root) is not dict:
        return None
    texts = _texts(root)
    if texts is None or _NOT_TEXT.search("\x00" + "\x00".join(texts) + "\x00"):
        return None
    return root


def _plain_text(text: str) -> bool:
    if not text.isascii() or not text.replace("\n", "").isprintable():
        return False
    if not _REFUSED_CHARACTERS.isdisjoint(text):
        return False
    lined = "\n" + text
    if any(mark in lined for mark in _REFUSED_ANYWHERE):
        return False
    if any(_FLOW_LINE.fullmatch(line.group()) is None for line in _BRACKETED_LINE.finditer(text)):
        return False
    return _DEEP_BLOCK.search(lined) is None


def _texts(root: dict[Any, Any]) -> list[str] | None:
    """Every key and string value in `root`; None if it holds anything but strings, bools,
    nulls, lists and mappings with string keys, nests deeper than MAX_DEPTH or holds more
    than MAX_SPEC_VALUES values."""
    texts: list[str] = []
    add = texts.append
    stack: list[tuple[Any, int]] = [(root, 1)]
    values_seen = 0
    while stack:
        container, depth = stack.pop()
        values_seen += 1 + len(container)
        if depth > MAX_DEPTH or values_seen > MAX_SPEC_VALUES:
            return None
        if type(container) is dict:
            for key in container:
                if type(key) is not str:
                    return None
                add(key)
            values = container.values()
        else:
            values = container
        for value in values:
            kind = type(value)
            if kind is str:
                add(value)
            elif kind is dict or kind is list:
                stack.append((value, depth + 1))
            elif kind is not bool and value is not None:
                return None
    return texts
