"""`--help` names arguments and option values by metavar, as click and Terraform-like tools do:
`imgver state rm [OPTIONS] ADDR...`, `-f, --file SPEC`; never a Python type label such as
`<str>`, `<path>` or `<list[str]>`, and no `{ADDR}` braces on a usage line."""

from __future__ import annotations

import re

import pytest

from tests.cli.conftest import Run
from tests.cli.test_docs import command_paths

# typer's labels: <str>, <path>, <int>, <float>, <bool>, <list[str]>, <int range>, <text|json>.
TYPE_LABEL = re.compile(
    r"<(str|path|int|float|bool|list\[[^\]]*\]|[a-z]+ range|[a-z]+(\|[a-z]+)+)>"
)


def all_help(run: Run) -> dict[str, str]:
    helps = {"imgver": run("--help").out}
    for path in command_paths():
        helps[" ".join(("imgver", *path))] = run(*path, "--help").out
    return helps


def test_the_label_pattern_finds_what_typer_prints() -> None:
    for label in ("ADDR <str>", "ADDR... <list[str]>", "[PLANFILE] <path>", "N <int range>"):
        assert TYPE_LABEL.search(label), label
    assert not TYPE_LABEL.search("--format [text|json|markdown|junit|html]")


def test_no_help_text_holds_a_type_label_or_braces(run: Run) -> None:
    for command, text in all_help(run).items():
        assert not TYPE_LABEL.search(text), (command, TYPE_LABEL.search(text))
        assert not re.search(r"<[^>\s]+>", text), command
        usage = text.split("\n", 1)[0]
        assert "{" not in usage and "[[" not in usage, usage


@pytest.mark.parametrize(
    ("path", "usage"),
    [
        (("apply",), "Usage: imgver apply [OPTIONS] [PLANFILE]"),
        (("show",), "Usage: imgver show [OPTIONS] [PLANFILE]"),
        (("import",), "Usage: imgver import [OPTIONS] ADDR IDENTIFIER"),
        (("state", "show"), "Usage: imgver state show [OPTIONS] ADDR"),
        (("state", "rm"), "Usage: imgver state rm [OPTIONS] ADDR..."),
        (("state", "mv"), "Usage: imgver state mv [OPTIONS] SOURCE DESTINATION"),
        (("state", "rebind"), "Usage: imgver state rebind [OPTIONS] [ADDR]..."),
        (("state", "push"), "Usage: imgver state push [OPTIONS] STATEFILE"),
        (("state", "migrate"), "Usage: imgver state migrate [OPTIONS] STATEFILE"),
        (("state", "force-unlock"), "Usage: imgver state force-unlock [OPTIONS] LOCK_ID"),
        (("plan",), "Usage: imgver plan [OPTIONS]"),
        (("state",), "Usage: imgver state [OPTIONS] COMMAND [ARGS]..."),
    ],
)
def test_the_usage_line_names_arguments_by_metavar(
    run: Run, path: tuple[str, ...], usage: str
) -> None:
    assert run(*path, "--help").out.splitlines()[0] == usage


def test_arguments_are_listed_under_their_metavar_with_their_help(run: Run) -> None:
    text = run("state", "rm", "--help").out
    arguments = text.split("Arguments:\n", 1)[1].split("\n\n", 1)[0]
    assert arguments == "  ADDR...  One or more addresses in state.  [required]"
    text = run("apply", "--help").out
    arguments = text.split("Arguments:\n", 1)[1].split("\n\n", 1)[0]
    assert arguments == "  PLANFILE  A plan saved by `plan --out`."
    assert text.index("Arguments:") < text.index("Options:")


def test_every_value_taking_option_shows_a_metavar(run: Run) -> None:
    for command, text in all_help(run).items():
        options = text.split("Options:", 1)[1] if "Options:" in text else ""
        for line in options.splitlines():
            names = line.strip().split("  ")[0]
            if not names.startswith("-"):
                continue
            # "--region REGION", "-f, --file SPEC", "--format [text|...]" or a flag alone.
            assert re.fullmatch(
                r"(-\w, )?--[a-z-]+( ([A-Z][A-Z_=.\[\]-]*|\[[a-z|]+\]|keep\|strip))?", names
            ), (
                command,
                names,
            )


def test_the_spec_option_is_named_spec_as_the_readme_writes_it(run: Run) -> None:
    assert "-f, --file SPEC" in run("plan", "--help").out


def test_a_missing_argument_is_named_by_its_metavar(run: Run) -> None:
    result = run("state", "rm")
    assert result.code == 1
    assert result.err.splitlines()[0] == "Error: Missing argument 'ADDR'."
