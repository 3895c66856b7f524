"""Amazon ECR in the local cloud: repositories, image manifests and tags, per account and region.

Owns the ECR operations imgver and its users need to push a tag, move it and read it back
(botocore model `ecr/2015-09-21`, API reference
https://docs.aws.amazon.com/AmazonECR/latest/APIReference/): `CreateRepository`,
`PutImage`, `DescribeImages`, `BatchGetImage`, the layer uploads (`InitiateLayerUpload`,
`UploadLayerPart`, `CompleteLayerUpload`), `GetDownloadUrlForLayer` and the repository
policy calls (`SetRepositoryPolicy`, `GetRepositoryPolicy`, `DeleteRepositoryPolicy`),
with their error codes (the blob rules are `layers.py`'s, the policy rules
`policies.py`'s); and `lookup`, how the image version handler
turns a BaseImage into the digest-pinned `ContainerImage`.

Rules modelled:
- an image's digest is the SHA-256 of its manifest bytes; a tag names one image at a
  time, and putting it on another image moves it (`ImageTagAlreadyExistsException` in an
  IMMUTABLE repository; `ImageAlreadyExistsException` when the tag already names that
  manifest);
- `PutImage` refuses a manifest whose config and layer blobs were not uploaded, or an index
  naming manifests the repository lacks (`layers.missing_references`);
- `DescribeImages` with `imageIds` fails as a whole with `ImageNotFoundException` when one
  is missing, while `BatchGetImage` reports each missing one under `failures`;
- a repository this local cloud never created stands for one it does not hold (unless
  `IMGVER_LOCAL_ECR=strict`, `Semantics.ecr`: then it is missing, as on AWS): asked for
  a tag, it answers with a stable synthetic digest (the one `synthetic_digest`
  derives) and a linux/amd64 index, so specs that never mention ECR work as before. A
  repository created here is strict: a tag it lacks is `ImageNotFoundException`, and a
  version created from it ends CREATE_FAILED.

Data layout: `document["ecr"]["ACCOUNT/REGION"][repository] = {"createdAt",
"imageTagMutability", "images": {digest: {"manifest", "mediaType", "pushedAt"}},
"tags": {tag: digest}, "layers": ..., "uploads": ...}` (see `layers.py`), reached only
through `RegistryData`.

Must not: know Cloud Control, requests or the wire format (protocol.py does).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from state.localcloud import layers, policies
from state.localcloud.errors import ApiError
from state.localcloud.store import Document, SqliteStore

Params = Mapping[str, Any]
Result = dict[str, Any]

TARGET_PREFIX = "AmazonEC2ContainerRegistry_V20150921"
OPERATIONS = {
    f"{TARGET_PREFIX}.CreateRepository": "create_repository",
    f"{TARGET_PREFIX}.PutImage": "put_image",
    f"{TARGET_PREFIX}.DescribeImages": "describe_images",
    f"{TARGET_PREFIX}.BatchGetImage": "batch_get_image",
    f"{TARGET_PREFIX}.InitiateLayerUpload": "initiate_layer_upload",
    f"{TARGET_PREFIX}.UploadLayerPart": "upload_layer_part",
    f"{TARGET_PREFIX}.CompleteLayerUpload": "complete_layer_upload",
    f"{TARGET_PREFIX}.GetDownloadUrlForLayer": "get_download_url_for_layer",
    f"{TARGET_PREFIX}.SetRepositoryPolicy": "set_repository_policy",
    f"{TARGET_PREFIX}.GetRepositoryPolicy": "get_repository_policy",
    f"{TARGET_PREFIX}.DeleteRepositoryPolicy": "delete_repository_policy",
}
OCI_INDEX = "application/vnd.oci.image.index.v1+json"
OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json"
DESCRIBE_PAGE = 100

# An ECR image URI: ACCOUNT.dkr.ecr.REGION.amazonaws.com[.cn]/REPOSITORY(:TAG|@DIGEST)
_ECR_URI = re.compile(
    r"^(?P<account>\d{12})\.dkr\.ecr(?:-fips)?\.(?P<region>[a-z0-9-]+)\.amazonaws\.com(?:\.cn)?"
    r"/(?P<repository>[a-z0-9][a-z0-9._/-]*?)(?::(?P<tag>[\w][\w.-]{0,127})|@(?P<digest>sha256:[0-9a-f]{64}))?$"
)
_REPOSITORY_NAME = re.compile(r"^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$")


@dataclass(frozen=True)
class ImageUri:
    """The parts of an ECR image URI; `tag` and `digest` are exclusive (both None: `latest`)."""

    account: str
    region: str
    repository: str
    tag: str | None
    digest: str | None


def parse_uri(text: str) -> ImageUri | None:
    """The ECR parts of an image URI, or None for an image outside ECR."""
    match = _ECR_URI.match(text)
    if match is None:
        return None
    tag, digest = match.group("tag"), match.group("digest")
    return ImageUri(
        match.group("account"),
        match.group("region"),
        match.group("repository"),
        tag if tag or digest else "latest",
        digest,
    )


def synthetic_index(image: str) -> str:
    """The manifest a repository the local cloud does not hold answers with: one
    linux/amd64 image, deterministic in `image`."""
    inner = "sha256:" + hashlib.sha256(("manifest|" + image).encode("utf-8")).hexdigest()
    return json.dumps(
        {
            "schemaVersion": 2,
            "mediaType": OCI_INDEX,
            "manifests": [
                {
                    "mediaType": OCI_MANIFEST,
                    "digest": inner,
                    "size": 0,
                    "platform": {"architecture": "amd64", "os": "linux"},
                }
            ],
        },
        separators=(",", ":"),
    )


class RegistryData:
    """The small interface over the data document that every ECR and IAM read goes through.

    `strict`: a repository never created is missing, as on AWS (`Semantics.ecr`)."""

    def __init__(self, document: Document, *, strict: bool = False) -> None:
        self._document = document
        self.strict = strict

    def repositories(self, account: str, region: str) -> dict[str, Any]:
        """The repositories of one registry (created empty, unsaved until `changed`)."""
        registries: dict[str, Any] = self._document.data.setdefault("ecr", {})
        found: dict[str, Any] = registries.setdefault(f"{account}/{region}", {})
        return found

    def roles(self, account: str) -> dict[str, Any]:
        """The IAM roles of one account, by name."""
        accounts: dict[str, Any] = self._document.data.setdefault("iam", {})
        found: dict[str, Any] = accounts.setdefault(account, {})
        return found

    def changed(self) -> None:
        self._document.changed()


def lookup(data: RegistryData, base_image: str) -> tuple[str | None, str | None]:
    """`(digest, problem)` for a BaseImage: the digest its tag or digest names now; for a
    repository this local cloud does not hold, the stable synthetic digest; `(None, None)`
    for an image outside ECR; `(None, problem)` when a held repository lacks it."""
    uri = parse_uri(base_image)
    if uri is None:
        return None, None
    repository = data.repositories(uri.account, uri.region).get(uri.repository)
    if repository is None and data.strict:
        return None, (
            f"The image {base_image} does not exist: there is no repository "
            f"{uri.repository} in {uri.account}/{uri.region}."
        )
    if repository is None:
        return uri.digest or synthetic_digest(normal_uri(uri)), None
    digest = uri.digest if uri.digest is not None else repository["tags"].get(uri.tag)
    if digest is None or digest not in repository["images"]:
        wanted = f"digest {uri.digest}" if uri.digest else f"tag {uri.tag}"
        return None, (
            f"The image {base_image} does not exist: repository {uri.repository} in "
            f"{uri.account}/{uri.region} has no {wanted}."
        )
    return str(digest), None


def normal_uri(uri: ImageUri) -> str:
    """The image URI with its tag spelled out (`latest` when none was written)."""
    base = f"{uri.account}.dkr.ecr.{uri.region}.amazonaws.com/{uri.repository}"
    return f"{base}@{uri.digest}" if uri.digest else f"{base}:{uri.tag}"


def synthetic_digest(image: str) -> str:
    """The digest a repository the local cloud does not hold gives `image` (a normal URI)."""
    return "sha256:" + hashlib.sha256(image.encode("utf-8")).hexdigest()


class Registry:
    """ECR of one account over the local cloud's data file; methods take (params, region)."""

    def __init__(
        self,
        store: SqliteStore,
        *,
        account: str,
        clock: Callable[[], float],
        strict: bool = False,
        blob_origin: str = layers.IN_PROCESS_ORIGIN,
    ) -> None:
        self._store = store
        self._account = account
        self._clock = clock
        self._strict = strict
        self._blob_origin = blob_origin

    def create_repository(self, params: Params, region: str) -> Result:
        name = _repository_name(params)
        mutability = params.get("imageTagMutability", "MUTABLE")
        if mutability not in ("MUTABLE", "IMMUTABLE"):
            raise ApiError("InvalidParameterException", f"Invalid imageTagMutability {mutability}")
        with self._store.transaction() as document:
            data = RegistryData(document)
            registry = self._registry(params)
            repositories = data.repositories(registry, region)
            if name in repositories:
                raise ApiError(
                    "RepositoryAlreadyExistsException",
                    f"The repository with name '{name}' already exists in the registry with "
                    f"id '{registry}'",
                )
            repositories[name] = {
                "createdAt": self._clock(),
                "imageTagMutability": mutability,
                "images": {},
                "tags": {},
            }
            data.changed()
            return {"repository": _repository(registry, region, name, repositories[name])}

    def put_image(self, params: Params, region: str) -> Result:
        name = _repository_name(params)
        manifest = params.get("imageManifest")
        if not isinstance(manifest, str) or not manifest:
            raise ApiError("InvalidParameterException", "imageManifest must not be empty")
        try:
            parsed = json.loads(manifest)
        except ValueError:
            raise ApiError(
                "InvalidParameterException", "Invalid parameter at 'imageManifest' failed to parse"
            ) from None
        media_type = params.get("imageManifestMediaType") or (
            parsed.get("mediaType") if isinstance(parsed, dict) else None
        )
        if not isinstance(media_type, str) or not media_type:
            raise ApiError("InvalidParameterException", "The image manifest has no media type")
        digest = "sha256:" + hashlib.sha256(manifest.encode("utf-8")).hexdigest()
        given = params.get("imageDigest")
        if given is not None and given != digest:
            raise ApiError(
                "ImageDigestDoesNotMatchException",
                f"The digest {given} does not match the digest {digest} of the manifest",
            )
        tag = params.get("imageTag")
        with self._store.transaction() as document:
            data = RegistryData(document)
            registry = self._registry(params)
            repository = self._repository_of(data, registry, region, name)
            current = repository["tags"].get(tag) if tag else None
            if (tag and current == digest) or (not tag and digest in repository["images"]):
                raise ApiError(
                    "ImageAlreadyExistsException",
                    f"Image with digest '{digest}' and tag '{tag}' already exists in the "
                    f"repository with name '{name}' in registry with id '{registry}'",
                )
            if tag and current is not None and repository["imageTagMutability"] == "IMMUTABLE":
                raise ApiError(
                    "ImageTagAlreadyExistsException",
                    f"The image tag '{tag}' already exists in the '{name}' repository and cannot "
                    "be overwritten because the repository is immutable.",
                )
            refused = layers.missing_references(repository, media_type, parsed)
            if refused is not None:
                raise refused
            repository["images"].setdefault(
                digest, {"manifest": manifest, "mediaType": media_type, "pushedAt": self._clock()}
            )
            if tag:
                repository["tags"][tag] = digest
            data.changed()
        image_id = {"imageDigest": digest, **({"imageTag": tag} if tag else {})}
        return {
            "image": {
                "registryId": registry,
                "repositoryName": name,
                "imageId": image_id,
                "imageManifest": manifest,
                "imageManifestMediaType": media_type,
            }
        }

    def describe_images(self, params: Params, region: str) -> Result:
        name = _repository_name(params)
        wanted = _image_ids(params, required=False)
        with self._store.transaction(write=False) as document:
            data = RegistryData(document)
            registry = self._registry(params)
            repository = data.repositories(registry, region).get(name)
            if repository is None and self._strict:
                self._repository_of(data, registry, region, name)  # RepositoryNotFound
            if repository is None:
                return {
                    "imageDetails": [
                        self._synthetic_detail(registry, region, name, image_id)
                        for image_id in wanted or ()
                    ]
                }
            details = []
            for image_id in wanted if wanted is not None else _all_ids(repository):
                digest = _digest_of(repository, image_id)
                if digest is None:
                    raise ApiError("ImageNotFoundException", _not_found(registry, name, image_id))
                details.append(_detail(registry, name, digest, repository))
        if wanted is None:
            return _page(details, params)
        return {"imageDetails": details}

    def batch_get_image(self, params: Params, region: str) -> Result:
        name = _repository_name(params)
        wanted = _image_ids(params, required=True) or []
        with self._store.transaction(write=False) as document:
            data = RegistryData(document)
            registry = self._registry(params)
            repository = data.repositories(registry, region).get(name)
            if repository is None and self._strict:
                self._repository_of(data, registry, region, name)  # RepositoryNotFound
            images, failures = [], []
            for image_id in wanted:
                if repository is None:
                    image = _uri(registry, region, name, image_id)
                    manifest, media_type = synthetic_index(image), OCI_INDEX
                    digest = image_id.get("imageDigest") or synthetic_digest(image)
                else:
                    found = _digest_of(repository, image_id)
                    if found is None:
                        failures.append(
                            {
                                "imageId": image_id,
                                "failureCode": "ImageNotFound",
                                "failureReason": "Requested image not found",
                            }
                        )
                        continue
                    digest = found
                    stored = repository["images"][digest]
                    manifest, media_type = stored["manifest"], stored["mediaType"]
                images.append(
                    {
                        "registryId": registry,
                        "repositoryName": name,
                        "imageId": {**image_id, "imageDigest": digest},
                        "imageManifest": manifest,
                        "imageManifestMediaType": media_type,
                    }
                )
        return {"images": images, "failures": failures}

    def initiate_layer_upload(self, params: Params, region: str) -> Result:
        with self._store.transaction() as document:
            data = RegistryData(document)
            registry = self._registry(params)
            repository = self._repository_of(data, registry, region, _repository_name(params))
            started = layers.initiate(repository)
            data.changed()
        return started

    def upload_layer_part(self, params: Params, region: str) -> Result:
        name = _repository_name(params)
        with self._store.transaction() as document:
            data = RegistryData(document)
            registry = self._registry(params)
            last = layers.upload_part(self._repository_of(data, registry, region, name), params)
            data.changed()
        return {
            "registryId": registry,
            "repositoryName": name,
            "uploadId": params["uploadId"],
            "lastByteReceived": last,
        }

    def complete_layer_upload(self, params: Params, region: str) -> Result:
        name = _repository_name(params)
        with self._store.transaction() as document:
            data = RegistryData(document)
            registry = self._registry(params)
            digest = layers.complete(self._repository_of(data, registry, region, name), params)
            data.changed()
        return {
            "registryId": registry,
            "repositoryName": name,
            "uploadId": params["uploadId"],
            "layerDigest": digest,
        }

    def get_download_url_for_layer(self, params: Params, region: str) -> Result:
        name = _repository_name(params)
        with self._store.transaction(write=False) as document:
            data = RegistryData(document)
            registry = self._registry(params)
            repository = self._repository_of(data, registry, region, name)
            where = layers.BlobUrl(registry, region, name, str(params.get("layerDigest", "")))
            return layers.download_url(repository, where, self._blob_origin)

    def set_repository_policy(self, params: Params, region: str) -> Result:
        name = _repository_name(params)
        text = policies.checked_policy(params.get("policyText"))
        with self._store.transaction() as document:
            data = RegistryData(document)
            registry = self._registry(params)
            self._repository_of(data, registry, region, name)["policy"] = text
            data.changed()
        return {"registryId": registry, "repositoryName": name, "policyText": text}

    def get_repository_policy(self, params: Params, region: str) -> Result:
        name = _repository_name(params)
        with self._store.transaction(write=False) as document:
            data = RegistryData(document)
            registry = self._registry(params)
            repository = data.repositories(registry, region).get(name)
            if repository is None and not self._strict:
                raise policies.no_policy(registry, name)  # one it does not hold: none known
            text = self._repository_of(data, registry, region, name).get("policy")
        if text is None:
            raise policies.no_policy(registry, name)
        return {"registryId": registry, "repositoryName": name, "policyText": text}

    def delete_repository_policy(self, params: Params, region: str) -> Result:
        name = _repository_name(params)
        with self._store.transaction() as document:
            data = RegistryData(document)
            registry = self._registry(params)
            text = self._repository_of(data, registry, region, name).pop("policy", None)
            if text is None:
                raise policies.no_policy(registry, name)
            data.changed()
        return {"registryId": registry, "repositoryName": name, "policyText": text}

    def blob(self, where: layers.BlobUrl) -> bytes | None:
        """The blob a download URL names, or None when no image references it."""
        with self._store.transaction(write=False) as document:
            repository = RegistryData(document).repositories(where.registry, where.region)
            return layers.blob_of(repository.get(where.repository), where.digest)

    def _registry(self, params: Params) -> str:
        registry = params.get("registryId") or self._account
        if not isinstance(registry, str) or not re.fullmatch(r"\d{12}", registry):
            raise ApiError("InvalidParameterException", f"Invalid registryId {registry!r}")
        return registry

    def _repository_of(
        self, data: RegistryData, registry: str, region: str, name: str
    ) -> dict[str, Any]:
        repository: dict[str, Any] | None = data.repositories(registry, region).get(name)
        if repository is None:
            raise ApiError(
                "RepositoryNotFoundException",
                f"The repository with name '{name}' does not exist in the registry with id "
                f"'{registry}'",
            )
        return repository

    def _synthetic_detail(
        self, registry: str, region: str, name: str, image_id: Mapping[str, str]
    ) -> Result:
        image = _uri(registry, region, name, image_id)
        detail: Result = {
            "registryId": registry,
            "repositoryName": name,
            "imageDigest": image_id.get("imageDigest") or synthetic_digest(image),
            "imageManifestMediaType": OCI_INDEX,
            "imagePushedAt": 0.0,
        }
        if "imageTag" in image_id:
            detail["imageTags"] = [image_id["imageTag"]]
        return detail


def _uri(registry: str, region: str, name: str, image_id: Mapping[str, str]) -> str:
    base = f"{registry}.dkr.ecr.{region}.amazonaws.com/{name}"
    if "imageDigest" in image_id:
        return f"{base}@{image_id['imageDigest']}"
    return f"{base}:{image_id.get('imageTag', 'latest')}"


def _repository_name(params: Params) -> str:
    name = params.get("repositoryName")
    if not isinstance(name, str) or not 2 <= len(name) <= 256 or not _REPOSITORY_NAME.match(name):
        raise ApiError(
            "InvalidParameterException",
            f"Invalid parameter at 'repositoryName' failed to satisfy constraint: {name!r}",
        )
    return name


def _image_ids(params: Params, *, required: bool) -> list[dict[str, str]] | None:
    ids = params.get("imageIds")
    if ids is None and not required:
        return None
    if not isinstance(ids, list) or not ids or len(ids) > 100:
        raise ApiError("InvalidParameterException", "imageIds must list 1 to 100 image IDs")
    for image_id in ids:
        if not isinstance(image_id, dict) or not (
            image_id.get("imageTag") or image_id.get("imageDigest")
        ):
            raise ApiError("InvalidParameterException", "An imageId needs a tag or a digest")
    return [dict(image_id) for image_id in ids]


def _all_ids(repository: Mapping[str, Any]) -> list[dict[str, str]]:
    return [{"imageDigest": digest} for digest in sorted(repository["images"])]


def _digest_of(repository: Mapping[str, Any], image_id: Mapping[str, str]) -> str | None:
    digest = image_id.get("imageDigest")
    tag = image_id.get("imageTag")
    if tag is not None:
        tagged = repository["tags"].get(tag)
        if tagged is None or (digest is not None and digest != tagged):
            return None
        return str(tagged)
    return str(digest) if digest in repository["images"] else None


def _detail(registry: str, name: str, digest: str, repository: Mapping[str, Any]) -> Result:
    image = repository["images"][digest]
    detail: Result = {
        "registryId": registry,
        "repositoryName": name,
        "imageDigest": digest,
        "imageSizeInBytes": len(image["manifest"]),
        "imagePushedAt": image["pushedAt"],
        "imageManifestMediaType": image["mediaType"],
    }
    tags = sorted(tag for tag, tagged in repository["tags"].items() if tagged == digest)
    if tags:
        detail["imageTags"] = tags
    return detail


def _page(details: list[Result], params: Params) -> Result:
    start = int(params.get("nextToken") or 0)
    size = int(params.get("maxResults") or DESCRIBE_PAGE)
    result: Result = {"imageDetails": details[start : start + size]}
    if start + size < len(details):
        result["nextToken"] = str(start + size)
    return result


def _not_found(registry: str, name: str, image_id: Mapping[str, str]) -> str:
    return (
        f"The image with imageId {{imageDigest:'{image_id.get('imageDigest', 'null')}', "
        f"imageTag:'{image_id.get('imageTag', 'null')}'}} does not exist within the repository "
        f"with name '{name}' in the registry with id '{registry}'"
    )


def _repository(registry: str, region: str, name: str, repository: Mapping[str, Any]) -> Result:
    return {
        "repositoryArn": f"arn:aws:ecr:{region}:{registry}:repository/{name}",
        "registryId": registry,
        "repositoryName": name,
        "repositoryUri": f"{registry}.dkr.ecr.{region}.amazonaws.com/{name}",
        "createdAt": repository["createdAt"],
        "imageTagMutability": repository["imageTagMutability"],
    }
