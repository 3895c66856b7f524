"""What a change holds, value by value: tags compared in any order, aliases as a sorted
set wherever a change shows them, nested values (tags) that are copies never shared with
the spec, the record or the live model, and the exact texts of the refusals."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from planner.plan.changes import Action, ResourceChange
from planner.plan.diff import diff_resource, refresh_resource
from state.schema import IMAGE
from tests.planner.planner_data import (
    IMAGE_ADDRESS,
    desired_image,
    desired_version,
    image_properties,
    image_record,
    live_image,
    live_version,
    record,
    version_properties,
    version_record,
)

COST = {"Key": "cost", "Value": "42"}
TEAM = {"Key": "team", "Value": "ds"}


def tagged(*tags: dict[str, str], **changes: Any) -> dict[str, Any]:
    return image_properties(Tags=[dict(tag) for tag in tags], **changes)


def test_tags_listed_in_another_order_than_the_spec_are_no_change() -> None:
    change = diff_resource(
        IMAGE_ADDRESS,
        desired=desired_image(tagged(COST, TEAM)),
        recorded=image_record(tagged(COST, TEAM)),
        live=live_image(tagged(TEAM, COST)),
    )

    assert change.action is Action.NOOP
    assert change.patch == []


def test_the_before_of_a_change_lists_live_aliases_sorted() -> None:
    live = live_version(3)
    live["Aliases"] = ["stable", "2024.10", "stable"]

    change = diff_resource(
        "image_versions.ds",
        desired=desired_version("ds", version_properties(ReleaseNotes="new")),
        recorded=version_record(3),
        live=live,
    )

    assert change.before is not None
    assert change.before["Aliases"] == ["2024.10", "stable"]


def test_a_refresh_records_live_aliases_sorted() -> None:
    live = live_version(3)
    live["Aliases"] = ["stable", "2024.10", "beta"]

    change = refresh_resource("image_versions.ds", recorded=version_record(3), live=live)

    assert change.action is Action.REFRESH
    assert change.after is not None
    assert change.after["Aliases"] == ["2024.10", "beta", "stable"]


def test_a_collision_names_the_image_when_the_read_lacks_its_arn() -> None:
    found = image_properties()  # a read model without ImageArn

    change = diff_resource(IMAGE_ADDRESS, desired=desired_image(), recorded=None, live=found)

    assert change.reasons == [
        "data-science already exists in the cloud but imgver does not manage it, so "
        "creating it will fail: adopt it with `imgver import images.data-science data-science`"
    ]


def test_a_collision_without_any_name_calls_the_object_it() -> None:
    change = diff_resource(IMAGE_ADDRESS, desired=desired_image(), recorded=None, live={})

    assert change.reasons == [
        "it already exists in the cloud but imgver does not manage it, so "
        "creating it will fail: adopt it with `imgver import images.data-science it`"
    ]


def test_nothing_desired_and_nothing_recorded_is_refused_by_address() -> None:
    with pytest.raises(ValueError) as raised:
        diff_resource("image_versions.ds", desired=None, recorded=None, live=None)

    assert str(raised.value) == "image_versions.ds: nothing desired and nothing recorded to diff"


def test_a_spec_and_a_record_of_different_types_are_refused_naming_both() -> None:
    with pytest.raises(ValueError) as raised:
        diff_resource(
            "image_versions.ds",
            desired=desired_version("ds"),
            recorded=image_record(),
            live=live_image(),
        )

    assert str(raised.value) == (
        "image_versions.ds: the spec declares AWS::SageMaker::ImageVersion, "
        "state records AWS::SageMaker::Image"
    )


def nested_values(change: ResourceChange) -> list[Any]:
    """Every tag object a change holds: in before, after, property changes and patch."""
    found: list[Any] = []
    for model in (change.before, change.after):
        if model is not None:
            found.extend(model.get("Tags", []))
    for property_change in change.property_changes:
        for value in (property_change.before, property_change.after):
            if isinstance(value, list):
                found.extend(value)
    for op in change.patch:
        if isinstance(op.get("value"), list):
            found.extend(op["value"])
    return [item for item in found if isinstance(item, dict)]


def test_tags_in_every_kind_of_change_are_copies_of_spec_record_and_live() -> None:
    spec_tags = tagged(COST, {"Key": "team", "Value": "ml"})
    desired = desired_image(spec_tags)
    recorded = image_record(tagged(COST, TEAM))
    live = live_image(tagged(COST, TEAM))
    kept = copy.deepcopy((desired, recorded, live))

    changes = [
        diff_resource(IMAGE_ADDRESS, desired=desired, recorded=recorded, live=live),
        diff_resource(IMAGE_ADDRESS, desired=desired, recorded=None, live=None),
        diff_resource(
            IMAGE_ADDRESS, desired=desired_image(tagged(COST, TEAM)), recorded=recorded, live=live
        ),
        diff_resource(IMAGE_ADDRESS, desired=None, recorded=recorded, live=live),
        diff_resource(IMAGE_ADDRESS, desired=None, recorded=recorded, live=None),
        refresh_resource(IMAGE_ADDRESS, recorded=recorded, live=live),
        refresh_resource(IMAGE_ADDRESS, recorded=recorded, live=None),
    ]
    assert [change.action for change in changes] == [
        Action.UPDATE,
        Action.CREATE,
        Action.NOOP,
        Action.DELETE,
        Action.REMOVE_RECORD,
        Action.NOOP,
        Action.REMOVE_RECORD,
    ]
    for change in changes:
        for tag in nested_values(change):
            tag["Value"] = "changed-later"

    assert (desired, recorded, live) == kept


def test_the_after_of_an_unchanged_resource_is_not_its_before() -> None:
    change = diff_resource(
        IMAGE_ADDRESS,
        desired=desired_image(tagged(COST)),
        recorded=image_record(tagged(COST)),
        live=live_image(tagged(COST)),
    )
    assert change.before is not None and change.after is not None

    change.after["Tags"][0]["Value"] = "changed-later"

    assert change.before["Tags"] == [COST]


def test_a_replaced_image_shows_the_reason_for_its_new_name() -> None:
    recorded = record(IMAGE, "arn:old", image_properties(ImageName="old-name"))
    change = diff_resource(
        IMAGE_ADDRESS,
        desired=desired_image(),
        recorded=recorded,
        live=live_image(image_properties(ImageName="old-name")),
    )

    assert change.action is Action.CREATE_THEN_DELETE
    assert change.reasons == ["ImageName changes: an image cannot be renamed"]


def test_a_value_moved_to_another_property_is_one_add_and_one_remove() -> None:
    # jsonpatch writes this edit as a `move` from /ImageDescription to /ImageDisplayName;
    # UpdateResource gets one op per property, and the old one is really removed.
    desired = desired_image(
        image_properties(ImageDescription=None, ImageDisplayName="Data science kernels")
    )

    change = diff_resource(
        IMAGE_ADDRESS, desired=desired, recorded=image_record(), live=live_image()
    )

    assert change.action is Action.UPDATE
    assert change.patch == [
        {"op": "remove", "path": "/ImageDescription"},
        {"op": "add", "path": "/ImageDisplayName", "value": "Data science kernels"},
    ]
    expected = {**live_image(), "ImageDisplayName": "Data science kernels"}
    del expected["ImageDescription"]
    assert change.after == expected


def test_a_replacement_asked_for_by_the_plan_carries_its_reason() -> None:
    because = "its image images.data-science is replaced under its name"

    change = diff_resource(
        "image_versions.ds",
        desired=desired_version("ds"),
        recorded=version_record(3),
        live=live_version(3),
        replace_because=because,
    )

    assert change.action is Action.CREATE_THEN_DELETE
    assert change.reasons == [because]


def test_empty_tags_in_the_spec_equal_an_image_read_without_tags() -> None:
    change = diff_resource(
        IMAGE_ADDRESS,
        desired=desired_image(image_properties(Tags=[])),
        recorded=image_record(image_properties(Tags=[])),
        live=live_image(),
    )

    assert change.action is Action.NOOP


def test_tags_dropped_from_the_spec_while_the_image_reads_empty_tags_are_no_change() -> None:
    change = diff_resource(
        IMAGE_ADDRESS,
        desired=desired_image(),
        recorded=image_record(image_properties(Tags=[])),
        live=live_image(image_properties(Tags=[])),
    )

    assert change.action is Action.NOOP


def test_a_base_image_pinned_to_the_digest_the_version_was_built_from_is_no_change() -> None:
    live = live_version(3)
    pinned = version_properties(BaseImage=live["ContainerImage"])

    change = diff_resource(
        "image_versions.ds",
        desired=desired_version("ds", pinned),
        recorded=version_record(3),
        live=live,
    )

    assert change.action is Action.NOOP
    assert change.property_changes == []
