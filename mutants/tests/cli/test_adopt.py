"""`imgver adopt --image NAME` on the embedded local cloud: an image and its versions
made outside imgver are written into the spec and imported at once; the next plan is
empty."""

from __future__ import annotations

import json
from pathlib import Path

from state.schema import IMAGE, IMAGE_VERSION
from tests.cli.test_workflow import Run, cloud_for, imgver, state_of

SPEC = """\
# Team images: adopted ones are appended below.
settings:
  region: us-east-1   # the lab region
  backend: {type: local, path: imgver.state.json}
"""
ROLE = "arn:aws:iam::123456789012:role/SageMakerImages"
REPO = "123456789012.dkr.ecr.us-east-1.amazonaws.com/legacy"


def make_legacy(path: Path) -> None:
    """An image with three versions, made outside imgver (two with aliases)."""
    cloud = cloud_for(path)
    cloud.create(IMAGE, {"ImageName": "legacy", "ImageRoleArn": ROLE}, client_token="t-image")
    for number, (tag, aliases) in enumerate(
        [("1", ["old"]), ("2", []), ("3", ["stable", "3.0"])], start=1
    ):
        body = {"ImageName": "legacy", "BaseImage": f"{REPO}:{tag}", "ReleaseNotes": f"r{number}"}
        if aliases:
            body["Aliases"] = aliases
        cloud.create(IMAGE_VERSION, body, client_token=f"t-{number}")


def test_an_adopted_image_plans_empty(run: Run, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("IMGVER_LOCAL_OP_SECONDS", "0")
    spec = tmp_path / "imgver.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    make_legacy(spec)

    dry = imgver(run, spec, "adopt", "--image", "legacy", "--dry-run")
    assert dry.code == 0, dry.err
    assert "legacy-old:" in dry.out and "legacy-v2:" in dry.out and "legacy-3-0:" in dry.out
    assert spec.read_text(encoding="utf-8") == SPEC
    assert not (tmp_path / "imgver.state.json").exists()

    result = imgver(run, spec, "adopt", "--image", "legacy")
    assert result.code == 0, result.err
    assert f"Adopted 4 resources into {spec}:" in result.out
    text = spec.read_text(encoding="utf-8")
    assert text.startswith(SPEC), "comments and what was there stay as written"
    state = state_of(spec)
    assert state["serial"] == 1, "one state write"
    assert sorted(state["resources"]) == [
        "image_versions.legacy-3-0",
        "image_versions.legacy-old",
        "image_versions.legacy-v2",
        "images.legacy",
    ]
    assert state["resources"]["image_versions.legacy-3-0"]["properties"]["Aliases"] == [
        "3.0",
        "stable",
    ]
    plan = imgver(run, spec, "plan", "--detailed-exitcode")
    assert plan.code == 0, plan.out + plan.err
    assert "No changes." in plan.out
    drift = imgver(run, spec, "drift", "--format", "json")
    assert drift.code == 0, drift.out
    assert {item["status"] for item in json.loads(drift.out)["resources"]} == {"IN_SYNC"}

    again = imgver(run, spec, "adopt", "--image", "legacy")
    assert again.code == 0
    assert "Nothing to adopt" in again.out


def test_adopting_an_image_that_does_not_exist_changes_nothing(run: Run, tmp_path: Path) -> None:
    spec = tmp_path / "imgver.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    result = imgver(run, spec, "adopt", "--image", "nowhere")
    assert result.code == 1
    assert "Error: cannot adopt image nowhere: it does not exist" in result.err
    assert spec.read_text(encoding="utf-8") == SPEC
    assert not (tmp_path / "imgver.state.json").exists()
