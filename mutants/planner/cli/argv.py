"""Global options accepted after the command too: `imgver plan --local` as `imgver --local plan`.

Owns one rewrite of the argument list before parsing: every global option (an option of the
top-level group, with its value when it takes one) found after the command is moved in front
of it, unless the command has an option of the same name. `--` ends the rewrite.
Must not: parse values or know any option by name (it reads them from the click group).
"""

from __future__ import annotations

from typing import Any


def _option_table(command: Any) -> dict[str, bool]:
    """Option name -> whether it takes a value, for `command`'s own options."""
    table: dict[str, bool] = {}
    for param in getattr(command, "params", ()):
        if getattr(param, "param_type_name", "") != "option":
            continue
        takes_value = not (param.is_flag or getattr(param, "count", False))
        for name in (*param.opts, *param.secondary_opts):
            table[name] = takes_value
    return table


def _split_head(args: list[str], table: dict[str, bool]) -> int:
    """Index of the first argument that is not a global option or its value."""
    index = 0
    while index < len(args):
        word = args[index]
        if word == "--" or not word.startswith("-"):
            return index
        name, has_equals, _ = word.partition("=")
        index += 1
        if table.get(name) and not has_equals:
            index += 1
    return index


def hoist_global_options(args: list[str], group: Any) -> list[str]:
    """`args` with the global options that follow the command moved before it."""
    table = _option_table(group)
    start = _split_head(args, table)
    if start >= len(args) or args[start] == "--":
        return args
    command: Any = group
    own: dict[str, bool] = {}
    for word in args[start:]:
        sub = getattr(command, "commands", {}).get(word)
        if sub is None:
            break
        command = sub
        own.update(_option_table(sub))
    hoisted: list[str] = []
    kept: list[str] = []
    rest = args[start:]
    index = 0
    while index < len(rest):
        word = rest[index]
        if word == "--":
            kept.extend(rest[index:])
            break
        name, has_equals, _ = word.partition("=")
        if not word.startswith("--") or name not in table or name in own:
            kept.append(word)
            index += 1
            continue
        hoisted.append(word)
        index += 1
        if table[name] and not has_equals and index < len(rest):
            hoisted.append(rest[index])
            index += 1
    return [*args[:start], *hoisted, *kept]
