"""The local state lock: its file, the "state is locked" error, stale locks, waiting,
racing processes and force-unlock."""

from __future__ import annotations

import getpass
import json
import os
import re
import socket
import stat
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest

from state.errors import StateError, StateLockedError
from state.recorded.local import LocalStore
from state.recorded.lock import LockInfo, take_over_notice

HOST = socket.gethostname()
# The racing processes import imgver from this checkout whether or not it is installed.
CHECKOUT = Path(__file__).resolve().parents[2]

RACER = """
import sys
from pathlib import Path

from state.errors import StateLockedError
from state.recorded.local import LocalStore

store = LocalStore(Path(sys.argv[1]))
print("ready", flush=True)
sys.stdin.readline()
try:
    with store.lock("apply"):
        print("won", flush=True)
        sys.stdin.readline()
except StateLockedError:
    print("locked", flush=True)
"""


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "imgver.state.json"


@pytest.fixture
def lock_path(path: Path) -> Path:
    return path.with_name("imgver.state.json.lock")


def dead_pid() -> int:
    """The pid of a process that has exited and been reaped."""
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(child.stdout)


def write_lock(lock_path: Path, *, holder: str, pid: int) -> LockInfo:
    info = LockInfo(
        id="7d3f0c1e-1111-4222-8333-944455556666",
        holder=holder,
        pid=pid,
        operation="apply",
        created="2024-11-27T11:36:00Z",
        version="0.1.0",
    )
    lock_path.write_text(info.to_json())
    return info


def test_lock_file_records_who_holds_it_and_is_removed_on_release(
    path: Path, lock_path: Path
) -> None:
    with LocalStore(path).lock("apply") as info:
        document = json.loads(lock_path.read_text())
        mode = stat.S_IMODE(lock_path.stat().st_mode)

    assert document == {
        "id": info.id,
        "holder": f"{getpass.getuser()}@{HOST}",
        "pid": os.getpid(),
        "operation": "apply",
        "created": info.created,
        "imgver_version": info.version,
    }
    assert str(uuid.UUID(info.id)) == info.id
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", info.created)
    assert mode == 0o600
    assert not lock_path.exists()


def test_lock_is_released_when_the_body_fails(path: Path, lock_path: Path) -> None:
    with pytest.raises(RuntimeError), LocalStore(path).lock("apply"):
        raise RuntimeError("apply failed")

    assert not lock_path.exists()


def test_lock_creates_the_folder_of_the_state(tmp_path: Path) -> None:
    path = tmp_path / "states" / "imgver.state.json"

    with LocalStore(path).lock("plan"):
        assert path.with_name("imgver.state.json.lock").exists()


def test_held_lock_gives_an_error_naming_the_holder_and_the_unlock_command(
    path: Path, lock_path: Path
) -> None:
    with LocalStore(path).lock("apply") as held, pytest.raises(StateLockedError) as caught:
        LocalStore(path).lock("plan").__enter__()

    assert caught.value.summary == "state is locked"
    assert caught.value.detail == (
        f"Lock ID:   {held.id}\n"
        f"Holder:    {getpass.getuser()}@{HOST} (pid {os.getpid()})\n"
        "Operation: apply\n"
        f"Created:   {held.created}\n"
        f"imgver:    {held.version}\n"
        f"Lock:      {lock_path}\n"
        "Set --lock-timeout to wait for it to be released.\n"
        "If no imgver run is using this state, release the lock with:\n"
        f"  imgver state force-unlock {held.id}"
    )
    assert caught.value.exit_code == 1


def test_a_second_lock_from_the_same_store_is_refused_too(path: Path) -> None:
    store = LocalStore(path)

    with store.lock("apply"), pytest.raises(StateLockedError):
        store.lock("apply").__enter__()


def test_lock_left_by_a_dead_process_on_this_host_is_taken_over_saying_so(
    path: Path, lock_path: Path
) -> None:
    pid = dead_pid()
    info = write_lock(lock_path, holder=f"ci@{HOST}", pid=pid)

    with LocalStore(path).lock("plan") as held:
        assert held.took_over == info
        assert LockInfo.from_json(lock_path.read_text()).id == held.id
        assert take_over_notice(info) == (
            f"Took over the state lock {info.id} left by ci@{HOST} (pid {pid}, apply since "
            "2024-11-27T11:36:00Z): that process no longer exists on this host."
        )
    assert not lock_path.exists()


def test_force_unlock_of_a_lock_whose_holder_still_runs_here_is_refused_unless_asked(
    path: Path, lock_path: Path
) -> None:
    info = write_lock(lock_path, holder=f"ci@{HOST}", pid=os.getppid())

    with pytest.raises(StateError) as caught:
        LocalStore(path).force_unlock(info.id, even_if_running=False)

    assert caught.value.summary == (
        f"the holder of lock {info.id} is still running: pid {os.getppid()} on {HOST}"
    )
    assert f"imgver state force-unlock {info.id} --even-if-running" in caught.value.detail
    assert lock_path.exists()
    LocalStore(path).force_unlock(info.id, even_if_running=True)
    assert not lock_path.exists()


def test_lock_of_a_dead_pid_on_another_host_is_not_called_stale(
    path: Path, lock_path: Path
) -> None:
    write_lock(lock_path, holder="ci@build-agent-7.example", pid=dead_pid())

    with pytest.raises(StateLockedError) as caught:
        LocalStore(path).lock("plan").__enter__()

    assert "stale" not in caught.value.detail


def test_lock_of_a_live_process_on_this_host_is_not_called_stale(
    path: Path, lock_path: Path
) -> None:
    write_lock(lock_path, holder=f"ci@{HOST}", pid=os.getppid())

    with pytest.raises(StateLockedError) as caught:
        LocalStore(path).lock("plan").__enter__()

    assert "stale" not in caught.value.detail


def test_lock_with_timeout_waits_until_another_thread_releases_it(path: Path) -> None:
    holding = LocalStore(path).lock("apply")
    holding.__enter__()
    released = threading.Event()

    def release_soon() -> None:
        time.sleep(0.3)
        released.set()
        holding.__exit__(None, None, None)

    releaser = threading.Thread(target=release_soon)
    releaser.start()
    try:
        with LocalStore(path).lock("plan", timeout=10) as info:
            assert released.is_set()
            assert info.operation == "plan"
    finally:
        releaser.join(timeout=10)
        assert not releaser.is_alive()


def test_lock_with_timeout_gives_up_when_the_time_is_up(path: Path) -> None:
    with LocalStore(path).lock("apply") as held, pytest.raises(StateLockedError) as caught:
        LocalStore(path).lock("plan", timeout=0.3).__enter__()

    assert caught.value.detail.splitlines()[6:] == [
        "imgver waited 0.3 s for it to be released.",
        "If no imgver run is using this state, release the lock with:",
        f"  imgver state force-unlock {held.id}",
    ]


def test_of_processes_racing_for_the_lock_exactly_one_wins(path: Path) -> None:
    racers = [
        subprocess.Popen(
            [sys.executable, "-c", RACER, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=CHECKOUT,
            env={**os.environ, "PYTHONPATH": str(CHECKOUT)},
        )
        for _ in range(4)
    ]
    try:
        for racer in racers:
            assert racer.stdout is not None
            assert racer.stdout.readline() == "ready\n"
        for racer in racers:
            assert racer.stdin is not None
            racer.stdin.write("go\n")
            racer.stdin.flush()
        # The winner holds the lock until told to let go, so every loser meets it.
        outcomes = [racer.stdout.readline().strip() for racer in racers if racer.stdout]
        assert sorted(outcomes) == ["locked", "locked", "locked", "won"]
        winner = racers[outcomes.index("won")]
        assert winner.stdin is not None
        winner.stdin.write("done\n")
        winner.stdin.flush()
        assert [racer.wait(timeout=60) for racer in racers] == [0, 0, 0, 0]
    finally:
        for racer in racers:
            if racer.poll() is None:
                racer.kill()
                racer.wait()
    assert not path.with_name("imgver.state.json.lock").exists()


def test_force_unlock_removes_the_lock_with_the_matching_id(path: Path, lock_path: Path) -> None:
    info = write_lock(lock_path, holder=f"ci@{HOST}", pid=dead_pid())

    LocalStore(path).force_unlock(info.id)

    assert not lock_path.exists()
    with LocalStore(path).lock("apply"):
        pass


def test_force_unlock_with_another_id_is_refused_and_keeps_the_lock(
    path: Path, lock_path: Path
) -> None:
    info = write_lock(lock_path, holder="ci@build-agent-7.example", pid=4242)

    with pytest.raises(StateError) as caught:
        LocalStore(path).force_unlock("00000000-0000-4000-8000-000000000000")

    assert caught.value.summary == (
        "lock ID 00000000-0000-4000-8000-000000000000 does not match the lock on the state"
    )
    assert caught.value.detail == (
        f"Lock ID:   {info.id}\n"
        "Holder:    ci@build-agent-7.example (pid 4242)\n"
        "Operation: apply\n"
        "Created:   2024-11-27T11:36:00Z\n"
        "imgver:    0.1.0\n"
        f"Lock:      {lock_path}\n"
        "Check that this is the lock you mean and that its holder is not running, then:\n"
        f"  imgver state force-unlock {info.id}"
    )
    assert json.loads(lock_path.read_text())["id"] == info.id


def test_force_unlock_without_a_lock_says_so(path: Path, lock_path: Path) -> None:
    with pytest.raises(StateError) as caught:
        LocalStore(path).force_unlock("7d3f0c1e-1111-4222-8333-944455556666")

    assert caught.value.summary == "state is not locked"
    assert caught.value.detail == f"There is no lock at {lock_path}; nothing to unlock."


def test_releasing_leaves_alone_a_lock_taken_after_a_force_unlock(
    path: Path, lock_path: Path
) -> None:
    first = LocalStore(path)
    with first.lock("apply") as broken:
        first.force_unlock(broken.id)
        taken = LocalStore(path).lock("plan")
        second = taken.__enter__()

    assert json.loads(lock_path.read_text())["id"] == second.id
    taken.__exit__(None, None, None)
    assert not lock_path.exists()


def test_unreadable_lock_file_is_reported_with_how_to_clear_it(path: Path, lock_path: Path) -> None:
    lock_path.write_text("{not json")

    with pytest.raises(StateLockedError) as locked:
        LocalStore(path).lock("plan").__enter__()
    with pytest.raises(StateError) as unlock:
        LocalStore(path).force_unlock("7d3f0c1e-1111-4222-8333-944455556666")

    assert locked.value.detail == (
        f"The lock {lock_path} exists but cannot be read: Expecting property name enclosed in "
        "double quotes: line 1 column 2 (char 1).\n"
        f"If no imgver run is using this state, delete {lock_path} by hand."
    )
    assert unlock.value.summary == f"the lock {lock_path} cannot be read"
    assert lock_path.read_text() == "{not json"


def test_lock_document_missing_a_field_is_refused() -> None:
    with pytest.raises(ValueError, match='the lock document has no integer "pid"'):
        LockInfo.from_json('{"id": "x", "holder": "a@b", "operation": "apply", "created": "now"}')


def test_lock_document_round_trips() -> None:
    info = LockInfo.new("destroy")

    assert LockInfo.from_json(info.to_json()) == info


def test_a_lock_file_that_cannot_be_removed_is_a_state_error_naming_it(
    path: Path, lock_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_unlink = os.unlink

    def refuse(target: object, *args: object, **kwargs: object) -> None:
        if Path(str(target)) == lock_path:
            raise PermissionError(13, "Permission denied", str(target))
        real_unlink(target)  # type: ignore[arg-type]

    # The lock is taken, then removing it on release fails.
    with pytest.raises(StateError) as caught, LocalStore(path).lock("apply"):
        monkeypatch.setattr(os, "unlink", refuse)

    assert caught.value.summary == f"cannot remove the state lock {lock_path}: Permission denied"
    assert caught.value.detail == "Remove the file by hand once nothing runs against this state."
    assert lock_path.exists()
