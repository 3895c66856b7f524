"""Variable files (`--var-file FILE`, YAML or JSON) read into values for the spec's `vars`.

Owns reading one file of `NAME: value` pairs with line numbers, the same scalar rules as
the spec's own `vars:` (string, number or bool), and merging several files (later wins).
Every problem names file, line and variable. Must not: know which variables the spec
declares (the loader checks that) or read the spec.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from planner.errors import SpecError, SpecProblem

VAR_FILE_HINT = "a mapping of NAME: value (string, number or bool)"


@dataclass(frozen=True)
class VarValue:
    """A variable's value and where it was set (for messages naming file and line)."""

    value: str
    file: str
    line: int


def read_var_files(paths: Sequence[Path]) -> dict[str, VarValue]:
    """Every variable set by `paths`, a later file winning; SpecError listing every problem."""
    values: dict[str, VarValue] = {}
    problems: list[SpecProblem] = []
    for path in paths:
        values.update(_read_one(path, problems))
    if problems:
        raise SpecError(problems)
    return values


def _read_one(path: Path, problems: list[SpecProblem]) -> dict[str, VarValue]:
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    file = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        problems.append(SpecProblem(file, 0, "", "variable file not found (--var-file)"))
        return {}
    except (OSError, UnicodeDecodeError) as error:
        problems.append(SpecProblem(file, 0, "", f"cannot read the variable file: {error}"))
        return {}
    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = False
    try:
        root: Any = yaml.load(text)
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else 0
        problems.append(SpecProblem(file, line, "", f"invalid YAML or JSON: {error.problem}"))
        return {}
    except YAMLError as error:
        problems.append(SpecProblem(file, 0, "", f"invalid YAML or JSON: {error}"))
        return {}
    if root is None:
        return {}
    if not isinstance(root, dict):
        problems.append(SpecProblem(file, 1, "", f"must be {VAR_FILE_HINT}"))
        return {}
    values: dict[str, VarValue] = {}
    for name, value in root.items():
        line = int(root.lc.key(name)[0]) + 1  # type: ignore[attr-defined]
        if value is None or isinstance(value, dict | list):
            problems.append(
                SpecProblem(
                    file, line, str(name), "a variable's value must be a string, number or bool"
                )
            )
            continue
        values[str(name)] = VarValue(_scalar_text(value), file, line)
    return values


def _scalar_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
