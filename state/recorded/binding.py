"""Where recorded state belongs: the one place a run is checked against its records.

Owns `Binding` (the region a run works in; the account will join it here) and the rules
that tie state records, saved plans and live reads to it: `check_state` refuses a run
whose binding differs from a record's, naming both, and `check_plan` does the same for a
saved plan; `rebind` is what `imgver state rebind` does, re-recording resources under
another binding once a person says they really live there. A record with no region (an
old document) binds nothing. Must not: read or write stores, talk to the cloud, or know
about plans beyond the binding they carry.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from state.errors import StateError
from state.recorded.model import State

__all__ = ["Binding", "BindingError", "check_plan", "check_state", "rebind"]


class BindingError(StateError):
    """A run in another region than its state records or saved plan."""


@dataclass(frozen=True)
class Binding:
    """What a run is bound to."""

    region: str

    def describe(self) -> str:
        return f"region {self.region}"


def check_state(state: State, binding: Binding) -> None:
    """Refuse `binding` when any record was made under another; nothing is read or changed."""
    others: dict[str, list[str]] = {}
    for address, record in sorted(state.resources.items()):
        if record.region and record.region != binding.region:
            others.setdefault(record.region, []).append(address)
    if not others:
        return
    recorded = ", ".join(
        f"{', '.join(addresses)} in region {region}" for region, addresses in sorted(others.items())
    )
    regions = sorted(others)
    raise BindingError(
        f"this run is in {binding.describe()}, but the state records {recorded}",
        f"run with --region {regions[0]} (or set settings.region), or, if the objects really "
        f"are in {binding.region} now, move the records with "
        f"`imgver state rebind --region {binding.region}`",
    )


def check_plan(plan_region: str, binding: Binding, *, source: str) -> None:
    """Refuse applying a saved plan made for another region than this run's."""
    if plan_region and plan_region != binding.region:
        raise BindingError(
            f"{source} was made for region {plan_region}, but this run is in {binding.describe()}",
            f"apply it with --region {plan_region}, or make a new plan in {binding.region}",
        )


def rebind(state: State, binding: Binding, addresses: Sequence[str] = ()) -> list[str]:
    """Record `addresses` (all when empty) under `binding`; the addresses changed, sorted.

    Raises StateError for an address the state does not hold.
    """
    unknown = sorted(set(addresses) - set(state.resources))
    if unknown:
        raise StateError(
            f"the state has no {', '.join(unknown)}",
            "list the recorded addresses with `imgver state list`",
        )
    chosen = sorted(addresses) if addresses else sorted(state.resources)
    changed = []
    for address in chosen:
        record = state.resources[address]
        if record.region != binding.region:
            record.region = binding.region
            changed.append(address)
    return changed
