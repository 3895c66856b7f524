"""Pinning base images: each ECR `repo:tag` BaseImage of a spec rewritten to `repo@sha256:...`.

Owns `pinned_text` (the BaseImage as written, `${...}` references kept, with its tag
replaced by a digest; pure), `Pin` (one such rewrite) and `write_pins` (the spec file
rewritten with ruamel.yaml round-trip through `planner.spec.rewrite`'s helpers, so comments,
key order and each scalar's quoting stay as they were). A digest names an image for good
(ECR DescribeImages `imageDigest`; a tag moves with the next push). Must not: ask ECR
(the command resolves the tags), or change anything but the BaseImage values it is given.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from planner.spec.rewrite import _dump, _yaml
from state.files import replace_file

__all__ = ["Pin", "pinned_text", "write_pins", "written_base_images"]

SECTION = "image_versions"


@dataclass(frozen=True)
class Pin:
    """The BaseImage of `image_versions.<name>` rewritten from `before` to `after`."""

    name: str
    before: str
    after: str

    @property
    def address(self) -> str:
        return f"{SECTION}.{self.name}"


def pinned_text(written: str, digest: str) -> str | None:
    """`written` (a `REGISTRY/REPO[:TAG]` BaseImage as the spec writes it) pinned to
    `digest`; None when it is pinned already, or when where its tag is cannot be told
    (written as one `${...}`, or a last part that is a `${...}` with no `:TAG`)."""
    head, slash, tail = written.rpartition("/")
    if not slash or "@" in tail or (":" not in tail and "${" in tail):
        return None
    repository = tail.split(":", 1)[0]
    return f"{head}/{repository}@{digest}"


def written_base_images(path: Path) -> dict[str, str]:
    """Each `image_versions.<name>.BaseImage` as the file writes it (before `${...}`)."""
    document = _yaml().load(path.read_text(encoding="utf-8"))
    versions = document.get(SECTION) if isinstance(document, dict) else None
    if not isinstance(versions, dict):
        return {}
    return {
        str(name): str(entry["BaseImage"])
        for name, entry in versions.items()
        if isinstance(entry, dict) and isinstance(entry.get("BaseImage"), str)
    }


def write_pins(path: Path, pins: Sequence[Pin]) -> None:
    """Rewrite the spec at `path` with each pin's BaseImage, each in its old quoting."""
    yaml = _yaml()
    document: Any = yaml.load(path.read_text(encoding="utf-8"))
    for pin in pins:
        entry = document[SECTION][pin.name]
        old = entry["BaseImage"]
        entry["BaseImage"] = type(old)(pin.after) if type(old) is not str else pin.after
    replace_file(path, _dump(yaml, document).encode("utf-8"))
