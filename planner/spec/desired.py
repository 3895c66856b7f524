"""The desired side as plain data: what a loaded spec declares.

Owns the typed values `planner.spec.loader` produces from a YAML/JSON file: settings, the
backend choice, each desired resource with its tool-level lifecycle block, the
drift-ignore rules, and the `moved:` / `removed:` blocks. Must not: read files or
validate (that is `planner.spec.loader` and `planner.spec.blocks`).
"""

from __future__ import annotations

import datetime as dt
import posixpath
from collections.abc import Callable
from dataclasses import dataclass, replace
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
    # An image version whose BaseImage tag has moved is replaced by one built from it.
    follow_tag: bool = False


@dataclass(frozen=True)
class Retention:
    """An image's `retention:` policy for its retired versions (tool-level, never sent).

    `keep`: how many retired versions stay, newest first; `archive_after` /
    `delete_after`: seconds after retirement to set VendorGuidance TO_BE_ARCHIVED / to
    delete. `text` keeps each setting as written, for the plan's reasons.
    """

    keep: int | None = None
    archive_after: int | None = None
    delete_after: int | None = None
    text: tuple[tuple[str, str], ...] = ()

    def written(self, key: str) -> str:
        return dict(self.text).get(key, "")


class _Line:
    """`DesiredResource.line`: given as an int, or as a function called on the first read
    (the loader's fast path locates a resource only when its line is asked for)."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.slot = f"_{name}_or_finder"

    def __get__(self, instance: Any, owner: type | None = None) -> int:
        if instance is None:
            return 0  # the dataclass field's default
        value = instance.__dict__[self.slot]
        if callable(value):
            value = value()
            instance.__dict__[self.slot] = value
        return int(value)

    def __set__(self, instance: Any, value: int | Callable[[], int]) -> None:
        instance.__dict__[self.slot] = value


@dataclass(frozen=True)
class DesiredResource:
    """One resource the spec declares, variables already substituted."""

    address: str
    type_name: str
    properties: dict[str, Any]
    lifecycle: Lifecycle = Lifecycle()
    file: str = ""
    line: _Line = _Line()
    retention: Retention | None = None  # images only
    # The tool-level `environments: [...]` it is limited to; () means every environment.
    environments: tuple[str, ...] = ()

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
    encrypt: bool = True  # S3: server-side encryption, SSE-S3 unless kms_key_id is set
    kms_key_id: str = ""
    endpoint_url: str = ""
    profile: str = ""
    role_arn: str = ""

    def for_environment(self, name: str) -> Backend:
        """The backend an environment without its own uses: this one, its state file or
        object named after the environment (`imgver.state.dev.json`, `dev/<key>`), so two
        environments never share a state."""
        if self.type == "s3":
            return replace(self, key=f"{name}/{self.key}")
        stem, suffix = posixpath.splitext(self.path)
        return replace(self, path=f"{stem}.{name}{suffix}")


@dataclass(frozen=True)
class Settings:
    """Where a run goes; with an environment chosen, that environment's values."""

    region: str | None = None
    profile: str | None = None
    backend: Backend = Backend()
    account: str | None = None  # the expected account ID, checked against STS
    role_arn: str | None = None
    external_id: str | None = None


@dataclass(frozen=True)
class Environment:
    """One entry of the spec's `environments:`: an account and region with its own state."""

    name: str
    region: str | None = None
    account: str | None = None
    profile: str | None = None
    role_arn: str | None = None
    external_id: str | None = None
    backend: Backend | None = None
    variables: tuple[tuple[str, str], ...] = ()


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
    # The environments the spec declares, and the one this Spec was loaded for ("": none).
    environments: tuple[str, ...] = ()
    environment: str = ""
