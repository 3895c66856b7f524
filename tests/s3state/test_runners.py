"""Many CI runners sharing S3 state: separate `imgver` processes (the local cloud standing in
for SageMaker, state in S3 on a moto server over HTTP). Runners on different environments
never block each other; two on one environment are serialised by its S3 lock object
(created with If-None-Match): the second waits for `--lock-timeout`, or is refused with the
holder named. Afterwards no state write is lost and no lock object is left behind."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.s3state.conftest import BUCKET, s3

KEY = "imgver.state.json"
ACCOUNT_DEV, ACCOUNT_PROD = "111111111111", "222222222222"
# How long each create stays IN_PROGRESS in the local cloud for a runner that must hold its
# lock a while: with imgver's polling (0.5 s, then x1.5) about 2.4 s per operation.
SLOW_OP_SECONDS = "2"
DEADLINE_SECONDS = 25.0

SPEC = """\
settings:
  region: us-east-1
  backend: {type: s3, bucket: BUCKET, key: KEY, region: us-east-1, endpoint_url: 'ENDPOINT'}
environments:
  dev: {account: "111111111111", region: us-east-1, vars: {account: "111111111111"}}
  staging:
    {account: "111111111111", region: eu-west-1, vars: {account: "111111111111", region: eu-west-1}}
  prod:
    {account: "222222222222", region: eu-west-1, vars: {account: "222222222222", region: eu-west-1}}
vars:
  account: "111111111111"
  region: us-east-1   # SageMaker builds only from ECR images of its own region
images:
  data-science:
    ImageName: data-science
    ImageRoleArn: arn:aws:iam::${var.account}:role/SageMakerImages
image_versions:
  ds-2024-10:
    ImageName: data-science
    BaseImage: ${var.account}.dkr.ecr.${var.region}.amazonaws.com/ds:2024.10
    Aliases: [stable]
  ds-2024-11:
    ImageName: data-science
    BaseImage: ${var.account}.dkr.ecr.${var.region}.amazonaws.com/ds:2024.11
    Aliases: [candidate]
"""
ALL = sorted(["images.data-science", "image_versions.ds-2024-10", "image_versions.ds-2024-11"])
WHERE = {
    "dev": (ACCOUNT_DEV, "us-east-1"),
    "staging": (ACCOUNT_DEV, "eu-west-1"),
    "prod": (ACCOUNT_PROD, "eu-west-1"),
}


@dataclass
class Runner:
    """One `imgver` process, its output going to files (no pipe can fill up and stall it)."""

    name: str
    process: subprocess.Popen[bytes]
    folder: Path
    ended: float | None = None

    @property
    def out(self) -> str:
        return (self.folder / f"{self.name}.out").read_text(encoding="utf-8")

    @property
    def err(self) -> str:
        return (self.folder / f"{self.name}.err").read_text(encoding="utf-8")


@pytest.fixture
def spec(tmp_path: Path, moto_endpoint: str) -> Path:
    path = tmp_path / "imgver.yaml"
    text = SPEC.replace("BUCKET", BUCKET).replace("KEY", KEY).replace("ENDPOINT", moto_endpoint)
    path.write_text(text, encoding="utf-8")
    return path


def start(
    name: str, spec: Path, env: str, *args: str, op_seconds: str = "0", lock_timeout: str = "0"
) -> Runner:
    folder = spec.parent
    environ = dict(os.environ, IMGVER_LOCAL_OP_SECONDS=op_seconds)
    command = [sys.executable, "-m", "planner", "--local", "--no-color", "--env", env]
    command += ["--lock-timeout", lock_timeout, "apply", "-f", str(spec), "--auto-approve", *args]
    with (
        open(folder / f"{name}.out", "wb") as out,
        open(folder / f"{name}.err", "wb") as err,
    ):
        process = subprocess.Popen(
            command, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=environ, cwd=folder
        )
    return Runner(name, process, folder)


def finish(*runners: Runner) -> None:
    """Wait for every runner, noting when each ended; fail past the deadline."""
    deadline = time.monotonic() + DEADLINE_SECONDS
    while any(runner.ended is None for runner in runners):
        for runner in runners:
            if runner.ended is None and runner.process.poll() is not None:
                runner.ended = time.monotonic()
        assert time.monotonic() < deadline, "a runner did not finish in time"
        time.sleep(0.05)


def stop(runners: list[Runner]) -> None:
    """Kill any runner still running (after a failed wait), so none outlives its test."""
    for runner in runners:
        if runner.process.poll() is None:
            runner.process.kill()
            runner.process.wait()


def lock_key(env: str) -> str:
    return f"{env}/{KEY}.lock"


def keys(endpoint: str) -> list[str]:
    listed = s3(endpoint).list_objects_v2(Bucket=BUCKET)
    return sorted(item["Key"] for item in listed.get("Contents", []))


def state_of(endpoint: str, env: str) -> dict[str, Any]:
    body = s3(endpoint).get_object(Bucket=BUCKET, Key=f"{env}/{KEY}")["Body"].read()
    return json.loads(body)


def wait_for_locks(endpoint: str, wanted: set[str], runners: list[Runner]) -> None:
    """Until every key in `wanted` exists at one moment (the runners hold those locks)."""
    deadline = time.monotonic() + DEADLINE_SECONDS
    while not wanted <= set(keys(endpoint)):
        ended = [runner.name for runner in runners if runner.process.poll() is not None]
        assert not ended, f"{ended} ended before the locks {sorted(wanted)} were all held"
        assert time.monotonic() < deadline, f"the locks {sorted(wanted)} were never all held"
        time.sleep(0.05)


def assert_applied(endpoint: str, env: str, addresses: list[str]) -> dict[str, Any]:
    state = state_of(endpoint, env)
    account, region = WHERE[env]
    assert (state["account"], state["region"], state["environment"]) == (account, region, env)
    assert sorted(state["resources"]) == addresses
    for address, record in state["resources"].items():
        assert record["pending"] is None, address
        assert record["identifier"].startswith(f"arn:aws:sagemaker:{region}:{account}:"), address
    return state


def test_runners_on_different_environments_all_hold_their_locks_at_once(
    spec: Path, moto_endpoint: str
) -> None:
    runners = [start(env, spec, env, op_seconds=SLOW_OP_SECONDS) for env in WHERE]
    try:
        # Each environment's lock is held at the same moment: none waited for another
        # (with --lock-timeout 0 a runner that met a held lock would have failed).
        wait_for_locks(moto_endpoint, {lock_key(env) for env in WHERE}, runners)
        finish(*runners)
    finally:
        stop(runners)

    for runner in runners:
        assert runner.process.returncode == 0, runner.err
        assert "Apply complete! Resources: 3 added, 0 changed" in runner.out
    lineages = {assert_applied(moto_endpoint, env, ALL)["lineage"] for env in WHERE}
    assert len(lineages) == len(WHERE)  # three states, three histories
    assert keys(moto_endpoint) == sorted(
        [f"{env}/{KEY}" for env in WHERE] + [f"{env}/{KEY}.backup" for env in WHERE]
    )


def test_a_second_runner_on_one_environment_waits_for_the_lock_and_loses_nothing(
    spec: Path, moto_endpoint: str
) -> None:
    first = start(
        "first", spec, "dev", "--target", "image_versions.ds-2024-10", op_seconds=SLOW_OP_SECONDS
    )
    runners = [first]
    try:
        wait_for_locks(moto_endpoint, {lock_key("dev")}, runners)
        # Started while the lock is held: it must wait, then plan from the first's state.
        second = start(
            "second", spec, "dev", "--target", "image_versions.ds-2024-11", lock_timeout="20s"
        )
        elsewhere = start("elsewhere", spec, "prod")
        runners += [second, elsewhere]
        finish(*runners)
    finally:
        stop(runners)

    assert first.process.returncode == 0, first.err
    assert second.process.returncode == 0, second.err
    assert elsewhere.process.returncode == 0, elsewhere.err
    assert "Apply complete! Resources: 2 added" in first.out
    # The image the first created was in the state the second read: it added only its version.
    assert "Apply complete! Resources: 1 added, 0 changed" in second.out
    assert first.ended is not None and second.ended is not None and second.ended > first.ended
    # Both runs' records are in dev's one state: neither overwrote the other's writes.
    assert_applied(moto_endpoint, "dev", ALL)
    assert_applied(moto_endpoint, "prod", ALL)
    assert not [key for key in keys(moto_endpoint) if key.endswith(".lock")]


def test_a_second_runner_without_a_lock_timeout_is_refused_naming_the_holder(
    spec: Path, moto_endpoint: str
) -> None:
    first = start("first", spec, "dev", op_seconds=SLOW_OP_SECONDS)
    runners = [first]
    try:
        wait_for_locks(moto_endpoint, {lock_key("dev")}, runners)
        second = start("second", spec, "dev")
        runners.append(second)
        finish(second)
        assert first.process.poll() is None  # refused while the first still held the lock
        finish(first)
    finally:
        stop(runners)

    assert first.process.returncode == 0, first.err
    assert second.process.returncode == 1
    lines = second.err.splitlines()
    assert lines[0] == "Error: state is locked"
    assert any(
        line.startswith("Holder:    ") and line.endswith(f"(pid {first.process.pid})")
        for line in lines
    ), second.err
    assert "Operation: apply" in lines
    assert f"Lock:      s3://{BUCKET}/{lock_key('dev')}" in lines
    assert second.out == ""
    assert_applied(moto_endpoint, "dev", ALL)
    assert keys(moto_endpoint) == [f"dev/{KEY}", f"dev/{KEY}.backup"]
