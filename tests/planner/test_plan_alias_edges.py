"""Alias edge cases pinned by whole plans: a version ignoring its aliases that has none
live, the values of a property change apart from the change's own before, and an alias
given up by a version that leaves an image the plan replaces."""

from __future__ import annotations

from planner.plan.build import build_plan
from planner.plan.diff import diff_resource
from planner.spec.desired import Lifecycle
from tests.planner.planner_data import (
    IMAGE_ADDRESS,
    desired_image,
    image_properties,
    image_record,
    live_image,
)
from tests.planner.test_plan_build import spec, world


def test_a_version_ignoring_its_aliases_with_none_live_sends_an_empty_set() -> None:
    state, live = world({"old": (3, {"Aliases": None})})
    desired = spec(
        old={
            "Aliases": None,
            "ReleaseNotes": "new",
            "lifecycle": Lifecycle(ignore_changes=("Aliases",)),
        }
    )

    plan = build_plan(desired=desired, state=state, live=live)

    (change,) = [change for change in plan.changes if change.address == "image_versions.old"]
    assert change.patch == [
        {"op": "add", "path": "/Aliases", "value": []},
        {"op": "replace", "path": "/ReleaseNotes", "value": "new"},
    ]


def test_the_values_of_a_property_change_are_not_the_changes_before() -> None:
    tags = [{"Key": "team", "Value": "ds"}]
    change = diff_resource(
        IMAGE_ADDRESS,
        desired=desired_image(image_properties(Tags=[{"Key": "team", "Value": "ml"}])),
        recorded=image_record(image_properties(Tags=tags)),
        live=live_image(image_properties(Tags=tags)),
    )
    (property_change,) = change.property_changes

    property_change.before[0]["Value"] = "changed-later"

    assert change.before is not None and change.before["Tags"] == tags


def test_an_alias_leaving_with_a_version_of_a_replaced_image_is_given_up_first() -> None:
    state, live = world({"a": (3, {"Aliases": ["stable"]})})
    desired = spec(b={"Aliases": ["stable"]})

    plan = build_plan(desired=desired, state=state, live=live, force_replace=[IMAGE_ADDRESS])

    assert [(step.id, step.depends_on) for step in plan.steps] == [
        ("image_versions.a:remove-aliases", ()),
        ("image_versions.a:delete", ("image_versions.a:remove-aliases",)),
        (
            "images.data-science:delete",
            ("image_versions.a:remove-aliases", "image_versions.a:delete"),
        ),
        ("images.data-science:create", ("images.data-science:delete",)),
        ("image_versions.b:create", ("images.data-science:create",)),
        (
            "image_versions.b:add-aliases",
            ("image_versions.b:create", "image_versions.a:remove-aliases"),
        ),
    ]
