"""Edits to a spec file that keep everything else as written (ruamel.yaml round-trip).

Owns changing a spec file in place: adding resource entries under their section, setting
one property of an entry, appending a `drift.ignore` rule. Comments, key order, quoting
and the rest of the file stay as they were; the new text is written atomically through
`state.files`. Must not: validate the result (the next load does), decide what to write,
or touch state or the cloud.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from planner.errors import UsageError
from planner.spec.desired import DriftIgnore
from state.files import replace_file

__all__ = [
    "PropertyEdit",
    "add_entries",
    "add_ignores",
    "render_entries",
    "set_properties",
    "set_property",
]

# A value written as `${var.name}` (or `${env.NAME}`) depends on more than the file.
_VARIABLE = "${"


@dataclass(frozen=True)
class PropertyEdit:
    """Set `property` of the entry `<section>.<name>` to `value`, or delete it (`remove`)."""

    section: str
    name: str
    property: str
    value: Any = None
    remove: bool = False


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


def set_property(path: Path, section: str, name: str, property_name: str, value: Any) -> None:
    """Set one property of `<section>.<name>` in the spec at `path` (see `set_properties`)."""
    set_properties(path, [PropertyEdit(section, name, property_name, value)])


def set_properties(path: Path, edits: Sequence[PropertyEdit]) -> None:
    """Apply `edits` to the entries of the spec at `path`, in place, in one write.

    A new value takes the place of the old one: its key stays where it was, with its
    comments, and a string keeps the old one's quoting, a list or mapping its flow or
    block style (members equal to old ones keep theirs). A new key goes after the
    entry's existing ones. Removing a key keeps the comments above the next one.
    UsageError, before anything is written, for an entry the file does not declare or an
    old value written with `${...}` (it would lose the variable), naming file:line.
    """
    yaml = _yaml()
    text = path.read_text(encoding="utf-8")
    document = yaml.load(text)
    for edit in edits:
        entry = _entry(document, edit, path)
        if edit.property in entry:
            _refuse_variables(entry, edit, path)
    lines = text.splitlines()
    for edit in edits:
        entry = _entry(document, edit, path)
        if edit.remove:
            if edit.property in entry:
                _delete_key(entry, edit.property)
            continue
        if edit.property in entry:
            _keep_comment_gap(entry, edit.property, edit.value, lines, yaml)
        entry[edit.property] = _styled(edit.value, entry.get(edit.property))
    replace_file(path, _dump(yaml, document).encode("utf-8"))


def add_ignores(path: Path, rules: Sequence[DriftIgnore]) -> None:
    """Append each rule to the spec's `drift.ignore` list (made when missing) as
    `{address, reason[, until]}`, the shape `planner.spec.loader` reads."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    yaml = _yaml()
    document = yaml.load(path.read_text(encoding="utf-8"))
    if document.get("drift") is None:
        document["drift"] = CommentedMap()
    drift = document["drift"]
    if drift.get("ignore") is None:
        drift["ignore"] = CommentedSeq()
    for rule in rules:
        address = f"{rule.address}.{rule.property}" if rule.property else rule.address
        entry = CommentedMap([("address", address), ("reason", rule.reason)])
        if rule.until is not None:
            entry["until"] = rule.until
        drift["ignore"].append(entry)
    replace_file(path, _dump(yaml, document).encode("utf-8"))


def _entry(document: Any, edit: PropertyEdit, path: Path) -> Any:
    section = document.get(edit.section) if isinstance(document, Mapping) else None
    entry = section.get(edit.name) if isinstance(section, Mapping) else None
    if not isinstance(entry, Mapping):
        raise UsageError(
            f"cannot write {_target(edit)}: {path} does not declare {edit.section}.{edit.name}",
            "the entry may come from another file; edit it by hand",
        )
    return entry


def _target(edit: PropertyEdit) -> str:
    return f"{edit.section}.{edit.name}.{edit.property}"


def _refuse_variables(entry: Any, edit: PropertyEdit, path: Path) -> None:
    if not any(_VARIABLE in text for text in _strings(entry[edit.property])):
        return
    line = entry.lc.value(edit.property)[0] + 1
    raise UsageError(
        f"cannot write {_target(edit)}: {path}:{line} gives it through a ${{...}} variable",
        "writing the value in its place would lose the variable; change the variable or "
        "the value by hand, or ignore the difference with --ignore ADDR --reason TEXT",
    )


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, Mapping):
        return [text for item in value.values() for text in _strings(item)]
    if isinstance(value, list):
        return [text for item in value for text in _strings(item)]
    return []


def _styled(value: Any, old: Any) -> Any:
    """`value` written the way `old` was: quoting, flow or block style, equal members."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq
    from ruamel.yaml.scalarstring import ScalarString

    if isinstance(value, str):
        return type(old)(value) if isinstance(old, ScalarString) else value
    if isinstance(value, Mapping):
        old_map = old if isinstance(old, Mapping) else {}
        mapping = CommentedMap(
            (str(key), _styled(item, old_map.get(key))) for key, item in value.items()
        )
        if isinstance(old, CommentedMap) and old.fa.flow_style():
            mapping.fa.set_flow_style()
        return mapping
    if isinstance(value, list):
        old_items = list(old) if isinstance(old, list) else []
        quoted = next((item for item in old_items if isinstance(item, ScalarString)), None)
        sequence = CommentedSeq(
            next((item for item in old_items if item == member), None)
            or _styled(member, quoted if _needs_quotes(member) else None)
            for member in value
        )
        if isinstance(old, CommentedSeq) and old.fa.flow_style():
            sequence.fa.set_flow_style()
        return sequence
    return value


def _keep_comment_gap(entry: Any, key: str, value: Any, lines: list[str], yaml: Any) -> None:
    """Move `key`'s end-of-line comment right as far as a longer one-line `value` needs,
    keeping the spaces written before it (ruamel would leave one)."""
    token = _token(entry, key)
    if token is None or token.value.startswith("\n"):
        return
    line, column = entry.lc.value(key)
    written = lines[line][: token.column].rstrip()
    if len(written) <= column:  # the value is not on the key's line
        return
    rendered = _dump(yaml, _styled(value, entry[key])).splitlines()
    if len(rendered) != 1 and not (len(rendered) == 2 and rendered[1] == "..."):
        return
    gap = token.column - len(written)
    token.column = max(token.column, column + len(rendered[0]) + gap)


def _needs_quotes(value: Any) -> bool:
    """Whether a plain scalar would read back as something other than the string `value`."""
    from ruamel.yaml.nodes import ScalarNode
    from ruamel.yaml.resolver import VersionedResolver

    if not isinstance(value, str):
        return False
    tag = VersionedResolver().resolve(ScalarNode, value, (True, False))
    return str(tag) != "tag:yaml.org,2002:str"


def _delete_key(mapping: Any, key: str) -> None:
    """Delete `key` with the comments written above it; those above the next key stay."""
    keys = list(mapping)
    index = keys.index(key)
    below = _comment_lines(mapping, key)
    del mapping[key]
    mapping.ca.items.pop(key, None)
    if index > 0:
        previous = keys[index - 1]
        _set_comment_lines(mapping, previous, below)
    elif below and index + 1 < len(keys):
        text = "\n".join(line.strip().lstrip("#").strip() for line in below if line.strip())
        mapping.yaml_set_comment_before_after_key(
            keys[index + 1], before=text, indent=mapping.lc.col
        )


def _comment_lines(mapping: Any, key: str) -> list[str]:
    """The comment lines after `key`'s own line (ruamel keeps them with `key`)."""
    token = _token(mapping, key)
    if token is None:
        return []
    return token.value.split("\n", 1)[1].splitlines(keepends=True) if "\n" in token.value else []


def _set_comment_lines(mapping: Any, key: str, lines: list[str]) -> None:
    """`key`'s end-of-line comment kept, the lines after it replaced by `lines`."""
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    token = _token(mapping, key)
    own = token.value.split("\n", 1)[0] if token is not None else ""
    text = own + "\n" + "".join(lines)
    if token is not None:
        token.value = text
    elif lines:
        slot = mapping.ca.items.setdefault(key, [None, None, None, None])
        slot[2] = CommentToken(text, CommentMark(0), None)


def _token(mapping: Any, key: str) -> Any:
    slot = mapping.ca.items.get(key)
    return slot[2] if slot and len(slot) > 2 else None
