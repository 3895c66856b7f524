"""What a plan with no change does not load: deepdiff (about a twentieth of a second to
import) is imported only when a property changes (`planner.plan.details`)."""

from __future__ import annotations

import subprocess
import sys


def _loaded_after(code: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys\nprint(' '.join(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    )
    return set(done.stdout.split())


def test_the_planner_and_the_command_line_load_without_deepdiff() -> None:
    loaded = _loaded_after("import planner.cli.app, planner.plan.build, planner.plan.steps")
    assert "planner.plan.diff" in loaded
    assert {"deepdiff", "planner.plan.details"} & loaded == set()


def test_the_detail_lines_of_a_change_load_deepdiff() -> None:
    loaded = _loaded_after(
        "from planner.plan.details import property_details\n"
        "assert property_details('Tags', [], [{'Key': 'a', 'Value': 'b'}])"
    )
    assert "deepdiff" in loaded
