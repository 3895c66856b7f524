"""The detail lines under a nested property that changes, for the paths and values the
table in test_diff.py does not reach: keys YAML or a path would misread, paths several
levels deep, lists inside objects, text outside ASCII, and ordered lists."""

from __future__ import annotations

from typing import Any

import pytest

from planner.plan.details import property_details


@pytest.mark.parametrize(
    ("name", "before", "after", "details"),
    [
        pytest.param(
            "Config",
            [1, 2],
            [2, 1],
            ("~ Config[0]: 1 -> 2", "~ Config[1]: 2 -> 1"),
            id="an_ordered_list_is_compared_position_by_position",
        ),
        pytest.param(
            "Config",
            [{"Key": "k", "Value": "1"}, {"Key": "l", "Value": "1"}],
            [{"Key": "l", "Value": "1"}, {"Key": "k", "Value": "2"}],
            (
                '~ Config[0].Key: "k" -> "l"',
                '~ Config[1].Key: "l" -> "k"',
                '~ Config[1].Value: "1" -> "2"',
            ),
            id="objects_with_a_key_in_an_ordered_list_are_compared_by_position",
        ),
        pytest.param(
            "Config",
            {"a b": {"x-y": [1, {"ü": "é"}]}, "on": 1},
            {"a b": {"x-y": [1, {"ü": "è"}]}, "on": 2},
            ('~ Config["a b"].x-y[1]["ü"]: "é" -> "è"', '~ Config["on"]: 1 -> 2'),
            id="keys_that_are_not_one_plain_word_are_quoted_at_every_level",
        ),
        pytest.param(
            "Config",
            {"L": [1, 2, 3]},
            {"L": [1, 2]},
            ("- Config.L[2]: 3",),
            id="an_item_removed_from_a_list_inside_an_object",
        ),
        pytest.param(
            "Config",
            {"L": [1, 2]},
            {"L": [1, 2, [3, "ß x"], {"k": [1]}]},
            ('+ Config.L[2]: [3, "ß x"]', "+ Config.L[3]: {k: [1]}"),
            id="lists_and_objects_added_inside_a_list_are_written_inline",
        ),
        pytest.param(
            "Config",
            {"A": {"B": 1, "C": 2}},
            {"A": {"B": 1}},
            ("- Config.A.C: 2",),
            id="a_key_removed_two_levels_down",
        ),
        pytest.param(
            "Config",
            {"Name": "a"},
            {"Name": "é"},
            ('~ Config.Name: "a" -> "é"',),
            id="a_value_outside_ascii_is_written_as_it_is",
        ),
        pytest.param(
            "Tags",
            [{"Key": "a b", "Value": "1"}],
            [{"Key": "a b", "Value": "2"}],
            ('~ Tags[Key="a b"].Value: "1" -> "2"',),
            id="a_tag_key_with_a_space_is_quoted",
        ),
        pytest.param(
            "Tags",
            [{"Key": "on", "Value": "1"}],
            [{"Key": "on", "Value": "2"}],
            ('~ Tags[Key="on"].Value: "1" -> "2"',),
            id="a_tag_key_yaml_reads_as_a_boolean_is_quoted",
        ),
        pytest.param(
            "Tags",
            [{"Key": "é x", "Value": "1"}],
            [{"Key": "é x", "Value": "2"}],
            ('~ Tags[Key="é x"].Value: "1" -> "2"',),
            id="a_quoted_tag_key_outside_ascii_is_written_as_it_is",
        ),
        pytest.param(
            "Tags",
            [{"Key": "né", "Value": "1"}],
            [{"Key": "né", "Value": "2"}],
            ('~ Tags[Key=né].Value: "1" -> "2"',),
            id="a_plain_tag_key_outside_ascii_stays_bare",
        ),
        pytest.param(
            "Tags",
            [{"Key": 7, "Value": "1"}],
            [{"Key": 7, "Value": "2"}],
            ('~ Tags[Key=7].Value: "1" -> "2"',),
            id="a_tag_key_that_is_not_text_is_written_as_json",
        ),
        pytest.param(
            "Tags",
            [{"Key": "k", "Value": ["a"]}],
            [{"Key": "k", "Value": ["a", "b"]}],
            ('+ Tags[Key=k].Value[1]: "b"',),
            id="a_list_inside_a_tag_is_followed_into",
        ),
        pytest.param(
            "Tags",
            [],
            [{"Key": "k", "Value": ["ß x", "y"]}],
            ('+ Tags: {Key: k, Value: ["ß x", "y"]}',),
            id="a_tag_holding_a_list_is_shown_whole_when_added_yaml_words_quoted",
        ),
    ],
)
def test_detail_lines(name: str, before: Any, after: Any, details: tuple[str, ...]) -> None:
    assert property_details(name, before, after) == details
