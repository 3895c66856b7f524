"""Layer and config blobs in the local cloud's ECR, through real boto3 clients.

Behaviours from the ECR API reference and botocore's `ecr/2015-09-21` model:
InitiateLayerUpload / UploadLayerPart (InvalidLayerPartException, UploadNotFoundException) /
CompleteLayerUpload (EmptyUploadException, InvalidLayerException,
LayerAlreadyExistsException, LayerPartTooSmallException: "Layer parts must be at least
5 MiB in size"); PutImage refusing a manifest whose blobs are missing
(LayersNotFoundException) or an index naming missing manifests
(ReferencedImagesNotFoundException); GetDownloadUrlForLayer (LayersNotFoundException for a
blob never uploaded, LayerInaccessibleException for one no image references: "You can only
get URLs for image layers that are referenced in an image").
"""

from __future__ import annotations

import hashlib
import json
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from state.localcloud import FaultConfig, LocalCloud
from state.localcloud.layers import IN_PROCESS_ORIGIN
from state.localcloud.pushing import demo_image, upload_blob
from state.localcloud.server import LocalCloudServer, start_server
from state.localcloud.transport import BlobNotFound
from tests.localcloud.conftest import Aws, make_client

URI = "123456789012.dkr.ecr.us-east-1.amazonaws.com/ds:1"
OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json"


def sha256(blob: bytes) -> str:
    return "sha256:" + hashlib.sha256(blob).hexdigest()


@pytest.fixture
def cloud(data_file: Path) -> LocalCloud:
    return LocalCloud(data_file, FaultConfig(op_seconds=0))


@pytest.fixture
def ecr(cloud: LocalCloud) -> Any:
    client = make_client("ecr")
    cloud.attach(client)
    client.create_repository(repositoryName="ds")
    return client


def test_a_blob_uploaded_in_two_parts_completes_under_its_digest(ecr: Any) -> None:
    blob = b"x" * (5 * 1024 * 1024) + b"tail"
    upload = ecr.initiate_layer_upload(repositoryName="ds")
    assert upload["partSize"] == 20971520
    first = ecr.upload_layer_part(
        repositoryName="ds",
        uploadId=upload["uploadId"],
        partFirstByte=0,
        partLastByte=5 * 1024 * 1024 - 1,
        layerPartBlob=blob[: 5 * 1024 * 1024],
    )
    assert first["lastByteReceived"] == 5 * 1024 * 1024 - 1
    ecr.upload_layer_part(
        repositoryName="ds",
        uploadId=upload["uploadId"],
        partFirstByte=5 * 1024 * 1024,
        partLastByte=len(blob) - 1,
        layerPartBlob=blob[5 * 1024 * 1024 :],
    )
    done = ecr.complete_layer_upload(
        repositoryName="ds", uploadId=upload["uploadId"], layerDigests=[sha256(blob)]
    )
    assert done["layerDigest"] == sha256(blob)


def test_a_part_that_does_not_follow_the_last_byte_is_refused(ecr: Any) -> None:
    upload = ecr.initiate_layer_upload(repositoryName="ds")
    code, _ = Aws.error(
        lambda: ecr.upload_layer_part(
            repositoryName="ds",
            uploadId=upload["uploadId"],
            partFirstByte=1,
            partLastByte=3,
            layerPartBlob=b"abc",
        )
    )
    assert code == "InvalidLayerPartException"


def test_an_unknown_upload_id_is_refused(ecr: Any) -> None:
    code, _ = Aws.error(
        lambda: ecr.complete_layer_upload(
            repositoryName="ds",
            uploadId="00000000-0000-0000-0000-000000000000",
            layerDigests=[sha256(b"")],
        )
    )
    assert code == "UploadNotFoundException"


def test_completing_an_empty_upload_or_with_another_digest_is_refused(ecr: Any) -> None:
    empty = ecr.initiate_layer_upload(repositoryName="ds")["uploadId"]
    code, _ = Aws.error(
        lambda: ecr.complete_layer_upload(
            repositoryName="ds", uploadId=empty, layerDigests=[sha256(b"")]
        )
    )
    assert code == "EmptyUploadException"
    upload = ecr.initiate_layer_upload(repositoryName="ds")["uploadId"]
    ecr.upload_layer_part(
        repositoryName="ds", uploadId=upload, partFirstByte=0, partLastByte=2, layerPartBlob=b"abc"
    )
    code, _ = Aws.error(
        lambda: ecr.complete_layer_upload(
            repositoryName="ds", uploadId=upload, layerDigests=[sha256(b"other")]
        )
    )
    assert code == "InvalidLayerException"


def test_a_small_part_before_the_last_is_refused(ecr: Any) -> None:
    upload = ecr.initiate_layer_upload(repositoryName="ds")["uploadId"]
    for first, part in ((0, b"ab"), (2, b"cd")):
        ecr.upload_layer_part(
            repositoryName="ds",
            uploadId=upload,
            partFirstByte=first,
            partLastByte=first + 1,
            layerPartBlob=part,
        )
    code, message = Aws.error(
        lambda: ecr.complete_layer_upload(
            repositoryName="ds", uploadId=upload, layerDigests=[sha256(b"abcd")]
        )
    )
    assert (code, message) == (
        "LayerPartTooSmallException",
        "Layer parts must be at least 5 MiB in size",
    )


def test_a_layer_uploaded_twice_is_layer_already_exists(ecr: Any) -> None:
    upload_blob(ecr, "ds", b"layer")
    upload = ecr.initiate_layer_upload(repositoryName="ds")["uploadId"]
    ecr.upload_layer_part(
        repositoryName="ds",
        uploadId=upload,
        partFirstByte=0,
        partLastByte=4,
        layerPartBlob=b"layer",
    )
    code, _ = Aws.error(
        lambda: ecr.complete_layer_upload(
            repositoryName="ds", uploadId=upload, layerDigests=[sha256(b"layer")]
        )
    )
    assert code == "LayerAlreadyExistsException"


def test_put_image_refuses_a_manifest_whose_config_or_layers_were_not_uploaded(ecr: Any) -> None:
    image = demo_image(URI, "1")
    upload_blob(ecr, "ds", image.config)  # the layer is not uploaded
    code, message = Aws.error(
        lambda: ecr.put_image(repositoryName="ds", imageManifest=image.manifest, imageTag="1")
    )
    assert code == "LayersNotFoundException"
    assert sha256(image.layer) in message and sha256(image.config) not in message
    upload_blob(ecr, "ds", image.layer)
    put = ecr.put_image(repositoryName="ds", imageManifest=image.manifest, imageTag="1")
    assert put["image"]["imageId"]["imageDigest"] == image.digest


def test_put_image_refuses_an_index_naming_a_manifest_the_repository_lacks(ecr: Any) -> None:
    child = demo_image(URI, "1")
    index = json.dumps(
        {
            "schemaVersion": 2,
            "mediaType": "application/vnd.oci.image.index.v1+json",
            "manifests": [
                {
                    "mediaType": OCI_MANIFEST,
                    "digest": child.digest,
                    "size": len(child.manifest),
                    "platform": {"architecture": "amd64", "os": "linux"},
                }
            ],
        }
    )
    code, _ = Aws.error(lambda: ecr.put_image(repositoryName="ds", imageManifest=index))
    assert code == "ReferencedImagesNotFoundException"
    upload_blob(ecr, "ds", child.config)
    upload_blob(ecr, "ds", child.layer)
    ecr.put_image(repositoryName="ds", imageManifest=child.manifest)
    assert ecr.put_image(repositoryName="ds", imageManifest=index, imageTag="multi")["image"]


def test_download_urls_are_only_for_blobs_an_image_references(ecr: Any, cloud: LocalCloud) -> None:
    image = demo_image(URI, "1")
    code, _ = Aws.error(
        lambda: ecr.get_download_url_for_layer(
            repositoryName="ds", layerDigest=sha256(image.config)
        )
    )
    assert code == "LayersNotFoundException"
    upload_blob(ecr, "ds", image.config)
    upload_blob(ecr, "ds", image.layer)
    code, _ = Aws.error(
        lambda: ecr.get_download_url_for_layer(
            repositoryName="ds", layerDigest=sha256(image.config)
        )
    )
    assert code == "LayerInaccessibleException"

    ecr.put_image(repositoryName="ds", imageManifest=image.manifest, imageTag="1")
    answer = ecr.get_download_url_for_layer(repositoryName="ds", layerDigest=sha256(image.config))

    assert answer["layerDigest"] == sha256(image.config)
    assert answer["downloadUrl"] == (
        f"{IN_PROCESS_ORIGIN}/_imgver-ecr-blobs/123456789012/us-east-1/ds/{sha256(image.config)}"
    )
    assert cloud.fetch_blob(answer["downloadUrl"], 1) == image.config
    with pytest.raises(BlobNotFound):
        cloud.fetch_blob(answer["downloadUrl"].replace("/ds/", "/other/"), 1)


@pytest.fixture
def server(data_file: Path) -> Iterator[LocalCloudServer]:
    running = start_server(port=0, data_file=data_file, faults=FaultConfig(op_seconds=0))
    thread = threading.Thread(target=running.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    yield running
    running.shutdown()
    running.server_close()
    thread.join()


def test_over_http_the_download_url_is_served_by_the_same_endpoint(
    server: LocalCloudServer,
) -> None:
    from tests.localcloud.conftest import SESSION

    ecr = SESSION.client("ecr", endpoint_url=server.url)
    ecr.create_repository(repositoryName="team/ds")
    image = demo_image(URI, "1")
    upload_blob(ecr, "team/ds", image.config)
    upload_blob(ecr, "team/ds", image.layer)
    ecr.put_image(repositoryName="team/ds", imageManifest=image.manifest, imageTag="1")

    url = ecr.get_download_url_for_layer(
        repositoryName="team/ds", layerDigest=sha256(image.config)
    )["downloadUrl"]

    assert url.startswith(f"{server.url}/_imgver-ecr-blobs/")
    with urllib.request.urlopen(url, timeout=5) as response:
        assert response.read() == image.config
    missing = url.replace(sha256(image.config), sha256(b"missing"))
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(missing, timeout=5)
    assert refused.value.code == 404
