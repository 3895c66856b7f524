"""diff_resource and refresh_resource, table-driven: one named case per behaviour pinned."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from planner.errors import PlanError
from planner.plan.changes import Action, PropertyChange
from planner.plan.details import property_details
from planner.plan.diff import diff_resource, refresh_resource
from planner.spec.desired import DesiredResource, Lifecycle
from state.recorded.model import ResourceRecord
from state.schema import IMAGE, IMAGE_VERSION
from tests.planner.planner_data import (
    BASE_NOV,
    BASE_OCT,
    IMAGE_ARN,
    ROLE_ARN,
    desired_image,
    desired_version,
    image_properties,
    image_record,
    live_image,
    live_version,
    record,
    version_arn,
    version_properties,
    version_record,
)

TAGS = [{"Key": "team", "Value": "ml"}, {"Key": "cost", "Value": "42"}]
RETAIN = Lifecycle(on_replace="retain")


@dataclass
class Case:
    """One diff: inputs, then the exact outcome expected."""

    desired: DesiredResource | None
    recorded: ResourceRecord | None
    live: dict[str, Any] | None
    action: Action
    patch: list[dict[str, Any]] = field(default_factory=list)
    replace_paths: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    changed: list[PropertyChange] | None = None  # None: not checked
    force_replace: bool = False


def version(**changes: Any) -> DesiredResource:
    return desired_version("ds", version_properties(**changes))


def version_with(lifecycle: Lifecycle, **changes: Any) -> DesiredResource:
    return desired_version("ds", version_properties(**changes), lifecycle=lifecycle)


def v3(**changes: Any) -> dict[str, Any]:
    return live_version(3, version_properties(**changes))


def recorded_v3(**changes: Any) -> ResourceRecord:
    return version_record(3, version_properties(**changes))


def image(**changes: Any) -> DesiredResource:
    return desired_image(image_properties(**changes))


def image_live(**changes: Any) -> dict[str, Any]:
    return live_image(image_properties(**changes))


def recorded_image(**changes: Any) -> ResourceRecord:
    return image_record(image_properties(**changes))


BASE_IMAGE_REASON = "BaseImage changes: a new base image means a new image version"

VERSION_CASES = [
    pytest.param(
        Case(version(), recorded_v3(), v3(), Action.NOOP, changed=[]),
        id="noop_when_live_matches_despite_read_only_and_service_defaults",
    ),
    pytest.param(
        Case(
            version(Aliases=["stable", "2024.10", "stable"]),
            recorded_v3(),
            v3(Aliases=["2024.10", "stable"]),
            Action.NOOP,
        ),
        id="aliases_compare_as_a_set",
    ),
    pytest.param(
        Case(version(), None, None, Action.CREATE),
        id="create_when_never_created",
    ),
    pytest.param(
        Case(
            version(),
            recorded_v3(),
            None,
            Action.CREATE,
            reasons=[
                f"{version_arn(3)} is recorded in state but no longer exists "
                "(deleted outside imgver): it will be created again"
            ],
        ),
        id="create_again_when_deleted_outside_imgver",
    ),
    pytest.param(
        Case(
            version(),
            record(IMAGE_VERSION, None, version_properties()),
            None,
            Action.CREATE,
            reasons=["an earlier create did not finish: no identifier was recorded"],
        ),
        id="create_when_an_earlier_create_never_finished",
    ),
    pytest.param(
        Case(
            version(ReleaseNotes="new"),
            recorded_v3(),
            v3(),
            Action.UPDATE,
            patch=[
                # Every version update carries the full alias set.
                {"op": "add", "path": "/Aliases", "value": ["2024.10", "stable"]},
                {"op": "replace", "path": "/ReleaseNotes", "value": "new"},
            ],
            changed=[PropertyChange("/ReleaseNotes", "October refresh", "new", "change")],
        ),
        id="update_release_notes_replaces_only_that_path",
    ),
    pytest.param(
        Case(
            version(Processor="GPU"),
            recorded_v3(),
            v3(),
            Action.UPDATE,
            patch=[
                # Every version update carries the full alias set.
                {"op": "add", "path": "/Aliases", "value": ["2024.10", "stable"]},
                {"op": "add", "path": "/Processor", "value": "GPU"},
            ],
            changed=[PropertyChange("/Processor", None, "GPU", "add")],
        ),
        id="update_adds_a_property_the_live_model_lacks",
    ),
    pytest.param(
        Case(
            version(VendorGuidance="STABLE"),
            recorded_v3(),
            v3(),
            Action.UPDATE,
            patch=[
                # Every version update carries the full alias set.
                {"op": "add", "path": "/Aliases", "value": ["2024.10", "stable"]},
                {"op": "replace", "path": "/VendorGuidance", "value": "STABLE"},
            ],
        ),
        id="update_replaces_a_service_default_the_spec_now_sets",
    ),
    pytest.param(
        Case(
            version(ReleaseNotes=None),
            recorded_v3(),
            v3(),
            Action.CREATE_THEN_DELETE,
            changed=[
                PropertyChange(
                    "/ReleaseNotes", "October refresh", None, "remove", forces_replacement=True
                )
            ],
            replace_paths=["/ReleaseNotes"],
            reasons=["ReleaseNotes cannot be unset on an existing version"],
        ),
        # UpdateImageVersion cannot unset a field: a new version without it.
        id="property_that_cannot_be_unset_dropped_from_spec_replaces_the_version",
    ),
    pytest.param(
        Case(version(ReleaseNotes=None), recorded_v3(ReleaseNotes=None), v3(), Action.NOOP),
        id="property_never_set_by_imgver_is_not_removed",
    ),
    pytest.param(
        Case(
            version(ImageName="Data-Science"),
            recorded_v3(ImageName="Data-Science"),
            v3(ImageName="data-science"),
            Action.NOOP,
        ),
        # The version read model spells ImageName as its (lower-case) ARN does.
        id="mixed_case_image_name_read_back_lower_case_is_no_change",
    ),
    pytest.param(
        Case(
            version(VendorGuidance="TO_BE_ARCHIVED"),
            recorded_v3(VendorGuidance="TO_BE_ARCHIVED"),
            v3(VendorGuidance="ARCHIVED"),
            Action.NOOP,
        ),
        # SageMaker VendorGuidance: "automatically archived after three months".
        id="archived_by_aws_is_no_change",
    ),
    pytest.param(
        Case(version(), recorded_v3(), v3(Horovod=True, Processor="CPU"), Action.NOOP),
        id="values_nobody_set_are_never_a_difference",
    ),
    pytest.param(
        Case(
            version(Aliases=["stable", "latest"]),
            recorded_v3(),
            v3(),
            Action.UPDATE,
            patch=[{"op": "add", "path": "/Aliases", "value": ["latest", "stable"]}],
            changed=[
                PropertyChange(
                    "/Aliases",
                    ["2024.10", "stable"],
                    ["latest", "stable"],
                    "change",
                    details=('+ "latest"', '- "2024.10"'),
                )
            ],
        ),
        id="aliases_change_is_one_add_of_the_whole_sorted_set",
    ),
    pytest.param(
        Case(
            version(Aliases=["stable"]),
            recorded_v3(Aliases=None),
            v3(Aliases=None),
            Action.UPDATE,
            patch=[{"op": "add", "path": "/Aliases", "value": ["stable"]}],
            changed=[PropertyChange("/Aliases", None, ["stable"], "add")],
        ),
        id="aliases_added_when_the_version_has_none",
    ),
    pytest.param(
        Case(
            version(Aliases=None),
            recorded_v3(),
            v3(),
            Action.UPDATE,
            patch=[{"op": "add", "path": "/Aliases", "value": []}],
            changed=[
                PropertyChange(
                    "/Aliases",
                    ["2024.10", "stable"],
                    [],
                    "change",
                    details=('- "2024.10"', '- "stable"'),
                )
            ],
        ),
        id="aliases_dropped_from_spec_are_cleared_with_an_empty_add",
    ),
    pytest.param(
        Case(version(Aliases=None), recorded_v3(), v3(Aliases=None), Action.NOOP),
        id="aliases_dropped_from_spec_and_already_gone",
    ),
    pytest.param(
        Case(version(Aliases=None), recorded_v3(Aliases=None), v3(), Action.NOOP),
        id="aliases_set_outside_imgver_are_left_alone_when_never_managed",
    ),
    pytest.param(
        Case(
            version(Aliases=["stable"], ReleaseNotes="new"),
            recorded_v3(),
            v3(),
            Action.UPDATE,
            patch=[
                {"op": "add", "path": "/Aliases", "value": ["stable"]},
                {"op": "replace", "path": "/ReleaseNotes", "value": "new"},
            ],
        ),
        id="update_patch_paths_are_sorted",
    ),
    pytest.param(
        Case(
            version_with(Lifecycle(ignore_changes=("ReleaseNotes",)), ReleaseNotes="new"),
            recorded_v3(),
            v3(),
            Action.NOOP,
        ),
        id="ignore_changes_hides_a_difference",
    ),
    pytest.param(
        Case(
            version_with(
                Lifecycle(ignore_changes=("ReleaseNotes",)), ReleaseNotes="new", JobType="TRAINING"
            ),
            recorded_v3(),
            v3(),
            Action.UPDATE,
            patch=[
                # Every version update carries the full alias set.
                {"op": "add", "path": "/Aliases", "value": ["2024.10", "stable"]},
                {"op": "replace", "path": "/JobType", "value": "TRAINING"},
            ],
        ),
        id="ignored_property_is_not_sent_in_an_update",
    ),
    pytest.param(
        Case(
            version_with(Lifecycle(ignore_changes=("BaseImage",)), BaseImage=BASE_NOV),
            recorded_v3(),
            v3(),
            Action.NOOP,
        ),
        id="ignored_create_only_property_does_not_replace",
    ),
    pytest.param(
        Case(
            version(),
            recorded_v3(),
            {**v3(), "ContainerImage": "elsewhere/ds@sha256:1", "Version": 9},
            Action.NOOP,
        ),
        id="read_only_differences_are_never_diffed",
    ),
    pytest.param(
        Case(
            version(BaseImage=BASE_NOV),
            recorded_v3(),
            v3(),
            Action.CREATE_THEN_DELETE,
            replace_paths=["/BaseImage"],
            reasons=[BASE_IMAGE_REASON],
            changed=[PropertyChange("/BaseImage", BASE_OCT, BASE_NOV, "change", True)],
        ),
        id="base_image_change_replaces_create_first",
    ),
    pytest.param(
        Case(
            version(BaseImage=BASE_NOV, ReleaseNotes="new"),
            recorded_v3(),
            v3(),
            Action.CREATE_THEN_DELETE,
            replace_paths=["/BaseImage"],
            reasons=[BASE_IMAGE_REASON],
            changed=[
                PropertyChange("/BaseImage", BASE_OCT, BASE_NOV, "change", True),
                PropertyChange("/ReleaseNotes", "October refresh", "new", "change"),
            ],
        ),
        id="replacement_lists_updatable_changes_too_and_sends_no_patch",
    ),
    pytest.param(
        Case(
            version_with(RETAIN, BaseImage=BASE_NOV),
            recorded_v3(),
            v3(),
            Action.CREATE_THEN_FORGET,
            replace_paths=["/BaseImage"],
            reasons=[BASE_IMAGE_REASON],
        ),
        id="replacement_with_on_replace_retain_forgets_the_old_version",
    ),
    pytest.param(
        Case(
            version(ImageName="other-image"),
            recorded_v3(),
            v3(),
            Action.CREATE_THEN_DELETE,
            replace_paths=["/ImageName"],
            reasons=["ImageName changes: a version cannot move to another image"],
        ),
        id="image_name_change_replaces_a_version",
    ),
    pytest.param(
        Case(
            version(),
            record(IMAGE_VERSION, version_arn(3), version_properties(), status="tainted"),
            v3(),
            Action.CREATE_THEN_DELETE,
            reasons=["tainted: an earlier apply did not finish it cleanly"],
        ),
        id="tainted_record_is_replaced",
    ),
    pytest.param(
        Case(
            version(),
            recorded_v3(),
            v3(),
            Action.CREATE_THEN_DELETE,
            reasons=["replacement requested with --replace"],
            force_replace=True,
        ),
        id="forced_replacement",
    ),
    pytest.param(
        Case(None, recorded_v3(), v3(), Action.DELETE, reasons=["no longer in the spec"]),
        id="delete_when_no_longer_in_spec",
    ),
    pytest.param(
        Case(
            None,
            recorded_v3(),
            None,
            Action.REMOVE_RECORD,
            reasons=[
                "no longer in the spec and already gone from the cloud: "
                "only its state record is removed"
            ],
        ),
        id="record_removed_when_no_longer_in_spec_and_already_gone",
    ),
    pytest.param(
        Case(
            desired_version("ds", {**version_properties(), "Alias": "legacy"}),
            version_record(3, {**version_properties(), "Alias": "legacy"}),
            v3(),
            Action.NOOP,
        ),
        id="write_only_alias_compares_with_the_record",
    ),
    pytest.param(
        Case(
            desired_version("ds", {**version_properties(), "Alias": "modern"}),
            version_record(3, {**version_properties(), "Alias": "legacy"}),
            v3(),
            Action.UPDATE,
            patch=[
                {"op": "add", "path": "/Alias", "value": "modern"},
                {"op": "add", "path": "/Aliases", "value": ["2024.10", "stable"]},
            ],
        ),
        id="write_only_alias_change_is_an_add",
    ),
    pytest.param(
        Case(
            version(),
            version_record(3, {**version_properties(), "Alias": "legacy"}),
            v3(),
            Action.NOOP,
        ),
        id="write_only_alias_dropped_from_spec_cannot_be_removed",
    ),
]

IMAGE_CASES = [
    pytest.param(
        Case(image(), recorded_image(), image_live(), Action.NOOP, changed=[]),
        id="image_noop_when_live_matches",
    ),
    pytest.param(
        Case(image(), None, None, Action.CREATE),
        id="image_create_when_never_created",
    ),
    pytest.param(
        Case(
            image(),
            record(IMAGE, IMAGE_ARN, image_properties(), status="tainted"),
            image_live(),
            Action.DELETE_THEN_CREATE,
            reasons=["tainted: an earlier apply did not finish it cleanly"],
        ),
        id="image_tainted_is_replaced_deleting_first",
    ),
    pytest.param(
        Case(
            None,
            recorded_image(),
            None,
            Action.REMOVE_RECORD,
            reasons=[
                "no longer in the spec and already gone from the cloud: "
                "only its state record is removed"
            ],
        ),
        id="image_record_removed_when_no_longer_in_spec_and_already_gone",
    ),
    pytest.param(
        Case(image(Tags=TAGS), recorded_image(Tags=TAGS), image_live(Tags=TAGS[::-1]), Action.NOOP),
        id="image_tags_compare_in_any_order",
    ),
    pytest.param(
        Case(
            image(ImageDescription="GPU kernels"),
            recorded_image(),
            image_live(),
            Action.UPDATE,
            patch=[{"op": "replace", "path": "/ImageDescription", "value": "GPU kernels"}],
        ),
        id="image_description_update",
    ),
    pytest.param(
        Case(
            image(ImageDisplayName="Data Science"),
            recorded_image(),
            image_live(),
            Action.UPDATE,
            patch=[{"op": "add", "path": "/ImageDisplayName", "value": "Data Science"}],
        ),
        id="image_display_name_added",
    ),
    pytest.param(
        Case(
            image(Tags=[{"Key": "team", "Value": "platform"}, TAGS[1]]),
            recorded_image(Tags=TAGS),
            image_live(Tags=TAGS),
            Action.UPDATE,
            patch=[
                {
                    "op": "replace",
                    "path": "/Tags",
                    "value": [{"Key": "team", "Value": "platform"}, TAGS[1]],
                }
            ],
            changed=[
                PropertyChange(
                    "/Tags",
                    TAGS,
                    [{"Key": "team", "Value": "platform"}, TAGS[1]],
                    "change",
                    details=('~ Tags[Key=team].Value: "ml" -> "platform"',),
                )
            ],
        ),
        id="image_nested_tag_change_replaces_the_whole_list",
    ),
    pytest.param(
        Case(
            image(ImageDescription=None),
            recorded_image(),
            image_live(),
            Action.UPDATE,
            patch=[{"op": "remove", "path": "/ImageDescription"}],
        ),
        id="image_description_dropped_from_spec_is_removed",
    ),
    pytest.param(
        Case(
            image(ImageRoleArn=ROLE_ARN.replace("SageMakerImages", "Other")),
            recorded_image(),
            {**image_live(), "ImageArn": IMAGE_ARN + "-changed-outside"},
            Action.UPDATE,
            patch=[
                {
                    "op": "replace",
                    "path": "/ImageRoleArn",
                    "value": ROLE_ARN.replace("SageMakerImages", "Other"),
                }
            ],
        ),
        id="image_read_only_arn_never_in_a_patch",
    ),
    pytest.param(
        Case(
            image(ImageName="data-science-v2"),
            recorded_image(),
            image_live(),
            Action.CREATE_THEN_DELETE,
            replace_paths=["/ImageName"],
            reasons=["ImageName changes: an image cannot be renamed"],
        ),
        id="image_rename_creates_the_new_image_first",
    ),
    pytest.param(
        Case(
            image(),
            recorded_image(),
            image_live(),
            Action.DELETE_THEN_CREATE,
            reasons=["replacement requested with --replace"],
            force_replace=True,
        ),
        id="image_replaced_under_its_own_name_is_deleted_first",
    ),
    pytest.param(
        Case(
            image(),
            None,
            image_live(),
            Action.CREATE,
            reasons=[
                f"{IMAGE_ARN} already exists in the cloud but imgver does not manage it, so "
                f"creating it will fail: adopt it with `imgver import images.data-science "
                f"{IMAGE_ARN}`"
            ],
        ),
        id="image_create_colliding_with_an_unmanaged_image_says_import",
    ),
    pytest.param(
        Case(
            None, recorded_image(), image_live(), Action.DELETE, reasons=["no longer in the spec"]
        ),
        id="image_delete_when_no_longer_in_spec",
    ),
]


def check(case: Case, address: str) -> None:
    change = diff_resource(
        address,
        desired=case.desired,
        recorded=case.recorded,
        live=case.live,
        force_replace=case.force_replace,
    )
    assert change.action is case.action
    assert change.patch == case.patch
    assert change.replace_paths == case.replace_paths
    assert change.reasons == case.reasons
    if case.changed is not None:
        assert change.property_changes == case.changed


@pytest.mark.parametrize("case", VERSION_CASES)
def test_image_version_diff(case: Case) -> None:
    check(case, "image_versions.ds")


@pytest.mark.parametrize("case", IMAGE_CASES)
def test_image_diff(case: Case) -> None:
    check(case, "images.data-science")


def test_update_carries_live_before_and_patched_after() -> None:
    live = v3()
    change = diff_resource(
        "image_versions.ds", desired=version(ReleaseNotes="new"), recorded=recorded_v3(), live=live
    )
    assert change.type_name == IMAGE_VERSION
    assert change.identifier == version_arn(3)
    assert change.before == live
    assert change.after == {**live, "ReleaseNotes": "new"}


def test_create_after_is_the_desired_model_with_sorted_aliases() -> None:
    change = diff_resource("image_versions.ds", desired=version(), recorded=None, live=None)
    assert change.before is None
    assert change.identifier is None
    assert change.after == {
        "Aliases": ["2024.10", "stable"],
        "BaseImage": BASE_OCT,
        "ImageName": "data-science",
        "JobType": "NOTEBOOK_KERNEL",
        "ReleaseNotes": "October refresh",
    }


def test_before_fills_write_only_values_from_the_record() -> None:
    change = diff_resource(
        "image_versions.ds",
        desired=desired_version("ds", {**version_properties(), "Alias": "legacy"}),
        recorded=version_record(3, {**version_properties(), "Alias": "legacy"}),
        live=v3(),
    )
    assert change.before == {**v3(), "Alias": "legacy"}


def test_image_kept_under_its_name_cannot_be_replaced_with_retain() -> None:
    with pytest.raises(PlanError) as raised:
        diff_resource(
            "images.data-science",
            desired=desired_image(lifecycle=RETAIN),
            recorded=recorded_image(),
            live=image_live(),
            force_replace=True,
        )
    assert raised.value.summary == (
        "images.data-science must be replaced, but lifecycle.on_replace is retain"
    )
    assert raised.value.detail == (
        "ImageName must be unique, so the old object cannot stay while the new one is "
        "created: set on_replace: delete for images.data-science, or give it a new ImageName"
    )


def test_image_rename_with_retain_keeps_the_old_image() -> None:
    change = diff_resource(
        "images.data-science",
        desired=desired_image(image_properties(ImageName="ds-v2"), lifecycle=RETAIN),
        recorded=recorded_image(),
        live=image_live(),
    )
    assert change.action is Action.CREATE_THEN_FORGET


def test_nothing_to_diff_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        diff_resource("image_versions.ds", desired=None, recorded=None, live=None)


def test_mismatched_types_are_a_programming_error() -> None:
    with pytest.raises(ValueError):
        diff_resource(
            "image_versions.ds", desired=version(), recorded=image_record(), live=image_live()
        )


# -- refresh-only ----------------------------------------------------------------------------


def test_refresh_noop_when_live_matches_the_record() -> None:
    recorded = version_record(3, {**version_properties(), "Version": 3})
    change = refresh_resource("image_versions.ds", recorded=recorded, live=v3())
    assert change.action is Action.NOOP
    assert change.property_changes == []


def test_refresh_records_live_values_of_recorded_properties_only() -> None:
    recorded = version_record(3, {**version_properties(), "Alias": "legacy", "Version": 3})
    live = v3(ReleaseNotes="hotfix", Aliases=["stable"])
    change = refresh_resource("image_versions.ds", recorded=recorded, live=live)
    assert change.action is Action.REFRESH
    assert change.reasons == ["changed outside imgver"]
    assert change.after == {
        "Alias": "legacy",
        "Aliases": ["stable"],
        "BaseImage": BASE_OCT,
        "ImageName": "data-science",
        "JobType": "NOTEBOOK_KERNEL",
        "ReleaseNotes": "hotfix",
        "Version": 3,
    }
    assert change.property_changes == [
        PropertyChange(
            "/Aliases", ["stable", "2024.10"], ["stable"], "change", details=('- "2024.10"',)
        ),
        PropertyChange("/ReleaseNotes", "October refresh", "hotfix", "change"),
    ]


def test_refresh_drops_a_property_gone_live_and_clears_aliases() -> None:
    live = v3(ReleaseNotes=None, Aliases=None)
    change = refresh_resource("image_versions.ds", recorded=recorded_v3(), live=live)
    assert change.action is Action.REFRESH
    assert change.after == {
        "Aliases": [],
        "BaseImage": BASE_OCT,
        "ImageName": "data-science",
        "JobType": "NOTEBOOK_KERNEL",
    }
    assert [pc.kind for pc in change.property_changes] == ["change", "remove"]


def test_refresh_removes_the_record_of_a_resource_deleted_outside_imgver() -> None:
    change = refresh_resource("images.data-science", recorded=recorded_image(), live=None)
    assert change.action is Action.REMOVE_RECORD
    assert change.type_name == IMAGE
    assert change.reasons == ["deleted outside imgver: its record will be removed from state"]


COST = {"Key": "cost", "Value": "42"}
TEAM = {"Key": "team", "Value": "ds"}
OWNER = {"Key": "owner", "Value": "ml"}


@pytest.mark.parametrize(
    ("name", "before", "after", "details"),
    [
        pytest.param(
            "Tags",
            [COST, TEAM],
            [TEAM, {"Key": "cost", "Value": "43"}],
            ('~ Tags[Key=cost].Value: "42" -> "43"',),
            id="tag_value_change_names_the_tag_by_its_key",
        ),
        pytest.param(
            "Tags", [TEAM], [OWNER, TEAM], ("+ Tags: {Key: owner, Value: ml}",), id="tag_added"
        ),
        pytest.param(
            "Tags", [TEAM, OWNER], [OWNER], ("- Tags: {Key: team, Value: ds}",), id="tag_removed"
        ),
        pytest.param(
            "Tags",
            [COST, TEAM, {"Key": "env", "Value": "prod"}],
            [{"Key": "env", "Value": "prod"}, {"Key": "cost", "Value": "43"}, OWNER],
            (
                '~ Tags[Key=cost].Value: "42" -> "43"',
                "+ Tags: {Key: owner, Value: ml}",
                "- Tags: {Key: team, Value: ds}",
            ),
            id="tags_changed_added_and_removed_at_once_changes_first",
        ),
        pytest.param(
            "Tags",
            [COST, TEAM],
            [OWNER, {"Key": "cost", "Value": "43"}],
            (
                '~ Tags[Key=cost].Value: "42" -> "43"',
                "+ Tags: {Key: owner, Value: ml}",
                "- Tags: {Key: team, Value: ds}",
            ),
            id="tags_pair_by_key_even_when_most_of_them_differ",
        ),
        pytest.param(
            "Tags",
            [{"Key": "a", "Value": "1"}, {"Key": "b", "Value": "2"}, {"Key": "c", "Value": "3"}],
            [{"Key": "c", "Value": "1"}, {"Key": "a", "Value": "2"}, {"Key": "b", "Value": "3"}],
            (
                '~ Tags[Key=a].Value: "1" -> "2"',
                '~ Tags[Key=b].Value: "2" -> "3"',
                '~ Tags[Key=c].Value: "3" -> "1"',
            ),
            id="values_rotating_between_tags_pair_by_key_not_by_value",
        ),
        pytest.param(
            "Tags",
            [TEAM],
            [{"Key": "group", "Value": "ds"}],
            ("+ Tags: {Key: group, Value: ds}", "- Tags: {Key: team, Value: ds}"),
            id="a_tag_under_another_key_is_another_tag",
        ),
        pytest.param(
            "Tags",
            [TEAM],
            [TEAM, {"Key": "cost", "Value": "1 000"}, {"Key": "on", "Value": "true"}],
            (
                '+ Tags: {Key: "on", Value: "true"}',
                '+ Tags: {Key: cost, Value: "1 000"}',
            ),
            id="strings_yaml_would_misread_are_quoted",
        ),
        pytest.param(
            "Tags",
            [COST],
            [{"Key": "cost", "Value": "42", "Note": "monthly"}],
            ('+ Tags[Key=cost].Note: "monthly"',),
            id="a_field_added_to_a_tag",
        ),
        pytest.param("Tags", [COST, TEAM], [TEAM, COST], (), id="tag_order_is_no_difference"),
        pytest.param(
            "Tags",
            [{"Name": "cost", "Amount": 1}],
            [{"Name": "cost", "Amount": 2}],
            ("+ Tags: {Name: cost, Amount: 2}", "- Tags: {Name: cost, Amount: 1}"),
            id="unordered_items_without_a_key_are_shown_whole",
        ),
        pytest.param(
            "Aliases",
            ["2024.10", "beta"],
            ["2024.10", "stable"],
            ('+ "stable"', '- "beta"'),
            id="alias_added_and_alias_removed",
        ),
        pytest.param(
            "Aliases", ["stable"], ["latest", "stable"], ('+ "latest"',), id="alias_added"
        ),
        pytest.param(
            "Aliases", ["2024.10", "stable"], [], ('- "2024.10"', '- "stable"'), id="all_removed"
        ),
        pytest.param(
            "Config",
            {"Mode": "fast", "Sizes": [1, 2], "Old": True},
            {"Mode": "slow", "Sizes": [1, 3], "New": {"A": None}},
            (
                '~ Config.Mode: "fast" -> "slow"',
                "~ Config.Sizes[1]: 2 -> 3",
                "+ Config.New: {A: null}",
                "- Config.Old: true",
            ),
            id="other_nested_values_are_diffed_by_key_and_position",
        ),
        pytest.param("ReleaseNotes", "October", "November", (), id="scalars_have_no_details"),
        pytest.param("Horovod", False, True, (), id="booleans_are_scalars"),
        pytest.param("Aliases", None, ["stable"], (), id="a_value_added_whole_has_no_details"),
        pytest.param("Tags", [TEAM], None, (), id="a_value_removed_whole_has_no_details"),
    ],
)
def test_property_details(name: str, before: Any, after: Any, details: tuple[str, ...]) -> None:
    assert property_details(name, before, after) == details
