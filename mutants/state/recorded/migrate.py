"""Copying a state into another store as it is: what `imgver state migrate` writes.

Owns the rules of a migration's copy: the document keeps its lineage and serial (saved
plans made against it stay valid), a target holding another lineage or a newer serial of
the same lineage is refused with both named, and a target that already holds the same
document is left alone. Must not: take locks (the caller holds the target's lock around
`copy_state`), read the source or decide which stores are involved.
"""

from __future__ import annotations

from dataclasses import dataclass

from state.errors import StateError
from state.recorded.document import StateStore, stored_for_push
from state.recorded.model import State


@dataclass(frozen=True)
class Copied:
    """What a migration did: `written` False when the target already held the document."""

    written: bool
    replaced_serial: int | None = None  # the older serial of the same lineage overwritten


def copy_state(state: State, target: StateStore, *, source: str) -> Copied:
    """Store `state` in `target` with lineage and serial unchanged, or refuse.

    The caller holds `target`'s lock. A damaged or newer-format document in the target is
    refused (the StateError of reading it), as are another lineage, a newer serial of the
    same lineage, and the same serial with other contents.
    """
    if not state.lineage:
        raise StateError(
            f"{source} has no lineage: it was never written",
            "There is nothing to migrate; the configured backend starts its own state on the "
            "first apply.",
        )
    stored = stored_for_push(target.pull() or None, force=False, source=target.description)
    if stored is None:
        target.store_as_is(state)
        return Copied(written=True)
    if stored.lineage != state.lineage:
        raise StateError(
            f"{target.description} holds another state (lineage {stored.lineage}) than "
            f"{source} (lineage {state.lineage})",
            "Nothing was written. The two record different histories; migrating would lose "
            f"the one in {target.description}. Point the backend at an empty location, or "
            "remove that state first if it is really not needed.",
        )
    if stored.serial > state.serial:
        raise StateError(
            f"{target.description} holds a newer serial of this state ({stored.serial}) than "
            f"{source} ({state.serial})",
            f"Nothing was written (lineage {state.lineage}). Runs have already used the "
            f"backend since this copy was made; {source} is out of date.",
        )
    if stored.serial == state.serial:
        if stored.to_document() == state.to_document():
            return Copied(written=False)
        raise StateError(
            f"{target.description} and {source} hold different states with the same "
            f"lineage and serial ({state.lineage}, serial {state.serial})",
            "Nothing was written. One of them was edited by hand; compare them "
            "(imgver state pull) and push the right one with `imgver state push`.",
        )
    target.store_as_is(state)
    return Copied(written=True, replaced_serial=stored.serial)
