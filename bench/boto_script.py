"""The baseline of `python -m bench`: a plain boto3 script doing what imgver does.

Run as its own process (start-up counted as imgver's is), against an endpoint URL, on a
`desired.json` that `bench.workload` writes (images and versions with their properties):

- `apply`: CreateResource for every image, then for every version, waiting for each
  request (GetResourceRequestStatus at its RetryAfter); writes the identifiers it made;
- `plan`: GetResource for every recorded image and version, ListAliases for every version,
  each compared with the desired properties; prints how many differ;
- `drift`: the same reads plus ListResources of each image's versions;
- `destroy`: DeleteResource for every version, then every image, each awaited.

`--workers 0` does one call after another; `--workers W` runs W threads (a connection
pool of W). Both keep imgver's per-image rule: one version create or delete per image at
a time (with threads: each image's versions in order on one thread).

Must not: import imgver (it stands for a script a user would write).
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import Any

import boto3
from botocore.config import Config

IMAGE = "AWS::SageMaker::Image"
VERSION = "AWS::SageMaker::ImageVersion"


class Cloud:
    def __init__(self, endpoint: str, workers: int) -> None:
        config = Config(max_pool_connections=max(workers, 10), retries={"mode": "standard"})
        session = boto3.session.Session()
        self.cc = session.client("cloudcontrol", endpoint_url=endpoint, config=config)
        self.sm = session.client("sagemaker", endpoint_url=endpoint, config=config)

    def wait(self, event: dict[str, Any]) -> dict[str, Any]:
        while event["OperationStatus"] in ("PENDING", "IN_PROGRESS"):
            due = event.get("RetryAfter")
            delay = 0.2
            if isinstance(due, datetime):
                delay = max(due.timestamp() - time.time(), 0.0)
            time.sleep(delay)
            event = self.cc.get_resource_request_status(RequestToken=event["RequestToken"])[
                "ProgressEvent"
            ]
        if event["OperationStatus"] != "SUCCESS":
            raise RuntimeError(f"{event['Operation']} failed: {event.get('StatusMessage')}")
        return event

    def create(self, type_name: str, model: dict[str, Any]) -> str:
        event = self.cc.create_resource(TypeName=type_name, DesiredState=json.dumps(model))
        return str(self.wait(event["ProgressEvent"])["Identifier"])

    def delete(self, type_name: str, identifier: str) -> None:
        event = self.cc.delete_resource(TypeName=type_name, Identifier=identifier)
        self.wait(event["ProgressEvent"])

    def read(self, type_name: str, identifier: str) -> dict[str, Any]:
        found = self.cc.get_resource(TypeName=type_name, Identifier=identifier)
        model: dict[str, Any] = json.loads(found["ResourceDescription"]["Properties"])
        if type_name == VERSION:
            name, number = identifier.split("/")[-2:]
            aliases = self.sm.list_aliases(ImageName=name, Version=int(number))
            model["Aliases"] = aliases.get("SageMakerImageVersionAliases", [])
        return model

    def list_versions(self, image: str) -> list[str]:
        found, token = [], None
        while True:
            extra = {"NextToken": token} if token else {}
            page = self.cc.list_resources(
                TypeName=VERSION, ResourceModel=json.dumps({"ImageName": image}), **extra
            )
            found += [d["Identifier"] for d in page["ResourceDescriptions"]]
            token = page.get("NextToken")
            if not token:
                return found


def differs(desired: dict[str, Any], live: dict[str, Any]) -> bool:
    for name, value in desired.items():
        if isinstance(value, list):
            if sorted(map(str, value)) != sorted(map(str, live.get(name) or [])):
                return True
        elif live.get(name) != value:
            return True
    return False


def run_all(workers: int, tasks: Iterable[Callable[[], Any]]) -> list[Any]:
    if workers == 0:
        return [task() for task in tasks]
    with ThreadPoolExecutor(workers) as pool:
        return list(pool.map(lambda task: task(), list(tasks)))


def by_image(versions: dict[str, dict[str, Any]]) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    for name, model in versions.items():
        groups.setdefault(model["ImageName"], []).append(name)
    return groups


def apply(cloud: Cloud, workers: int, desired: dict[str, Any]) -> dict[str, str]:
    images, versions = desired["images"], desired["versions"]
    ids = dict(
        zip(
            images,
            run_all(workers, [lambda m=m: cloud.create(IMAGE, m) for m in images.values()]),
            strict=True,
        )
    )

    def create_in_order(names: list[str]) -> list[tuple[str, str]]:
        return [(name, cloud.create(VERSION, versions[name])) for name in names]

    groups = by_image(versions).values()
    for made in run_all(workers, [lambda g=g: create_in_order(g) for g in groups]):
        ids.update(made)
    return ids


def reads(cloud: Cloud, workers: int, desired: dict[str, Any], ids: dict[str, str]) -> int:
    wanted = {**desired["images"], **desired["versions"]}

    def compare(name: str) -> bool:
        type_name = IMAGE if name in desired["images"] else VERSION
        return differs(wanted[name], cloud.read(type_name, ids[name]))

    return sum(run_all(workers, [lambda n=n: compare(n) for n in wanted]))


def destroy(cloud: Cloud, workers: int, desired: dict[str, Any], ids: dict[str, str]) -> None:
    def delete_in_order(names: list[str]) -> None:
        for name in names:
            cloud.delete(VERSION, ids[name])

    groups = by_image(desired["versions"]).values()
    run_all(workers, [lambda g=g: delete_in_order(g) for g in groups])
    run_all(workers, [lambda i=i: cloud.delete(IMAGE, ids[i]) for i in desired["images"]])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["apply", "plan", "drift", "destroy"])
    parser.add_argument("--endpoint-url", required=True)
    parser.add_argument("--workers", type=int, default=0)
    parser.add_argument("--desired", type=Path, required=True)
    parser.add_argument("--ids", type=Path, required=True)
    args = parser.parse_args()
    cloud = Cloud(args.endpoint_url, args.workers)
    desired = json.loads(args.desired.read_text(encoding="utf-8"))
    if args.command == "apply":
        ids = apply(cloud, args.workers, desired)
        args.ids.write_text(json.dumps(ids), encoding="utf-8")
        return
    ids = json.loads(args.ids.read_text(encoding="utf-8"))
    if args.command == "destroy":
        destroy(cloud, args.workers, desired, ids)
        return
    if args.command == "drift":
        run_all(args.workers, [lambda i=i: cloud.list_versions(i) for i in desired["images"]])
    print(f"{reads(cloud, args.workers, desired, ids)} differ")


if __name__ == "__main__":
    main()
