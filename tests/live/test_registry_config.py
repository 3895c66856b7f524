"""`Registry.config`: an image's config blob through ECR GetDownloadUrlForLayer and a GET.

The calls pinned with botocore's Stubber: GetDownloadUrlForLayer takes `repositoryName`,
`registryId` and the config digest as `layerDigest`, and answers a presigned
`downloadUrl` (ECR API reference, GetDownloadUrlForLayer; botocore model
`ecr/2015-09-21`); its errors LayersNotFoundException and LayerInaccessibleException, a
denied call and a failing download are reasons, not failures. Over HTTP, the local cloud
serves the URL and `state.cloud.blobs.http_get` (urllib) reads it.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest
from botocore.stub import Stubber

from state.cloud.blobs import BlobFetchError, http_get
from state.cloud.registry import ImageConfig, Registry
from state.localcloud import FaultConfig
from state.localcloud.pushing import demo_image, upload_blob
from state.localcloud.server import LocalCloudServer, start_server

ACCOUNT = "123456789012"
CONFIG = "sha256:" + "c" * 64
URL = "https://prod-us-east-1-starport-layer-bucket.s3.us-east-1.amazonaws.com/c?X-Amz-Signature=s"


def ecr_client(**kwargs: Any) -> Any:
    return boto3.client(
        "ecr",
        region_name="us-east-1",
        aws_access_key_id="x",
        aws_secret_access_key="x",
        **kwargs,
    )


def test_the_config_is_the_blob_behind_the_download_url() -> None:
    ecr = ecr_client()
    blob = b'{"os": "linux", "architecture": "arm64"}'
    digest = "sha256:" + hashlib.sha256(blob).hexdigest()  # what the download must hash to
    fetched: list[tuple[str, float]] = []

    def fetch(url: str, timeout: float) -> bytes:
        fetched.append((url, timeout))
        return blob

    with Stubber(ecr) as stub:
        stub.add_response(
            "get_download_url_for_layer",
            {"downloadUrl": URL, "layerDigest": digest},
            {"registryId": ACCOUNT, "repositoryName": "team/ds", "layerDigest": digest},
        )
        registry = Registry(
            lambda: ecr, lambda: None, region="us-east-1", fetch_blob=fetch, blob_timeout=3.0
        )
        config = registry.config(ACCOUNT, "team/ds", digest)
        stub.assert_no_pending_responses()

    assert config == ImageConfig(text=blob.decode())
    assert fetched == [(URL, 3.0)]


@pytest.mark.parametrize(
    ("code", "why"),
    [
        ("LayersNotFoundException", ""),
        ("LayerInaccessibleException", ""),
        ("AccessDeniedException", " (the caller needs ecr:GetDownloadUrlForLayer)"),
    ],
)
def test_an_ecr_refusal_is_a_reason_not_a_failure(code: str, why: str) -> None:
    ecr = ecr_client()

    def fetch(url: str, timeout: float) -> bytes:
        raise AssertionError("nothing to download")

    with Stubber(ecr) as stub:
        stub.add_client_error("get_download_url_for_layer", code, "no")
        config = Registry(lambda: ecr, lambda: None, region="us-east-1", fetch_blob=fetch).config(
            ACCOUNT, "ds", CONFIG
        )

    assert config == ImageConfig(problem=f"ECR GetDownloadUrlForLayer answered {code}{why}")


def test_a_failing_download_is_a_reason_not_a_failure() -> None:
    ecr = ecr_client()

    def fetch(url: str, timeout: float) -> bytes:
        raise BlobFetchError("the download URL answered HTTP 403")

    with Stubber(ecr) as stub:
        stub.add_response("get_download_url_for_layer", {"downloadUrl": URL})
        config = Registry(lambda: ecr, lambda: None, region="us-east-1", fetch_blob=fetch).config(
            ACCOUNT, "ds", CONFIG
        )

    assert config == ImageConfig(problem="the download URL answered HTTP 403")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LocalCloudServer]:
    running = start_server(
        port=0, data_file=tmp_path / "cloud.db", faults=FaultConfig(op_seconds=0)
    )
    thread = threading.Thread(target=running.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    yield running
    running.shutdown()
    running.server_close()
    thread.join()


def test_over_http_the_config_is_downloaded_with_urllib(server: LocalCloudServer) -> None:
    ecr = ecr_client(endpoint_url=server.url)
    ecr.create_repository(repositoryName="ds")
    image = demo_image(f"{ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/ds:1", "1")
    config = upload_blob(ecr, "ds", image.config)
    upload_blob(ecr, "ds", image.layer)
    ecr.put_image(repositoryName="ds", imageManifest=image.manifest, imageTag="1")
    registry = Registry(lambda: ecr, lambda: None, region="us-east-1")

    assert registry.config(ACCOUNT, "ds", config) == ImageConfig(text=image.config.decode())
    other = "sha256:" + hashlib.sha256(b"other").hexdigest()
    assert registry.config(ACCOUNT, "ds", other) == ImageConfig(
        problem="ECR GetDownloadUrlForLayer answered LayersNotFoundException"
    )


def test_http_get_says_why_a_url_cannot_be_read(server: LocalCloudServer) -> None:
    with pytest.raises(BlobFetchError, match="HTTP 404"):
        http_get(f"{server.url}/_imgver-ecr-blobs/{ACCOUNT}/us-east-1/ds/{CONFIG}", 5)
    with pytest.raises(BlobFetchError, match="not an HTTP URL"):
        http_get("file:///etc/passwd", 5)
    with pytest.raises(BlobFetchError, match="could not be read"):
        http_get("http://127.0.0.1:9/", 0.5)
