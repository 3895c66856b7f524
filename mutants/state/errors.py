"""The root of imgver's error tree and the errors raised on the state side.

The whole tree is drawn in `planner.errors`; this module holds the part that `state/`
raises, because `state/` must not import the planner. Every error carries a one-line
`summary` and an optional `detail` a person can act on; the CLI prints both and exits
with `exit_code`. Third-party exceptions (botocore, OS errors) are translated into these
at the boundary that meets them and never escape it.
"""

from __future__ import annotations


class ImgverError(Exception):
    """Anything imgver reports to a person instead of a traceback."""

    exit_code = 1

    def __init__(self, summary: str, detail: str = "") -> None:
        super().__init__(summary)
        self.summary = summary
        self.detail = detail

    def __str__(self) -> str:
        return f"{self.summary}\n{self.detail}" if self.detail else self.summary


class StateError(ImgverError):
    """The recorded state cannot be read, written or trusted."""


class StateLockedError(StateError):
    """Another process holds the state lock."""


class CloudError(ImgverError):
    """A call to AWS (or the local cloud) failed.

    `operation` is the API or Cloud Control operation (`CreateResource`, `GetResource`, ...),
    `error_code` the service's code (`Throttling`, `AccessDeniedException`, ...) and
    `status_message` its message, all shown verbatim.
    """

    def __init__(
        self,
        summary: str,
        detail: str = "",
        *,
        operation: str = "",
        type_name: str = "",
        identifier: str = "",
        error_code: str = "",
        status_message: str = "",
    ) -> None:
        super().__init__(summary, detail)
        self.operation = operation
        self.type_name = type_name
        self.identifier = identifier
        self.error_code = error_code
        self.status_message = status_message
