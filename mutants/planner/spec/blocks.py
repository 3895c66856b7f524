"""The spec's `moved:` and `removed:` sections: parsing and the checks the spec alone allows.

Owns turning the parsed lists into `desired.MovedBlock` / `desired.RemovedBlock` and
refusing, with file and line, what can never be right whatever the state holds: a
malformed address, a move across sections, a move whose `to` the spec does not declare
or whose `from` it still declares, chains (A -> B, B -> C), two moves from or to one
address, a removed address the spec still declares or that a move names too.
Must not: read state or the cloud (a `from` missing from state is judged at plan time by
`planner.plan.moves`), or parse YAML (the loader hands in the parsed nodes).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from planner.spec.desired import SECTIONS, DesiredResource, MovedBlock, RemovedBlock

__all__ = ["BLOCK_SECTIONS", "parse_moved", "parse_removed"]

BLOCK_SECTIONS = ("moved", "removed")
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
_MOVED_KEYS = ("from", "to")
_REMOVED_KEYS = ("from", "destroy")

Problem = Callable[[tuple[str | int, ...], str], None]
LineOf = Callable[[tuple[str | int, ...]], int]


def parse_moved(
    raw: Any,
    resources: Mapping[str, DesiredResource],
    *,
    file: str,
    problem: Problem,
    line_of: LineOf,
) -> tuple[MovedBlock, ...]:
    """The `moved:` list as blocks; every problem reported through `problem`."""
    entries = _entries(raw, "moved", "{from: ADDR, to: ADDR}", problem)
    blocks: list[tuple[int, MovedBlock]] = []
    for index, entry in entries:
        path = ("moved", index)
        if not _keys(entry, path, _MOVED_KEYS, problem):
            continue
        source = _address(entry.get("from"), (*path, "from"), problem)
        target = _address(entry.get("to"), (*path, "to"), problem)
        if source is None or target is None:
            continue
        if source == target:
            problem((*path, "to"), "a move must name a different address than its `from`")
            continue
        if source.split(".")[0] != target.split(".")[0]:
            problem((*path, "to"), f"{target} is in another section than {source}")
            continue
        blocks.append((index, MovedBlock(source, target, file=file, line=line_of(path))))
    froms: dict[str, MovedBlock] = {}
    tos: dict[str, MovedBlock] = {}
    for index, block in blocks:
        path = ("moved", index)
        if block.from_address in froms:
            first = froms[block.from_address]
            problem(
                (*path, "from"),
                f"{block.from_address} is already moved to {first.to_address} at {first.where}",
            )
        if block.to_address in tos:
            first = tos[block.to_address]
            problem(
                (*path, "to"),
                f"{first.from_address} already moves to {block.to_address} at {first.where}",
            )
        froms.setdefault(block.from_address, block)
        tos.setdefault(block.to_address, block)
    for index, block in blocks:
        path = ("moved", index)
        if block.to_address in froms:
            onward = froms[block.to_address]
            problem(
                (*path, "to"),
                f"moves chain: {block.to_address} moves on to {onward.to_address} at "
                f"{onward.where}; write one move from {block.from_address} to "
                f"{onward.to_address}",
            )
            continue
        if block.to_address not in resources:
            problem((*path, "to"), f"unknown address: the spec does not declare {block.to_address}")
        if block.from_address in resources and block.from_address not in tos:
            problem(
                (*path, "from"),
                f"{block.from_address} is still declared in the spec: a move leaves it behind",
            )
    return tuple(block for _, block in blocks)


def parse_removed(
    raw: Any,
    resources: Mapping[str, DesiredResource],
    moved: tuple[MovedBlock, ...],
    *,
    file: str,
    problem: Problem,
    line_of: LineOf,
) -> tuple[RemovedBlock, ...]:
    """The `removed:` list as blocks; every problem reported through `problem`."""
    moved_names = {b.from_address: b for b in moved} | {b.to_address: b for b in moved}
    seen: dict[str, RemovedBlock] = {}
    blocks: list[RemovedBlock] = []
    for index, entry in _entries(raw, "removed", "{from: ADDR, destroy: false}", problem):
        path = ("removed", index)
        if not _keys(entry, path, _REMOVED_KEYS, problem):
            continue
        source = _address(entry.get("from"), (*path, "from"), problem)
        destroy = entry.get("destroy")
        if not isinstance(destroy, bool):
            problem(
                (*path, "destroy"),
                "say `destroy: false` (forget it, keep it live) or `destroy: true` (delete it)",
            )
            continue
        if source is None:
            continue
        block = RemovedBlock(source, destroy, file=file, line=line_of(path))
        if source in resources:
            problem((*path, "from"), f"{source} is still declared in the spec: remove it first")
        elif source in moved_names:
            where = moved_names[source].where
            problem((*path, "from"), f"{source} is also named by the move at {where}")
        elif source in seen:
            problem((*path, "from"), f"{source} is already removed at {seen[source].where}")
        else:
            seen[source] = block
            blocks.append(block)
    return tuple(blocks)


def _entries(
    raw: Any, section: str, shape: str, problem: Problem
) -> list[tuple[int, Mapping[str, Any]]]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        problem((section,), f"must be a list of {shape}")
        return []
    entries: list[tuple[int, Mapping[str, Any]]] = []
    for index, entry in enumerate(raw):
        if not isinstance(entry, dict):
            problem((section, index), f"must be a mapping {shape}")
            continue
        entries.append((index, entry))
    return entries


def _keys(
    entry: Mapping[str, Any],
    path: tuple[str | int, ...],
    allowed: tuple[str, ...],
    problem: Problem,
) -> bool:
    unknown = [key for key in entry if key not in allowed]
    for key in unknown:
        problem((*path, str(key)), f"unknown key (expected {list(allowed)})")
    missing = [key for key in allowed if key not in entry]
    for key in missing:
        problem((*path,), f"`{key}` is required")
    return not unknown and not missing


def _address(value: Any, path: tuple[str | int, ...], problem: Problem) -> str | None:
    parts = value.split(".") if isinstance(value, str) else []
    if len(parts) != 2 or parts[0] not in SECTIONS or not _NAME.match(parts[1]):
        problem(path, f"{value!r} is not an address such as image_versions.NAME or images.NAME")
        return None
    return str(value)
