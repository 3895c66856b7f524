"""Resource handlers of the local cloud: what CREATE, READ, UPDATE, DELETE and LIST do.

One handler per supported type, standing in for the CloudFormation resource providers of
`AWS::SageMaker::Image` and `AWS::SageMaker::ImageVersion`: ARNs, version numbering (1, 2,
3 per image, never reused), aliases (write-only, one version per alias within an image),
the image delete that takes its versions with it. Handlers work on one region's slice of
the data document and raise `HandlerFailure` for the outcomes Cloud Control reports as a
FAILED progress event.

Data layout (per region): `images[ImageArn] = {"model", "next_version", "aliases_owned",
"alias_owners", "versions"}`, with `versions[str(N)] = {"model", "aliases"}` (plus
`"status": "CREATE_FAILED"` for an image or version whose create failed after SageMaker
accepted it); models hold read-only properties but never write-only ones, which live beside
them (`aliases`). `alias_owners[alias] = N` lets a version's aliases be checked without
reading every version of its image; an image of data written before it existed (no
`aliases_owned`) gets it made from its versions on first use.

Identifiers are read as Cloud Control documents them: "Primary identifiers can be specified
as a string or JSON; secondary identifiers must be specified as JSON" (Cloud Control API
reference, `Identifier`; user guide *resource-identifier*). A bare image name is therefore
taken as an ImageArn, and is not found.

Must not: know about requests, tokens, time, faults or the wire format (the engine and the
protocol own those), or validate models against the schema (the engine does that before a
handler sees them).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from typing import Any, Protocol

from state.aws_rules import NOT_CLEARABLE
from state.localcloud.ecr import RegistryData, lookup
from state.localcloud.errors import ApiError
from state.schema import IMAGE, IMAGE_VERSION, ResourceSchema, load_schema

Model = dict[str, Any]
# (sort key, primary identifier) pairs, what ListResources pages through.
Listing = list[tuple[str, str]]

_VERSION_ARN = re.compile(r"^(arn:[^:]+:sagemaker:[^:]*:\d{12}:)image-version/([^/]+)/(\d+)$")
CREATE_FAILED = "CREATE_FAILED"


class HandlerFailure(Exception):
    """A resource operation that ends FAILED with `error_code` (a HandlerErrorCode)."""

    def __init__(self, error_code: str, message: str) -> None:
        super().__init__(message)
        self.error_code = error_code
        self.message = message


class FailedAfterCreate(HandlerFailure):
    """A create SageMaker accepted whose object then failed to build: `identifier` exists,
    in CREATE_FAILED."""

    def __init__(self, identifier: str, error_code: str, message: str) -> None:
        super().__init__(error_code, message)
        self.identifier = identifier


@dataclass(frozen=True)
class Scope:
    """Where a handler works: the region, the account, and that region's data."""

    region: str
    account: str
    data: dict[str, Any]
    # ECR and IAM of the whole data file, which a version create resolves its image in.
    registry: RegistryData | None = None

    @property
    def images(self) -> dict[str, Any]:
        images: dict[str, Any] = self.data["images"]
        return images

    def image_arn(self, image_name: str) -> str:
        return f"arn:aws:sagemaker:{self.region}:{self.account}:image/{image_name.lower()}"


class ResourceHandler(Protocol):
    """The operations of one resource type; identifiers are canonical primary identifiers."""

    schema: ResourceSchema

    def locate(self, scope: Scope, identifier: str) -> str | None:
        """The primary identifier of the existing resource `identifier` names, else None."""

    def create_lock(self, scope: Scope, desired: Mapping[str, Any]) -> str | None:
        """The identifier a create will produce, when it is known before the create runs."""

    def create(self, scope: Scope, desired: Mapping[str, Any]) -> str:
        """Create the resource, returning its primary identifier."""

    def mark_create_failed(self, scope: Scope, identifier: str) -> None:
        """Leave a resource whose create failed after the service accepted it in
        CREATE_FAILED."""

    def read(self, scope: Scope, identifier: str) -> Model:
        """The model `GetResource` returns: write-only properties left out."""

    def patchable(self, scope: Scope, identifier: str) -> Model:
        """The model a patch applies to: the read model plus stored write-only values."""

    def update(self, scope: Scope, identifier: str, model: Mapping[str, Any]) -> None:
        """Replace the resource's properties with `model` (a patched `patchable` model)."""

    def delete(self, scope: Scope, identifier: str) -> None:
        """Delete the resource and whatever the service deletes with it."""

    def list_resources(self, scope: Scope, resource_model: Mapping[str, Any]) -> Listing:
        """(sort key, identifier) of every resource `ListResources` returns, sorted."""


def not_found_message(type_name: str, identifier: str) -> str:
    """Cloud Control's words for a missing resource, as an API error or a FAILED event."""
    return f"Resource of type '{type_name}' with identifier '{identifier}' was not found."


def not_found(type_name: str, identifier: str) -> HandlerFailure:
    """The FAILED outcome (`NotFound`) of an operation on a resource that does not exist."""
    return HandlerFailure("NotFound", not_found_message(type_name, identifier))


def identifier_value(identifier: str, primary: str, secondary: tuple[str, ...]) -> str | None:
    """The one identifier value `identifier` gives: the primary identifier as a string or
    a JSON object, a secondary one only as JSON; None for anything else."""
    if not identifier.lstrip().startswith("{"):
        return identifier
    try:
        value = json.loads(identifier)
    except ValueError:
        return None
    if not isinstance(value, dict) or len(value) != 1:
        return None
    ((name, given),) = value.items()
    if name not in (primary, *secondary) or not isinstance(given, str):
        return None
    return given


def _ordered(schema: ResourceSchema, model: Mapping[str, Any]) -> Model:
    """`model` with its properties in schema order, so every read looks the same."""
    return {name: model[name] for name in schema.document["properties"] if name in model}


class ImageHandler:
    """`AWS::SageMaker::Image`: identified by ImageArn, or by ImageName (additionalIdentifiers)."""

    schema = load_schema(IMAGE)

    def locate(self, scope: Scope, identifier: str) -> str | None:
        if identifier.lstrip().startswith("{"):
            value = identifier_value(identifier, "ImageArn", ("ImageName",))
            if value is None:
                return None
            arn = value.lower() if value.startswith("arn:") else scope.image_arn(value)
        elif identifier.startswith("arn:"):
            arn = identifier.lower()
        else:
            return None
        return arn if arn in scope.images else None

    def create_lock(self, scope: Scope, desired: Mapping[str, Any]) -> str | None:
        return scope.image_arn(desired["ImageName"])

    def create(self, scope: Scope, desired: Mapping[str, Any]) -> str:
        arn = scope.image_arn(desired["ImageName"])
        if arn in scope.images:
            raise HandlerFailure(
                "AlreadyExists",
                f"Resource of type '{IMAGE}' with identifier '{desired['ImageName']}' "
                "already exists.",
            )
        model = _ordered(self.schema, {**desired, "ImageArn": arn})
        scope.images[arn] = {
            "model": model,
            "next_version": 1,
            "aliases_owned": True,
            "alias_owners": {},
            "versions": {},
        }
        return arn

    def mark_create_failed(self, scope: Scope, identifier: str) -> None:
        """The create of this image failed after SageMaker accepted it: it stays, in
        CREATE_FAILED (public Image CreateHandler: stabilisation ends on CREATE_FAILED and
        the image is not deleted)."""
        scope.images[identifier]["status"] = CREATE_FAILED

    def read(self, scope: Scope, identifier: str) -> Model:
        model = dict(scope.images[identifier]["model"])
        # The Image read handler sets Tags only when ListTags returns some (public provider
        # code, aws-sagemaker-image ReadHandler), so an image without tags has no Tags.
        if not model.get("Tags"):
            model.pop("Tags", None)
        return model

    def patchable(self, scope: Scope, identifier: str) -> Model:
        return self.read(scope, identifier)

    def update(self, scope: Scope, identifier: str, model: Mapping[str, Any]) -> None:
        scope.images[identifier]["model"] = _ordered(self.schema, model)

    def delete(self, scope: Scope, identifier: str) -> None:
        # SageMaker's DeleteImage removes every version of the image with it, and its
        # version counter: an image created again under the name starts at version 1.
        del scope.images[identifier]

    def list_resources(self, scope: Scope, resource_model: Mapping[str, Any]) -> Listing:
        return sorted((arn, arn) for arn in scope.images)


class ImageVersionHandler:
    """`AWS::SageMaker::ImageVersion`: identified by ImageVersionArn; lives inside its image."""

    schema = load_schema(IMAGE_VERSION)

    def __init__(self, alias_update: str = "keep") -> None:
        self.alias_update = alias_update

    def locate(self, scope: Scope, identifier: str) -> str | None:
        value = identifier_value(identifier, "ImageVersionArn", ())
        found = None if value is None else self._find(scope, value)
        return None if found is None else str(found["model"]["ImageVersionArn"])

    def create_lock(self, scope: Scope, desired: Mapping[str, Any]) -> str | None:
        # The version number is only drawn when the create runs; two creates on one image
        # are refused by the image's own lock (`image_of`), not by this one.
        return None

    def image_of(self, scope: Scope, desired_or_identifier: Mapping[str, Any] | str) -> str:
        """The ARN of the image a version create (its desired model) or a version (its
        ARN) belongs to: what SageMaker changes one operation at a time."""
        if isinstance(desired_or_identifier, str):
            return _split_version_arn(desired_or_identifier)[0]
        return scope.image_arn(desired_or_identifier["ImageName"])

    def create(self, scope: Scope, desired: Mapping[str, Any]) -> str:
        image_arn = scope.image_arn(desired["ImageName"])
        image = scope.images.get(image_arn)
        if image is None:
            raise not_found(IMAGE, desired["ImageName"])
        aliases = _aliases(desired)
        _refuse_taken_aliases(image, aliases, own_version=None)
        container, problem = resolved_container_image(scope, desired["BaseImage"])
        number = image["next_version"]
        image["next_version"] = number + 1
        prefix, _, name = image_arn.partition(":image/")
        arn = f"{prefix}:image-version/{name}/{number}"
        model = {
            **self._without_write_only(desired),
            # The read handler takes ImageName from the version ARN, which SageMaker spells
            # in lower case (botocore ImageVersionArn pattern; public ImageVersion
            # Translator.translateFromReadResponse).
            "ImageName": name,
            "ImageArn": image_arn,
            "ImageVersionArn": arn,
            "Version": number,
        }
        if container is not None:
            model["ContainerImage"] = container
        image["versions"][str(number)] = {"model": _ordered(self.schema, model), "aliases": aliases}
        _own_aliases(image, number, [], aliases)
        if problem is not None:
            # SageMaker accepted the version and could not build it: it stays, in
            # CREATE_FAILED, and the handler's stabilisation throws
            # CfnGeneralServiceException (aws-cloudformation-resource-providers-sagemaker,
            # ImageVersion CreateHandler and its test
            # testCreateHandler_VerifyStabilization_CreateFailed); the plugin's failure
            # event names no resource (AbstractWrapper, ProgressEvent.defaultFailureHandler).
            self.mark_create_failed(scope, arn)
            raise FailedAfterCreate(
                arn,
                "GeneralServiceException",
                f"Image version {name}/{number} ended CREATE_FAILED: {problem}",
            )
        return arn

    def read(self, scope: Scope, identifier: str) -> Model:
        return dict(self._get(scope, identifier)["model"])

    def mark_create_failed(self, scope: Scope, identifier: str) -> None:
        """The create of this version failed after SageMaker accepted it: it stays, in
        CREATE_FAILED (public ImageVersion CreateHandler: stabilisation ends on
        CREATE_FAILED and the version is not deleted)."""
        self._get(scope, identifier)["status"] = CREATE_FAILED

    def archive(self, scope: Scope, identifier: str) -> None:
        """AWS archives a version set TO_BE_ARCHIVED (SageMaker VendorGuidance); a version
        gone or set otherwise meanwhile is left alone."""
        version = self._find(scope, identifier)
        if version is not None and version["model"].get("VendorGuidance") == "TO_BE_ARCHIVED":
            version["model"]["VendorGuidance"] = "ARCHIVED"

    def patchable(self, scope: Scope, identifier: str) -> Model:
        # Cloud Control patches the read model, which has no write-only properties (user
        # guide *resource-operations-update*), so `remove /Aliases` finds no such path.
        return self.read(scope, identifier)

    def update(self, scope: Scope, identifier: str, model: Mapping[str, Any]) -> None:
        image_arn, number = _split_version_arn(identifier)
        image = scope.images[image_arn]
        version = image["versions"][str(number)]
        unset = [name for name in NOT_CLEARABLE if name in version["model"] and name not in model]
        if unset:
            # UpdateImageVersion has no way to unset a field (SageMaker API reference).
            raise HandlerFailure(
                "InvalidRequest",
                f"UpdateImageVersion cannot unset {', '.join(unset)} of an existing version.",
            )
        if "Aliases" in model or "Alias" in model:
            aliases = _aliases(model)
        elif self.alias_update == "strip":
            aliases = []
        else:
            aliases = list(version["aliases"])
        _refuse_taken_aliases(image, aliases, own_version=number)
        _own_aliases(image, number, version["aliases"], aliases)
        version["model"] = _ordered(self.schema, self._without_write_only(model))
        version["aliases"] = aliases

    def delete(self, scope: Scope, identifier: str) -> None:
        image_arn, number = _split_version_arn(identifier)
        # The image's version counter is left alone: a deleted number is never reused.
        image = scope.images[image_arn]
        _own_aliases(image, number, image["versions"][str(number)]["aliases"], [])
        del image["versions"][str(number)]

    def list_resources(self, scope: Scope, resource_model: Mapping[str, Any]) -> Listing:
        image_name = resource_model.get("ImageName")
        if not isinstance(image_name, str) or not image_name:
            raise ApiError(
                "InvalidRequestException",
                f"Missing or invalid ResourceModel property in {IMAGE_VERSION} list handler "
                "request input. Required property: [ImageName]",
            )
        image = scope.images.get(scope.image_arn(image_name))
        if image is None:
            raise ApiError("ResourceNotFoundException", not_found_message(IMAGE, image_name))
        return sorted(
            (f"{int(number):012d}", version["model"]["ImageVersionArn"])
            for number, version in image["versions"].items()
        )

    def aliases(self, scope: Scope, image_name: str, number: int | None) -> list[str]:
        """Aliases of one version, or of every version in version order (`ListAliases`)."""
        image = scope.images.get(scope.image_arn(image_name))
        if image is None:
            raise ApiError("ResourceNotFound", f"Image {image_name} does not exist.")
        if number is None:
            return [
                alias
                for _, version in sorted(image["versions"].items(), key=lambda kv: int(kv[0]))
                for alias in version["aliases"]
            ]
        version = image["versions"].get(str(number))
        if version is None:
            raise ApiError(
                "ResourceNotFound", f"Image {image_name} version {number} does not exist."
            )
        return list(version["aliases"])

    def _without_write_only(self, model: Mapping[str, Any]) -> Model:
        return {name: value for name, value in model.items() if name not in self.schema.write_only}

    def _find(self, scope: Scope, identifier: str) -> dict[str, Any] | None:
        try:
            image_arn, number = _split_version_arn(identifier.lower())
        except KeyError:
            return None
        image = scope.images.get(image_arn)
        if image is None:
            return None
        found: dict[str, Any] | None = image["versions"].get(str(number))
        return found

    def _get(self, scope: Scope, identifier: str) -> dict[str, Any]:
        found = self._find(scope, identifier)
        if found is None:
            raise KeyError(identifier)
        return found


def resolved_container_image(scope: Scope, base_image: str) -> tuple[str | None, str | None]:
    """The ContainerImage of a version built on `base_image` and why it cannot be built:
    the digest ECR (the local cloud's, `ecr.lookup`) holds for its tag now, else the
    synthetic `container_image`; or no ContainerImage and the problem, for a tag or digest
    missing from a repository the local cloud holds (the create then ends CREATE_FAILED,
    as SageMaker's does: SageMaker dev guide *studio-byoi-sdk-create-image*).
    """
    if scope.registry is None:
        return container_image(base_image), None
    digest, problem = lookup(scope.registry, base_image)
    if problem is not None:
        return None, problem
    if digest is None:
        return container_image(base_image), None
    return f"{_repository_part(base_image)}@{digest}", None


def _repository_part(base_image: str) -> str:
    """`base_image` without its tag or digest."""
    if "@" in base_image:
        return base_image.split("@", 1)[0]
    name_start = base_image.rfind("/") + 1
    tag_start = base_image.find(":", name_start)
    return base_image if tag_start == -1 else base_image[:tag_start]


def container_image(base_image: str) -> str:
    """The digest-pinned registry path SageMaker reports for a version built on `base_image`.

    The repository is kept and the tag replaced by a digest derived from the base image, so
    the same base image always yields the same container image.
    """
    if "@sha256:" in base_image:
        return base_image
    name_start = base_image.rfind("/") + 1
    tag_start = base_image.find(":", name_start)
    repository = base_image if tag_start == -1 else base_image[:tag_start]
    digest = hashlib.sha256(base_image.encode("utf-8")).hexdigest()
    return f"{repository}@sha256:{digest}"


def _split_version_arn(identifier: str) -> tuple[str, int]:
    """(image ARN, version number) of an ImageVersionArn; KeyError for anything else."""
    match = _VERSION_ARN.match(identifier)
    if match is None:
        raise KeyError(identifier)
    return f"{match.group(1)}image/{match.group(2)}", int(match.group(3))


def _aliases(model: Mapping[str, Any]) -> list[str]:
    """The version's alias set: `Aliases` plus the single `Alias`, first mention first."""
    named = [*model.get("Aliases", []), *([model["Alias"]] if "Alias" in model else [])]
    return list(dict.fromkeys(named))


def _alias_owners(image: dict[str, Any]) -> MutableMapping[str, int]:
    """alias -> number of the version holding it, made from the versions when missing."""
    owners: MutableMapping[str, int] = image["alias_owners"]
    if not image.get("aliases_owned"):
        for number, version in image["versions"].items():
            for alias in version["aliases"]:
                owners[alias] = int(number)
        image["aliases_owned"] = True
    return owners


def _own_aliases(image: dict[str, Any], number: int, old: list[str], new: list[str]) -> None:
    """Version `number` of `image` now holds `new` aliases instead of `old` ones."""
    owners = _alias_owners(image)
    for alias in old:
        if owners.get(alias) == number:
            del owners[alias]
    for alias in new:
        owners[alias] = number


def _refuse_taken_aliases(
    image: dict[str, Any], aliases: list[str], own_version: int | None
) -> None:
    owners = _alias_owners(image)
    taken_by: dict[int, list[str]] = {}
    for alias in aliases:
        owner = owners.get(alias)
        if owner is not None and owner != own_version:
            taken_by.setdefault(owner, []).append(alias)
    if taken_by:
        number = min(taken_by)
        image_name = image["versions"][str(number)]["model"]["ImageName"]
        raise HandlerFailure(
            "ResourceConflict",
            f"Alias {', '.join(sorted(taken_by[number]))} already belongs to version {number} "
            f"of image {image_name}; remove it there first.",
        )
