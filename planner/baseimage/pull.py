"""Whether an ECR repository policy lets an image role of another account pull its images.

Owns `judge_pull`: SageMaker pulls a version's base image with the image's role
(`ImageRoleArn`). A role of the repository's own account needs only its identity policy;
a role of another account also needs the repository's policy to allow it (cross-account
access to a resource needs both sides: IAM user guide, "Cross-account policy evaluation
logic"; ECR user guide, repository-policy-examples, "Allow another account" granting
`ecr:BatchGetImage` and `ecr:GetDownloadUrlForLayer`, the two actions a pull makes,
with `ecr:BatchCheckLayerAvailability`). A pull is judged for `PULL_ACTIONS`:

- `GRANTED`: an `Allow` statement without a `Condition` names the role (its ARN, its
  account ID, the account's `:root` ARN, or `*`) for every pull action (exactly, or by a
  wildcard such as `ecr:*`), and no `Deny` can apply to it;
- `DENIED`: a `Deny` statement without a `Condition` names it for a pull action;
- `NOT_GRANTED`: no statement can grant it (so the pull fails: a resource policy that does
  not allow a principal of another account denies it);
- `UNKNOWN`: a statement whose effect on the role depends on what the policy alone cannot
  tell (`Condition`, `NotPrincipal`, `NotAction`), or a policy imgver cannot read.

The role's own identity policy (in its account) is not judged: telling whether it allows
the pull needs IAM `SimulatePrincipalPolicy` in that account, which imgver does not call.

Must not: do I/O.
"""

from __future__ import annotations

import enum
import fnmatch
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

__all__ = ["PULL_ACTIONS", "Pull", "PullVerdict", "judge_pull"]

PULL_ACTIONS = ("ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer")


class PullVerdict(enum.Enum):
    GRANTED = "granted"
    DENIED = "denied"
    NOT_GRANTED = "not granted"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Pull:
    """The verdict and, when it is not GRANTED, why, in words."""

    verdict: PullVerdict
    why: str = ""


def judge_pull(policy_text: str, role_arn: str, role_account: str) -> Pull:
    """Whether `policy_text` (a repository policy) lets `role_arn` pull images."""
    try:
        document = json.loads(policy_text)
    except ValueError:
        return Pull(PullVerdict.UNKNOWN, "the repository policy is not JSON")
    statements = document.get("Statement") if isinstance(document, dict) else None
    if isinstance(statements, dict):
        statements = [statements]
    if not isinstance(statements, list):
        return Pull(PullVerdict.UNKNOWN, "the repository policy has no Statement list")
    granted: set[str] = set()
    unsure: list[str] = []
    for number, statement in enumerate(statements, 1):
        if not isinstance(statement, dict):
            unsure.append(f"statement {number} is not an object")
            continue
        name = f"statement {statement.get('Sid') or number}"
        if "NotPrincipal" in statement or "NotAction" in statement:
            if statement.get("Effect") in ("Allow", "Deny"):
                unsure.append(f"{name} uses NotPrincipal or NotAction")
            continue
        if not _names(statement.get("Principal"), role_arn, role_account):
            continue
        actions = [a for a in PULL_ACTIONS if _covers(statement.get("Action"), a)]
        if not actions:
            continue
        if "Condition" in statement:
            unsure.append(f"{name} has a Condition")
            continue
        if statement.get("Effect") == "Deny":
            return Pull(PullVerdict.DENIED, f"{name} denies it {', '.join(actions)}")
        if statement.get("Effect") == "Allow":
            granted.update(actions)
    if unsure:
        return Pull(PullVerdict.UNKNOWN, "; ".join(unsure))
    missing = [action for action in PULL_ACTIONS if action not in granted]
    if missing:
        return Pull(PullVerdict.NOT_GRANTED, f"no statement allows it {', '.join(missing)}")
    return Pull(PullVerdict.GRANTED)


def _names(principal: Any, role_arn: str, role_account: str) -> bool:
    """Whether a statement's `Principal` includes the role."""
    if principal == "*":
        return True
    if not isinstance(principal, dict):
        return False
    aws = principal.get("AWS")
    values = [aws] if isinstance(aws, str) else aws if isinstance(aws, list) else []
    accepted = {"*", role_arn, role_account, f"{_partition(role_arn)}:iam::{role_account}:root"}
    return any(isinstance(value, str) and value in accepted for value in values)


def _covers(action: Any, wanted: str) -> bool:
    """Whether a statement's `Action` (a string or a list, with `*` and `?` wildcards,
    compared without case as IAM does) includes `wanted`."""
    patterns: Iterable[Any] = [action] if isinstance(action, str) else action or []
    return any(
        isinstance(pattern, str) and fnmatch.fnmatchcase(wanted.lower(), pattern.lower())
        for pattern in patterns
    )


def _partition(role_arn: str) -> str:
    """`arn:aws`, `arn:aws-cn`, ...: the ARN prefix of the role's partition."""
    return ":".join(role_arn.split(":")[:2])
