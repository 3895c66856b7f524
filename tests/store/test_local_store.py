"""LocalStore: the state file on disk, its serial, backup, permissions and damaged-file errors."""

from __future__ import annotations

import json
import stat
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from state.errors import StateError
from state.recorded.local import LocalStore
from state.recorded.model import State
from tests.store.conftest import stored_text


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "imgver.state.json"


def test_read_without_a_file_gives_a_new_empty_state_and_creates_nothing(
    path: Path, lineage: str
) -> None:
    state = LocalStore(path).read()

    assert state.serial == 0
    assert state.resources == {}
    assert state.lineage == ""
    assert list(path.parent.iterdir()) == []


def test_the_first_write_names_the_lineage_and_later_reads_keep_it(path: Path) -> None:
    store = LocalStore(path)
    assert store.read().lineage == store.read().lineage == ""

    state = store.read()
    store.write(state)

    assert str(uuid.UUID(state.lineage)) == state.lineage
    assert store.read().lineage == state.lineage


def test_write_bumps_the_serial_in_place_and_stores_the_exact_document(
    path: Path, make_state: Callable[..., State], make_document: Callable[..., dict[str, Any]]
) -> None:
    state = make_state()

    LocalStore(path).write(state)

    assert state.serial == 1
    assert json.loads(path.read_text()) == make_document(serial=1)
    assert path.read_text() == stored_text(serial=1)


def test_each_write_bumps_the_serial_by_one(path: Path, make_state: Callable[..., State]) -> None:
    store = LocalStore(path)
    state = make_state(serial=7)

    store.write(state)
    store.write(state)

    assert state.serial == 9
    assert json.loads(path.read_text())["serial"] == 9


def test_read_returns_what_was_written(
    path: Path, make_state: Callable[..., State], make_document: Callable[..., dict[str, Any]]
) -> None:
    store = LocalStore(path)
    store.write(make_state())

    assert store.read().to_document() == make_document(serial=1)


def test_first_write_leaves_no_backup_and_no_temporary_files(
    path: Path, make_state: Callable[..., State]
) -> None:
    LocalStore(path).write(make_state())

    assert sorted(entry.name for entry in path.parent.iterdir()) == ["imgver.state.json"]


def test_write_keeps_the_previous_document_as_backup(
    path: Path, make_state: Callable[..., State], make_document: Callable[..., dict[str, Any]]
) -> None:
    store = LocalStore(path)
    state = make_state()
    store.write(state)
    previous = path.read_bytes()
    state.resources["image_versions.ds-2024-10"].properties["ReleaseNotes"] = "second"

    store.write(state)

    backup = path.with_name("imgver.state.json.backup")
    assert backup.read_bytes() == previous
    assert json.loads(path.read_text()) == make_document(serial=2, release_notes="second")
    assert sorted(entry.name for entry in path.parent.iterdir()) == [
        "imgver.state.json",
        "imgver.state.json.backup",
    ]


def test_state_and_backup_are_readable_by_their_owner_only(
    path: Path, make_state: Callable[..., State]
) -> None:
    store = LocalStore(path)
    state = make_state()
    store.write(state)
    store.write(state)

    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.with_name("imgver.state.json.backup").stat().st_mode) == 0o600


def test_write_replaces_a_wider_file_mode(
    path: Path, make_state: Callable[..., State], make_document: Callable[..., dict[str, Any]]
) -> None:
    path.write_text(json.dumps(make_document(serial=3)))
    path.chmod(0o644)

    LocalStore(path).write(make_state(serial=3))

    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_write_creates_the_folder_of_the_state(
    tmp_path: Path, make_state: Callable[..., State], make_document: Callable[..., dict[str, Any]]
) -> None:
    path = tmp_path / "states" / "prod" / "imgver.state.json"

    LocalStore(path).write(make_state())

    assert json.loads(path.read_text()) == make_document(serial=1)


def test_a_failed_write_leaves_the_serial_unchanged(
    path: Path, make_state: Callable[..., State]
) -> None:
    path.mkdir()
    state = make_state(serial=4)

    with pytest.raises(StateError) as caught:
        LocalStore(path).write(state)

    assert state.serial == 4
    assert caught.value.summary == f"cannot write {path}: Is a directory"
    assert caught.value.detail == "The stored state is unchanged."


def test_truncated_file_names_the_file_and_points_to_the_backup(
    path: Path, make_state: Callable[..., State]
) -> None:
    store = LocalStore(path)
    state = make_state()
    store.write(state)
    store.write(state)
    truncated = path.read_bytes()[:40]
    path.write_bytes(truncated)
    backup = path.with_name("imgver.state.json.backup")
    backup_before = backup.read_bytes()

    with pytest.raises(StateError) as caught:
        store.read()

    assert caught.value.summary == (
        f"{path} is not valid JSON (line 1 column 38: Unterminated string starting at)"
    )
    assert caught.value.detail == (
        f"It may be truncated or corrupt. The previous state is kept in {backup}: check it "
        f"and, if it is right, copy it over {path}. imgver has changed neither file."
    )
    assert path.read_bytes() == truncated
    assert backup.read_bytes() == backup_before


def test_corrupt_file_without_backup_says_there_is_none(path: Path) -> None:
    path.write_text("not json at all")

    with pytest.raises(StateError) as caught:
        LocalStore(path).read()

    assert caught.value.summary == (f"{path} is not valid JSON (line 1 column 1: Expecting value)")
    assert caught.value.detail == (
        f"It may be truncated or corrupt. There is no backup ({path}.backup does not exist). "
        f"Restore {path} from your own backups or version control; imgver has not changed it."
    )
    assert path.read_text() == "not json at all"


def test_empty_file_is_an_error_not_an_empty_state(path: Path) -> None:
    path.write_text("")

    with pytest.raises(StateError) as caught:
        LocalStore(path).read()

    assert caught.value.summary == f"{path} is empty"
    assert caught.value.detail.startswith("It may have been truncated. There is no backup")


def test_binary_garbage_is_reported_as_not_text(path: Path) -> None:
    path.write_bytes(b"\xff\xfe\x00garbage")

    with pytest.raises(StateError) as caught:
        LocalStore(path).read()

    assert caught.value.summary == f"{path} is not valid UTF-8 text (invalid start byte at byte 0)"
    assert caught.value.detail.startswith("The file may be corrupt. There is no backup")


def test_another_format_is_refused_with_the_backup_hint(path: Path) -> None:
    path.write_text('{"version": 4, "terraform_version": "1.9.0"}')

    with pytest.raises(StateError) as caught:
        LocalStore(path).read()

    assert caught.value.summary == f"{path} is not an imgver state file"
    assert caught.value.detail == (
        'expected "format": "imgver-state" at the top of the document. There is no backup '
        f"({path}.backup does not exist). Restore {path} from your own backups or version "
        "control; imgver has not changed it."
    )


def test_a_newer_format_version_is_refused_without_suggesting_a_restore(
    path: Path, make_document: Callable[..., dict[str, Any]]
) -> None:
    document = make_document(serial=3) | {"version": 2}
    path.write_text(json.dumps(document))

    with pytest.raises(StateError) as caught:
        LocalStore(path).read()

    assert caught.value.summary == (
        f"{path} has state format version 2, newer than this imgver understands (1)"
    )
    assert caught.value.detail == "upgrade imgver to read it; this version will not change it"
    assert json.loads(path.read_text()) == document


def test_pull_gives_the_stored_text_or_nothing(
    path: Path, make_state: Callable[..., State]
) -> None:
    store = LocalStore(path)
    assert store.pull() == ""

    store.write(make_state())

    assert store.pull() == path.read_text()


def test_push_into_an_empty_store_keeps_lineage_and_bumps_the_serial(
    path: Path, make_document: Callable[..., dict[str, Any]]
) -> None:
    store = LocalStore(path)

    store.push(json.dumps(make_document(serial=5)))

    assert json.loads(path.read_text()) == make_document(serial=6)


def test_push_of_the_same_serial_is_accepted_and_lands_above_it(
    path: Path, make_state: Callable[..., State], make_document: Callable[..., dict[str, Any]]
) -> None:
    store = LocalStore(path)
    store.write(make_state(serial=4))

    store.push(json.dumps(make_document(serial=5, release_notes="edited")))

    assert json.loads(path.read_text()) == make_document(serial=6, release_notes="edited")
    assert json.loads(path.with_name("imgver.state.json.backup").read_text()) == (
        make_document(serial=5)
    )


def test_push_of_an_older_serial_is_refused_and_changes_nothing(
    path: Path,
    make_state: Callable[..., State],
    make_document: Callable[..., dict[str, Any]],
    lineage: str,
) -> None:
    store = LocalStore(path)
    store.write(make_state(serial=8))
    before = path.read_bytes()

    with pytest.raises(StateError) as caught:
        store.push(json.dumps(make_document(serial=6)))

    assert caught.value.summary == f"the pushed state is older than {path}"
    assert caught.value.detail == (
        f"Pushed serial 6, stored serial 9 (lineage {lineage}): storing it would undo 3 later "
        "write(s). Nothing was stored; pull the current state, make your change to it and "
        "push that, or push with --force."
    )
    assert path.read_bytes() == before


def test_push_of_another_lineage_is_refused(
    path: Path,
    make_state: Callable[..., State],
    make_document: Callable[..., dict[str, Any]],
    lineage: str,
    other_lineage: str,
) -> None:
    store = LocalStore(path)
    store.write(make_state(serial=2))

    with pytest.raises(StateError) as caught:
        store.push(json.dumps(make_document(lineage=other_lineage, serial=40)))

    assert caught.value.summary == f"the pushed state has another lineage than {path}"
    assert caught.value.detail == (
        f"Pushed lineage {other_lineage}, stored lineage {lineage}: the pushed document "
        "records a different history. Nothing was stored; push with --force to replace the "
        "stored state anyway."
    )
    assert json.loads(path.read_text()) == make_document(serial=3)


def test_forced_push_of_another_lineage_lands_above_both_serials(
    path: Path,
    make_state: Callable[..., State],
    make_document: Callable[..., dict[str, Any]],
    lineage: str,
    other_lineage: str,
) -> None:
    store = LocalStore(path)
    store.write(make_state(serial=9))

    store.push(json.dumps(make_document(lineage=other_lineage, serial=2)), force=True)

    assert json.loads(path.read_text()) == make_document(lineage=other_lineage, serial=11)


def test_push_refuses_a_document_that_is_not_json(path: Path) -> None:
    with pytest.raises(StateError) as caught:
        LocalStore(path).push("{")

    assert caught.value.summary == (
        "the pushed document is not valid JSON (line 1 column 2: Expecting property name "
        "enclosed in double quotes)"
    )
    assert not path.exists()


def test_push_refuses_a_document_that_is_not_a_state(path: Path) -> None:
    with pytest.raises(StateError) as caught:
        LocalStore(path).push('{"resources": {}}')

    assert caught.value.summary == "the pushed document is not an imgver state file"
    assert not path.exists()


def test_push_over_a_damaged_state_needs_force(
    path: Path, make_document: Callable[..., dict[str, Any]]
) -> None:
    path.write_text('{"format": "imgver-state", "ver')
    store = LocalStore(path)

    with pytest.raises(StateError) as caught:
        store.push(json.dumps(make_document(serial=1)))
    assert caught.value.detail == "It may be truncated or corrupt. Push with --force to replace it."

    store.push(json.dumps(make_document(serial=1)), force=True)

    assert json.loads(path.read_text()) == make_document(serial=2)
    assert path.with_name("imgver.state.json.backup").read_text() == (
        '{"format": "imgver-state", "ver'
    )


def test_written_state_reads_back_as_an_equal_state(
    path: Path, make_state: Callable[..., State], make_document: Callable[..., dict[str, Any]]
) -> None:
    store = LocalStore(path)
    state = make_state()
    store.write(state)

    assert store.read() == State.from_document(make_document(serial=1))


def test_a_recorded_prevent_destroy_that_is_not_a_boolean_is_refused(tmp_path: Path) -> None:
    from state.recorded.model import State

    document = {
        "format": "imgver-state",
        "version": 1,
        "serial": 1,
        "lineage": "l",
        "resources": {
            "images.ds": {
                "type": "AWS::SageMaker::Image",
                "identifier": None,
                "region": "r",
                "prevent_destroy": "yes",
            }
        },
    }
    with pytest.raises(StateError) as caught:
        State.from_document(document, source="s.json")
    assert caught.value.summary == (
        "s.json is malformed: prevent_destroy must be true or false, not 'yes'"
    )
