"""Putting base images and image roles into the local cloud, for demos and quickstarts.

Owns `push_images`: for each ECR image named (account, region, repository, tag), the
repository is created when missing (ECR CreateRepository) and a deterministic
single-platform linux/amd64 OCI image is pushed under the tag as `docker push` does: its
config blob (`architecture`, `os`; OCI image-spec `config.md`) and one layer uploaded
(`upload_blob`: InitiateLayerUpload, UploadLayerPart, CompleteLayerUpload), then its
manifest (ECR PutImage), all derived from the image URI and a `build` label, so pushing
again the same build changes nothing (PutImage answers `ImageAlreadyExistsException`) and
another build moves the tag; and `create_roles`, each
role created when missing (IAM CreateRole; `EntityAlreadyExists` when present). All
through real boto3 clients attached to the local cloud, as any AWS client would push.

Must not: read specs (the command hands in the images), or reach AWS: the clients are
answered in-process by the local cloud on `data_file`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from state.localcloud.transport import LocalCloud

__all__ = ["DemoImage", "PushedImage", "create_roles", "demo_image", "push_images", "upload_blob"]

OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json"
OCI_CONFIG = "application/vnd.oci.image.config.v1+json"
OCI_LAYER = "application/vnd.oci.image.layer.v1.tar+gzip"


@dataclass(frozen=True)
class PushedImage:
    """One image put (or found already there) and the digest its tag names."""

    uri: str
    digest: str
    moved: bool  # False: the tag already named this manifest


@dataclass(frozen=True)
class DemoImage:
    """A single-platform image: its config blob, its one layer and its manifest."""

    config: bytes
    layer: bytes
    manifest: str

    @property
    def digest(self) -> str:
        return "sha256:" + hashlib.sha256(self.manifest.encode("utf-8")).hexdigest()


def demo_image(
    uri: str, build: str, *, os: str = "linux", architecture: str = "amd64"
) -> DemoImage:
    """The image pushed for `uri`: fixed by `uri`, `build` and its platform."""
    layer = f"imgver local-cloud push|{uri}|{build}".encode()
    config = json.dumps(
        {
            "architecture": architecture,
            "os": os,
            "rootfs": {"type": "layers", "diff_ids": [_digest(layer)]},
            "config": {"Labels": {"org.opencontainers.image.ref.name": uri}},
        },
        separators=(",", ":"),
    ).encode()
    manifest = json.dumps(
        {
            "schemaVersion": 2,
            "mediaType": OCI_MANIFEST,
            "config": {"mediaType": OCI_CONFIG, "digest": _digest(config), "size": len(config)},
            "layers": [{"mediaType": OCI_LAYER, "digest": _digest(layer), "size": len(layer)}],
        },
        separators=(",", ":"),
    )
    return DemoImage(config, layer, manifest)


def upload_blob(ecr: Any, repository: str, blob: bytes) -> str:
    """Upload `blob` into `repository` in one part, as `docker push` does a small one (a
    blob already there is left: `LayerAlreadyExistsException`); its digest."""
    upload = ecr.initiate_layer_upload(repositoryName=repository)
    ecr.upload_layer_part(
        repositoryName=repository,
        uploadId=upload["uploadId"],
        partFirstByte=0,
        partLastByte=len(blob) - 1,
        layerPartBlob=blob,
    )
    with contextlib.suppress(ecr.exceptions.LayerAlreadyExistsException):
        ecr.complete_layer_upload(
            repositoryName=repository, uploadId=upload["uploadId"], layerDigests=[_digest(blob)]
        )
    return _digest(blob)


def push_images(
    data_file: Path, images: Iterable[tuple[str, str, str, str]], *, build: str
) -> list[PushedImage]:
    """Put each (account, region, repository, tag) image into the local cloud on `data_file`."""
    cloud = LocalCloud(data_file)
    pushed = []
    for account, region, repository, tag in images:
        ecr = _client(cloud, "ecr", account, region)
        uri = f"{account}.dkr.ecr.{region}.amazonaws.com/{repository}:{tag}"
        image = demo_image(uri, build)
        with contextlib.suppress(ecr.exceptions.RepositoryAlreadyExistsException):
            ecr.create_repository(repositoryName=repository)
        upload_blob(ecr, repository, image.config)
        upload_blob(ecr, repository, image.layer)
        try:
            ecr.put_image(
                repositoryName=repository,
                imageManifest=image.manifest,
                imageManifestMediaType=OCI_MANIFEST,
                imageTag=tag,
            )
        except ecr.exceptions.ImageAlreadyExistsException:
            pushed.append(PushedImage(uri, image.digest, moved=False))
        else:
            pushed.append(PushedImage(uri, image.digest, moved=True))
    return pushed


def create_roles(data_file: Path, roles: Iterable[tuple[str, str, str]]) -> list[str]:
    """Create each (account, path, role name) role the local cloud lacks; the ARNs created."""
    cloud = LocalCloud(data_file)
    created = []
    for account, path, name in roles:
        iam = _client(cloud, "iam", account, "us-east-1")
        try:
            role = iam.create_role(RoleName=name, Path=path, AssumeRolePolicyDocument=_TRUST)
        except iam.exceptions.EntityAlreadyExistsException:
            continue
        created.append(str(role["Role"]["Arn"]))
    return created


# Who may assume an image role: SageMaker (SageMaker developer guide, sagemaker-roles).
_TRUST = json.dumps(
    {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": {"Service": "sagemaker.amazonaws.com"},
                "Action": "sts:AssumeRole",
            }
        ],
    }
)


def _digest(blob: bytes) -> str:
    return "sha256:" + hashlib.sha256(blob).hexdigest()


def _client(cloud: LocalCloud, service: str, account: str, region: str) -> Any:
    """A boto3 client in `account` (the local cloud reads a 12-digit key ID as the account)."""
    import boto3
    import botocore.session

    no_profile = botocore.session.Session(session_vars={"profile": (None, None, None, None)})
    session = boto3.session.Session(
        aws_access_key_id=account,
        aws_secret_access_key="test",
        region_name=region,
        botocore_session=no_profile,
    )
    client = session.client(service)
    cloud.attach(client)
    return client
