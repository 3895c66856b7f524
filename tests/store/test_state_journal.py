"""LocalStore's journal: record changes appended beside the state file, replayed by every
read, folded into the file every K entries, every T seconds and when the lock is released."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from planner.apply.journal import Ledger
from state.errors import StateError
from state.recorded.document import render_state
from state.recorded.local import LocalStore
from state.recorded.model import PendingOperation, ResourceRecord, State
from tests.store.conftest import stored_text

ADDRESS = "image_versions.ds-2024-10"
NEW = "image_versions.ds-2024-11"


def journal_of(path: Path) -> Path:
    return path.with_name(path.name + ".journal")


def lines_of(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in journal_of(path).read_text().splitlines()]


def new_record(notes: str = "new") -> ResourceRecord:
    return ResourceRecord(
        type="AWS::SageMaker::ImageVersion",
        identifier=None,
        region="us-east-1",
        properties={"ImageName": "data-science", "ReleaseNotes": notes},
        pending=PendingOperation("CREATE", "token-1", "2024-11-05T10:00:00Z"),
    )


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "imgver.state.json"


@pytest.fixture
def stored(path: Path, make_state: Callable[..., State]) -> State:
    """A state written whole once (serial 1), as a run before the apply left it."""
    state = make_state()
    LocalStore(path).write(state)
    return state


def test_changes_are_appended_as_the_changed_records_only_and_every_read_replays_them(
    path: Path, stored: State
) -> None:
    store = LocalStore(path)
    stored.resources[NEW] = new_record()
    store.write_changes(stored, [NEW])
    del stored.resources[ADDRESS]
    store.write_changes(stored, [ADDRESS])

    assert path.read_text() == stored_text(serial=1)  # the file is not rewritten
    assert lines_of(path) == [
        {
            "serial": 2,
            "lineage": stored.lineage,
            "records": {NEW: new_record().to_document()},
        },
        {"serial": 3, "lineage": stored.lineage, "records": {ADDRESS: None}},
    ]
    # Another process, taking no lock (drift, state show), sees every write that returned.
    seen = LocalStore(path).read()
    assert (seen.serial, sorted(seen.resources)) == (3, [NEW])
    assert seen.to_document() == stored.to_document()
    assert json.loads(LocalStore(path).pull()) == stored.to_document()


def test_the_journal_is_folded_into_the_file_every_k_entries(path: Path, stored: State) -> None:
    store = LocalStore(path, fold_every=5)  # more than 2 entries per record of the state
    for notes in ("one", "two", "three", "four"):
        stored.resources[NEW] = new_record(notes)
        store.write_changes(stored, [NEW])
    assert len(lines_of(path)) == 4

    stored.resources[NEW] = new_record("five")
    store.write_changes(stored, [NEW])

    assert not journal_of(path).exists()
    assert path.read_text() == render_state(stored)
    assert stored.serial == 6


def test_a_larger_state_folds_after_two_entries_per_record_so_rewrites_stay_linear(
    path: Path, stored: State
) -> None:
    for number in range(4):  # five records in all
        stored.resources[f"{NEW}-{number}"] = new_record(str(number))
    store = LocalStore(path, fold_every=3)
    for number in range(9):
        stored.resources[NEW + "-0"] = new_record(f"change {number}")
        store.write_changes(stored, [NEW + "-0"])
    assert len(lines_of(path)) == 9  # not folded at 3 or 6: fewer than 2 x 5 entries

    stored.resources[NEW + "-0"] = new_record("tenth")
    store.write_changes(stored, [NEW + "-0"])

    assert not journal_of(path).exists()
    assert path.read_text() == render_state(stored)
    assert LocalStore(path).read().to_document() == stored.to_document()


def test_the_journal_is_folded_once_its_first_entry_is_t_seconds_old(
    path: Path, stored: State
) -> None:
    now = [100.0]
    store = LocalStore(path, fold_seconds=30.0, clock=lambda: now[0])
    stored.resources[NEW] = new_record("one")
    store.write_changes(stored, [NEW])
    now[0] = 129.0
    stored.resources[NEW] = new_record("two")
    store.write_changes(stored, [NEW])
    assert len(lines_of(path)) == 2

    now[0] = 130.0
    stored.resources[NEW] = new_record("three")
    store.write_changes(stored, [NEW])

    assert not journal_of(path).exists()
    assert path.read_text() == render_state(stored)


def test_releasing_the_lock_folds_what_the_run_journaled(path: Path, stored: State) -> None:
    store = LocalStore(path)
    with store.lock("apply"):
        stored.resources[NEW] = new_record()
        store.write_changes(stored, [NEW])
        assert journal_of(path).exists()

    assert not journal_of(path).exists()
    assert path.read_text() == render_state(stored)
    assert LocalStore(path).read().to_document() == stored.to_document()


def test_a_torn_last_line_from_a_crash_is_ignored_and_the_next_run_folds_it_away(
    path: Path, stored: State
) -> None:
    store = LocalStore(path)
    stored.resources[NEW] = new_record()
    store.write_changes(stored, [NEW])
    whole = stored.to_document()
    with journal_of(path).open("ab") as journal:  # SIGKILL in the middle of an append
        journal.write(b'{"serial":3,"lineage":"' + stored.lineage.encode() + b'","rec')

    after_crash = LocalStore(path).read()
    assert after_crash.to_document() == whole

    next_run = LocalStore(path)
    after_crash.resources[NEW] = new_record("resumed")
    next_run.write_changes(after_crash, [NEW])

    assert lines_of(path) == [
        {
            "serial": 3,
            "lineage": stored.lineage,
            "records": {NEW: new_record("resumed").to_document()},
        }
    ]
    assert json.loads(path.read_text()) == whole  # folded, then appended to a new journal
    assert LocalStore(path).read().to_document() == after_crash.to_document()


def test_entries_a_fold_already_put_in_the_file_are_skipped(path: Path, stored: State) -> None:
    store = LocalStore(path)
    stored.resources[NEW] = new_record()
    store.write_changes(stored, [NEW])
    leftover = journal_of(path).read_bytes()
    store.write(stored)  # a whole write: the file has serial 3 and the journal is dropped
    assert not journal_of(path).exists()
    journal_of(path).write_bytes(leftover)  # a crash before the removal reached the disk

    assert LocalStore(path).read().to_document() == stored.to_document()


def test_a_damaged_line_before_the_last_is_refused_naming_the_journal(
    path: Path, stored: State
) -> None:
    store = LocalStore(path)
    stored.resources[NEW] = new_record()
    store.write_changes(stored, [NEW])
    journal = journal_of(path)
    journal.write_bytes(b"not json\n" + journal.read_bytes())

    with pytest.raises(StateError) as caught:
        LocalStore(path).read()

    assert caught.value.summary == f"the state journal {journal} is damaged at line 1"


def test_an_entry_that_skips_writes_is_refused(path: Path, stored: State) -> None:
    line = {"serial": 5, "lineage": stored.lineage, "records": {NEW: None}}
    journal_of(path).write_text(json.dumps(line) + "\n")

    with pytest.raises(StateError) as caught:
        LocalStore(path).read()

    assert caught.value.summary == (
        f"the state journal {journal_of(path)} does not continue the state file"
    )
    assert "The state file has serial 1 and the journal's next entry has serial 5" in (
        caught.value.detail
    )


def test_the_backup_is_written_once_per_store_with_the_state_it_first_found(
    path: Path, stored: State
) -> None:
    first = path.read_bytes()
    store = LocalStore(path)
    for notes in ("two", "three"):
        stored.resources[ADDRESS].properties["ReleaseNotes"] = notes
        store.write(stored)

    assert path.with_name(path.name + ".backup").read_bytes() == first
    assert json.loads(path.read_text())["serial"] == 3


def test_a_ledger_commit_journals_only_the_record_it_touched(path: Path, stored: State) -> None:
    stored.resources["images.ds"] = ResourceRecord(
        type="AWS::SageMaker::Image", identifier="arn:image", region="us-east-1"
    )
    ledger = Ledger(stored, LocalStore(path), clock=lambda: 0.0)

    token, deposed = ledger.begin_create(NEW, "AWS::SageMaker::ImageVersion", "us-east-1", {})

    assert not deposed
    (line,) = lines_of(path)
    assert line["records"] == {
        NEW: {
            "type": "AWS::SageMaker::ImageVersion",
            "identifier": None,
            "region": "us-east-1",
            "properties": {},
            "status": "created",
            "pending": {
                "operation": "CREATE",
                "client_token": token,
                "request_token": None,
                "started": "1970-01-01T00:00:00Z",
            },
        },
    }


def test_steps_finishing_together_all_land_in_order_through_folds(
    path: Path, stored: State
) -> None:
    """Eight threads commit at once (their fsyncs shared), with folds every 7 entries."""
    store = LocalStore(path, fold_every=7, fold_per_record=0)
    ledger = Ledger(stored, store, clock=lambda: 0.0)

    def create(worker: int) -> None:
        for number in range(10):
            address = f"image_versions.w{worker}-{number}"
            ledger.begin_create(address, "AWS::SageMaker::ImageVersion", "us-east-1", {})
            ledger.created(address, "AWS::SageMaker::ImageVersion", f"arn:{address}", {}, None)

    workers = [threading.Thread(target=create, args=(worker,)) for worker in range(8)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()

    assert stored.serial == 1 + 8 * 10 * 2
    assert LocalStore(path).read().to_document() == stored.to_document()
    serials = [line["serial"] for line in lines_of(path)]
    assert len(serials) < 7  # the rest was folded into the file
    assert serials == list(range(stored.serial - len(serials) + 1, stored.serial + 1))
