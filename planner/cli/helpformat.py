"""How `--help` shows a command's arguments: by their metavar alone, as click and most
command-line tools write them.

typer labels every argument with its Python type (`ADDR <str>`, `ADDR... <list[str]>`,
`[PLANFILE] <path>`) and wraps required ones in braces on the usage line (`{ADDR}`), whatever
`rich_markup_mode` says. `Typer` here makes every command a `HelpCommand` (through the
documented `cls=` of `Typer.command`), which writes the usage line as
`imgver state rm [OPTIONS] ADDR...` / `imgver apply [OPTIONS] [PLANFILE]` and lists each
argument under its metavar, keeping typer's help text, default and `[required]`.

Must not: change how options are shown or how anything is parsed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import typer
from typer.core import TyperArgument, TyperCommand

if TYPE_CHECKING:
    # typer (0.29 on) carries its own copy of click; these two have no public names.
    from typer._click.core import Context
    from typer._click.formatting import HelpFormatter

CommandFunction = TypeVar("CommandFunction", bound=Callable[..., Any])


def argument_name(argument: TyperArgument) -> str:
    """`ADDR`, or `ADDR...` when it takes several values."""
    name = argument.metavar or (argument.name or "").upper()
    return f"{name}..." if argument.nargs != 1 else name


def usage_piece(argument: TyperArgument) -> str:
    """The argument on the usage line: `ADDR`, `ADDR...`, `[PLANFILE]`, `[ADDR]...`."""
    name = argument.metavar or (argument.name or "").upper()
    if not argument.required:
        name = f"[{name}]"
    return f"{name}..." if argument.nargs != 1 else name


class HelpCommand(TyperCommand):
    """A typer command whose help shows arguments by metavar, without type labels."""

    def collect_usage_pieces(self, ctx: Context) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if isinstance(param, TyperArgument):
                pieces.append(usage_piece(param))
            else:
                pieces.extend(param.get_usage_pieces(ctx))
        return pieces

    def format_options(self, ctx: Context, formatter: HelpFormatter) -> None:
        arguments: list[tuple[str, str]] = []
        options: list[tuple[str, str]] = []
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is None:
                continue
            if isinstance(param, TyperArgument):
                arguments.append((argument_name(param), record[1]))
            else:
                options.append(record)
        if arguments:
            with formatter.section("Arguments"):
                formatter.write_dl(arguments)
        if options:
            with formatter.section("Options"):
                formatter.write_dl(options)


class Typer(typer.Typer):
    """`typer.Typer` whose commands are `HelpCommand`s unless told otherwise."""

    def command(
        self, name: str | None = None, *, cls: type[TyperCommand] | None = None, **kwargs: Any
    ) -> Callable[[CommandFunction], CommandFunction]:
        return super().command(name, cls=cls or HelpCommand, **kwargs)
