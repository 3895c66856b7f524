"""Aliases the spec gives to a version while a version imgver does not manage holds them.

Owns `refuse_unmanaged_alias_holders`: before a plan moves aliases, read the aliases of
each image with a wanted alias no managed version holds (SageMaker `ListAliases` with
ImageName and no Version lists every alias of the image, a page at a time; botocore
service-2.json) and, for such an alias, find the unmanaged version holding it. Such a
plan cannot apply (an alias belongs to one version of an image), so it is a PlanError
naming the holder and the two ways out.

Must not: write state or the cloud, or decide anything else about the plan.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import Any, Protocol

from planner.errors import PlanError
from planner.plan.refresh import read_in_parallel
from planner.spec.desired import DesiredResource
from state.cloud.client import LiveResource
from state.recorded.model import State
from state.schema import ALIASES, IMAGE_VERSION

__all__ = ["AliasReader", "refuse_unmanaged_alias_holders"]


class AliasReader(Protocol):
    """The part of `state.cloud.client.LiveCloud` this check needs."""

    def image_aliases(self, image_name: str) -> list[str]: ...

    def list(self, type_name: str, *, image_name: str | None = None) -> list[LiveResource]: ...

    def read(
        self, type_name: str, identifier: str, *, image_name: str | None = None
    ) -> dict[str, Any] | None: ...


def refuse_unmanaged_alias_holders(
    cloud: AliasReader,
    desired: Mapping[str, DesiredResource],
    state: State,
    live: Mapping[str, dict[str, Any] | None],
    *,
    parallelism: int,
) -> None:
    """PlanError when an alias the spec wants is held by a version imgver does not manage."""
    wanted: dict[str, dict[str, tuple[str, str]]] = {}  # image (lower) -> alias -> (addr, name)
    for address, resource in sorted(desired.items()):
        if resource.type_name != IMAGE_VERSION:
            continue
        name = str(resource.properties.get("ImageName", ""))
        for alias in resource.properties.get(ALIASES) or []:
            wanted.setdefault(name.lower(), {})[str(alias)] = (address, name)
    if not wanted:
        return
    held_by_managed = {
        (str(model.get("ImageName", "")).lower(), str(alias))
        for model in live.values()
        if model is not None and "ImageVersionArn" in model
        for alias in model.get(ALIASES) or []
    }
    spelled = {image: next(iter(aliases.values()))[1] for image, aliases in wanted.items()}
    # An alias belongs to one version of an image: an image whose wanted aliases managed
    # versions hold already has no unmanaged holder to find, and its listing is skipped.
    all_aliases = read_in_parallel(
        {
            image: partial(cloud.image_aliases, name)
            for image, name in spelled.items()
            if any((image, alias) not in held_by_managed for alias in wanted[image])
        },
        parallelism=parallelism,
    )
    managed = {record.identifier for record in state.resources.values() if record.identifier}
    problems: list[str] = []
    for image, aliases in all_aliases.items():
        suspicious = sorted(
            alias
            for alias in set(aliases) & set(wanted[image])
            if (image, alias) not in held_by_managed
        )
        if not suspicious:
            continue
        for found in cloud.list(IMAGE_VERSION, image_name=spelled[image]):
            if found.identifier in managed:
                continue
            model = cloud.read(IMAGE_VERSION, found.identifier, image_name=spelled[image]) or {}
            for alias in sorted(set(model.get(ALIASES) or []) & set(suspicious)):
                address = wanted[image][alias][0]
                problems.append(
                    f"{address} is given alias {alias}, which version {model.get('Version')} "
                    f"of image {spelled[image]} ({found.identifier}) holds; imgver does not "
                    "manage that version"
                )
    if problems:
        raise PlanError(
            "; ".join(problems),
            "An alias belongs to one version of an image. Either import the holder "
            "(`imgver import image_versions.NAME ARN`, after declaring it in the spec), or "
            "take the alias off it (`aws sagemaker delete-image-version --image-name IMAGE "
            "--alias ALIAS` deletes the version; `aws sagemaker update-image-version "
            "--image-name IMAGE --version N --aliases-to-delete ALIAS` keeps it).",
        )
