"""Fast YAML parsing that keeps the line of every key and item, for spec problems.

Owns turning YAML text into plain dicts, lists and scalars whose containers remember where
each key and item started (`.lc.key(k)` / `.lc.item(i)`, 0-based line and column, the same
shape as ruamel.yaml's round-trip nodes). PyYAML composes the node tree in C (libyaml's
`CParser`) when available, else in pure Python; scalars are resolved with the YAML 1.2
core schema (so `yes`, `on` and `010` keep meaning what a YAML 1.2 reader says), plus
ISO dates, and `<<` merge keys. A duplicate key in one mapping is an error, as in YAML 1.2.

Must not: know what a spec contains (loader.py does), or write YAML.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

import yaml
from yaml import MarkedYAMLError as MarkedYAMLError
from yaml import YAMLError as YAMLError
from yaml.composer import Composer
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import BaseResolver
from yaml.scanner import Scanner

try:
    # libyaml's parser, which also composes nodes in C.
    from yaml._yaml import CParser
except ImportError:  # libyaml missing: PyYAML's pure-Python parser, same nodes, slower.
    CParser = None


class _PureParser(Reader, Scanner, Parser):
    def __init__(self, stream: str) -> None:
        Reader.__init__(self, stream)
        Scanner.__init__(self)
        Parser.__init__(self)


_TAG = "tag:yaml.org,2002:"


class _Resolver(BaseResolver):
    """YAML 1.2 core schema tags for plain scalars (PyYAML's own resolver is YAML 1.1)."""

    yaml_implicit_resolvers: dict[str | None, list[tuple[str, re.Pattern[str]]]] = {}


for _tag, _pattern, _first in (
    ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("int", r"^(?:[-+]?[0-9][0-9_]*|0o[0-7]+|0x[0-9a-fA-F]+)$", list("-+0123456789")),
    (
        "float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        list("-+.0123456789"),
    ),
    ("timestamp", r"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$", list("0123456789")),
    ("merge", r"^<<$", ["<"]),
):
    _Resolver.add_implicit_resolver(_TAG + _tag, re.compile(_pattern), _first)


def plain_scalar_rules() -> dict[str | None, list[re.Pattern[str]]]:
    """How a plain scalar is read: by its first character ("" for an empty one; None: any),
    the patterns of null, bool, int, float, date and merge key it may match. A plain
    scalar matching none of them is a string."""
    return {
        first: [pattern for _tag, pattern in resolvers]
        for first, resolvers in _Resolver.yaml_implicit_resolvers.items()
    }


class _PureComposer(_PureParser, Composer, _Resolver):
    def __init__(self, stream: str) -> None:
        _PureParser.__init__(self, stream)
        Composer.__init__(self)
        _Resolver.__init__(self)


if CParser is not None:

    class _CComposer(CParser, _Resolver):
        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            _Resolver.__init__(self)


def _composer(text: str, *, pure: bool = False) -> Any:
    """libyaml's composer with YAML 1.2 tags, else (or if `pure`) PyYAML's own."""
    if pure or CParser is None:
        return _PureComposer(text)
    return _CComposer(text)


class Lines:
    """Where each key (of a mapping) or item (of a list) started: 0-based (line, column)."""

    __slots__ = ("_marks",)

    def __init__(self) -> None:
        self._marks: dict[Any, tuple[int, int]] = {}

    def key(self, key: Any) -> tuple[int, int]:
        return self._marks[key]

    def item(self, index: int) -> tuple[int, int]:
        return self._marks[index]


class LineDict(dict[Any, Any]):
    """A mapping from YAML, with `lc` locating its keys."""

    lc: Lines


class LineList(list[Any]):
    """A sequence from YAML, with `lc` locating its items."""

    lc: Lines


class DuplicateKey(MarkedYAMLError):
    """The same key twice in one mapping."""


def load(text: str, *, pure: bool = False) -> Any:
    """The document in `text` as plain data (None if empty); YAMLError when malformed.

    `pure` uses PyYAML's pure-Python parser even where libyaml is installed, as it is
    used where libyaml is not.
    """
    composer = _composer(text, pure=pure)
    try:
        node = composer.get_single_node()
    finally:
        composer.dispose()
    return None if node is None else _Builder().build(node)


class _Builder:
    """Nodes to data; an alias (the same node again) is built once and shared."""

    def __init__(self) -> None:
        self._built: dict[int, Any] = {}

    def build(self, node: Node) -> Any:
        done = self._built.get(id(node))
        if done is not None:
            return done
        _check_tag(node)
        if isinstance(node, ScalarNode):
            return _scalar(node)
        if isinstance(node, SequenceNode):
            items = LineList()
            items.lc = Lines()
            self._built[id(node)] = items
            for index, child in enumerate(node.value):
                items.lc._marks[index] = (child.start_mark.line, child.start_mark.column)
                items.append(self.build(child))
            return items
        if isinstance(node, MappingNode):
            return self._mapping(node)
        raise yaml.constructor.ConstructorError(
            None, None, f"unexpected node {node.id}", node.start_mark
        )

    def _mapping(self, node: MappingNode) -> LineDict:
        mapping = LineDict()
        mapping.lc = Lines()
        self._built[id(node)] = mapping
        merged: list[LineDict] = []
        for key_node, value_node in node.value:
            if key_node.tag == _TAG + "merge":
                value = self.build(value_node)
                sources = value if isinstance(value, list) else [value]
                if not all(isinstance(source, LineDict) for source in sources):
                    raise yaml.constructor.ConstructorError(
                        "while constructing a mapping",
                        node.start_mark,
                        "a merge key (<<) takes a mapping or a list of mappings",
                        value_node.start_mark,
                    )
                merged.extend(sources)
                continue
            key = self.build(key_node)
            if isinstance(key, (dict, list)):
                raise yaml.constructor.ConstructorError(
                    "while constructing a mapping",
                    node.start_mark,
                    "found an unhashable key",
                    key_node.start_mark,
                )
            if key in mapping:
                raise DuplicateKey(
                    "while constructing a mapping",
                    node.start_mark,
                    f'found duplicate key "{key}"',
                    key_node.start_mark,
                )
            mapping.lc._marks[key] = (key_node.start_mark.line, key_node.start_mark.column)
            mapping[key] = self.build(value_node)
        # Merged keys come first in YAML's order of precedence: the mapping's own win,
        # then earlier sources over later ones.
        for source in merged:
            for key, value in source.items():
                if key not in mapping:
                    mapping.lc._marks[key] = source.lc.key(key)
                    mapping[key] = value
        return mapping


def _scalar(node: ScalarNode) -> Any:
    value: str = node.value
    tag = node.tag.removeprefix(_TAG)
    if tag == "null":
        return None
    if tag == "bool":
        return value.lower() == "true"
    if tag == "int":
        try:
            if value.startswith("0o"):
                return int(value[2:], 8)
            # ruamel.yaml, which earlier versions read specs with, allows 1_000.
            return int(value, 16) if value.startswith("0x") else int(value.replace("_", ""), 10)
        except ValueError:
            if len(value) > _MAX_INTEGER_DIGITS:
                raise yaml.constructor.ConstructorError(
                    None,
                    None,
                    f"an integer of {len(value)} digits is over the limit of "
                    f"{_MAX_INTEGER_DIGITS} digits",
                    node.start_mark,
                ) from None
            raise _bad(node, "an integer") from None
    if tag == "float":
        lowered = value.lower()
        if lowered.endswith(".inf"):
            return -math.inf if lowered.startswith("-") else math.inf
        if lowered == ".nan":
            return math.nan
        try:
            return float(value)
        except ValueError:
            raise _bad(node, "a number") from None
    if tag == "timestamp":
        try:
            return dt.date.fromisoformat(_padded_date(value))
        except ValueError:
            return value
    if tag in ("str", "merge"):
        return value
    if tag == "binary":
        raise _bad(node, "supported here (binary)")
    return value


# Python refuses to read longer integers from text (sys.get_int_max_str_digits).
_MAX_INTEGER_DIGITS = 4300
# The tags a spec may carry: YAML's own for maps, lists and scalars.
_KNOWN_TAGS = frozenset(
    _TAG + name
    for name in ("map", "seq", "str", "int", "float", "bool", "null", "timestamp", "merge")
)


def _check_tag(node: Node) -> None:
    """Refuse custom tags (`!foo`): a spec is plain data and no tag constructs anything."""
    if node.tag not in _KNOWN_TAGS and node.tag != _TAG + "binary":
        shown = node.tag.removeprefix(_TAG)
        raise yaml.constructor.ConstructorError(
            None, None, f"the YAML tag {shown} is not supported", node.start_mark
        )


def _padded_date(value: str) -> str:
    year, month, day = value.split("-")
    return f"{year}-{int(month):02d}-{int(day):02d}"


def _bad(node: ScalarNode, what: str) -> yaml.constructor.ConstructorError:
    return yaml.constructor.ConstructorError(
        None, None, f"{node.value!r} is not {what}", node.start_mark
    )
