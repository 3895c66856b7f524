"""Persistence: one JSON file, atomic writes, many threads and processes sharing it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from state.localcloud import LocalCloudError
from state.localcloud.store import JsonFileStore
from tests.localcloud.conftest import by_name

REPO = Path(__file__).resolve().parents[2]
IMAGE = "AWS::SageMaker::Image"
VERSION = "AWS::SageMaker::ImageVersion"

# A second process: its own LocalCloud on the shared file, real boto3, started on a signal.
WORKER = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    import boto3
    from state.localcloud import FaultConfig, LocalCloud

    data_file, prefix, count, go, op_seconds, mode = sys.argv[1:]
    session = boto3.session.Session(
        aws_access_key_id="test", aws_secret_access_key="test", region_name="us-east-1"
    )
    cc = session.client("cloudcontrol")
    LocalCloud(Path(data_file), FaultConfig(op_seconds=float(op_seconds))).attach(cc)
    while not Path(go).exists():
        time.sleep(0.005)

    def submit(type_name, desired):
        event = cc.create_resource(TypeName=type_name, DesiredState=json.dumps(desired))
        return event["ProgressEvent"]["RequestToken"]

    role = "arn:aws:iam::123456789012:role/R"
    tokens = []
    for n in range(int(count)):
        tokens.append(submit("AWS::SageMaker::Image", {"ImageName": f"{prefix}-{n}", "ImageRoleArn": role}))
        tokens.append(submit("AWS::SageMaker::ImageVersion", {"ImageName": "shared", "BaseImage": f"{prefix}:{n}"}))
    if mode == "die":
        import os, signal
        os.kill(os.getpid(), signal.SIGKILL)
    for token in tokens:
        while cc.get_resource_request_status(RequestToken=token)["ProgressEvent"]["OperationStatus"] == "IN_PROGRESS":
            time.sleep(0.01)
    """
)


def start_worker(
    data_file: Path, prefix: str, count: int, go: Path, op_seconds: float = 0, mode: str = "wait"
) -> subprocess.Popen[bytes]:
    args = [str(data_file), prefix, str(count), str(go), str(op_seconds), mode]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-c", WORKER, *args], cwd=REPO, env=env)


@pytest.fixture
def go(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "go"


def test_two_processes_sharing_the_file_lose_no_writes(aws: Any, data_file: Path, go: Path) -> None:
    aws.create_image("shared")
    count = 15
    workers = [start_worker(data_file, prefix, count, go) for prefix in ("left", "right")]
    go.touch()
    assert [worker.wait(timeout=60) for worker in workers] == [0, 0]

    pages = aws.cc.get_paginator("list_resources").paginate(TypeName=IMAGE)
    images = {d["Identifier"].rsplit("/", 1)[1] for p in pages for d in p["ResourceDescriptions"]}
    pages = aws.cc.get_paginator("list_resources").paginate(
        TypeName=VERSION, ResourceModel='{"ImageName": "shared"}'
    )
    versions = [json.loads(d["Properties"]) for p in pages for d in p["ResourceDescriptions"]]

    expected = {f"{side}-{n}" for side in ("left", "right") for n in range(count)}
    assert images == expected | {"shared"}
    assert sorted(v["Version"] for v in versions) == list(range(1, 2 * count + 1))
    assert len({v["BaseImage"] for v in versions}) == 2 * count


def test_request_of_a_killed_process_completes_when_the_next_one_looks(
    make_aws: Any, data_file: Path, go: Path
) -> None:
    go.touch()
    # Long enough that both requests are still running when the worker is killed, even on
    # a loaded machine; the survivor then polls until they end instead of sleeping.
    op_seconds = 3.0
    worker = start_worker(data_file, "orphan", 1, go, op_seconds=op_seconds, mode="die")
    assert worker.wait(timeout=20) != 0
    survivor = make_aws()
    pending = survivor.cc.list_resource_requests(
        ResourceRequestStatusFilter={"OperationStatuses": ["IN_PROGRESS"]}
    )["ResourceRequestStatusSummaries"]

    deadline = time.monotonic() + op_seconds + 10
    done = []
    for event in pending:
        while event["OperationStatus"] == "IN_PROGRESS" and time.monotonic() < deadline:
            time.sleep(0.05)
            token = event["RequestToken"]
            event = survivor.cc.get_resource_request_status(RequestToken=token)["ProgressEvent"]
        done.append(event)

    assert [event["Operation"] for event in pending] == ["CREATE", "CREATE"]
    by_type = {event["TypeName"]: event for event in done}
    assert by_type[IMAGE]["OperationStatus"] == "SUCCESS"
    assert survivor.read(IMAGE, by_name("orphan-0"))["ImageName"] == "orphan-0"
    # The version's image did not exist: the orphaned request still ends, FAILED.
    assert by_type[VERSION]["ErrorCode"] == "NotFound"


def test_many_threads_through_one_client(aws: Any) -> None:
    aws.create_image()

    with ThreadPoolExecutor(max_workers=16) as pool:
        arns = list(pool.map(lambda _: aws.create_version(), range(64)))

    assert sorted(int(arn.rsplit("/", 1)[1]) for arn in arns) == list(range(1, 65))


def test_data_lives_in_one_json_file_written_atomically(aws: Any, data_file: Path) -> None:
    arn = aws.create_image()

    stored = json.loads(data_file.read_text())

    assert stored["format"] == "imgver-local-cloud"
    assert stored["version"] == 1
    assert stored["regions"]["us-east-1"]["images"][arn]["model"]["ImageName"] == "data-science"
    assert sorted(p.name for p in data_file.parent.iterdir()) == [
        "local-cloud.json",
        "local-cloud.json.lock",
    ]


def test_reads_do_not_rewrite_the_file(aws: Any, data_file: Path) -> None:
    aws.create_image()
    written = data_file.stat().st_mtime_ns, data_file.stat().st_ino

    for _ in range(3):
        aws.read(IMAGE, by_name("data-science"))

    assert (data_file.stat().st_mtime_ns, data_file.stat().st_ino) == written


def test_a_failed_transaction_writes_nothing(tmp_path: Path) -> None:
    store = JsonFileStore(tmp_path / "cloud.json")
    with store.transaction() as document:
        document.data["regions"]["x"] = {"kept": True}
        document.changed()

    with pytest.raises(RuntimeError), store.transaction() as document:
        document.data["regions"]["x"] = {"kept": False}
        document.changed()
        raise RuntimeError("half way")

    with store.transaction() as document:
        assert document.data["regions"]["x"] == {"kept": True}


@pytest.mark.parametrize(
    ("content", "summary"),
    [
        ("{not json", "is not valid JSON"),
        ('{"format": "something-else"}', "is not a local cloud data file"),
        ('{"format": "imgver-local-cloud", "version": 99, "regions": {}}', "version 99"),
    ],
)
def test_unreadable_data_file_is_reported(tmp_path: Path, content: str, summary: str) -> None:
    path = tmp_path / "cloud.json"
    path.write_text(content)

    with pytest.raises(LocalCloudError) as caught, JsonFileStore(path).transaction():
        pass

    assert summary in caught.value.summary
    assert str(path) in caught.value.summary


def test_unreadable_data_file_reaches_an_in_process_client_as_the_local_cloud_error(
    make_aws: Any, data_file: Path
) -> None:
    # Not an AWS InternalFailure that botocore retries and imgver blames on AWS; over HTTP
    # it is one (tests/localcloud/test_bad_data_files.py).
    data_file.parent.mkdir(parents=True)
    data_file.write_text("{not json")
    client = make_aws(config={"retries": {"total_max_attempts": 1}})

    with pytest.raises(LocalCloudError) as caught:
        client.read(IMAGE, by_name("data-science"))

    assert "is not valid JSON" in caught.value.summary
