"""STS `GetCallerIdentity` of the local cloud: which account a request's credentials are in.

Owns recognising an STS query-protocol request (form-encoded `Action=...`) and answering
`GetCallerIdentity` in the XML shape botocore parses (STS API reference,
https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html). Any other
STS action is answered `InvalidAction`, as STS answers an action it does not know.

Must not: keep data or know Cloud Control; the account is decided by `protocol.account_of`.
"""

from __future__ import annotations

import uuid
from urllib.parse import parse_qs
from xml.sax.saxutils import escape

from state.localcloud.protocol import WireResponse

_NS = "https://sts.amazonaws.com/doc/2011-06-15/"


def is_sts(headers: dict[str, str], body: bytes) -> bool:
    """Whether a request is an STS query-protocol call (no X-Amz-Target, `Action=` form body)."""
    return "x-amz-target" not in headers and body.startswith(b"Action=")


def answer(body: bytes, account: str) -> WireResponse:
    """The answer to one STS request from credentials in `account`."""
    action = parse_qs(body.decode("utf-8", "replace")).get("Action", [""])[0]
    request_id = str(uuid.uuid4())
    if action != "GetCallerIdentity":
        text = (
            f'<ErrorResponse xmlns="{_NS}"><Error><Type>Sender</Type>'
            f"<Code>InvalidAction</Code><Message>Could not find operation {escape(action)} "
            f"for version 2011-06-15</Message></Error><RequestId>{request_id}</RequestId>"
            "</ErrorResponse>"
        )
        return _xml(400, text)
    arn = f"arn:aws:iam::{account}:user/imgver-local"
    text = (
        f'<GetCallerIdentityResponse xmlns="{_NS}"><GetCallerIdentityResult>'
        f"<Arn>{arn}</Arn><UserId>AIDALOCALCLOUD{account}</UserId>"
        f"<Account>{account}</Account></GetCallerIdentityResult>"
        f"<ResponseMetadata><RequestId>{request_id}</RequestId></ResponseMetadata>"
        "</GetCallerIdentityResponse>"
    )
    return _xml(200, text)


def _xml(status: int, text: str) -> WireResponse:
    body = text.encode("utf-8")
    headers = {
        "Content-Type": "text/xml",
        "Content-Length": str(len(body)),
        "x-amzn-RequestId": str(uuid.uuid4()),
    }
    return WireResponse(status, headers, body)
