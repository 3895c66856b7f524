"""SIGTERM and SIGHUP stop an apply like Ctrl-C: in-flight work finishes, state is saved,
the lock is released; a lock left by a process that died is taken over, saying so."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from state.recorded.lock import LockInfo

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"


def _imgver(workdir: Path, *args: str, op_seconds: str = "0") -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "IMGVER_LOCAL_OP_SECONDS": op_seconds,
        "PYTHONPATH": str(REPO),
    }
    for name in ("IMGVER_REGION", "IMGVER_DEBUG", "IMGVER_PLAN_KEY"):
        env.pop(name, None)
    return subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from planner.cli.app import main; main()",
            "--local",
            "--no-color",
            *args,
            "-f",
            str(workdir / "imgver.yaml"),
        ],
        cwd=workdir,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
    )


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    text = (EXAMPLES / "quickstart.yaml").read_text(encoding="utf-8")
    (tmp_path / "imgver.yaml").write_text(text, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP], ids=["TERM", "HUP"])
def test_a_signalled_apply_saves_state_releases_its_lock_and_a_rerun_converges(
    workdir: Path, signum: signal.Signals
) -> None:
    child = _imgver(workdir, "apply", "--auto-approve", op_seconds="1")
    assert child.stdout is not None
    for line in child.stdout:  # wait until the first operation is under way
        if "Creating" in line or "creating" in line:
            break
    child.send_signal(signum)
    out, err = child.communicate(timeout=30)

    assert child.returncode != 0
    assert "Error: " in err
    assert "Traceback" not in err
    assert not (workdir / "imgver.state.json.lock").exists()
    state = json.loads((workdir / "imgver.state.json").read_text(encoding="utf-8"))
    assert state["format"] == "imgver-state"

    rerun = _imgver(workdir, "apply", "--auto-approve")
    out, err = rerun.communicate(timeout=60)
    assert rerun.returncode == 0, err
    state = json.loads((workdir / "imgver.state.json").read_text(encoding="utf-8"))
    assert sorted(state["resources"]) == [
        "image_versions.ds-2024-09",
        "image_versions.ds-2024-10",
        "images.data-science",
    ]
    assert all(record["pending"] is None for record in state["resources"].values())


def test_the_lock_of_a_killed_apply_is_taken_over_by_the_next_run_saying_so(
    workdir: Path,
) -> None:
    child = _imgver(workdir, "apply", "--auto-approve", op_seconds="1")
    assert child.stdout is not None
    for line in child.stdout:
        if "Creating" in line or "creating" in line:
            break
    child.kill()
    child.communicate(timeout=30)
    lock = LockInfo.from_json((workdir / "imgver.state.json.lock").read_text(encoding="utf-8"))

    rerun = _imgver(workdir, "apply", "--auto-approve")
    out, err = rerun.communicate(timeout=60)

    assert rerun.returncode == 0, err
    assert f"Took over the state lock {lock.id} left by {lock.holder} (pid {lock.pid}" in err
    assert not (workdir / "imgver.state.json.lock").exists()
