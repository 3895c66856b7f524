"""build_plan on pure data: the issue's scenarios, step structure and ordering, modes,
targets, prevent_destroy; plus a simulated executor checking every alias reshuffle."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.errors import PlanError, PreventDestroyError, UsageError
from planner.plan.build import build_plan, collision_warnings
from planner.plan.changes import (
    DEPOSED_SUFFIX,
    Action,
    Plan,
    PropertyChange,
    Step,
    StepKind,
    fingerprint,
)
from planner.spec.desired import DesiredResource, Lifecycle
from state.recorded.model import ResourceRecord, State
from state.schema import IMAGE_VERSION
from tests.planner.planner_data import (
    BASE_NOV,
    IMAGE_ADDRESS,
    IMAGE_ARN,
    LINEAGE,
    desired_image,
    desired_version,
    image_properties,
    image_record,
    live_image,
    live_version,
    record,
    state_of,
    version_arn,
    version_properties,
    version_record,
)

Live = dict[str, dict[str, Any] | None]


def summary(plan: Plan) -> list[tuple[Any, ...]]:
    """Each step as (id, kind, identifier, depends_on, patch), in plan order."""
    assert_valid_order(plan)
    return [
        (step.id, step.kind.value, step.identifier, step.depends_on, step.patch)
        for step in plan.steps
    ]


def assert_valid_order(plan: Plan) -> None:
    seen: set[str] = set()
    for step in plan.steps:
        assert step.id not in seen
        assert set(step.depends_on) <= seen, f"{step.id} runs before {step.depends_on}"
        seen.add(step.id)


def actions(plan: Plan) -> dict[str, Action]:
    return {change.address: change.action for change in plan.changes}


def applied(number: int, **changes: Any) -> tuple[ResourceRecord, dict[str, Any]]:
    """A version as an apply leaves it: recorded (read-only values included) and live."""
    live = live_version(number, version_properties(**changes))
    properties = {
        **version_properties(**changes),
        **{
            name: live[name]
            for name in ("ImageArn", "ImageVersionArn", "Version", "ContainerImage")
        },
    }
    return version_record(number, properties), live


def world(
    versions: dict[str, tuple[int, dict[str, Any]]],
) -> tuple[State, Live]:
    """Image data-science plus the given versions, applied and live."""
    resources: dict[str, ResourceRecord] = {IMAGE_ADDRESS: image_record()}
    live: Live = {IMAGE_ADDRESS: live_image()}
    for name, (number, changes) in versions.items():
        resources[f"image_versions.{name}"], live[f"image_versions.{name}"] = applied(
            number, **changes
        )
    return state_of(resources), live


def spec(**versions: dict[str, Any]) -> dict[str, DesiredResource]:
    desired = {IMAGE_ADDRESS: desired_image()}
    for name, changes in versions.items():
        lifecycle = changes.pop("lifecycle", Lifecycle())
        desired[f"image_versions.{name}"] = desired_version(
            name, version_properties(**changes), lifecycle=lifecycle
        )
    return desired


# -- the scenarios -------------------------------------------------------------------


def test_first_plan_creates_the_image_before_its_versions() -> None:
    desired = spec(ds={}, nov={"BaseImage": BASE_NOV, "Aliases": ["2024.11"]})
    plan = build_plan(desired=desired, state=State(lineage=LINEAGE), live={IMAGE_ADDRESS: None})
    assert actions(plan) == {
        IMAGE_ADDRESS: Action.CREATE,
        "image_versions.ds": Action.CREATE,
        "image_versions.nov": Action.CREATE,
    }
    assert summary(plan) == [
        ("images.data-science:create", "create", None, (), []),
        ("image_versions.ds:create", "create", None, ("images.data-science:create",), []),
        ("image_versions.nov:create", "create", None, ("images.data-science:create",), []),
    ]
    assert plan.steps[0].properties == image_properties()
    assert plan.steps[1].properties == {
        **version_properties(),
        "Aliases": ["2024.10", "stable"],
    }
    assert plan.steps[1].description == "create a new version of data-science"
    assert plan.steps[0].description == "create image data-science"
    assert plan.has_changes


def test_steps_of_one_image_follow_the_spec_listing_not_the_addresses() -> None:
    # SageMaker numbers an image's versions in the order they are created, and imgver
    # creates them one at a time in step order: the spec's listing order.
    desired = spec(
        nov={"BaseImage": BASE_NOV, "Aliases": ["2024.11"]},
        dec={"BaseImage": BASE_NOV.replace("2024.11", "2024.12"), "Aliases": ["2024.12"]},
        ds={},
    )
    plan = build_plan(desired=desired, state=State(lineage=LINEAGE), live={IMAGE_ADDRESS: None})
    assert [step.id for step in plan.steps] == [
        "images.data-science:create",
        "image_versions.nov:create",
        "image_versions.dec:create",
        "image_versions.ds:create",
    ]
    assert [change.address for change in plan.changes] == [
        IMAGE_ADDRESS,
        "image_versions.dec",
        "image_versions.ds",
        "image_versions.nov",
    ]


def test_no_changes_after_apply_despite_service_extras_and_alias_order() -> None:
    state, live = world({"ds": (3, {})})
    live["image_versions.ds"] = {
        **live["image_versions.ds"],  # type: ignore[dict-item]
        "Aliases": ["stable", "2024.10"],
        "Horovod": False,
        "Processor": "CPU",
    }
    plan = build_plan(desired=spec(ds={}), state=state, live=live)
    assert actions(plan) == {IMAGE_ADDRESS: Action.NOOP, "image_versions.ds": Action.NOOP}
    assert plan.steps == []
    assert not plan.has_changes


def test_release_notes_change_is_one_update_touching_only_release_notes() -> None:
    state, live = world({"ds": (3, {})})
    plan = build_plan(desired=spec(ds={"ReleaseNotes": "new"}), state=state, live=live)
    assert summary(plan) == [
        (
            "image_versions.ds:update",
            "update",
            version_arn(3),
            (),
            [
                # The full alias set rides along: safe whatever the handler does with
                # a desired model without Aliases.
                {"op": "add", "path": "/Aliases", "value": ["2024.10", "stable"]},
                {"op": "replace", "path": "/ReleaseNotes", "value": "new"},
            ],
        )
    ]
    assert plan.steps[0].description == "update ReleaseNotes on version 3 of data-science"


def test_base_image_change_replaces_and_keeps_the_aliases() -> None:
    state, live = world({"ds": (3, {})})
    plan = build_plan(desired=spec(ds={"BaseImage": BASE_NOV}), state=state, live=live)
    assert actions(plan)["image_versions.ds"] is Action.CREATE_THEN_DELETE
    create, remove, add, delete = (
        "image_versions.ds:create",
        *(
            f"image_versions.ds{suffix}"
            for suffix in ("#deposed:remove-aliases", ":add-aliases", "#deposed:delete")
        ),
    )
    old = version_arn(3)
    assert summary(plan) == [
        (create, "create", None, (), []),
        (remove, "update", old, (create,), [{"op": "add", "path": "/Aliases", "value": []}]),
        (
            add,
            "update",
            None,
            (create, remove),
            [{"op": "add", "path": "/Aliases", "value": ["2024.10", "stable"]}],
        ),
        (delete, "delete", old, (create, add, remove), []),
    ]
    steps = {step.id: step for step in plan.steps}
    assert "Aliases" not in (steps[create].properties or {})
    assert steps[create].properties == {
        **version_properties(BaseImage=BASE_NOV, Aliases=None),
    }
    assert [step.deposed for step in plan.steps] == [False, True, False, True]
    assert {step.address for step in plan.steps} == {"image_versions.ds"}
    assert steps[remove].description == (
        "remove aliases 2024.10, stable from version 3 of data-science"
    )
    assert (
        steps[add].description == "add aliases 2024.10, stable to the new version of data-science"
    )
    assert steps[delete].description == "delete version 3 of data-science"


def test_replacement_with_retain_retires_the_old_version() -> None:
    state, live = world({"ds": (3, {"Aliases": ["stable"]})})
    desired = spec(ds={"BaseImage": BASE_NOV, "Aliases": ["stable"], "lifecycle": RETAIN})
    plan = build_plan(desired=desired, state=state, live=live)
    assert actions(plan)["image_versions.ds"] is Action.CREATE_THEN_FORGET
    assert [(step.id, step.kind) for step in plan.steps] == [
        ("image_versions.ds:create", StepKind.CREATE),
        ("image_versions.ds#deposed:remove-aliases", StepKind.UPDATE),
        ("image_versions.ds:add-aliases", StepKind.UPDATE),
        ("image_versions.ds#deposed:retire", StepKind.RETIRE),
    ]
    assert plan.steps[-1].description == (
        "retire version 3 of data-science (it stays in the cloud, kept in state under its "
        "image's retention policy)"
    )


def test_replacement_without_aliases_needs_no_alias_steps() -> None:
    state, live = world({"ds": (3, {"Aliases": None})})
    plan = build_plan(
        desired=spec(ds={"BaseImage": BASE_NOV, "Aliases": None}), state=state, live=live
    )
    assert summary(plan) == [
        ("image_versions.ds:create", "create", None, (), []),
        (
            "image_versions.ds#deposed:delete",
            "delete",
            version_arn(3),
            ("image_versions.ds:create",),
            [],
        ),
    ]


RETAIN = Lifecycle(on_replace="retain")


def test_alias_moving_between_versions_is_removed_before_it_is_added() -> None:
    state, live = world({"oct": (3, {}), "nov": (4, {"BaseImage": BASE_NOV, "Aliases": None})})
    desired = spec(
        oct={"Aliases": ["2024.10"]},
        nov={"BaseImage": BASE_NOV, "Aliases": ["stable"]},
    )
    plan = build_plan(desired=desired, state=state, live=live)
    assert summary(plan) == [
        (
            "image_versions.oct:update",
            "update",
            version_arn(3),
            (),
            [{"op": "add", "path": "/Aliases", "value": ["2024.10"]}],
        ),
        (
            "image_versions.nov:update",
            "update",
            version_arn(4),
            ("image_versions.oct:update",),
            [{"op": "add", "path": "/Aliases", "value": ["stable"]}],
        ),
    ]
    oct_change = next(c for c in plan.changes if c.address == "image_versions.oct")
    assert oct_change.reasons == ["alias stable moves to image_versions.nov"]


def test_alias_moving_to_a_new_version_is_added_after_the_create() -> None:
    state, live = world({"oct": (3, {})})
    desired = spec(
        nov={"BaseImage": BASE_NOV, "Aliases": ["stable", "2024.11"]},
        oct={"Aliases": ["2024.10"]},
    )
    plan = build_plan(desired=desired, state=state, live=live)
    assert summary(plan) == [
        (
            "image_versions.nov:create",
            "create",
            None,
            (),
            [],
        ),
        (
            "image_versions.oct:update",
            "update",
            version_arn(3),
            (),
            [{"op": "add", "path": "/Aliases", "value": ["2024.10"]}],
        ),
        (
            "image_versions.nov:add-aliases",
            "update",
            None,
            ("image_versions.nov:create", "image_versions.oct:update"),
            [{"op": "add", "path": "/Aliases", "value": ["2024.11", "stable"]}],
        ),
    ]
    assert plan.steps[0].properties is not None
    assert plan.steps[0].properties["Aliases"] == ["2024.11"]
    assert plan.steps[2].description == "add alias stable to the new version of data-science"


def test_alias_swap_is_split_into_removals_then_additions() -> None:
    state, live = world({"a": (3, {"Aliases": ["stable"]}), "b": (4, {"Aliases": ["beta"]})})
    desired = spec(a={"Aliases": ["beta"]}, b={"Aliases": ["stable"]})
    plan = build_plan(desired=desired, state=state, live=live)
    empty = [{"op": "add", "path": "/Aliases", "value": []}]
    assert summary(plan) == [
        ("image_versions.a:remove-aliases", "update", version_arn(3), (), empty),
        ("image_versions.b:remove-aliases", "update", version_arn(4), (), empty),
        (
            "image_versions.a:update",
            "update",
            version_arn(3),
            ("image_versions.a:remove-aliases", "image_versions.b:remove-aliases"),
            [{"op": "add", "path": "/Aliases", "value": ["beta"]}],
        ),
        (
            "image_versions.b:update",
            "update",
            version_arn(4),
            ("image_versions.a:remove-aliases", "image_versions.b:remove-aliases"),
            [{"op": "add", "path": "/Aliases", "value": ["stable"]}],
        ),
    ]
    assert plan.steps[0].description == "remove alias stable from version 3 of data-science"


def test_alias_held_by_a_version_that_does_not_manage_aliases_is_taken_from_it() -> None:
    state, live = world({"old": (3, {"Aliases": None}), "new": (4, {"BaseImage": BASE_NOV})})
    live["image_versions.old"] = live_version(3, version_properties(Aliases=["stable"]))
    desired = spec(old={"Aliases": None}, new={"BaseImage": BASE_NOV, "Aliases": ["stable"]})
    desired["image_versions.new"].properties["Aliases"] = ["stable", "2024.10"]
    state.resources["image_versions.new"].properties["Aliases"] = ["2024.10"]
    live["image_versions.new"] = live_version(
        4, version_properties(BaseImage=BASE_NOV, Aliases=["2024.10"])
    )
    plan = build_plan(desired=desired, state=state, live=live)
    old_change = next(c for c in plan.changes if c.address == "image_versions.old")
    assert old_change.action is Action.UPDATE
    assert old_change.patch == [{"op": "add", "path": "/Aliases", "value": []}]
    assert old_change.reasons == ["alias stable moves to image_versions.new"]
    assert old_change.property_changes == [
        PropertyChange("/Aliases", ["stable"], [], "change", details=('- "stable"',))
    ]
    assert summary(plan) == [
        (
            "image_versions.old:update",
            "update",
            version_arn(3),
            (),
            [{"op": "add", "path": "/Aliases", "value": []}],
        ),
        (
            "image_versions.new:update",
            "update",
            version_arn(4),
            ("image_versions.old:update",),
            [{"op": "add", "path": "/Aliases", "value": ["2024.10", "stable"]}],
        ),
    ]


def test_alias_of_a_version_leaving_the_spec_is_removed_before_its_delete() -> None:
    state, live = world({"old": (3, {}), "new": (4, {"BaseImage": BASE_NOV, "Aliases": None})})
    desired = spec(new={"BaseImage": BASE_NOV, "Aliases": ["stable"]})
    plan = build_plan(desired=desired, state=state, live=live)
    assert summary(plan) == [
        (
            "image_versions.old:remove-aliases",
            "update",
            version_arn(3),
            (),
            [{"op": "add", "path": "/Aliases", "value": ["2024.10"]}],
        ),
        (
            "image_versions.new:update",
            "update",
            version_arn(4),
            ("image_versions.old:remove-aliases",),
            [{"op": "add", "path": "/Aliases", "value": ["stable"]}],
        ),
        (
            "image_versions.old:delete",
            "delete",
            version_arn(3),
            ("image_versions.old:remove-aliases",),
            [],
        ),
    ]


def test_two_spec_entries_claiming_one_alias_are_refused() -> None:
    state, live = world({})
    desired = spec(a={"Aliases": ["stable"]}, b={"BaseImage": BASE_NOV, "Aliases": ["stable"]})
    with pytest.raises(PlanError) as raised:
        build_plan(desired=desired, state=state, live=live)
    assert raised.value.summary == (
        "alias stable is claimed by both image_versions.a and image_versions.b"
    )


def test_an_alias_claimed_three_times_is_refused_naming_the_first_two_by_address() -> None:
    state, live = world({})
    desired = spec(
        c={"BaseImage": BASE_NOV, "Aliases": ["stable"]},
        b={"BaseImage": BASE_NOV + "-b", "Aliases": ["stable"]},
        a={"Aliases": ["stable"]},
    )
    with pytest.raises(PlanError) as raised:
        build_plan(desired=desired, state=state, live=live)
    assert raised.value.summary == (
        "alias stable is claimed by both image_versions.a and image_versions.b"
    )


# -- images and their versions ---------------------------------------------------------------


def test_destroy_deletes_versions_before_their_image() -> None:
    state, live = world({"a": (3, {}), "b": (4, {"Aliases": None})})
    plan = build_plan(desired={}, state=state, live=live, mode="destroy")
    assert set(actions(plan).values()) == {Action.DELETE}
    assert summary(plan) == [
        ("image_versions.a:delete", "delete", version_arn(3), (), []),
        ("image_versions.b:delete", "delete", version_arn(4), (), []),
        (
            "images.data-science:delete",
            "delete",
            IMAGE_ARN,
            ("image_versions.a:delete", "image_versions.b:delete"),
            [],
        ),
    ]
    assert plan.changes[0].reasons == ["destroy requested"]
    assert plan.mode == "destroy"


def test_destroy_forgets_what_is_already_gone() -> None:
    state, live = world({"a": (3, {})})
    live["image_versions.a"] = None
    plan = build_plan(desired={}, state=state, live=live, mode="destroy")
    assert actions(plan)["image_versions.a"] is Action.REMOVE_RECORD
    assert summary(plan)[0] == ("image_versions.a:forget", "forget", version_arn(3), (), [])
    assert plan.steps[0].description == "forget version 3 of data-science (already deleted)"


def test_removed_image_and_versions_are_deleted_versions_first() -> None:
    state, live = world({"a": (3, {})})
    plan = build_plan(desired={}, state=state, live=live)
    assert summary(plan) == [
        ("image_versions.a:delete", "delete", version_arn(3), (), []),
        ("images.data-science:delete", "delete", IMAGE_ARN, ("image_versions.a:delete",), []),
    ]


def test_deleting_an_image_whose_versions_stay_in_the_spec_is_refused() -> None:
    state, live = world({"a": (3, {})})
    desired = spec(a={})
    del desired[IMAGE_ADDRESS]
    with pytest.raises(PlanError) as raised:
        build_plan(desired=desired, state=state, live=live)
    assert raised.value.summary == (
        "the plan deletes image data-science, which would delete image_versions.a"
    )


def test_image_rename_moves_its_versions_to_the_new_image() -> None:
    state, live = world({"a": (3, {"Aliases": None})})
    desired = {
        IMAGE_ADDRESS: desired_image(image_properties(ImageName="ds-v2")),
        "image_versions.a": desired_version(
            "a", version_properties(ImageName="ds-v2", Aliases=None)
        ),
    }
    plan = build_plan(desired=desired, state=state, live=live)
    assert actions(plan) == {
        IMAGE_ADDRESS: Action.CREATE_THEN_DELETE,
        "image_versions.a": Action.CREATE_THEN_DELETE,
    }
    assert summary(plan) == [
        ("images.data-science:create", "create", None, (), []),
        ("image_versions.a:create", "create", None, ("images.data-science:create",), []),
        (
            "image_versions.a#deposed:delete",
            "delete",
            version_arn(3),
            ("image_versions.a:create",),
            [],
        ),
        (
            "images.data-science#deposed:delete",
            "delete",
            IMAGE_ARN,
            ("images.data-science:create", "image_versions.a#deposed:delete"),
            [],
        ),
    ]


def test_image_replaced_under_its_name_replaces_its_versions_too() -> None:
    state, live = world({"a": (3, {})})
    plan = build_plan(desired=spec(a={}), state=state, live=live, force_replace=[IMAGE_ADDRESS])
    assert actions(plan) == {
        IMAGE_ADDRESS: Action.DELETE_THEN_CREATE,
        "image_versions.a": Action.DELETE_THEN_CREATE,
    }
    version_change = plan.changes[1]
    assert version_change.reasons == [
        "its image images.data-science is replaced, and deleting an image deletes its versions"
    ]
    assert summary(plan) == [
        ("image_versions.a:delete", "delete", version_arn(3), (), []),
        ("images.data-science:delete", "delete", IMAGE_ARN, ("image_versions.a:delete",), []),
        (
            "images.data-science:create",
            "create",
            None,
            ("images.data-science:delete",),
            [],
        ),
        (
            "image_versions.a:create",
            "create",
            None,
            ("images.data-science:create", "image_versions.a:delete"),
            [],
        ),
    ]
    assert plan.steps[-1].properties is not None
    assert plan.steps[-1].properties["Aliases"] == ["2024.10", "stable"]


def test_version_on_an_image_created_by_the_plan_waits_for_it() -> None:
    state = state_of({})
    desired = spec(a={})
    plan = build_plan(desired=desired, state=state, live={IMAGE_ADDRESS: None})
    assert plan.steps[1].depends_on == ("images.data-science:create",)


def test_image_that_exists_unmanaged_is_reported_with_import_advice() -> None:
    state = state_of({})
    live: Live = {IMAGE_ADDRESS: live_image()}
    desired = spec()
    plan = build_plan(desired=desired, state=state, live=live)
    assert actions(plan) == {IMAGE_ADDRESS: Action.CREATE}
    assert collision_warnings(desired=desired, state=state, live=live) == [
        f"images.data-science: an image named data-science already exists ({IMAGE_ARN}) but "
        "is not managed by imgver; adopt it with `imgver import images.data-science "
        "data-science` or choose another ImageName"
    ]
    assert collision_warnings(desired=desired, state=state, live={IMAGE_ADDRESS: None}) == []


# -- deposed objects left by an interrupted run ----------------------------------------------


def interrupted_replacement() -> tuple[State, Live]:
    """The create of version 4 replacing version 3 finished; nothing after it did."""
    state, live = world({"ds": (4, {"BaseImage": BASE_NOV, "Aliases": None})})
    old, old_live = applied(3)
    state.resources["image_versions.ds" + DEPOSED_SUFFIX] = old
    live["image_versions.ds" + DEPOSED_SUFFIX] = old_live
    return state, live


def test_leftover_deposed_object_is_deleted_after_its_aliases_move() -> None:
    state, live = interrupted_replacement()
    plan = build_plan(desired=spec(ds={"BaseImage": BASE_NOV}), state=state, live=live)
    assert actions(plan) == {
        IMAGE_ADDRESS: Action.NOOP,
        "image_versions.ds": Action.UPDATE,
        "image_versions.ds#deposed": Action.DELETE,
    }
    remove = "image_versions.ds#deposed:remove-aliases"
    assert summary(plan) == [
        (remove, "update", version_arn(3), (), [{"op": "add", "path": "/Aliases", "value": []}]),
        (
            "image_versions.ds:update",
            "update",
            version_arn(4),
            (remove,),
            [{"op": "add", "path": "/Aliases", "value": ["2024.10", "stable"]}],
        ),
        ("image_versions.ds#deposed:delete", "delete", version_arn(3), (remove,), []),
    ]
    assert [step.deposed for step in plan.steps] == [True, False, True]
    assert {step.address for step in plan.steps} == {"image_versions.ds"}
    leftover = plan.changes[-1]
    assert leftover.reasons == ["the old object of an interrupted replacement"]


def test_leftover_deposed_object_is_forgotten_with_retain() -> None:
    state, live = interrupted_replacement()
    desired = spec(ds={"BaseImage": BASE_NOV, "lifecycle": RETAIN})
    plan = build_plan(desired=desired, state=state, live=live)
    assert actions(plan)["image_versions.ds#deposed"] is Action.FORGET
    assert plan.steps[-1].id == "image_versions.ds#deposed:forget"


def test_leftover_gone_from_the_cloud_is_forgotten() -> None:
    state, live = interrupted_replacement()
    live["image_versions.ds#deposed"] = None
    plan = build_plan(desired=spec(ds={"BaseImage": BASE_NOV}), state=state, live=live)
    assert actions(plan)["image_versions.ds#deposed"] is Action.REMOVE_RECORD
    assert "image_versions.ds#deposed:forget" in {step.id for step in plan.steps}


def test_leftover_is_cleaned_up_before_the_address_is_replaced_again() -> None:
    state, live = interrupted_replacement()
    state.resources["image_versions.ds"].status = "tainted"
    plan = build_plan(desired=spec(ds={"BaseImage": BASE_NOV}), state=state, live=live)
    assert actions(plan)["image_versions.ds"] is Action.CREATE_THEN_DELETE
    steps = {step.id: step for step in plan.steps}
    assert steps["image_versions.ds:create"].depends_on == (
        "image_versions.ds#deposed-previous:delete",
    )
    assert steps["image_versions.ds#deposed-previous:delete"].identifier == version_arn(3)
    assert steps["image_versions.ds#deposed:delete"].identifier == version_arn(4)
    assert_valid_order(plan)


# -- modes, targets, replace, prevent_destroy ------------------------------------------------


def test_refresh_only_records_live_values_and_forgets_the_deleted() -> None:
    state, live = world({"a": (3, {}), "b": (4, {})})
    live["image_versions.a"] = {
        **live["image_versions.a"],  # type: ignore[dict-item]
        "ReleaseNotes": "hotfix",
    }
    live["image_versions.b"] = None
    plan = build_plan(desired=spec(a={}, b={}), state=state, live=live, mode="refresh-only")
    assert actions(plan) == {
        IMAGE_ADDRESS: Action.NOOP,
        "image_versions.a": Action.REFRESH,
        "image_versions.b": Action.REMOVE_RECORD,
    }
    assert summary(plan) == [
        ("image_versions.a:record", "record", version_arn(3), (), []),
        ("image_versions.b:forget", "forget", version_arn(4), (), []),
    ]
    assert plan.steps[0].properties == {
        **state.resources["image_versions.a"].properties,
        "Aliases": ["2024.10", "stable"],
        "ReleaseNotes": "hotfix",
    }


def test_refresh_only_records_a_leftover_deposed_object_as_deposed() -> None:
    # A replacement interrupted before the old version was deleted leaves its record at
    # ADDRESS#deposed; refreshing it must keep it deposed, so the next apply deletes it.
    state, live = world({"a": (3, {}), "old": (2, {})})
    state.resources["image_versions.a" + DEPOSED_SUFFIX] = state.resources.pop(
        "image_versions.old"
    )
    live["image_versions.a" + DEPOSED_SUFFIX] = {
        **live.pop("image_versions.old"),  # type: ignore[dict-item]
        "ReleaseNotes": "hotfix",
    }

    plan = build_plan(desired=spec(a={}), state=state, live=live, mode="refresh-only")

    (step,) = [step for step in plan.steps if step.identifier == version_arn(2)]
    assert (step.id, step.kind, step.address, step.deposed) == (
        "image_versions.a#deposed:record",
        StepKind.RECORD,
        "image_versions.a",
        True,
    )


def test_target_brings_the_image_its_version_needs() -> None:
    desired = spec(a={}, b={"BaseImage": BASE_NOV, "Aliases": None})
    plan = build_plan(
        desired=desired,
        state=State(lineage=LINEAGE),
        live={IMAGE_ADDRESS: None},
        targets=["image_versions.a"],
    )
    assert [step.id for step in plan.steps] == [
        "images.data-science:create",
        "image_versions.a:create",
    ]
    assert [change.address for change in plan.changes] == [IMAGE_ADDRESS, "image_versions.a"]
    assert plan.targets == ("image_versions.a",)


def test_target_brings_the_version_an_alias_must_leave_first() -> None:
    state, live = world(
        {"oct": (3, {}), "nov": (4, {"BaseImage": BASE_NOV, "Aliases": None}), "x": (5, {})}
    )
    state.resources["image_versions.x"].properties["Aliases"] = []
    live["image_versions.x"] = live_version(5, version_properties(Aliases=None))
    desired = spec(
        oct={"Aliases": ["2024.10"]},
        nov={"BaseImage": BASE_NOV, "Aliases": ["stable"]},
        x={"Aliases": None, "ReleaseNotes": "new"},
    )
    plan = build_plan(desired=desired, state=state, live=live, targets=["image_versions.nov"])
    assert [step.id for step in plan.steps] == [
        "image_versions.oct:update",
        "image_versions.nov:update",
    ]


def test_target_image_in_destroy_brings_its_versions() -> None:
    state, live = world({"a": (3, {})})
    plan = build_plan(desired={}, state=state, live=live, mode="destroy", targets=[IMAGE_ADDRESS])
    assert [step.id for step in plan.steps] == [
        "image_versions.a:delete",
        "images.data-science:delete",
    ]


def test_target_version_in_destroy_leaves_the_image() -> None:
    state, live = world({"a": (3, {})})
    plan = build_plan(
        desired={}, state=state, live=live, mode="destroy", targets=["image_versions.a"]
    )
    assert [step.id for step in plan.steps] == ["image_versions.a:delete"]


def test_unknown_target_is_a_usage_error() -> None:
    state, live = world({})
    with pytest.raises(UsageError) as raised:
        build_plan(desired=spec(), state=state, live=live, targets=["image_versions.nope"])
    assert raised.value.summary == (
        "--target names address image_versions.nope that neither the spec nor the state has"
    )
    assert raised.value.detail == "known addresses: images.data-science"


def test_unknown_replace_is_a_usage_error() -> None:
    state, live = world({})
    with pytest.raises(UsageError) as raised:
        build_plan(desired=spec(), state=state, live=live, force_replace=["images.other"])
    assert (
        raised.value.summary
        == "--replace names address images.other that the spec does not declare"
    )


def test_replace_cannot_be_combined_with_destroy() -> None:
    state, live = world({})
    with pytest.raises(UsageError):
        build_plan(
            desired=spec(), state=state, live=live, mode="destroy", force_replace=[IMAGE_ADDRESS]
        )


def test_forced_replacement_of_a_version() -> None:
    state, live = world({"a": (3, {"Aliases": None})})
    plan = build_plan(
        desired=spec(a={"Aliases": None}),
        state=state,
        live=live,
        force_replace=["image_versions.a"],
    )
    assert [step.id for step in plan.steps] == [
        "image_versions.a:create",
        "image_versions.a#deposed:delete",
    ]


def test_prevent_destroy_forbids_a_replacement() -> None:
    state, live = world({"a": (3, {})})
    desired = spec(a={"BaseImage": BASE_NOV, "lifecycle": Lifecycle(prevent_destroy=True)})
    with pytest.raises(PreventDestroyError) as raised:
        build_plan(desired=desired, state=state, live=live)
    assert raised.value.summary == (
        "lifecycle.prevent_destroy forbids this plan for image_versions.a"
    )
    assert raised.value.detail == (
        "image_versions.a (imgver.yaml:12): the plan would replace it (BaseImage changes: a new "
        "base image means a new image version). To proceed, set prevent_destroy: false in its "
        "lifecycle block, or revert the change to BaseImage."
    )


def test_prevent_destroy_forbids_destroy() -> None:
    state, live = world({"a": (3, {})})
    desired = spec(a={"lifecycle": Lifecycle(prevent_destroy=True)})
    with pytest.raises(PreventDestroyError) as raised:
        build_plan(desired=desired, state=state, live=live, mode="destroy")
    assert "image_versions.a (imgver.yaml:12): the plan would destroy it" in raised.value.detail


def test_prevent_destroy_allows_updates_and_retained_replacements() -> None:
    state, live = world({"a": (3, {}), "b": (4, {"BaseImage": BASE_NOV})})
    guarded = Lifecycle(prevent_destroy=True)
    desired = spec(
        a={"Aliases": ["2024.10", "stable"], "ReleaseNotes": "x", "lifecycle": guarded},
        b={
            "BaseImage": "other/ds:1",
            "Aliases": None,
            "lifecycle": Lifecycle(prevent_destroy=True, on_replace="retain"),
        },
    )
    plan = build_plan(desired=desired, state=state, live=live)
    assert actions(plan)["image_versions.a"] is Action.UPDATE
    assert actions(plan)["image_versions.b"] is Action.CREATE_THEN_FORGET


def test_prevent_destroy_outside_the_targets_does_not_block() -> None:
    state, live = world({"a": (3, {}), "b": (4, {"Aliases": None})})
    desired = spec(
        a={"BaseImage": BASE_NOV, "lifecycle": Lifecycle(prevent_destroy=True)},
        b={"Aliases": None, "ReleaseNotes": "new"},
    )
    plan = build_plan(desired=desired, state=state, live=live, targets=["image_versions.b"])
    assert [step.id for step in plan.steps] == ["image_versions.b:update"]


def test_plan_carries_state_identity_fingerprints_and_inputs() -> None:
    state, live = world({"a": (3, {})})
    plan = build_plan(
        desired=spec(a={}),
        state=state,
        live=live,
        spec_hash="abc",
        region="us-east-1",
        created_at="2024-11-01T10:00:00+00:00",
    )
    assert (plan.lineage, plan.serial) == (LINEAGE, 7)
    assert (plan.spec_hash, plan.region, plan.created_at) == (
        "abc",
        "us-east-1",
        "2024-11-01T10:00:00+00:00",
    )
    assert plan.live_fingerprints == {
        "image_versions.a": fingerprint(live["image_versions.a"]),
        IMAGE_ADDRESS: fingerprint(live[IMAGE_ADDRESS]),
    }


def test_changes_are_sorted_images_first_then_by_address() -> None:
    state, live = world({"z": (3, {"Aliases": None}), "b": (4, {"Aliases": None})})
    desired = spec(z={"Aliases": None}, b={"Aliases": None})
    desired["images.aaa"] = desired_image(image_properties(ImageName="aaa"), address="images.aaa")
    live["images.aaa"] = None
    plan = build_plan(desired=desired, state=state, live=live)
    assert [change.address for change in plan.changes] == [
        "images.aaa",
        IMAGE_ADDRESS,
        "image_versions.b",
        "image_versions.z",
    ]


def test_a_recorded_address_without_a_live_reading_is_refused() -> None:
    state, live = world({"a": (3, {})})
    del live["image_versions.a"]
    with pytest.raises(ValueError):
        build_plan(desired=spec(a={}), state=state, live=live)


def test_a_record_whose_create_never_finished_needs_no_reading() -> None:
    state, live = world({})
    state.resources["image_versions.a"] = record(IMAGE_VERSION, None, version_properties())
    plan = build_plan(desired=spec(a={}), state=state, live=live)
    assert actions(plan)["image_versions.a"] is Action.CREATE


# -- any alias reshuffle runs without conflicts ----------------------------------------------


class AliasConflict(AssertionError):
    pass


def simulate(plan: Plan, live: Live) -> dict[str, set[str]]:
    """Run the steps in order against an alias model that refuses, as SageMaker does, an
    alias already on another version of the image. Returns address -> aliases at the end."""
    objects: dict[str, set[str]] = {
        address: set((model or {}).get("Aliases", ()))
        for address, model in live.items()
        if model is not None and address != IMAGE_ADDRESS
    }

    def key(step: Step) -> str:
        return step.address + (DEPOSED_SUFFIX if step.deposed else "")

    def take(target: str, aliases: set[str]) -> None:
        for other, held in objects.items():
            if other != target and held & aliases:
                raise AliasConflict(f"{sorted(held & aliases)} still on {other}")
        objects[target] = set(aliases)

    for step in plan.steps:
        if step.type_name != IMAGE_VERSION:
            continue
        if step.kind is StepKind.CREATE:
            if step.address in objects and any(
                s.deposed and s.address == step.address for s in plan.steps
            ):
                objects[step.address + DEPOSED_SUFFIX] = objects.pop(step.address)
            objects.pop(step.address, None)
            take(step.address, set((step.properties or {}).get("Aliases", ())))
        elif step.kind is StepKind.UPDATE:
            for op in step.patch:
                if op["path"] == "/Aliases":
                    take(key(step), set(op["value"]))
        elif step.kind in (StepKind.DELETE, StepKind.FORGET):
            objects.pop(key(step))
    return {address: held for address, held in objects.items() if held}


ALIAS_NAMES = ["stable", "beta", "latest", "lts"]
alias_sets = st.lists(st.sampled_from(ALIAS_NAMES), unique=True, max_size=3)


@settings(max_examples=150, deadline=None)
@given(
    before=st.lists(alias_sets, min_size=3, max_size=3),
    after=st.lists(alias_sets, min_size=3, max_size=3),
    replaced=st.lists(st.booleans(), min_size=3, max_size=3),
)
def test_any_alias_reshuffle_plans_without_conflicts(
    before: list[list[str]], after: list[list[str]], replaced: list[bool]
) -> None:
    # An alias is on one version at a time, before and after.
    for assignment in (before, after):
        seen: set[str] = set()
        for index, aliases in enumerate(assignment):
            assignment[index] = [alias for alias in aliases if alias not in seen]
            seen.update(assignment[index])
    names = ["v1", "v2", "v3"]
    state, live = world(
        {name: (index + 1, {"Aliases": before[index]}) for index, name in enumerate(names)}
    )
    desired = spec(
        **{
            name: {
                "Aliases": after[index],
                **({"BaseImage": BASE_NOV} if replaced[index] else {}),
            }
            for index, name in enumerate(names)
        }
    )
    plan = build_plan(desired=desired, state=state, live=live)
    assert_valid_order(plan)
    final = simulate(plan, live)
    expected = {
        f"image_versions.{name}": set(after[index])
        for index, name in enumerate(names)
        if after[index]
    }
    assert final == expected


def test_object_deleted_outside_is_forgotten_then_created_again() -> None:
    state, live = world({"a": (3, {})})
    live["image_versions.a"] = None
    plan = build_plan(desired=spec(a={}), state=state, live=live)
    assert actions(plan)["image_versions.a"] is Action.CREATE
    assert summary(plan) == [
        ("image_versions.a:forget", "forget", version_arn(3), (), []),
        ("image_versions.a:create", "create", None, ("image_versions.a:forget",), []),
    ]
    assert plan.steps[0].description == "forget version 3 of data-science (deleted outside imgver)"
    assert not plan.steps[0].deposed


def test_unfinished_create_is_replayed_without_forgetting_its_journal() -> None:
    state, live = world({})
    state.resources["image_versions.a"] = record(IMAGE_VERSION, None, version_properties())
    plan = build_plan(desired=spec(a={}), state=state, live=live)
    assert [step.id for step in plan.steps] == ["image_versions.a:create"]


def test_refresh_only_records_aliases_moved_outside_without_moving_them() -> None:
    state, live = world({"a": (3, {"Aliases": ["stable"]}), "b": (4, {"Aliases": []})})
    live["image_versions.a"] = live_version(3, version_properties(Aliases=None))
    live["image_versions.b"] = live_version(4, version_properties(Aliases=["stable"]))
    plan = build_plan(desired=spec(), state=state, live=live, mode="refresh-only")
    assert [(step.id, step.kind) for step in plan.steps] == [
        ("image_versions.a:record", StepKind.RECORD),
        ("image_versions.b:record", StepKind.RECORD),
    ]
    assert [(step.properties or {})["Aliases"] for step in plan.steps] == [[], ["stable"]]
