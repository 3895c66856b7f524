"""Pre-flight on local cloud data written before it modelled blobs: a single-platform
image whose config blob was never uploaded keeps the note "could not be determined".

Such data holds manifests PutImage now refuses (ECR PutImage: LayersNotFoundException,
botocore model `ecr/2015-09-21`), so it is written here as the old JSON data file the
local cloud imports once (`state/localcloud/legacy.py`). Reading the config then meets
GetDownloadUrlForLayer's LayersNotFoundException, which is a reason, not a failure.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Run
from tests.cli.ecr_push import ACCOUNT, REGISTRY, digest_of, single_manifest
from tests.cli.test_preflight import imgver, recorded, write_spec


def write_older_data(spec: Path, tag: str, manifest: str) -> None:
    """The old JSON data file beside `spec`: repository ds holding `manifest` under `tag`,
    with no `layers` or `uploads` (as written before blobs were modelled)."""
    digest = digest_of(manifest)
    repository = {
        "createdAt": 1700000000.0,
        "imageTagMutability": "MUTABLE",
        "images": {
            digest: {
                "manifest": manifest,
                "mediaType": "application/vnd.oci.image.manifest.v1+json",
                "pushedAt": 1700000000.0,
            }
        },
        "tags": {tag: digest},
    }
    document = {
        "format": "imgver-local-cloud",
        "version": 1,
        "regions": {},
        "ecr": {f"{ACCOUNT}/us-east-1": {"ds": repository}},
    }
    folder = spec.parent / ".imgver"
    folder.mkdir()
    (folder / "local-cloud.json").write_text(json.dumps(document), encoding="utf-8")


def test_a_single_platform_image_without_its_config_blob_keeps_the_note_and_applies(
    run: Run, tmp_path: Path
) -> None:
    spec = write_spec(tmp_path / "imgver.yaml", {"v1": f"{REGISTRY}/ds:old"})
    manifest = single_manifest("linux/arm64")
    write_older_data(spec, "old", manifest)
    config = json.loads(manifest)["config"]["digest"]

    planned = imgver(run, spec, "plan")
    applied = imgver(run, spec, "apply", "--auto-approve")

    assert planned.code == 0, planned.err
    assert planned.out.splitlines()[-1] == (
        f"Note: image_versions.v1: the platform of {REGISTRY}/ds:old could not be determined: "
        f"could not read the image's config {config}: ECR GetDownloadUrlForLayer answered "
        "LayersNotFoundException; SageMaker Studio needs linux/amd64."
    )
    assert applied.code == 0, applied.err
    assert recorded(spec, "image_versions.v1")["ContainerImage"] == (
        f"{REGISTRY}/ds@{digest_of(manifest)}"
    )
