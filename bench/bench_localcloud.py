"""Benchmark of the local cloud: how fast real boto3 clients get answers from it.

Creates one image and N image versions from T threads through one attached cloudcontrol
client (as `imgver apply --parallelism T` does), polls each request to its end, then reads
every version back. Reports calls per second and call latency percentiles, so a change to
the engine or the data file can be judged by its cost.

With `--sizes 100,2000` it shows instead what one call costs as the data grows: for each
size, a fresh local cloud gets that many versions (over 10 images), then the same calls are
timed one at a time (reads, alias listings, request status, updates and creates with their
poll), and the medians are printed side by side with their ratio to the smallest size. The
target is a ratio of 1.0: a call costs the same whatever the size of the data.

Run: .venv/bin/python bench/bench_localcloud.py [--versions 200] [--threads 10]
     .venv/bin/python bench/bench_localcloud.py --sizes 100,2000 [--samples 300]
"""

from __future__ import annotations

import argparse
import json
import random
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


SCALING_IMAGES = 10
ROLE = "arn:aws:iam::123456789012:role/Bench"


def wait(cc: Any, event: dict[str, Any]) -> dict[str, Any]:
    token = event["RequestToken"]
    while event["OperationStatus"] == "IN_PROGRESS":
        event = cc.get_resource_request_status(RequestToken=token)["ProgressEvent"]
    return event


def create(cc: Any, type_name: str, desired: dict[str, Any]) -> dict[str, Any]:
    started = cc.create_resource(TypeName=type_name, DesiredState=json.dumps(desired))
    event = wait(cc, started["ProgressEvent"])
    assert event["OperationStatus"] == "SUCCESS", event
    return event


CALLS = ("get", "aliases", "status", "update+poll", "create+poll")


class Filled:
    """A fresh local cloud holding `size` versions over SCALING_IMAGES images."""

    def __init__(self, size: int) -> None:
        self.folder = Path(tempfile.mkdtemp())
        session = boto3.session.Session(
            aws_access_key_id="test", aws_secret_access_key="test", region_name="us-east-1"
        )
        self.cc, self.sm = session.client("cloudcontrol"), session.client("sagemaker")
        cloud = LocalCloud(self.folder / "local-cloud.db", FaultConfig(op_seconds=0))
        cloud.attach(self.cc)
        cloud.attach(self.sm)
        images = [f"bench-{n}" for n in range(SCALING_IMAGES)]
        for image in images:
            create(self.cc, IMAGE, {"ImageName": image, "ImageRoleArn": ROLE})
        self.versions: list[tuple[str, int, str, str]] = []  # image, number, ARN, token
        for n in range(size):
            image = images[n % SCALING_IMAGES]
            desired = {"ImageName": image, "BaseImage": f"bench:{n}", "Aliases": [f"a{n}"]}
            event = create(self.cc, IMAGE_VERSION, desired)
            number = int(event["Identifier"].rsplit("/", 1)[1])
            self.versions.append((image, number, event["Identifier"], event["RequestToken"]))
        self.rng = random.Random(size)
        self.latencies: dict[str, list[float]] = {name: [] for name in CALLS}
        self.made = 0

    def sample(self) -> None:
        """One call of each kind, on a version picked at random."""
        cc, sm, latencies = self.cc, self.sm, self.latencies
        image, number, arn, token = self.rng.choice(self.versions)
        self.made += 1
        timed(latencies["get"], lambda: cc.get_resource(TypeName=IMAGE_VERSION, Identifier=arn))
        timed(latencies["aliases"], lambda: sm.list_aliases(ImageName=image, Version=number))
        timed(latencies["status"], lambda: cc.get_resource_request_status(RequestToken=token))
        patch = json.dumps([{"op": "add", "path": "/ReleaseNotes", "value": f"r{self.made}"}])

        def update() -> Any:
            started = cc.update_resource(
                TypeName=IMAGE_VERSION, Identifier=arn, PatchDocument=patch
            )
            return wait(cc, started["ProgressEvent"])

        timed(latencies["update+poll"], update)
        desired = {"ImageName": image, "BaseImage": f"x:{self.made}", "Aliases": [f"x{self.made}"]}
        timed(latencies["create+poll"], lambda: create(cc, IMAGE_VERSION, desired))

    def on_disk(self) -> int:
        return sum(path.stat().st_size for path in self.folder.iterdir())


def scaling(sizes: list[int], samples: int) -> None:
    """Every size built first, then sampled in turns, so that a change in the machine's
    load meanwhile weighs on every size alike."""
    print(f"per-call median of {samples} calls each, one thread, over {SCALING_IMAGES} images")
    clouds = {size: Filled(size) for size in sizes}
    for _ in range(samples):
        for cloud in clouds.values():
            cloud.sample()
    medians = {
        size: {name: statistics.median(values) for name, values in cloud.latencies.items()}
        for size, cloud in clouds.items()
    }
    smallest = sizes[0]
    header = "".join(f"{f'{size} versions':>16}" for size in sizes)
    ratios = "".join(f"{f'x{size}/{smallest}':>12}" for size in sizes[1:])
    print(f"{'call':<14}{header}{ratios}   target")
    for name in CALLS:
        cells = "".join(f"{medians[size][name] * 1e6:>13.0f} us" for size in sizes)
        ratio = "".join(
            f"{medians[size][name] / medians[smallest][name]:>12.2f}" for size in sizes[1:]
        )
        print(f"{name:<14}{cells}{ratio}   1.00")
    on_disk = ", ".join(
        f"{size}: {cloud.on_disk() / 1024:.0f} KiB" for size, cloud in clouds.items()
    )
    print(f"data on disk: {on_disk}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--versions", type=int, default=200)
    parser.add_argument("--threads", type=int, default=10)
    parser.add_argument("--sizes", help="comma-separated data sizes, e.g. 100,2000")
    parser.add_argument("--samples", type=int, default=300)
    options = parser.parse_args()
    if options.sizes:
        scaling([int(size) for size in options.sizes.split(",")], options.samples)
        return

    data_file = Path(tempfile.mkdtemp()) / "local-cloud.db"
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
