"""`imgver adopt --image NAME`: bring a live image and all its versions under management.

Owns reading the image and every live version of it (metadata, and aliases through
ListAliases), naming each an address (`<image>-<alias>` from its first usable alias,
else `<image>-v<Version>`), writing their spec entries (`planner.spec.rewrite`) and
recording them in state in one write under the lock the caller holds, so the next plan is
empty. Objects state already manages, and an image the spec already declares, are left
as they are. Must not: create, change or delete anything in the cloud.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from planner.errors import UsageError
from planner.plan.refresh import image_identifier
from planner.spec.desired import DesiredResource, address_of
from state.cloud.client import LiveCloud
from state.recorded.model import ResourceRecord, State
from state.schema import ALIASES, IMAGE, IMAGE_VERSION, load_schema

__all__ = ["Adoption", "plan_adoption", "record_adoption"]

_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


@dataclass
class Adoption:
    """What adopting one image adds: spec entries (section -> name -> properties) and the
    record of each new address."""

    entries: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    records: dict[str, ResourceRecord] = field(default_factory=dict)

    @property
    def addresses(self) -> list[str]:
        return sorted(self.records)


def plan_adoption(
    image_name: str,
    *,
    desired: Mapping[str, DesiredResource],
    state: State,
    cloud: LiveCloud,
) -> Adoption:
    """The entries and records adopting `image_name` adds; UsageError when it does not exist."""
    # A name is a secondary identifier: Cloud Control takes it only as JSON.
    image = cloud.read(IMAGE, image_identifier(image_name))
    if image is None:
        raise UsageError(
            f"cannot adopt image {image_name}: it does not exist",
            f"No AWS::SageMaker::Image named {image_name} exists in {cloud.region}.",
        )
    managed = {record.identifier for record in state.resources.values() if record.identifier}
    taken = set(desired) | set(state.resources)
    adoption = Adoption()
    declared = any(
        resource.type_name == IMAGE and resource.properties.get("ImageName") == image_name
        for resource in desired.values()
    )
    base = _name(image_name)
    if not declared and image.get("ImageArn") not in managed:
        _add(adoption, "images", _unique(base, "images", taken), IMAGE, image, cloud.region)
    for listed in sorted(
        cloud.list(IMAGE_VERSION, image_name=image_name), key=lambda item: item.identifier
    ):
        if listed.identifier in managed:
            continue
        model = cloud.read(IMAGE_VERSION, listed.identifier)
        if model is None:
            continue
        name = _unique(_version_name(base, model), "image_versions", taken)
        _add(adoption, "image_versions", name, IMAGE_VERSION, model, cloud.region)
    return adoption


def record_adoption(adoption: Adoption, state: State) -> None:
    """Add the adopted records to `state` (the caller writes it once); their addresses
    are new (`plan_adoption` names none that state holds)."""
    state.resources.update(adoption.records)


def _add(
    adoption: Adoption,
    section: str,
    name: str,
    type_name: str,
    model: Mapping[str, Any],
    region: str,
) -> None:
    schema = load_schema(type_name)
    properties: dict[str, Any] = {}
    for key in ("ImageName", *sorted(model)):
        value = model.get(key)
        if key in properties or key in schema.read_only or value in (None, [], {}):
            continue
        properties[key] = sorted(value) if key == ALIASES else value
    adoption.entries.setdefault(section, {})[name] = properties
    adoption.records[address_of(section, name)] = ResourceRecord(
        type=type_name,
        identifier=str(model.get(schema.primary_identifier)),
        region=region,
        properties=dict(properties),
    )


def _version_name(base: str, model: Mapping[str, Any]) -> str:
    for alias in sorted(model.get(ALIASES) or ()):
        safe = _UNSAFE.sub("-", str(alias)).strip("-_")
        if safe:
            return f"{base}-{safe}"
    return f"{base}-v{model.get('Version')}"


def _name(text: str) -> str:
    return _UNSAFE.sub("-", text).strip("-_") or "image"


def _unique(name: str, section: str, taken: set[str]) -> str:
    candidate, counter = name, 2
    while address_of(section, candidate) in taken:
        candidate, counter = f"{name}-{counter}", counter + 1
    taken.add(address_of(section, candidate))
    return candidate
