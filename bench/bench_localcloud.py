"""Benchmark of the local cloud: how fast real boto3 clients get answers from it.

Creates one image and N image versions from T threads through one attached cloudcontrol
client (as `imgver apply --parallelism T` does), polls each request to its end, then reads
every version back. Reports calls per second and call latency percentiles, so a change to
the engine or the data file can be judged by its cost.

Run: .venv/bin/python bench/bench_localcloud.py [--versions 200] [--threads 10]
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import boto3

from state.localcloud import FaultConfig, LocalCloud
from state.schema import IMAGE, IMAGE_VERSION


def timed(latencies: list[float], call: Callable[[], Any]) -> Any:
    started = time.perf_counter()
    try:
        return call()
    finally:
        latencies.append(time.perf_counter() - started)


def report(name: str, latencies: list[float], wall: float) -> None:
    ordered = sorted(latencies)
    p95 = ordered[int(0.95 * (len(ordered) - 1))]
    print(
        f"{name:<8} {len(ordered):>6} calls  {len(ordered) / wall:>8.0f} calls/s  "
        f"p50 {statistics.median(ordered) * 1000:6.2f} ms  p95 {p95 * 1000:6.2f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--versions", type=int, default=200)
    parser.add_argument("--threads", type=int, default=10)
    options = parser.parse_args()

    data_file = Path(tempfile.mkdtemp()) / "local-cloud.json"
    session = boto3.session.Session(
        aws_access_key_id="test", aws_secret_access_key="test", region_name="us-east-1"
    )
    cc = session.client("cloudcontrol")
    LocalCloud(data_file, FaultConfig(op_seconds=0)).attach(cc)
    role = "arn:aws:iam::123456789012:role/Bench"
    cc.create_resource(
        TypeName=IMAGE,
        DesiredState=json.dumps({"ImageName": "bench", "ImageRoleArn": role}),
    )

    latencies: dict[str, list[float]] = {"create": [], "poll": [], "get": []}

    def create_version(number: int) -> str:
        desired = {"ImageName": "bench", "BaseImage": f"bench:{number}", "Aliases": [f"a{number}"]}
        event = timed(
            latencies["create"],
            lambda: cc.create_resource(TypeName=IMAGE_VERSION, DesiredState=json.dumps(desired)),
        )["ProgressEvent"]
        token = event["RequestToken"]
        while event["OperationStatus"] == "IN_PROGRESS":
            event = timed(
                latencies["poll"], lambda: cc.get_resource_request_status(RequestToken=token)
            )["ProgressEvent"]
        return str(event["Identifier"])

    with ThreadPoolExecutor(options.threads) as pool:
        started = time.perf_counter()
        arns = list(pool.map(create_version, range(options.versions)))
        write_wall = time.perf_counter() - started
        started = time.perf_counter()
        list(
            pool.map(
                lambda arn: timed(
                    latencies["get"],
                    lambda: cc.get_resource(TypeName=IMAGE_VERSION, Identifier=arn),
                ),
                arns,
            )
        )
        read_wall = time.perf_counter() - started

    print(f"{options.versions} versions, {options.threads} threads, data {data_file}")
    report("create", latencies["create"], write_wall)
    report("poll", latencies["poll"], write_wall)
    report("get", latencies["get"], read_wall)
    print(f"data file {data_file.stat().st_size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
