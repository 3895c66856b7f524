"""render_plan_text (Terraform-like text) and plan_to_json (Terraform's plan JSON shape)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from planner.plan.build import build_plan
from planner.plan.changes import Action, Plan, PropertyChange, ResourceChange
from planner.render.plan import plan_to_json, render_plan_text, summary_line
from planner.spec.desired import Lifecycle
from state.recorded.model import State
from state.schema import IMAGE, IMAGE_VERSION
from tests.planner.planner_data import (
    BASE_NOV,
    BASE_OCT,
    IMAGE_ADDRESS,
    LINEAGE,
    desired_image,
    desired_version,
    image_properties,
    image_record,
    live_image,
    live_version,
    state_of,
    version_arn,
    version_properties,
    version_record,
)

# Terraform's documented JSON plan representation (developer.hashicorp.com/terraform/
# internals/json-format), restricted to what imgver emits; unknown keys are allowed, as
# Terraform tells consumers to ignore them.
VALUE = {"type": ["object", "null"]}
TERRAFORM_PLAN_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["format_version", "resource_changes", "applyable", "complete", "errored"],
    "properties": {
        "format_version": {"type": "string", "pattern": r"^1\.\d+$"},
        "applyable": {"type": "boolean"},
        "complete": {"type": "boolean"},
        "errored": {"type": "boolean"},
        "timestamp": {"type": "string"},
        "resource_changes": {"type": "array", "items": {"$ref": "#/$defs/resource_change"}},
        "resource_drift": {"type": "array", "items": {"$ref": "#/$defs/resource_change"}},
    },
    "$defs": {
        "resource_change": {
            "type": "object",
            "required": ["address", "mode", "type", "name", "provider_name", "change"],
            "properties": {
                "address": {"type": "string", "pattern": r"^[a-z_]+\.[A-Za-z0-9_-]+$"},
                "mode": {"enum": ["managed", "data"]},
                "type": {"type": "string"},
                "name": {"type": "string"},
                "provider_name": {"type": "string"},
                "deposed": {"type": "string"},
                "change": {"$ref": "#/$defs/change"},
            },
        },
        "change": {
            "type": "object",
            "required": ["actions", "before", "after", "after_unknown"],
            "properties": {
                "actions": {
                    "enum": [
                        ["no-op"],
                        ["create"],
                        ["read"],
                        ["update"],
                        ["delete", "create"],
                        ["create", "delete"],
                        ["delete"],
                        ["forget"],
                        ["create", "forget"],
                    ]
                },
                "before": VALUE,
                "after": VALUE,
                "after_unknown": {"type": ["object", "boolean"]},
                "before_sensitive": {"type": ["object", "boolean"]},
                "after_sensitive": {"type": ["object", "boolean"]},
                "replace_paths": {
                    "type": "array",
                    "items": {"type": "array", "items": {"type": ["string", "integer"]}},
                },
                "patch": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["op", "path"],
                        "properties": {
                            "op": {"enum": ["add", "remove", "replace"]},
                            "path": {"type": "string", "pattern": "^/"},
                        },
                    },
                },
            },
        },
    },
}


def validate_terraform_shape(document: dict[str, Any]) -> None:
    errors = sorted(
        Draft202012Validator(TERRAFORM_PLAN_SCHEMA).iter_errors(document), key=lambda e: e.path
    )
    assert [error.message for error in errors] == []


def applied_world() -> tuple[State, dict[str, dict[str, Any] | None]]:
    state = state_of(
        {
            IMAGE_ADDRESS: image_record(),
            "image_versions.ds": version_record(3),
            "image_versions.old": version_record(2, version_properties(Aliases=None)),
        }
    )
    live: dict[str, dict[str, Any] | None] = {
        IMAGE_ADDRESS: live_image(),
        "image_versions.ds": live_version(3),
        "image_versions.old": live_version(2, version_properties(Aliases=None), extras=False),
    }
    return state, live


def first_plan() -> Plan:
    desired = {IMAGE_ADDRESS: desired_image(), "image_versions.ds": desired_version("ds")}
    return build_plan(desired=desired, state=State(lineage=LINEAGE), live={IMAGE_ADDRESS: None})


def update_plan() -> Plan:
    state, live = applied_world()
    desired = {
        IMAGE_ADDRESS: desired_image(),
        "image_versions.ds": desired_version(
            "ds", version_properties(ReleaseNotes="new", Aliases=["stable"])
        ),
        "image_versions.old": desired_version("old", version_properties(Aliases=None)),
    }
    return build_plan(desired=desired, state=state, live=live)


def mixed_plan() -> Plan:
    """Replace ds, destroy old, create a new version and change the image."""
    state, live = applied_world()
    desired = {
        IMAGE_ADDRESS: desired_image(image_properties(ImageDescription="GPU kernels")),
        "image_versions.ds": desired_version("ds", version_properties(BaseImage=BASE_NOV)),
        "image_versions.dec": desired_version(
            "dec", version_properties(BaseImage="x/ds:2024.12", Aliases=["beta"])
        ),
    }
    return build_plan(desired=desired, state=state, live=live)


def test_no_changes_says_so() -> None:
    state, live = applied_world()
    desired = {
        IMAGE_ADDRESS: desired_image(),
        "image_versions.ds": desired_version("ds"),
        "image_versions.old": desired_version("old", version_properties(Aliases=None)),
    }
    plan = build_plan(desired=desired, state=state, live=live)
    assert render_plan_text(plan, color=True) == (
        "No changes. Your image versions match the configuration."
    )


def test_empty_destroy_says_nothing_to_destroy() -> None:
    plan = build_plan(desired={}, state=State(lineage=LINEAGE), live={}, mode="destroy")
    assert render_plan_text(plan, color=False) == "No changes. No objects need to be destroyed."


def test_update_in_place_text() -> None:
    assert render_plan_text(update_plan(), color=False) == (
        "Resource actions are indicated with the following symbols:\n"
        "  ~ update in-place\n"
        "\n"
        "imgver will perform the following actions:\n"
        "\n"
        "  # image_versions.ds will be updated in-place\n"
        '  ~ resource "AWS::SageMaker::ImageVersion" "ds" {\n'
        "      ~ Aliases\n"
        '          - "2024.10"\n'
        '      ~ ReleaseNotes = "October refresh" -> "new"\n'
        "        # (9 unchanged attributes hidden)\n"
        "    }\n"
        "\n"
        "Plan: 0 to add, 1 to change, 0 to replace, 0 to destroy."
    )


def test_create_text_shows_read_only_values_as_known_after_apply() -> None:
    text = render_plan_text(first_plan(), color=False)
    assert text.splitlines()[:13] == [
        "Resource actions are indicated with the following symbols:",
        "  + create",
        "",
        "imgver will perform the following actions:",
        "",
        "  # images.data-science will be created",
        '  + resource "AWS::SageMaker::Image" "data-science" {',
        "      + ImageArn         = (known after apply)",
        '      + ImageDescription = "Data science kernels"',
        '      + ImageName        = "data-science"',
        '      + ImageRoleArn     = "arn:aws:iam::123456789012:role/SageMakerImages"',
        "    }",
        "",
    ]
    assert '      + Aliases         = ["2024.10", "stable"]' in text
    assert "      + Version         = (known after apply)" in text
    assert text.endswith("Plan: 2 to add, 0 to change, 0 to replace, 0 to destroy.")


def test_mixed_plan_text_blocks_and_summary() -> None:
    text = render_plan_text(mixed_plan(), color=False)
    lines = text.splitlines()
    assert lines[:5] == [
        "Resource actions are indicated with the following symbols:",
        "  + create",
        "  ~ update in-place",
        "+/- create replacement and then destroy",
        "  - destroy",
    ]
    replace_block = lines[lines.index("  # image_versions.ds must be replaced") :][:10]
    assert replace_block == [
        "  # image_versions.ds must be replaced",
        "  # (BaseImage changes: a new base image means a new image version)",
        '+/- resource "AWS::SageMaker::ImageVersion" "ds" {',
        f'      ~ BaseImage       = "{BASE_OCT}" -> "{BASE_NOV}" # forces replacement',
        "      ~ ContainerImage  = "
        '"123456789012.dkr.ecr.us-east-1.amazonaws.com/ds@sha256:'
        + "3".rjust(64, "0")
        + '" -> (known after apply)',
        '      ~ ImageArn        = "arn:aws:sagemaker:us-east-1:123456789012:image/data-science"'
        " -> (known after apply)",
        f'      ~ ImageVersionArn = "{version_arn(3)}" -> (known after apply)',
        "      ~ Version         = 3 -> (known after apply)",
        "        # (6 unchanged attributes hidden)",
        "    }",
    ]
    destroy_block = lines[lines.index("  # image_versions.old will be destroyed") :][:4]
    assert destroy_block == [
        "  # image_versions.old will be destroyed",
        "  # (no longer in the spec)",
        '  - resource "AWS::SageMaker::ImageVersion" "old" {',
        f'      - BaseImage       = "{BASE_OCT}" -> null',
    ]
    assert lines[-1] == "Plan: 1 to add, 1 to change, 1 to replace, 1 to destroy."


def test_summary_line_counts_forgets_only_when_there_are_any() -> None:
    state, live = applied_world()
    live["image_versions.old"] = None
    desired = {IMAGE_ADDRESS: desired_image(), "image_versions.ds": desired_version("ds")}
    plan = build_plan(desired=desired, state=state, live=live)
    assert (
        summary_line(plan)
        == "Plan: 0 to add, 0 to change, 0 to replace, 0 to destroy, 1 to forget."
    )
    text = render_plan_text(plan, color=False)
    assert (
        "  # image_versions.old is gone from the cloud; its record will be removed from state"
        in text
    )
    assert '  . resource "AWS::SageMaker::ImageVersion" "old" {' in text
    assert f'        ImageVersionArn = "{version_arn(2)}"' in text
    assert "  . remove from state (already gone from the cloud)" in text
    assert "leave it in the cloud" not in text


def test_retained_replacement_and_delete_first_replacement_symbols() -> None:
    state, live = applied_world()
    desired = {
        IMAGE_ADDRESS: desired_image(),
        "image_versions.ds": desired_version(
            "ds", version_properties(BaseImage=BASE_NOV), lifecycle=Lifecycle(on_replace="retain")
        ),
        "image_versions.old": desired_version("old", version_properties(Aliases=None)),
    }
    retained = render_plan_text(build_plan(desired=desired, state=state, live=live), color=False)
    assert "+/. create replacement and then forget the old one" in retained
    assert "  # image_versions.ds must be replaced (the old one stays in the cloud)" in retained
    forced = build_plan(
        desired={**desired, "image_versions.ds": desired_version("ds")},
        state=state,
        live=live,
        force_replace=[IMAGE_ADDRESS],
    )
    text = render_plan_text(forced, color=False)
    assert "-/+ destroy and then create replacement" in text
    assert '-/+ resource "AWS::SageMaker::Image" "data-science" {' in text
    assert "Plan: 0 to add, 0 to change, 3 to replace, 0 to destroy." in text


def test_deposed_object_block_names_it() -> None:
    state, live = applied_world()
    state.resources["image_versions.ds#deposed"] = version_record(1)
    live["image_versions.ds#deposed"] = live_version(1)
    desired = {
        IMAGE_ADDRESS: desired_image(),
        "image_versions.ds": desired_version("ds"),
        "image_versions.old": desired_version("old", version_properties(Aliases=None)),
    }
    text = render_plan_text(build_plan(desired=desired, state=state, live=live), color=False)
    assert (
        f"  # image_versions.ds (deposed object {version_arn(1)}) will be destroyed\n"
        "  # (the old object of an interrupted replacement)\n"
        '  - resource "AWS::SageMaker::ImageVersion" "ds" {'
    ) in text


def test_colour_only_when_asked() -> None:
    plan = mixed_plan()
    plain = render_plan_text(plan, color=False)
    coloured = render_plan_text(plan, color=True)
    assert "\x1b" not in plain
    assert "  \x1b[32m+\x1b[0m create" in coloured
    assert "\x1b[32m+\x1b[0m/\x1b[31m-\x1b[0m create replacement and then destroy" in coloured
    assert "\x1b[1mPlan: 1 to add, 1 to change, 1 to replace, 1 to destroy.\x1b[0m" in coloured
    assert "\x1b[33m~\x1b[0m ImageDescription" in coloured


def test_refresh_only_text() -> None:
    state, live = applied_world()
    live["image_versions.ds"] = {**live_version(3), "ReleaseNotes": "hotfix"}
    live["image_versions.old"] = None
    plan = build_plan(desired={}, state=state, live=live, mode="refresh-only")
    assert render_plan_text(plan, color=False) == (
        "Note: Objects have changed outside of imgver\n"
        "\n"
        "imgver detected the following changes made outside of imgver since the last apply:\n"
        "\n"
        "  # image_versions.ds has changed outside imgver\n"
        "  # (changed outside imgver)\n"
        '  ~ resource "AWS::SageMaker::ImageVersion" "ds" {\n'
        '      ~ ReleaseNotes = "October refresh" -> "hotfix"\n'
        "        # (4 unchanged attributes hidden)\n"
        "    }\n"
        "\n"
        "  # image_versions.old has been deleted\n"
        "  # (deleted outside imgver: its record will be removed from state)\n"
        '  . resource "AWS::SageMaker::ImageVersion" "old" {\n'
        f'        ImageVersionArn = "{version_arn(2)}"\n'
        "    }\n"
        "\n"
        "This is a refresh-only plan, so imgver will not take any actions to undo these. "
        "Applying it records these values in the state.\n"
        "\n"
        "Refresh: 1 to record, 1 to forget."
    )


def tags_plan() -> Plan:
    """The image's tags change: one value edited, one tag added, one removed."""
    state, live = applied_world()
    tags = [{"Key": "cost", "Value": "42"}, {"Key": "team", "Value": "ds"}]
    state.resources[IMAGE_ADDRESS].properties["Tags"] = tags
    live[IMAGE_ADDRESS] = live_image(image_properties(Tags=tags))
    desired = {
        IMAGE_ADDRESS: desired_image(
            image_properties(
                Tags=[{"Key": "owner", "Value": "ml"}, {"Key": "cost", "Value": "43"}],
                ImageDescription="GPU kernels",
            )
        ),
        "image_versions.ds": desired_version("ds"),
        "image_versions.old": desired_version("old", version_properties(Aliases=None)),
    }
    return build_plan(desired=desired, state=state, live=live)


def test_nested_changes_show_detail_lines_under_the_property() -> None:
    text = render_plan_text(tags_plan(), color=False)
    assert text.splitlines()[5:15] == [
        "  # images.data-science will be updated in-place",
        '  ~ resource "AWS::SageMaker::Image" "data-science" {',
        '      ~ ImageDescription = "Data science kernels" -> "GPU kernels"',
        "      ~ Tags",
        '          ~ Tags[Key=cost].Value: "42" -> "43"',
        "          + Tags: {Key: owner, Value: ml}",
        "          - Tags: {Key: team, Value: ds}",
        "        # (3 unchanged attributes hidden)",
        "    }",
        "",
    ]


def test_detail_markers_are_coloured_when_asked() -> None:
    text = render_plan_text(tags_plan(), color=True)
    assert '          \x1b[33m~\x1b[0m Tags[Key=cost].Value: "42" -> "43"' in text
    assert "          \x1b[32m+\x1b[0m Tags: {Key: owner, Value: ml}" in text
    assert "          \x1b[31m-\x1b[0m Tags: {Key: team, Value: ds}" in text


def test_a_nested_property_forcing_replacement_says_so_on_its_own_line() -> None:
    before = {"ImageName": "data-science", "Tags": [{"Key": "team", "Value": "ds"}]}
    after = {"ImageName": "data-science", "Tags": [{"Key": "team", "Value": "ml"}]}
    change = ResourceChange(
        address=IMAGE_ADDRESS,
        type_name=IMAGE,
        action=Action.DELETE_THEN_CREATE,
        identifier="data-science",
        before=before,
        after=after,
        replace_paths=["/Tags"],
        property_changes=[
            PropertyChange(
                "/Tags",
                before["Tags"],
                after["Tags"],
                "change",
                forces_replacement=True,
                details=('~ Tags[Key=team].Value: "ds" -> "ml"',),
            )
        ],
        reasons=["Tags changes: it cannot be changed in place"],
    )
    text = render_plan_text(Plan(changes=[change], steps=[]), color=False)
    assert text.splitlines()[5:11] == [
        "  # images.data-science must be replaced",
        "  # (Tags changes: it cannot be changed in place)",
        '-/+ resource "AWS::SageMaker::Image" "data-science" {',
        "      ~ Tags # forces replacement",
        '          ~ Tags[Key=team].Value: "ds" -> "ml"',
        "        # (1 unchanged attribute hidden)",
    ]


def test_refresh_only_without_changes() -> None:
    state, live = applied_world()
    plan = build_plan(desired={}, state=state, live=live, mode="refresh-only")
    assert render_plan_text(plan, color=False) == (
        "No changes. The state matches the live image versions."
    )


# -- JSON ------------------------------------------------------------------------------------


def by_address(document: dict[str, Any], key: str = "resource_changes") -> dict[str, Any]:
    return {
        item["address"] + ("#deposed" if "deposed" in item else ""): item for item in document[key]
    }


def test_json_top_level() -> None:
    state, live = applied_world()
    desired = {IMAGE_ADDRESS: desired_image(), "image_versions.ds": desired_version("ds")}
    plan = build_plan(
        desired=desired,
        state=state,
        live=live,
        spec_hash="abc",
        region="us-east-1",
        created_at="2024-11-01T10:00:00+00:00",
    )
    document = plan_to_json(plan)
    validate_terraform_shape(document)
    blocks = ("planned_values", "prior_state", "configuration")
    assert {
        key: value
        for key, value in document.items()
        if "resource" not in key and key not in blocks
    } == {
        "format_version": "1.2",
        "terraform_version": "1.11.0",
        "imgver_version": "0.1.0",
        "mode": "normal",
        "region": "us-east-1",
        "account": "",
        "lineage": LINEAGE,
        "serial": 7,
        "spec_hash": "abc",
        "variables": {},
        "output_changes": {},
        "relevant_attributes": [],
        "applyable": True,
        "complete": True,
        "errored": False,
        "timestamp": "2024-11-01T10:00:00+00:00",
    }
    # What the plan leaves: the image and the kept version; the deleted one is gone.
    planned = document["planned_values"]["root_module"]["resources"]
    assert [(r["address"], r["mode"], r["type"], r["name"]) for r in planned] == [
        (IMAGE_ADDRESS, "managed", IMAGE, "data-science"),
        ("image_versions.ds", "managed", IMAGE_VERSION, "ds"),
    ]
    assert planned[1]["values"]["ReleaseNotes"] == "October refresh"
    prior = document["prior_state"]["values"]["root_module"]["resources"]
    assert [r["address"] for r in prior] == [IMAGE_ADDRESS, "image_versions.ds", "image_versions.old"]
    assert prior[2]["values"] == live["image_versions.old"]
    configured = document["configuration"]["root_module"]["resources"]
    assert [r["address"] for r in configured] == [IMAGE_ADDRESS, "image_versions.ds"]
    assert "ImageVersionArn" not in configured[1]["expressions"]
    assert configured[1]["expressions"]["BaseImage"] == {
        "constant_value": "123456789012.dkr.ecr.us-east-1.amazonaws.com/ds:2024.10"
    }
    reasons = {rc["address"]: rc.get("action_reason") for rc in document["resource_changes"]}
    assert reasons == {
        IMAGE_ADDRESS: None,
        "image_versions.ds": None,
        "image_versions.old": "delete_because_no_resource_config",
    }


def test_json_update_change() -> None:
    document = plan_to_json(update_plan())
    validate_terraform_shape(document)
    item = by_address(document)["image_versions.ds"]
    assert {key: value for key, value in item.items() if key != "change"} == {
        "address": "image_versions.ds",
        "mode": "managed",
        "type": "AWS::SageMaker::ImageVersion",
        "name": "ds",
        "provider_name": "registry.imgver/cloudcontrol",
        "reasons": [],
    }
    assert item["change"]["actions"] == ["update"]
    assert item["change"]["patch"] == [
        {"op": "add", "path": "/Aliases", "value": ["stable"]},
        {"op": "replace", "path": "/ReleaseNotes", "value": "new"},
    ]
    assert item["change"]["before"] == live_version(3)
    assert item["change"]["after"] == {
        **live_version(3),
        "Aliases": ["stable"],
        "ReleaseNotes": "new",
    }
    assert item["change"]["after_unknown"] == {}
    assert "replace_paths" not in item["change"]
    assert by_address(document)[IMAGE_ADDRESS]["change"]["actions"] == ["no-op"]


def test_json_create_marks_read_only_values_unknown() -> None:
    document = plan_to_json(first_plan())
    validate_terraform_shape(document)
    change = by_address(document)["image_versions.ds"]["change"]
    assert change["actions"] == ["create"]
    assert change["before"] is None
    assert change["after_unknown"] == {
        "ContainerImage": True,
        "ImageArn": True,
        "ImageVersionArn": True,
        "Version": True,
    }
    assert change["patch"] == []


@pytest.mark.parametrize(
    ("address", "actions"),
    [
        ("image_versions.ds", ["create", "delete"]),
        ("image_versions.old", ["delete"]),
        ("image_versions.dec", ["create"]),
        (IMAGE_ADDRESS, ["update"]),
    ],
)
def test_json_actions_follow_terraform(address: str, actions: list[str]) -> None:
    document = plan_to_json(mixed_plan())
    validate_terraform_shape(document)
    assert by_address(document)[address]["change"]["actions"] == actions


def test_json_replacement_names_replace_paths_as_key_lists() -> None:
    change = by_address(plan_to_json(mixed_plan()))["image_versions.ds"]["change"]
    assert change["replace_paths"] == [["BaseImage"]]
    assert change["after"] == version_properties(BaseImage=BASE_NOV) | {
        "Aliases": ["2024.10", "stable"]
    }
    assert change["after_unknown"]["ImageVersionArn"] is True


def test_json_forget_retain_and_delete_first_actions() -> None:
    state, live = applied_world()
    live["image_versions.old"] = None
    desired = {
        IMAGE_ADDRESS: desired_image(),
        "image_versions.ds": desired_version(
            "ds", version_properties(BaseImage=BASE_NOV), lifecycle=Lifecycle(on_replace="retain")
        ),
    }
    document = plan_to_json(build_plan(desired=desired, state=state, live=live))
    validate_terraform_shape(document)
    changes = by_address(document)
    assert changes["image_versions.ds"]["change"]["actions"] == ["create", "forget"]
    assert changes["image_versions.old"]["change"]["actions"] == ["forget"]
    assert changes["image_versions.old"]["change"]["after"] is None
    forced = build_plan(
        desired={IMAGE_ADDRESS: desired_image(), "image_versions.ds": desired_version("ds")},
        state=state,
        live=live,
        force_replace=[IMAGE_ADDRESS],
    )
    assert by_address(plan_to_json(forced))[IMAGE_ADDRESS]["change"]["actions"] == [
        "delete",
        "create",
    ]


def test_json_deposed_object_keeps_its_address_and_names_the_object() -> None:
    state, live = applied_world()
    state.resources["image_versions.ds#deposed"] = version_record(1)
    live["image_versions.ds#deposed"] = live_version(1)
    desired = {IMAGE_ADDRESS: desired_image(), "image_versions.ds": desired_version("ds")}
    document = plan_to_json(build_plan(desired=desired, state=state, live=live))
    validate_terraform_shape(document)
    item = by_address(document)["image_versions.ds#deposed"]
    assert item["address"] == "image_versions.ds"
    assert item["deposed"] == version_arn(1)
    assert item["change"]["actions"] == ["delete"]


def test_json_refresh_only_reports_drift_not_changes() -> None:
    state, live = applied_world()
    live["image_versions.ds"] = {**live_version(3), "ReleaseNotes": "hotfix"}
    live["image_versions.old"] = None
    plan = build_plan(desired={}, state=state, live=live, mode="refresh-only", targets=[])
    document = plan_to_json(plan)
    validate_terraform_shape(document)
    assert document["resource_changes"] == []
    drift = by_address(document, "resource_drift")
    assert sorted(drift) == ["image_versions.ds", "image_versions.old"]
    assert drift["image_versions.ds"]["change"]["actions"] == ["update"]
    assert drift["image_versions.ds"]["change"]["after"]["ReleaseNotes"] == "hotfix"
    assert drift["image_versions.old"]["change"]["actions"] == ["delete"]
    assert document["mode"] == "refresh-only"


def test_json_targeted_plan_is_not_complete() -> None:
    state, live = applied_world()
    desired = {
        IMAGE_ADDRESS: desired_image(),
        "image_versions.ds": desired_version("ds", version_properties(ReleaseNotes="x")),
    }
    plan = build_plan(desired=desired, state=state, live=live, targets=["image_versions.ds"])
    document = plan_to_json(plan)
    validate_terraform_shape(document)
    assert document["complete"] is False
    assert document["targets"] == ["image_versions.ds"]
    assert [item["address"] for item in document["resource_changes"]] == ["image_versions.ds"]
    assert plan.changes[0].action is Action.UPDATE


def test_detail_lines_stay_out_of_the_json_plan() -> None:
    plan = tags_plan()
    item = by_address(plan_to_json(plan))[IMAGE_ADDRESS]
    assert "details" not in json.dumps(item)
    assert item["change"]["patch"] == [
        {"op": "replace", "path": "/ImageDescription", "value": "GPU kernels"},
        {
            "op": "replace",
            "path": "/Tags",
            "value": [{"Key": "owner", "Value": "ml"}, {"Key": "cost", "Value": "43"}],
        },
    ]
