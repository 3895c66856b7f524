"""Parsing BaseImage references and reading platforms from manifests (pure).

Grammar: ECR private registry URIs (ECR User Guide, "Private registry concepts"); a
tag-less reference means `latest`. Platforms: OCI image-spec image-index.md (`platform`),
Docker schema 1 `architecture`; single-platform manifests keep it in the config blob.
"""

from __future__ import annotations

import json

import pytest

from planner.baseimage.platform import (
    Platforms,
    config_digest_of,
    platform_of_config,
    platforms_of,
)
from planner.baseimage.reference import EcrImage, parse_base_image

DIGEST = "sha256:" + "a" * 64


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "123456789012.dkr.ecr.us-east-1.amazonaws.com/ds:2024.10",
            ("123456789012", "us-east-1", "ds", "2024.10", None),
        ),
        (
            "123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/ds",
            ("123456789012", "eu-west-1", "team/ds", "latest", None),
        ),
        (
            f"123456789012.dkr.ecr.us-gov-west-1.amazonaws.com/ds@{DIGEST}",
            ("123456789012", "us-gov-west-1", "ds", None, DIGEST),
        ),
        (
            "123456789012.dkr.ecr-fips.us-east-1.amazonaws.com/ds:1",
            ("123456789012", "us-east-1", "ds", "1", None),
        ),
        (
            "123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/ds:1",
            ("123456789012", "cn-north-1", "ds", "1", None),
        ),
    ],
)
def test_ecr_references_parse_into_repository_and_tag_or_digest(
    text: str, expected: tuple[str, str, str, str | None, str | None]
) -> None:
    image = parse_base_image(text)

    assert image == EcrImage(text, *expected)


@pytest.mark.parametrize(
    "text",
    [
        "quay.io/team/ds:1",
        "ds:1",
        "public.ecr.aws/team/ds:1",
        "12345.dkr.ecr.us-east-1.amazonaws.com/ds:1",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/DS:1",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/ds@sha256:short",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/ds:1@" + DIGEST,
    ],
)
def test_anything_else_is_not_an_ecr_reference(text: str) -> None:
    assert parse_base_image(text) is None


def test_image_ids_and_pins() -> None:
    tagged = parse_base_image("123456789012.dkr.ecr.us-east-1.amazonaws.com/ds:1")
    pinned = parse_base_image(f"123456789012.dkr.ecr.us-east-1.amazonaws.com/ds@{DIGEST}")
    assert tagged is not None and pinned is not None

    assert tagged.image_id == {"imageTag": "1"}
    assert pinned.image_id == {"imageDigest": DIGEST}
    assert tagged.pinned(DIGEST) == pinned.text


def index(*platforms: dict[str, str]) -> str:
    return json.dumps(
        {
            "schemaVersion": 2,
            "mediaType": "application/vnd.oci.image.index.v1+json",
            "manifests": [{"digest": DIGEST, "platform": platform} for platform in platforms],
        }
    )


def test_an_index_lists_its_platforms_without_attestations() -> None:
    found = platforms_of(
        "application/vnd.oci.image.index.v1+json",
        index(
            {"os": "linux", "architecture": "arm64"},
            {"os": "unknown", "architecture": "unknown"},
            {"os": "linux", "architecture": "amd64"},
        ),
    )

    assert found == Platforms(found=("linux/arm64", "linux/amd64"))
    assert found.runs_on_studio


def test_a_docker_manifest_list_is_an_index_too() -> None:
    found = platforms_of(
        "application/vnd.docker.distribution.manifest.list.v2+json",
        index({"os": "linux", "architecture": "arm64"}),
    )

    assert found == Platforms(found=("linux/arm64",))
    assert not found.runs_on_studio


def test_a_schema1_manifest_names_its_architecture() -> None:
    found = platforms_of(
        "application/vnd.docker.distribution.manifest.v1+json",
        json.dumps({"schemaVersion": 1, "architecture": "amd64"}),
    )

    assert found == Platforms(found=("linux/amd64",))


@pytest.mark.parametrize(
    ("media_type", "text", "why"),
    [
        ("application/vnd.oci.image.manifest.v1+json", '{"schemaVersion": 2}', "config blob"),
        ("application/vnd.oci.image.index.v1+json", '{"manifests": []}', "names no platform"),
        ("", "not json", "not JSON"),
    ],
)
def test_what_does_not_say_its_platform_is_unknown(media_type: str, text: str, why: str) -> None:
    found = platforms_of(media_type, text)

    assert found.found == () and why in found.unknown


def test_a_single_platform_manifest_names_its_config_digest_and_an_index_none() -> None:
    config = "sha256:" + "c" * 64
    manifest = json.dumps(
        {
            "schemaVersion": 2,
            "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
            "config": {"digest": config, "size": 2},
            "layers": [],
        }
    )

    assert config_digest_of("", manifest) == config
    assert config_digest_of("application/vnd.oci.image.manifest.v1+json", manifest) == config
    assert config_digest_of("", index({"os": "linux", "architecture": "amd64"})) is None
    assert config_digest_of("application/vnd.oci.image.manifest.v1+json", "{}") is None


@pytest.mark.parametrize(
    ("config", "found", "runs"),
    [
        ({"os": "linux", "architecture": "amd64"}, ("linux/amd64",), True),
        ({"os": "linux", "architecture": "amd64", "variant": "v2"}, ("linux/amd64/v2",), True),
        ({"os": "linux", "architecture": "arm64", "variant": "v8"}, ("linux/arm64/v8",), False),
        ({"os": "windows", "architecture": "amd64"}, ("windows/amd64",), False),
    ],
)
def test_a_config_blob_names_os_architecture_and_variant(
    config: dict[str, str], found: tuple[str, ...], runs: bool
) -> None:
    platforms = platform_of_config(json.dumps(config))

    assert platforms == Platforms(found=found)
    assert platforms.runs_on_studio is runs


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("not json", "not JSON"),
        ("[]", "not a JSON object"),
        ('{"os": "linux"}', "no os and architecture"),
    ],
)
def test_a_config_blob_without_a_platform_is_unknown(text: str, why: str) -> None:
    platforms = platform_of_config(text)

    assert platforms.found == () and why in platforms.unknown
