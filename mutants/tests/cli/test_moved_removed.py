"""`moved:` and `removed:` blocks end to end on the embedded local cloud.

A rename with `moved` keeps the same ARN and changes nothing live; `removed` with
`destroy: false` keeps the object live and drops its record, `destroy: true` deletes it;
invalid blocks are refused with file:line before anything is read or written.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from state.schema import IMAGE_VERSION
from tests.cli.test_workflow import (
    Run,
    cloud_for,
    edit,
    imgver,
    plan_json,
    spec,  # noqa: F401  (the fixture)
    state_of,
)

OCTOBER = "image_versions.ds-2024-10"


def live_versions(path: Path) -> dict[str, dict[str, Any]]:
    """Every live version of the quickstart image, with its aliases, by ARN."""
    cloud = cloud_for(path)
    return {
        item.identifier: cloud.read(IMAGE_VERSION, item.identifier) or {}
        for item in cloud.list(IMAGE_VERSION, image_name="data-science")
    }


def rename_october(path: Path) -> None:
    edit(path, "  ds-2024-10:\n", "  october:\n")
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text + "\nmoved:\n  - from: image_versions.ds-2024-10\n    to: image_versions.october\n",
        encoding="utf-8",
    )


def test_a_rename_with_moved_keeps_the_arn_and_changes_nothing_live(run: Run, spec: Path) -> None:
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    arn = state_of(spec)["resources"][OCTOBER]["identifier"]
    before = live_versions(spec)
    rename_october(spec)

    result = imgver(run, spec, "plan", "--detailed-exitcode")
    assert result.code == 2, result.err
    assert f"# image_versions.october has moved from {OCTOBER}" in result.out
    assert "Plan: 0 to add, 0 to change, 0 to replace, 0 to destroy, 1 to move." in result.out
    plan = plan_json(run, spec)
    moved = [rc for rc in plan["resource_changes"] if rc.get("previous_address")]
    assert [(rc["address"], rc["previous_address"], rc["change"]["actions"]) for rc in moved] == [
        ("image_versions.october", OCTOBER, ["no-op"])
    ]

    applied = imgver(run, spec, "apply", "--auto-approve")
    assert applied.code == 0, applied.err
    assert applied.out.rstrip().endswith(
        "Apply complete! Resources: 0 added, 0 changed, 0 replaced, 0 destroyed, 1 moved."
    )
    resources = state_of(spec)["resources"]
    assert OCTOBER not in resources
    # The version number depends on which parallel create ran first: compare with the ARN.
    assert resources["image_versions.october"]["identifier"] == arn
    assert live_versions(spec) == before
    # The block stays in the spec: once made, the move is no change.
    again = imgver(run, spec, "plan", "--detailed-exitcode")
    assert again.code == 0, again.out
    assert imgver(run, spec, "drift").code == 0


def test_a_moved_address_that_also_changes_is_updated_in_place(run: Run, spec: Path) -> None:
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    arn = state_of(spec)["resources"][OCTOBER]["identifier"]
    rename_october(spec)
    edit(spec, "ReleaseNotes: October refresh", "ReleaseNotes: October hotfix")
    out_file = spec.parent / "move.plan"
    planned = imgver(run, spec, "plan", "--out", str(out_file))
    assert planned.code == 0, planned.err
    assert "Plan: 0 to add, 1 to change, 0 to replace, 0 to destroy, 1 to move." in planned.out
    applied = run("--local", "--no-color", "apply", str(out_file), "-f", str(spec))
    assert applied.code == 0, applied.err
    record = state_of(spec)["resources"]["image_versions.october"]
    assert record["identifier"] == arn
    assert record["properties"]["ReleaseNotes"] == "October hotfix"
    assert live_versions(spec)[arn]["ReleaseNotes"] == "October hotfix"
    assert imgver(run, spec, "plan", "--detailed-exitcode").code == 0


def drop_september(path: Path, *, destroy: bool) -> None:
    text = path.read_text(encoding="utf-8")
    start = text.index("  ds-2024-09:\n")
    end = text.index("  ds-2024-10:\n")
    block = "removed:\n  - from: image_versions.ds-2024-09\n"
    block += f"    destroy: {'true' if destroy else 'false'}\n"
    path.write_text(text[:start] + text[end:] + "\n" + block, encoding="utf-8")


def test_removed_without_destroy_keeps_the_version_live_and_drops_the_record(
    run: Run, spec: Path
) -> None:
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    before = live_versions(spec)
    drop_september(spec, destroy=False)

    result = imgver(run, spec, "plan")
    assert result.code == 0, result.err
    assert "# image_versions.ds-2024-09 will no longer be managed by imgver" in result.out
    assert f"removed block at {spec}:" in result.out
    assert "Plan: 0 to add, 0 to change, 0 to replace, 0 to destroy, 1 to forget." in result.out

    applied = imgver(run, spec, "apply", "--auto-approve")
    assert applied.code == 0, applied.err
    assert "image_versions.ds-2024-09" not in state_of(spec)["resources"]
    assert live_versions(spec) == before
    assert imgver(run, spec, "plan", "--detailed-exitcode").code == 0


def test_removed_with_destroy_is_the_ordinary_deletion(run: Run, spec: Path) -> None:
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    october = state_of(spec)["resources"][OCTOBER]["identifier"]
    drop_september(spec, destroy=True)
    applied = imgver(run, spec, "apply", "--auto-approve")
    assert applied.code == 0, applied.err
    assert "destroy: true" in applied.out
    assert sorted(live_versions(spec)) == [october]
    assert "image_versions.ds-2024-09" not in state_of(spec)["resources"]


def test_invalid_blocks_are_refused_with_file_and_line_and_change_nothing(
    run: Run, spec: Path
) -> None:
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    recorded = (spec.parent / "imgver.state.json").read_text(encoding="utf-8")
    text = spec.read_text(encoding="utf-8")
    lines = len(text.splitlines())
    spec.write_text(
        text
        + "\nmoved:\n"
        + "  - {from: image_versions.a, to: image_versions.nowhere}\n"  # +3
        + "  - {from: image_versions.b, to: image_versions.c}\n"  # +4
        + "  - {from: image_versions.c, to: image_versions.ds-2024-10}\n"  # +5
        + "  - {from: images.x, to: image_versions.y}\n"  # +6
        + "  - {from: image_versions.ds-2024-09, to: image_versions.ds-2024-10}\n"  # +7
        + "removed:\n"
        + "  - {from: image_versions.ds-2024-10, destroy: false}\n"  # +9
        + "  - {from: image_versions.gone}\n",  # +10
        encoding="utf-8",
    )
    result = imgver(run, spec, "plan")
    assert result.code == 1
    err = result.err
    assert "Error: " in err
    expected = [
        f"{spec}:{lines + 3}: moved[0].to: unknown address: the spec does not declare "
        "image_versions.nowhere",
        f"{spec}:{lines + 4}: moved[1].to: moves chain: image_versions.c moves on to "
        f"image_versions.ds-2024-10 at {spec}:{lines + 5}; write one move from "
        "image_versions.b to image_versions.ds-2024-10",
        f"{spec}:{lines + 6}: moved[3].to: image_versions.y is in another section than images.x",
        f"{spec}:{lines + 7}: moved[4].to: image_versions.c already moves to "
        f"image_versions.ds-2024-10 at {spec}:{lines + 5}",
        f"{spec}:{lines + 7}: moved[4].from: image_versions.ds-2024-09 is still declared in "
        "the spec: a move leaves it behind",
        f"{spec}:{lines + 9}: removed[0].from: image_versions.ds-2024-10 is still declared in "
        "the spec: remove it first",
        f"{spec}:{lines + 10}: removed[1]: `destroy` is required",
    ]
    for line in expected:
        assert line in err, err
    assert (spec.parent / "imgver.state.json").read_text(encoding="utf-8") == recorded


def test_a_move_onto_an_address_state_already_records_is_refused(run: Run, spec: Path) -> None:
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    recorded = state_of(spec)
    document = json.loads(json.dumps(recorded))
    document["resources"]["image_versions.old"] = document["resources"][OCTOBER]
    september = document["resources"]["image_versions.ds-2024-09"]["identifier"]
    document["resources"]["image_versions.old"]["identifier"] = september
    push = spec.parent / "pushed.json"
    document["serial"] += 1
    push.write_text(json.dumps(document), encoding="utf-8")
    assert imgver(run, spec, "state", "push", str(push)).code == 0
    text = spec.read_text(encoding="utf-8")
    spec.write_text(
        text + f"\nmoved:\n  - from: image_versions.old\n    to: {OCTOBER}\n", encoding="utf-8"
    )
    result = imgver(run, spec, "plan")
    assert result.code == 1
    assert f"Error: cannot move image_versions.old to {OCTOBER} ({spec}:" in result.err
    assert "state records both" in result.err
