"""The local cloud's old data file: one JSON document (`imgver-local-cloud` version 1).

Owns reading such a file and checking its envelope, so that the store can import it once
into its database: the bytes must be UTF-8 JSON within `state.limits`, an object with
format `imgver-local-cloud` and version 1, whose `regions` hold objects with each of
`images`, `requests`, `client_tokens`, `pending` and `sequence`, of the expected kinds.
Every problem is one `LocalCloudError` naming the file.

Must not: interpret the document beyond its envelope (the engine owns its meaning), or
touch the database (store.py imports what this returns).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from state.limits import parse_json
from state.localcloud.errors import LocalCloudError

FORMAT = "imgver-local-cloud"
VERSION = 1

_PARTITION_SHAPE: dict[str, tuple[type, str]] = {
    "images": (dict, "an object"),
    "requests": (dict, "an object"),
    "client_tokens": (dict, "an object"),
    "pending": (list, "a list"),
    "sequence": (int, "an integer"),
}


def parse_document(path: Path, raw: bytes) -> dict[str, Any]:
    """The version 1 document `raw` (read from `path`), checked; LocalCloudError if not."""
    try:
        data = parse_json(raw.decode("utf-8"))
    except ValueError as error:  # JSONDecodeError, UnicodeDecodeError, LimitExceeded
        raise LocalCloudError(
            f"The local cloud data file {path} is not valid JSON, nor a local cloud database",
            f"{error}. Delete the file to start with an empty local cloud.",
        ) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise LocalCloudError(
            f"{path} is not a local cloud data file",
            f"Expected a local cloud database, or a JSON object with format {FORMAT!r}.",
        )
    if data.get("version") != VERSION:
        raise LocalCloudError(
            f"{path} has local cloud data version {data.get('version')!r}",
            f"This imgver reads version {VERSION}. Delete the file to start afresh.",
        )
    problem = _shape_problem(data)
    if problem:
        raise LocalCloudError(
            f"{path} is a damaged local cloud data file: {problem}",
            "Delete the file to start with an empty local cloud.",
        )
    for name in ("ecr", "iam"):
        if not isinstance(data.get(name, {}), dict):
            raise LocalCloudError(
                f"{path} is a damaged local cloud data file: {name!r} is not an object",
                "Delete the file to start with an empty local cloud.",
            )
    return data


def _shape_problem(data: dict[str, Any]) -> str:
    """What is wrong with the envelope of a data file ("" when nothing is)."""
    regions = data.get("regions")
    if not isinstance(regions, dict):
        return '"regions" is not an object'
    for name, partition in regions.items():
        if not isinstance(partition, dict):
            return f"region {name!r} is not an object"
        for key, (kind, noun) in _PARTITION_SHAPE.items():
            # A region lacking a table is refused here, before any database is made from
            # it: the engine could never use it (engine._region_data).
            if key not in partition:
                return f"region {name!r} has no {key!r}"
            if not isinstance(partition[key], kind):
                return f"{key!r} of region {name!r} is not {noun}"
        for image_arn, image in (partition.get("images") or {}).items():
            if not isinstance(image, dict) or not isinstance(image.get("versions", {}), dict):
                return f"image {image_arn!r} of region {name!r} is not an object with versions"
    return ""
