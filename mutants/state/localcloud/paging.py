"""Pagination for the local cloud's list operations: MaxResults and opaque NextTokens.

Entries come as (sort key, item) pairs sorted by key. A NextToken records the key of the
last entry returned, not an offset, so a resource created or deleted between two pages
neither repeats nor hides the entries after it.

Must not: know what is being listed.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from state.localcloud.errors import ApiError

Item = TypeVar("Item")

MAX_PAGE = 100


def paginate(
    entries: Sequence[tuple[str, Item]], params: Mapping[str, Any], default_size: int
) -> tuple[list[Item], str | None]:
    """One page of `entries` as asked by the request's `MaxResults` and `NextToken`."""
    size = params.get("MaxResults", default_size)
    if isinstance(size, bool) or not isinstance(size, int) or not 1 <= size <= MAX_PAGE:
        raise ApiError(
            "ValidationException",
            f"1 validation error detected: Value '{size}' at 'maxResults' failed to satisfy "
            f"constraint: Member must have value between 1 and {MAX_PAGE}",
        )
    token = params.get("NextToken")
    if token is not None:
        after = _decode(token)
        entries = [entry for entry in entries if entry[0] > after]
    page = entries[:size]
    next_token = _encode(page[-1][0]) if len(entries) > size else None
    return [item for _, item in page], next_token


def _encode(key: str) -> str:
    return base64.b64encode(json.dumps({"after": key}).encode("utf-8")).decode("ascii")


def _decode(token: Any) -> str:
    try:
        key = json.loads(base64.b64decode(str(token), validate=True))["after"]
    except (ValueError, TypeError, KeyError, binascii.Error):
        key = None
    if not isinstance(key, str):
        raise ApiError("ValidationException", f"Invalid NextToken: {token}")
    return key
