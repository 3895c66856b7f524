"""Repository policies in the local cloud's ECR: what SetRepositoryPolicy takes.

Owns `checked_policy`, the policy text `SetRepositoryPolicy` accepts (botocore model
`ecr/2015-09-21`: `RepositoryPolicyText` of at most 10240 characters; anything that is
not a policy document whose statements each have an `Effect` of Allow or Deny, a
principal (`Principal` or `NotPrincipal`: a resource policy names who it is for) and an
action is `InvalidParameterException` "Invalid repository policy provided", as ECR
answers), and `no_policy`, the `RepositoryPolicyNotFoundException` GetRepositoryPolicy and
DeleteRepositoryPolicy answer for a repository without one (API reference,
GetRepositoryPolicy "Errors"). The policy is kept as given, under the repository's
`"policy"` key. Not modelled: `force` (ECR's check that the caller does not lock itself
out of SetRepositoryPolicy).

Must not: open transactions or judge what a policy allows (the planner does).
"""

from __future__ import annotations

import json
from typing import Any

from state.localcloud.errors import ApiError

__all__ = ["MAX_POLICY", "checked_policy", "no_policy"]

MAX_POLICY = 10240


def checked_policy(text: Any) -> str:
    """`text` if it is a repository policy ECR takes, else InvalidParameterException."""
    if isinstance(text, str) and len(text) <= MAX_POLICY and _is_policy(text):
        return text
    raise ApiError(
        "InvalidParameterException",
        "Invalid parameter at 'PolicyText' failed to satisfy constraint: "
        "'Invalid repository policy provided'",
    )


def no_policy(registry: str, name: str) -> ApiError:
    return ApiError(
        "RepositoryPolicyNotFoundException",
        f"Repository policy does not exist for the repository with name '{name}' in the "
        f"registry with id '{registry}'",
    )


def _is_policy(text: str) -> bool:
    try:
        document = json.loads(text)
    except ValueError:
        return False
    if not isinstance(document, dict):
        return False
    statements = document.get("Statement")
    if isinstance(statements, dict):
        statements = [statements]
    if not isinstance(statements, list) or not statements:
        return False
    return all(
        isinstance(statement, dict)
        and statement.get("Effect") in ("Allow", "Deny")
        and ("Principal" in statement or "NotPrincipal" in statement)
        and ("Action" in statement or "NotAction" in statement)
        for statement in statements
    )
