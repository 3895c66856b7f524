"""Layer and config blobs in the local cloud's ECR: uploads, references, download URLs.

Owns the blob side of an ECR repository (botocore model `ecr/2015-09-21`; API reference
https://docs.aws.amazon.com/AmazonECR/latest/APIReference/), as `docker push` and the AWS
CLI drive it, each function working on one repository's data:

- `initiate`, `upload_part`, `complete`: InitiateLayerUpload (an `uploadId` and the
  `partSize`), UploadLayerPart (parts must follow each other byte for byte:
  `partFirstByte` is the byte after the last one received and `partLastByte` the part's
  last, else `InvalidLayerPartException`; an unknown `uploadId` is
  `UploadNotFoundException`) and CompleteLayerUpload (no part: `EmptyUploadException`; a
  part but the last under 5 MiB: `LayerPartTooSmallException`, "Layer parts must be at
  least 5 MiB in size"; a digest other than the SHA-256 of the bytes:
  `InvalidLayerException`; a layer already there: `LayerAlreadyExistsException`);
- `missing_references`: what PutImage refuses. A single-platform manifest (OCI image
  manifest, Docker image manifest v2) whose `config` or `layers` blobs were not uploaded
  is `LayersNotFoundException`; an image index or manifest list naming a manifest the
  repository does not hold is `ReferencedImagesNotFoundException` ("The manifest list is
  referencing an image that does not exist"). A schema 1 manifest's `fsLayers` are not
  checked;
- `download_url`: GetDownloadUrlForLayer. A blob never uploaded is
  `LayersNotFoundException`; one uploaded but referenced by no image is
  `LayerInaccessibleException` ("not associated with an image", API reference: "You can
  only get URLs for image layers that are referenced in an image"). The URL answered is
  `<origin>/_imgver-ecr-blobs/<registry>/<region>/<repository>/<digest>`, where the origin
  is the local cloud's own HTTP endpoint when the request came over HTTP (`local-cloud
  serve` answers a GET of it), and `IN_PROCESS_ORIGIN` (a reserved `.invalid` host, never
  resolvable) in-process, where `LocalCloud.fetch_blob` answers it instead of a network.
  AWS answers a presigned Amazon S3 URL; the expiry of that URL is not modelled;
- `parse_blob_url` and `blob_of`: the blob a URL of that shape names.

Data layout, inside a repository: `"layers": {digest: {"blob": base64, "size": n}}`,
`"uploads": {uploadId: {"blob": base64, "parts": [size, ...]}}` (both absent in data
written before blobs were modelled, read as empty).

Must not: open transactions or know the wire format (ecr.py and protocol.py do).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, unquote, urlsplit

from state.localcloud.errors import ApiError

__all__ = [
    "BLOB_PATH",
    "IN_PROCESS_ORIGIN",
    "BlobUrl",
    "blob_of",
    "complete",
    "download_url",
    "initiate",
    "missing_references",
    "parse_blob_url",
    "upload_part",
]

BLOB_PATH = "/_imgver-ecr-blobs/"
IN_PROCESS_ORIGIN = "https://local-ecr-blobs.imgver.invalid"
# UploadLayerPart: "The maximum size of each image layer part can be 20971520 bytes"
# (API reference); CompleteLayerUpload: "Layer parts must be at least 5 MiB in size"
# (LayerPartTooSmallException), the last part excepted.
PART_SIZE = 20971520
MIN_PART = 5 * 1024 * 1024
_SINGLE_MANIFESTS = frozenset(
    {
        "application/vnd.oci.image.manifest.v1+json",
        "application/vnd.docker.distribution.manifest.v2+json",
    }
)
_INDEXES = frozenset(
    {
        "application/vnd.oci.image.index.v1+json",
        "application/vnd.docker.distribution.manifest.list.v2+json",
    }
)
_DIGEST = re.compile(r"^[a-zA-Z0-9-_+.]+:[a-fA-F0-9]+$")  # botocore model: LayerDigest


@dataclass(frozen=True)
class BlobUrl:
    """The blob a download URL names."""

    registry: str
    region: str
    repository: str
    digest: str


def initiate(repository: dict[str, Any]) -> dict[str, Any]:
    """Start an upload: its id and the part size ECR takes."""
    upload_id = str(uuid.uuid4())
    repository.setdefault("uploads", {})[upload_id] = {"blob": "", "parts": []}
    return {"uploadId": upload_id, "partSize": PART_SIZE}


def upload_part(repository: dict[str, Any], params: Mapping[str, Any]) -> int:
    """Append one part to its upload; the last byte received so far."""
    upload = _upload(repository, params)
    try:
        part = base64.b64decode(str(params.get("layerPartBlob", "")), validate=True)
    except (binascii.Error, ValueError):
        raise ApiError("InvalidParameterException", "layerPartBlob is not base64") from None
    received = len(base64.b64decode(upload["blob"]))
    first, last = params.get("partFirstByte"), params.get("partLastByte")
    if first != received or last != received + len(part) - 1 or not part:
        raise ApiError(
            "InvalidLayerPartException",
            f"The layer part from byte {first} to {last} does not follow the {received} bytes "
            f"received (the next part starts at byte {received} and is {len(part)} bytes)",
        )
    upload["blob"] = base64.b64encode(base64.b64decode(upload["blob"]) + part).decode("ascii")
    upload["parts"].append(len(part))
    return received + len(part) - 1


def complete(repository: dict[str, Any], params: Mapping[str, Any]) -> str:
    """Finish an upload as the layer its digest names; that digest."""
    upload = _upload(repository, params)
    digests = params.get("layerDigests")
    if not isinstance(digests, list) or not 1 <= len(digests) <= 100:
        raise ApiError("InvalidParameterException", "layerDigests must list 1 to 100 digests")
    if not upload["parts"]:
        raise ApiError("EmptyUploadException", "The upload contains no layer parts")
    if any(size < MIN_PART for size in upload["parts"][:-1]):
        raise ApiError("LayerPartTooSmallException", "Layer parts must be at least 5 MiB in size")
    blob = base64.b64decode(upload["blob"])
    digest = "sha256:" + hashlib.sha256(blob).hexdigest()
    if any(given != digest for given in digests):
        raise ApiError(
            "InvalidLayerException",
            f"The layer digest {digests[0]} does not match the digest {digest} of the upload",
        )
    layers = repository.setdefault("layers", {})
    if digest in layers:
        raise ApiError("LayerAlreadyExistsException", f"The layer {digest} already exists")
    del repository["uploads"][str(params["uploadId"])]
    layers[digest] = {"blob": upload["blob"], "size": len(blob)}
    return digest


def missing_references(
    repository: Mapping[str, Any], media_type: str, manifest: Any
) -> ApiError | None:
    """Why PutImage refuses `manifest` in `repository`, or None when all it names is there."""
    if not isinstance(manifest, dict):
        return None
    if media_type in _SINGLE_MANIFESTS:
        layers = repository.get("layers", {})
        named = [manifest.get("config"), *(manifest.get("layers") or [])]
        missing = [_digest(item) for item in named if _digest(item) not in layers]
        if missing:
            return ApiError(
                "LayersNotFoundException",
                f"Layers with digests {missing} required for pushing image into repository "
                "were not found",
            )
    if media_type in _INDEXES:
        images = repository.get("images", {})
        missing = [
            _digest(item) for item in manifest.get("manifests") or [] if _digest(item) not in images
        ]
        if missing:
            return ApiError(
                "ReferencedImagesNotFoundException",
                f"The manifest list is referencing images {missing} that do not exist",
            )
    return None


def download_url(repository: Mapping[str, Any], where: BlobUrl, origin: str) -> dict[str, Any]:
    """GetDownloadUrlForLayer's answer for the blob `where` names."""
    if not _DIGEST.match(where.digest):
        raise ApiError("InvalidParameterException", f"Invalid layerDigest {where.digest!r}")
    if where.digest not in repository.get("layers", {}):
        raise ApiError(
            "LayersNotFoundException",
            f"The layer with digest {where.digest} does not exist in the repository "
            f"{where.repository}",
        )
    if not _referenced(repository, where.digest):
        raise ApiError(
            "LayerInaccessibleException",
            f"The layer with digest {where.digest} is not associated with an image",
        )
    path = "/".join((where.registry, where.region, quote(where.repository, safe="/"), where.digest))
    return {"downloadUrl": f"{origin}{BLOB_PATH}{path}", "layerDigest": where.digest}


def parse_blob_url(url: str) -> BlobUrl | None:
    """The blob a download URL's path names, or None for any other path."""
    path = urlsplit(url).path
    if not path.startswith(BLOB_PATH):
        return None
    parts = unquote(path[len(BLOB_PATH) :]).split("/")
    if len(parts) < 4 or not all(parts):
        return None
    return BlobUrl(parts[0], parts[1], "/".join(parts[2:-1]), parts[-1])


def blob_of(repository: Mapping[str, Any] | None, digest: str) -> bytes | None:
    """The bytes of a blob an image of `repository` references, or None."""
    if repository is None or not _referenced(repository, digest):
        return None
    layer = repository.get("layers", {}).get(digest)
    return None if layer is None else base64.b64decode(layer["blob"])


def _upload(repository: Mapping[str, Any], params: Mapping[str, Any]) -> dict[str, Any]:
    upload: dict[str, Any] | None = repository.get("uploads", {}).get(str(params.get("uploadId")))
    if upload is None:
        raise ApiError(
            "UploadNotFoundException",
            f"The upload {params.get('uploadId')!r} could not be found in this repository",
        )
    return upload


def _referenced(repository: Mapping[str, Any], digest: str) -> bool:
    for image in repository.get("images", {}).values():
        try:
            manifest = json.loads(image["manifest"])
        except (KeyError, TypeError, ValueError):
            continue
        if isinstance(manifest, dict) and digest in (
            _digest(item) for item in [manifest.get("config"), *(manifest.get("layers") or [])]
        ):
            return True
    return False


def _digest(item: Any) -> str:
    return str(item.get("digest", "")) if isinstance(item, dict) else ""
