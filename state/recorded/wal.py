"""The write-ahead journal of a local state: small entries appended beside the state file.

Owns: the journal's format (one compact JSON line per write: its serial, the lineage and
the records at the addresses that write changed, `null` for a removed one), opening it
for appends (its folder entry forced to disk once the file is new) and appending a line,
reading the lines back (a torn last line, from a crash during an append, is not an
entry) and replaying them on top of the state they continue. Must not: decide when to
append, force to disk or fold (that is `state.recorded.local`), know the state file's
path, or take the lock.

An entry applies only on top of the state with the serial before it: entries at or below
the state's serial are already in it (a fold replaced the file before removing the
journal), entries of another lineage belong to a history the file replaced, and an entry
further ahead is a gap, refused, since replaying it would silently skip writes.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from state.errors import StateError
from state.limits import LimitExceeded, parse_json
from state.recorded.model import ResourceRecord, State

JOURNAL_SUFFIX = ".journal"


@dataclass(frozen=True)
class Entry:
    """One journaled write: the state's serial after it, its lineage, and the records it
    set (None: removed)."""

    serial: int
    lineage: str
    records: dict[str, dict[str, Any] | None]


def entry_line(serial: int, lineage: str, records: Mapping[str, str | None]) -> bytes:
    """The journal line of the write that made `serial`, with the compact JSON of each
    record it set (None: removed), as `state.recorded.mirror.record_texts` gives them."""
    body = ",".join(
        f"{json.dumps(address, ensure_ascii=False)}:{'null' if text is None else text}"
        for address, text in records.items()
    )
    head = f'{{"serial":{serial},"lineage":{json.dumps(lineage, ensure_ascii=False)}'
    return f'{head},"records":{{{body}}}}}\n'.encode()


def open_journal(path: Path) -> int:
    """A descriptor appending to the journal at `path`; OSError on failure.

    A journal this creates also has its folder entry forced to disk, so entries forced
    to disk later cannot vanish with the file's name after a crash.
    """
    created = not path.exists()
    descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    if created and os.name == "posix":
        try:
            folder = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(folder)
            finally:
                os.close(folder)
        except OSError:
            os.close(descriptor)
            raise
    return descriptor


def write_line(descriptor: int, line: bytes) -> None:
    """Append `line` through `descriptor` (not yet forced to disk); OSError on failure."""
    written = 0
    while written < len(line):
        written += os.write(descriptor, line[written:])


def read_entries(path: Path) -> list[Entry]:
    """The journal's complete entries, oldest first; none when there is no journal.

    The last line is dropped when it is torn (no newline yet, or not a whole entry): an
    append that a crash cut short, whose write never returned. A bad line before the last
    one is damage, a StateError.
    """
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return []
    except OSError as error:
        raise StateError(
            f"cannot read the state journal {path}: {error.strerror}",
            "Check the file's permissions.",
        ) from error
    lines = data.split(b"\n")
    complete, tail = lines[:-1], lines[-1]  # `tail` is b"" after a whole last line
    entries: list[Entry] = []
    for number, raw in enumerate(complete, start=1):
        entry = _parse(raw)
        if entry is None:
            if number == len(complete) and not tail:
                break  # a whole-looking but unparsable last line: torn within its bytes
            raise StateError(
                f"the state journal {path} is damaged at line {number}",
                f"Its entries after the last fold are unreadable. Restore {path} from a "
                "backup, or remove it to go back to the state file as last folded.",
            )
        entries.append(entry)
    return entries


def replay(state: State, entries: list[Entry], *, source: str) -> tuple[State, bool]:
    """`state` with the entries that continue it applied in order (changed in place), and
    whether any did; StateError naming `source` when an entry would skip writes."""
    applied = False
    for entry in entries:
        if entry.lineage != state.lineage or entry.serial <= state.serial:
            continue
        if entry.serial != state.serial + 1:
            raise StateError(
                f"the state journal {source} does not continue the state file",
                f"The state file has serial {state.serial} and the journal's next entry has "
                f"serial {entry.serial}: writes in between are missing. If the state file "
                f"was restored on purpose, remove {source}; otherwise restore the state "
                "file from a backup.",
            )
        for address, document in entry.records.items():
            if document is None:
                state.resources.pop(address, None)
                continue
            try:
                state.resources[address] = ResourceRecord.from_document(document)
            except (KeyError, TypeError, ValueError, AttributeError) as error:
                raise StateError(
                    f"the state journal {source} is malformed at serial {entry.serial}: "
                    f"{address}: {error}"
                ) from error
        state.serial = entry.serial
        applied = True
    return state, applied


def _parse(raw: bytes) -> Entry | None:
    """The entry on one line; None when the line is not one."""
    try:
        document = parse_json(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, LimitExceeded):
        return None
    if not isinstance(document, dict):
        return None
    serial, lineage, records = (document.get(key) for key in ("serial", "lineage", "records"))
    if not isinstance(serial, int) or not isinstance(lineage, str) or not isinstance(records, dict):
        return None
    if not all(value is None or isinstance(value, dict) for value in records.values()):
        return None
    return Entry(serial, lineage, {str(address): value for address, value in records.items()})
