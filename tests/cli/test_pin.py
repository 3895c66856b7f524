"""`imgver pin`: tags rewritten to the digests ECR names for them now, the file otherwise kept.

A digest names one image for good, a tag whatever was pushed last (ECR DescribeImages
`imageDigest` and `imageTags`; PutImage moves a tag in a MUTABLE repository).
"""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import Result, Run
from tests.cli.ecr_push import ACCOUNT, REGISTRY, index, push

SPEC = """# Team images: pinned by imgver pin
settings:
  region: us-east-1
vars:
  account: "123456789012"
images:
  ds:
    ImageName: ds
    ImageRoleArn: arn:aws:iam::${var.account}:role/SageMakerImages
image_versions:
  october:   # the current build
    ImageName: ds
    BaseImage: "${var.account}.dkr.ecr.us-east-1.amazonaws.com/ds:2024.10"
    Aliases: [stable, "2024.10"]
  latest:
    ImageName: ds
    BaseImage: 123456789012.dkr.ecr.us-east-1.amazonaws.com/notebooks
  pinned:
    ImageName: ds
    BaseImage: 'DIGESTED'
  outside:
    ImageName: ds
    BaseImage: quay.io/team/notebook:1   # not ECR
"""


def imgver(run: Run, spec: Path, *args: str) -> Result:
    return run("--local", "--no-color", args[0], "-f", str(spec), *args[1:])


def test_pin_rewrites_tags_to_digests_keeping_comments_order_and_quoting(
    run: Run, tmp_path: Path
) -> None:
    spec = tmp_path / "imgver.yaml"
    spec.write_text("", encoding="utf-8")
    october = push(spec, "ds", "2024.10", index("linux/amd64", build="10"))
    latest = push(spec, "notebooks", "latest", index("linux/amd64", build="n"))
    digested = f"{REGISTRY}/ds@{october}"
    spec.write_text(SPEC.replace("DIGESTED", digested), encoding="utf-8")
    before = spec.read_text(encoding="utf-8")

    dry = imgver(run, spec, "pin", "--dry-run")

    assert dry.code == 0, dry.err
    assert spec.read_text(encoding="utf-8") == before
    assert dry.out.splitlines() == [
        "image_versions.october: ${var.account}.dkr.ecr.us-east-1.amazonaws.com/ds:2024.10 -> "
        f"${{var.account}}.dkr.ecr.us-east-1.amazonaws.com/ds@{october}",
        f"image_versions.latest: {REGISTRY}/notebooks -> {REGISTRY}/notebooks@{latest}",
        "image_versions.outside: not an Amazon ECR image, left as written",
        f"Would pin 2 base images in {spec}.",
    ]

    pinned = imgver(run, spec, "pin")

    assert pinned.code == 0, pinned.err
    assert pinned.out.splitlines()[-1] == f"Pinned 2 base images in {spec}."
    assert spec.read_text(encoding="utf-8") == before.replace(
        "ds:2024.10", f"ds@{october}"
    ).replace(f"BaseImage: {REGISTRY}/notebooks\n", f"BaseImage: {REGISTRY}/notebooks@{latest}\n")
    # The tag moving afterwards changes nothing the spec names.
    push(spec, "ds", "2024.10", index("linux/amd64", build="11"))
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    assert imgver(run, spec, "pin").out.splitlines()[-1] == f"Pinned 0 base images in {spec}."


def test_a_tag_ecr_does_not_hold_is_an_error_and_nothing_is_written(
    run: Run, tmp_path: Path
) -> None:
    spec = tmp_path / "imgver.yaml"
    spec.write_text("", encoding="utf-8")
    push(spec, "ds", "2024.09", index("linux/amd64"))
    spec.write_text(SPEC.replace("DIGESTED", f"{REGISTRY}/ds:2024.09"), encoding="utf-8")
    before = spec.read_text(encoding="utf-8")

    result = imgver(run, spec, "pin")

    assert result.code == 1
    assert result.err.splitlines() == [
        f"Error: Cannot pin 1 base image; {spec} was not changed",
        f"image_versions.october: {ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/ds:2024.10: ECR "
        f"repository ds in account {ACCOUNT}, region us-east-1 has no tag 2024.10",
    ]
    assert spec.read_text(encoding="utf-8") == before


def test_pinning_an_applied_version_to_the_digest_it_was_built_from_changes_nothing(
    run: Run, tmp_path: Path
) -> None:
    spec = tmp_path / "imgver.yaml"
    spec.write_text("", encoding="utf-8")
    built = push(spec, "ds", "2024.10", index("linux/amd64", build="10"))
    spec.write_text(
        f"""settings:
  region: us-east-1
images:
  ds:
    ImageName: ds
    ImageRoleArn: arn:aws:iam::{ACCOUNT}:role/SageMakerImages
image_versions:
  october:
    ImageName: ds
    BaseImage: {REGISTRY}/ds:2024.10
""",
        encoding="utf-8",
    )
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    assert imgver(run, spec, "pin").code == 0
    assert f"BaseImage: {REGISTRY}/ds@{built}\n" in spec.read_text(encoding="utf-8")

    assert imgver(run, spec, "plan", "--detailed-exitcode").code == 0
    assert imgver(run, spec, "drift").code == 0
    # The tag moving now is no drift: the spec names the digest, not the tag.
    push(spec, "ds", "2024.10", index("linux/amd64", build="11"))
    assert imgver(run, spec, "drift").code == 0
    assert imgver(run, spec, "plan", "--detailed-exitcode").code == 0
