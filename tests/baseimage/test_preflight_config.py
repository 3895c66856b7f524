"""Pre-flight reads a single-platform image's config blob once per distinct digest, and
says so in a note (not an error) when it cannot be read.

A single-platform manifest names its platform only in its config blob (OCI image-spec
`config.md`); the reads are the `RegistryReader`'s (`state.cloud.registry.Registry`).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping, Sequence

from planner.baseimage.preflight import NewVersion, preflight
from planner.baseimage.resolve import Resolution
from state.cloud.registry import ImageConfig, ImageDetail, Manifest, RepositoryImages

ACCOUNT = "123456789012"
REGISTRY = f"{ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com"
CONFIG = "sha256:" + "c" * 64
DIGEST = "sha256:" + "d" * 64


def single(config: str) -> str:
    return json.dumps(
        {
            "schemaVersion": 2,
            "mediaType": "application/vnd.oci.image.manifest.v1+json",
            "config": {"digest": config, "size": 1},
            "layers": [],
        }
    )


class Reader:
    """A registry whose repository ds holds tags a and b, both one manifest."""

    region = "us-east-1"

    def __init__(self, config: ImageConfig) -> None:
        self._config = config
        self.configs: list[tuple[str, str, str]] = []
        self._lock = threading.Lock()

    def describe(
        self, registry_id: str, repository: str, image_ids: Sequence[Mapping[str, str]]
    ) -> RepositoryImages:
        raise AssertionError("pre-flight is handed the resolution")

    def manifests(
        self, registry_id: str, repository: str, digests: Sequence[str]
    ) -> dict[str, Manifest]:
        return {DIGEST: Manifest("application/vnd.oci.image.manifest.v1+json", single(CONFIG))}

    def config(self, registry_id: str, repository: str, digest: str) -> ImageConfig:
        with self._lock:
            self.configs.append((registry_id, repository, digest))
        return self._config

    def role_exists(self, role_name: str) -> bool:
        return True


def run(reader: Reader) -> tuple[list[str], list[str]]:
    detail = ImageDetail(DIGEST, ("a", "b"), "", "application/vnd.oci.image.manifest.v1+json")
    resolution = Resolution(
        region="us-east-1",
        repositories={
            (ACCOUNT, "us-east-1", "ds"): RepositoryImages(
                exists=True, found={"tag:a": detail, "tag:b": detail}
            )
        },
    )
    report = preflight(
        [
            NewVersion("image_versions.a", f"{REGISTRY}/ds:a", "ds"),
            NewVersion("image_versions.b", f"{REGISTRY}/ds:b", "ds"),
        ],
        reader=reader,
        resolution=resolution,
        roles={},
        account=ACCOUNT,
        parallelism=4,
    )
    return report.problems, report.notes


def test_one_config_digest_is_read_once_for_every_version_built_from_it() -> None:
    reader = Reader(ImageConfig(text='{"os": "linux", "architecture": "arm64"}'))

    problems, notes = run(reader)

    assert reader.configs == [(ACCOUNT, "ds", CONFIG)]
    assert [problem.split(":")[0] for problem in problems] == [
        "image_versions.a",
        "image_versions.b",
    ]
    assert "is built for linux/arm64, but SageMaker Studio runs linux/amd64" in problems[0]
    assert notes == []


def test_a_config_that_cannot_be_read_is_a_note_naming_why() -> None:
    reader = Reader(
        ImageConfig(problem="ECR GetDownloadUrlForLayer answered LayersNotFoundException")
    )

    problems, notes = run(reader)

    assert problems == []
    assert notes[0] == (
        f"image_versions.a: the platform of {REGISTRY}/ds:a could not be determined: could not "
        f"read the image's config {CONFIG}: ECR GetDownloadUrlForLayer answered "
        "LayersNotFoundException; SageMaker Studio needs linux/amd64"
    )
