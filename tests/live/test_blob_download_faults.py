"""A config blob download that goes wrong is a reason, never a traceback.

`state.cloud.blobs.http_get` against a raw socket that answers something that is not
HTTP, or nothing within the timeout; `Registry.config` refusing a download whose SHA-256
is not the config digest it asked for (OCI image-spec descriptor.md: content is verified
against its digest), with GetDownloadUrlForLayer pinned by botocore's Stubber (ECR API
reference, GetDownloadUrlForLayer).
"""

from __future__ import annotations

import hashlib
import socket
import threading
import time
from collections.abc import Iterator

import pytest
from botocore.stub import Stubber

from state.cloud.blobs import BlobFetchError, http_get
from state.cloud.registry import ImageConfig, Registry
from tests.live.test_registry_config import ACCOUNT, URL, ecr_client

CONFIG_TEXT = b'{"os": "linux", "architecture": "amd64"}'
CONFIG = "sha256:" + hashlib.sha256(CONFIG_TEXT).hexdigest()


@pytest.fixture
def raw_server() -> Iterator[tuple[socket.socket, list[bytes]]]:
    """A socket that reads a request and answers the bytes put in `replies` (none: it
    holds the connection open without answering)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    replies: list[bytes] = []
    done = threading.Event()

    def answer() -> None:
        connection, _ = listener.accept()
        with connection:
            connection.recv(65536)
            if replies:
                connection.sendall(replies[0])
            else:
                done.wait(5)

    thread = threading.Thread(target=answer, daemon=True)
    thread.start()
    yield listener, replies
    done.set()
    thread.join(5)
    listener.close()


def url_of(listener: socket.socket) -> str:
    return f"http://127.0.0.1:{listener.getsockname()[1]}/blob"


def test_a_reply_that_is_not_http_is_a_reason(
    raw_server: tuple[socket.socket, list[bytes]],
) -> None:
    listener, replies = raw_server
    replies.append(b"garbage\r\n\r\n")

    with pytest.raises(BlobFetchError, match=r"^the download URL could not be read \("):
        http_get(url_of(listener), 5)


def test_a_url_that_never_answers_gives_up_at_the_timeout(
    raw_server: tuple[socket.socket, list[bytes]],
) -> None:
    listener, _ = raw_server
    started = time.monotonic()

    with pytest.raises(BlobFetchError, match=r"^the download URL could not be read \("):
        http_get(url_of(listener), 0.3)

    assert time.monotonic() - started < 3


@pytest.mark.parametrize(
    "body", [CONFIG_TEXT[:-5], b'{"os": "linux", "architecture": "arm64"}'], ids=["cut", "other"]
)
def test_a_download_that_is_not_the_config_digest_is_a_reason(body: bytes) -> None:
    ecr = ecr_client()
    with Stubber(ecr) as stub:
        stub.add_response(
            "get_download_url_for_layer",
            {"downloadUrl": URL, "layerDigest": CONFIG},
            {"registryId": ACCOUNT, "repositoryName": "ds", "layerDigest": CONFIG},
        )
        config = Registry(
            lambda: ecr, lambda: None, region="us-east-1", fetch_blob=lambda url, timeout: body
        ).config(ACCOUNT, "ds", CONFIG)

    assert config == ImageConfig(problem=f"the downloaded blob is not {CONFIG} (cut short?)")


def test_a_download_that_is_the_config_digest_is_read() -> None:
    ecr = ecr_client()
    with Stubber(ecr) as stub:
        stub.add_response("get_download_url_for_layer", {"downloadUrl": URL})
        config = Registry(
            lambda: ecr,
            lambda: None,
            region="us-east-1",
            fetch_blob=lambda url, timeout: CONFIG_TEXT,
        ).config(ACCOUNT, "ds", CONFIG)

    assert config == ImageConfig(text=CONFIG_TEXT.decode())
