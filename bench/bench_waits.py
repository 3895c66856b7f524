"""Benchmark of the waits around Cloud Control operations: the time spent beyond the work itself.

Runs create, update and delete of an image version through `open_cloud(local_data=...)`,
the embedded emulator, whose operations stay IN_PROGRESS for exactly --op-seconds. For each
kind it reports the end-to-end time of the LiveCloud call and the overhead: end-to-end minus
--op-seconds, i.e. what polling adds. It does so twice: as AWS answers (with the
ProgressEvent's RetryAfter, which the default PollPolicy honours), and with RetryAfter
removed from every answer, so the backoff alone decides when to poll.

Run: .venv/bin/python bench/bench_waits.py [--op-seconds 2] [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from state.cloud.client import LiveCloud, open_cloud
from state.schema import IMAGE, IMAGE_VERSION

ROLE = "arn:aws:iam::123456789012:role/Bench"


def drop_retry_after(parsed: dict[str, Any], **_: Any) -> None:
    """botocore `after-call` hook: forget the service's hint of when to poll again."""
    parsed.get("ProgressEvent", {}).pop("RetryAfter", None)


def cloud_on(data_file: Path, *, retry_after: bool) -> LiveCloud:
    cloud = open_cloud(region=None, profile=None, endpoint_url=None, local_data=data_file)
    if not retry_after:
        cloud._cloudcontrol.meta.events.register("after-call.cloudcontrol", drop_retry_after)
    return cloud


def timed(
    durations: dict[str, list[float]], kind: str, call: Callable[..., Any], *args: Any
) -> Any:
    started = time.perf_counter()
    result = call(*args)
    durations.setdefault(kind, []).append(time.perf_counter() - started)
    return result


def run(cloud: LiveCloud, image_name: str, rounds: int) -> dict[str, list[float]]:
    durations: dict[str, list[float]] = {}
    image = {"ImageName": image_name, "ImageRoleArn": ROLE}
    timed(durations, "create image", cloud.create, IMAGE, image)
    for round_number in range(rounds):
        desired = {"ImageName": image_name, "BaseImage": f"repo/bench:{round_number}"}
        created = timed(durations, "create", cloud.create, IMAGE_VERSION, desired)
        patch = [{"op": "add", "path": "/ReleaseNotes", "value": f"round {round_number}"}]
        timed(durations, "update", cloud.update, IMAGE_VERSION, created.identifier, patch)
        timed(durations, "delete", cloud.delete, IMAGE_VERSION, created.identifier)
    return durations


def report(label: str, durations: dict[str, list[float]], op_seconds: float) -> None:
    print(f"\n{label}")
    print(f"  {'operation':<13} {'n':>3} {'end-to-end':>11} {'overhead':>9} {'worst':>8}")
    for kind, samples in durations.items():
        overheads = [sample - op_seconds for sample in samples]
        print(
            f"  {kind:<13} {len(samples):>3} {statistics.mean(samples):>10.3f}s "
            f"{statistics.mean(overheads):>8.3f}s {max(overheads):>7.3f}s"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--op-seconds", type=float, default=2.0)
    parser.add_argument("--rounds", type=int, default=3)
    options = parser.parse_args()

    # open_cloud reads the emulator's settings from the environment, as `imgver --local` does.
    os.environ["IMGVER_LOCAL_OP_SECONDS"] = str(options.op_seconds)
    data_file = Path(tempfile.mkdtemp()) / "local-cloud.json"
    print(f"operations take {options.op_seconds:g} s in the emulator; {options.rounds} rounds")
    for label, retry_after, image_name in (
        ("honouring RetryAfter (default PollPolicy)", True, "bench-hinted"),
        ("backoff only (RetryAfter removed)", False, "bench-backoff"),
    ):
        durations = run(cloud_on(data_file, retry_after=retry_after), image_name, options.rounds)
        report(label, durations, options.op_seconds)


if __name__ == "__main__":
    main()
