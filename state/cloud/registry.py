"""The ECR and IAM reads behind base-image pre-flight and digest resolution.

Owns every Amazon ECR and IAM call imgver makes, through boto3 clients for the run's
region (ECR is regional; IAM is global):

- `describe`: ECR `DescribeImages` for one repository with every tag and digest asked of
  it in one request (up to 100 `imageIds` a request, botocore model `ecr/2015-09-21`
  `ImageIdentifierList`). DescribeImages fails as a whole with `ImageNotFoundException`
  when one of the `imageIds` is missing (API reference, DescribeImages "Errors"); then the
  repository's images are listed instead (no `imageIds`, `maxResults` up to 1000,
  following `nextToken`) and each asked-for tag or digest looked up in that listing. A
  missing repository is `RepositoryNotFoundException`.
- `manifests`: ECR `BatchGetImage` for the manifests (or image indexes) of some digests of
  one repository, with `acceptedMediaTypes` naming the index and manifest types so an
  index comes back as an index; missing images are listed under `failures` (API
  reference, BatchGetImage).
- `config`: an image's config blob (where a single-platform manifest keeps its platform,
  OCI image-spec `config.md`): ECR `GetDownloadUrlForLayer` with the config digest as
  `layerDigest` answers a presigned download URL (API reference,
  GetDownloadUrlForLayer), which is then fetched (`state.cloud.blobs`). Its errors
  `LayersNotFoundException` (no such blob), `LayerInaccessibleException` (a blob no image
  references), a denied call, an unreachable or failing URL, and a download whose SHA-256
  is not the digest (cut short, or another blob) are all a reason the config could not be
  read, not a failure of the run: the platform is then unknown;
- `repository_policy`: ECR `GetRepositoryPolicy` of a repository (of another account,
  typically): its `policyText`; `RepositoryPolicyNotFoundException` means it has none
  (API reference, GetRepositoryPolicy "Errors"); a denial (the caller may not read
  another account's policy) or any other failure is a reason it could not be read;
- `role_exists`: IAM `GetRole`; `NoSuchEntity` means the role does not exist (IAM API
  reference, GetRole "Errors").

Every other botocore failure becomes a `CloudError` through `state.cloud.errors`, so an
access denial names the `ecr:`/`iam:` action needed. Must not: decide whether an image is
fit (the planner's `planner.baseimage` does), or import boto3 at module level.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from state.cloud.blobs import BlobFetcher, BlobFetchError, http_get
from state.cloud.errors import Call, translate_error

if TYPE_CHECKING:
    from botocore.exceptions import ClientError

__all__ = [
    "ImageConfig",
    "ImageDetail",
    "Manifest",
    "Registry",
    "RepositoryImages",
    "RepositoryPolicy",
    "image_key",
]

# botocore model ecr/2015-09-21: ImageIdentifierList max 100; DescribeImages maxResults max 1000.
IMAGE_IDS_PER_REQUEST = 100
LISTING_PAGE = 1000
# The manifest media types BatchGetImage may answer with: image indexes first, so a
# multi-platform image is returned as its index (OCI image spec; Docker manifest v2).
ACCEPTED_MEDIA_TYPES = (
    "application/vnd.oci.image.index.v1+json",
    "application/vnd.docker.distribution.manifest.list.v2+json",
    "application/vnd.oci.image.manifest.v1+json",
    "application/vnd.docker.distribution.manifest.v2+json",
    "application/vnd.docker.distribution.manifest.v1+json",
)
# How long a config blob's download may take before it is given up (it is a few KB).
BLOB_TIMEOUT = 10.0
REPOSITORY = "ECR repository"
ROLE = "IAM role"


def image_key(image_id: Mapping[str, str]) -> str:
    """How an asked-for image is named in answers: its digest if given, else `tag:<tag>`."""
    digest = image_id.get("imageDigest")
    return str(digest) if digest else f"tag:{image_id['imageTag']}"


@dataclass(frozen=True)
class ImageDetail:
    """One image of a repository as DescribeImages describes it."""

    digest: str
    tags: tuple[str, ...]
    pushed_at: str  # ISO 8601, UTC ("" when ECR gave none)
    media_type: str


@dataclass(frozen=True)
class RepositoryImages:
    """What DescribeImages said of the images asked of one repository.

    `exists` is False when the repository does not exist; `found` maps `image_key` of each
    asked-for image that exists to its detail (a missing one has no entry).
    """

    exists: bool
    found: dict[str, ImageDetail] = field(default_factory=dict)


@dataclass(frozen=True)
class Manifest:
    """An image's manifest (or image index) as BatchGetImage returns it."""

    media_type: str
    text: str


@dataclass(frozen=True)
class ImageConfig:
    """An image's config blob (`text`), or why it could not be read (`problem`)."""

    text: str = ""
    problem: str = ""


@dataclass(frozen=True)
class RepositoryPolicy:
    """A repository's policy (`text`), that it has none (`missing`), or why it could not be
    read (`problem`)."""

    text: str = ""
    missing: bool = False
    problem: str = ""


class Registry:
    """ECR of one region and IAM, through two boto3 clients made on first use by
    `make_ecr` and `make_iam` (a run that never looks at a base image never makes them);
    `fetch_blob` GETs a blob's download URL (urllib, or the in-process local cloud's)."""

    def __init__(
        self,
        make_ecr: Callable[[], Any],
        make_iam: Callable[[], Any],
        *,
        region: str,
        fetch_blob: BlobFetcher = http_get,
        blob_timeout: float = BLOB_TIMEOUT,
    ) -> None:
        self.region = region
        self._make_ecr = make_ecr
        self._make_iam = make_iam
        self._fetch_blob = fetch_blob
        self._blob_timeout = blob_timeout
        self._lock = threading.Lock()

    @cached_property
    def _ecr(self) -> Any:
        with self._lock:
            return self._make_ecr()

    @cached_property
    def _iam(self) -> Any:
        with self._lock:
            return self._make_iam()

    def describe(
        self, registry_id: str, repository: str, image_ids: Sequence[Mapping[str, str]]
    ) -> RepositoryImages:
        """The asked-for images of `repository` in registry (account) `registry_id`."""
        from botocore.exceptions import BotoCoreError, ClientError

        call = Call("DescribeImages", REPOSITORY, f"{registry_id}/{repository}")
        found: dict[str, ImageDetail] = {}
        try:
            for start in range(0, len(image_ids), IMAGE_IDS_PER_REQUEST):
                chunk = [dict(image_id) for image_id in image_ids[start:][:IMAGE_IDS_PER_REQUEST]]
                answer = self._ecr.describe_images(
                    registryId=registry_id, repositoryName=repository, imageIds=chunk
                )
                details = [_detail(item) for item in answer.get("imageDetails", [])]
                found.update(_match(chunk, details))
        except (BotoCoreError, ClientError) as error:
            code = (
                error.response.get("Error", {}).get("Code", "")
                if isinstance(error, ClientError)
                else ""
            )
            if code == "RepositoryNotFoundException":
                return RepositoryImages(exists=False)
            if code != "ImageNotFoundException":
                raise translate_error(
                    error, call, region=self.region, endpoint=self._endpoint
                ) from error
            listing = list(self._listing(registry_id, repository, call))
            return RepositoryImages(exists=True, found=_match(image_ids, listing))
        return RepositoryImages(exists=True, found=found)

    def manifests(
        self, registry_id: str, repository: str, digests: Sequence[str]
    ) -> dict[str, Manifest]:
        """The manifest of each of `digests` that `repository` holds, by digest."""
        from botocore.exceptions import BotoCoreError, ClientError

        call = Call("BatchGetImage", REPOSITORY, f"{registry_id}/{repository}")
        manifests: dict[str, Manifest] = {}
        unique = sorted(set(digests))
        try:
            for start in range(0, len(unique), IMAGE_IDS_PER_REQUEST):
                answer = self._ecr.batch_get_image(
                    registryId=registry_id,
                    repositoryName=repository,
                    imageIds=[
                        {"imageDigest": digest} for digest in unique[start:][:IMAGE_IDS_PER_REQUEST]
                    ],
                    acceptedMediaTypes=list(ACCEPTED_MEDIA_TYPES),
                )
                for image in answer.get("images", []):
                    manifests[image["imageId"]["imageDigest"]] = Manifest(
                        str(image.get("imageManifestMediaType", "")),
                        str(image.get("imageManifest", "")),
                    )
        except (BotoCoreError, ClientError) as error:
            raise translate_error(
                error, call, region=self.region, endpoint=self._endpoint
            ) from error
        return manifests

    def config(self, registry_id: str, repository: str, digest: str) -> ImageConfig:
        """The config blob `digest` of `repository`, downloaded, or why it cannot be."""
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            answer = self._ecr.get_download_url_for_layer(
                registryId=registry_id, repositoryName=repository, layerDigest=digest
            )
        except ClientError as error:
            return ImageConfig(
                problem=_refused("GetDownloadUrlForLayer", error, "ecr:GetDownloadUrlForLayer")
            )
        except BotoCoreError as error:
            return ImageConfig(problem=f"ECR GetDownloadUrlForLayer failed ({error})")
        url = str(answer.get("downloadUrl") or "")
        if not url:
            return ImageConfig(problem="ECR GetDownloadUrlForLayer answered no download URL")
        try:
            blob = self._fetch_blob(url, self._blob_timeout)
        except BlobFetchError as error:
            return ImageConfig(problem=str(error))
        if not _matches(blob, digest):
            return ImageConfig(problem=f"the downloaded blob is not {digest} (cut short?)")
        try:
            return ImageConfig(text=blob.decode("utf-8"))
        except UnicodeDecodeError:
            return ImageConfig(problem="the config blob is not UTF-8 text")

    def repository_policy(self, registry_id: str, repository: str) -> RepositoryPolicy:
        """The repository policy of `repository` in registry (account) `registry_id`."""
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            answer = self._ecr.get_repository_policy(
                registryId=registry_id, repositoryName=repository
            )
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") == "RepositoryPolicyNotFoundException":
                return RepositoryPolicy(missing=True)
            return RepositoryPolicy(
                problem=_refused("GetRepositoryPolicy", error, "ecr:GetRepositoryPolicy on it")
            )
        except BotoCoreError as error:
            return RepositoryPolicy(problem=f"ECR GetRepositoryPolicy failed ({error})")
        return RepositoryPolicy(text=str(answer.get("policyText") or ""))

    def role_exists(self, role_name: str) -> bool:
        """Whether the caller's account has an IAM role named `role_name`."""
        from botocore.exceptions import BotoCoreError, ClientError

        call = Call("GetRole", ROLE, role_name)
        try:
            self._iam.get_role(RoleName=role_name)
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") == "NoSuchEntity":
                return False
            raise translate_error(
                error, call, region=self.region, endpoint=self._iam.meta.endpoint_url
            ) from error
        except BotoCoreError as error:
            raise translate_error(
                error, call, region=self.region, endpoint=self._iam.meta.endpoint_url
            ) from error
        return True

    def _listing(self, registry_id: str, repository: str, call: Call) -> Iterator[ImageDetail]:
        """Every image of the repository, page by page."""
        from botocore.exceptions import BotoCoreError, ClientError

        params: dict[str, Any] = {
            "registryId": registry_id,
            "repositoryName": repository,
            "maxResults": LISTING_PAGE,
        }
        while True:
            try:
                page = self._ecr.describe_images(**params)
            except (BotoCoreError, ClientError) as error:
                raise translate_error(
                    error, call, region=self.region, endpoint=self._endpoint
                ) from error
            yield from (_detail(item) for item in page.get("imageDetails", []))
            if not page.get("nextToken"):
                return
            params["nextToken"] = page["nextToken"]

    @property
    def _endpoint(self) -> str:
        return str(self._ecr.meta.endpoint_url)


def _detail(item: Mapping[str, Any]) -> ImageDetail:
    pushed = item.get("imagePushedAt")
    if isinstance(pushed, dt.datetime):
        pushed_at = pushed.astimezone(dt.UTC).isoformat(timespec="seconds")
    else:
        pushed_at = ""
    return ImageDetail(
        digest=str(item["imageDigest"]),
        tags=tuple(sorted(item.get("imageTags", []))),
        pushed_at=pushed_at,
        media_type=str(item.get("imageManifestMediaType", "")),
    )


def _match(
    image_ids: Sequence[Mapping[str, str]], details: Sequence[ImageDetail]
) -> dict[str, ImageDetail]:
    """Each asked-for image found among `details`, by `image_key`."""
    by_digest = {detail.digest: detail for detail in details}
    by_tag = {tag: detail for detail in details for tag in detail.tags}
    found = {}
    for image_id in image_ids:
        digest, tag = image_id.get("imageDigest"), image_id.get("imageTag")
        detail = by_digest.get(digest) if digest else by_tag.get(tag or "")
        if detail is not None:
            found[image_key(image_id)] = detail
    return found


def _matches(blob: bytes, digest: str) -> bool:
    """Whether `blob` is the content `digest` names (OCI image-spec descriptor.md: a
    client verifies what it downloads against its digest); only `sha256:` is checked,
    the algorithm ECR uses."""
    algorithm, _, encoded = digest.partition(":")
    return algorithm != "sha256" or hashlib.sha256(blob).hexdigest() == encoded.lower()


def _refused(operation: str, error: ClientError, permission: str) -> str:
    """`ECR <operation> answered <code>`, naming the permission an access denial lacks."""
    code = error.response.get("Error", {}).get("Code", "")
    problem = f"ECR {operation} answered {code or error}"
    if code in ("AccessDeniedException", "AccessDenied"):
        problem += f" (the caller needs {permission})"
    return problem
