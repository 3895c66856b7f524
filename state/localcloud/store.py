"""The local cloud's data file: a SQLite database, shared safely by threads and processes.

Owns the database (resources, per-image version counters, requests and client tokens per
region, ECR and IAM; cut into rows by `layout.DATA`, read and written through `rows.Rows`)
and its transactions: one per call. The database is in WAL mode, so readers never wait for
a writer; a transaction that writes starts with `BEGIN IMMEDIATE` (it holds the write lock
from its first read, so two writers never work from the same stale read), threads of one
process queue on a lock, and other processes (a `local-cloud serve` next to a test run)
wait on SQLite's busy timeout. A killed process loses nothing committed: SQLite rolls back
what it had not.

A data file in the old format (one JSON document, `legacy.py`) is imported once: in
place, keeping the JSON text beside it as `<file>.v1.json`; and a missing `local-cloud.db`
is made from a `local-cloud.json` beside it. The database file is created with mode 0600
(SQLite gives its `-wal` and `-shm` files the same), its folders with mode 0700.

Must not: interpret the data beyond its layout; the engine owns its meaning.
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext, suppress
from pathlib import Path
from typing import Any, TypeVar

from state.files import make_private_folder, replace_file
from state.localcloud.errors import LocalCloudError
from state.localcloud.legacy import FORMAT, VERSION, parse_document
from state.localcloud.rows import SCHEMA, DamagedRow, Layout, Session, plain

T = TypeVar("T")

SQLITE_HEADER = b"SQLite format 3\x00"
# How long a call waits for another process's write to end before it fails (a transaction
# takes milliseconds; this only bounds a stuck process).
BUSY_SECONDS = 20.0


class _WriteNeeded(BaseException):
    """Raised by `Document.changed` in a read transaction: run the call again as a write.

    A BaseException, so that no `except Exception` on the way swallows it."""


class Document:
    """The data of one transaction; call `changed()` after mutating it so it is written."""

    def __init__(self, data: dict[str, Any], *, writable: bool) -> None:
        self.data = data
        self.dirty = False
        self._writable = writable

    def changed(self) -> None:
        if not self._writable:
            raise _WriteNeeded
        self.dirty = True


class SqliteStore:
    """The database at `path`, read and written only inside `run()` or `transaction()`."""

    def __init__(self, path: Path, layout: Layout) -> None:
        self.path = Path(path)
        self._layout = layout
        self._reset()

    def _reset(self) -> None:
        self._pid = os.getpid()
        self._pool: list[sqlite3.Connection] = []
        self._pool_lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._open_lock = threading.Lock()
        self._opened = False

    def run(self, action: Callable[[Document], T], *, write: bool = False) -> T:
        """`action` in one transaction; a read that turns out to change the data (it calls
        `Document.changed`) is rolled back and run again as a write."""
        if not write:
            try:
                with self._transaction(write=False) as document:
                    return action(document)
            except _WriteNeeded:
                pass
        with self._transaction(write=True) as document:
            return action(document)

    @contextmanager
    def transaction(self, *, write: bool = True) -> Iterator[Document]:
        """One transaction: the document, written back if it changed; a read one (`write`
        False) must not change it."""
        with self._transaction(write=write) as document:
            yield document

    def export(self) -> dict[str, Any]:
        """The whole data as one JSON document of the old format (version 1)."""
        with self._transaction(write=False) as document:
            return {
                "format": FORMAT,
                "version": VERSION,
                **{name: plain(rows) for name, rows in document.data.items()},
            }

    @contextmanager
    def _transaction(self, *, write: bool) -> Iterator[Document]:
        with self._connection(write) as connection, self._write_lock if write else nullcontext():
            try:
                connection.execute("BEGIN IMMEDIATE" if write else "BEGIN")
                session = Session(connection, self._layout)
                document = Document(session.roots, writable=write)
                yield document
                if document.dirty:
                    session.flush()
                connection.execute("COMMIT")
            except BaseException as error:
                if connection.in_transaction:
                    with suppress(sqlite3.Error):
                        connection.execute("ROLLBACK")
                if isinstance(error, sqlite3.Error):
                    raise self._damaged(error) from None
                if isinstance(error, DamagedRow):
                    raise LocalCloudError(
                        f"{self.path} is a damaged local cloud data file: {error}",
                        "Delete the file to start with an empty local cloud.",
                    ) from None
                raise

    @contextmanager
    def _connection(self, write: bool) -> Iterator[sqlite3.Connection]:
        if os.getpid() != self._pid:
            # A forked child must not use its parent's connections.
            self._reset()
        if not self._open(create=write):
            # Nothing was ever written: a read sees an empty database and leaves no file.
            empty = sqlite3.connect(":memory:", isolation_level=None)
            try:
                empty.executescript(SCHEMA)
                yield empty
            finally:
                empty.close()
            return
        with self._pool_lock:
            connection = self._pool.pop() if self._pool else None
        if connection is None:
            connection = self._connect(self.path)
        try:
            yield connection
        finally:
            with self._pool_lock:
                self._pool.append(connection)

    def _connect(self, path: Path) -> sqlite3.Connection:
        try:
            connection = sqlite3.connect(
                path, timeout=BUSY_SECONDS, isolation_level=None, check_same_thread=False
            )
            # WAL with NORMAL sync: a commit survives the process being killed; only a
            # power cut may lose the last ones, which a stand-in for AWS can afford.
            connection.execute("PRAGMA synchronous = NORMAL")
            connection.execute("PRAGMA cache_size = -16000")
        except sqlite3.Error as error:
            raise self._damaged(error) from None
        return connection

    # Opening: the folder, the file's kind, an import of the old format

    def _open(self, *, create: bool) -> bool:
        """Make the database ready (importing old data); False when there is none yet and
        `create` is not asked."""
        if self._opened:
            return True
        with self._open_lock:
            if self._opened:
                return True
            self._make_folder()
            head = self._head(self.path)
            if head is None:
                legacy = self.path.with_suffix(".json")
                if self.path.suffix == ".db" and legacy.is_file():
                    self._create(document=parse_document(legacy, self._read(legacy)))
                elif create:
                    self._create(document=None)
                else:
                    return False
            elif not head.startswith(SQLITE_HEADER):
                self._import_in_place()
            self._check()
            self._opened = True
            return True

    def _make_folder(self) -> None:
        try:
            make_private_folder(self.path.parent)
            if not self.path.parent.is_dir():
                raise NotADirectoryError(20, "Not a directory")
        except OSError as error:
            raise LocalCloudError(
                f"cannot use the local cloud data folder {self.path.parent}: "
                f"{error.strerror or error}",
                "Choose a data file in a folder imgver can write.",
            ) from None

    def _head(self, path: Path) -> bytes | None:
        """The first bytes of `path`, None if there is no such file."""
        try:
            with path.open("rb") as handle:
                return handle.read(len(SQLITE_HEADER))
        except FileNotFoundError:
            return None
        except OSError as error:
            raise self._unreadable(path, error) from None

    def _read(self, path: Path) -> bytes:
        try:
            return path.read_bytes()
        except OSError as error:
            raise self._unreadable(path, error) from None

    def _create(self, document: dict[str, Any] | None) -> None:
        """A new database at `path` (holding `document`, if given), unless another process
        made one meanwhile: it is built aside and linked in place, which fails if taken."""
        built = self._build(document)
        try:
            os.link(built, self.path)
        except FileExistsError:
            pass
        except OSError as error:
            raise self._unusable(error) from None
        finally:
            with suppress(OSError):
                os.unlink(built)

    def _import_in_place(self) -> None:
        """Replace the old JSON file at `path` by a database of the same data, once: a
        process that waited for another's import finds a database and leaves it."""
        try:
            descriptor = os.open(self.path, os.O_RDONLY)
        except OSError as error:
            raise self._unreadable(self.path, error) from None
        with os.fdopen(descriptor, "rb") as held:
            fcntl.flock(held.fileno(), fcntl.LOCK_EX)
            head = self._head(self.path)
            if head is not None and head.startswith(SQLITE_HEADER):
                return
            raw = self._read(self.path)
            built = self._build(parse_document(self.path, raw))
            try:
                replace_file(self.path.with_name(self.path.name + ".v1.json"), raw)
                os.replace(built, self.path)
            except OSError as error:
                with suppress(OSError):
                    os.unlink(built)
                raise self._unusable(error) from None

    def _build(self, document: dict[str, Any] | None) -> Path:
        """A new database file beside `path` (mode 0600), in WAL mode, holding `document`."""
        try:
            descriptor, name = tempfile.mkstemp(
                dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".new"
            )
            os.close(descriptor)
        except OSError as error:
            raise self._unusable(error) from None
        built = Path(name)
        try:
            connection = self._connect(built)
            try:
                connection.execute("PRAGMA journal_mode = WAL")
                connection.executescript(SCHEMA)
                connection.execute("BEGIN IMMEDIATE")
                connection.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
                connection.executemany(
                    "INSERT INTO meta (key, value) VALUES (?, ?)",
                    [("format", FORMAT), ("version", str(VERSION))],
                )
                if document is not None:
                    session = Session(connection, self._layout)
                    for name, rows in session.roots.items():
                        for key, value in (document.get(name) or {}).items():
                            rows[key] = value
                    session.flush()
                connection.execute("COMMIT")
            finally:
                connection.close()
        except BaseException as error:
            with suppress(OSError):
                os.unlink(built)
            if isinstance(error, DamagedRow | ValueError | TypeError):
                raise LocalCloudError(
                    f"{self.path} is a damaged local cloud data file: {error}",
                    "Delete the file to start with an empty local cloud.",
                ) from None
            if isinstance(error, sqlite3.Error):
                raise self._damaged(error) from None
            raise
        return built

    def _check(self) -> None:
        """The database is a local cloud's, of the version this imgver reads."""
        connection = self._connect(self.path)
        try:
            try:
                meta = dict(connection.execute("SELECT key, value FROM meta").fetchall())
            except sqlite3.DatabaseError:
                meta = {}
        finally:
            connection.close()
        if meta.get("format") != FORMAT:
            raise LocalCloudError(
                f"{self.path} is not a local cloud data file",
                "It is a SQLite database of something else.",
            )
        if meta.get("version") != str(VERSION):
            raise LocalCloudError(
                f"{self.path} has local cloud data version {meta.get('version')!r}",
                f"This imgver reads version {VERSION}. Delete the file to start afresh.",
            )

    # Errors

    def _unreadable(self, path: Path, error: OSError) -> LocalCloudError:
        return LocalCloudError(
            f"cannot read the local cloud data file {path}: {error.strerror or error}",
            "Check the path and its permissions, or delete it to start afresh.",
        )

    def _unusable(self, error: OSError) -> LocalCloudError:
        return LocalCloudError(
            f"cannot use the local cloud data folder {self.path.parent}: {error.strerror or error}",
            "Choose a data file in a folder imgver can write.",
        )

    def _damaged(self, error: sqlite3.Error) -> LocalCloudError:
        return LocalCloudError(
            f"cannot use the local cloud data file {self.path}: {error}",
            "Check its permissions, or delete it to start with an empty local cloud.",
        )
