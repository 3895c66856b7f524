"""Persistence: one SQLite database, a transaction per call, many threads and processes
sharing it, and the old JSON data file imported once."""

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

from state.localcloud import FaultConfig, LocalCloud, LocalCloudError
from state.localcloud.layout import DATA
from state.localcloud.store import SqliteStore
from tests.localcloud.conftest import Aws, by_name

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


def test_data_lives_in_one_private_sqlite_database_in_wal_mode(aws: Any, data_file: Path) -> None:
    arn = aws.create_image()

    stored = aws.cloud.export()

    assert data_file.read_bytes()[:16] == b"SQLite format 3\x00"
    assert stored["format"] == "imgver-local-cloud"
    assert stored["version"] == 1
    assert stored["regions"]["us-east-1"]["images"][arn]["model"]["ImageName"] == "data-science"
    names = sorted(p.name for p in data_file.parent.iterdir())
    assert names == ["local-cloud.db", "local-cloud.db-shm", "local-cloud.db-wal"]
    assert {(data_file.parent / name).stat().st_mode & 0o777 for name in names} == {0o600}
    assert data_file.parent.stat().st_mode & 0o777 == 0o700


def test_reads_do_not_write(aws: Any, data_file: Path) -> None:
    aws.create_image()
    wal = data_file.with_name(data_file.name + "-wal")
    written = [(f.stat().st_mtime_ns, f.stat().st_size, f.stat().st_ino) for f in (data_file, wal)]

    for _ in range(3):
        aws.read(IMAGE, by_name("data-science"))

    assert [
        (f.stat().st_mtime_ns, f.stat().st_size, f.stat().st_ino) for f in (data_file, wal)
    ] == (written)


def test_a_failed_transaction_writes_nothing(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "cloud.db", DATA)
    with store.transaction() as document:
        document.data["iam"]["x"] = {"kept": True}
        document.changed()

    with pytest.raises(RuntimeError), store.transaction() as document:
        document.data["iam"]["x"] = {"kept": False}
        document.data["iam"]["y"] = {"kept": False}
        document.changed()
        raise RuntimeError("half way")

    assert store.export()["iam"] == {"x": {"kept": True}}


def test_a_change_not_marked_changed_is_not_written(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "cloud.db", DATA)
    with store.transaction() as document:
        document.data["iam"]["x"] = {"kept": True}

    assert store.export()["iam"] == {}


def test_a_deleted_image_takes_its_versions_rows_with_it(aws: Any, data_file: Path) -> None:
    arn = aws.create_image()
    aws.create_version()
    aws.create_version()
    assert aws.delete(IMAGE, arn)["OperationStatus"] == "SUCCESS"

    again = aws.create_image()

    assert again == arn
    assert aws.cloud.export()["regions"]["us-east-1"]["images"][arn]["versions"] == {}
    assert aws.create_version().endswith("/1")


# The data file of the JSON store imgver used before its database (format version 1).
OLD_DOCUMENT = {
    "format": "imgver-local-cloud",
    "version": 1,
    "regions": {
        "us-east-1": {
            "images": {
                "arn:aws:sagemaker:us-east-1:123456789012:image/old": {
                    "model": {
                        "ImageName": "old",
                        "ImageRoleArn": "arn:aws:iam::123456789012:role/R",
                        "ImageArn": "arn:aws:sagemaker:us-east-1:123456789012:image/old",
                    },
                    "next_version": 3,
                    "versions": {
                        "2": {
                            "model": {
                                "ImageName": "old",
                                "BaseImage": "old:2",
                                "ImageArn": "arn:aws:sagemaker:us-east-1:123456789012:image/old",
                                "ImageVersionArn": (
                                    "arn:aws:sagemaker:us-east-1:123456789012:image-version/old/2"
                                ),
                                "ContainerImage": "old@sha256:" + "0" * 64,
                                "Version": 2,
                            },
                            "aliases": ["stable"],
                        }
                    },
                }
            },
            "requests": {},
            "client_tokens": {},
            "pending": [],
            "sequence": 4,
        }
    },
    "ecr": {"123456789012/us-east-1": {}},
    "iam": {},
}
OLD_VERSION = "arn:aws:sagemaker:us-east-1:123456789012:image-version/old/2"
# What the database holds after the import: the same, with the (empty) collections that
# data had no room for: the region's archiving, the image's alias owners.
OLD_IMAGE = "arn:aws:sagemaker:us-east-1:123456789012:image/old"
IMPORTED = {
    **OLD_DOCUMENT,
    "regions": {
        "us-east-1": {
            **OLD_DOCUMENT["regions"]["us-east-1"],
            "images": {
                OLD_IMAGE: {
                    **OLD_DOCUMENT["regions"]["us-east-1"]["images"][OLD_IMAGE],
                    "alias_owners": {},
                }
            },
            "archiving": {},
        }
    },
}


def test_an_old_json_data_file_is_imported_once_in_place(tmp_path: Path) -> None:
    path = tmp_path / "cloud.json"
    raw = json.dumps(OLD_DOCUMENT).encode()
    path.write_bytes(raw)
    aws = Aws(LocalCloud(path, FaultConfig(op_seconds=0)))

    assert aws.read(VERSION, OLD_VERSION)["BaseImage"] == "old:2"
    assert path.read_bytes()[:16] == b"SQLite format 3\x00"
    assert (tmp_path / "cloud.json.v1.json").read_bytes() == raw
    assert aws.cloud.export() == IMPORTED
    # The alias index is made from the imported versions: the alias is still taken.
    event = aws.create(VERSION, {"ImageName": "old", "BaseImage": "old:3", "Aliases": ["stable"]})
    assert event["ErrorCode"] == "ResourceConflict"
    assert "already belongs to version 2 of image old" in event["StatusMessage"]
    # The next version number carries on; a second LocalCloud finds the database.
    assert aws.create_version("old").endswith("/3")
    assert (
        LocalCloud(path).export()["regions"]["us-east-1"]["images"][
            "arn:aws:sagemaker:us-east-1:123456789012:image/old"
        ]["next_version"]
        == 4
    )
    assert (tmp_path / "cloud.json.v1.json").read_bytes() == raw


def test_an_old_json_beside_a_missing_database_is_imported_once(tmp_path: Path) -> None:
    old = tmp_path / "local-cloud.json"
    old.write_text(json.dumps(OLD_DOCUMENT))
    database = tmp_path / "local-cloud.db"

    assert LocalCloud(database).export() == IMPORTED
    old.write_text(json.dumps({**OLD_DOCUMENT, "regions": {}}))

    assert LocalCloud(database).export() == IMPORTED
    assert json.loads(old.read_text())["regions"] == {}


def test_a_sqlite_database_of_something_else_is_refused(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "other.db"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()

    with pytest.raises(LocalCloudError, match="is not a local cloud data file"):
        LocalCloud(path).export()


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

    with pytest.raises(LocalCloudError) as caught, SqliteStore(path, DATA).transaction():
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
