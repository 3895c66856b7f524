"""The local cloud's request log: one JSON line per call it answers, appended to a file.

Owns the log's line (`time`, `account`, `region`, `operation` such as
`CloudApiService.GetResource` or `iam.GetRole`, the call's `params`, the HTTP `status`),
and appending it: the file is opened for appending with mode 0600 and each line is one
write, so the threads of one process and several processes (a `local-cloud serve`, an
`imgver --local` run) can share one log. `IMGVER_LOCAL_REQUEST_LOG` names the file for
`--local` and `local-cloud serve`; `read_log` gives the lines back, for tests and for
counting what a command asked.

Must not: change an answer, or log anything the request did not carry.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from state.localcloud.errors import LocalCloudError

ENV_REQUEST_LOG = "IMGVER_LOCAL_REQUEST_LOG"


def request_log_from_env(environ: Mapping[str, str] | None = None) -> Path | None:
    """The log file `IMGVER_LOCAL_REQUEST_LOG` names, None when it is unset or empty."""
    value = (os.environ if environ is None else environ).get(ENV_REQUEST_LOG, "").strip()
    return Path(value) if value else None


class RequestLog:
    """Appends one line per answered call to `path`."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()

    def record(
        self,
        *,
        time: float,
        account: str,
        region: str,
        headers: Mapping[str, str],
        body: bytes,
        status: int,
    ) -> None:
        operation, params = _describe(headers, body)
        line = json.dumps(
            {
                "time": time,
                "account": account,
                "region": region,
                "operation": operation,
                "params": params,
                "status": status,
            },
            separators=(",", ":"),
        )
        with self._lock:
            try:
                descriptor = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
                try:
                    os.write(descriptor, (line + "\n").encode("utf-8"))
                finally:
                    os.close(descriptor)
            except OSError as error:
                raise LocalCloudError(
                    f"cannot write the local cloud request log {self.path}: "
                    f"{error.strerror or error}",
                    f"Choose a file imgver can write in {ENV_REQUEST_LOG} or --request-log.",
                ) from None


def read_log(path: Path) -> list[dict[str, Any]]:
    """The lines of a request log, oldest first."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line]


def _describe(headers: Mapping[str, str], body: bytes) -> tuple[str, Any]:
    """(operation, params) of a JSON-protocol call, or of a query-protocol (IAM, STS) one."""
    target = headers.get("x-amz-target")
    if target:
        try:
            return target, json.loads(body or b"{}")
        except ValueError:
            return target, None
    form = {key: values[0] for key, values in parse_qs(body.decode("utf-8", "replace")).items()}
    service = "iam" if "/iam/" in headers.get("authorization", "") else "sts"
    return f"{service}.{form.pop('Action', '')}", form
