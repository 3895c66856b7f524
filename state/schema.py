"""Resource-type schemas: the bundled CloudFormation registry documents and what they imply.

Owns the property classes of each supported type (create-only, read-only, write-only,
primary identifier, required, updatable), the handler permission lists, and a JSON Schema
validator (Draft 7, as the CloudFormation meta-schema uses) for resource models. Both the
planner and the embedded emulator read types from here, so they agree on every rule.

Must not: perform I/O beyond reading the bundled JSON files, or know about specs or state.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from typing import TYPE_CHECKING, Any

from state.schemacheck import Check, compile_check

if TYPE_CHECKING:
    from jsonschema import Draft7Validator
    from jsonschema.exceptions import ValidationError

IMAGE = "AWS::SageMaker::Image"
IMAGE_VERSION = "AWS::SageMaker::ImageVersion"
SUPPORTED_TYPES: tuple[str, ...] = (IMAGE, IMAGE_VERSION)

_SCHEMA_FILES = {
    IMAGE: "AWS_SageMaker_Image.json",
    IMAGE_VERSION: "AWS_SageMaker_ImageVersion.json",
}

# The write-only alias set of an image version: Cloud Control never returns it, so it is
# read through SageMaker ListAliases.
ALIASES = "Aliases"

# Lists the service treats as sets: their order carries no meaning and is not stable
# between reads, so they are compared as sets everywhere.
UNORDERED_PROPERTIES: frozenset[str] = frozenset({ALIASES, "Tags"})

PathPart = str | int


@dataclass(frozen=True)
class SchemaProblem:
    """One way a model breaks its type's schema; `path` leads from the model's root."""

    path: tuple[PathPart, ...]
    message: str

    @property
    def pointer(self) -> str:
        """The JSON Pointer of the offending value (`/Aliases/1`)."""
        return "".join(f"/{part}" for part in self.path)


def _property_names(pointers: Iterable[str]) -> frozenset[str]:
    """`/properties/Name` pointers -> top-level property names."""
    return frozenset(pointer.split("/")[2] for pointer in pointers)


@dataclass(frozen=True)
class ResourceSchema:
    """One resource type's schema and the facts the planner and emulator draw from it.

    Each fact is computed once per schema (and `load_schema` keeps one schema per type):
    the planner and the emulator test property names against them in per-property loops.
    """

    type_name: str
    document: Mapping[str, Any]

    @cached_property
    def properties(self) -> frozenset[str]:
        return frozenset(self.document["properties"])

    @cached_property
    def create_only(self) -> frozenset[str]:
        return _property_names(self.document.get("createOnlyProperties", ()))

    @cached_property
    def read_only(self) -> frozenset[str]:
        return _property_names(self.document.get("readOnlyProperties", ()))

    @cached_property
    def write_only(self) -> frozenset[str]:
        return _property_names(self.document.get("writeOnlyProperties", ()))

    @cached_property
    def primary_identifier(self) -> str:
        """The single property naming a resource of this type (both types have one)."""
        (pointer,) = self.document["primaryIdentifier"]
        return str(pointer.split("/")[2])

    def permissions(self, handler: str) -> list[str]:
        """IAM actions the given handler (create, read, update, delete, list) needs."""
        return list(self.document.get("handlers", {}).get(handler, {}).get("permissions", []))

    def validate(self, model: Mapping[str, Any]) -> list[SchemaProblem]:
        """Every schema violation of `model`, ordered by path then message.

        A model the compiled pre-check passes has none; any other is judged by jsonschema,
        which words every problem.
        """
        model = dict(model)
        if _fast_check(self.type_name)(model):
            return []
        problems = [
            problem
            for error in _validator(self.type_name).iter_errors(model)
            for problem in _explain(error)
        ]
        return sorted(set(problems), key=lambda p: (tuple(str(x) for x in p.path), p.message))


def _explain(error: ValidationError) -> list[SchemaProblem]:
    """Turn a jsonschema error into problems that point at the property concerned."""
    base = tuple(error.absolute_path)
    schema = error.schema if isinstance(error.schema, Mapping) else {}
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = set(schema.get("properties", {}))
        return [
            SchemaProblem((*base, name), "unknown property")
            for name in error.instance
            if name not in allowed
        ]
    if error.validator == "required" and isinstance(error.validator_value, list):
        present = error.instance if isinstance(error.instance, dict) else {}
        missing = [n for n in error.validator_value if n not in present]
        return [SchemaProblem((*base, name), "required property is missing") for name in missing]
    return [SchemaProblem(base, error.message)]


@cache
def _fast_check(type_name: str) -> Check:
    return compile_check(load_schema(type_name).document)


@cache
def _validator(type_name: str) -> Draft7Validator:
    from jsonschema import Draft7Validator  # imported on first use: it is slow to import

    document = load_schema(type_name).document
    Draft7Validator.check_schema(document)
    return Draft7Validator(document)


@cache
def load_schema(type_name: str) -> ResourceSchema:
    """The bundled schema of `type_name`; KeyError for a type imgver does not manage."""
    file_name = _SCHEMA_FILES[type_name]
    text = resources.files("state").joinpath("schemas", file_name).read_text(encoding="utf-8")
    return ResourceSchema(type_name=type_name, document=json.loads(text))
