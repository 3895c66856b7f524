"""A copy of examples/environments/imgver.yaml (three environments, two accounts, two
regions) in a temporary folder, and the real `imgver` entry point run in-process."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.clirun import Run, in_process

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "environments" / "imgver.yaml"


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    for name in ("IMGVER_LOCAL", "IMGVER_REGION", "IMGVER_PARALLELISM", "IMGVER_ENV"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("IMGVER_LOCAL_OP_SECONDS", "0")
    return in_process(capsys)


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    path = tmp_path / "imgver.yaml"
    path.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    return path
