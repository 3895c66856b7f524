"""State in a local JSON file, its journal and its lock: `<file>.journal` and `<file>.lock`.

Owns: reading and atomically replacing the state file, the `.backup` copy (the file as it
was before a store's first replacement of it, so once per command), the journal of record
changes (`state.recorded.wal`) appended between replacements and folded into the file
every `fold_every` entries (more in a large state: `fold_per_record`), every
`fold_seconds` and when the lock is released, and
`FileLock`, created with O_CREAT|O_EXCL so only one run can hold it. Must not: talk to AWS.

Every read replays the journal on top of the file, so a reader without the lock (drift,
`state show` during an apply) and the next run after a crash see every write that
returned. The journal is read before the file: a fold in between only makes the file newer
than the entries read, which are then already in it.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, suppress
from pathlib import Path

try:
    import fcntl
except ImportError:  # not POSIX: stale locks are refused, never taken over
    fcntl = None  # type: ignore[assignment]

from state.errors import StateError
from state.files import make_private_folder, replace_file
from state.recorded.document import (
    BACKUP_SUFFIX,
    LOCK_SUFFIX,
    DocumentStore,
    already_durable,
    parse_state,
    render_state,
)
from state.recorded.lock import (
    LockInfo,
    LockReading,
    check_force_unlock,
    hold_lock,
)
from state.recorded.mirror import Mirror, record_texts
from state.recorded.model import State
from state.recorded.wal import (
    JOURNAL_SUFFIX,
    entry_line,
    open_journal,
    read_entries,
    replay,
    write_line,
)

# How many journal entries, and how many seconds since the first of them, before the
# journal is folded into the state file during a run: this bounds what a reader replays,
# while each whole rewrite is paid for by hundreds of small appends. In a larger state the
# journal may hold FOLD_PER_RECORD entries per record first, so the whole rewrites of a
# run add up to a few times the final state, not a rewrite per FOLD_EVERY entries (which
# grows with the square of the run), and a reader replays at most about that many
# records' worth of entries.
FOLD_EVERY = 500
FOLD_PER_RECORD = 2
FOLD_SECONDS = 30.0

# A lock file is created empty and written a moment later; a reader that finds it empty
# looks again this many times before calling it unreadable.
_EMPTY_LOCK_READS = 5
_EMPTY_LOCK_PAUSE_SECONDS = 0.01


class LocalStore(DocumentStore):
    """State in a local JSON file, locked by `<file>.lock`, previous copy in `<file>.backup`,
    record changes journaled in `<file>.journal` until folded into the file."""

    def __init__(
        self,
        path: Path,
        *,
        fold_every: int = FOLD_EVERY,
        fold_per_record: int = FOLD_PER_RECORD,
        fold_seconds: float = FOLD_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        given = Path(path)
        # A link is followed: the lock and the backup go beside the file it points to, so
        # every run that shares that file shares its lock. A dangling one is refused on read.
        self.link: Path | None = given if given.is_symlink() else None
        self.path = Path(os.path.realpath(given)) if self.link is not None else given
        self.description = str(path)
        self.backup_path = self.path.with_name(self.path.name + BACKUP_SUFFIX)
        self.lock_path = self.path.with_name(self.path.name + LOCK_SUFFIX)
        self.journal_path = self.path.with_name(self.path.name + JOURNAL_SUFFIX)
        self._file_lock = FileLock(self.lock_path)
        self._fold_every = fold_every
        self._fold_per_record = fold_per_record
        self._fold_seconds = fold_seconds
        self._clock = clock
        self._backed_up = False
        # Entries this store appended since the journal was last folded, and when the
        # first of them was; 0 also means a journal left by another run is folded first.
        self._entries = 0
        self._first_entry = 0.0
        # The journal's descriptor while appending; lines written to it, and how many of
        # them are known to be on disk (`_syncing` while one thread forces it).
        self._journal: int | None = None
        self._written = 0
        self._synced = 0
        self._syncing = False
        self._durable = threading.Condition()
        # What is stored (the file with the journal replayed), once this store has
        # appended to the journal; None until then, and after a failed or whole write.
        self._mirror: Mirror | None = None

    def lock(self, operation: str, *, timeout: float = 0.0) -> AbstractContextManager[LockInfo]:
        self._make_folder()
        self._check_backup()  # every command that writes takes the lock first
        return self._folding_on_release(self._file_lock.lock(operation, timeout=timeout))

    def read(self) -> State:
        entries = read_entries(self.journal_path)  # before the file: see the module's doc
        text = self._fetch_text()
        if text is None:
            return State()
        state = parse_state(text, source=self.description, recovery=self._recovery)
        return replay(state, entries, source=str(self.journal_path))[0]

    def pull(self) -> str:
        entries = read_entries(self.journal_path)
        text = self._fetch_text() or ""
        if not entries or not text:
            return text
        state = parse_state(text, source=self.description, recovery=self._recovery)
        state, applied = replay(state, entries, source=str(self.journal_path))
        return render_state(state) if applied else text

    def write_changes(self, state: State, addresses: Iterable[str]) -> Callable[[], None]:
        """Append the records at `addresses` to the journal, folding it into the file when
        it is due; the first write of a state is a whole write.

        The returned function forces the line to disk: one fsync covers every line written
        before it, so writes of several threads waiting at once share it.
        """
        with self._writing:
            if not state.lineage or not self.path.exists():
                self._write_whole(state)
                return already_durable
            if self._entries == 0:
                self._fold()  # what an earlier run journaled goes into the file first
            state.serial += 1
            records = record_texts(state, addresses)
            try:
                if self._journal is None:
                    self._journal = open_journal(self.journal_path)
                write_line(self._journal, entry_line(state.serial, state.lineage, records))
            except OSError as error:
                state.serial -= 1
                self._mirror = None
                self._close_journal()  # a torn line may be left: fold before the next append
                raise StateError(
                    f"cannot write {self.journal_path}: {error.strerror}",
                    "The stored state is unchanged.",
                ) from error
            with self._durable:
                self._written += 1
                ticket = self._written
            if self._entries == 0:
                self._first_entry = self._clock()
            if self._mirror is None:
                # What is stored is `state` now (only the records at `addresses` changed,
                # as `write_changes` requires): mirrored from here on.
                self._mirror = Mirror.of(state)
            else:
                self._mirror.apply(state.serial, records)
            self._entries += 1
            due = self._clock() - self._first_entry >= self._fold_seconds
            if due or self._entries >= max(
                self._fold_every, self._fold_per_record * len(state.resources)
            ):
                # The entry is written already: a failed fold leaves it in the journal,
                # and the next write tries again.
                with suppress(StateError):
                    self._fold_mirrored()
        return lambda: self._force(ticket)

    def _fold_mirrored(self) -> None:
        """Replace the file with the mirror of what it and the journal hold (no need to
        read them back), then drop the journal. The caller holds `_writing`."""
        mirror = self._mirror
        assert mirror is not None
        self._store_text(mirror.text())  # drops the journal and the mirror too
        self._mirror = mirror  # still what is stored

    def _force(self, ticket: int) -> None:
        """Return once the journal's line `ticket` is on disk: when no other thread is
        forcing the journal, fsync it (covering every line written so far); otherwise wait
        for that fsync and look again."""
        with self._durable:
            while self._synced < ticket:
                if self._syncing:
                    self._durable.wait()
                    continue
                if self._journal is None:  # closed after a failed write, and not forced
                    raise StateError(
                        f"cannot write {self.journal_path}: it could not be forced to disk",
                        "The change may not be stored; run the command again.",
                    )
                self._syncing, target = True, self._written
                # A duplicate, so a fold may close the journal's descriptor meanwhile.
                descriptor = os.dup(self._journal)
                self._durable.release()
                try:
                    os.fsync(descriptor)
                except OSError as error:
                    raise StateError(
                        f"cannot write {self.journal_path}: {error.strerror}",
                        "The change may not be stored; run the command again.",
                    ) from error
                finally:
                    os.close(descriptor)
                    self._durable.acquire()
                    self._syncing = False
                    self._durable.notify_all()
                self._synced = max(self._synced, target)

    @contextmanager
    def _folding_on_release(self, held: AbstractContextManager[LockInfo]) -> Iterator[LockInfo]:
        with held as info:
            try:
                yield info
            finally:
                if self._entries:
                    # What this run journaled is in the journal already; a fold that
                    # fails leaves it there, for the next read or write to use.
                    with self._writing, suppress(StateError):
                        if self._mirror is not None:
                            self._fold_mirrored()
                        else:
                            self._fold()

    def _fold(self) -> None:
        """Replace the file with the file and the journal replayed, then drop the journal.
        The caller holds `_writing`."""
        entries = read_entries(self.journal_path)
        if entries:
            text = self._fetch_text()
            if text is not None:
                stored = parse_state(text, source=self.description, recovery=self._recovery)
                state, applied = replay(stored, entries, source=str(self.journal_path))
                if applied:
                    self._store_text(render_state(state))  # drops the journal too
                    return
        self._drop_journal()

    def force_unlock(self, lock_id: str, *, even_if_running: bool = True) -> None:
        self._file_lock.force_unlock(lock_id, even_if_running=even_if_running)

    def _close_journal(self, *, force: bool = True) -> None:
        """Stop appending to the journal file open now (forcing what was written to disk
        first, unless the caller has made it durable otherwise); the next write folds."""
        self._entries = 0
        with self._durable:
            if self._journal is None:
                return
            try:
                if force:
                    os.fsync(self._journal)
                    self._synced = self._written
            except OSError:
                pass  # the lines not on disk yet fail in `_force`
            finally:
                os.close(self._journal)
                self._journal = None

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
            make_private_folder(self.path.parent)
        except OSError as error:
            raise StateError(
                f"cannot create the folder {self.path.parent} for the state: {error.strerror}"
            ) from error

    def _check_backup(self) -> None:
        """Refuse a `.backup` path that is a directory: the first write would fail there,
        after a command had begun to change things."""
        if self.backup_path.is_dir():
            raise StateError(
                f"the state backup {self.backup_path} is a directory",
                f"imgver keeps the previous state of {self.description} there before each "
                "write. Move the directory away; nothing was changed.",
            )

    def _store_text(self, text: str) -> None:
        self._mirror = None  # a whole write stores what the mirror may not know
        self._make_folder()
        self._check_backup()
        try:
            if not self._backed_up and self.path.exists():
                replace_file(self.backup_path, self.path.read_bytes())
                self._backed_up = True
            replace_file(self.path, text.encode("utf-8"))
        except OSError as error:
            raise StateError(
                f"cannot write {self.description}: {error.strerror}",
                "The stored state is unchanged.",
            ) from error
        self._drop_journal()

    def _drop_journal(self) -> None:
        """Remove the journal, whose entries the file now holds (a removal lost in a crash
        leaves entries the next read skips, being at or below the file's serial)."""
        self._close_journal(force=False)
        with self._durable:
            self._synced = self._written  # the file, forced to disk, holds every line
        # The file is written already; a journal that cannot be removed holds only
        # entries every read skips, and the next append follows them.
        with suppress(OSError):
            os.unlink(self.journal_path)


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
