"""Putting base images and image roles into the local cloud, for demos and quickstarts.

Owns `push_images`: for each ECR image named (account, region, repository, tag), the
repository is created when missing (ECR CreateRepository) and a deterministic OCI image
index for linux/amd64 is put under the tag (ECR PutImage), derived from the image URI and
a `build` label, so pushing again the same build changes nothing (PutImage answers
`ImageAlreadyExistsException`) and another build moves the tag; and `create_roles`, each
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

__all__ = ["PushedImage", "create_roles", "demo_index", "push_images"]

OCI_INDEX = "application/vnd.oci.image.index.v1+json"
OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json"


@dataclass(frozen=True)
class PushedImage:
    """One image put (or found already there) and the digest its tag names."""

    uri: str
    digest: str
    moved: bool  # False: the tag already named this manifest


def demo_index(uri: str, build: str) -> str:
    """The image index pushed for `uri`: one linux/amd64 manifest, fixed by `uri` and `build`."""
    inner = hashlib.sha256(f"imgver local-cloud push|{uri}|{build}".encode()).hexdigest()
    return json.dumps(
        {
            "schemaVersion": 2,
            "mediaType": OCI_INDEX,
            "manifests": [
                {
                    "mediaType": OCI_MANIFEST,
                    "digest": f"sha256:{inner}",
                    "size": 0,
                    "platform": {"architecture": "amd64", "os": "linux"},
                }
            ],
        },
        separators=(",", ":"),
    )


def push_images(
    data_file: Path, images: Iterable[tuple[str, str, str, str]], *, build: str
) -> list[PushedImage]:
    """Put each (account, region, repository, tag) image into the local cloud on `data_file`."""
    cloud = LocalCloud(data_file)
    pushed = []
    for account, region, repository, tag in images:
        ecr = _client(cloud, "ecr", account, region)
        uri = f"{account}.dkr.ecr.{region}.amazonaws.com/{repository}:{tag}"
        manifest = demo_index(uri, build)
        digest = "sha256:" + hashlib.sha256(manifest.encode("utf-8")).hexdigest()
        with contextlib.suppress(ecr.exceptions.RepositoryAlreadyExistsException):
            ecr.create_repository(repositoryName=repository)
        try:
            ecr.put_image(
                repositoryName=repository,
                imageManifest=manifest,
                imageManifestMediaType=OCI_INDEX,
                imageTag=tag,
            )
        except ecr.exceptions.ImageAlreadyExistsException:
            pushed.append(PushedImage(uri, digest, moved=False))
        else:
            pushed.append(PushedImage(uri, digest, moved=True))
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
