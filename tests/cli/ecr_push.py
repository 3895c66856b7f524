"""Pushing images and roles into a spec's local cloud with real boto3 ECR and IAM clients.

ECR and IAM as the local cloud models them (ECR API reference: CreateRepository, PutImage;
IAM API reference: CreateRole); a digest is the SHA-256 of the manifest bytes, as ECR
computes it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from pathlib import Path
from typing import Any

import boto3

from state.localcloud import LocalCloud

ACCOUNT = "123456789012"
REGISTRY = f"{ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com"
OCI_INDEX = "application/vnd.oci.image.index.v1+json"
OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json"


def client_for(spec: Path, service: str, *, account: str = ACCOUNT) -> Any:
    """A boto3 client of `service` answered by the local cloud beside `spec`."""
    client = boto3.client(
        service,
        region_name="us-east-1",
        aws_access_key_id=account,
        aws_secret_access_key="test",
    )
    LocalCloud(spec.parent / ".imgver" / "local-cloud.db").attach(client)
    return client


def index(*platforms: str, build: str = "1") -> str:
    """An OCI image index with one manifest per `os/architecture`, distinct per `build`."""
    manifests = []
    for platform in platforms:
        os_name, architecture = platform.split("/")
        inner = hashlib.sha256(f"{build}|{platform}".encode()).hexdigest()
        manifests.append(
            {
                "mediaType": OCI_MANIFEST,
                "digest": f"sha256:{inner}",
                "size": 1,
                "platform": {"architecture": architecture, "os": os_name},
            }
        )
    return json.dumps({"schemaVersion": 2, "mediaType": OCI_INDEX, "manifests": manifests})


def single_manifest(build: str = "1") -> str:
    """A single-platform OCI manifest: its platform is only in its config blob."""
    config = hashlib.sha256(f"config|{build}".encode()).hexdigest()
    return json.dumps(
        {
            "schemaVersion": 2,
            "mediaType": OCI_MANIFEST,
            "config": {
                "mediaType": "application/vnd.oci.image.config.v1+json",
                "digest": f"sha256:{config}",
                "size": 1,
            },
            "layers": [],
        }
    )


def digest_of(manifest: str) -> str:
    return "sha256:" + hashlib.sha256(manifest.encode()).hexdigest()


def push(spec: Path, repository: str, tag: str, manifest: str) -> str:
    """Put `manifest` under `tag` (creating the repository if needed); its digest."""
    ecr = client_for(spec, "ecr")
    with contextlib.suppress(ecr.exceptions.RepositoryAlreadyExistsException):
        ecr.create_repository(repositoryName=repository)
    ecr.put_image(repositoryName=repository, imageManifest=manifest, imageTag=tag)
    return digest_of(manifest)


def create_role(spec: Path, name: str) -> str:
    """Create IAM role `name` in the local cloud; its ARN."""
    iam = client_for(spec, "iam")
    role = iam.create_role(RoleName=name, AssumeRolePolicyDocument="{}")["Role"]
    return str(role["Arn"])
