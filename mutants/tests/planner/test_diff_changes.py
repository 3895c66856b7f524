"""The whole ResourceChange of the cases the table in test_diff.py pins by action: before,
after, type and identifier too, and values that are copies, never shared with the record,
the live model or the spec."""

from __future__ import annotations

import copy

from planner.plan.changes import Action
from planner.plan.diff import diff_resource, refresh_resource
from state.schema import IMAGE, IMAGE_VERSION
from tests.planner.planner_data import (
    IMAGE_ADDRESS,
    desired_image,
    desired_version,
    image_properties,
    image_record,
    live_image,
    live_version,
    version_arn,
    version_properties,
    version_record,
)

ADDRESS = "image_versions.ds"


def test_a_create_colliding_with_an_unmanaged_image_carries_what_to_create() -> None:
    change = diff_resource(IMAGE_ADDRESS, desired=desired_image(), recorded=None, live=live_image())

    assert change.action is Action.CREATE
    assert (change.type_name, change.identifier) == (IMAGE, None)
    assert change.after == image_properties()
    assert change.before is None


def test_a_noop_and_an_update_carry_type_identifier_before_and_after() -> None:
    live = live_version(3)
    noop = diff_resource(
        ADDRESS, desired=desired_version("ds"), recorded=version_record(3), live=live
    )
    update = diff_resource(
        ADDRESS,
        desired=desired_version("ds", version_properties(ReleaseNotes="new")),
        recorded=version_record(3),
        live=live,
    )

    assert noop.action is Action.NOOP
    assert (noop.type_name, noop.identifier) == (IMAGE_VERSION, version_arn(3))
    assert noop.after == noop.before
    assert update.action is Action.UPDATE
    assert (update.type_name, update.identifier) == (IMAGE_VERSION, version_arn(3))
    assert update.before is not None and update.after is not None
    assert (update.before["ReleaseNotes"], update.after["ReleaseNotes"]) == (
        "October refresh",
        "new",
    )


def test_dropping_the_singular_alias_still_compares_the_properties_after_it() -> None:
    # Alias is write-only: the record holds it, the live model never shows it.
    recorded = version_record(3, {**version_properties(), "Alias": "legacy"})
    desired = desired_version("ds", version_properties(ReleaseNotes="new"))

    change = diff_resource(ADDRESS, desired=desired, recorded=recorded, live=live_version(3))

    assert change.action is Action.UPDATE
    assert {"op": "replace", "path": "/ReleaseNotes", "value": "new"} in change.patch


def test_refresh_only_names_what_it_forgets_and_gives_no_reason_when_unchanged() -> None:
    gone = refresh_resource(ADDRESS, recorded=version_record(3), live=None)
    unchanged = refresh_resource(ADDRESS, recorded=image_record(), live=live_image())

    assert gone.action is Action.REMOVE_RECORD
    assert gone.before == version_properties()
    assert unchanged.reasons == []
    assert unchanged.property_changes == []


def test_values_in_a_change_are_copies_of_the_record_and_live_model() -> None:
    recorded = version_record(3)
    live = live_version(3)
    desired = desired_version("ds", version_properties(ReleaseNotes="new"))
    kept = (copy.deepcopy(recorded.properties), copy.deepcopy(live), copy.deepcopy(desired))

    changes = [
        diff_resource(ADDRESS, desired=desired, recorded=recorded, live=live),
        diff_resource(ADDRESS, desired=desired_version("ds"), recorded=recorded, live=live),
        diff_resource(ADDRESS, desired=None, recorded=recorded, live=live),
        refresh_resource(ADDRESS, recorded=recorded, live=live),
    ]
    for change in changes:
        for model in (change.before, change.after):
            if model is not None and "Aliases" in model:
                model["Aliases"].append("changed-later")
        for op in change.patch:
            if isinstance(op.get("value"), list):
                op["value"].append("changed-later")

    assert (recorded.properties, live, desired) == kept
