"""Pre-flight of whether each new version's image role may pull its base image.

Owns `check_pulls`: for each version the plan creates whose image exists in ECR and whose
image role is in another account than the repository, the repository's policy is read
(ECR GetRepositoryPolicy, once per repository, in parallel) and judged
(`planner.baseimage.pull`). A role of the repository's own account is not asked about
(its identity policy decides, which only IAM SimulatePrincipalPolicy could tell).

- a policy that denies the role a pull action, or grants it none: a problem naming the
  addresses, the role, the image and the fix;
- no policy (`RepositoryPolicyNotFoundException`), a policy that cannot be read (the
  caller may not read another account's repository policy: an access denial), or one
  whose effect depends on conditions: a note.

Must not: write anything, or check anything but the pull of the versions it is given.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import partial
from typing import Protocol

from planner.baseimage.pull import PULL_ACTIONS, PullVerdict, judge_pull
from planner.baseimage.reference import EcrImage
from planner.plan.refresh import read_in_parallel
from state.cloud.registry import RepositoryPolicy

__all__ = ["ROLE_ARN", "PolicyReader", "check_pulls"]

ROLE_ARN = re.compile(r"^arn:aws[a-z-]*:iam::(?P<account>\d{12}):role/(?:[^/]+/)*(?P<name>[^/]+)$")


class PolicyReader(Protocol):
    def repository_policy(self, registry_id: str, repository: str) -> RepositoryPolicy: ...


def check_pulls(
    pulls: Sequence[tuple[str, EcrImage, str]],
    reader: PolicyReader,
    *,
    skip_hint: str,
    parallelism: int,
) -> tuple[list[str], list[str]]:
    """(problems, notes) for each (address, image, image role ARN) pull."""
    users: dict[tuple[tuple[str, str, str], str, str], list[tuple[str, EcrImage]]] = {}
    for address, image, role_arn in pulls:
        match = ROLE_ARN.match(role_arn)
        if match is None or match.group("account") == image.account:
            continue
        pull = (image.repository_key, role_arn, match.group("account"))
        users.setdefault(pull, []).append((address, image))
    repositories = sorted({repository for repository, _, _ in users})
    policies = read_in_parallel(
        {key: partial(reader.repository_policy, key[0], key[2]) for key in repositories},
        parallelism=parallelism,
    )
    problems: list[str] = []
    notes: list[str] = []
    fix = f"allowing it {' and '.join(PULL_ACTIONS)}"
    for (repository, role_arn, role_account), versions in sorted(users.items()):
        addresses = ", ".join(address for address, _ in versions)
        image = versions[0][1]
        where = f"ECR repository {image.repository} in account {image.account}"
        policy = policies[repository]
        if policy.problem:
            notes.append(
                f"{addresses}: whether the image role {role_arn} may pull {image.text} could "
                f"not be checked: {policy.problem}"
            )
            continue
        if policy.missing:
            notes.append(
                f"{addresses}: {where} has no repository policy, so the image role {role_arn} "
                f"of account {role_account} can pull {image.text} only once one is added {fix}"
            )
            continue
        verdict = judge_pull(policy.text, role_arn, role_account)
        if verdict.verdict in (PullVerdict.DENIED, PullVerdict.NOT_GRANTED):
            problems.append(
                f"{addresses}: the image role {role_arn} cannot pull {image.text}: in the "
                f"repository policy of {where}, {verdict.why}. Add a statement for "
                f"{role_arn} to that policy {fix}, " + skip_hint
            )
        elif verdict.verdict is PullVerdict.UNKNOWN:
            notes.append(
                f"{addresses}: whether the image role {role_arn} may pull {image.text} cannot "
                f"be told from the repository policy of {where}: {verdict.why}"
            )
    return problems, notes
