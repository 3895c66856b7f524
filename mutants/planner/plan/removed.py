"""`removed:` blocks at plan time: forgetting a resource the spec no longer declares.

Owns what a `desired.RemovedBlock` does to the change of its address: with
`destroy: false` a planned delete becomes a forget (the object stays live, its record is
dropped); with `destroy: true` it stays the ordinary delete. Either way the change names
the block's file and line. A `from` that state no longer holds is a removal already
made, which is no change. Must not: do I/O, or touch a change a block does not name.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from planner.plan.changes import Action, ResourceChange
from planner.spec.desired import RemovedBlock

__all__ = ["apply_removed"]


def apply_removed(
    removed: Sequence[RemovedBlock], changes: dict[str, ResourceChange]
) -> dict[str, ResourceChange]:
    """`changes` with each removed address's change decided by its block."""
    result = dict(changes)
    for block in removed:
        change = result.get(block.from_address)
        if change is None:
            continue
        if change.action is Action.REMOVE_RECORD:
            reason = f"removed block at {block.where}; already gone from the cloud"
            result[block.from_address] = dataclasses.replace(change, reasons=[reason])
        elif block.destroy:
            reason = f"removed block at {block.where} with destroy: true"
            result[block.from_address] = dataclasses.replace(change, reasons=[reason])
        else:
            reason = f"removed block at {block.where} with destroy: false: it stays in the cloud"
            result[block.from_address] = dataclasses.replace(
                change, action=Action.FORGET, after=None, patch=[], reasons=[reason]
            )
    return result
