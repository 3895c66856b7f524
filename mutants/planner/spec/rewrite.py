"""Edits to a spec file that keep everything else as written (ruamel.yaml round-trip).

Owns changing a spec file in place: adding resource entries under their section, setting
one property of an entry, appending a `drift.ignore` rule. Comments, key order, quoting
and the rest of the file stay as they were; the new text is written atomically through
`state.files`. Must not: validate the result (the next load does), decide what to write,
or touch state or the cloud.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from state.files import replace_file

__all__ = ["add_entries", "render_entries"]


def _yaml() -> Any:
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096
    return yaml


def _dump(yaml: Any, document: Any) -> str:
    buffer = io.StringIO()
    yaml.dump(document, buffer)
    return buffer.getvalue()


def render_entries(entries: Mapping[str, Mapping[str, Mapping[str, Any]]]) -> str:
    """`entries` (section -> name -> properties) as the YAML they would add."""
    return _dump(_yaml(), _plain(entries))


def add_entries(path: Path, entries: Mapping[str, Mapping[str, Mapping[str, Any]]]) -> None:
    """Add `entries` (section -> name -> properties) to the spec at `path` (created when
    missing), each section's new entries after its existing ones."""
    from ruamel.yaml.comments import CommentedMap

    yaml = _yaml()
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    document = yaml.load(text) if text.strip() else None
    if document is None:
        document = CommentedMap()
    for section, named in entries.items():
        if document.get(section) is None:
            document[section] = CommentedMap()
        for name, properties in named.items():
            document[section][name] = _plain(properties)
    replace_file(path, _dump(yaml, document).encode("utf-8"))


def _plain(value: Any) -> Any:
    """Mappings as ordered CommentedMaps (so ruamel writes them in block style)."""
    from ruamel.yaml.comments import CommentedMap

    if isinstance(value, Mapping):
        return CommentedMap((str(key), _plain(item)) for key, item in value.items())
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value
