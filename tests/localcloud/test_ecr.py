"""ECR and IAM in the local cloud, through real boto3 clients, in-process and over HTTP.

Behaviour modelled from the ECR API reference (PutImage, DescribeImages, BatchGetImage
errors) and the IAM API reference (GetRole: NoSuchEntity); the version create that ends
FAILED/NotStabilized follows the ImageVersion CloudFormation handler's stabilisation.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from state.localcloud import FaultConfig, LocalCloud
from state.localcloud.pushing import upload_blob
from state.localcloud.server import LocalCloudServer, start_server
from tests.localcloud.conftest import ACCOUNT, Aws, Clock, make_client

REPOSITORY_URI = f"{ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/ds"


_CONFIGS: dict[str, bytes] = {}


def image_manifest(architecture: str = "amd64", build: str = "1") -> str:
    """A single-platform OCI manifest whose config blob (kept for `put`) names its platform."""
    config = json.dumps(
        {"architecture": architecture, "os": "linux", "rootfs": {"type": "layers"}, "b": build}
    ).encode()
    config_digest = "sha256:" + hashlib.sha256(config).hexdigest()
    _CONFIGS[config_digest] = config
    return json.dumps(
        {
            "schemaVersion": 2,
            "mediaType": "application/vnd.oci.image.manifest.v1+json",
            "config": {
                "mediaType": "application/vnd.oci.image.config.v1+json",
                "digest": config_digest,
                "size": len(config),
            },
            "layers": [],
        }
    )


def put(ecr: Any, text: str, tag: str | None = None) -> Any:
    """Upload the config blob of `text` into repository ds, then PutImage it."""
    upload_blob(ecr, "ds", _CONFIGS[json.loads(text)["config"]["digest"]])
    return ecr.put_image(
        repositoryName="ds", imageManifest=text, **({"imageTag": tag} if tag else {})
    )


def digest_of(manifest: str) -> str:
    return "sha256:" + hashlib.sha256(manifest.encode()).hexdigest()


@pytest.fixture
def cloud(data_file: Path, clock: Clock) -> LocalCloud:
    return LocalCloud(data_file, FaultConfig(op_seconds=0), clock=clock)


@pytest.fixture
def ecr(cloud: LocalCloud) -> Any:
    client = make_client("ecr")
    cloud.attach(client)
    return client


@pytest.fixture
def iam(cloud: LocalCloud) -> Any:
    client = make_client("iam")
    cloud.attach(client)
    return client


@pytest.fixture
def aws(cloud: LocalCloud) -> Aws:
    return Aws(cloud)


def test_a_pushed_tag_describes_with_the_manifest_digest_and_push_time(
    ecr: Any, clock: Clock
) -> None:
    ecr.create_repository(repositoryName="ds")
    manifest = image_manifest()
    pushed = put(ecr, manifest, "2024.10")
    assert pushed["image"]["imageId"] == {"imageDigest": digest_of(manifest), "imageTag": "2024.10"}
    [detail] = ecr.describe_images(repositoryName="ds", imageIds=[{"imageTag": "2024.10"}])[
        "imageDetails"
    ]
    assert detail["imageDigest"] == digest_of(manifest)
    assert detail["imageTags"] == ["2024.10"]
    assert detail["imagePushedAt"].timestamp() == clock.now


def test_moving_a_tag_leaves_the_old_image_untagged(ecr: Any) -> None:
    ecr.create_repository(repositoryName="ds")
    first, second = image_manifest(build="1"), image_manifest(build="2")
    put(ecr, first, "2024.10")
    put(ecr, second, "2024.10")
    details = ecr.describe_images(repositoryName="ds")["imageDetails"]
    assert {d["imageDigest"]: d.get("imageTags") for d in details} == {
        digest_of(first): None,
        digest_of(second): ["2024.10"],
    }


def test_putting_the_same_manifest_under_the_same_tag_is_refused(ecr: Any) -> None:
    ecr.create_repository(repositoryName="ds")
    put(ecr, image_manifest(), "t")
    code, _ = Aws.error(lambda: put(ecr, image_manifest(), "t"))
    assert code == "ImageAlreadyExistsException"


def test_an_immutable_repository_refuses_to_move_a_tag(ecr: Any) -> None:
    ecr.create_repository(repositoryName="ds", imageTagMutability="IMMUTABLE")
    put(ecr, image_manifest(build="1"), "t")
    code, _ = Aws.error(lambda: put(ecr, image_manifest(build="2"), "t"))
    assert code == "ImageTagAlreadyExistsException"


def test_put_image_into_a_missing_repository_is_refused(ecr: Any) -> None:
    code, message = Aws.error(
        lambda: ecr.put_image(repositoryName="ds", imageManifest=image_manifest())
    )
    assert code == "RepositoryNotFoundException"
    assert "'ds'" in message


def test_creating_a_repository_twice_is_refused(ecr: Any) -> None:
    ecr.create_repository(repositoryName="ds")
    code, _ = Aws.error(lambda: ecr.create_repository(repositoryName="ds"))
    assert code == "RepositoryAlreadyExistsException"


def test_describe_images_fails_as_a_whole_on_one_missing_tag(ecr: Any) -> None:
    ecr.create_repository(repositoryName="ds")
    put(ecr, image_manifest(), "a")
    code, message = Aws.error(
        lambda: ecr.describe_images(
            repositoryName="ds", imageIds=[{"imageTag": "a"}, {"imageTag": "b"}]
        )
    )
    assert code == "ImageNotFoundException"
    assert "imageTag:'b'" in message


def test_batch_get_image_returns_manifests_and_lists_failures(ecr: Any) -> None:
    ecr.create_repository(repositoryName="ds")
    manifest = image_manifest("arm64")
    put(ecr, manifest, "a")
    answer = ecr.batch_get_image(
        repositoryName="ds", imageIds=[{"imageTag": "a"}, {"imageTag": "b"}]
    )
    [image] = answer["images"]
    assert image["imageManifest"] == manifest
    assert image["imageId"] == {"imageTag": "a", "imageDigest": digest_of(manifest)}
    assert answer["failures"] == [
        {
            "imageId": {"imageTag": "b"},
            "failureCode": "ImageNotFound",
            "failureReason": "Requested image not found",
        }
    ]


def test_a_repository_never_created_answers_a_stable_synthetic_digest(ecr: Any) -> None:
    first = ecr.describe_images(repositoryName="ds", imageIds=[{"imageTag": "2024.10"}])
    again = ecr.describe_images(repositoryName="ds", imageIds=[{"imageTag": "2024.10"}])
    expected = "sha256:" + hashlib.sha256(f"{REPOSITORY_URI}:2024.10".encode()).hexdigest()
    assert first["imageDetails"][0]["imageDigest"] == expected
    assert again["imageDetails"][0]["imageDigest"] == expected
    [image] = ecr.batch_get_image(repositoryName="ds", imageIds=[{"imageTag": "2024.10"}])["images"]
    platforms = [m["platform"] for m in json.loads(image["imageManifest"])["manifests"]]
    assert platforms == [{"architecture": "amd64", "os": "linux"}]


def test_a_version_of_a_pushed_tag_carries_its_real_digest(aws: Aws, ecr: Any) -> None:
    ecr.create_repository(repositoryName="ds")
    manifest = image_manifest()
    put(ecr, manifest, "2024.10")
    aws.create_image()
    arn = aws.create_version()
    assert aws.read(Aws.VERSION, arn)["ContainerImage"] == f"{REPOSITORY_URI}@{digest_of(manifest)}"


def test_a_version_of_a_digest_reference_carries_that_digest(aws: Aws, ecr: Any) -> None:
    ecr.create_repository(repositoryName="ds")
    manifest = image_manifest()
    put(ecr, manifest, "2024.10")
    aws.create_image()
    arn = aws.create_version(BaseImage=f"{REPOSITORY_URI}@{digest_of(manifest)}")
    assert aws.read(Aws.VERSION, arn)["ContainerImage"] == f"{REPOSITORY_URI}@{digest_of(manifest)}"


def test_a_version_whose_tag_is_missing_from_a_created_repository_fails(aws: Aws, ecr: Any) -> None:
    ecr.create_repository(repositoryName="ds")
    aws.create_image()
    event = aws.create(Aws.VERSION, {"ImageName": "data-science", "BaseImage": aws.base_image()})
    assert event["OperationStatus"] == "FAILED"
    assert event["ErrorCode"] == "NotStabilized"
    assert f"{REPOSITORY_URI}:2024.10 does not exist" in event["StatusMessage"]


def test_a_version_of_a_repository_never_created_keeps_the_synthetic_digest(aws: Aws) -> None:
    aws.create_image()
    arn = aws.create_version()
    expected = hashlib.sha256(aws.base_image().encode()).hexdigest()
    assert aws.read(Aws.VERSION, arn)["ContainerImage"] == f"{REPOSITORY_URI}@sha256:{expected}"


def test_get_role_answers_any_name_until_a_role_is_created(iam: Any) -> None:
    assert (
        iam.get_role(RoleName="Anything")["Role"]["Arn"] == f"arn:aws:iam::{ACCOUNT}:role/Anything"
    )
    iam.create_role(RoleName="SageMakerImages", AssumeRolePolicyDocument="{}")
    assert iam.get_role(RoleName="SageMakerImages")["Role"]["RoleName"] == "SageMakerImages"
    code, message = Aws.error(lambda: iam.get_role(RoleName="Anything"))
    assert code == "NoSuchEntity"
    assert message == "The role with name Anything cannot be found."


def test_ecr_data_is_kept_in_the_data_file(data_file: Path, ecr: Any) -> None:
    ecr.create_repository(repositoryName="ds")
    put(ecr, image_manifest(), "a")
    other = make_client("ecr")
    LocalCloud(data_file).attach(other)
    [detail] = other.describe_images(repositoryName="ds")["imageDetails"]
    assert detail["imageDigest"] == digest_of(image_manifest())


@pytest.fixture
def server(data_file: Path) -> Iterator[LocalCloudServer]:
    running = start_server(port=0, data_file=data_file, faults=FaultConfig(op_seconds=0))
    thread = threading.Thread(target=running.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    yield running
    running.shutdown()
    running.server_close()
    thread.join()


def test_ecr_and_iam_over_http_share_the_in_process_data(
    server: LocalCloudServer, data_file: Path
) -> None:
    from tests.localcloud.conftest import SESSION

    ecr = SESSION.client("ecr", endpoint_url=server.url)
    iam = SESSION.client("iam", endpoint_url=server.url)
    ecr.create_repository(repositoryName="ds")
    put(ecr, image_manifest(), "a")
    iam.create_role(RoleName="R", AssumeRolePolicyDocument="{}")
    assert Aws.error(lambda: iam.get_role(RoleName="Other"))[0] == "NoSuchEntity"
    local = make_client("ecr")
    LocalCloud(data_file).attach(local)
    [detail] = local.describe_images(repositoryName="ds", imageIds=[{"imageTag": "a"}])[
        "imageDetails"
    ]
    assert detail["imageDigest"] == digest_of(image_manifest())
