"""Plans applied to the embedded local cloud through the real LiveCloud and executor:
each scenario is applied and then planned again, which must find nothing left to do."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from planner.apply.executor import apply_plan
from planner.plan.build import build_plan
from planner.plan.changes import Action, Plan, PlanMode
from planner.plan.refresh import read_live
from planner.spec.desired import DesiredResource
from state.cloud.client import LiveCloud, open_cloud
from state.cloud.polling import PollPolicy
from state.recorded.memory import MemoryStore
from state.recorded.model import State
from state.schema import IMAGE, IMAGE_VERSION
from tests.planner.planner_data import (
    BASE_NOV,
    IMAGE_ADDRESS,
    desired_image,
    desired_version,
    version_properties,
)

FAST_POLL = PollPolicy(first_delay=0.01, max_delay=0.05, read_delay=0.01)


class World:
    """A local cloud, a state store, and helpers to plan and apply a spec."""

    def __init__(self, tmp_path: Path) -> None:
        self.cloud: LiveCloud = open_cloud(
            region="us-east-1",
            profile=None,
            endpoint_url=None,
            local_data=tmp_path / "local-cloud.json",
            poll=FAST_POLL,
        )
        self.store = MemoryStore()

    def plan(self, desired: dict[str, DesiredResource], mode: PlanMode = "normal") -> Plan:
        state = self.store.read()
        live = read_live(self.cloud, state, desired, parallelism=4)
        return build_plan(desired=desired, state=state, live=live, mode=mode)

    def apply(self, desired: dict[str, DesiredResource], mode: PlanMode = "normal") -> Plan:
        plan = self.plan(desired, mode)
        state = self.store.read()
        apply_plan(plan, state=state, store=self.store, cloud=self.cloud, parallelism=4)
        return plan

    def converge(self, desired: dict[str, DesiredResource]) -> Plan:
        plan = self.apply(desired)
        again = self.plan(desired)
        assert [(c.address, c.action) for c in again.changes if c.action is not Action.NOOP] == []
        return plan

    def aliases(self) -> dict[int, list[str]]:
        """Version number -> aliases, for every version of data-science in the cloud."""
        result = {}
        for item in self.cloud.list(IMAGE_VERSION, image_name="data-science"):
            model = self.cloud.read(IMAGE_VERSION, item.identifier)
            assert model is not None
            result[int(model["Version"])] = model.get("Aliases", [])
        return dict(sorted(result.items()))

    def state(self) -> State:
        return self.store.read()


def spec(**versions: dict[str, Any]) -> dict[str, DesiredResource]:
    desired = {IMAGE_ADDRESS: desired_image()}
    for name, changes in versions.items():
        desired[f"image_versions.{name}"] = desired_version(name, version_properties(**changes))
    return desired


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> World:
    monkeypatch.setenv("IMGVER_LOCAL_OP_SECONDS", "0")
    return World(tmp_path)


def test_create_update_replace_move_swap_destroy(world: World) -> None:
    first = world.converge(spec(oct={}))
    assert [c.action for c in first.changes] == [Action.CREATE, Action.CREATE]
    assert world.aliases() == {1: ["2024.10", "stable"]}

    update = world.converge(spec(oct={"ReleaseNotes": "October, fixed"}))
    assert [step.patch for step in update.steps] == [
        [
            {"op": "add", "path": "/Aliases", "value": ["2024.10", "stable"]},
            {"op": "replace", "path": "/ReleaseNotes", "value": "October, fixed"},
        ]
    ]

    replace = world.converge(spec(oct={"BaseImage": BASE_NOV}))
    assert [step.id for step in replace.steps] == [
        "image_versions.oct:create",
        "image_versions.oct#deposed:remove-aliases",
        "image_versions.oct:add-aliases",
        "image_versions.oct#deposed:delete",
    ]
    assert world.aliases() == {2: ["2024.10", "stable"]}
    assert "image_versions.oct#deposed" not in world.state().resources

    world.converge(spec(oct={"BaseImage": BASE_NOV}, nov={"Aliases": None, "JobType": "TRAINING"}))
    move = world.converge(
        spec(
            oct={"BaseImage": BASE_NOV, "Aliases": ["2024.10"]},
            nov={"Aliases": ["stable"], "JobType": "TRAINING"},
        )
    )
    assert [step.id for step in move.steps] == [
        "image_versions.oct:update",
        "image_versions.nov:update",
    ]
    assert world.aliases() == {2: ["2024.10"], 3: ["stable"]}

    swap = world.converge(
        spec(
            oct={"BaseImage": BASE_NOV, "Aliases": ["stable"]},
            nov={"Aliases": ["2024.10"], "JobType": "TRAINING"},
        )
    )
    assert len(swap.steps) == 4
    assert world.aliases() == {2: ["stable"], 3: ["2024.10"]}

    destroy = world.apply({}, mode="destroy")
    assert destroy.steps[-1].id == "images.data-science:delete"
    assert world.state().resources == {}
    assert world.cloud.read(IMAGE, "data-science") is None


def test_image_created_outside_is_seen_before_the_create(world: World) -> None:
    world.converge(spec())
    world.store = MemoryStore()  # a state that forgot the image
    plan = world.plan(spec())
    (change,) = plan.changes
    assert change.action is Action.CREATE
    assert change.reasons[0].endswith(
        "already exists in the cloud but imgver does not manage it, so creating it will "
        "fail: adopt it with `imgver import images.data-science "
        "arn:aws:sagemaker:us-east-1:123456789012:image/data-science`"
    )


def test_version_deleted_outside_is_created_again_in_one_apply(world: World) -> None:
    world.converge(spec(oct={}))
    identifier = world.state().resources["image_versions.oct"].identifier
    assert identifier is not None
    world.cloud.delete(IMAGE_VERSION, identifier)
    plan = world.converge(spec(oct={}))
    assert [step.id for step in plan.steps] == [
        "image_versions.oct:forget",
        "image_versions.oct:create",
    ]
    assert world.aliases() == {2: ["2024.10", "stable"]}
    assert sorted(world.state().resources) == ["image_versions.oct", IMAGE_ADDRESS]
