"""The StateStore contract, held by every store alike: LocalStore, S3Store and MemoryStore."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from state.errors import StateError, StateLockedError
from state.recorded.backends import open_store
from state.recorded.document import StateStore
from state.recorded.local import LocalStore
from state.recorded.memory import MemoryStore
from state.recorded.model import State
from state.recorded.s3 import S3Store

StoreFactory = Callable[[], StateStore]


@pytest.fixture(params=["local", "s3", "memory"])
def new_store(request: pytest.FixtureRequest, tmp_path: Path) -> StoreFactory:
    """Makes handles on one shared stored state, as separate runs of imgver would."""
    if request.param == "local":
        return lambda: LocalStore(tmp_path / "imgver.state.json")
    if request.param == "s3":
        client = request.getfixturevalue("s3_client")
        client.create_bucket(Bucket="imgver-state")
        return lambda: S3Store("imgver-state", "imgver.state.json", client=client)
    memory = MemoryStore()
    return lambda: memory


def test_nothing_stored_reads_as_a_new_empty_state(new_store: StoreFactory) -> None:
    state = new_store().read()

    assert (state.serial, state.resources) == (0, {})
    assert new_store().pull() == ""


def test_write_bumps_the_serial_and_reads_back(
    new_store: StoreFactory,
    make_state: Callable[..., State],
    make_document: Callable[..., dict[str, Any]],
) -> None:
    store = new_store()
    state = make_state(serial=2)
    store.read()

    store.write(state)

    assert state.serial == 3
    assert new_store().read().to_document() == make_document(serial=3)
    assert json.loads(new_store().pull()) == make_document(serial=3)


def test_read_gives_a_state_the_caller_may_change_freely(
    new_store: StoreFactory,
    make_state: Callable[..., State],
    make_document: Callable[..., dict[str, Any]],
) -> None:
    store = new_store()
    store.write(make_state())

    store.read().resources.clear()

    assert store.read().to_document() == make_document(serial=1)


def test_a_held_lock_refuses_a_second_holder_until_released(new_store: StoreFactory) -> None:
    with new_store().lock("apply") as held:
        with pytest.raises(StateLockedError) as caught:
            new_store().lock("plan").__enter__()
        assert caught.value.summary == "state is locked"
        assert f"imgver state force-unlock {held.id}" in caught.value.detail

    with new_store().lock("plan") as info:
        assert info.operation == "plan"


def test_lock_with_timeout_waits_for_the_holder(new_store: StoreFactory) -> None:
    holding = new_store().lock("apply")
    holding.__enter__()
    released = threading.Event()

    def release_soon() -> None:
        time.sleep(0.2)
        released.set()
        holding.__exit__(None, None, None)

    releaser = threading.Thread(target=release_soon)
    releaser.start()
    try:
        with new_store().lock("plan", timeout=10):
            assert released.is_set()
    finally:
        releaser.join(timeout=10)
        assert not releaser.is_alive()


def test_force_unlock_needs_the_exact_lock_id(new_store: StoreFactory) -> None:
    with pytest.raises(StateError) as caught:
        new_store().force_unlock("00000000-0000-4000-8000-000000000000")
    assert caught.value.summary == "state is not locked"

    holding = new_store().lock("apply")
    held = holding.__enter__()
    with pytest.raises(StateError) as caught:
        new_store().force_unlock("00000000-0000-4000-8000-000000000000")
    assert caught.value.summary == (
        "lock ID 00000000-0000-4000-8000-000000000000 does not match the lock on the state"
    )

    new_store().force_unlock(held.id)

    with new_store().lock("plan"):
        pass
    holding.__exit__(None, None, None)


def test_push_refuses_an_older_serial_unless_forced(
    new_store: StoreFactory,
    make_state: Callable[..., State],
    make_document: Callable[..., dict[str, Any]],
) -> None:
    new_store().write(make_state(serial=6))

    with pytest.raises(StateError) as caught:
        new_store().push(json.dumps(make_document(serial=3, release_notes="old")))
    assert caught.value.summary.startswith("the pushed state is older than ")
    assert new_store().read().to_document() == make_document(serial=7)

    new_store().push(json.dumps(make_document(serial=3, release_notes="old")), force=True)

    assert new_store().read().to_document() == make_document(serial=8, release_notes="old")


def test_push_refuses_another_lineage_unless_forced(
    new_store: StoreFactory,
    make_state: Callable[..., State],
    make_document: Callable[..., dict[str, Any]],
    other_lineage: str,
) -> None:
    new_store().write(make_state(serial=1))
    pushed = json.dumps(make_document(lineage=other_lineage, serial=1))

    with pytest.raises(StateError) as caught:
        new_store().push(pushed)
    assert caught.value.summary.startswith("the pushed state has another lineage than ")

    new_store().push(pushed, force=True)

    assert new_store().read().to_document() == make_document(lineage=other_lineage, serial=3)


def test_pull_then_push_round_trips_with_a_higher_serial(
    new_store: StoreFactory,
    make_state: Callable[..., State],
    make_document: Callable[..., dict[str, Any]],
) -> None:
    new_store().write(make_state(serial=4))
    pulled = json.loads(new_store().pull())
    pulled["resources"]["image_versions.ds-2024-10"]["properties"]["ReleaseNotes"] = "edited"

    new_store().push(json.dumps(pulled))

    assert new_store().read().to_document() == make_document(serial=6, release_notes="edited")


def test_open_store_picks_the_local_file_by_default() -> None:
    store = open_store("local")

    assert isinstance(store, LocalStore)
    assert store.description == "imgver.state.json"


def test_open_store_uses_the_given_path(tmp_path: Path) -> None:
    store = open_store("local", path=tmp_path / "prod.state.json")

    assert store.description == str(tmp_path / "prod.state.json")


def test_open_store_needs_bucket_and_key_for_s3() -> None:
    with pytest.raises(StateError) as caught:
        open_store("s3", bucket="imgver-state")

    assert caught.value.summary == "the s3 state backend needs key"
    assert caught.value.detail == (
        "Set settings.backend.bucket and settings.backend.key in the spec."
    )


def test_open_store_builds_s3_stores_without_touching_aws() -> None:
    store = open_store("s3", bucket="imgver-state", key="k/imgver.state.json", profile="ml")

    assert isinstance(store, S3Store)
    assert store.description == "s3://imgver-state/k/imgver.state.json"


def test_open_store_refuses_an_unknown_backend() -> None:
    with pytest.raises(StateError) as caught:
        open_store("consul")

    assert caught.value.summary == "unknown state backend type 'consul'"
    assert caught.value.detail == 'settings.backend.type must be "local" or "s3".'
