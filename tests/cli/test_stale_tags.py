"""A tag that moved after its version was built: the plan's note, and lifecycle.follow_tag.

SageMaker freezes the digest a version is built from in `ContainerImage` (CreateImageVersion,
DescribeImageVersion); the tag of its BaseImage moves with the next push (ECR PutImage on
an existing tag in a MUTABLE repository), and ECR DescribeImages names the new digest.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from tests.cli.conftest import Result, Run
from tests.cli.ecr_push import ACCOUNT, REGISTRY, index, push

BASE = f"{REGISTRY}/ds:2024.10"


def write_spec(path: Path, *, follow_tag: bool = False) -> Path:
    lifecycle = "\n    lifecycle: {follow_tag: true}" if follow_tag else ""
    path.write_text(
        f"""settings:
  region: us-east-1
images:
  ds:
    ImageName: ds
    ImageRoleArn: arn:aws:iam::{ACCOUNT}:role/SageMakerImages
image_versions:
  current:
    ImageName: ds
    BaseImage: {BASE}
    Aliases: [stable]{lifecycle}
""",
        encoding="utf-8",
    )
    return path


def imgver(run: Run, spec: Path, *args: str) -> Result:
    return run("--local", "--no-color", args[0], "-f", str(spec), *args[1:])


def record(spec: Path) -> dict[str, Any]:
    document = json.loads((spec.parent / "imgver.state.json").read_text(encoding="utf-8"))
    found: dict[str, Any] = document["resources"]["image_versions.current"]
    return found


def built_then_moved(run: Run, spec: Path) -> tuple[str, str]:
    old = push(spec, "ds", "2024.10", index("linux/amd64", build="1"))
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    new = push(spec, "ds", "2024.10", index("linux/amd64", build="2"))
    return old, new


def test_a_moved_tag_is_a_note_and_the_plan_changes_nothing(run: Run, tmp_path: Path) -> None:
    spec = write_spec(tmp_path / "imgver.yaml")
    old, new = built_then_moved(run, spec)

    result = imgver(run, spec, "plan", "--detailed-exitcode")

    assert result.code == 0, result.err
    [head, _, note] = result.out.splitlines()
    assert head == "No changes. Your image versions match the configuration."
    assert note.startswith(
        f"Note: image_versions.current: tag 2024.10 of {BASE} has moved: it names {new} (pushed "
    )
    assert note.endswith(
        f"), the version was built from {old}. The plan changes nothing: set "
        "lifecycle.follow_tag: true to build a new version from it, or pin BaseImage to a "
        "digest (`imgver pin`)."
    )


def test_follow_tag_replaces_the_version_from_the_new_digest_keeping_its_aliases(
    run: Run, tmp_path: Path
) -> None:
    spec = write_spec(tmp_path / "imgver.yaml", follow_tag=True)
    _, new = built_then_moved(run, spec)
    first = record(spec)

    planned = imgver(run, spec, "plan", "--detailed-exitcode")
    applied = imgver(run, spec, "apply", "--auto-approve")

    assert planned.code == 2, planned.err
    assert (
        f"# (lifecycle.follow_tag: tag 2024.10 of {BASE} has moved: it names {new}" in planned.out
    )
    assert "Plan: 0 to add, 0 to change, 1 to replace, 0 to destroy." in planned.out
    assert applied.code == 0, applied.err
    second = record(spec)
    assert second["properties"]["ContainerImage"] == f"{REGISTRY}/ds@{new}"
    assert second["properties"]["Version"] == first["properties"]["Version"] + 1
    assert second["properties"]["Aliases"] == ["stable"]
    assert imgver(run, spec, "plan", "--detailed-exitcode").code == 0


def test_drift_reports_a_moved_tag_as_a_stale_base_image_in_every_format(
    run: Run, tmp_path: Path
) -> None:
    spec = write_spec(tmp_path / "imgver.yaml")
    old, new = built_then_moved(run, spec)
    files = {fmt: tmp_path / f"drift.{fmt}" for fmt in ("json", "markdown", "junit", "html")}
    options = [
        part for fmt, path in files.items() for part in ("--format", fmt, "--output", str(path))
    ]

    result = imgver(run, spec, "drift", *options)

    assert result.code == 2, result.err
    document = json.loads(files["json"].read_text(encoding="utf-8"))
    [version] = [r for r in document["resources"] if r["address"] == "image_versions.current"]
    assert version["status"] == "MODIFIED" and version["drifted"]
    [difference] = version["differences"]
    pushed = difference.pop("tag_pushed_at")
    assert pushed.endswith("+00:00")
    assert difference == {
        "path": "/BaseImage",
        "property": "BaseImage",
        "expected": new,
        "actual": old,
        "type": "STALE_BASE_IMAGE",
        "source": "tag-moved",
        "ignored": False,
        "ignore_reason": None,
        "tag": "2024.10",
    }
    line = f'/BaseImage: "{new}" -> "{old}" (STALE_BASE_IMAGE, tag-moved: tag 2024.10, pushed {pushed})'
    assert f"      {line}" in result.out.splitlines()
    junit = ElementTree.parse(files["junit"]).getroot()
    failures = [failure.text or "" for failure in junit.iter("failure")]
    assert [text for text in failures if line in text.splitlines()] != []
    assert f"tag-moved: tag 2024.10, pushed {pushed}" in files["markdown"].read_text(
        encoding="utf-8"
    )
    assert f"tag-moved: tag 2024.10, pushed {pushed}" in files["html"].read_text(encoding="utf-8")


def test_a_stale_base_image_is_ignored_with_ignore_changes_base_image(
    run: Run, tmp_path: Path
) -> None:
    spec = write_spec(tmp_path / "imgver.yaml")
    built_then_moved(run, spec)

    result = imgver(run, spec, "drift", "--ignore", "image_versions.current.BaseImage")

    assert result.code == 0, result.out


def test_after_follow_tag_applies_drift_is_clean(run: Run, tmp_path: Path) -> None:
    spec = write_spec(tmp_path / "imgver.yaml", follow_tag=True)
    built_then_moved(run, spec)
    assert imgver(run, spec, "drift").code == 2

    assert imgver(run, spec, "apply", "--auto-approve").code == 0

    assert imgver(run, spec, "drift").code == 0


def test_a_digest_base_image_is_never_stale(run: Run, tmp_path: Path) -> None:
    spec = write_spec(tmp_path / "imgver.yaml")
    digest = push(spec, "ds", "2024.10", index("linux/amd64", build="1"))
    spec.write_text(spec.read_text(encoding="utf-8").replace(BASE, f"{REGISTRY}/ds@{digest}"))
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    push(spec, "ds", "2024.10", index("linux/amd64", build="2"))

    assert imgver(run, spec, "drift").code == 0
    assert imgver(run, spec, "plan", "--detailed-exitcode").code == 0


def test_drift_accept_has_nothing_to_keep_of_a_moved_tag(run: Run, tmp_path: Path) -> None:
    spec = write_spec(tmp_path / "imgver.yaml")
    built_then_moved(run, spec)
    before = spec.read_text(encoding="utf-8")

    result = imgver(run, spec, "drift", "--accept", "image_versions.current")

    assert result.code == 1
    assert spec.read_text(encoding="utf-8") == before


def test_a_follow_tag_replacement_is_replace_by_triggers_in_plan_json(
    run: Run, tmp_path: Path
) -> None:
    spec = write_spec(tmp_path / "imgver.yaml", follow_tag=True)
    built_then_moved(run, spec)

    result = imgver(run, spec, "plan", "--json")

    assert result.code == 0, result.err
    [change] = [
        rc
        for rc in json.loads(result.out)["resource_changes"]
        if rc["address"] == "image_versions.current"
    ]
    assert change["change"]["actions"] == ["create", "delete"]
    assert change["action_reason"] == "replace_by_triggers"
