"""`judge_pull`: what a repository policy says of an image role of another account.

Policies as the ECR user guide writes them (repository-policy-examples: "Allow another
account" grants `ecr:BatchGetImage` and `ecr:GetDownloadUrlForLayer` to an account's root
or a role ARN); IAM evaluation: an explicit Deny wins, and a principal of another account
needs the resource policy to allow it (IAM user guide, cross-account policy evaluation).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from planner.baseimage.pull import Pull, PullVerdict, judge_pull

ROLE = "arn:aws:iam::123456789012:role/team/SageMakerImages"
ACCOUNT = "123456789012"
PULL = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]


def policy(*statements: dict[str, Any]) -> str:
    return json.dumps({"Version": "2012-10-17", "Statement": list(statements)})


def allow(principal: Any, action: Any = PULL, **more: Any) -> dict[str, Any]:
    return {"Sid": "Pull", "Effect": "Allow", "Principal": principal, "Action": action, **more}


@pytest.mark.parametrize(
    "principal",
    [
        {"AWS": ROLE},
        {"AWS": [f"arn:aws:iam::{ACCOUNT}:root"]},
        {"AWS": ACCOUNT},
        {"AWS": "*"},
        "*",
    ],
)
def test_a_statement_naming_the_role_its_account_or_anyone_grants_the_pull(
    principal: Any,
) -> None:
    assert judge_pull(policy(allow(principal)), ROLE, ACCOUNT) == Pull(PullVerdict.GRANTED)


@pytest.mark.parametrize("action", ["ecr:*", "*", ["ecr:Batch*", "ECR:getdownloadurlforlayer"]])
def test_wildcard_and_case_insensitive_actions_grant_the_pull(action: Any) -> None:
    assert judge_pull(policy(allow({"AWS": ROLE}, action)), ROLE, ACCOUNT).verdict is (
        PullVerdict.GRANTED
    )


def test_the_two_actions_may_come_from_two_statements() -> None:
    text = policy(
        allow({"AWS": ROLE}, "ecr:BatchGetImage"),
        allow({"AWS": ACCOUNT}, "ecr:GetDownloadUrlForLayer"),
    )
    assert judge_pull(text, ROLE, ACCOUNT).verdict is PullVerdict.GRANTED


def test_a_policy_for_someone_else_or_half_the_pull_does_not_grant_it() -> None:
    other = policy(allow({"AWS": "arn:aws:iam::210987654321:root"}), allow({"Service": "x"}))
    half = policy(allow({"AWS": ROLE}, "ecr:BatchGetImage"))

    assert judge_pull(other, ROLE, ACCOUNT) == Pull(
        PullVerdict.NOT_GRANTED,
        "no statement allows it ecr:BatchGetImage, ecr:GetDownloadUrlForLayer",
    )
    assert judge_pull(half, ROLE, ACCOUNT) == Pull(
        PullVerdict.NOT_GRANTED, "no statement allows it ecr:GetDownloadUrlForLayer"
    )


def test_an_explicit_deny_wins_over_an_allow() -> None:
    text = policy(
        allow({"AWS": ROLE}),
        {"Sid": "NoPull", "Effect": "Deny", "Principal": "*", "Action": "ecr:BatchGetImage"},
    )
    assert judge_pull(text, ROLE, ACCOUNT) == Pull(
        PullVerdict.DENIED, "statement NoPull denies it ecr:BatchGetImage"
    )


@pytest.mark.parametrize(
    ("statement", "why"),
    [
        (
            allow({"AWS": "*"}, Condition={"StringEquals": {"aws:PrincipalOrgID": "o-1"}}),
            "statement Pull has a Condition",
        ),
        (
            {"Effect": "Deny", "NotPrincipal": {"AWS": "x"}, "Action": "ecr:*"},
            "statement 1 uses NotPrincipal or NotAction",
        ),
    ],
)
def test_what_depends_on_more_than_the_policy_is_unknown(statement: dict[str, Any], why: str) -> None:
    assert judge_pull(policy(statement), ROLE, ACCOUNT) == Pull(PullVerdict.UNKNOWN, why)


def test_a_policy_that_is_not_one_is_unknown() -> None:
    assert judge_pull("{", ROLE, ACCOUNT).verdict is PullVerdict.UNKNOWN
    assert judge_pull("{}", ROLE, ACCOUNT).verdict is PullVerdict.UNKNOWN
