"""The commands against a local cloud that behaves as SageMaker and Cloud Control do.

Each test names the AWS behaviour it relies on; the local cloud models it by default
(`state.localcloud`), and imgver must come through it with one apply: several versions of
one image created at once, mixed-case image names, versions AWS archives, alias updates
under either handler semantics, failed and throttled creates.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from state.cloud.client import LiveCloud, open_cloud
from state.cloud.polling import PollPolicy
from state.schema import IMAGE, IMAGE_VERSION

Run = Any  # the `run` fixture from conftest.py

ACCOUNT = "123456789012"
FAST = PollPolicy(first_delay=0.01, max_delay=0.05, read_delay=0.01, throttle_backoff=0.01)


def write_spec(path: Path, image_name: str, tags: list[str], *, guidance: str = "STABLE") -> Path:
    versions = "".join(
        f"""
  v-{tag}:
    ImageName: {image_name}
    BaseImage: {ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/ds:{tag}
    Aliases: ["{tag}"]
    VendorGuidance: {guidance}
    ReleaseNotes: build {tag}
"""
        for tag in tags
    )
    path.write_text(
        f"""settings:
  region: us-east-1
  backend: {{type: local, path: imgver.state.json}}

images:
  ds:
    ImageName: {image_name}
    ImageRoleArn: arn:aws:iam::{ACCOUNT}:role/SageMakerImages

image_versions:{versions}""",
        encoding="utf-8",
    )
    return path


@pytest.fixture(params=["keep", "strip"])
def alias_update(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> str:
    monkeypatch.setenv("IMGVER_LOCAL_ALIAS_UPDATE", request.param)
    return str(request.param)


def imgver(run: Run, spec: Path, *args: str, options: tuple[str, ...] = ()) -> Any:
    return run("--local", "--no-color", *options, args[0], "-f", str(spec), *args[1:])


def cloud_for(spec: Path) -> LiveCloud:
    data = spec.parent / ".imgver" / "local-cloud.db"
    return open_cloud(
        region="us-east-1", profile=None, endpoint_url=None, local_data=data, poll=FAST
    )


def state_of(spec: Path) -> dict[str, Any]:
    return json.loads((spec.parent / "imgver.state.json").read_text(encoding="utf-8"))


def test_several_new_versions_of_one_image_apply_first_time_numbered_in_order(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, alias_update: str
) -> None:
    # SageMaker refuses a version create while another of the image runs
    # (terraform-provider-aws #44693): the local cloud does too, with op_seconds > 0.
    monkeypatch.setenv("IMGVER_LOCAL_OP_SECONDS", "0.05")
    tags = ["a1", "a2", "a3", "a4"]
    spec = write_spec(tmp_path / "imgver.yaml", "ds", tags)

    result = imgver(run, spec, "apply", "--auto-approve", options=("--parallelism", "10"))

    assert result.code == 0, result.err
    resources = state_of(spec)["resources"]
    assert [resources[f"image_versions.v-{tag}"]["properties"]["Version"] for tag in tags] == [
        1,
        2,
        3,
        4,
    ]
    assert imgver(run, spec, "plan", "--detailed-exitcode").code == 0


def test_new_versions_of_one_image_are_numbered_in_spec_order_not_address_order(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The versions are listed z9, m5, b2: their addresses sort the other way. SageMaker
    # numbers versions in the order it creates them, so they must be created as listed.
    monkeypatch.setenv("IMGVER_LOCAL_OP_SECONDS", "0.05")
    tags = ["z9", "m5", "b2"]
    spec = write_spec(tmp_path / "imgver.yaml", "ds", tags)

    result = imgver(run, spec, "apply", "--auto-approve", options=("--parallelism", "10"))

    assert result.code == 0, result.err
    resources = state_of(spec)["resources"]
    assert {tag: resources[f"image_versions.v-{tag}"]["properties"]["Version"] for tag in tags} == {
        "z9": 1,
        "m5": 2,
        "b2": 3,
    }
    assert imgver(run, spec, "plan", "--detailed-exitcode").code == 0


def test_a_mixed_case_image_name_converges_and_updates_keep_the_aliases(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, alias_update: str
) -> None:
    # The version read model spells ImageName in lower case (the ARN's spelling).
    monkeypatch.setenv("IMGVER_LOCAL_OP_SECONDS", "0")
    spec = write_spec(tmp_path / "imgver.yaml", "Data-Science", ["b1"])
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    assert imgver(run, spec, "plan", "--detailed-exitcode").code == 0

    text = spec.read_text(encoding="utf-8").replace("build b1", "build b1, fixed")
    spec.write_text(text, encoding="utf-8")
    assert imgver(run, spec, "apply", "--auto-approve").code == 0

    arn = state_of(spec)["resources"]["image_versions.v-b1"]["identifier"]
    live = cloud_for(spec).read(IMAGE_VERSION, arn)
    assert live is not None
    assert (live["ReleaseNotes"], live["Aliases"]) == ("build b1, fixed", ["b1"])
    assert imgver(run, spec, "plan", "--detailed-exitcode").code == 0


def test_a_version_aws_archived_is_neither_drift_nor_a_change(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # SageMaker VendorGuidance: TO_BE_ARCHIVED versions are "automatically archived after
    # three months"; IMGVER_LOCAL_ARCHIVE_SECONDS shortens that.
    monkeypatch.setenv("IMGVER_LOCAL_OP_SECONDS", "0")
    monkeypatch.setenv("IMGVER_LOCAL_ARCHIVE_SECONDS", "0")
    spec = write_spec(tmp_path / "imgver.yaml", "ds", ["c1"], guidance="TO_BE_ARCHIVED")
    assert imgver(run, spec, "apply", "--auto-approve").code == 0

    arn = state_of(spec)["resources"]["image_versions.v-c1"]["identifier"]
    live = cloud_for(spec).read(IMAGE_VERSION, arn)
    assert live is not None and live["VendorGuidance"] == "ARCHIVED"
    drift = imgver(run, spec, "drift")
    assert drift.code == 0, drift.err
    assert "  IN_SYNC  image_versions.v-c1\n      archived by AWS\n" in drift.out
    report = json.loads(imgver(run, spec, "drift", "--format", "json").out)
    [version] = [r for r in report["resources"] if r["address"] == "image_versions.v-c1"]
    assert (version["status"], version["note"]) == ("IN_SYNC", "archived by AWS")
    assert imgver(run, spec, "plan", "--detailed-exitcode").code == 0


def test_dropping_release_notes_plans_a_replacement_not_a_removal(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, alias_update: str
) -> None:
    # UpdateImageVersion cannot unset a field; the local cloud refuses such a patch.
    monkeypatch.setenv("IMGVER_LOCAL_OP_SECONDS", "0")
    spec = write_spec(tmp_path / "imgver.yaml", "ds", ["d1"])
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    spec.write_text(
        spec.read_text(encoding="utf-8").replace("    ReleaseNotes: build d1\n", ""),
        encoding="utf-8",
    )

    plan = imgver(run, spec, "plan")
    assert "ReleaseNotes cannot be unset on an existing version" in plan.out
    assert imgver(run, spec, "apply", "--auto-approve").code == 0

    record = state_of(spec)["resources"]["image_versions.v-d1"]
    live = cloud_for(spec).read(IMAGE_VERSION, record["identifier"])
    assert live is not None
    assert "ReleaseNotes" not in live and live["Version"] == 2 and live["Aliases"] == ["d1"]
    assert imgver(run, spec, "plan", "--detailed-exitcode").code == 0


@pytest.mark.parametrize("seed", [3, 4])
@pytest.mark.parametrize("named", ["early", "late"])
def test_after_throttled_and_failed_creates_exactly_the_declared_versions_exist(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int, named: str
) -> None:
    # Half the injected faults on creates strike after the image or version was made
    # (the public Image and ImageVersion CreateHandlers re-read after stabilising;
    # CREATE_FAILED stays), whether or not an event named it before (CREATE_IDENTIFIER).
    monkeypatch.setenv("IMGVER_LOCAL_CREATE_IDENTIFIER", named)
    monkeypatch.setenv("IMGVER_LOCAL_OP_SECONDS", "0")
    monkeypatch.setenv("IMGVER_LOCAL_THROTTLE_RATE", "0.2")
    monkeypatch.setenv("IMGVER_LOCAL_FAIL_RATE", "0.2")
    monkeypatch.setenv("IMGVER_LOCAL_SEED", str(seed))
    tags = ["e1", "e2", "e3"]
    spec = write_spec(tmp_path / "imgver.yaml", "ds", tags)

    for _ in range(6):
        if imgver(run, spec, "apply", "--auto-approve").code == 0:
            break
    monkeypatch.setenv("IMGVER_LOCAL_THROTTLE_RATE", "0")
    monkeypatch.setenv("IMGVER_LOCAL_FAIL_RATE", "0")
    assert imgver(run, spec, "apply", "--auto-approve").code == 0

    recorded = {
        record["identifier"]
        for address, record in state_of(spec)["resources"].items()
        if address.startswith("image_versions.")
    }
    live = {found.identifier for found in cloud_for(spec).list(IMAGE_VERSION, image_name="ds")}
    assert live == recorded
    assert len(recorded) == len(tags)
    images = [found.identifier for found in cloud_for(spec).list(IMAGE)]
    assert images == [state_of(spec)["resources"]["images.ds"]["identifier"]]
    assert imgver(run, spec, "plan", "--detailed-exitcode").code == 0


def test_an_alias_held_by_an_unmanaged_version_is_refused_at_plan_time(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # ListAliases(ImageName) without Version lists every alias of the image (botocore
    # service-2.json); an alias belongs to one version of an image.
    monkeypatch.setenv("IMGVER_LOCAL_OP_SECONDS", "0")
    spec = write_spec(tmp_path / "imgver.yaml", "ds", ["f1"])
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    outside = cloud_for(spec).create(
        IMAGE_VERSION,
        {
            "ImageName": "ds",
            "BaseImage": f"{ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/ds:console",
            "Aliases": ["taken"],
        },
    )
    spec.write_text(
        spec.read_text(encoding="utf-8").replace('Aliases: ["f1"]', 'Aliases: ["f1", taken]'),
        encoding="utf-8",
    )
    before = state_of(spec)

    result = imgver(run, spec, "plan")

    assert result.code == 1
    assert (
        f"image_versions.v-f1 is given alias taken, which version 2 of image ds "
        f"({outside.identifier}) holds; imgver does not manage that version"
    ) in result.err
    assert "import" in result.err and "take the alias off it" in result.err
    assert imgver(run, spec, "apply", "--auto-approve").code == 1
    assert state_of(spec) == before


def test_permissions_prints_the_policy_an_apply_or_a_drift_job_needs(run: Run) -> None:
    full = run("permissions")
    read_only = run("permissions", "--read-only")

    assert (full.code, read_only.code) == (0, 0)
    apply_actions = json.loads(full.out)["Statement"][0]["Action"]
    drift_actions = json.loads(read_only.out)["Statement"][0]["Action"]
    # The Image read handler needs sagemaker:ListTags (bundled schema, handlers.read).
    assert "sagemaker:ListTags" in drift_actions
    assert "sagemaker:ListAliases" in drift_actions
    assert not [a for a in drift_actions if "Create" in a or "Delete" in a or "Update" in a]
    assert {"cloudformation:CreateResource", "iam:PassRole", "sagemaker:CreateImageVersion"} <= set(
        apply_actions
    )
    assert set(drift_actions) < set(apply_actions)


def test_the_singular_alias_is_refused_by_validate(run: Run, tmp_path: Path) -> None:
    # CloudFormation documents nothing for ImageVersion `Alias` ("Property description not
    # available"); its meaning on AWS is unknown.
    spec = write_spec(tmp_path / "imgver.yaml", "ds", ["g1"])
    spec.write_text(
        spec.read_text(encoding="utf-8").replace(
            'Aliases: ["g1"]', 'Aliases: ["g1"]\n    Alias: legacy'
        ),
        encoding="utf-8",
    )

    result = run("validate", "-f", str(spec))

    assert result.code == 1
    assert "image_versions.v-g1.Alias" in result.err or "Alias" in result.err
    assert "Aliases" in result.err
