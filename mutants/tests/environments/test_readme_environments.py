"""The README's environment commands run as written, on a copy of the example spec."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from tests.environments.conftest import EXAMPLE

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def shell_commands() -> list[list[str]]:
    commands = []
    for block in re.findall(r"```shell\n(.*?)```", README, flags=re.S):
        for line in block.splitlines():
            found = re.search(r"^imgver (.*)$", line.split("#", 1)[0].strip())
            if found:
                commands.append(found.group(1).split())
    return commands


def test_the_readme_environment_commands_run_as_written(
    run: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "examples" / "environments"
    folder.mkdir(parents=True)
    (folder / "imgver.yaml").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    commands = shell_commands()
    assert len(commands) == 4
    for args in commands:
        result = run(*args)
        assert result.code == 0, (args, result.out, result.err)
    suites = ET.parse(tmp_path / "drift.xml").getroot().findall("testsuite")
    assert [suite.get("name") for suite in suites] == ["imgver drift dev", "imgver drift staging"]
