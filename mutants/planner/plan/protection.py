"""`lifecycle.prevent_destroy` as state remembers it, so removing a block cannot bypass it.

Owns which records must change the `prevent_destroy` they carry after an apply of the spec
(`protection_updates`) and the refusal of a plan that destroys a record state marks as
protected while the spec no longer declares it (`recorded_protection_problems`). The spec
decides when it declares the address (so `prevent_destroy: false` in a restored block
lifts the protection); state decides when it does not. Must not: do I/O, read the clock,
or write state (the CLI stores what `protection_updates` returns).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from planner.plan.changes import DEPOSED_SUFFIX, Action, ResourceChange
from planner.spec.desired import DesiredResource
from state.recorded.model import State

__all__ = ["protection_updates", "recorded_protection_problems"]


def protection_updates(
    desired: Mapping[str, DesiredResource], state: State, addresses: Iterable[str]
) -> dict[str, bool]:
    """The records among `addresses` whose recorded prevent_destroy differs from the spec's."""
    updates = {}
    for address in addresses:
        record = state.resources.get(address)
        resource = desired.get(address)
        if record is None or resource is None:
            continue
        if record.prevent_destroy != resource.lifecycle.prevent_destroy:
            updates[address] = resource.lifecycle.prevent_destroy
    return updates


def recorded_protection_problems(
    changes: Iterable[ResourceChange], desired: Mapping[str, DesiredResource], state: State
) -> list[tuple[str, str]]:
    """(address, explanation) for each change that deletes a record state marks protected
    and the spec does not declare. A deposed object is the old half of a replacement the
    plan that made it allowed, so its delete is never refused here."""
    problems = []
    for change in changes:
        if change.action is not Action.DELETE or change.address in desired:
            continue
        if change.address.endswith(DEPOSED_SUFFIX):
            continue
        record = state.resources.get(change.address)
        if record is None or not record.prevent_destroy:
            continue
        problems.append(
            (
                change.address,
                f"{change.address}: state records lifecycle.prevent_destroy: true for it and "
                f"the spec no longer declares it, so the plan would destroy it "
                f"({'; '.join(change.reasons) or 'requested'}). To proceed, restore its "
                "block with prevent_destroy: false and apply, or stop managing it (the "
                f"object stays) with `imgver state rm {change.address}`.",
            )
        )
    return problems
