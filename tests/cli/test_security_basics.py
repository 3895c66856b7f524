"""Security basics through the command line: what imgver writes is private to its user,
secrets in an endpoint URL never reach the output (not even with --debug), and
`local-cloud serve` warns when it listens beyond this machine."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
Run = Any  # the `run` fixture from conftest.py

SPEC = """settings:
  region: us-east-1
  backend: {type: local, path: private/team/imgver.state.json}

images:
  ds:
    ImageName: ds
    ImageRoleArn: arn:aws:iam::123456789012:role/SageMakerImages

image_versions:
  v1:
    ImageName: ds
    BaseImage: 123456789012.dkr.ecr.us-east-1.amazonaws.com/ds:v1
    ReleaseNotes: first
"""


@pytest.fixture
def umask_022() -> Iterator[None]:
    """The most common umask: files 0644 and folders 0755 unless imgver says otherwise."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_state_backup_plan_lock_and_local_cloud_files_are_0600_in_0700_folders(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, umask_022: None
) -> None:
    monkeypatch.setenv("IMGVER_LOCAL_OP_SECONDS", "0")
    monkeypatch.chdir(tmp_path)
    spec = tmp_path / "imgver.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    assert run("--local", "apply", "--auto-approve", "-f", str(spec)).code == 0
    spec.write_text(SPEC.replace("first", "second"), encoding="utf-8")
    planfile = tmp_path / "change.imgplan"
    assert run("--local", "plan", "--out", str(planfile), "-f", str(spec)).code == 0
    assert run("--local", "apply", str(planfile), "-f", str(spec)).code == 0

    state = tmp_path / "private" / "team" / "imgver.state.json"
    data = tmp_path / ".imgver"
    files = [
        state,
        state.with_name("imgver.state.json.backup"),
        planfile,
        *data.iterdir(),
    ]
    assert data / "local-cloud.db" in files
    assert {path.name: mode(path) for path in files} == {path.name: 0o600 for path in files}
    folders = [tmp_path / "private", tmp_path / "private" / "team", data]
    assert {str(path): mode(path) for path in folders} == {str(path): 0o700 for path in folders}
    # The spec's own folder is the user's: imgver leaves its mode alone.
    assert mode(tmp_path) == stat.S_IMODE(os.stat(tmp_path).st_mode)


@pytest.mark.parametrize("debug", [False, True], ids=["plain", "debug"])
def test_a_password_in_the_endpoint_url_never_reaches_the_output(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, debug: bool
) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY")
    monkeypatch.setenv("AWS_MAX_ATTEMPTS", "1")
    spec = tmp_path / "imgver.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    with socket.socket() as unused:  # a port nothing listens on
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    url = f"http://deploy:hunter2secret@127.0.0.1:{port}"

    result = run(*(["--debug"] if debug else []), "--endpoint-url", url, "plan", "-f", str(spec))

    assert result.code == 1
    assert "Error: Cannot reach http://***@127.0.0.1:" in result.err
    output = result.out + result.err
    for secret in ("hunter2secret", "wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY"):
        assert secret not in output
    assert ("Traceback (most recent call last)" in output) == debug


def _serve(tmp_path: Path, host: str) -> tuple[str, str]:
    """Start `local-cloud serve`, read what it says while starting, stop it."""
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from planner.cli.app import main; main()",
            "local-cloud",
            "serve",
            "--host",
            host,
            "--port",
            "0",
            "--data",
            str(tmp_path / "cloud.json"),
        ],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
    )
    assert child.stdout is not None
    first = child.stdout.readline()
    child.terminate()
    out, err = child.communicate(timeout=20)
    return first + out, err


def test_serve_binds_loopback_by_default_and_warns_when_told_otherwise(tmp_path: Path) -> None:
    out, err = _serve(tmp_path, "127.0.0.1")
    assert out.startswith("Local cloud listening on http://127.0.0.1:")
    assert "Warning" not in err

    out, err = _serve(tmp_path, "0.0.0.0")
    assert out.startswith("Local cloud listening on http://0.0.0.0:")
    assert (
        "Warning: 0.0.0.0 is not a loopback address, so other machines can reach this local "
        "cloud, and it checks no credentials."
    ) in err


def test_yaml_tags_that_construct_python_objects_are_refused_not_run(
    run: Run, tmp_path: Path
) -> None:
    marker = tmp_path / "pwned"
    spec = tmp_path / "imgver.yaml"
    spec.write_text(
        SPEC.replace(
            "ReleaseNotes: first",
            f'ReleaseNotes: !!python/object/apply:os.system ["touch {marker}"]',
        ),
        encoding="utf-8",
    )

    result = run("validate", "-f", str(spec))

    assert result.code == 1
    assert result.err.startswith(f"Error: {spec}")
    assert not marker.exists()
