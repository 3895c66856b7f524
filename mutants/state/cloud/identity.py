"""Who a run is: STS `GetCallerIdentity` once per run, and `AssumeRole` into an environment.

Owns the session name that names the person running imgver (`imgver-<user>`, within STS's
64 characters of `[\\w+=,.@-]`, AssumeRole API reference), assuming a role with an optional
ExternalId, and reading the caller's account once (the answer is kept: one call per run).
Every botocore error becomes a `CloudError` through `state.cloud.errors`.

Must not: compare the account with a spec or a state (the planner's binding does that),
or import boto3 at module level.
"""

from __future__ import annotations

import getpass
import re
import threading
from typing import Any

from state.cloud.errors import Call, translate_error

_SESSION_NAME_CHARACTERS = re.compile(r"[^\w+=,.@-]")
_SESSION_NAME_LENGTH = 64  # AssumeRole: RoleSessionName is 2 to 64 characters


def session_name(user: str | None = None) -> str:
    """`imgver-<user>`: CloudTrail shows who made each change in an assumed role."""
    try:
        name = user if user is not None else getpass.getuser()
    except (OSError, KeyError):  # no login name (a container without a passwd entry)
        name = "unknown"
    text = "imgver-" + _SESSION_NAME_CHARACTERS.sub("-", name)
    return text[:_SESSION_NAME_LENGTH]


def assume_role(
    session: Any,
    role_arn: str,
    *,
    external_id: str | None,
    endpoint_url: str | None = None,
    name: str | None = None,
) -> Any:
    """A boto3 session with the temporary credentials of `role_arn`, made from `session`."""
    import boto3
    from botocore.exceptions import BotoCoreError, ClientError

    params: dict[str, Any] = {"RoleArn": role_arn, "RoleSessionName": name or session_name()}
    if external_id:
        params["ExternalId"] = external_id
    call = Call("AssumeRole", "", role_arn)
    try:
        sts = session.client("sts", endpoint_url=endpoint_url)
        credentials = sts.assume_role(**params)["Credentials"]
    except (BotoCoreError, ClientError) as error:
        raise translate_error(
            error, call, region=session.region_name or "", endpoint=endpoint_url or ""
        ) from error
    return boto3.session.Session(
        aws_access_key_id=credentials["AccessKeyId"],
        aws_secret_access_key=credentials["SecretAccessKey"],
        aws_session_token=credentials["SessionToken"],
        region_name=session.region_name,
    )


class CallerIdentity:
    """The account (and ARN) of a client's credentials, asked of STS at most once."""

    def __init__(self, sts: Any) -> None:
        self._sts = sts
        self._answer: dict[str, Any] | None = None
        self._lock = threading.Lock()

    @property
    def account(self) -> str:
        return str(self._read()["Account"])

    @property
    def arn(self) -> str:
        return str(self._read()["Arn"])

    def _read(self) -> dict[str, Any]:
        from botocore.exceptions import BotoCoreError, ClientError

        with self._lock:
            if self._answer is None:
                try:
                    self._answer = self._sts.get_caller_identity()
                except (BotoCoreError, ClientError) as error:
                    raise translate_error(
                        error,
                        Call("GetCallerIdentity", ""),
                        region=self._sts.meta.region_name or "",
                        endpoint=self._sts.meta.endpoint_url or "",
                    ) from error
            return self._answer
