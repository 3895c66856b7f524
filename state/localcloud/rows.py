"""The local cloud's data as dict-like collections of JSON rows, read one row at a time.

Owns the mapping between the nested data the engine and the handlers work on (a region's
images, an image's versions, its requests, client tokens, ...) and the rows of one SQLite
table, `rows(collection, key, value, rank)`. A `Rows` behaves as a dict whose items are read
from the database when first asked for and kept for the rest of the transaction; at the
end (`Session.flush`), every item read or set is written back if its JSON text changed,
and every deleted one is removed with the collections nested under it. So a call costs
what it touches, not the size of the data. A `Layout` says which keys of an item are
nested collections (an image's `versions`) and how an item is ranked, so that `ranked`
finds, say, the requests finished before a time through an index instead of a scan.

Must not: open connections or transactions (store.py does), or know what the data means
(the engine, the handlers and `layout.py` do).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Mapping, MutableMapping
from dataclasses import dataclass, field
from typing import Any

SCHEMA = """
CREATE TABLE rows (
    collection TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    rank REAL,
    PRIMARY KEY (collection, key)
) WITHOUT ROWID;
CREATE INDEX rows_by_rank ON rows (collection, rank) WHERE rank IS NOT NULL;
"""

# Joins a collection, an item's key and a nested collection's name into the nested
# collection's name; keys never hold it (ARNs, tokens, names and numbers do not).
_SEPARATOR = "\x1f"
# The character after the separator: every collection nested under a prefix ending in the
# separator sorts at or after the prefix and before the prefix with this in its place.
_AFTER_SEPARATOR = "\x20"


@dataclass(frozen=True)
class Layout:
    """How one collection's items are kept: which keys of an item are collections of their
    own (each with its layout), and the rank `ranked` queries, None for unranked items."""

    children: Mapping[str, Layout] = field(default_factory=dict)
    rank: Callable[[Any], float | None] | None = None


class DamagedRow(Exception):
    """A stored row that is not the JSON this module wrote."""


class Session:
    """The rows one transaction has touched, on one connection."""

    def __init__(self, connection: sqlite3.Connection, layout: Layout) -> None:
        self.connection = connection
        self._touched: list[Rows] = []
        self.roots: dict[str, Any] = {
            name: Rows(self, name, child, fresh=False) for name, child in layout.children.items()
        }

    def register(self, rows: Rows) -> None:
        self._touched.append(rows)

    def flush(self) -> None:
        """Write what changed: deletions (with what is nested under them) first, then every
        item whose JSON text is not what was read."""
        live = [rows for rows in self._touched if not rows.discarded]
        for rows in live:
            rows.write_deletions()
        for rows in live:
            rows.write_items()


class Rows(MutableMapping[str, Any]):
    """One collection of JSON items by key, read lazily and written back by the session."""

    def __init__(self, session: Session, collection: str, layout: Layout, *, fresh: bool) -> None:
        self._session = session
        self._collection = collection
        self._layout = layout
        # `fresh`: made in this transaction, so the database holds none of its items.
        self._complete = fresh
        self._items: dict[str, Any] = {}
        self._texts: dict[str, str | None] = {}  # the stored text of each item, None: new
        self._gone: set[str] = set()  # deleted in this transaction
        self._dropped: set[str] = set()  # stored rows (and what nests under them) to delete
        self.discarded = False
        session.register(self)

    # The mapping

    def __getitem__(self, key: str) -> Any:
        if not self._load(key):
            raise KeyError(key)
        return self._items[key]

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._load(key)

    def __setitem__(self, key: str, value: Any) -> None:
        if _SEPARATOR in key:
            raise ValueError(f"a key cannot hold {_SEPARATOR!r}: {key!r}")
        if self._layout.children:
            # The item is replaced whole: what was nested under the old one goes with it.
            old = self._items.get(key)
            if old is not None:
                self._discard_children(old)
            if not self._complete:
                self._dropped.add(key)
        self._gone.discard(key)
        self._items[key] = self._inflate(key, value, fresh=True)
        self._texts[key] = None

    def __delitem__(self, key: str) -> None:
        if not self._load(key):
            raise KeyError(key)
        self._discard_children(self._items.pop(key))
        self._texts.pop(key, None)
        self._gone.add(key)
        if not self._complete:
            self._dropped.add(key)

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys())

    def __len__(self) -> int:
        return len(self._keys())

    def __bool__(self) -> bool:
        if self._items:
            return True
        if self._complete:
            return False
        found = self._session.connection.execute(
            "SELECT key FROM rows WHERE collection = ? LIMIT ?",
            (self._collection, len(self._gone) + 1),
        ).fetchall()
        return any(key not in self._gone for (key,) in found)

    def __repr__(self) -> str:
        return f"Rows({self._collection!r})"

    # Queries the engine needs to stay O(1) in the size of the data

    def ranked(self, limit: float, *, inclusive: bool = False) -> list[str]:
        """The keys of the items whose rank is below `limit` (or equal, if `inclusive`)."""
        rank = self._layout.rank
        if rank is None:
            raise TypeError(f"{self._collection} has no rank")

        def qualifies(value: float | None) -> bool:
            return value is not None and (value <= limit if inclusive else value < limit)

        keys = {key for key, item in self._items.items() if qualifies(rank(item))}
        if not self._complete:
            operator = "<=" if inclusive else "<"
            stored = self._session.connection.execute(
                f"SELECT key FROM rows WHERE collection = ? AND rank {operator} ?",
                (self._collection, limit),
            ).fetchall()
            keys |= {key for (key,) in stored if key not in self._items and key not in self._gone}
        return sorted(keys)

    # Writing back

    def write_deletions(self) -> None:
        execute = self._session.connection.execute
        for key in sorted(self._dropped):
            execute("DELETE FROM rows WHERE collection = ? AND key = ?", (self._collection, key))
            if self._layout.children:
                prefix = self._nested_prefix(key)
                execute(
                    "DELETE FROM rows WHERE collection >= ? AND collection < ?",
                    (prefix, prefix[:-1] + _AFTER_SEPARATOR),
                )

    def write_items(self) -> None:
        rank = self._layout.rank
        for key, item in self._items.items():
            text = self._text(item)
            if text == self._texts.get(key):
                continue
            self._session.connection.execute(
                "INSERT OR REPLACE INTO rows (collection, key, value, rank) VALUES (?, ?, ?, ?)",
                (self._collection, key, text, None if rank is None else rank(item)),
            )
            self._texts[key] = text

    def discard(self) -> None:
        """Forget this collection and everything under it: its item was deleted."""
        self.discarded = True
        for item in self._items.values():
            self._discard_children(item)

    # Plumbing

    def _load(self, key: str) -> bool:
        if key in self._items:
            return True
        if key in self._gone or self._complete:
            return False
        row = self._session.connection.execute(
            "SELECT value FROM rows WHERE collection = ? AND key = ?", (self._collection, key)
        ).fetchone()
        if row is None:
            return False
        self._items[key] = self._inflate(key, _decode(self._collection, key, row[0]), fresh=False)
        self._texts[key] = row[0]
        return True

    def _keys(self) -> list[str]:
        if not self._complete:
            stored = self._session.connection.execute(
                "SELECT key, value FROM rows WHERE collection = ? ORDER BY key",
                (self._collection,),
            ).fetchall()
            for key, text in stored:
                if key not in self._items and key not in self._gone:
                    value = _decode(self._collection, key, text)
                    self._items[key] = self._inflate(key, value, fresh=False)
                    self._texts[key] = text
        return sorted(self._items)

    def _inflate(self, key: str, value: Any, *, fresh: bool) -> Any:
        """`value` with each nested collection of the layout as a `Rows` of its own; when
        `fresh`, the nested items given in `value` (plain dicts) are set into them."""
        if not self._layout.children:
            return value
        if not isinstance(value, dict):
            raise DamagedRow(f"{self._collection} {key!r} is not an object")
        for name, layout in self._layout.children.items():
            given = value.get(name)
            nested = Rows(self._session, self._nested_prefix(key) + name, layout, fresh=fresh)
            if fresh and isinstance(given, Mapping):
                for nested_key, nested_value in given.items():
                    nested[nested_key] = nested_value
            value[name] = nested
        return value

    def _discard_children(self, item: Any) -> None:
        if not self._layout.children or not isinstance(item, dict):
            return
        for name in self._layout.children:
            nested = item.get(name)
            if isinstance(nested, Rows):
                nested.discard()

    def _nested_prefix(self, key: str) -> str:
        return f"{self._collection}{_SEPARATOR}{key}{_SEPARATOR}"

    def _text(self, item: Any) -> str:
        if self._layout.children and isinstance(item, dict):
            item = {
                name: value for name, value in item.items() if name not in self._layout.children
            }
        return json.dumps(item, separators=(",", ":"))


def plain(value: Any) -> Any:
    """`value` with every `Rows` in it turned into a plain dict (the whole collection)."""
    if isinstance(value, Rows):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    return value


def _decode(collection: str, key: str, text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        raise DamagedRow(f"{collection} {key!r} is not valid JSON") from None
