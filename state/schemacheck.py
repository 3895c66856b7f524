"""A fast yes-or-don't-know check of a model against a resource schema, compiled once.

Owns `compile_check`: the JSON Schema (Draft 7) of a resource type turned into one plain
Python predicate that answers True only when jsonschema would find no error at all. It
knows the keywords the bundled schemas use (`$ref` to local definitions, `type`, `enum`,
`pattern`, `minLength`, `maxLength`, `minimum`, `maximum`, `minItems`, `maxItems`, `items`,
`properties`, `required`, `additionalProperties: false`), each with jsonschema's own
meaning (`re.search` for patterns, bools never integers, Draft 7 ignoring a `$ref`'s
siblings); a part of a schema using any other validation keyword answers False. False
means "ask jsonschema", which then reports the errors, so the messages never change.

Must not: produce error messages (jsonschema does), or answer True where jsonschema might
find an error: when unsure, False.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from typing import Any

Check = Callable[[Any], bool]

# Every keyword the Draft 7 validator of jsonschema acts on (`Draft7Validator.VALIDATORS`;
# a test keeps the two equal). Any other key of a schema is an annotation it ignores.
DRAFT7_KEYWORDS: frozenset[str] = frozenset(
    {
        "$ref",
        "additionalItems",
        "additionalProperties",
        "allOf",
        "anyOf",
        "const",
        "contains",
        "dependencies",
        "enum",
        "exclusiveMaximum",
        "exclusiveMinimum",
        "format",
        "if",
        "items",
        "maxItems",
        "maxLength",
        "maxProperties",
        "maximum",
        "minItems",
        "minLength",
        "minProperties",
        "minimum",
        "multipleOf",
        "not",
        "oneOf",
        "pattern",
        "patternProperties",
        "properties",
        "propertyNames",
        "required",
        "type",
        "uniqueItems",
    }
)


def _never(_instance: Any) -> bool:
    return False


def _always(_instance: Any) -> bool:
    return True


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


# jsonschema's type checks (jsonschema._types); "integer" answers False for floats such as
# 2.0, which jsonschema accepts: the slow path then decides.
_TYPES: dict[str, Check] = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": _is_number,
    "boolean": lambda v: isinstance(v, bool),
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "null": lambda v: v is None,
}


def compile_check(document: Mapping[str, Any]) -> Check:
    """The predicate of `document` (a whole resource schema with its `definitions`)."""
    return _Compiler(document).compile(document, depth=0)


class _Compiler:
    def __init__(self, root: Mapping[str, Any]) -> None:
        self.root = root

    def resolve(self, ref: Any) -> Mapping[str, Any] | None:
        if not isinstance(ref, str) or not ref.startswith("#/"):
            return None
        node: Any = self.root
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, Mapping) or part not in node:
                return None
            node = node[part]
        return node if isinstance(node, Mapping) else None

    def compile(self, schema: Any, depth: int) -> Check:
        if schema is True or (isinstance(schema, Mapping) and not schema):
            return _always
        if not isinstance(schema, Mapping) or depth > 32:
            return _never
        if "$ref" in schema:  # Draft 7: the siblings of a $ref are ignored
            target = self.resolve(schema["$ref"])
            return _never if target is None else self.compile(target, depth + 1)
        keywords = DRAFT7_KEYWORDS.intersection(schema)
        text = _text_check(schema, keywords)
        if text is not None:
            return text
        checks: list[Check] = []
        for keyword in sorted(keywords):
            check = self.keyword(keyword, schema, depth)
            if check is None:
                return _never
            checks.append(check)
        if not checks:
            return _always
        return _all_of(checks)

    def keyword(self, keyword: str, schema: Mapping[str, Any], depth: int) -> Check | None:
        value = schema[keyword]
        if keyword == "type":
            return _TYPES.get(value) if isinstance(value, str) else None
        if keyword == "enum":
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                return None
            members = frozenset(value)
            return lambda v: isinstance(v, str) and v in members
        if keyword == "pattern":
            if not isinstance(value, str):
                return None
            search = re.compile(value).search
            return lambda v: not isinstance(v, str) or search(v) is not None
        if keyword in ("minLength", "maxLength", "minItems", "maxItems"):
            return _length_check(keyword, value)
        if keyword in ("minimum", "maximum"):
            if not _is_number(value):
                return None
            if keyword == "minimum":
                return lambda v: not _is_number(v) or v >= value
            return lambda v: not _is_number(v) or v <= value
        if keyword == "items":
            return self.items(value, depth)
        if keyword == "properties":
            return self.properties(value, depth)
        if keyword == "required":
            if not isinstance(value, list):
                return None
            names = frozenset(value)
            return lambda v: not isinstance(v, dict) or names <= v.keys()
        if keyword == "additionalProperties":
            return self.additional(value, schema)
        return None

    def items(self, value: Any, depth: int) -> Check | None:
        if not isinstance(value, Mapping):
            return None  # a list of schemas (tuple validation): not compiled
        item = self.compile(value, depth + 1)
        return lambda v: not isinstance(v, list) or all(map(item, v))

    def properties(self, value: Any, depth: int) -> Check | None:
        if not isinstance(value, Mapping):
            return None
        compiled = {name: self.compile(sub, depth + 1) for name, sub in value.items()}

        def check(v: Any) -> bool:
            if not isinstance(v, dict):
                return True
            for name, item in v.items():
                sub = compiled.get(name) if isinstance(name, str) else None
                if sub is not None and not sub(item):
                    return False
            return True

        return check

    def additional(self, value: Any, schema: Mapping[str, Any]) -> Check | None:
        if value is not False or "patternProperties" in schema:
            return None
        allowed = schema.get("properties", {})
        if not isinstance(allowed, Mapping):
            return None
        names = frozenset(allowed)  # only strings: no key of another type is in it
        return lambda v: not isinstance(v, dict) or names.issuperset(v)


def _all_of(checks: list[Check]) -> Check:
    """What every one of `checks` passes, without a generator per value."""
    if len(checks) == 1:
        return checks[0]
    first, rest = checks[0], _all_of(checks[1:])
    return lambda value: first(value) and rest(value)


_TEXT_KEYWORDS: frozenset[str] = frozenset({"type", "pattern", "minLength", "maxLength"})


def _text_check(schema: Mapping[str, Any], keywords: frozenset[str]) -> Check | None:
    """`type: string` with any of pattern, minLength and maxLength (most properties) as one
    function, with the meaning of those checks together; None for any other schema."""
    if schema.get("type") != "string" or not keywords <= _TEXT_KEYWORDS:
        return None
    low, high, pattern = (schema.get(k) for k in ("minLength", "maxLength", "pattern"))
    if any(v is not None and (not isinstance(v, int) or isinstance(v, bool)) for v in (low, high)):
        return None
    if pattern is not None and not isinstance(pattern, str):
        return None
    shortest, longest = low or 0, high if high is not None else math.inf
    search = re.compile(pattern).search if pattern is not None else None
    if search is None:
        return lambda v: isinstance(v, str) and shortest <= len(v) <= longest
    return lambda v: isinstance(v, str) and shortest <= len(v) <= longest and search(v) is not None


def _length_check(keyword: str, limit: Any) -> Check | None:
    if not isinstance(limit, int) or isinstance(limit, bool):
        return None
    kind: type[str] | type[list[Any]] = str if keyword.endswith("Length") else list
    if keyword.startswith("min"):
        return lambda v: not isinstance(v, kind) or len(v) >= limit
    return lambda v: not isinstance(v, kind) or len(v) <= limit
