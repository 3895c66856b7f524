"""Kill an apply at random moments and run it again: nothing duplicated, nothing lost.

Each run is a child process (`tests.apply.apply_child`) doing what `imgver apply` does:
resume the journal, plan, apply, against a LocalStore and the local cloud's data file.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from state.recorded.local import LocalStore
from state.schema import IMAGE, IMAGE_VERSION
from tests.apply.apply_child import open_local

REPO = Path(__file__).resolve().parents[2]
KILLS_PER_PHASE = 3
MAX_KILL_DELAY = 1.0  # seconds after the child is ready; one apply takes about 1-2 s


def run_child(workdir: Path, phase: str, kill_after: float | None) -> tuple[int, str]:
    """Run one apply; SIGKILL it `kill_after` seconds after it is ready (None: let it finish)."""
    env = {**os.environ, "IMGVER_LOCAL_OP_SECONDS": "0.3"}
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.apply.apply_child", str(workdir), phase],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    ready = child.stdout.readline().strip()
    if kill_after is not None and ready == "started":
        try:
            child.wait(timeout=kill_after)
        except subprocess.TimeoutExpired:
            child.kill()
    out, err = child.communicate(timeout=120)
    if child.returncode == -9:
        # The killed apply held the state lock; its holder is gone, so clear it as a
        # person would with `imgver state force-unlock`.
        (workdir / "state.json.lock").unlink(missing_ok=True)
    return child.returncode, (ready + "\n" + out + err).strip()


@pytest.mark.parametrize("phase", ["create", "replace"])
def test_killed_applies_rerun_until_done_leave_no_duplicates_and_lose_nothing(
    tmp_path: Path, phase: str
) -> None:
    seed = random.randrange(1_000_000)
    dice = random.Random(seed)
    cloud = open_local(tmp_path)
    store = LocalStore(tmp_path / "state.json")
    if phase == "replace":
        # The replacements start from the applied first phase, reached without kills.
        assert run_child(tmp_path, "create", None)[0] == 0

    history = []
    for attempt in range(KILLS_PER_PHASE + 4):
        kill_after = dice.uniform(0, MAX_KILL_DELAY) if attempt < KILLS_PER_PHASE else None
        history.append(run_child(tmp_path, phase, kill_after))
        if history[-1][1].endswith("no changes"):
            break
    assert history[-1][1].endswith("no changes"), (seed, history)

    state = store.read()
    assert sorted(state.resources) == [
        "image_versions.latest",
        "image_versions.mid",
        "image_versions.old",
        "images.ds",
    ], (seed, history)
    assert all(record.pending is None for record in state.resources.values())
    recorded = sorted(
        record.identifier or ""
        for record in state.resources.values()
        if record.type == IMAGE_VERSION
    )
    live = sorted(item.identifier for item in cloud.list(IMAGE_VERSION, image_name="ds"))
    assert live == recorded, (seed, history)
    assert [item.identifier for item in cloud.list(IMAGE)] == [
        state.resources["images.ds"].identifier
    ]
