"""The wire protocol of the local cloud: AWS JSON 1.0 (Cloud Control) and 1.1 (SageMaker).

Owns turning a request (X-Amz-Target, JSON body, signature headers) into an engine call and
its answer into a response: the operation table, the region (the credential scope of the
SigV4 `Authorization` header, else the endpoint host, else us-east-1), JSON encoding, and
the AWS JSON error format (`__type`, `message`, `x-amzn-ErrorType`) that botocore and the
AWS CLI parse into a `ClientError`. The in-process transport and the HTTP server both go
through here, so they speak exactly the same protocol.

Must not: know Cloud Control semantics (engine.py) or how the bytes travel (transport.py,
server.py).
"""

from __future__ import annotations

import json
import logging
import re
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from state.localcloud import ecr, layers
from state.localcloud.engine import Engine
from state.localcloud.errors import ApiError

DEFAULT_REGION = "us-east-1"

_CONTENT_TYPES = {
    "CloudApiService": "application/x-amz-json-1.0",
    "SageMaker": "application/x-amz-json-1.1",
    ecr.TARGET_PREFIX: "application/x-amz-json-1.1",
}
_CREDENTIAL_SCOPE = re.compile(r"Credential=[^/,\s]+/\d{8}/([a-z0-9-]+)/")
_REGIONAL_HOST = re.compile(
    r"^(?:cloudcontrolapi|api\.sagemaker|api\.ecr)\.([a-z0-9-]+)\.amazonaws\."
)

_CREDENTIAL_KEY = re.compile(r"Credential=([^/,\s]+)/")
_ACCOUNT_ID = re.compile(r"^[0-9]{12}$")
_OPERATIONS = {
    "CloudApiService.CreateResource": "create_resource",
    "CloudApiService.GetResource": "get_resource",
    "CloudApiService.UpdateResource": "update_resource",
    "CloudApiService.DeleteResource": "delete_resource",
    "CloudApiService.ListResources": "list_resources",
    "CloudApiService.GetResourceRequestStatus": "get_resource_request_status",
    "CloudApiService.ListResourceRequests": "list_resource_requests",
    "CloudApiService.CancelResourceRequest": "cancel_resource_request",
    "SageMaker.ListAliases": "list_aliases",
}

_log = logging.getLogger(__name__)

Operation = Callable[[Mapping[str, Any], str], dict[str, Any]]


@dataclass(frozen=True)
class WireResponse:
    """An HTTP response: status, headers and body."""

    status: int
    headers: dict[str, str]
    body: bytes


class JsonProtocol:
    """Answers AWS JSON protocol requests with an `Engine`."""

    def __init__(
        self,
        engine_for: Callable[[str | None], Engine],
        registry_for: Callable[[str | None, str], ecr.Registry],
    ) -> None:
        """`engine_for(account)` is the engine answering for that account (None: the
        default), `registry_for(account, blob_origin)` its ECR, whose blob download URLs
        start with `blob_origin`."""
        self._engine_for = engine_for
        self._registry_for = registry_for

    def handles(self, target: str | None) -> bool:
        """Whether `target` (an X-Amz-Target) belongs to a service this protocol speaks."""
        return target is not None and target.partition(".")[0] in _CONTENT_TYPES

    def handle(
        self,
        headers: Mapping[str, str],
        body: bytes,
        host: str = "",
        blob_origin: str = layers.IN_PROCESS_ORIGIN,
    ) -> WireResponse:
        """Answer one request; `headers` have lower-case names; `blob_origin` is where the
        blob download URLs ECR answers with are served."""
        target = headers.get("x-amz-target", "")
        content_type = _CONTENT_TYPES.get(target.partition(".")[0], _CONTENT_TYPES["SageMaker"])
        try:
            service: Engine | ecr.Registry
            if target.startswith(ecr.TARGET_PREFIX + "."):
                method = ecr.OPERATIONS.get(target)
                service = self._registry_for(account_of(headers), blob_origin)
            else:
                method = _OPERATIONS.get(target)
                service = self._engine_for(account_of(headers))
            if method is None:
                raise ApiError("UnknownOperationException", f"Unknown operation {target!r}.")
            operation: Operation = getattr(service, method)
            result = operation(_parse(body), region_of(headers, host))
        except ApiError as error:
            return _error(content_type, error)
        except Exception as error:
            # Anything else is a fault of the local cloud itself; answer like AWS does (a
            # 500 the client may retry) rather than dropping the connection.
            _log.exception("local cloud failed on %s", target)
            return _error(content_type, ApiError("InternalFailure", str(error), status=500))
        return _response(200, content_type, result)


def region_of(headers: Mapping[str, str], host: str = "") -> str:
    """The region a request is for: its SigV4 credential scope, else its endpoint host."""
    scope = _CREDENTIAL_SCOPE.search(headers.get("authorization", ""))
    if scope:
        return scope.group(1)
    regional = _REGIONAL_HOST.match(host)
    return regional.group(1) if regional else DEFAULT_REGION


def account_of(headers: Mapping[str, str]) -> str | None:
    """The account a request's credentials name, or None.

    An access key ID of 12 digits is taken as the account ID (LocalStack's convention,
    https://docs.localstack.cloud/references/multi-account-setups/); any other names none.
    This is how one data file holds several accounts: each run signs with its account.
    """
    key = _CREDENTIAL_KEY.search(headers.get("authorization", ""))
    if key and _ACCOUNT_ID.match(key.group(1)):
        return key.group(1)
    return None


def _parse(body: bytes) -> dict[str, Any]:
    try:
        params = json.loads(body or b"{}")
    except ValueError:
        raise ApiError("SerializationException", "The request body is not valid JSON.") from None
    if not isinstance(params, dict):
        raise ApiError("SerializationException", "The request body must be a JSON object.")
    return params


def _error(content_type: str, error: ApiError) -> WireResponse:
    response = _response(
        error.status, content_type, {"__type": error.code, "message": error.message}
    )
    response.headers["x-amzn-ErrorType"] = error.code
    return response


def _response(status: int, content_type: str, payload: Mapping[str, Any]) -> WireResponse:
    body = json.dumps(payload).encode("utf-8")
    headers = {
        "Content-Type": content_type,
        "Content-Length": str(len(body)),
        "x-amzn-RequestId": str(uuid.uuid4()),
    }
    return WireResponse(status, headers, body)
