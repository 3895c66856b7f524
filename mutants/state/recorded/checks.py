"""What a state document must hold before imgver trusts it: the field-by-field checks.

Owns `document_problem`, which names the first field of a parsed state document that has
the wrong type or an impossible value (a version below 1, a negative serial, an empty
lineage once written, a record that is not an object, an address without a section, an
identifier that is not text or names another region than its record). Anything it lets
through `State.from_document` can convert without guessing, so a damaged state is refused
by name instead of re-creating resources that still exist. Must not: do I/O or know what a
resource's properties mean.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Final

from state.schema import IMAGE, IMAGE_VERSION

__all__ = ["document_problem"]

# `#deposed`: the old object of an interrupted replacement; `#retired-<Version>`: a version
# kept by `on_replace: retain` under its image's retention policy.
_ADDRESS: Final = re.compile(r"^[a-z_]+\.[A-Za-z0-9][A-Za-z0-9_-]*(#deposed|#retired-[0-9]+)?$")
_ARN_REGION: Final = re.compile(r"^arn:aws[a-z-]*:sagemaker:(?P<region>[^:]*):")
_TYPES: Final = (IMAGE, IMAGE_VERSION)
_PENDING_TEXT: Final = ("client_token", "started")


def document_problem(document: Mapping[str, Any]) -> str:
    """The first problem of a state document whose format is right ("" when none)."""
    version, serial, lineage = (document.get(key) for key in ("version", "serial", "lineage"))
    if not _at_least(version, 1):
        return f'"version" must be a whole number of at least 1, not {version!r}'
    if not _at_least(serial, 0):
        return f'"serial" must be a whole number of at least 0, not {serial!r}'
    if not isinstance(lineage, str) or (not lineage and serial != 0):
        return f'"lineage" must be the text that names this state\'s history, not {lineage!r}'
    for key in ("account", "region", "environment"):
        if key in document and not isinstance(document[key], str):
            return f'"{key}" must be text, not {document[key]!r}'
    resources = document.get("resources", {})
    if resources is None:
        resources = {}
    if not isinstance(resources, dict):
        return f'"resources" must be an object, not {type(resources).__name__}'
    for address, record in resources.items():
        problem = _record_problem(address, record)
        if problem:
            return f'resources["{address}"]: {problem}'
    return ""


def _record_problem(address: str, record: Any) -> str:
    if not _ADDRESS.match(address):
        return (
            "the address must be <section>.<name> (with #deposed for a deposed object, "
            "#retired-<Version> for a retired version)"
        )
    if not isinstance(record, dict):
        return f"the record must be an object, not {type(record).__name__}"
    if record.get("type") not in _TYPES:
        return f'"type" must be one of {", ".join(_TYPES)}, not {record.get("type")!r}'
    identifier, region = record.get("identifier"), record.get("region", "")
    if identifier is not None and (not isinstance(identifier, str) or not identifier):
        return f'"identifier" must be text or null, not {identifier!r}'
    if not isinstance(region, str):
        return f'"region" must be text, not {region!r}'
    arn = _ARN_REGION.match(identifier or "")
    if arn and region and arn.group("region") != region:
        return (
            f'"identifier" {identifier} is in region {arn.group("region")}, the record in {region}'
        )
    properties = record.get("properties", {})
    if properties is not None and not isinstance(properties, dict):
        return f'"properties" must be an object, not {type(properties).__name__}'
    pending = record.get("pending")
    if pending is not None:
        if not isinstance(pending, dict):
            return f'"pending" must be an object or null, not {type(pending).__name__}'
        for key in _PENDING_TEXT:
            if not isinstance(pending.get(key), str):
                return f'"pending.{key}" must be text, not {pending.get(key)!r}'
        token = pending.get("request_token")
        if token is not None and not isinstance(token, str):
            return f'"pending.request_token" must be text or null, not {token!r}'
    return ""


def _at_least(value: Any, low: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= low
