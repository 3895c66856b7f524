"""The class of every imgver command, and the `Typer` that gives it to each command.

`Command` is a `HelpCommand` (arguments shown by metavar in `--help`) that also turns a
KeyboardInterrupt escaping the command (Ctrl-C at the approval prompt, during the refresh,
anywhere outside an apply's operations, or SIGTERM/SIGHUP, which
`planner.apply.interrupt.terminate_like_ctrl_c` raises as one) into `Interrupted`, so the
one error path prints `Error: interrupted` and exits 130. typer itself would turn it into a
silent exit 130. The `with` blocks the interrupt passes through (the state lock) are left
as it propagates, before this sees it.

The `Typer` here also evaluates each command's annotations once, when the command is
declared: the modules that declare commands use `from __future__ import annotations`, and
typer would otherwise compile and evaluate every parameter's annotation text twice
(`inspect.signature(eval_str=True)`, then `get_type_hints`) on every run, `--help`
included. An annotation that cannot be evaluated then fails at import, as it would have at
the first run.

Must not: decide anything about what a command does, or handle interrupts during an
apply's operations (`planner.apply.interrupt` does).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TextIO, TypeVar

import typer
from typer.core import TyperCommand

from planner.cli.helpformat import HelpCommand
from planner.errors import Interrupted

if TYPE_CHECKING:
    # typer (0.29 on) carries its own copy of click; its Context has no public name.
    from typer._click.core import Context

CommandFunction = TypeVar("CommandFunction", bound=Callable[..., Any])


class Command(HelpCommand):
    """An imgver command: help by metavar, Ctrl-C as `Interrupted`."""

    def invoke(self, ctx: Context) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            if _is_terminal(sys.stderr):
                # The terminal echoed ^C after whatever was on the line (the prompt, say):
                # the Error: line starts a line of its own.
                typer.echo("", err=True)
            raise Interrupted("interrupted") from None


def _is_terminal(stream: TextIO | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (ValueError, OSError):  # closed
        return False


class Typer(typer.Typer):
    """`typer.Typer` whose commands are `Command`s unless told otherwise, declared with
    their annotations already evaluated."""

    def command(
        self, name: str | None = None, *, cls: type[TyperCommand] | None = None, **kwargs: Any
    ) -> Callable[[CommandFunction], CommandFunction]:
        return _evaluating(super().command(name, cls=cls or Command, **kwargs))

    def callback(self, **kwargs: Any) -> Callable[[CommandFunction], CommandFunction]:
        return _evaluating(super().callback(**kwargs))


def _evaluating(
    register: Callable[[CommandFunction], CommandFunction],
) -> Callable[[CommandFunction], CommandFunction]:
    def declare(function: CommandFunction) -> CommandFunction:
        evaluate_annotations(function)
        return register(function)

    return declare


# One object per annotation text and module: many parameters share an alias
# (`SpecOption`, `bool`), and typer copies a parameter's `OptionInfo` before changing it.
_EVALUATED: dict[tuple[str, str], Any] = {}


def evaluate_annotations(function: Callable[..., Any]) -> None:
    """Replace `function`'s annotation texts by the objects they name in its module."""
    namespace = function.__globals__
    module = namespace["__name__"]
    evaluated = {}
    for parameter, annotation in function.__annotations__.items():
        if isinstance(annotation, str):
            key = (module, annotation)
            if key not in _EVALUATED:
                # The module's own annotation text, as typer would evaluate it.
                _EVALUATED[key] = eval(annotation, namespace)
            annotation = _EVALUATED[key]
        evaluated[parameter] = annotation
    function.__annotations__ = evaluated
