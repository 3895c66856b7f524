"""The in-process way into the local cloud: `LocalCloud`, attached to a boto3 client.

`attach` registers on the client's `before-send` event (the technique moto uses) and answers
each request with a botocore `AWSResponse` built from the engine's reply, so the real
botocore stack still serialises, validates, signs, parses errors and retries; only the
network is skipped. The blob download URLs ECR `GetDownloadUrlForLayer` answers with are
plain HTTP GETs outside botocore, so in-process they are answered by `fetch_blob`, which
imgver's registry reader is handed as its blob fetcher (`state.cloud.blobs`); over HTTP
the server answers the same URLs itself. botocore is imported lazily, when a response is
built, so importing `state.localcloud` stays light.

Must not: add semantics of its own; everything goes through `protocol.JsonProtocol`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from state.localcloud import layers, sts
from state.localcloud.ecr import Registry
from state.localcloud.engine import DEFAULT_ACCOUNT, Engine
from state.localcloud.errors import LocalCloudError
from state.localcloud.faults import FaultConfig, FaultInjector
from state.localcloud.iam import Iam, is_iam
from state.localcloud.layout import DATA
from state.localcloud.protocol import JsonProtocol, WireResponse, account_of, region_of
from state.localcloud.requestlog import RequestLog
from state.localcloud.semantics import Semantics
from state.localcloud.store import SqliteStore

__all__ = ["DEFAULT_ACCOUNT", "SERVICES", "BlobNotFound", "LocalCloud"]

SERVICES = ("cloudcontrol", "sagemaker", "sts", "ecr", "iam")


class BlobNotFound(LookupError):
    """A blob URL the local cloud cannot answer (like S3's 404 for a presigned URL)."""


class LocalCloud:
    """Cloud Control and SageMaker `ListAliases` for two resource types, plus ECR, IAM roles
    and STS `GetCallerIdentity`, kept in `data_file`.

    Any number of `LocalCloud`s, in any number of processes, may share one data file.
    `clock` (seconds since the epoch) exists so tests can move time instead of sleeping.
    Each account is kept apart in the data file: a request signed with a 12-digit access
    key ID is in that account, any other in `account`; STS `GetCallerIdentity` says which.
    With `request_log`, every call answered is appended to that file (`requestlog`).
    """

    def __init__(
        self,
        data_file: Path,
        faults: FaultConfig | None = None,
        *,
        account: str = DEFAULT_ACCOUNT,
        clock: Callable[[], float] = time.time,
        semantics: Semantics | None = None,
        request_log: Path | None = None,
    ) -> None:
        self.data_file = Path(data_file)
        self.faults = faults or FaultConfig()
        self.semantics = semantics or Semantics()
        self.account = account
        self._store = SqliteStore(self.data_file, DATA)
        self._log = None if request_log is None else RequestLog(request_log)
        self._injector = FaultInjector(self.faults)
        self._clock = clock
        self._engines: dict[str, Engine] = {}
        self._engines_lock = threading.Lock()
        self._iam = Iam(self._store, clock=clock)
        self._protocol = JsonProtocol(self._engine_for, self._registry_for)

    def _engine_for(self, account: str | None) -> Engine:
        """The engine of one account; all of them share the data file and the faults."""
        account = account or self.account
        with self._engines_lock:
            if account not in self._engines:
                self._engines[account] = Engine(
                    self._store,
                    self._injector,
                    account=account,
                    clock=self._clock,
                    semantics=self.semantics,
                )
            return self._engines[account]

    def _registry_for(
        self, account: str | None, blob_origin: str = layers.IN_PROCESS_ORIGIN
    ) -> Registry:
        """ECR of one account (stateless: its data is the shared data file)."""
        return Registry(
            self._store,
            account=account or self.account,
            clock=self._clock,
            strict=self.semantics.ecr == "strict",
            blob_origin=blob_origin,
        )

    def fetch_blob(self, url: str, timeout: float) -> bytes:
        """The blob behind a download URL that ECR GetDownloadUrlForLayer answered with:
        in-process, imgver GETs it through here instead of the network (`timeout` is
        unused: nothing waits). Anything the local cloud does not hold is `BlobNotFound`."""
        del timeout
        where = layers.parse_blob_url(url)
        blob = None if where is None else self._registry_for(where.registry).blob(where)
        if blob is None:
            raise BlobNotFound(f"The local cloud holds no blob at {url}")
        return blob

    def attach(self, client: Any) -> None:
        """Answer every request of a boto3 client of one of `SERVICES` locally."""
        service = client.meta.service_model.service_name
        if service not in SERVICES:
            raise LocalCloudError(
                f"The local cloud cannot serve a {service!r} client",
                f"It answers {' and '.join(SERVICES)} clients only.",
            )
        client.meta.events.register("before-send", self._before_send)

    def export(self) -> dict[str, Any]:
        """Everything the local cloud holds, as one JSON document (the version 1 shape)."""
        return self._store.export()

    def handle(
        self,
        headers: dict[str, str],
        body: bytes,
        host: str = "",
        blob_origin: str = layers.IN_PROCESS_ORIGIN,
    ) -> WireResponse:
        """Answer one AWS request (JSON protocol, IAM or STS); `headers` have lower-case names.
        ECR's blob download URLs start with `blob_origin` (the server's own URL over HTTP)."""
        if is_iam(headers, body):
            answer = self._iam.answer(body, account_of(headers) or self.account)
        elif sts.is_sts(headers, body):
            answer = sts.answer(body, account_of(headers) or self.account)
        else:
            answer = self._protocol.handle(headers, body, host, blob_origin)
        if self._log is not None:
            self._log.record(
                time=self._clock(),
                account=account_of(headers) or self.account,
                region=region_of(headers, host),
                headers=headers,
                body=body,
                status=answer.status,
            )
        return answer

    def _before_send(self, request: Any, **_: Any) -> Any:
        headers = {name.lower(): _text(value) for name, value in request.headers.items()}
        body = request.body
        if hasattr(body, "read"):
            body = body.read()
        if isinstance(body, str):
            body = body.encode("utf-8")
        if not self._protocol.handles(headers.get("x-amz-target")) and not sts.is_sts(
            headers, body or b""
        ):
            return None
        answer = self.handle(headers, body or b"", urlsplit(request.url).hostname or "")
        from botocore.awsrequest import AWSResponse
        from botocore.compat import HTTPHeaders

        response_headers = HTTPHeaders()
        for name, value in answer.headers.items():
            response_headers[name] = value
        return AWSResponse(request.url, answer.status, response_headers, _RawBody(answer.body))


def _text(value: str | bytes) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else value


class _RawBody:
    """The streaming body botocore reads a response's content from."""

    def __init__(self, content: bytes) -> None:
        self._content = content

    def stream(self, **_: Any) -> Any:
        yield self._content
