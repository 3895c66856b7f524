"""State in a local JSON file, and its lock: the `<file>.lock` file beside it.

Owns: reading and atomically replacing the state file, the `.backup` copy, and `FileLock`,
created with O_CREAT|O_EXCL so only one run can hold it. Must not: talk to AWS.
"""

from __future__ import annotations

import os
import time
from contextlib import AbstractContextManager, suppress
from pathlib import Path

try:
    import fcntl
except ImportError:  # not POSIX: stale locks are refused, never taken over
    fcntl = None  # type: ignore[assignment]

from state.errors import StateError
from state.files import replace_file
from state.recorded.document import BACKUP_SUFFIX, LOCK_SUFFIX, DocumentStore
from state.recorded.lock import (
    LockInfo,
    LockReading,
    check_force_unlock,
    hold_lock,
)

# A lock file is created empty and written a moment later; a reader that finds it empty
# looks again this many times before calling it unreadable.
_EMPTY_LOCK_READS = 5
_EMPTY_LOCK_PAUSE_SECONDS = 0.01


class LocalStore(DocumentStore):
    """State in a local JSON file, locked by `<file>.lock`, previous copy in `<file>.backup`."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        given = Path(path)
        # A link is followed: the lock and the backup go beside the file it points to, so
        # every run that shares that file shares its lock. A dangling one is refused on read.
        self.link: Path | None = given if given.is_symlink() else None
        self.path = Path(os.path.realpath(given)) if self.link is not None else given
        self.description = str(path)
        self.backup_path = self.path.with_name(self.path.name + BACKUP_SUFFIX)
        self.lock_path = self.path.with_name(self.path.name + LOCK_SUFFIX)
        self._file_lock = FileLock(self.lock_path)

    def lock(self, operation: str, *, timeout: float = 0.0) -> AbstractContextManager[LockInfo]:
        self._make_folder()
        return self._file_lock.lock(operation, timeout=timeout)

    def force_unlock(self, lock_id: str, *, even_if_running: bool = True) -> None:
        self._file_lock.force_unlock(lock_id, even_if_running=even_if_running)

    def _fetch_text(self) -> str | None:
        if self.link is not None and not self.link.exists():
            raise StateError(
                f"{self.link} is a symbolic link to {os.readlink(self.link)}, which does not exist",
                "Point the link at the shared state file, or remove the link to start a new "
                "state; imgver will not treat a broken link as an empty state.",
            )
        try:
            return self.path.read_bytes().decode("utf-8")
        except FileNotFoundError:
            return None
        except UnicodeDecodeError as error:
            raise StateError(
                f"{self.description} is not valid UTF-8 text ({error.reason} at byte "
                f"{error.start})",
                f"The file may be corrupt. {self._recovery()}",
            ) from error
        except OSError as error:
            raise StateError(
                f"cannot read {self.description}: {error.strerror}",
                "Check the path and the file's permissions.",
            ) from error

    def _recovery(self) -> str:
        if self.backup_path.exists():
            return (
                f"The previous state is kept in {self.backup_path}: check it and, if it is "
                f"right, copy it over {self.path}. imgver has changed neither file."
            )
        return (
            f"There is no backup ({self.backup_path} does not exist). Restore {self.path} "
            "from your own backups or version control; imgver has not changed it."
        )

    def _make_folder(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StateError(
                f"cannot create the folder {self.path.parent} for the state: {error.strerror}"
            ) from error

    def _store_text(self, text: str) -> None:
        self._make_folder()
        try:
            previous = self.path.read_bytes() if self.path.exists() else None
            if previous is not None:
                replace_file(self.backup_path, previous)
            replace_file(self.path, text.encode("utf-8"))
        except OSError as error:
            raise StateError(
                f"cannot write {self.description}: {error.strerror}",
                "The stored state is unchanged.",
            ) from error


class FileLock:
    """The lock of a local state: a file next to it, created exclusively, removed on release."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def lock(self, operation: str, *, timeout: float = 0.0) -> AbstractContextManager[LockInfo]:
        return hold_lock(
            self._create,
            self.current,
            self._release,
            operation,
            timeout=timeout,
            location=str(self.path),
            take_over=self._take_over,
        )

    def force_unlock(self, lock_id: str, *, even_if_running: bool = True) -> None:
        check_force_unlock(self.current(), lock_id, str(self.path), even_if_running=even_if_running)
        self._remove()

    def current(self) -> LockReading | None:
        """Who holds the lock now; None when there is no lock file."""
        for _ in range(_EMPTY_LOCK_READS):
            try:
                text = self.path.read_text(encoding="utf-8")
            except FileNotFoundError:
                return None
            except (OSError, UnicodeDecodeError) as error:
                return LockReading(None, str(error))
            if text.strip():
                return LockReading.parse(text)
            time.sleep(_EMPTY_LOCK_PAUSE_SECONDS)
        return LockReading(None, "the lock file is empty")

    def _create(self, info: LockInfo) -> bool:
        try:
            descriptor = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return False
        except OSError as error:
            raise StateError(
                f"cannot create the state lock {self.path}: {error.strerror}",
                "imgver needs to create files in the folder that holds the state.",
            ) from error
        try:
            try:
                os.write(descriptor, info.to_json().encode("utf-8"))
                os.fsync(descriptor)
            finally:
                os.close(descriptor)
        except OSError as error:
            # A lock file without its record would block every run until removed by hand.
            with suppress(FileNotFoundError):
                os.unlink(self.path)
            raise StateError(
                f"cannot write the state lock {self.path}: {error.strerror}"
            ) from error
        return True

    def _take_over(self, stale: LockInfo) -> bool:
        """Remove the lock file if it still holds `stale`, whose process is gone.

        Take-overs are serialised by an flock on the lock's folder, so two runs cannot both
        remove a lock and one of them remove the other's new one.
        """
        if fcntl is None:
            return False
        try:
            folder = os.open(self.path.parent, os.O_RDONLY)
        except OSError:
            return False
        try:
            fcntl.flock(folder, fcntl.LOCK_EX)
            reading = self.current()
            holder = reading.holder if reading is not None else None
            if holder is None or holder.id != stale.id or not holder.looks_stale():
                return False
            with suppress(FileNotFoundError):
                os.unlink(self.path)
            return True
        finally:
            os.close(folder)  # closing releases the flock

    def _release(self, info: LockInfo) -> None:
        current = self.current()
        # A lock someone force-unlocked and another run took since is not ours to remove.
        if current is not None and current.holder is not None and current.holder.id == info.id:
            self._remove()

    def _remove(self) -> None:
        try:
            os.unlink(self.path)
        except FileNotFoundError:
            pass  # removed by another process (a force-unlock) in between
        except OSError as error:
            raise StateError(
                f"cannot remove the state lock {self.path}: {error.strerror}",
                "Remove the file by hand once nothing runs against this state.",
            ) from error
