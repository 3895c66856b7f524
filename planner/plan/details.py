"""The detail lines shown under a nested property that changes: what changed inside it,
not two whole values.

Owns `property_details` (the lines, computed with deepdiff) and how a value is written in
them (inline, as the spec writes it). `planner.plan.diff` and `planner.plan.steps` import it
only when a property changes, so a plan with no change does not load deepdiff.

Must not: do I/O, or decide whether a property changed (`planner.plan.diff` does).
"""

from __future__ import annotations

import json
import re
from typing import Any, Final

from deepdiff import DeepDiff
from deepdiff.helper import CannotCompare, notpresent
from deepdiff.model import DiffLevel

from state.schema import UNORDERED_PROPERTIES

__all__ = ["property_details"]


def property_details(name: str, before: Any, after: Any) -> tuple[str, ...]:
    """What changed inside the nested value of property `name`, one line per difference.

    `~ <where>: <old> -> <new>`, `+ <where>: <value>` or `- <where>: <value>`, where
    `<where>` starts at the property (`Config.Sizes[1]`). Items of an unordered list
    (`UNORDERED_PROPERTIES`) are matched regardless of position, tags by their Key: a tag
    whose value changes is `~ Tags[Key=cost].Value: "42" -> "43"`, one added or removed
    is shown whole (`+ Tags: {Key: owner, Value: ml}`), and a plain item is shown alone
    (`- "beta"`).
    Objects are written as in the spec (`{Key: owner, Value: ml}`), other values as JSON.
    Changes come first, then additions, then removals, each group sorted. Empty unless
    both values are lists or objects: a scalar's `old -> new` already says everything.
    """
    if not (isinstance(before, list | dict) and isinstance(after, list | dict)):
        return ()
    unordered = (
        name in UNORDERED_PROPERTIES and isinstance(before, list) and isinstance(after, list)
    )
    tree = DeepDiff(
        before,
        after,
        ignore_order=unordered,
        iterable_compare_func=_paired_by_key if unordered else None,
        # Always pair the items of an unordered list (tags by Key): by default deepdiff
        # stops pairing when most items differ and reports them position by position.
        cutoff_intersection_for_pairs=1,
        cutoff_distance_for_pairs=1,
        verbose_level=2,
        view="tree",
    )
    lines: set[tuple[int, str]] = set()
    for levels in tree.values():
        for level in levels:
            lines.update(_detail_lines(name, level, unordered=unordered))
    return tuple(text for _, text in sorted(lines))


# A string YAML reads back as the same string when written bare: words, with single
# spaces between them, that are not one of YAML's booleans or nulls.
_PLAIN: Final = re.compile(r"[A-Za-z_][\w.@/-]*(?: [\w.@/-]+)*")
_YAML_WORDS: Final = frozenset({"true", "false", "yes", "no", "on", "off", "y", "n", "null"})


def _paired_by_key(left: Any, right: Any, level: DiffLevel | None = None) -> bool:
    """Pairs list items for deepdiff: tags are one per Key, so a tag whose value changes
    is the same tag changed, not one removed and another added."""
    if _is_tag(left) and _is_tag(right):
        return bool(left["Key"] == right["Key"])
    raise CannotCompare()


def _is_tag(value: Any) -> bool:
    return isinstance(value, dict) and "Key" in value


def _detail_lines(name: str, level: DiffLevel, *, unordered: bool) -> list[tuple[int, str]]:
    """The lines for one difference deepdiff reported (a tree-view level)."""
    old, new = level.t1, level.t2
    path = level.path(output_format="list")
    if not unordered:
        return _lines(name + _where(path), old, new)
    chain = [level]
    while chain[-1].up is not None:
        chain.append(chain[-1].up)
    item = chain[-2]  # the list item the difference is in (the root is chain[-1])
    if (
        len(chain) > 2
        and _is_tag(item.t1)
        and _is_tag(item.t2)
        and item.t1["Key"] == item.t2["Key"]
    ):
        return _lines(f"{name}[Key={_segment(item.t1['Key'])}]{_where(path[1:])}", old, new)
    # The item as a whole was added or removed, or replaced by a different one.
    lines = []
    if item.t2 is not notpresent:
        lines.append((1, f"+ {_item(name, item.t2)}"))
    if item.t1 is not notpresent:
        lines.append((2, f"- {_item(name, item.t1)}"))
    return lines


def _item(name: str, value: Any) -> str:
    """An unordered list's item shown whole: an object after the property's name, a plain
    value alone (`"stable"`, as a set of aliases reads)."""
    return f"{name}: {_shown(value)}" if isinstance(value, dict | list) else _shown(value)


def _lines(where: str, old: Any, new: Any) -> list[tuple[int, str]]:
    """A line with its rank among detail lines: changes (0), additions (1), removals (2)."""
    if old is notpresent:
        return [(1, f"+ {where}: {_shown(new)}")]
    if new is notpresent:
        return [(2, f"- {where}: {_shown(old)}")]
    return [(0, f"~ {where}: {_shown(old)} -> {_shown(new)}")]


def _where(path: list[Any]) -> str:
    """A path inside a value: `.Key` for an object's key, `[1]` for a list position."""
    text = ""
    for key in path:
        if isinstance(key, int):
            text += f"[{key}]"
        elif _is_plain(key) and " " not in key:
            text += f".{key}"
        else:
            text += f"[{json.dumps(key, ensure_ascii=False)}]"
    return text


def _segment(value: Any) -> str:
    """A tag's Key inside a path: bare when it is one plain word."""
    if isinstance(value, str) and _is_plain(value) and " " not in value:
        return value
    return json.dumps(value, ensure_ascii=False)


def _shown(value: Any) -> str:
    """A value in a detail line: objects and lists as the spec writes them inline, the
    rest as JSON (as the property lines show values)."""
    if isinstance(value, dict | list):
        return _flow(value)
    return json.dumps(value, ensure_ascii=False)


def _flow(value: Any) -> str:
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_flow(key)}: {_flow(item)}" for key, item in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_flow(item) for item in value) + "]"
    if isinstance(value, str) and _is_plain(value):
        return value
    return json.dumps(value, ensure_ascii=False)


def _is_plain(text: str) -> bool:
    return bool(_PLAIN.fullmatch(text)) and text.lower() not in _YAML_WORDS
