"""Pushing images and roles into a spec's local cloud with real boto3 ECR and IAM clients.

ECR and IAM as the local cloud models them (ECR API reference: CreateRepository, the layer
uploads, PutImage;
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
from state.localcloud.pushing import upload_blob

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


# Every config blob and platform manifest these helpers made, by digest, so `push` can
# upload what a manifest names before putting it (ECR PutImage refuses a manifest whose
# blobs, or an index whose manifests, the repository lacks).
_BLOBS: dict[str, bytes] = {}
_MANIFESTS: dict[str, str] = {}


def single_manifest(platform: str = "linux/amd64", build: str = "1") -> str:
    """A single-platform OCI manifest: its platform (`os/architecture[/variant]`) is only
    in its config blob."""
    os_name, architecture, *variant = platform.split("/")
    document: dict[str, Any] = {"architecture": architecture, "os": os_name, "build": build}
    if variant:
        document["variant"] = variant[0]
    config = json.dumps({**document, "rootfs": {"type": "layers", "diff_ids": []}}).encode()
    config_digest = "sha256:" + hashlib.sha256(config).hexdigest()
    _BLOBS[config_digest] = config
    manifest = json.dumps(
        {
            "schemaVersion": 2,
            "mediaType": OCI_MANIFEST,
            "config": {
                "mediaType": "application/vnd.oci.image.config.v1+json",
                "digest": config_digest,
                "size": len(config),
            },
            "layers": [],
        }
    )
    _MANIFESTS[digest_of(manifest)] = manifest
    return manifest


def index(*platforms: str, build: str = "1") -> str:
    """An OCI image index with one manifest per `os/architecture`, distinct per `build`."""
    manifests = []
    for platform in platforms:
        os_name, architecture = platform.split("/")
        child = single_manifest(platform, build)
        manifests.append(
            {
                "mediaType": OCI_MANIFEST,
                "digest": digest_of(child),
                "size": len(child),
                "platform": {"architecture": architecture, "os": os_name},
            }
        )
    return json.dumps({"schemaVersion": 2, "mediaType": OCI_INDEX, "manifests": manifests})


def digest_of(manifest: str) -> str:
    return "sha256:" + hashlib.sha256(manifest.encode()).hexdigest()


def push(spec: Path, repository: str, tag: str, manifest: str) -> str:
    """Put `manifest` under `tag` (creating the repository if needed), after the blobs and
    manifests it names; its digest."""
    return push_through(client_for(spec, "ecr"), repository, tag, manifest)


def push_through(ecr: Any, repository: str, tag: str, manifest: str) -> str:
    """`push` with any boto3 ECR client (one of an HTTP endpoint, say)."""
    with contextlib.suppress(ecr.exceptions.RepositoryAlreadyExistsException):
        ecr.create_repository(repositoryName=repository)
    _push_references(ecr, repository, manifest)
    ecr.put_image(repositoryName=repository, imageManifest=manifest, imageTag=tag)
    return digest_of(manifest)


def _push_references(ecr: Any, repository: str, manifest: str) -> None:
    document = json.loads(manifest)
    if "config" in document:
        upload_blob(ecr, repository, _BLOBS[document["config"]["digest"]])
    for entry in document.get("manifests", []):
        child = _MANIFESTS[entry["digest"]]
        _push_references(ecr, repository, child)
        with contextlib.suppress(ecr.exceptions.ImageAlreadyExistsException):
            ecr.put_image(repositoryName=repository, imageManifest=child)


def create_role(spec: Path, name: str) -> str:
    """Create IAM role `name` in the local cloud; its ARN."""
    iam = client_for(spec, "iam")
    role = iam.create_role(RoleName=name, AssumeRolePolicyDocument="{}")["Role"]
    return str(role["Arn"])
