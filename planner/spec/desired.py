"""The desired side as plain data: what a loaded spec declares.

Owns the typed values `planner.spec.loader` produces from a YAML/JSON file: settings, the
backend choice, each desired resource with its tool-level lifecycle block, the
drift-ignore rules, and the `moved:` / `removed:` blocks. Must not: read files or
validate (that is `planner.spec.loader` and `planner.spec.blocks`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

from state.schema import IMAGE, IMAGE_VERSION

# spec section -> Cloud Control type name, in the order creates must happen.
SECTIONS: dict[str, str] = {"images": IMAGE, "image_versions": IMAGE_VERSION}


def section_of(address: str) -> str:
    """The spec section an address names: `image_versions` of `image_versions.ds`."""
    return address.split(".", 1)[0]


def ignore_target(text: str) -> tuple[str, str | None] | None:
    """`(address, property)` a drift ignore names: `<section>.<name>[.<Property>]`, or an
    unmanaged version's ARN (property None); None when `text` is neither."""
    text = text.strip()
    if text.startswith("arn:"):
        return text, None
    parts = text.split(".", 2)
    if len(parts) < 2 or parts[0] not in SECTIONS or not all(parts):
        return None
    return f"{parts[0]}.{parts[1]}", parts[2] if len(parts) == 3 else None


def address_of(section: str, name: str) -> str:
    """A resource's address, `<section>.<name>`."""
    return f"{section}.{name}"


@dataclass(frozen=True)
class Lifecycle:
    """Tool-level behaviour of one resource; never sent to AWS."""

    prevent_destroy: bool = False
    ignore_changes: tuple[str, ...] = ()
    on_replace: Literal["delete", "retain"] = "delete"


@dataclass(frozen=True)
class DesiredResource:
    """One resource the spec declares, variables already substituted."""

    address: str
    type_name: str
    properties: dict[str, Any]
    lifecycle: Lifecycle = Lifecycle()
    file: str = ""
    line: int = 0

    @property
    def section(self) -> str:
        return section_of(self.address)

    @property
    def name(self) -> str:
        return self.address.split(".", 1)[1]


@dataclass(frozen=True)
class Backend:
    """Where state lives: a local file (`path`) or an S3 object (`bucket`, `key`, `region`)."""

    type: Literal["local", "s3"] = "local"
    path: str = "imgver.state.json"
    bucket: str = ""
    key: str = ""
    region: str = ""


@dataclass(frozen=True)
class Settings:
    region: str | None = None
    profile: str | None = None
    backend: Backend = Backend()


@dataclass(frozen=True)
class DriftIgnore:
    """A drift difference to report as ignored: a whole address or one property of it."""

    address: str
    property: str | None = None
    reason: str = ""
    until: dt.date | None = None

    def applies(self, today: dt.date) -> bool:
        """Whether the rule still hides differences on `today` (`until` is inclusive)."""
        return self.until is None or today <= self.until


@dataclass(frozen=True)
class MovedBlock:
    """`moved: [{from, to}]`: the object recorded at `from` is now managed as `to`."""

    from_address: str
    to_address: str
    file: str = ""
    line: int = 0

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True)
class RemovedBlock:
    """`removed: [{from, destroy}]`: `from` leaves the spec; with `destroy` false the object
    stays live and only its record is dropped, with `destroy` true it is deleted."""

    from_address: str
    destroy: bool
    file: str = ""
    line: int = 0

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True)
class Spec:
    """A loaded, validated spec. `spec_hash` is the SHA-256 of the resolved content."""

    file: str
    settings: Settings
    variables: dict[str, str]
    resources: dict[str, DesiredResource]
    drift_ignores: tuple[DriftIgnore, ...] = ()
    spec_hash: str = ""
    moved: tuple[MovedBlock, ...] = ()
    removed: tuple[RemovedBlock, ...] = ()
