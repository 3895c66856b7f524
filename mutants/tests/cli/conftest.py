"""Run the real `imgver` entry point in-process and capture exit code, stdout and stderr."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from planner.cli.app import main


@dataclass
class Result:
    code: int
    out: str
    err: str


Run = Callable[..., Result]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    for name in ("IMGVER_LOCAL", "IMGVER_REGION", "IMGVER_PARALLELISM", "IMGVER_DEBUG"):
        monkeypatch.delenv(name, raising=False)

    def invoke(*args: str) -> Result:
        capsys.readouterr()
        with pytest.raises(SystemExit) as caught:
            main(list(args))
        captured = capsys.readouterr()
        code = caught.value.code
        return Result(code if isinstance(code, int) else 0, captured.out, captured.err)

    return invoke
