"""Accepting drift: which live values `imgver drift --accept ADDR[.Property]` keeps.

Owns turning each request and a drift report into one `Acceptance` per property (the
live value, or its absence when live lacks the property), refusing a request that names
no difference, and bringing a record's last-applied properties to what was accepted.
Accepting an address accepts every difference it has; `ADDR.Property` only the
differences in that property. The aliases of a version are one set (`Alias` and
`Aliases`), accepted as the live set under `Aliases`: the spec's order for the aliases
it keeps, then the new ones sorted.

Must not: do I/O, write the spec (that is `planner.spec.rewrite`) or store state.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from planner.drift.compare import DifferenceType, DriftReport, DriftStatus, ResourceDrift
from planner.errors import UsageError
from planner.spec.desired import SECTIONS, DesiredResource, ignore_target
from state.recorded.model import State
from state.schema import ALIASES, IMAGE_VERSION

__all__ = ["Acceptance", "accept_into_state", "acceptances", "parse_accept"]

_ALIAS = "Alias"


@dataclass(frozen=True)
class Acceptance:
    """The live value of one property to keep; `removed` when live lacks the property."""

    address: str
    property: str
    value: Any
    removed: bool


def parse_accept(text: str) -> tuple[str, str | None]:
    """`(address, property)` of `--accept image_versions.ds.ReleaseNotes`; UsageError else."""
    target = ignore_target(text)
    if target is None or target[0].startswith("arn:"):
        sections = " or ".join(SECTIONS)
        raise UsageError(
            f"--accept {text.strip()!r} is not ADDRESS[.Property]",
            f"an address is <section>.<name> with section {sections}, e.g. "
            "image_versions.ds-2024-10.ReleaseNotes (an unmanaged version has no spec entry "
            "to accept into: `imgver import` or `imgver adopt` manages it)",
        )
    return target


def acceptances(
    report: DriftReport,
    requests: Sequence[str],
    live: Mapping[str, Mapping[str, Any] | None],
    desired: Mapping[str, DesiredResource],
) -> list[Acceptance]:
    """One Acceptance per property the `requests` name, in request order, each once.

    UsageError for an address the report does not hold, one without differences, or a
    property without one. `live` holds the live model of every recorded address.
    """
    by_address = {resource.address: resource for resource in report.resources if resource.address}
    found: dict[tuple[str, str], Acceptance] = {}
    for text in requests:
        address, property_name = parse_accept(text)
        resource = by_address.get(address)
        if resource is None:
            raise UsageError(
                f"--accept {text.strip()}: neither the spec nor state has {address}",
                "`imgver drift` lists the addresses it checks",
            )
        names = _differing(resource)
        if not names:
            raise UsageError(
                f"--accept {text.strip()}: {address} has no difference to accept "
                f"({resource.status.value})",
                resource.note or "its live object matches the spec and state",
            )
        if property_name is not None:
            property_name = _property(resource.type_name, property_name)
            if property_name not in names:
                raise UsageError(
                    f"--accept {text.strip()}: {address} has no difference in {property_name}",
                    f"its differences are in: {', '.join(names)}",
                )
            names = [property_name]
        model = live.get(address) or {}
        spec = desired.get(address)
        for name in names:
            value = _live_value(resource.type_name, name, model, spec)
            found.setdefault(
                (address, name), Acceptance(address, name, value, removed=value is None)
            )
    return list(found.values())


def accept_into_state(state: State, accepted: Sequence[Acceptance]) -> None:
    """Record each accepted live value as last applied, so drift no longer reports it."""
    for acceptance in accepted:
        properties = state.resources[acceptance.address].properties
        if acceptance.property == ALIASES:
            properties.pop(_ALIAS, None)
        if acceptance.removed:
            properties.pop(acceptance.property, None)
        else:
            properties[acceptance.property] = acceptance.value


def _differing(resource: ResourceDrift) -> list[str]:
    """The top-level properties with a difference, in report order, each once. A moved tag
    (STALE_BASE_IMAGE) has no live value to keep: `lifecycle.follow_tag` or `imgver pin`
    answer it."""
    if resource.status is not DriftStatus.MODIFIED:
        return []
    return list(
        dict.fromkeys(
            difference.property_name
            for difference in resource.differences
            if difference.type is not DifferenceType.STALE_BASE_IMAGE
        )
    )


def _property(type_name: str, name: str) -> str:
    # A version's `Alias` and `Aliases` are one set in a drift comparison.
    return ALIASES if type_name == IMAGE_VERSION and name == _ALIAS else name


def _live_value(
    type_name: str, name: str, model: Mapping[str, Any], spec: DesiredResource | None
) -> Any:
    if type_name == IMAGE_VERSION and name == ALIASES:
        aliases = set(model.get(ALIASES) or [])
        if model.get(_ALIAS):
            aliases.add(model[_ALIAS])
        written = spec.properties if spec else {}
        ordered = [*(written.get(ALIASES) or []), *([written[_ALIAS]] if _ALIAS in written else [])]
        kept = [alias for alias in dict.fromkeys(ordered) if alias in aliases]
        value = kept + sorted(aliases - set(kept))
        return value or None  # no alias left: the property is gone
    return model.get(name)
