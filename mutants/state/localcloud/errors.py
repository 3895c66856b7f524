"""Errors of the local cloud: the API errors it answers with, and the problems it reports.

`ApiError` is what a Cloud Control or SageMaker endpoint returns instead of a result (an
HTTP 400 with an AWS JSON error body); the protocol layer encodes it, so botocore raises a
`ClientError` carrying the same code and message, exactly as with the real service.
`LocalCloudError` is for the person running imgver (a bad fault setting, an unreadable data
file, a port in use) and joins imgver's error tree.

Must not: hold anything that outlives one request; outcomes reported through a FAILED
progress event are `HandlerFailure` in `handlers.py`, not API errors.
"""

from __future__ import annotations

from state.errors import ImgverError


class ApiError(Exception):
    """An error response of the API: `code` becomes `__type`, `message` its message."""

    def __init__(self, code: str, message: str, status: int = 400) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.status = status


class LocalCloudError(ImgverError):
    """The local cloud cannot be configured, started, or read its data file."""
