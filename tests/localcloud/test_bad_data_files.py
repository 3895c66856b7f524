"""A local cloud data file that is garbage, the wrong shape, a directory, unreadable or
under a file: one LocalCloudError naming it, never a traceback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from state.localcloud.errors import LocalCloudError
from state.localcloud.layout import DATA
from state.localcloud.store import SqliteStore


def read(path: Path) -> None:
    with SqliteStore(path, DATA).transaction():
        pass


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\x00garbage", "is not valid JSON"),
        (b"\xff\xfe", "is not valid JSON"),
        (b'{"format": "imgver-local-cloud", "version": 1, "regions": []}', '"regions" is not'),
        (
            b'{"format": "imgver-local-cloud", "version": 1, "regions": {"us-east-1": 5}}',
            "region 'us-east-1' is not an object",
        ),
        (
            b'{"format": "imgver-local-cloud", "version": 1,'
            b' "regions": {"us-east-1": {"images": {}, "requests": {}, "client_tokens": {},'
            b' "pending": {}, "sequence": 0}}}',
            "'pending' of region 'us-east-1' is not a list",
        ),
        (b"[" * 100_000 + b"]" * 100_000, "nests deeper"),
    ],
    ids=["garbage", "not-utf8", "regions-list", "region-number", "pending-map", "deep"],
)
def test_a_bad_data_file_is_one_clean_error(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "local-cloud.json"
    path.write_bytes(content)

    with pytest.raises(LocalCloudError) as caught:
        read(path)

    assert expected in str(caught.value)
    assert path.read_bytes() == content


def test_a_data_file_that_is_a_directory_is_a_clean_error(tmp_path: Path) -> None:
    path = tmp_path / "local-cloud.json"
    path.mkdir()
    with pytest.raises(LocalCloudError, match="cannot read the local cloud data file"):
        read(path)


def test_a_data_file_under_a_file_is_a_clean_error(tmp_path: Path) -> None:
    (tmp_path / "plain").write_text("x")
    with pytest.raises(LocalCloudError, match="cannot use the local cloud data folder"):
        read(tmp_path / "plain" / "local-cloud.json")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_data_file_is_a_clean_error(tmp_path: Path) -> None:
    path = tmp_path / "local-cloud.json"
    path.write_text("{}")
    path.chmod(0)
    with pytest.raises(LocalCloudError, match="cannot read the local cloud data file"):
        read(path)


def test_a_database_with_a_garbage_body_is_a_clean_error(tmp_path: Path) -> None:
    path = tmp_path / "local-cloud.db"
    content = b"SQLite format 3\x00" + b"\x07" * 4096
    path.write_bytes(content)

    with pytest.raises(LocalCloudError) as caught:
        read(path)

    assert str(caught.value).startswith(f"cannot use the local cloud data file {path}")
    assert "file is not a database" in str(caught.value)
    assert path.read_bytes() == content


def test_a_damaged_row_is_a_clean_error_naming_the_file(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "local-cloud.db"
    store = SqliteStore(path, DATA)
    with store.transaction() as document:
        document.data["iam"]["123456789012"] = {"R": {"created": 0.0, "trust": "", "path": "/"}}
        document.changed()
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE rows SET value = '{not json' WHERE collection = 'iam'")
    connection.close()

    with pytest.raises(LocalCloudError) as caught:
        SqliteStore(path, DATA).export()

    assert str(caught.value).startswith(f"{path} is a damaged local cloud data file")
    assert "'123456789012' is not valid JSON" in str(caught.value)


@pytest.mark.parametrize(
    ("content", "first_line"),
    [
        ("{}", "Error: {data} is not a local cloud data file"),
        (
            '{"format": "imgver-local-cloud", "version": 1, "regions": {"us-east-1": {"a": 1}}}',
            "Error: {data} is a damaged local cloud data file: region 'us-east-1' has no 'images'",
        ),
    ],
    ids=["not-a-data-file", "region-without-its-tables"],
)
def test_the_cli_reports_a_bad_data_file_as_one_error_without_blaming_aws(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, first_line: str
) -> None:
    # Before, the in-process transport answered it as an AWS InternalFailure (a 500):
    # botocore retried it eight times and imgver said "AWS had an internal failure".
    from planner.cli.app import main

    spec = tmp_path / "imgver.yaml"
    spec.write_text(
        (Path(__file__).resolve().parents[2] / "examples" / "quickstart.yaml").read_text(
            encoding="utf-8"
        ),
        encoding="utf-8",
    )
    data = tmp_path / ".imgver" / "local-cloud.json"
    data.parent.mkdir()
    data.write_text(content, encoding="utf-8")

    with pytest.raises(SystemExit) as stopped:
        main(["--local", "--no-color", "plan", "-f", str(spec)])

    err = capsys.readouterr().err
    assert stopped.value.code == 1
    assert err.splitlines()[0] == first_line.format(data=data)
    assert "AWS" not in err and "Traceback" not in err
    assert data.read_text(encoding="utf-8") == content


def test_the_http_server_answers_a_bad_data_file_with_an_internal_failure_naming_it(
    tmp_path: Path,
) -> None:
    import threading

    import boto3
    from botocore.config import Config
    from botocore.exceptions import ClientError

    from state.localcloud.server import start_server

    data = tmp_path / "local-cloud.json"
    data.write_text("[]", encoding="utf-8")
    server = start_server(port=0, data_file=data)
    thread = threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    try:
        client = boto3.session.Session(
            aws_access_key_id="test", aws_secret_access_key="test", region_name="us-east-1"
        ).client(
            "cloudcontrol",
            endpoint_url=server.url,
            config=Config(retries={"mode": "standard", "max_attempts": 1}),
        )
        with pytest.raises(ClientError) as caught:
            client.list_resources(TypeName="AWS::SageMaker::Image")
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)

    assert caught.value.response["Error"]["Code"] == "InternalFailure"
    assert f"{data} is not a local cloud data file" in caught.value.response["Error"]["Message"]
