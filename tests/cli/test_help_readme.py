"""README and `--help` in step: every option any `--help` shows is in the README, and every
imgver option the README names exists."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tests.cli.test_docs import command_paths

ROOT = Path(__file__).resolve().parents[2]
OPTION = re.compile(r"(?<![\w-])--[a-z][a-z-]*[a-z]")


def help_options(run: Any) -> set[str]:
    options: set[str] = set()
    for path in [(), *command_paths()]:
        text = run(*path, "--help").out
        section = text.split("Options:", 1)[1] if "Options:" in text else ""
        for line in section.splitlines():
            if line.strip().startswith("-"):
                options.update(OPTION.findall(line.strip().split("  ")[0]))
    return options


def readme_options() -> set[str]:
    """Options in the README, leaving out lines about other tools (aws, pip, pytest, checkov, python -m bench)."""
    options: set[str] = set()
    for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines():
        if re.search(r"\b(aws|pip|pytest|checkov|bench)\b ", line):
            line = re.sub(r"\b(aws|pip|pytest|checkov|bench)\b [^`|]*", "", line)
        options.update(OPTION.findall(line))
    return options


def test_every_help_option_is_in_the_readme(run: Any) -> None:
    missing = help_options(run) - readme_options() - {"--help"}
    assert not missing, f"options in --help but not in README.md: {sorted(missing)}"


def test_every_readme_option_exists(run: Any) -> None:
    unknown = readme_options() - help_options(run)
    assert not unknown, f"options in README.md that no --help shows: {sorted(unknown)}"
