"""`state.cloud.registry` against moto's ECR and IAM, through real boto3 clients.

Behaviours relied on: DescribeImages with `imageIds` fails as a whole with
ImageNotFoundException when one is missing, and RepositoryNotFoundException names a missing
repository (ECR API reference, DescribeImages "Errors"; moto answers the same);
BatchGetImage returns the manifest with its media type (ECR API reference, BatchGetImage);
GetRole's NoSuchEntity (IAM API reference, GetRole).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import boto3
import pytest
from moto import mock_aws

from state.cloud.errors import AccessDeniedError
from state.cloud.registry import Registry, RepositoryImages
from tests.cli.ecr_push import OCI_INDEX, index


@pytest.fixture
def clients(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Any, Any]]:
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        monkeypatch.setenv(name, "testing")
    with mock_aws():
        yield boto3.client("ecr", region_name="us-east-1"), boto3.client("iam")


def pushed_digest(answer: dict[str, Any]) -> str:
    return str(answer["image"]["imageId"]["imageDigest"])


def registry_of(clients: tuple[Any, Any]) -> Registry:
    ecr, iam = clients
    return Registry(lambda: ecr, lambda: iam, region="us-east-1")


def test_one_missing_tag_falls_back_to_the_listing_and_finds_the_others(
    clients: tuple[Any, Any],
) -> None:
    ecr, _ = clients
    ecr.create_repository(repositoryName="ds")
    first, second = index("linux/amd64", build="1"), index("linux/amd64", build="2")
    # moto digests its own serialisation of the manifest: use the digests it answers with.
    a = pushed_digest(ecr.put_image(repositoryName="ds", imageManifest=first, imageTag="a"))
    b = pushed_digest(ecr.put_image(repositoryName="ds", imageManifest=second, imageTag="b"))
    account = ecr.describe_repositories()["repositories"][0]["registryId"]

    answer = registry_of(clients).describe(
        account, "ds", [{"imageTag": "a"}, {"imageTag": "missing"}, {"imageDigest": b}]
    )

    assert answer.exists
    assert {key: detail.digest for key, detail in answer.found.items()} == {"tag:a": a, b: b}
    assert answer.found["tag:a"].tags == ("a",)
    assert answer.found["tag:a"].pushed_at.endswith("+00:00")


def test_a_missing_repository_is_not_an_error(clients: tuple[Any, Any]) -> None:
    answer = registry_of(clients).describe("123456789012", "nope", [{"imageTag": "1"}])

    assert answer == RepositoryImages(exists=False)


def test_manifests_come_back_with_their_media_type(clients: tuple[Any, Any]) -> None:
    ecr, _ = clients
    ecr.create_repository(repositoryName="ds")
    manifest = index("linux/amd64")
    digest = pushed_digest(ecr.put_image(repositoryName="ds", imageManifest=manifest, imageTag="a"))
    account = ecr.describe_repositories()["repositories"][0]["registryId"]

    found = registry_of(clients).manifests(account, "ds", [digest, "sha256:" + "0" * 64])

    assert list(found) == [digest]
    assert found[digest].media_type == OCI_INDEX
    assert json.loads(found[digest].text) == json.loads(manifest)


def test_get_role_tells_a_missing_role_from_a_present_one(clients: tuple[Any, Any]) -> None:
    _, iam = clients
    iam.create_role(RoleName="SageMakerImages", AssumeRolePolicyDocument="{}")
    registry = registry_of(clients)

    assert registry.role_exists("SageMakerImages")
    assert not registry.role_exists("Missing")


def test_a_denied_describe_names_the_ecr_permission() -> None:
    from botocore.stub import Stubber

    ecr = boto3.client(
        "ecr", region_name="us-east-1", aws_access_key_id="x", aws_secret_access_key="x"
    )
    with Stubber(ecr) as stub:
        stub.add_client_error("describe_images", "AccessDeniedException", "not allowed")
        registry = Registry(lambda: ecr, lambda: None, region="us-east-1")
        with pytest.raises(AccessDeniedError) as denied:
            registry.describe("123456789012", "ds", [{"imageTag": "1"}])

    assert denied.value.permissions == ("ecr:DescribeImages",)
    assert denied.value.summary == (
        "Access denied: DescribeImages on ECR repository 123456789012/ds"
    )
