"""The local cloud's data file: one JSON document, shared safely by threads and processes.

Owns reading and writing `local-cloud.json` (resources, per-image version counters,
requests and client tokens, per region). Every read-modify-write runs inside
`transaction()`, which holds a threading lock (imgver applies from many threads through one
client) and an `fcntl.flock` on a sidecar `<file>.lock` (a second process, e.g. a
`local-cloud serve` next to a test run). Writes are atomic: temp file, fsync, `os.replace`,
so a killed process leaves either the old or the new document, never half of one.

Must not: interpret the document beyond its envelope; the engine owns its meaning.
"""

from __future__ import annotations

import fcntl
import json
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from state.files import make_private_folder, replace_file
from state.limits import parse_json
from state.localcloud.errors import LocalCloudError

FORMAT = "imgver-local-cloud"
VERSION = 1


class Document:
    """The data of one transaction; call `changed()` after mutating it so it is written."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.dirty = False

    def changed(self) -> None:
        self.dirty = True


class JsonFileStore:
    """The data file at `path`, read and written only inside `transaction()`."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock_path = self.path.with_name(self.path.name + ".lock")
        self._mutex = threading.Lock()
        # The last bytes read or written and their parse: most calls find the file
        # unchanged, and comparing bytes is much cheaper than parsing them again.
        self._cache: tuple[bytes, dict[str, Any]] | None = None

    @contextmanager
    def transaction(self) -> Iterator[Document]:
        """Hold both locks, yield the current document, write it back if it changed.

        If the body raises, nothing is written and the cached parse is dropped, since the
        body may have mutated it half way.
        """
        with self._mutex, self._file_lock():
            document = Document(self._load())
            try:
                yield document
            except BaseException:
                self._cache = None
                raise
            if document.dirty:
                self._save(document.data)

    @contextmanager
    def _file_lock(self) -> Iterator[None]:
        try:
            make_private_folder(self.path.parent)
            # Opened per transaction, not kept: a forked child would share a kept
            # descriptor and with it the lock, defeating it.
            descriptor = os.open(self._lock_path, os.O_RDWR | os.O_CREAT, 0o600)
            lock_file = os.fdopen(descriptor, "r+b")
        except OSError as error:
            raise LocalCloudError(
                f"cannot use the local cloud data folder {self.path.parent}: "
                f"{error.strerror or error}",
                "Choose a data file in a folder imgver can write.",
            ) from None
        with lock_file:
            fcntl.flock(lock_file.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock_file.fileno(), fcntl.LOCK_UN)

    def _load(self) -> dict[str, Any]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            self._cache = None
            return {"format": FORMAT, "version": VERSION, "regions": {}}
        except OSError as error:
            raise LocalCloudError(
                f"cannot read the local cloud data file {self.path}: {error.strerror or error}",
                "Check the path and its permissions, or delete it to start afresh.",
            ) from None
        if self._cache is not None and self._cache[0] == raw:
            return self._cache[1]
        try:
            data = parse_json(raw.decode("utf-8"))
        except ValueError as error:  # JSONDecodeError, UnicodeDecodeError, LimitExceeded
            raise LocalCloudError(
                f"The local cloud data file {self.path} is not valid JSON",
                f"{error}. Delete the file to start with an empty local cloud.",
            ) from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise LocalCloudError(
                f"{self.path} is not a local cloud data file",
                f"Expected a JSON object with format {FORMAT!r}.",
            )
        if data.get("version") != VERSION:
            raise LocalCloudError(
                f"{self.path} has local cloud data version {data.get('version')!r}",
                f"This imgver reads version {VERSION}. Delete the file to start afresh.",
            )
        problem = _shape_problem(data)
        if problem:
            raise LocalCloudError(
                f"{self.path} is a damaged local cloud data file: {problem}",
                "Delete the file to start with an empty local cloud.",
            )
        self._cache = (raw, data)
        return data

    def _save(self, data: dict[str, Any]) -> None:
        raw = json.dumps(data, separators=(",", ":")).encode("utf-8")
        try:
            replace_file(self.path, raw, sync_folder=False)
        except BaseException:
            self._cache = None
            raise
        self._cache = (raw, data)


_PARTITION_SHAPE: dict[str, tuple[type, str]] = {
    "images": (dict, "an object"),
    "requests": (dict, "an object"),
    "client_tokens": (dict, "an object"),
    "pending": (list, "a list"),
    "sequence": (int, "an integer"),
}


def _shape_problem(data: dict[str, Any]) -> str:
    """What is wrong with the envelope of a data file ("" when nothing is)."""
    regions = data.get("regions")
    if not isinstance(regions, dict):
        return '"regions" is not an object'
    for name, partition in regions.items():
        if not isinstance(partition, dict):
            return f"region {name!r} is not an object"
        for key, (kind, noun) in _PARTITION_SHAPE.items():
            if key in partition and not isinstance(partition[key], kind):
                return f"{key!r} of region {name!r} is not {noun}"
    return ""
