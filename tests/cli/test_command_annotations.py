"""Commands are declared with their annotations evaluated, so typer does not compile and
evaluate each parameter's annotation text on every run (`imgver --help` included)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

import pytest
import typer
from typer.testing import CliRunner

from planner.cli.app import app, local_cloud_app, state_app
from planner.cli.command import Typer


def _declared_functions() -> list[tuple[str, Callable[..., Any]]]:
    functions: list[tuple[str, Callable[..., Any] | None]] = []
    for group in (app, state_app, local_cloud_app):
        if group.registered_callback is not None:
            functions.append(("callback", group.registered_callback.callback))
        functions += [(info.name or "?", info.callback) for info in group.registered_commands]
    return [(name, function) for name, function in functions if function is not None]


def test_every_command_and_callback_holds_evaluated_annotations() -> None:
    functions = _declared_functions()
    assert len(functions) > 20
    texts = {
        (name, parameter)
        for name, function in functions
        for parameter, annotation in function.__annotations__.items()
        if isinstance(annotation, str)
    }
    assert texts == set()


def test_a_shared_option_alias_is_one_object_for_every_command() -> None:
    specs = {
        id(function.__annotations__["file"])
        for _, function in _declared_functions()
        if "file" in getattr(function, "__annotations__", {})
    }
    assert len(specs) == 1


Count = Annotated[int, typer.Option("--count", help="How many.")]


def test_an_evaluated_command_parses_its_options_as_typer_would() -> None:
    demo = Typer()

    @demo.command()
    def first(count: Count = 1, loud: bool = False) -> None:
        typer.echo(f"first {count} {loud}")

    @demo.command()
    def second(count: Count = 2) -> None:
        typer.echo(f"second {count}")

    runner = CliRunner()
    assert runner.invoke(demo, ["first", "--count", "3", "--loud"]).output == "first 3 True\n"
    assert runner.invoke(demo, ["second"]).output == "second 2\n"
    assert first.__annotations__["count"] is second.__annotations__["count"]


def test_an_annotation_naming_nothing_fails_when_the_command_is_declared() -> None:
    demo = Typer()
    with pytest.raises(NameError, match="Undefined"):

        @demo.command()
        def broken(value: Undefined) -> None:  # type: ignore[name-defined]  # noqa: F821
            pass
