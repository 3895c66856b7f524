"""Whole steps, every field: what a `moved:` block, a record forgotten before a create, a
refresh, an image update and a retained image rename put in each Step; steps that keep to
their change under --target; hand-over reasons naming several aliases; and values in
steps that are copies of the plan's changes."""

from __future__ import annotations

from typing import Any

import pytest

from planner.errors import PlanError
from planner.plan.build import build_plan
from planner.plan.changes import Action, Plan, PropertyChange, ResourceChange, Step, StepKind
from planner.plan.steps import _Draft, _StepBuilder
from planner.spec.desired import Lifecycle, MovedBlock
from state.schema import IMAGE, IMAGE_VERSION
from tests.planner.planner_data import (
    BASE_NOV,
    IMAGE_ADDRESS,
    IMAGE_ARN,
    desired_image,
    image_properties,
    image_record,
    live_image,
    live_version,
    record,
    state_of,
    version_arn,
    version_properties,
)
from tests.planner.test_plan_build import spec, world

MOVED = "image_versions.new"


def test_a_moved_version_moves_its_record_before_every_other_step_of_it() -> None:
    state, live = world({"old": (3, {})})
    desired = spec(new={"ReleaseNotes": "new"})
    desired[IMAGE_ADDRESS] = desired_image(image_properties(ImageDisplayName="DS"))
    block = MovedBlock("image_versions.old", MOVED, "imgver.yaml", 30)

    plan = build_plan(desired=desired, state=state, live=live, moved=[block])

    (change,) = [change for change in plan.changes if change.address == MOVED]
    assert change.moved_from == "image_versions.old"
    assert change.reasons == ["moved from image_versions.old (imgver.yaml:30)"]
    assert plan.steps == [
        Step(
            id="images.data-science:update",
            address=IMAGE_ADDRESS,
            kind=StepKind.UPDATE,
            type_name=IMAGE,
            identifier=IMAGE_ARN,
            patch=[{"op": "add", "path": "/ImageDisplayName", "value": "DS"}],
            description="update ImageDisplayName on image data-science",
        ),
        Step(
            id=f"{MOVED}:move",
            address=MOVED,
            kind=StepKind.MOVE,
            type_name=IMAGE_VERSION,
            identifier=version_arn(3),
            description="move the record of version 3 of data-science from image_versions.old",
            moved_from="image_versions.old",
        ),
        Step(
            id=f"{MOVED}:update",
            address=MOVED,
            kind=StepKind.UPDATE,
            type_name=IMAGE_VERSION,
            identifier=version_arn(3),
            patch=[
                {"op": "add", "path": "/Aliases", "value": ["2024.10", "stable"]},
                {"op": "replace", "path": "/ReleaseNotes", "value": "new"},
            ],
            depends_on=(f"{MOVED}:move",),
            description="update ReleaseNotes on version 3 of data-science",
        ),
    ]


def test_a_moved_image_that_is_unchanged_is_only_moved() -> None:
    state = state_of({"images.old": image_record()})
    block = MovedBlock("images.old", IMAGE_ADDRESS, "imgver.yaml", 3)

    plan = build_plan(
        desired={IMAGE_ADDRESS: desired_image()},
        state=state,
        live={"images.old": live_image()},
        moved=[block],
    )

    assert plan.steps == [
        Step(
            id=f"{IMAGE_ADDRESS}:move",
            address=IMAGE_ADDRESS,
            kind=StepKind.MOVE,
            type_name=IMAGE,
            identifier=IMAGE_ARN,
            description="move the record of image data-science from images.old",
            moved_from="images.old",
        )
    ]


def test_a_targeted_image_deleted_outside_forgets_its_record_then_creates_it() -> None:
    state = state_of({IMAGE_ADDRESS: image_record()})

    plan = build_plan(
        desired={IMAGE_ADDRESS: desired_image()},
        state=state,
        live={IMAGE_ADDRESS: None},
        targets=[IMAGE_ADDRESS],
    )

    assert plan.steps == [
        Step(
            id=f"{IMAGE_ADDRESS}:forget",
            address=IMAGE_ADDRESS,
            kind=StepKind.FORGET,
            type_name=IMAGE,
            identifier=IMAGE_ARN,
            description="forget image data-science (deleted outside imgver)",
        ),
        Step(
            id=f"{IMAGE_ADDRESS}:create",
            address=IMAGE_ADDRESS,
            kind=StepKind.CREATE,
            type_name=IMAGE,
            properties=image_properties(),
            depends_on=(f"{IMAGE_ADDRESS}:forget",),
            description="create image data-science",
        ),
    ]


def test_a_targeted_refresh_only_plan_keeps_the_record_step() -> None:
    state, live = world({"a": (3, {})})
    live_a = live["image_versions.a"]
    assert live_a is not None
    live_a["ReleaseNotes"] = "changed in the console"

    plan = build_plan(
        desired=spec(a={}),
        state=state,
        live=live,
        mode="refresh-only",
        targets=["image_versions.a"],
    )

    (step,) = plan.steps
    assert (step.id, step.kind, step.address, step.type_name, step.identifier) == (
        "image_versions.a:record",
        StepKind.RECORD,
        "image_versions.a",
        IMAGE_VERSION,
        version_arn(3),
    )
    assert step.properties is not None
    assert step.properties["ReleaseNotes"] == "changed in the console"
    assert step.description == "record the live values of version 3 of data-science"
    assert step.deposed is False
    (change,) = plan.changes
    step.properties["Aliases"].append("changed-later")
    assert change.after is not None and change.after["Aliases"] == ["2024.10", "stable"]


def test_a_retained_image_rename_stops_managing_the_old_image() -> None:
    state = state_of({IMAGE_ADDRESS: image_record()})
    renamed = desired_image(
        image_properties(ImageName="renamed"), lifecycle=Lifecycle(on_replace="retain")
    )

    plan = build_plan(
        desired={IMAGE_ADDRESS: renamed}, state=state, live={IMAGE_ADDRESS: live_image()}
    )

    assert plan.steps == [
        Step(
            id=f"{IMAGE_ADDRESS}:create",
            address=IMAGE_ADDRESS,
            kind=StepKind.CREATE,
            type_name=IMAGE,
            properties=image_properties(ImageName="renamed"),
            description="create image renamed",
        ),
        Step(
            id=f"{IMAGE_ADDRESS}#deposed:forget",
            address=IMAGE_ADDRESS,
            kind=StepKind.FORGET,
            type_name=IMAGE,
            identifier=IMAGE_ARN,
            depends_on=(f"{IMAGE_ADDRESS}:create",),
            deposed=True,
            description="stop managing image data-science (it stays in the cloud)",
        ),
    ]


def test_an_image_update_of_two_properties_names_both() -> None:
    state, live = world({})
    desired = {
        IMAGE_ADDRESS: desired_image(image_properties(ImageDescription="x", ImageDisplayName="DS"))
    }

    plan = build_plan(desired=desired, state=state, live=live)

    (step,) = plan.steps
    assert step.description == "update ImageDescription, ImageDisplayName on image data-science"


def test_a_version_handing_two_aliases_to_two_versions_names_them_all() -> None:
    state, live = world(
        {"old": (3, {"Aliases": None}), "b": (4, {"Aliases": []}), "c": (5, {"Aliases": []})}
    )
    live["image_versions.old"] = live_version(3, version_properties(Aliases=["stable", "2024.10"]))
    desired = spec(old={"Aliases": None}, b={"Aliases": ["stable"]}, c={"Aliases": ["2024.10"]})

    plan = build_plan(desired=desired, state=state, live=live)

    (change,) = [change for change in plan.changes if change.address == "image_versions.old"]
    assert change.reasons == ["aliases 2024.10, stable move to image_versions.b, image_versions.c"]


def test_a_create_step_and_an_update_step_hold_copies_of_the_change() -> None:
    tags = [{"Key": "team", "Value": "ds"}]
    state = state_of({})
    created = build_plan(
        desired={IMAGE_ADDRESS: desired_image(image_properties(Tags=tags))}, state=state, live={}
    )
    state, live = world({})
    updated = build_plan(
        desired={IMAGE_ADDRESS: desired_image(image_properties(Tags=tags))},
        state=state,
        live=live,
    )

    (create,) = created.steps
    (update,) = updated.steps
    assert create.properties is not None
    create.properties["Tags"][0]["Value"] = "changed-later"
    update.patch[0]["value"][0]["Value"] = "changed-later"

    assert created.changes[0].after == image_properties(Tags=tags)
    assert updated.changes[0].patch == [{"op": "add", "path": "/Tags", "value": tags}]


def test_two_steps_with_one_id_are_refused_naming_it() -> None:
    builder = _StepBuilder({}, state_of({}))
    builder._add(
        IMAGE_ADDRESS,
        _Draft(id="images.x:create", address="images.x", kind=StepKind.CREATE, type_name=IMAGE),
    )

    with pytest.raises(PlanError) as raised:
        builder._add(
            IMAGE_ADDRESS,
            _Draft(id="images.x:create", address="images.x", kind=StepKind.CREATE, type_name=IMAGE),
        )

    assert raised.value.summary == "two steps of the plan are both called images.x:create"


def ignored_alias_world(**old: Any) -> Plan:
    """Version old holds stable and keep but its spec entry ignores aliases; new takes
    stable."""
    state, live = world(
        {
            "old": (3, {"Aliases": ["stable", "keep"]}),
            "new": (4, {"BaseImage": BASE_NOV, "Aliases": []}),
        }
    )
    desired = spec(
        old={"Aliases": None, "lifecycle": Lifecycle(ignore_changes=("Aliases",)), **old},
        new={"BaseImage": BASE_NOV, "Aliases": ["stable"]},
    )
    return build_plan(desired=desired, state=state, live=live)


def old_change(plan: Plan) -> ResourceChange:
    (change,) = [change for change in plan.changes if change.address == "image_versions.old"]
    return change


def test_a_version_ignoring_its_aliases_hands_one_over_and_keeps_the_rest() -> None:
    plan = ignored_alias_world()

    change = old_change(plan)
    assert change.action is Action.UPDATE
    assert change.patch == [{"op": "add", "path": "/Aliases", "value": ["keep"]}]
    assert change.reasons == ["alias stable moves to image_versions.new"]
    assert change.after is not None and change.after["Aliases"] == ["keep"]
    assert change.property_changes == [
        PropertyChange("/Aliases", ["keep", "stable"], ["keep"], "change", details=('- "stable"',))
    ]
    assert [(step.id, step.depends_on, step.description) for step in plan.steps] == [
        ("image_versions.old:update", (), "update Aliases on version 3 of data-science"),
        (
            "image_versions.new:update",
            ("image_versions.old:update",),
            "update Aliases on version 4 of data-science",
        ),
    ]


def test_a_version_ignoring_its_aliases_that_also_changes_keeps_both_changes() -> None:
    plan = ignored_alias_world(ReleaseNotes="retired")

    change = old_change(plan)
    assert change.patch == [
        {"op": "add", "path": "/Aliases", "value": ["keep"]},
        {"op": "replace", "path": "/ReleaseNotes", "value": "retired"},
    ]
    assert change.after is not None
    assert (change.after["Aliases"], change.after["ReleaseNotes"]) == (["keep"], "retired")
    assert [pc.path for pc in change.property_changes] == ["/Aliases", "/ReleaseNotes"]
    assert plan.steps[0].description == "update Aliases, ReleaseNotes on version 3 of data-science"


def test_a_version_ignoring_its_aliases_keeps_them_through_an_update() -> None:
    state, live = world({"old": (3, {"Aliases": ["stable", "keep"]})})
    desired = spec(
        old={
            "Aliases": None,
            "ReleaseNotes": "new",
            "lifecycle": Lifecycle(ignore_changes=("Aliases",)),
        }
    )

    plan = build_plan(desired=desired, state=state, live=live)

    assert old_change(plan).patch == [
        {"op": "add", "path": "/Aliases", "value": ["keep", "stable"]},
        {"op": "replace", "path": "/ReleaseNotes", "value": "new"},
    ]


def test_deleting_an_image_two_versions_stay_on_is_refused_naming_both() -> None:
    state, live = world({"a": (3, {}), "b": (4, {"Aliases": []})})
    desired = spec(a={}, b={"Aliases": []})
    del desired[IMAGE_ADDRESS]

    with pytest.raises(PlanError) as raised:
        build_plan(desired=desired, state=state, live=live)

    assert raised.value.summary == (
        "the plan deletes image data-science, which would delete image_versions.a, image_versions.b"
    )
    assert raised.value.detail == (
        "deleting an image deletes all its versions: keep the image in the spec, remove those "
        "versions from it too, or stop managing the image with `imgver state rm` (it then stays "
        "in the cloud)"
    )


def test_an_image_gone_from_spec_and_cloud_and_a_destroyed_image_are_described() -> None:
    state = state_of({IMAGE_ADDRESS: image_record()})

    gone = build_plan(desired={}, state=state, live={IMAGE_ADDRESS: None})
    destroyed = build_plan(
        desired={IMAGE_ADDRESS: desired_image()},
        state=state,
        live={IMAGE_ADDRESS: live_image()},
        mode="destroy",
    )

    assert [step.description for step in gone.steps] == [
        "forget image data-science (already deleted)"
    ]
    assert [step.description for step in destroyed.steps] == ["delete image data-science"]


def test_an_image_leaving_the_spec_is_emitted_before_versions_of_another_image() -> None:
    # Independent steps run in the order they are emitted: images first.
    state, live = world({"a": (3, {})})
    state.resources["images.other"] = record(
        IMAGE, "arn:other", image_properties(ImageName="other")
    )
    live["images.other"] = live_image(image_properties(ImageName="other"))
    desired = spec(a={"ReleaseNotes": "new"})

    plan = build_plan(desired=desired, state=state, live=live)

    assert [step.id for step in plan.steps] == ["images.other:delete", "image_versions.a:update"]
