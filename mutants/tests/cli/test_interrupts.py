"""Ctrl-C during `imgver apply` and `imgver destroy`, end to end on the local cloud.

Ctrl-C is delivered to the main thread (where the CLI installs its SIGINT handler) once the
first operation is journaled in the state file, as a person pressing it would. An
interrupted run exits 1 like Terraform's, even when every step had already started, and
tells the person the command that continues it.
"""

from __future__ import annotations

import json
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.cli.test_workflow import edit, imgver, state_of

Run = Any  # the `run` fixture from conftest.py
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture
def spec(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("IMGVER_LOCAL_OP_SECONDS", "0")
    path = tmp_path / "imgver.yaml"
    path.write_text((EXAMPLES / "quickstart.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    return path


def _journaled(spec: Path, operation: str) -> bool:
    try:
        resources = state_of(spec)["resources"].values()
    except (OSError, json.JSONDecodeError):
        return False
    return any((r.get("pending") or {}).get("operation") == operation for r in resources)


@contextmanager
def ctrl_c_once_journaled(spec: Path, operation: str) -> Iterator[None]:
    """Press Ctrl-C once the state file journals a pending `operation`."""
    main = threading.get_ident()
    done = threading.Event()

    def press() -> None:
        deadline = time.monotonic() + 10
        while not done.is_set() and time.monotonic() < deadline:
            if _journaled(spec, operation):
                signal.pthread_kill(main, signal.SIGINT)
                return
            time.sleep(0.01)

    presser = threading.Thread(target=press)
    presser.start()
    try:
        yield
    finally:
        done.set()
        presser.join(timeout=10)
        assert not presser.is_alive()


def test_an_interrupt_after_every_step_started_still_exits_1(
    run: Run, spec: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    edit(spec, "ReleaseNotes: October refresh", "ReleaseNotes: October rebuild")
    monkeypatch.setenv("IMGVER_LOCAL_OP_SECONDS", "0.5")

    with ctrl_c_once_journaled(spec, "UPDATE"):
        result = imgver(run, spec, "apply", "--auto-approve")

    assert result.code == 1, result.out + result.err
    assert "Error: Apply interrupted" in result.err
    assert "Completed: image_versions.ds-2024-10:update" in result.err
    assert "every step had started and completed" in result.err
    props = state_of(spec)["resources"]["image_versions.ds-2024-10"]["properties"]
    assert props["ReleaseNotes"] == "October rebuild"


def test_an_interrupted_destroy_names_imgver_destroy_and_a_rerun_finishes_it(
    run: Run, spec: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    monkeypatch.setenv("IMGVER_LOCAL_OP_SECONDS", "0.5")

    with ctrl_c_once_journaled(spec, "DELETE"):
        result = imgver(run, spec, "destroy", "--auto-approve", options=("--parallelism", "1"))

    assert result.code == 1, result.out + result.err
    assert "Error: Apply interrupted" in result.err
    assert "Run imgver destroy again to continue." in result.err
    assert "imgver apply" not in result.err
    assert "images.data-science" in state_of(spec)["resources"]

    monkeypatch.setenv("IMGVER_LOCAL_OP_SECONDS", "0")
    again = imgver(run, spec, "destroy", "--auto-approve")
    assert again.code == 0, again.err
    assert state_of(spec)["resources"] == {}
    assert imgver(run, spec, "plan", "--detailed-exitcode").code == 2
