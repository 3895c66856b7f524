"""The HTTP way into the local cloud: a stdlib threading HTTP server on an endpoint URL.

Owns listening, reading request bodies and writing responses; every request is answered by
a `LocalCloud`, so any AWS client pointed at the URL (boto3 with `endpoint_url`, the AWS CLI
with `--endpoint-url`) sees the same behaviour as the in-process attachment. `serve` is what
`imgver local-cloud serve` runs; `start_server` gives tests a server they can shut down.

Must not: parse command lines (the CLI does) or know the protocol (protocol.py does).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from state.localcloud.errors import LocalCloudError
from state.localcloud.faults import FaultConfig
from state.localcloud.semantics import Semantics
from state.localcloud.transport import BlobNotFound, LocalCloud

DEFAULT_DATA_FILE = Path(".imgver/local-cloud.db")

_log = logging.getLogger(__name__)


class LocalCloudServer(ThreadingHTTPServer):
    """An HTTP server answering with one `LocalCloud`; `url` is its endpoint URL."""

    daemon_threads = True
    # A thread pool opening 32 or 64 connections at once overflows socketserver's default
    # queue of 5, and each dropped SYN costs the client a 1 s retransmission.
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], cloud: LocalCloud) -> None:
        super().__init__(address, _RequestHandler)
        self.cloud = cloud

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        host_text = host.decode() if isinstance(host, bytes) else host
        return f"http://{host_text}:{port}"


class _RequestHandler(BaseHTTPRequestHandler):
    # HTTP/1.1 keeps connections alive, as botocore's connection pool expects.
    protocol_version = "HTTP/1.1"
    # Headers and body are two writes: without TCP_NODELAY, Nagle's algorithm holds the
    # body until the client's delayed ACK of the headers (about 40 ms per response).
    disable_nagle_algorithm = True
    server: LocalCloudServer

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        headers = {name.lower(): value for name, value in self.headers.items()}
        host = headers.get("host", "")
        answer = self.server.cloud.handle(headers, body, host, f"http://{host}")
        self.send_response(answer.status)
        for name, value in answer.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(answer.body)

    def do_GET(self) -> None:
        """A blob download URL ECR GetDownloadUrlForLayer answered with (S3 answers a
        presigned URL of a missing object with 403/404; here: 404 NoSuchKey)."""
        try:
            blob = self.server.cloud.fetch_blob(self.path, timeout=0)
        except BlobNotFound:
            body = b"<Error><Code>NoSuchKey</Code></Error>"
            self.send_response(404)
            self.send_header("Content-Type", "application/xml")
        else:
            body = blob
            self.send_response(200)
            self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        _log.debug("%s - %s", self.address_string(), format % args)


def start_server(
    host: str = "127.0.0.1",
    port: int = 4566,
    data_file: Path = DEFAULT_DATA_FILE,
    faults: FaultConfig | None = None,
    semantics: Semantics | None = None,
    request_log: Path | None = None,
) -> LocalCloudServer:
    """A listening (not yet serving) server; port 0 picks a free port."""
    cloud = LocalCloud(data_file, faults, semantics=semantics, request_log=request_log)
    try:
        return LocalCloudServer((host, port), cloud)
    except OSError as error:
        raise LocalCloudError(
            f"The local cloud cannot listen on {host}:{port}",
            f"{error.strerror or error}. Choose another port with --port (0 picks a free one).",
        ) from None


def serve(
    host: str = "127.0.0.1",
    port: int = 4566,
    data_file: Path = DEFAULT_DATA_FILE,
    faults: FaultConfig | None = None,
    ready: Callable[[str], None] | None = None,
    semantics: Semantics | None = None,
    request_log: Path | None = None,
) -> None:
    """Serve the local cloud until interrupted; `ready(url)` is called once listening."""
    server = start_server(host, port, data_file, faults, semantics, request_log)
    try:
        if ready is not None:
            ready(server.url)
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
