"""The local cloud's HTTP endpoint (`imgver local-cloud serve`, a real subprocess) stopped and
started again while `imgver --endpoint-url URL apply` runs: the apply either rides out the
outage on its retries or fails cleanly (exit 1, one `Error:` line, no traceback, the lock
released, every request it made journaled), and a rerun against the restarted endpoint
converges with no duplicate version and nothing lost."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.converged import DECLARED, assert_converged

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
IMGVER = [sys.executable, "-c", "from planner.cli.app import main; main()"]


def _environ() -> dict[str, str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "AWS_ACCESS_KEY_ID": "test",
        "AWS_SECRET_ACCESS_KEY": "test",
        "AWS_DEFAULT_REGION": "us-east-1",
    }
    for name in (
        "IMGVER_LOCAL",
        "IMGVER_REGION",
        "IMGVER_DEBUG",
        "IMGVER_PLAN_KEY",
        "IMGVER_ENDPOINT_URL",
        "AWS_PROFILE",
        "AWS_ENDPOINT_URL",
        "AWS_MAX_ATTEMPTS",
    ):
        env.pop(name, None)
    return env


class Endpoint:
    """One `imgver local-cloud serve` process at a time, on one port and data file."""

    def __init__(self, workdir: Path) -> None:
        self.data = workdir / "cloud.json"
        self.workdir = workdir
        self.port = 0
        self.process: subprocess.Popen[str] | None = None

    def start(self) -> str:
        self.process = subprocess.Popen(
            [
                *IMGVER,
                "local-cloud",
                "serve",
                "--port",
                str(self.port),
                "--data",
                str(self.data),
                "--op-seconds",
                "0.5",
            ],
            cwd=self.workdir,
            env=_environ(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            text=True,
        )
        assert self.process.stdout is not None
        first = self.process.stdout.readline()
        assert first.startswith("Local cloud listening on http://127.0.0.1:"), first
        url = first.split()[4]
        self.port = int(url.rsplit(":", 1)[1])
        return url

    def stop(self, signum: signal.Signals) -> None:
        assert self.process is not None
        self.process.send_signal(signum)
        self.process.communicate(timeout=30)
        self.process = None


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    text = (EXAMPLES / "quickstart.yaml").read_text(encoding="utf-8")
    (tmp_path / "imgver.yaml").write_text(text, encoding="utf-8")
    return tmp_path


@pytest.fixture
def endpoint(workdir: Path) -> Iterator[Endpoint]:
    serving = Endpoint(workdir)
    yield serving
    if serving.process is not None:
        serving.process.kill()
        serving.process.communicate(timeout=30)


def _apply(workdir: Path, url: str, *, max_attempts: int | None = None) -> subprocess.Popen[str]:
    """`imgver apply` against `url`; `max_attempts` is the AWS SDKs' AWS_MAX_ATTEMPTS (attempts
    per call, the first one included), else imgver's default of 9."""
    env = _environ()
    if max_attempts is not None:
        env["AWS_MAX_ATTEMPTS"] = str(max_attempts)
    return subprocess.Popen(
        [
            *IMGVER,
            "--endpoint-url",
            url,
            "--no-color",
            "apply",
            "--auto-approve",
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


def _wait_for_a_version_create(apply: subprocess.Popen[str]) -> list[str]:
    """Read the apply's output until a version's create is in flight."""
    assert apply.stdout is not None
    seen = []
    for line in apply.stdout:
        seen.append(line)
        if line.startswith("image_versions.") and line.rstrip().endswith("Creating..."):
            return seen
    raise AssertionError("the apply ended before creating a version:\n" + "".join(seen))


def _state(workdir: Path) -> dict[str, object]:
    loaded: dict[str, object] = json.loads(
        (workdir / "imgver.state.json").read_text(encoding="utf-8")
    )
    return loaded


def _assert_clean_end(workdir: Path, code: int, err: str) -> None:
    """Exit 0, or exit 1 with one `Error:` line; no traceback, no lock left behind."""
    assert code in (0, 1), (code, err)
    errors = [line for line in err.splitlines() if line.startswith("Error:")]
    assert len(errors) == (1 if code == 1 else 0), err
    assert "Traceback" not in err, err
    assert not (workdir / "imgver.state.json.lock").exists()


def _rerun_until_converged(workdir: Path, url: str) -> list[tuple[int, str, str]]:
    history = []
    for _ in range(3):
        rerun = _apply(workdir, url)
        out, err = rerun.communicate(timeout=60)
        history.append((rerun.returncode, out, err))
        if rerun.returncode == 0 and "No changes." in out:
            break
    return history


def test_an_apply_whose_endpoint_dies_fails_with_one_error_and_the_rerun_after_restart_converges(
    workdir: Path, endpoint: Endpoint
) -> None:
    url = endpoint.start()
    # Two attempts per call: the calls to the dead endpoint give up after one retry instead
    # of botocore's backoff through nine attempts (about 6 s per call).
    apply = _apply(workdir, url, max_attempts=2)
    before = _wait_for_a_version_create(apply)

    endpoint.stop(signal.SIGKILL)
    out, err = apply.communicate(timeout=60)

    # The version's request outlived every retry: the apply fails, naming the endpoint.
    assert apply.returncode == 1, (before, out, err)
    _assert_clean_end(workdir, apply.returncode, err)
    assert f"Cannot reach {url}/" in out + err
    # Nothing lost: the image is recorded, and each version whose create went out is
    # journaled with its tokens, so the rerun waits for that request instead of a new one.
    resources = _state(workdir)["resources"]
    assert isinstance(resources, dict)
    assert resources["images.data-science"]["pending"] is None
    in_flight = [record for record in resources.values() if record["pending"] is not None]
    assert in_flight, resources
    assert all(record["pending"]["operation"] == "CREATE" for record in in_flight)
    assert all(record["pending"]["client_token"] for record in in_flight)

    url = endpoint.start()
    history = _rerun_until_converged(workdir, url)

    assert history[0][0] == 0, history
    assert "No changes." in history[-1][1], history
    endpoint.stop(signal.SIGINT)
    assert_converged(workdir / "imgver.state.json", endpoint.data, DECLARED, history)


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGKILL], ids=["INT", "KILL"])
def test_an_endpoint_restarted_a_moment_later_leaves_the_apply_whole_or_cleanly_failed(
    workdir: Path, endpoint: Endpoint, signum: signal.Signals
) -> None:
    url = endpoint.start()
    apply = _apply(workdir, url)
    _wait_for_a_version_create(apply)

    endpoint.stop(signum)
    time.sleep(1)
    assert endpoint.start() == url
    out, err = apply.communicate(timeout=60)

    _assert_clean_end(workdir, apply.returncode, err)
    history = [(apply.returncode, out, err), *_rerun_until_converged(workdir, url)]
    assert "No changes." in history[-1][1], history
    endpoint.stop(signal.SIGINT)
    assert_converged(workdir / "imgver.state.json", endpoint.data, DECLARED, history)
