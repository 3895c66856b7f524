"""`moved:` blocks at plan time: the state and live readings as if every move were made.

Owns judging each `desired.MovedBlock` against the recorded state: a `from` that state
holds (and whose `to` it does not) moves, with its `#deposed` record if any; a `from`
state no longer holds is a move already made (or a resource never created), which is no
change; a `from` and `to` both recorded is refused, naming the block's file and line.
The plan is then built on the moved view, so a renamed address plans as no change; the
record itself moves when the apply runs the `<to>:move` step (`planner.plan.steps`).
Must not: do I/O, change the given state or readings (it returns copies), or decide
anything about properties (that is `planner.plan.diff`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from planner.errors import PlanError
from planner.plan.changes import DEPOSED_SUFFIX
from planner.spec.desired import MovedBlock
from state.recorded.model import State

__all__ = ["MovedView", "apply_moves"]


@dataclass(frozen=True)
class MovedView:
    """State and live readings with the moves made; `moves` maps each `to` that moves to
    the block moving it."""

    state: State
    live: dict[str, dict[str, Any] | None]
    moves: dict[str, MovedBlock]


def apply_moves(
    moved: Sequence[MovedBlock],
    state: State,
    live: Mapping[str, dict[str, Any] | None],
) -> MovedView:
    """The view of `state` and `live` after `moved`; PlanError when a block cannot move."""
    # The view moves records between addresses and changes none: the records are shared.
    view = dataclasses.replace(state, resources=dict(state.resources))
    readings = dict(live)
    moves: dict[str, MovedBlock] = {}
    for block in moved:
        source, target = block.from_address, block.to_address
        if source not in state.resources:
            continue
        if target in state.resources:
            raise PlanError(
                f"cannot move {source} to {target} ({block.where}): state records both",
                f"{target} already names {state.resources[target].identifier}; stop managing "
                f"one of them with `imgver state rm`, or drop the moved block",
            )
        for suffix in ("", DEPOSED_SUFFIX):
            if source + suffix in view.resources:
                view.resources[target + suffix] = view.resources.pop(source + suffix)
                if source + suffix in readings:
                    readings[target + suffix] = readings.pop(source + suffix)
        moves[target] = block
    return MovedView(state=view, live=readings, moves=moves)
