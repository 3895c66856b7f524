"""Every command has help text and is documented in the README; CI runs the README's test command."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer.main

from planner.cli.app import app
from state.localcloud import LocalCloud

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
            ("local-cloud", "push"),
            ("permissions",),
            ("pin",),
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


def readme_imgver_commands() -> list[tuple[list[str], int]]:
    """Every `imgver ...` command in the README's shell blocks, as argument lists, each with
    the exit code its comment promises (`# exit 2: ...`; none said: 0)."""
    commands = []
    for block in re.findall(r"```sh\n(.*?)```", README, flags=re.S):
        for line in block.splitlines():
            line, _, comment = line.partition("#")
            said = re.match(r"\s*exit (\d)", comment)
            for part in line.split("&&"):
                found = re.search(r"(?:^|/)imgver (.*)$", part.strip())
                if found and "--endpoint-url" not in found.group(1) and "serve" not in found.group(1):
                    commands.append((found.group(1).split(), int(said.group(1)) if said else 0))
    return commands


def test_readme_quickstart_commands_run_as_written(run, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("IMGVER_LOCAL_OP_SECONDS", "0")
    spec = tmp_path / "quickstart.yaml"
    spec.write_text((ROOT / "examples" / "quickstart.yaml").read_text(encoding="utf-8"))
    commands = readme_imgver_commands()
    # From nothing: the base images are pushed, then the apply passes pre-flight.
    assert [args for args, _ in commands[:2]] == [
        ["local-cloud", "push", "-f", "examples/quickstart.yaml"],
        ["--local", "apply", "-f", "examples/quickstart.yaml", "--auto-approve"],
    ]
    assert 2 in [code for _, code in commands]
    for args, code in commands:
        args = [str(spec) if arg == "examples/quickstart.yaml" else arg for arg in args]
        result = run(*args)
        assert result.code == code, (args, result.out, result.err)
    # The pushed repositories are strict: the quickstart's plan really was pre-flighted.
    data = LocalCloud(tmp_path / ".imgver" / "local-cloud.db").export()
    assert sorted(data["ecr"]["123456789012/us-east-1"]) == ["ds"]
