"""--target keeps every step of the targeted address, also those nothing waits for: the
record move of an unchanged moved version, and the alias a new version takes."""

from __future__ import annotations

from planner.plan.build import build_plan
from planner.spec.desired import MovedBlock
from tests.planner.test_plan_build import spec, world


def test_a_targeted_moved_version_that_is_unchanged_keeps_its_move() -> None:
    state, live = world({"old": (3, {})})
    block = MovedBlock("image_versions.old", "image_versions.new", "imgver.yaml", 30)

    plan = build_plan(
        desired=spec(new={}),
        state=state,
        live=live,
        moved=[block],
        targets=["image_versions.new"],
    )

    assert [step.id for step in plan.steps] == ["image_versions.new:move"]


def test_a_targeted_new_version_taking_an_alias_keeps_the_alias_step() -> None:
    state, live = world({"a": (3, {"Aliases": ["stable"]})})
    desired = spec(a={"Aliases": []}, n={"Aliases": ["stable"]})

    plan = build_plan(desired=desired, state=state, live=live, targets=["image_versions.n"])

    assert [(step.id, step.depends_on) for step in plan.steps] == [
        ("image_versions.a:update", ()),
        ("image_versions.n:create", ()),
        ("image_versions.n:add-aliases", ("image_versions.a:update", "image_versions.n:create")),
    ]
