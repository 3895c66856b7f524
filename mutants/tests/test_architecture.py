"""The rules of the house in docs/ARCHITECTURE.md, checked on every module's imports.

Imports are read from the syntax tree, including those inside functions (imgver imports
heavy libraries lazily) but not those under `if TYPE_CHECKING:`.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MODULES = sorted(
    path for package in ("planner", "state") for path in (ROOT / package).rglob("*.py")
)

# Who may import boto3/botocore: the cloud adapter, the S3 store and the local cloud.
AWS_SDK_HOMES = ("state/cloud/", "state/recorded/s3.py", "state/localcloud/")
# The pure planning core: no I/O, no AWS, no terminal.
PURE_CORE = (
    "planner/spec/desired.py",
    "planner/plan/changes.py",
    "planner/plan/diff.py",
    "planner/plan/steps.py",
    "planner/plan/build.py",
    "planner/plan/moves.py",
    "planner/plan/removed.py",
    "planner/plan/retention.py",
    "planner/spec/retention.py",
    "planner/spec/blocks.py",
    "planner/drift/compare.py",
    "state/values.py",
    "state/recorded/model.py",
)
IO_MODULES = (
    "boto3",
    "botocore",
    "os",
    "pathlib",
    "socket",
    "subprocess",
    "tempfile",
    "shutil",
    "sqlite3",
    "threading",
    "time",
    "typer",
    "rich",
    "state.files",
    "state.cloud",
    "state.localcloud",
    "state.recorded.local",
    "state.recorded.s3",
    "state.recorded.backends",
    "planner.apply",
    "planner.cli",
    "planner.render",
    "planner.plan.refresh",
    "planner.plan.planfile",
    "planner.drift.job",
)


def _name(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports_of(path: Path) -> set[str]:
    """Every module `path` imports at run time."""
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


def _within(module: str, prefixes: tuple[str, ...]) -> bool:
    return any(module == prefix or module.startswith(prefix + ".") for prefix in prefixes)


@pytest.mark.parametrize("path", MODULES, ids=_name)
def test_state_never_imports_the_planner(path: Path) -> None:
    if not _name(path).startswith("state/"):
        pytest.skip("a planner module")
    assert not [m for m in imports_of(path) if _within(m, ("planner",))]


@pytest.mark.parametrize("path", MODULES, ids=_name)
def test_boto3_only_at_the_aws_boundaries(path: Path) -> None:
    if _name(path).startswith(AWS_SDK_HOMES):
        pytest.skip("an AWS boundary")
    assert not [m for m in imports_of(path) if _within(m, ("boto3", "botocore"))]


@pytest.mark.parametrize("path", MODULES, ids=_name)
def test_typer_only_in_the_command_line(path: Path) -> None:
    if _name(path).startswith("planner/cli/"):
        pytest.skip("the command line")
    assert not [m for m in imports_of(path) if _within(m, ("typer", "click"))]


@pytest.mark.parametrize("module", PURE_CORE)
def test_the_planning_core_imports_no_io(module: str) -> None:
    assert not [m for m in imports_of(ROOT / module) if _within(m, IO_MODULES)]


@pytest.mark.parametrize("path", MODULES, ids=_name)
def test_every_module_says_what_it_owns(path: Path) -> None:
    docstring = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
    if path.name == "__main__.py":
        assert docstring
        return
    assert docstring and len(docstring) > 40, f"{_name(path)} has no opening docstring"


def test_imports_are_seen_inside_functions_and_not_under_type_checking(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    import boto3\n"
        "def f():\n    import botocore.exceptions\n"
    )
    assert imports_of(sample) == {"typing", "botocore.exceptions"}
