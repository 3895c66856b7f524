"""The real `imgver` entry point run in-process: its exit code, stdout and stderr.

The `run` fixtures of the CLI, environment and S3-state suites are this function, each
with the environment of its own suite."""

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


def in_process(capsys: pytest.CaptureFixture[str]) -> Run:
    """A `Run` calling `main` with its arguments, output captured per call."""

    def invoke(*args: str) -> Result:
        capsys.readouterr()
        with pytest.raises(SystemExit) as caught:
            main(list(args))
        captured = capsys.readouterr()
        code = caught.value.code
        return Result(code if isinstance(code, int) else 0, captured.out, captured.err)

    return invoke
