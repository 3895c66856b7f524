"""Limits on what the spec loader reads: each refusal is one problem naming the file, the
line, the property and the limit, and comes at once instead of a hang or a traceback."""

from __future__ import annotations

import textwrap
import time
from pathlib import Path

import pytest

from planner.errors import SpecError
from planner.spec.limits import nesting_problem
from planner.spec.loader import load_spec
from state.limits import LimitExceeded, check_value

VERSION = """
image_versions:
  ds:
    ImageName: data-science
    BaseImage: 123456789012.dkr.ecr.us-east-1.amazonaws.com/ds:1
"""


def problems_of(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "imgver.yaml"
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(SpecError) as caught:
        load_spec(path)
    assert time.monotonic() - started < 10
    return [str(problem) for problem in caught.value.problems]


def laughs(levels: int) -> str:
    lines = ['  l0: &l0 "lol"']
    for level in range(1, levels):
        refs = ", ".join([f"*l{level - 1}"] * 10)
        lines.append(f"  l{level}: &l{level} [{refs}]")
    return "vars:\n" + "\n".join(lines) + "\n"


@pytest.mark.parametrize("section", ["vars", "settings"])
def test_a_billion_laughs_is_refused_at_once_naming_the_limit(tmp_path: Path, section: str) -> None:
    text = laughs(10).replace("vars:", f"{section}:") + VERSION
    found = problems_of(tmp_path, text)
    assert len(found) == 1
    assert "expands to more than the limit of 1,000,000 values" in found[0]
    assert found[0].startswith(f"{tmp_path / 'imgver.yaml'}:")


def test_an_endless_spec_file_is_refused_at_the_size_limit(tmp_path: Path) -> None:
    with pytest.raises(SpecError) as caught:
        load_spec(Path("/dev/zero"))
    assert [str(p) for p in caught.value.problems] == [
        "/dev/zero: the spec is larger than the limit of 8,000,000 bytes"
    ]


@pytest.mark.parametrize("depth", [70, 50_000])
def test_deep_nesting_is_refused_naming_the_limit(tmp_path: Path, depth: int) -> None:
    text = "vars:\n  deep: " + "[" * depth + "]" * depth + "\n" + VERSION
    found = problems_of(tmp_path, text)
    assert len(found) == 1
    assert "deeper than the limit of 64 levels" in found[0]


def test_a_huge_integer_is_refused(tmp_path: Path) -> None:
    found = problems_of(tmp_path, VERSION + "    Horovod: " + "9" * 5000 + "\n")
    assert len(found) == 1
    assert "integer" in found[0] and "limit" in found[0]


def test_a_recursive_value_is_refused_naming_where() -> None:
    loop: list[object] = []
    loop.append({"again": loop})
    with pytest.raises(LimitExceeded) as caught:
        check_value({"settings": loop})
    assert str(caught.value) == "it refers to itself (a recursive alias)"
    assert caught.value.where == ("settings", 0, "again")


def test_brackets_in_quoted_text_and_comments_are_not_nesting() -> None:
    deep = "[" * 100
    assert nesting_problem(f"a: \"{deep}\"\nb: '{deep}'\n# {deep}\nc: [[1]]\n") == ""
    assert nesting_problem("a: " + deep) == "the spec nests deeper than the limit of 64 levels"


def test_a_lone_surrogate_is_refused_with_its_line_and_property(tmp_path: Path) -> None:
    # libyaml refuses the escape while parsing; the pure-Python parser reads it and the
    # loader refuses the text naming the property.
    found = problems_of(tmp_path, VERSION + '    ReleaseNotes: "bad \\ud800 text"\n')
    assert len(found) == 1
    assert found[0].startswith(f"{tmp_path / 'imgver.yaml'}:5: ")
    assert "Unicode" in found[0]


def test_a_custom_tag_on_a_map_is_refused(tmp_path: Path) -> None:
    found = problems_of(tmp_path, "settings: !foo\n  region: us-east-1\n" + VERSION)
    assert any("the YAML tag !foo is not supported" in problem for problem in found)


def test_a_timestamp_where_a_property_expects_text_is_refused(tmp_path: Path) -> None:
    found = problems_of(tmp_path, VERSION + "    ReleaseNotes: 2024-10-01\n")
    assert found == [
        f"{tmp_path / 'imgver.yaml'}:5: image_versions.ds.ReleaseNotes: a YAML timestamp is "
        "not text: quote it if it is meant as a string"
    ]
