"""Parsing a version's `BaseImage` into the ECR repository and tag or digest it names.

Owns the one grammar imgver reads an image URI with: an Amazon ECR private image,
`ACCOUNT.dkr.ecr[-fips].REGION.amazonaws.com[.cn]/REPOSITORY[:TAG|@sha256:DIGEST]`
(ECR User Guide, "Private registry concepts": registry URL and repository naming; a
tag-less reference means `latest`, as `docker pull` reads it). Anything else (another
registry, a malformed URI) is not an ECR reference: imgver cannot check it before
apply. Must not: do I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

__all__ = ["EcrImage", "parse_base_image", "pinned_to_its_build"]

_ECR_URI = re.compile(
    r"^(?P<account>\d{12})\.dkr\.ecr(?:-fips)?\.(?P<region>[a-z]{2}(?:-[a-z]+)+-\d)"
    r"\.amazonaws\.com(?:\.cn)?/"
    r"(?P<repository>(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*)"
    r"(?::(?P<tag>\w[\w.-]{0,127})|@(?P<digest>sha256:[0-9a-f]{64}))?$"
)


@dataclass(frozen=True)
class EcrImage:
    """An image in an ECR private registry; exactly one of `tag` and `digest` is set."""

    text: str  # the BaseImage as the spec wrote it
    account: str
    region: str
    repository: str
    tag: str | None
    digest: str | None

    @property
    def repository_key(self) -> tuple[str, str, str]:
        """(account, region, repository): the images ECR answers for in one call."""
        return (self.account, self.region, self.repository)

    @property
    def image_id(self) -> dict[str, str]:
        """The ECR `ImageIdentifier` naming this image."""
        return {"imageDigest": self.digest} if self.digest else {"imageTag": str(self.tag)}

    @property
    def named(self) -> str:
        """`tag 2024.10` or `digest sha256:...`, for messages."""
        return f"digest {self.digest}" if self.digest else f"tag {self.tag}"

    @property
    def repository_uri(self) -> str:
        return self.text.split("/", 1)[0] + "/" + self.repository

    def pinned(self, digest: str) -> str:
        """This image's repository URI pinned to `digest` (`REPO@sha256:...`)."""
        return f"{self.repository_uri}@{digest}"


def parse_base_image(text: str) -> EcrImage | None:
    """The ECR image `text` names, or None when it is not an ECR private image URI."""
    match = _ECR_URI.match(text.strip())
    if match is None:
        return None
    tag, digest = match.group("tag"), match.group("digest")
    return EcrImage(
        text=text,
        account=match.group("account"),
        region=match.group("region"),
        repository=match.group("repository"),
        tag=None if digest else (tag or "latest"),
        digest=digest,
    )


def pinned_to_its_build(desired: Any, live_base: Any, container_image: Any) -> bool:
    """Whether `desired` pins (`REPO@sha256:...`) the very digest a live version built from
    `live_base` (`REPO:TAG` of the same repository) was built from, as its `ContainerImage`
    (`REPO@sha256:...`) records. Then the version already is what the pinned spec asks
    for: `imgver pin` changes the spec's spelling, not the image."""
    if not all(isinstance(value, str) for value in (desired, live_base, container_image)):
        return False
    pinned, tagged = parse_base_image(desired), parse_base_image(live_base)
    if pinned is None or tagged is None or pinned.digest is None or tagged.digest is not None:
        return False
    return pinned.repository_key == tagged.repository_key and container_image.endswith(
        f"/{pinned.repository}@{pinned.digest}"
    )
