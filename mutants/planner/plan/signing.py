"""The optional HMAC over a saved plan, for plan and apply jobs that share a secret.

Owns the `"hmac"` member of a plan document: `sign` adds it (HMAC-SHA256 over the
canonical JSON of every other member) when a key is given, `verify` refuses a document
whose HMAC is missing, wrong, or present without a key to check it. The key comes from
`IMGVER_PLAN_KEY` (read by the command line). Must not: read the environment or files,
or decide whether a plan is fresh (that is `planner.plan.verify`).
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from typing import Any, Final

from planner.errors import PlanError
from state.values import canonical_json

__all__ = ["HMAC_FIELD", "PLAN_KEY_ENV", "sign", "verify"]

HMAC_FIELD: Final = "hmac"
PLAN_KEY_ENV: Final = "IMGVER_PLAN_KEY"


def _mac(document: Mapping[str, Any], key: str) -> str:
    body = {name: value for name, value in document.items() if name != HMAC_FIELD}
    return hmac.new(
        key.encode("utf-8"), canonical_json(body).encode("utf-8"), hashlib.sha256
    ).hexdigest()


def sign(document: dict[str, Any], key: str | None) -> dict[str, Any]:
    """`document` with its HMAC when `key` is set (else unchanged)."""
    if not key:
        return document
    return {**document, HMAC_FIELD: _mac(document, key)}


def verify(document: Mapping[str, Any], key: str | None, *, source: str) -> None:
    """Refuse a document whose HMAC does not match `key` (PlanError naming `source`)."""
    mac = document.get(HMAC_FIELD)
    if not key:
        if mac is not None:
            raise PlanError(
                f"{source} is signed, but {PLAN_KEY_ENV} is not set to check it",
                f"set {PLAN_KEY_ENV} to the key the plan was saved with",
            )
        return
    if mac is None:
        raise PlanError(
            f"{source} is not signed, and {PLAN_KEY_ENV} is set",
            f"save the plan with {PLAN_KEY_ENV} set, or unset it to apply unsigned plans",
        )
    if not isinstance(mac, str) or not hmac.compare_digest(mac, _mac(document, key)):
        raise PlanError(
            f"{source} has been altered: its HMAC does not match {PLAN_KEY_ENV}",
            "make the plan again with `imgver plan --out FILE`",
        )
