"""The fast path (yaml-rs) gives exactly the data yamlnodes gives, or defers to it.

Differential: on generated specs (block and flow styles, every quoting style, scalars
that YAML 1.1, YAML 1.2 and yaml-rs read differently) and on raw YAML-ish text, whenever
`load_plain` answers, yamlnodes reads the same text without error into the same data:
same types, same values, same key order.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from bench.workload import resources, spec_text
from planner.errors import SpecError
from planner.spec import fastyaml, yamlnodes
from planner.spec.limits import value_problems
from planner.spec.loader import load_spec

# Scalars whose reading differs between YAML 1.1, YAML 1.2, yamlnodes and yaml-rs.
TRICKY = [
    "yes",
    "no",
    "on",
    "off",
    "y",
    "n",
    "010",
    "0x1F",
    "0X1F",
    "0o17",
    "0O17",
    "0b11",
    "+0x1F",
    "-0o7",
    "1_000",
    "_1",
    "1_",
    "1_0.5",
    "1e3",
    "1E3",
    "1.",
    ".5",
    "-.5",
    "+1",
    "-0",
    "00",
    ".inf",
    "-.inf",
    "+.inf",
    ".Inf",
    ".INF",
    ".nan",
    ".NaN",
    ".nAn",
    "inf",
    "nan",
    "infinity",
    "2024-01-01",
    "2024-1-1",
    "2024-01-01T10:00:00",
    "2024-01-01 10:00",
    "10:20:30",
    "1:20",
    "~",
    "null",
    "Null",
    "NULL",
    "nULL",
    "true",
    "True",
    "TRUE",
    "tRue",
    "false",
    "False",
    "",
    " ",
    "a b",
    "a#b",
    "a #b",
    "img0",
    "it's",
    'say "hi"',
    "x&y",
    "a*b",
    "hi!",
    "<<",
    "a: b",
    "- a",
    "[a]",
    "{a}",
    "a,b",
    "@x",
    "`x",
    "%x",
    "a\nb",
    "123456789012.dkr.ecr.us-east-1.amazonaws.com/ds:1",
    "arn:aws:iam::123456789012:role/x",
    "12345678901234567890123",
    "9223372036854775808",
    "\u00e9t\u00e9",
    "a\tb",
    "a\\b",
]
# Text both read as text: most of a real spec.
TEXT = [
    "img0",
    "a b",
    "x&y",
    "hi!",
    "it's",
    "a#b",
    "yes",
    "on",
    "nULL",
    "tRue",
    "inf",
    "nan",
    "1:20",
    "2024-01-01T10:00:00",
    "PyTorch 2.3",
    "TRAINING",
    "a,b",
    "a:b",
    "a-b",
    "-a",
    ".x",
    "123456789012.dkr.ecr.us-east-1.amazonaws.com/ds:1",
    "arn:aws:iam::123456789012:role/x",
]
KEYS = ["ImageName", "BaseImage", "Aliases", "a", "b", "yes", "1", "true", "null", "<<", "x y"]


def shape(value: Any) -> Any:
    """Types, values and key order, comparable (`==` on dicts ignores order and subclasses)."""
    if isinstance(value, dict):
        return ("map", [(shape(k), shape(v)) for k, v in value.items()])
    if isinstance(value, list):
        return ("seq", [shape(v) for v in value])
    return (type(value).__name__, repr(value))


def assert_same_as_yamlnodes(text: str) -> bool:
    """The fast answer, if any, equals yamlnodes' data; True when the fast path answered."""
    fast = fastyaml.load_plain(text)
    if fast is None:
        return False
    slow = yamlnodes.load(text)  # must not raise: the fast path only takes what it reads
    assert shape(fast) == shape(slow), text
    assert value_problems(fast) == []
    return True


def quoted(text: str, style: str) -> str:
    if style == "single":
        return "'" + text.replace("'", "''").replace("\n", "\n\n") + "'"
    if style == "double":
        return json.dumps(text)
    return text


scalars = st.tuples(
    st.sampled_from(TRICKY) | st.sampled_from(TEXT) | st.sampled_from(TEXT),
    st.sampled_from(["plain", "single", "double"]),
)
keys = st.tuples(st.sampled_from(KEYS), st.sampled_from(["plain", "single", "double"]))
values: st.SearchStrategy[Any] = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.lists(st.tuples(keys, children), max_size=4),
    ),
    max_leaves=12,
)


def flow(value: Any) -> str:
    if isinstance(value, tuple):
        return quoted(*value)
    if value and isinstance(value[0], tuple) and isinstance(value[0][0], tuple):
        return "{" + ", ".join(f"{quoted(*k)}: {flow(v)}" for k, v in value) + "}"
    return "[" + ", ".join(flow(v) for v in value) + "]"


def block(value: Any, indent: int, literal: bool) -> str:
    pad = " " * indent
    if isinstance(value, tuple):
        text, style = value
        if literal and style == "plain" and text.strip():
            return " |-\n" + "\n".join(pad + "  " + line for line in text.split("\n"))
        return " " + quoted(text, style)
    if not value:
        return " []"
    if isinstance(value[0], tuple) and isinstance(value[0][0], tuple):
        return "\n" + "\n".join(
            f"{pad}{quoted(*k)}:{block(v, indent + 2, literal)}" for k, v in value
        )
    return "\n" + "\n".join(f"{pad}-{block(v, indent + 2, literal)}" for v in value)


documents = st.tuples(
    st.lists(st.tuples(keys, values), min_size=1, max_size=5),
    st.sampled_from(["block", "flow", "mixed"]),
    st.booleans(),
)


def render(entries: list[Any], style: str, literal: bool) -> str:
    lines = []
    for key, value in entries:
        if style == "flow" or (style == "mixed" and not isinstance(value, tuple)):
            lines.append(f"{quoted(*key)}: {flow(value)}")
        else:
            lines.append(f"{quoted(*key)}:{block(value, 2, literal)}")
    return "\n".join(lines) + "\n"


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_generated_specs_read_as_yamlnodes_reads_them(document: Any) -> None:
    text = render(*document)
    try:
        assert_same_as_yamlnodes(text)
    except yamlnodes.YAMLError as error:
        pytest.fail(f"the fast path took a text yamlnodes refuses: {error}\n{text}")


YAMLISH = st.lists(
    st.sampled_from([*"ab01:- \n'\"#[]{},.&*!?|>%@`~_xoTtNn=+^;$()/", "  ", ": ", "- ", "\n  "]),
    max_size=30,
).map("".join)


@settings(max_examples=3000, deadline=None)
@given(YAMLISH)
def test_any_text_the_fast_path_takes_reads_as_yamlnodes_reads_it(text: str) -> None:
    assume(text.strip())
    try:
        assert_same_as_yamlnodes(text)
    except yamlnodes.YAMLError as error:
        pytest.fail(f"the fast path took a text yamlnodes refuses: {error}\n{text!r}")


def test_the_fast_path_takes_block_and_flow_specs_with_bools_nulls_and_quoted_text() -> None:
    text = (
        "settings: {region: us-east-1}\n"
        "images:\n"
        "  ds:\n"
        "    ImageName: ds  # a comment\n"
        "    lifecycle: {prevent_destroy: true, follow_tag: False}\n"
        "    Description: 'it''s yes'\n"
        "    DisplayName:\n"
        "image_versions:\n"
        "  ds-v1:\n"
        "    ImageName: ds\n"
        "    Aliases: [latest, 'v1', \"on\"]\n"
        "    ReleaseNotes: 'first: line\n\n      second'\n"
        '    Processor: "a\n      b"\n'
        "    Horovod: ~\n"
    )
    assert assert_same_as_yamlnodes(text)
    assert assert_same_as_yamlnodes(spec_text(resources(3, 30)))


@pytest.mark.parametrize(
    "text",
    [
        "a: 010\n",  # a number: the parsers differ on some
        "a: 0b11\n",
        "a: '2024-01-01'\n",  # text yamlnodes would read as a date were it plain
        'a: "true"\n',
        "a: ''\n",
        "a: &x b\nc: *x\n",  # anchors and aliases
        "a: !!str b\n",  # tags
        "base: {x: 1}\na:\n  <<: {y: z}\n",  # merge keys
        "a:\tb\n",  # tabs
        "a: |\n",  # block scalars (yaml-rs reads an empty one as a line end)
        "a: >-\n  x\n",
        "a: \u00e9\n",  # not ASCII
        'a: "x\\ty"\n',  # escapes
        "? a\n: b\n",  # complex keys
        "%YAML 1.2\n---\na: b\n",  # directives, markers
        "a: b\n---\nc: d\n",
        "- a\n",  # not a mapping
        "a: 1\na: 2\n",  # duplicate keys: yamlnodes words them
        "a:\n" + "".join("  " * i + "- \n" for i in range(70)),  # deep block nesting
        # Text yaml-rs takes and libyaml refuses: a plain scalar starting with `:` or `>`
        # in a flow collection, `- ` in a flow mapping over lines, `]` in a block scalar.
        "a: [:x]\n",
        "{:x}\n",
        "{>}\n",
        "a: [>b]\n",
        "{tbxo\n- \n- \n  a: b}\n",
        "true]0': {bn: :x}\n",
        "a: x [b] c\n",  # brackets in a block scalar
        "a: [b,\n  c]\n",  # a flow collection over lines
        "a: 'x' # [c]\n",  # a bracket in a comment
    ],
)
def test_the_fast_path_defers_what_it_cannot_prove(text: str) -> None:
    assert fastyaml.load_plain(text) is None


def test_without_yaml_rs_every_spec_goes_through_yamlnodes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "imgver.yaml"
    path.write_text(spec_text(resources(2, 6)), encoding="utf-8")
    fast = load_spec(path)
    monkeypatch.setattr(fastyaml, "yaml_rs", None)
    assert fastyaml.load_plain(path.read_text()) is None
    assert load_spec(path) == fast


SPEC = """\
settings:
  region: us-east-1
images:
  ds:
    ImageName: ds
    ImageRoleArn: arn:aws:iam::123456789012:role/images
    lifecycle: {prevent_destroy: true}
image_versions:
  ds-v1:
    ImageName: ds
    BaseImage: 123456789012.dkr.ecr.us-east-1.amazonaws.com/ds:1
    Aliases: [latest]

  ds-v2:
    ImageName: ds
    BaseImage: 123456789012.dkr.ecr.us-east-1.amazonaws.com/ds:2
    Aliases: [stable, latest, Stable]
    JobType: SLEEPING
"""


def test_lines_of_resources_and_problems_are_those_yamlnodes_finds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "imgver.yaml"
    good = SPEC.split("  ds-v2:")[0]
    path.write_text(good, encoding="utf-8")
    assert fastyaml.load_plain(good) is not None
    fast = load_spec(path)
    assert [r.line for r in fast.resources.values()] == [4, 9]
    path.write_text(SPEC, encoding="utf-8")
    with pytest.raises(SpecError) as fast_error:
        load_spec(path)
    monkeypatch.setattr(fastyaml, "yaml_rs", None)
    with pytest.raises(SpecError) as slow_error:
        load_spec(path)
    found = [str(problem) for problem in fast_error.value.problems]
    assert found == [str(problem) for problem in slow_error.value.problems]
    assert found == [
        f"{path}:17: image_versions.ds-v2.Aliases[1]: alias 'latest' is already on "
        "image_versions.ds-v1: an alias names one version of image 'ds'",
        f"{path}:17: image_versions.ds-v2.Aliases[2]: alias 'Stable' differs only in case "
        "from 'stable' (Aliases[0]); SageMaker may treat them as one alias",
        f"{path}:18: image_versions.ds-v2.JobType: 'SLEEPING' is not one of "
        "['TRAINING', 'INFERENCE', 'NOTEBOOK_KERNEL']",
    ]
