"""The canonical text and the copy of a JSON value (state.values): the text is exactly what
`json.dumps` with sorted keys, compact separators and unescaped text writes (plan files hold
digests of it), and a copy equals its original while sharing no list or object with it."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from state.values import canonical_json, copy_value, digest

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False)
    | st.text()
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


def dumped(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


@settings(max_examples=500)
@given(VALUES)
def test_the_canonical_text_is_what_json_dumps_writes_with_sorted_keys(value: Any) -> None:
    assert canonical_json(value) == dumped(value)


def test_the_canonical_text_of_a_model_sorts_keys_at_every_level_and_keeps_unicode() -> None:
    model = {"b": [{"z": 1, "a": True}], "a": "café\u2028", "c": None, "d": 1.5}

    assert canonical_json(model) == '{"a":"café\u2028","b":[{"a":true,"z":1}],"c":null,"d":1.5}'
    assert digest(model) == digest(dict(reversed(list(model.items()))))


@pytest.mark.parametrize("value", [{"when": object()}, {1: "a", "b": "c"}])
def test_a_value_json_cannot_write_is_refused_as_json_dumps_refuses_it(value: Any) -> None:
    with pytest.raises(TypeError) as expected:
        dumped(value)
    with pytest.raises(TypeError) as refused:
        canonical_json(value)

    assert str(refused.value) == str(expected.value)


def containers(value: Any) -> list[Any]:
    """Every list and dict inside `value`, itself included."""
    if isinstance(value, dict):
        return [value, *(item for inner in value.values() for item in containers(inner))]
    if isinstance(value, list):
        return [value, *(item for inner in value for item in containers(inner))]
    return []


@settings(max_examples=300)
@given(VALUES)
def test_a_copy_equals_its_original_and_shares_no_list_or_object(value: Any) -> None:
    copied = copy_value(value)

    assert dumped(copied) == dumped(value)
    originals = {id(item) for item in containers(value)}
    assert not originals & {id(item) for item in containers(copied)}
