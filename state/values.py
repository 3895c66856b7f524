"""JSON values compared and written one way everywhere: plan, drift, plan files, the local cloud.

Owns: the canonical text of a JSON value (for hashes, fingerprints and set ordering), a
fast deep copy of one, and the equality of two values as JSON sees them, where a boolean is
never a number (`true` and `1` differ, as they do to AWS). Must not: know what a property
means (set-like properties are put in order by their callers first).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Final

# Values a deep copy keeps as they are: immutable, so never shared in a way that matters.
_SCALARS: Final = frozenset({str, int, float, bool, type(None)})


# `json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)` builds a
# new encoder on every call, which costs about as much as encoding a resource model: the
# C encoder json.dumps uses is built once here, with the same settings (the same text).
_MAKE_ENCODER: Final = getattr(json.encoder, "c_make_encoder", None)
_CANONICAL: Final = (
    None
    if _MAKE_ENCODER is None
    else _MAKE_ENCODER(
        None,  # no check for circular values, which no JSON value has
        json.JSONEncoder().default,
        json.encoder.encode_basestring,
        None,  # indent
        ":",
        ",",
        True,  # sort_keys
        False,  # skipkeys
        True,  # allow_nan
    )
)


def canonical_json(value: Any) -> str:
    """One text per JSON value whatever its key order: for hashing and set ordering."""
    if _CANONICAL is None:
        return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return "".join(_CANONICAL(value, 0))


def digest(value: Any) -> str:
    """The SHA-256 of a value's canonical JSON, in hex: equal values, equal digests."""
    return hashlib.sha256(canonical_json(value).encode("utf-8")).hexdigest()


def copy_value(value: Any) -> Any:
    """A deep copy of a JSON value (dicts, lists, scalars), several times faster than
    `copy.deepcopy`; other objects (immutable scalars such as dates) are shared."""
    # Scalars, most values, are immutable: kept without a call. A dict is copied whole
    # first (in C, faster than a comprehension builds one), then its containers replaced.
    if isinstance(value, dict):
        copied = dict(value)
        for key, item in copied.items():
            if type(item) not in _SCALARS:
                copied[key] = copy_value(item)
        return copied
    if isinstance(value, list):
        return [item if type(item) in _SCALARS else copy_value(item) for item in value]
    return value


def same_value(left: Any, right: Any) -> bool:
    """Whether two JSON values are equal, with booleans never equal to numbers.

    Python holds `True == 1` (and `[True] == [1]`); JSON and AWS do not, so a boolean
    property read back as a number is a difference to plan and to drift alike.
    """
    if type(left) is str:  # most values: what the last line answers, sooner
        return bool(left == right)
    if isinstance(left, bool) or isinstance(right, bool):
        return type(left) is type(right) and left == right
    if isinstance(left, dict) and isinstance(right, dict):
        return left.keys() == right.keys() and all(same_value(left[k], right[k]) for k in left)
    if isinstance(left, list) and isinstance(right, list):
        return len(left) == len(right) and all(map(same_value, left, right))
    return bool(left == right)
