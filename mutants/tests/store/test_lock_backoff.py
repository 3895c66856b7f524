"""Taking the state lock, pinned without sleeping: the retry schedule on an injected clock,
stale and live holders, unreadable, empty and half-written lock records."""

from __future__ import annotations

import errno
import getpass
import os
import socket
from pathlib import Path

import pytest

import state.recorded.lock as lock
from state.errors import StateError, StateLockedError
from state.recorded.local import LocalStore
from state.recorded.lock import LockClock, LockInfo, LockReading, acquire

HOST = socket.gethostname()


class FakeClock:
    """Time that moves only when the code under test sleeps."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    @property
    def lock_clock(self) -> LockClock:
        return LockClock(monotonic=self.monotonic, sleep=self.sleep)


def holder(pid: int | None = None, host: str = HOST) -> LockInfo:
    return LockInfo(
        id="11111111-2222-3333-4444-555555555555",
        holder=f"ci@{host}",
        pid=os.getpid() if pid is None else pid,
        operation="apply",
        created="2024-11-27T11:36:00Z",
        version="0.1.0",
    )


def never_free(reading: LockReading | None) -> tuple[lock.LockCreate, lock.LockRead]:
    return (lambda info: False), (lambda: reading)


def test_retries_double_from_a_tenth_of_a_second_to_two_and_stop_at_the_deadline() -> None:
    clock = FakeClock()
    create, current = never_free(LockReading(holder()))

    with pytest.raises(StateLockedError) as caught:
        acquire(
            create, current, LockInfo.new("plan"), timeout=9, location="L", clock=clock.lock_clock
        )

    assert clock.sleeps == pytest.approx([0.1, 0.2, 0.4, 0.8, 1.6, 2.0, 2.0, 1.9])
    assert clock.now == pytest.approx(9.0)
    assert "imgver waited 9 s for it to be released." in caught.value.detail


def test_a_lock_released_while_waiting_is_taken_after_the_retries_it_took() -> None:
    clock = FakeClock()
    attempts: list[LockInfo] = []

    def create(info: LockInfo) -> bool:
        attempts.append(info)
        return len(attempts) == 3

    acquire(
        create,
        lambda: LockReading(holder()),
        LockInfo.new("plan"),
        timeout=60,
        location="L",
        clock=clock.lock_clock,
    )

    assert clock.sleeps == pytest.approx([0.1, 0.2])
    assert len(attempts) == 3


def test_no_timeout_means_one_attempt_and_no_wait() -> None:
    clock = FakeClock()
    create, current = never_free(LockReading(holder()))

    with pytest.raises(StateLockedError) as caught:
        acquire(
            create, current, LockInfo.new("plan"), timeout=0, location="L", clock=clock.lock_clock
        )

    assert clock.sleeps == []
    assert "Set --lock-timeout to wait for it to be released." in caught.value.detail
    assert "imgver waited" not in caught.value.detail


def test_a_stale_holder_fails_at_once_even_with_a_long_timeout(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def gone(pid: int, signal: int) -> None:
        raise ProcessLookupError(errno.ESRCH, "No such process")

    monkeypatch.setattr(os, "kill", gone)
    clock = FakeClock()
    create, current = never_free(LockReading(holder(pid=4242)))

    with pytest.raises(StateLockedError) as caught:
        acquire(
            create, current, LockInfo.new("plan"), timeout=600, location="L", clock=clock.lock_clock
        )

    assert clock.sleeps == []
    assert f"(pid 4242 on {HOST})." in caught.value.detail
    assert "imgver waited" not in caught.value.detail


def test_a_holder_that_dies_just_before_the_deadline_is_reported_stale_not_waited_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock = FakeClock()

    def kill(pid: int, signal: int) -> None:
        if clock.now > 7:
            raise ProcessLookupError(errno.ESRCH, "No such process")

    monkeypatch.setattr(os, "kill", kill)
    create, current = never_free(LockReading(holder(pid=4242)))

    with pytest.raises(StateLockedError) as caught:
        acquire(
            create, current, LockInfo.new("plan"), timeout=7.6, location="L", clock=clock.lock_clock
        )

    assert clock.now == pytest.approx(7.1)  # half a second before the deadline
    assert "This lock looks stale" in caught.value.detail
    assert "imgver waited" not in caught.value.detail


def test_a_live_process_of_another_user_is_not_stale(monkeypatch: pytest.MonkeyPatch) -> None:
    def not_yours(pid: int, signal: int) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "kill", not_yours)

    assert holder(pid=4242).looks_stale() is False


def test_a_dead_process_on_this_host_is_stale_and_one_elsewhere_is_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    probed: list[tuple[int, int]] = []

    def gone(pid: int, signal: int) -> None:
        probed.append((pid, signal))
        raise ProcessLookupError(errno.ESRCH, "No such process")

    monkeypatch.setattr(os, "kill", gone)

    assert holder(pid=1).looks_stale() is True
    assert holder(pid=4242, host="elsewhere").looks_stale() is False
    assert probed == [(1, 0)]


def test_pid_zero_or_below_is_never_probed(monkeypatch: pytest.MonkeyPatch) -> None:
    # os.kill(0, 0) would probe the whole process group, os.kill(-1, 0) every process.
    def must_not_run(pid: int, signal: int) -> None:
        raise AssertionError(f"os.kill({pid}, {signal})")

    monkeypatch.setattr(os, "kill", must_not_run)

    assert holder(pid=0).looks_stale() is False
    assert holder(pid=-1).looks_stale() is False


def test_a_record_taken_and_released_repeatedly_while_read_is_a_conflict() -> None:
    clock = FakeClock()
    creates: list[LockInfo] = []

    def create(info: LockInfo) -> bool:
        creates.append(info)
        return False

    with pytest.raises(StateLockedError) as caught:
        acquire(
            create,
            lambda: None,
            LockInfo.new("plan"),
            timeout=0,
            location="L",
            clock=clock.lock_clock,
        )

    assert len(creates) == 3
    assert caught.value.detail == (
        "The lock L exists but cannot be read: it was taken and released repeatedly while "
        "being read.\nIf no imgver run is using this state, delete L by hand."
    )


def test_the_user_falls_back_to_the_uid_without_a_login_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_name() -> str:
        raise KeyError("getpwuid(): uid not found")

    monkeypatch.setattr(getpass, "getuser", no_name)

    assert LockInfo.new("plan").holder == f"{os.getuid()}@{HOST}"


# -- the lock file of a local state ---------------------------------------------------------


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "imgver.state.json"


def test_an_empty_lock_file_is_read_again_then_reported(path: Path) -> None:
    lock_path = path.with_name(path.name + ".lock")
    lock_path.write_text("", encoding="utf-8")

    with pytest.raises(StateLockedError) as caught:
        LocalStore(path).lock("plan").__enter__()

    assert caught.value.detail == (
        f"The lock {lock_path} exists but cannot be read: the lock file is empty.\n"
        f"If no imgver run is using this state, delete {lock_path} by hand."
    )


def test_an_unreadable_lock_file_is_reported_with_why(path: Path) -> None:
    lock_path = path.with_name(path.name + ".lock")
    lock_path.mkdir()

    with pytest.raises(StateLockedError) as caught:
        LocalStore(path).lock("plan").__enter__()

    assert caught.value.detail == (
        f"The lock {lock_path} exists but cannot be read: [Errno 21] Is a directory: "
        f"'{lock_path}'.\nIf no imgver run is using this state, delete {lock_path} by hand."
    )


def test_a_lock_record_that_cannot_be_written_leaves_no_lock_file(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lock_path = path.with_name(path.name + ".lock")

    def disk_full(descriptor: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", disk_full)
    with pytest.raises(StateError) as caught:
        LocalStore(path).lock("plan").__enter__()
    monkeypatch.undo()

    assert caught.value.summary == (
        f"cannot write the state lock {lock_path}: No space left on device"
    )
    assert not lock_path.exists()
    with LocalStore(path).lock("plan"):
        assert lock_path.exists()


# -- the lock record's text and what a damaged one says --------------------------------------


def test_the_lock_record_is_indented_json_with_a_newline() -> None:
    assert holder(pid=7).to_json() == (
        "{\n"
        '  "id": "11111111-2222-3333-4444-555555555555",\n'
        f'  "holder": "ci@{HOST}",\n'
        '  "pid": 7,\n'
        '  "operation": "apply",\n'
        '  "created": "2024-11-27T11:36:00Z",\n'
        '  "imgver_version": "0.1.0"\n'
        "}\n"
    )


def test_a_record_without_a_version_reads_as_unknown() -> None:
    text = (
        '{"id": "i", "holder": "ci@h", "pid": 7, "operation": "plan", '
        '"created": "2024-11-27T11:36:00Z"}'
    )
    assert LockInfo.from_json(text).version == "unknown"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("[]", "the lock document is not a JSON object"),
        ('{"id": 1}', 'the lock document has no text "id"'),
        (
            '{"id": "i", "holder": "h", "operation": "o", "created": "c", "pid": "7"}',
            'the lock document has no integer "pid"',
        ),
    ],
)
def test_a_damaged_record_says_what_is_wrong_with_it(text: str, problem: str) -> None:
    reading = LockReading.parse(text)

    assert reading == LockReading(None, problem)
    error = lock.locked_error(reading, "L", waited=0)
    assert error.summary == "state is locked"
    assert error.detail == (
        f"The lock L exists but cannot be read: {problem}.\n"
        "If no imgver run is using this state, delete L by hand."
    )
    with pytest.raises(StateError) as caught:
        lock.check_force_unlock(reading, "i", "L")
    assert caught.value.summary == "the lock L cannot be read"
    assert caught.value.detail == (
        f"{problem}. If no imgver run is using this state, delete L by hand."
    )


def test_a_live_holder_is_never_taken_over_only_waited_for() -> None:
    clock = FakeClock()
    create, current = never_free(LockReading(holder()))  # this very process: alive
    asked: list[LockInfo] = []

    def take_over(stale: LockInfo) -> bool:
        asked.append(stale)
        return True

    with pytest.raises(StateLockedError):
        acquire(
            create,
            current,
            LockInfo.new("plan"),
            timeout=0.3,
            location="L",
            take_over=take_over,
            clock=clock.lock_clock,
        )

    assert asked == []
    assert clock.sleeps == [0.1, pytest.approx(0.2)]


def test_a_dead_holder_is_taken_over_once_and_a_failed_take_over_is_reported(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def gone(pid: int, signal: int) -> None:
        raise ProcessLookupError(errno.ESRCH, "No such process")

    monkeypatch.setattr(os, "kill", gone)
    clock = FakeClock()
    create, current = never_free(LockReading(holder(pid=4242)))
    asked: list[LockInfo] = []

    def take_over(stale: LockInfo) -> bool:
        asked.append(stale)
        return len(asked) == 1  # the first take-over "works" but the lock stays taken

    with pytest.raises(StateLockedError) as caught:
        acquire(
            create,
            current,
            LockInfo.new("plan"),
            timeout=600,
            location="L",
            take_over=take_over,
            clock=clock.lock_clock,
        )

    assert asked == [holder(pid=4242)]
    assert clock.sleeps == []
    assert (
        "This lock looks stale: it was left by a process that no longer exists "
        f"(pid 4242 on {HOST})."
    ) in caught.value.detail.splitlines()


def test_this_process_on_this_host_looks_alive_and_not_stale() -> None:
    assert holder().looks_alive() is True
    assert holder().looks_stale() is False
    assert holder(host="elsewhere").looks_alive() is False


def test_force_unlock_by_default_removes_even_a_running_holders_lock() -> None:
    # Refusing a live holder is the caller's choice (`even_if_running=False`).
    lock.check_force_unlock(LockReading(holder()), holder().id, "L")


def test_force_unlock_of_a_running_holder_names_it_and_the_way_out_word_for_word() -> None:
    with pytest.raises(StateError) as caught:
        lock.check_force_unlock(
            LockReading(holder()), holder().id, "the/lock", even_if_running=False
        )

    assert caught.value.summary == (
        f"the holder of lock {holder().id} is still running: pid {os.getpid()} on {HOST}"
    )
    assert caught.value.detail.splitlines()[5:] == [
        "Lock:      the/lock",
        "Removing its lock lets another run change the state at the same time. Stop that "
        "process (it releases the lock itself on Ctrl-C, SIGTERM or SIGHUP), or, if you "
        f"are sure, run: imgver state force-unlock {holder().id} --even-if-running",
    ]


def test_force_unlock_of_another_id_names_the_lock_where_it_is() -> None:
    with pytest.raises(StateError) as caught:
        lock.check_force_unlock(LockReading(holder()), "other-id", "the/lock")

    assert "Lock:      the/lock" in caught.value.detail.splitlines()
