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
            b' "regions": {"us-east-1": {"pending": {}}}}',
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
