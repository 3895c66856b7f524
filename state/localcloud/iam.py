"""IAM in the local cloud: `CreateRole` and `GetRole`, per account, over the query protocol.

Owns recognising an IAM request (form-encoded `Action=...` signed for the `iam` service),
keeping roles in the data file (through `ecr.RegistryData`) and answering in the XML shape
botocore parses (IAM API reference, GetRole and CreateRole;
https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRole.html). A missing role is
`NoSuchEntity` (HTTP 404), an existing one on create `EntityAlreadyExists` (409).

An account in which no role was ever created stands for one whose roles the local cloud
does not hold: `GetRole` answers for any name, so specs that never mention IAM keep
working. Once a role is created in an account, that account is strict.

Must not: know ECR or Cloud Control; any other IAM action is `InvalidAction`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import uuid
from collections.abc import Callable, Mapping
from urllib.parse import parse_qs, quote
from xml.sax.saxutils import escape

from state.localcloud.ecr import RegistryData
from state.localcloud.protocol import WireResponse
from state.localcloud.store import SqliteStore

_NS = "https://iam.amazonaws.com/doc/2010-05-08/"
_SIGNED_FOR_IAM = re.compile(r"Credential=[^/,\s]+/\d{8}/[a-z0-9-]+/iam/")
_ROLE_NAME = re.compile(r"^[\w+=,.@-]{1,64}$")


def is_iam(headers: Mapping[str, str], body: bytes) -> bool:
    """Whether a request is an IAM query-protocol call."""
    return (
        "x-amz-target" not in headers
        and body.startswith(b"Action=")
        and bool(_SIGNED_FOR_IAM.search(headers.get("authorization", "")))
    )


class Iam:
    """IAM roles over the local cloud's data file."""

    def __init__(self, store: SqliteStore, *, clock: Callable[[], float]) -> None:
        self._store = store
        self._clock = clock

    def answer(self, body: bytes, account: str) -> WireResponse:
        """The answer to one IAM request from credentials in `account`."""
        form = {key: values[0] for key, values in parse_qs(body.decode("utf-8")).items()}
        action = form.get("Action", "")
        name = form.get("RoleName", "")
        if action not in ("GetRole", "CreateRole"):
            return _error(400, "InvalidAction", f"Could not find operation {action}")
        if not _ROLE_NAME.match(name):
            return _error(
                400, "ValidationError", f"The specified value for roleName is invalid: {name!r}"
            )
        with self._store.transaction(write=action == "CreateRole") as document:
            data = RegistryData(document)
            roles = data.roles(account)
            if action == "CreateRole":
                if name in roles:
                    return _error(
                        409, "EntityAlreadyExists", f"Role with name {name} already exists."
                    )
                roles[name] = {
                    "created": self._clock(),
                    "trust": form.get("AssumeRolePolicyDocument", ""),
                    "path": form.get("Path", "/"),
                }
                data.changed()
            elif name not in roles and roles:
                return _error(404, "NoSuchEntity", f"The role with name {name} cannot be found.")
            role = roles.get(name) or {"created": 0.0, "trust": "", "path": "/"}
        return _xml(
            200,
            f"{action}Response",
            f"<{action}Result>{_role(account, name, role)}</{action}Result>",
        )


def _role(account: str, name: str, role: Mapping[str, object]) -> str:
    created = dt.datetime.fromtimestamp(float(str(role["created"])), dt.UTC)
    role_id = "AROA" + hashlib.sha256(f"{account}/{name}".encode()).hexdigest()[:17].upper()
    return (
        f"<Role><Path>{escape(str(role['path']))}</Path><RoleName>{escape(name)}</RoleName>"
        f"<RoleId>{role_id}</RoleId><Arn>arn:aws:iam::{account}:role{escape(str(role['path']))}"
        f"{escape(name)}</Arn><CreateDate>{created.strftime('%Y-%m-%dT%H:%M:%SZ')}</CreateDate>"
        f"<AssumeRolePolicyDocument>{escape(quote(str(role['trust'])))}"
        "</AssumeRolePolicyDocument></Role>"
    )


def _error(status: int, code: str, message: str) -> WireResponse:
    text = (
        f'<ErrorResponse xmlns="{_NS}"><Error><Type>Sender</Type><Code>{code}</Code>'
        f"<Message>{escape(message)}</Message></Error>"
        f"<RequestId>{uuid.uuid4()}</RequestId></ErrorResponse>"
    )
    return _wire(status, text)


def _xml(status: int, element: str, content: str) -> WireResponse:
    text = (
        f'<{element} xmlns="{_NS}">{content}'
        f"<ResponseMetadata><RequestId>{uuid.uuid4()}</RequestId></ResponseMetadata>"
        f"</{element}>"
    )
    return _wire(status, text)


def _wire(status: int, text: str) -> WireResponse:
    body = text.encode("utf-8")
    headers = {
        "Content-Type": "text/xml",
        "Content-Length": str(len(body)),
        "x-amzn-RequestId": str(uuid.uuid4()),
    }
    return WireResponse(status, headers, body)
