"""The package's shape: a light import, and every module saying what it owns."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "state" / "localcloud"


def test_importing_the_package_does_not_import_boto3() -> None:
    code = (
        "import sys, state.localcloud; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('boto3', 'botocore')))"
    )

    output = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout

    assert output.strip() == "[]"


@pytest.mark.parametrize("module", sorted(PACKAGE.glob("*.py")), ids=lambda path: path.name)
def test_every_module_opens_with_a_docstring(module: Path) -> None:
    assert ast.get_docstring(ast.parse(module.read_text()))
