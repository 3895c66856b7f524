"""`imgver local-cloud push`: a spec's base images and roles put into the local cloud's ECR/IAM.

The digest ECR gives an image is the SHA-256 of its manifest (ECR PutImage); putting the
same manifest under a tag again is ImageAlreadyExistsException, another one moves the tag.
"""

from __future__ import annotations

import json
from pathlib import Path

from state.localcloud import LocalCloud
from state.localcloud.pushing import demo_image
from tests.cli.conftest import Result, Run
from tests.cli.ecr_push import REGISTRY, client_for, digest_of

SPEC = f"""settings:
  region: us-east-1
images:
  ds:
    ImageName: ds
    ImageRoleArn: arn:aws:iam::123456789012:role/team/SageMakerImages
image_versions:
  a:
    ImageName: ds
    BaseImage: {REGISTRY}/ds:1
  b:
    ImageName: ds
    BaseImage: {REGISTRY}/tools/ds
  c:
    ImageName: ds
    BaseImage: {REGISTRY}/ds@sha256:{"0" * 64}
  d:
    ImageName: ds
    BaseImage: quay.io/team/ds:1
"""


def imgver(run: Run, spec: Path, *args: str) -> Result:
    return run("--no-color", args[0], args[1], "-f", str(spec), *args[2:])


def test_push_puts_a_deterministic_single_platform_amd64_image_per_tag_and_creates_the_roles(
    run: Run, tmp_path: Path
) -> None:
    spec = tmp_path / "imgver.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    one = digest_of(demo_image(f"{REGISTRY}/ds:1", "1").manifest)
    latest = digest_of(demo_image(f"{REGISTRY}/tools/ds:latest", "1").manifest)

    first = imgver(run, spec, "local-cloud", "push")
    again = imgver(run, spec, "local-cloud", "push")
    moved = imgver(run, spec, "local-cloud", "push", "--build", "2")

    assert first.code == 0, first.err
    assert first.out.splitlines() == [
        f"Pushed {REGISTRY}/ds:1 ({one})",
        f"Pushed {REGISTRY}/tools/ds:latest ({latest})",
        "Created role arn:aws:iam::123456789012:role/team/SageMakerImages",
        f"image_versions.c: {REGISTRY}/ds@sha256:{'0' * 64} names a digest, not pushed",
        "image_versions.d: not an Amazon ECR image, not pushed",
    ]
    assert again.out.splitlines()[:2] == [
        f"{REGISTRY}/ds:1 already names {one}",
        f"{REGISTRY}/tools/ds:latest already names {latest}",
    ]
    assert moved.out.splitlines()[0] == (
        f"Pushed {REGISTRY}/ds:1 ({digest_of(demo_image(f'{REGISTRY}/ds:1', '2').manifest)})"
    )
    ecr = client_for(spec, "ecr")
    [detail] = ecr.describe_images(repositoryName="ds", imageIds=[{"imageTag": "1"}])[
        "imageDetails"
    ]
    assert detail["imageDigest"] == digest_of(demo_image(f"{REGISTRY}/ds:1", "2").manifest)
    # The pushed image is a single-platform manifest whose config blob says linux/amd64.
    [image] = ecr.batch_get_image(repositoryName="ds", imageIds=[{"imageTag": "1"}])["images"]
    config = json.loads(image["imageManifest"])["config"]["digest"]
    url = ecr.get_download_url_for_layer(repositoryName="ds", layerDigest=config)["downloadUrl"]
    blob = json.loads(LocalCloud(spec.parent / ".imgver" / "local-cloud.db").fetch_blob(url, 1))
    assert (blob["os"], blob["architecture"]) == ("linux", "amd64")
    # The account now holds roles, so GetRole is strict there: the image's role exists.
    iam = client_for(spec, "iam")
    assert iam.get_role(RoleName="SageMakerImages")["Role"]["Arn"].endswith("SageMakerImages")
