"""The nesting scan skips quoted text and comments exactly as the token-by-token scan it
replaced (kept here as the reference) did."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.spec.limits import nesting_problem
from state.limits import MAX_DEPTH

_FLOW_TOKEN = re.compile(r'\\"|[\[\]{}"\'\n]|(?:^|(?<=\s))#', re.MULTILINE)


def reference(text: str) -> str:
    """The token-by-token scan nesting_problem replaced."""
    depth = 0
    quote = ""
    for match in _FLOW_TOKEN.finditer(text):
        token = match.group()
        if quote:
            if token == ("\n" if quote == "#" else quote):
                quote = ""
            continue
        if token in ('"', "'", "#"):
            quote = token
        elif token in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return f"the spec nests deeper than the limit of {MAX_DEPTH} levels"
        elif token in "]}":
            depth = max(depth - 1, 0)
    return ""


PIECES = st.sampled_from(
    ["[", "{", "]", "}", '"', "'", "\\", "#", " ", "\n", "a", "[" * 30, "{" * 40, '\\"']
)


@settings(max_examples=3000, deadline=None)
@given(st.lists(PIECES, max_size=60))
def test_the_nesting_scan_answers_as_the_token_scan(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert nesting_problem(text) == reference(text)
