"""The fast YAML parser: the same data and the same line marks as ruamel's round-trip one."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

import pytest
from ruamel.yaml import YAML

from planner.spec import yamlnodes

TEXT = """\
settings:
  region: eu-west-1
vars:
  on: yes
  octal: 010
  hex: 0x1F
  oct12: 0o17
  big: 1_000
  time: 1:20
  quoted: "123"
  nothing: ~
  empty:
  flag: True
  ratio: 2.5e3
  inf: -.inf
  until: 2026-12-31
base: &base
  ImageName: shared
  Horovod: false
image_versions:
  ds:
    <<: *base
    Horovod: true
    Aliases:
      - latest
      - 'v1'
    Flow: {a: 1, b: [x, y]}
"""


def ruamel(text: str) -> Any:
    return YAML(typ="rt").load(text)


def key_mark(node: Any, key: Any) -> tuple[int, int] | None:
    try:
        return tuple(node.lc.key(key))
    except KeyError:
        # ruamel does not locate keys merged in with `<<`; they are compared below.
        return None


def marks(node: Any) -> Any:
    """Every container's (line, column) marks, recursively, in a comparable shape."""
    if isinstance(node, dict):
        return {key: (key_mark(node, key), marks(value)) for key, value in node.items()}
    if isinstance(node, list):
        return [(tuple(node.lc.item(i)), marks(value)) for i, value in enumerate(node)]
    return None


@pytest.mark.parametrize("pure", [False, True], ids=["libyaml", "pure-python"])
def test_values_and_lines_match_ruamels_round_trip_loader(pure: bool) -> None:
    loaded = yamlnodes.load(TEXT, pure=pure)
    expected = ruamel(TEXT)

    assert loaded == expected
    merged = {"ImageName": None}
    assert {**marks(loaded), "image_versions": None} == {**marks(expected), "image_versions": None}
    ds = marks(loaded)["image_versions"][1]["ds"][1]
    assert ds["ImageName"][0] == (17, 2)  # line 18, where the anchored mapping says it
    assert {**ds, **merged} == {**marks(expected)["image_versions"][1]["ds"][1], **merged}
    assert loaded["vars"]["on"] == "yes" and loaded["vars"]["octal"] == 10
    assert loaded["vars"]["time"] == "1:20" and loaded["vars"]["big"] == 1000
    assert loaded["vars"]["until"] == dt.date(2026, 12, 31)
    assert loaded["vars"]["inf"] == -math.inf
    assert loaded["image_versions"]["ds"]["ImageName"] == "shared"
    assert loaded["image_versions"]["ds"]["Horovod"] is True


@pytest.mark.parametrize("pure", [False, True], ids=["libyaml", "pure-python"])
def test_a_duplicate_key_is_an_error_at_its_line(pure: bool) -> None:
    with pytest.raises(yamlnodes.MarkedYAMLError) as caught:
        yamlnodes.load("a:\n  b: 1\n  b: 2\n", pure=pure)

    assert caught.value.problem_mark is not None
    assert caught.value.problem_mark.line == 2
    assert 'found duplicate key "b"' in str(caught.value.problem)


def test_an_explicit_str_tag_gives_a_string() -> None:
    assert yamlnodes.load("a: !!str 42\n") == {"a": "42"}


def test_an_empty_document_is_none() -> None:
    assert yamlnodes.load("") is None
    assert yamlnodes.load("# only a comment\n") is None


def test_libyaml_is_used_where_installed() -> None:
    assert yamlnodes.CParser is not None
    assert type(yamlnodes._composer("a: 1")).__mro__[1] is yamlnodes.CParser
