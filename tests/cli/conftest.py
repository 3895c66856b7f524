"""Run the real `imgver` entry point in-process and capture exit code, stdout and stderr."""

from __future__ import annotations

import pytest

from tests.clirun import Result, Run, in_process

__all__ = ["Result", "Run"]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    for name in ("IMGVER_LOCAL", "IMGVER_REGION", "IMGVER_PARALLELISM", "IMGVER_DEBUG"):
        monkeypatch.delenv(name, raising=False)
    return in_process(capsys)
