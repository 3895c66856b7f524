"""Ctrl-C typed at a real terminal: `imgver` runs under a pseudo-terminal (python's `pty`),
and the test types \\x03, so the terminal driver sends SIGINT as it does for a person. At the
approval prompt and during the refresh before a plan, the command stops with exit code 130
and one `Error: interrupted` line on a line of its own, releases the state lock and changes nothing."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
IMGVER = [sys.executable, "-c", "from planner.cli.app import main; main()"]
CTRL_C = b"\x03"


def run_in_terminal(
    workdir: Path, args: list[str], press_when: Callable[[bytes], bool], env: dict[str, str]
) -> tuple[int, str]:
    """Run imgver on a pseudo-terminal, type Ctrl-C once `press_when(output so far)` holds;
    its exit code and everything it wrote (stdout and stderr share the terminal)."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: imgver, its standard streams on the terminal
        os.chdir(workdir)
        os.execve(
            sys.executable,
            [*IMGVER, *args],
            env,
        )
    output = b""
    pressed = False
    deadline = time.monotonic() + 30
    try:
        while time.monotonic() < deadline:
            if not pressed and press_when(output):
                os.write(fd, CTRL_C)
                pressed = True
            ready, _, _ = select.select([fd], [], [], 0.05)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            output += chunk
    finally:
        os.close(fd)
    _, status = os.waitpid(pid, 0)
    assert pressed, output.decode(errors="replace")
    return os.waitstatus_to_exitcode(status), output.decode(errors="replace").replace("\r\n", "\n")


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    text = (EXAMPLES / "quickstart.yaml").read_text(encoding="utf-8")
    (tmp_path / "imgver.yaml").write_text(text, encoding="utf-8")
    return tmp_path


def environ(**extra: str) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "IMGVER_LOCAL_OP_SECONDS": "0", **extra}
    for name in ("IMGVER_LOCAL", "IMGVER_REGION", "IMGVER_DEBUG", "IMGVER_PLAN_KEY", "NO_COLOR"):
        env.pop(name, None)
    return env


def snapshot(workdir: Path) -> dict[str, bytes]:
    """Every file imgver keeps: state, its backup, the local cloud's data."""
    files = [workdir / "imgver.state.json", workdir / "imgver.state.json.backup"]
    files += sorted((workdir / ".imgver").glob("*.json"))
    return {str(path): path.read_bytes() for path in files if path.exists()}


def assert_stopped_by_ctrl_c(code: int, output: str) -> None:
    errors = [line for line in output.splitlines() if "Error:" in line]
    assert code == 130, (code, output[-400:])
    assert errors == ["Error: interrupted"], output
    assert "Traceback" not in output


def test_ctrl_c_at_the_approval_prompt_exits_130_with_an_error_and_changes_nothing(
    workdir: Path,
) -> None:
    env = environ()
    args = ["--local", "--no-color", "apply", "-f", "imgver.yaml"]
    before = snapshot(workdir)

    asked_at: list[float] = []

    def asked(out: bytes) -> bool:
        # A moment after the prompt, as a person types: \x03 in the instant between the
        # prompt's write and the read that follows it would reach Python before the read
        # starts, and the read would not be interrupted (a race in any Python program).
        if not asked_at and b"Enter a value:" in out:
            asked_at.append(time.monotonic())
        return bool(asked_at) and time.monotonic() - asked_at[0] > 0.3

    code, output = run_in_terminal(workdir, args, asked, env)

    assert_stopped_by_ctrl_c(code, output)
    assert "Plan: 3 to add" in output
    assert not (workdir / "imgver.state.json.lock").exists()
    assert snapshot(workdir) == before


def test_ctrl_c_during_the_refresh_exits_130_with_an_error_and_changes_nothing(
    workdir: Path,
) -> None:
    applied = subprocess.run(
        [*IMGVER, "--local", "--no-color", "apply", "--auto-approve", "-f", "imgver.yaml"],
        cwd=workdir,
        env=environ(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert applied.returncode == 0, applied.stderr
    text = (workdir / "imgver.yaml").read_text(encoding="utf-8")
    (workdir / "imgver.yaml").write_text(text.replace("October refresh", "Oct"), encoding="utf-8")
    before = snapshot(workdir)
    lock = workdir / "imgver.state.json.lock"

    # Every call to the local cloud takes 3 s: half a second after apply took the lock, it
    # is waiting for its reads.
    locked_at: list[float] = []

    def reading(out: bytes) -> bool:
        if not locked_at and lock.exists():
            locked_at.append(time.monotonic())
        return bool(locked_at) and time.monotonic() - locked_at[0] > 0.5

    code, output = run_in_terminal(
        workdir,
        ["--local", "--no-color", "apply", "-f", "imgver.yaml"],
        reading,
        environ(IMGVER_LOCAL_LATENCY_MS="3000"),
    )

    assert_stopped_by_ctrl_c(code, output)
    assert "Plan:" not in output and "Enter a value" not in output
    assert not lock.exists()
    assert snapshot(workdir) == before
