"""Atomic file replacement: the one writer for state files, saved plans and local cloud data.

Owns: writing a whole file so that a crash leaves either the old or the new content,
never a mix, with the file (and, where asked, its folder entry) forced to disk. Files are
created with mode 0600, and the folders imgver creates for them (`make_private_folder`)
with mode 0700; and why a path cannot be written (`write_problem`). A target that is a
symbolic link is written through: the file it points to is replaced and the link stays, so
a shared copy keeps being updated. Must not: know what the content means.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import suppress
from pathlib import Path


def replace_file(target: Path, content: bytes, *, sync_folder: bool = True) -> None:
    """Replace `target` with `content` atomically and durably.

    The temporary file is made beside the target so the rename stays on one filesystem;
    mkstemp creates it with mode 0600, which the target inherits. `sync_folder` also
    forces the folder entry to disk, which makes the rename itself durable (state and
    plans need it; data that is rewritten on every call may skip it).
    """
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    folder = target.parent if str(target.parent) else Path(".")
    descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    if sync_folder:
        _sync_folder(folder)


def write_problem(path: Path) -> str:
    """Why `path` cannot be written ("" when it can), so a command can refuse it before it
    reads or writes anything."""
    parent = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        return "it is a directory"
    if not parent.is_dir():
        return f"its folder {parent} does not exist"
    if not os.access(parent, os.W_OK | os.X_OK):
        return f"its folder {parent} is not writable"
    if path.exists() and not os.access(path, os.W_OK):
        return "it is not writable"
    return ""


def make_private_folder(folder: Path) -> None:
    """Create `folder` and its missing parents with mode 0700, so that what imgver keeps
    there (state, backups, local cloud data) is not readable by other users; folders that
    exist already are left as they are. OSError when one cannot be made."""
    missing = []
    current = folder
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for path in reversed(missing):
        with suppress(FileExistsError):
            path.mkdir(mode=0o700)


def _sync_folder(folder: Path) -> None:
    # The rename is durable only once the folder entry is on disk; folders can be opened
    # for fsync on POSIX only.
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
