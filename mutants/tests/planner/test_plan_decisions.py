"""What the planner decides on the second-order paths: a patch jsonpatch writes as a move,
--target of an unchanged address or through two levels, a bare image, an image removed
while a version of it is added, hand-overs with other changes, leftovers of an
interrupted replacement, and the guard against a cycle. Each test is a scenario a user
meets, pinned by the exact steps, patches and errors."""

from __future__ import annotations

import pytest

from planner.errors import PlanError
from planner.plan.build import build_plan
from planner.plan.changes import DEPOSED_SUFFIX, Action, StepKind
from planner.plan.steps import StepGraph, _Draft, order_steps
from planner.spec.desired import Lifecycle, RemovedBlock
from state.recorded.model import State
from state.schema import IMAGE, IMAGE_VERSION
from tests.planner.planner_data import (
    BASE_NOV,
    IMAGE_ADDRESS,
    IMAGE_ARN,
    LINEAGE,
    desired_image,
    image_record,
    live_image,
    live_version,
    state_of,
    version_arn,
    version_properties,
)
from tests.planner.test_plan_build import actions, applied, spec, summary, world


def test_dropping_a_property_that_cannot_be_unset_for_another_with_its_value_replaces() -> None:
    # jsonpatch would write this edit as a `move` from /ReleaseNotes to /MLFramework, but
    # UpdateImageVersion cannot unset ReleaseNotes: the plan replaces the version instead.
    state, live = world({"ds": (3, {"ReleaseNotes": "PyTorch 2.3"})})
    desired = spec(ds={"ReleaseNotes": None, "MLFramework": "PyTorch 2.3"})

    plan = build_plan(desired=desired, state=state, live=live)

    (change,) = [c for c in plan.changes if c.address == "image_versions.ds"]
    assert change.action is Action.CREATE_THEN_DELETE
    assert change.reasons == ["ReleaseNotes cannot be unset on an existing version"]
    assert all(op["op"] != "move" for op in change.patch)


def test_target_of_an_unchanged_address_plans_nothing() -> None:
    state, live = world({"a": (3, {}), "b": (4, {"Aliases": None})})
    desired = spec(a={}, b={"Aliases": None, "ReleaseNotes": "new"})

    plan = build_plan(desired=desired, state=state, live=live, targets=["image_versions.a"])

    assert actions(plan) == {"image_versions.a": Action.NOOP}
    assert plan.steps == []
    assert not plan.has_changes


def test_target_follows_dependencies_of_dependencies() -> None:
    # a needs alias "stable" that b gives up; b needs alias "b-next" that c gives up.
    state, live = world(
        {
            "a": (3, {"Aliases": []}),
            "b": (4, {"Aliases": ["stable"]}),
            "c": (5, {"Aliases": ["b-next"]}),
        }
    )
    desired = spec(a={"Aliases": ["stable"]}, b={"Aliases": ["b-next"]}, c={"Aliases": []})

    plan = build_plan(desired=desired, state=state, live=live, targets=["image_versions.a"])

    assert sorted(change.address for change in plan.changes) == [
        "image_versions.a",
        "image_versions.b",
        "image_versions.c",
    ]
    assert [step.id for step in plan.steps] == [
        "image_versions.b:remove-aliases",
        "image_versions.a:update",
        "image_versions.c:update",
        "image_versions.b:update",
    ]
    summary(plan)  # every dependency is in the plan, before its dependent


def test_an_image_with_no_versions_removed_from_the_spec_is_deleted() -> None:
    state = state_of({IMAGE_ADDRESS: image_record()})

    plan = build_plan(desired={}, state=state, live={IMAGE_ADDRESS: live_image()})

    assert summary(plan) == [("images.data-science:delete", "delete", IMAGE_ARN, (), [])]


def test_removing_an_image_while_adding_a_version_of_it_is_refused() -> None:
    state = state_of({IMAGE_ADDRESS: image_record()})
    desired = spec(n={})
    del desired[IMAGE_ADDRESS]

    with pytest.raises(PlanError) as raised:
        build_plan(desired=desired, state=state, live={IMAGE_ADDRESS: live_image()})

    assert raised.value.summary == (
        "the plan deletes image data-science, which would delete image_versions.n"
    )


def test_a_hand_over_by_a_version_that_also_changes_keeps_its_other_change() -> None:
    state, live = world({"old": (3, {"Aliases": None}), "new": (4, {"BaseImage": BASE_NOV})})
    live["image_versions.old"] = live_version(3, version_properties(Aliases=["stable"]))
    desired = spec(
        old={"Aliases": None, "ReleaseNotes": "retired"},
        new={"BaseImage": BASE_NOV, "Aliases": ["stable", "2024.10"]},
    )
    state.resources["image_versions.new"].properties["Aliases"] = ["2024.10"]
    live["image_versions.new"] = live_version(
        4, version_properties(BaseImage=BASE_NOV, Aliases=["2024.10"])
    )

    plan = build_plan(desired=desired, state=state, live=live)

    (old,) = [c for c in plan.changes if c.address == "image_versions.old"]
    assert old.action is Action.UPDATE
    assert old.patch == [
        {"op": "add", "path": "/Aliases", "value": []},
        {"op": "replace", "path": "/ReleaseNotes", "value": "retired"},
    ]
    assert summary(plan)[0] == (
        "image_versions.old:update",
        "update",
        version_arn(3),
        (),
        old.patch,
    )


def test_a_version_that_stops_being_managed_gives_up_an_alias_before_another_takes_it() -> None:
    # `removed: destroy: false` (FORGET) leaves the object live with its aliases: the
    # version taking one of them must wait until it is given up.
    state, live = world({"old": (3, {}), "new": (4, {"BaseImage": BASE_NOV, "Aliases": []})})
    desired = spec(new={"BaseImage": BASE_NOV, "Aliases": ["stable"]})
    removed = [RemovedBlock("image_versions.old", destroy=False, file="imgver.yaml", line=30)]

    plan = build_plan(desired=desired, state=state, live=live, removed=removed)

    assert actions(plan)["image_versions.old"] is Action.FORGET
    steps = {step.id: step for step in plan.steps}
    giving_up = [
        step_id
        for step_id, step in steps.items()
        if step.address == "image_versions.old" and step.kind is not StepKind.FORGET
    ]
    assert giving_up, "the forgotten version must give up alias stable first"
    assert set(giving_up) <= set(steps["image_versions.new:update"].depends_on)
    summary(plan)


def test_a_leftover_to_forget_blocking_a_new_replacement_is_forgotten_first() -> None:
    state, live = world({"ds": (4, {"BaseImage": BASE_NOV})})
    state.resources["image_versions.ds" + DEPOSED_SUFFIX] = applied(3)[0]
    live["image_versions.ds" + DEPOSED_SUFFIX] = live_version(3, version_properties(Aliases=None))
    desired = spec(ds={"BaseImage": BASE_NOV + "-2", "lifecycle": Lifecycle(on_replace="retain")})

    plan = build_plan(desired=desired, state=state, live=live)

    steps = summary(plan)
    ids = [step[0] for step in steps]
    leftover = "image_versions.ds#deposed-previous:forget"
    assert leftover in ids
    create = next(step for step in plan.steps if step.id == "image_versions.ds:create")
    assert create.depends_on == (leftover,)


def test_steps_that_wait_for_each_other_are_a_plan_error_naming_them() -> None:
    drafts = {
        "image_versions.a:update": _Draft(
            id="image_versions.a:update",
            address="image_versions.a",
            kind=StepKind.UPDATE,
            type_name=IMAGE_VERSION,
            depends={"image_versions.b:update"},
            change="image_versions.a",
        ),
        "image_versions.b:update": _Draft(
            id="image_versions.b:update",
            address="image_versions.b",
            kind=StepKind.UPDATE,
            type_name=IMAGE_VERSION,
            depends={"image_versions.a:update"},
            change="image_versions.b",
        ),
        "images.x:create": _Draft(
            id="images.x:create", address="images.x", kind=StepKind.CREATE, type_name=IMAGE
        ),
    }

    with pytest.raises(PlanError) as raised:
        order_steps(StepGraph(changes={}, drafts=drafts))

    assert raised.value.summary == "the plan's steps wait for each other in a cycle"
    assert raised.value.detail == "steps: image_versions.a:update, image_versions.b:update"


def test_first_plan_for_a_version_whose_image_is_created_with_it() -> None:
    desired = {IMAGE_ADDRESS: desired_image(), **spec(v={})}
    plan = build_plan(desired=desired, state=State(lineage=LINEAGE), live={IMAGE_ADDRESS: None})
    (version_step,) = [s for s in plan.steps if s.id == "image_versions.v:create"]
    assert version_step.depends_on == ("images.data-science:create",)
