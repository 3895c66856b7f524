"""Asking ECR about the base images of a spec: one DescribeImages per repository.

Owns `resolve`: every ECR image of the run's region is grouped by repository and each
repository is described once with all its tags and digests (`state.cloud.registry`
batches and pages), `parallelism` repositories at a time. An image in another region is
not asked about: ECR is regional, and SageMaker only pulls from its own region (pre-flight
reports it). Also owns `RegistryReader`, the part of `state.cloud.registry.Registry` the
base-image checks use, so tests can hand in any reader.

Must not: judge the answers (`preflight` and `stale` do), or write anything.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Protocol

from planner.baseimage.reference import EcrImage
from planner.plan.refresh import read_in_parallel
from state.cloud.registry import (
    ImageConfig,
    ImageDetail,
    Manifest,
    RepositoryImages,
    RepositoryPolicy,
    image_key,
)

__all__ = ["RegistryReader", "Resolution", "resolve"]


class RegistryReader(Protocol):
    """ECR and IAM reads of one region (`state.cloud.registry.Registry`)."""

    region: str

    def describe(
        self, registry_id: str, repository: str, image_ids: Sequence[Mapping[str, str]]
    ) -> RepositoryImages: ...

    def manifests(
        self, registry_id: str, repository: str, digests: Sequence[str]
    ) -> dict[str, Manifest]: ...

    def config(self, registry_id: str, repository: str, digest: str) -> ImageConfig: ...

    def repository_policy(self, registry_id: str, repository: str) -> RepositoryPolicy: ...

    def role_exists(self, role_name: str) -> bool: ...


@dataclass(frozen=True)
class Resolution:
    """What ECR said of each repository asked about, by (account, region, repository)."""

    region: str
    repositories: dict[tuple[str, str, str], RepositoryImages] = field(default_factory=dict)

    def asked(self, image: EcrImage) -> bool:
        return image.repository_key in self.repositories

    def repository_exists(self, image: EcrImage) -> bool:
        answer = self.repositories.get(image.repository_key)
        return answer is not None and answer.exists

    def detail(self, image: EcrImage) -> ImageDetail | None:
        """The image ECR holds for `image`'s tag or digest now; None when it holds none."""
        answer = self.repositories.get(image.repository_key)
        return answer.found.get(image_key(image.image_id)) if answer is not None else None


def resolve(reader: RegistryReader, images: Iterable[EcrImage], *, parallelism: int) -> Resolution:
    """Describe every repository of `images` in the reader's region, once each."""
    wanted: dict[tuple[str, str, str], list[dict[str, str]]] = {}
    for image in images:
        if image.region != reader.region:
            continue
        ids = wanted.setdefault(image.repository_key, [])
        if image.image_id not in ids:
            ids.append(image.image_id)
    answers = read_in_parallel(
        {key: partial(reader.describe, key[0], key[2], ids) for key, ids in sorted(wanted.items())},
        parallelism=parallelism,
    )
    return Resolution(region=reader.region, repositories=dict(answers))
