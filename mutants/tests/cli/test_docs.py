"""Every command has help text and is documented in the README; CI runs the README's test command."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer.main

from planner.cli.app import app

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def command_paths() -> list[tuple[str, ...]]:
    root = typer.main.get_command(app)
    paths: list[tuple[str, ...]] = []
    for name, command in root.commands.items():  # type: ignore[attr-defined]
        sub = getattr(command, "commands", None)
        if sub:
            paths.extend((name, child) for child in sub)
        else:
            paths.append((name,))
    return paths


def test_the_cli_has_every_designed_command() -> None:
    assert sorted(command_paths()) == sorted(
        [
            ("validate",),
            ("plan",),
            ("apply",),
            ("destroy",),
            ("drift",),
            ("show",),
            ("import",),
            ("adopt",),
            ("state", "list"),
            ("state", "show"),
            ("state", "rm"),
            ("state", "mv"),
            ("state", "rebind"),
            ("state", "pull"),
            ("state", "push"),
            ("state", "migrate"),
            ("state", "force-unlock"),
            ("local-cloud", "serve"),
            ("permissions",),
        ]
    )


@pytest.mark.parametrize("path", command_paths(), ids=" ".join)
def test_every_command_has_help_and_is_documented(run, path: tuple[str, ...]) -> None:
    result = run(*path, "--help")
    assert result.code == 0
    assert f"Usage: imgver {' '.join(path)}" in result.out
    if path[0] == "state":
        assert re.search(rf"imgver state [^`]*\b{path[1]}\b", README)
    else:
        assert f"imgver {' '.join(path)}" in README


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = re.search(r"\.venv/bin/python -m pytest[^\n`]*", ci)
    assert test_command is not None
    assert test_command.group(0) in README


def readme_imgver_commands() -> list[list[str]]:
    """Every `imgver ...` command in the README's shell blocks, as argument lists."""
    commands = []
    for block in re.findall(r"```sh\n(.*?)```", README, flags=re.S):
        for line in block.splitlines():
            line = line.split("#", 1)[0]
            found = re.search(r"(?:^|/)imgver (.*)$", line.strip())
            if found and "--endpoint-url" not in found.group(1) and "serve" not in found.group(1):
                commands.append(found.group(1).split())
    return commands


def test_readme_quickstart_commands_run_as_written(run, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("IMGVER_LOCAL_OP_SECONDS", "0")
    spec = tmp_path / "quickstart.yaml"
    spec.write_text((ROOT / "examples" / "quickstart.yaml").read_text(encoding="utf-8"))
    commands = readme_imgver_commands()
    assert commands[0] == ["--local", "apply", "-f", "examples/quickstart.yaml", "--auto-approve"]
    for args in commands:
        args = [str(spec) if arg == "examples/quickstart.yaml" else arg for arg in args]
        result = run(*args)
        assert result.code == 0, (args, result.err)
