"""The state a local store holds, as text pieces kept up to date as its journal grows.

Owns `Mirror` (the stored document without its records, and each record's compact JSON)
and `record_texts` (the JSON of the records one write changed, which the journal line
and the mirror share). A local store that knows what it holds folds its journal by writing
`Mirror.text()`, byte for byte what `state.recorded.document.render_state` gives for that
state, instead of reading back and parsing its file and its journal. Must not: read or
write files, decide when to fold (`state.recorded.local`), or know the journal's format
(`state.recorded.wal`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from state.recorded.model import State

__all__ = ["Mirror", "dumps", "record_texts"]


def dumps(value: Any) -> str:
    """Compact JSON, as every stored document and journal line is written."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def record_texts(state: State, addresses: Iterable[str]) -> dict[str, str | None]:
    """The JSON of the records of `state` at `addresses` (None: removed), by address, sorted."""
    return {
        address: (dumps(record.to_document(shared=True)) if record is not None else None)
        for address in sorted(set(addresses))
        for record in (state.resources.get(address),)
    }


class Mirror:
    """A stored state document as its head (every field but the records) and the text of
    each record."""

    def __init__(self, head: dict[str, Any], records: dict[str, str]) -> None:
        self._head = head
        self._records = records

    @classmethod
    def of(cls, state: State) -> Mirror:
        """The mirror of `state` as it is now."""
        head = state.to_document(shared=True)
        records = head.pop("resources")
        return cls(head, {address: dumps(record) for address, record in records.items()})

    def apply(self, serial: int, records: Mapping[str, str | None]) -> None:
        """Follow one write: the state's new serial and the records it set or removed."""
        self._head["serial"] = serial
        for address, text in records.items():
            if text is None:
                self._records.pop(address, None)
            else:
                self._records[address] = text

    def text(self) -> str:
        """The document as stored: `render_state`'s text (records sorted, `resources` last)."""
        body = ",".join(
            f"{dumps(address)}:{self._records[address]}" for address in sorted(self._records)
        )
        return dumps(self._head)[:-1] + ',"resources":{' + body + "}}\n"
