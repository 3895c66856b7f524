"""Base-image pre-flight at plan time, through the CLI on the local cloud's ECR and IAM.

Sources of the behaviours checked: SageMaker needs the ECR image in its own region
(developer guide, studio-byoi-sdk-add-container-image); a missing repository is ECR
RepositoryNotFoundException and a missing tag fails DescribeImages with
ImageNotFoundException (ECR API reference, DescribeImages); a wrong architecture boots
with `exec format error` (sagemaker-studio-custom-image-samples #28), and a
single-platform image names its platform in its config blob (OCI image-spec config.md),
read with ECR GetDownloadUrlForLayer; a missing role is
IAM NoSuchEntity (IAM API reference, GetRole).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from state.localcloud import LocalCloud
from tests.cli.conftest import Result, Run
from tests.cli.ecr_push import (
    ACCOUNT,
    REGISTRY,
    create_role,
    digest_of,
    index,
    push,
    single_manifest,
)

ROLE = f"arn:aws:iam::{ACCOUNT}:role/SageMakerImages"


def write_spec(path: Path, base_images: dict[str, str], *, role: str = ROLE) -> Path:
    versions = "".join(
        f"""
  {name}:
    ImageName: ds
    BaseImage: {base_image}
"""
        for name, base_image in base_images.items()
    )
    path.write_text(
        f"""settings:
  region: us-east-1
images:
  ds:
    ImageName: ds
    ImageRoleArn: {role}
image_versions:{versions}""",
        encoding="utf-8",
    )
    return path


def imgver(run: Run, spec: Path, *args: str) -> Result:
    return run("--local", "--no-color", args[0], "-f", str(spec), *args[1:])


def state_file(spec: Path) -> Path:
    return spec.parent / "imgver.state.json"


def recorded(spec: Path, address: str) -> dict[str, Any]:
    document = json.loads(state_file(spec).read_text(encoding="utf-8"))
    properties: dict[str, Any] = document["resources"][address]["properties"]
    return properties


def test_a_tag_missing_from_its_repository_is_refused_naming_image_and_fix_then_applies_once_pushed(
    run: Run, tmp_path: Path
) -> None:
    spec = write_spec(tmp_path / "imgver.yaml", {"v1": f"{REGISTRY}/ds:2024.10"})
    push(spec, "ds", "2024.09", index("linux/amd64"))  # the repository exists, without the tag

    for command in (("plan",), ("apply", "--auto-approve")):
        refused = imgver(run, spec, *command)
        assert refused.code == 1
        assert refused.err.splitlines()[:2] == [
            "Error: Pre-flight found 1 problem with base images or image roles; nothing was "
            "changed",
            f"image_versions.v1: {REGISTRY}/ds:2024.10: ECR repository ds in account {ACCOUNT}, "
            "region us-east-1 has no tag 2024.10. Push the image with that tag, correct "
            "BaseImage, or pass --skip-preflight to plan without these checks",
        ]
        assert not state_file(spec).exists()

    pushed = push(spec, "ds", "2024.10", index("linux/amd64", build="2"))
    applied = imgver(run, spec, "apply", "--auto-approve")

    assert applied.code == 0, applied.err
    assert recorded(spec, "image_versions.v1")["ContainerImage"] == f"{REGISTRY}/ds@{pushed}"


def test_an_arm64_only_image_is_refused_and_a_multi_platform_one_with_amd64_passes(
    run: Run, tmp_path: Path
) -> None:
    spec = write_spec(
        tmp_path / "imgver.yaml",
        {"arm": f"{REGISTRY}/ds:arm", "multi": f"{REGISTRY}/ds:multi"},
    )
    push(spec, "ds", "arm", index("linux/arm64"))
    push(spec, "ds", "multi", index("linux/arm64", "linux/amd64", "unknown/unknown"))

    result = imgver(run, spec, "plan")

    assert result.code == 1
    assert result.err.splitlines()[1:] == [
        f"image_versions.arm: {REGISTRY}/ds:arm is built for linux/arm64, but SageMaker Studio "
        "runs linux/amd64 images only. Build and push it for linux/amd64 (docker buildx build "
        "--platform linux/amd64), or pass --skip-preflight to plan without these checks"
    ]


def test_a_single_platform_arm64_image_is_refused_from_its_config_blob_and_amd64_applies(
    run: Run, tmp_path: Path
) -> None:
    # A single-platform manifest names its platform only in its config blob, which ECR
    # serves through GetDownloadUrlForLayer (OCI image-spec config.md; ECR API reference).
    spec = write_spec(tmp_path / "imgver.yaml", {"v1": f"{REGISTRY}/ds:single"})
    push(spec, "ds", "single", single_manifest("linux/arm64/v8"))

    refused = imgver(run, spec, "plan")

    assert refused.code == 1
    assert refused.err.splitlines()[1:] == [
        f"image_versions.v1: {REGISTRY}/ds:single is built for linux/arm64/v8, but SageMaker "
        "Studio runs linux/amd64 images only. Build and push it for linux/amd64 (docker buildx "
        "build --platform linux/amd64), or pass --skip-preflight to plan without these checks"
    ]
    assert not state_file(spec).exists()

    amd64 = push(spec, "ds", "single", single_manifest("linux/amd64", build="2"))
    planned = imgver(run, spec, "plan")
    applied = imgver(run, spec, "apply", "--auto-approve")

    assert planned.code == 0, planned.err
    assert "Note:" not in planned.out
    assert applied.code == 0, applied.err
    assert recorded(spec, "image_versions.v1")["ContainerImage"] == f"{REGISTRY}/ds@{amd64}"


def test_a_digest_base_image_is_checked_against_the_repository(run: Run, tmp_path: Path) -> None:
    manifest = index("linux/amd64")
    spec = write_spec(
        tmp_path / "imgver.yaml",
        {
            "held": f"{REGISTRY}/ds@{digest_of(manifest)}",
            "absent": f"{REGISTRY}/ds@sha256:{'0' * 64}",
        },
    )
    push(spec, "ds", "1", manifest)

    result = imgver(run, spec, "plan")

    assert result.code == 1
    assert result.err.splitlines()[1:] == [
        f"image_versions.absent: {REGISTRY}/ds@sha256:{'0' * 64}: ECR repository ds in account "
        f"{ACCOUNT}, region us-east-1 has no digest sha256:{'0' * 64}. Push the image with that "
        "digest, correct BaseImage, or pass --skip-preflight to plan without these checks"
    ]


def test_an_image_in_another_region_is_refused(run: Run, tmp_path: Path) -> None:
    other = f"{ACCOUNT}.dkr.ecr.eu-west-1.amazonaws.com/ds:1"
    spec = write_spec(tmp_path / "imgver.yaml", {"v1": other})

    result = imgver(run, spec, "plan")

    assert result.code == 1
    assert result.err.splitlines()[1] == (
        f"image_versions.v1: {other} is in region eu-west-1, but SageMaker builds versions in "
        "us-east-1 only from ECR images of that region. Push or replicate the image to "
        "us-east-1 and use that URI, or pass --skip-preflight to plan without these checks"
    )


def test_a_missing_image_role_is_refused_once_the_account_holds_roles(
    run: Run, tmp_path: Path
) -> None:
    spec = write_spec(tmp_path / "imgver.yaml", {"v1": f"{REGISTRY}/ds:1"})
    push(spec, "ds", "1", index("linux/amd64"))
    create_role(spec, "SomeOtherRole")

    result = imgver(run, spec, "plan")

    assert result.code == 1
    assert result.err.splitlines()[1] == (
        f"image_versions.v1: the image role {ROLE} does not exist (IAM GetRole: NoSuchEntity), "
        "so SageMaker cannot pull the base image. Create the role, correct the image's "
        "ImageRoleArn, or pass --skip-preflight to plan without these checks"
    )
    create_role(spec, "SageMakerImages")
    assert imgver(run, spec, "plan").code == 0


def test_a_role_of_another_account_is_a_note(run: Run, tmp_path: Path) -> None:
    role = "arn:aws:iam::210987654321:role/Shared"
    spec = write_spec(tmp_path / "imgver.yaml", {"v1": f"{REGISTRY}/ds:1"}, role=role)

    result = imgver(run, spec, "plan")

    assert result.code == 0, result.err
    assert result.out.splitlines()[-1] == (
        f"Note: image_versions.v1: image role {role} is in account 210987654321, so GetRole "
        f"from {ACCOUNT} cannot check it."
    )


def test_a_base_image_outside_ecr_is_not_checkable_a_note_and_the_plan_goes_on(
    run: Run, tmp_path: Path
) -> None:
    spec = write_spec(tmp_path / "imgver.yaml", {"v1": "quay.io/team/notebook:1"})

    result = imgver(run, spec, "plan", "--detailed-exitcode")

    assert result.code == 2, result.err
    assert result.out.splitlines()[-2:] == [
        "",
        "Note: image_versions.v1: BaseImage quay.io/team/notebook:1 is not an Amazon ECR image, "
        "so it is not checkable before apply.",
    ]


def test_skip_preflight_plans_and_applies_without_reading_ecr(run: Run, tmp_path: Path) -> None:
    spec = write_spec(tmp_path / "imgver.yaml", {"v1": f"{REGISTRY}/ds:absent"})
    push(spec, "ds", "present", index("linux/amd64"))

    planned = imgver(run, spec, "plan", "--skip-preflight", "--detailed-exitcode")
    applied = imgver(run, spec, "apply", "--auto-approve", "--skip-preflight")

    assert planned.code == 2, planned.err
    assert "Note:" not in planned.out
    # Without pre-flight the create reaches SageMaker, which cannot build it: the version
    # stays in CREATE_FAILED (ImageVersion CreateHandler), so imgver deletes it and says so,
    # and submits it only once (GeneralServiceException is not retriable).
    assert applied.code == 1
    assert (
        "- image_versions.v1:create: CreateResource of a new AWS::SageMaker::ImageVersion "
        "failed: GeneralServiceException\n"
    ) in applied.err
    assert "does not exist" in applied.err and "ds:absent" in applied.err
    assert (
        "The failed create left arn:aws:sagemaker:us-east-1:"
        f"{ACCOUNT}:image-version/ds/1 behind (CREATE_FAILED: "
    ) in applied.err
    assert "it was deleted." in applied.err
    assert "submitted" not in applied.err
    assert live_versions(spec) == {}
    assert "image_versions.v1" not in json.loads(state_file(spec).read_text())["resources"]


def live_versions(spec: Path) -> dict[str, Any]:
    """The versions of image ds the local cloud holds, by number."""
    data = LocalCloud(spec.parent / ".imgver" / "local-cloud.db").export()
    images = data["regions"]["us-east-1"]["images"]
    versions: dict[str, Any] = images[f"arn:aws:sagemaker:us-east-1:{ACCOUNT}:image/ds"]["versions"]
    return versions


def test_validate_stays_offline(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = write_spec(tmp_path / "imgver.yaml", {"v1": f"{REGISTRY}/ds:absent"})
    push(spec, "ds", "present", index("linux/amd64"))
    folder = spec.parent / ".imgver"
    before = local_cloud_contents(folder)
    calls = tmp_path / "requests.jsonl"
    monkeypatch.setenv("IMGVER_LOCAL_REQUEST_LOG", str(calls))

    result = imgver(run, spec, "validate")

    assert result.code == 0, result.err
    assert not calls.exists() or calls.read_text(encoding="utf-8") == ""
    assert local_cloud_contents(folder) == before


def local_cloud_contents(folder: Path) -> tuple[set[str], dict[str, Any]]:
    """The files of the local cloud's folder and the data its database holds. SQLite's
    side files of an open database (`-wal`, `-shm`) come and go with its connections, and
    closing the last one folds the write-ahead log into the file, so neither the side
    files nor the database's bytes say whether anything was written."""
    names = {path.name for path in folder.iterdir()} - {"local-cloud.db-wal", "local-cloud.db-shm"}
    return names, LocalCloud(folder / "local-cloud.db").export()


def test_json_plans_carry_the_notes_on_stderr(run: Run, tmp_path: Path) -> None:
    spec = write_spec(tmp_path / "imgver.yaml", {"v1": "quay.io/team/notebook:1"})

    result = imgver(run, spec, "plan", "--json")

    assert result.code == 0, result.err
    json.loads(result.out)
    assert result.err == (
        "Note: image_versions.v1: BaseImage quay.io/team/notebook:1 is not an Amazon ECR image, "
        "so it is not checkable before apply.\n"
    )


def test_permissions_include_the_ecr_and_iam_reads(run: Run) -> None:
    for args in (("permissions",), ("permissions", "--read-only")):
        result = run(*args)
        actions = json.loads(result.out)["Statement"][0]["Action"]
        assert {
            "ecr:DescribeImages",
            "ecr:BatchGetImage",
            "ecr:GetDownloadUrlForLayer",
            "ecr:GetRepositoryPolicy",
            "iam:GetRole",
        } <= set(actions)


def test_with_a_strict_local_ecr_a_repository_never_created_is_refused(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # IMGVER_LOCAL_ECR=strict: a repository the local cloud never created does not exist,
    # as on AWS (ECR DescribeImages: RepositoryNotFoundException).
    monkeypatch.setenv("IMGVER_LOCAL_ECR", "strict")
    spec = write_spec(tmp_path / "imgver.yaml", {"v1": f"{REGISTRY}/missing:1"})

    planned = imgver(run, spec, "plan")
    applied = imgver(run, spec, "apply", "--auto-approve", "--skip-preflight")

    assert planned.code == 1
    assert planned.err.splitlines()[1] == (
        f"image_versions.v1: {REGISTRY}/missing:1: ECR repository missing does not exist in "
        f"account {ACCOUNT}, region us-east-1. Create it and push the image, correct "
        "BaseImage, or pass --skip-preflight to plan without these checks"
    )
    # Past pre-flight, SageMaker cannot build it either: the create fails.
    assert applied.code == 1
    assert "there is no repository missing" in applied.err
    push(spec, "missing", "1", index("linux/amd64"))
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
