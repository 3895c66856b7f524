"""A state file that is a symbolic link: written through (the link stays), and refused
when it points nowhere, instead of being read as "no state" and creating everything again."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from state.errors import StateError
from state.recorded.local import LocalStore
from state.recorded.model import ResourceRecord, State


def one_record() -> State:
    state = State()
    state.resources["images.ds"] = ResourceRecord(
        type="AWS::SageMaker::Image",
        identifier="arn:aws:sagemaker:us-east-1:1:image/ds",
        region="us-east-1",
    )
    return state


def test_a_linked_state_is_written_through_and_the_link_stays(tmp_path: Path) -> None:
    shared = tmp_path / "shared" / "imgver.state.json"
    shared.parent.mkdir()
    link = tmp_path / "imgver.state.json"
    os.symlink(shared, link)

    store = LocalStore(link)
    with store.lock("apply"):
        store.write(one_record())
        store.write(one_record())

    assert link.is_symlink()
    assert LocalStore(shared).read().resources.keys() == {"images.ds"}
    assert (shared.parent / "imgver.state.json.backup").exists()
    assert not (tmp_path / "imgver.state.json.lock").exists()


def test_a_dangling_state_link_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    link = tmp_path / "imgver.state.json"
    os.symlink(tmp_path / "gone" / "state.json", link)

    with pytest.raises(StateError) as caught:
        LocalStore(link).read()

    assert caught.value.summary == (
        f"{link} is a symbolic link to {tmp_path / 'gone' / 'state.json'}, which does not exist"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["imgver.state.json"]
