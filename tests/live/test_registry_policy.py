"""`Registry.repository_policy`: ECR GetRepositoryPolicy, pinned with botocore's Stubber.

GetRepositoryPolicy takes `registryId` (the repository's account) and `repositoryName` and
answers `policyText`; RepositoryPolicyNotFoundException means the repository has none
(ECR API reference, GetRepositoryPolicy; botocore model `ecr/2015-09-21`). A denial (the
caller may not read another account's repository policy) is a reason, not a failure.
"""

from __future__ import annotations

from typing import Any

import boto3
from botocore.stub import Stubber

from state.cloud.registry import Registry, RepositoryPolicy

OTHER = "210987654321"


def ecr_client() -> Any:
    return boto3.client(
        "ecr", region_name="us-east-1", aws_access_key_id="x", aws_secret_access_key="x"
    )


def read(stub_setup: Any) -> RepositoryPolicy:
    ecr = ecr_client()
    with Stubber(ecr) as stub:
        stub_setup(stub)
        policy = Registry(lambda: ecr, lambda: None, region="us-east-1").repository_policy(
            OTHER, "team/ds"
        )
        stub.assert_no_pending_responses()
    return policy


def test_the_policy_text_of_the_other_accounts_repository_is_read() -> None:
    policy = read(
        lambda stub: stub.add_response(
            "get_repository_policy",
            {"registryId": OTHER, "repositoryName": "team/ds", "policyText": '{"Statement": []}'},
            {"registryId": OTHER, "repositoryName": "team/ds"},
        )
    )
    assert policy == RepositoryPolicy(text='{"Statement": []}')


def test_no_policy_is_missing_and_a_denial_is_a_reason() -> None:
    missing = read(
        lambda stub: stub.add_client_error(
            "get_repository_policy", "RepositoryPolicyNotFoundException", "none"
        )
    )
    denied = read(
        lambda stub: stub.add_client_error("get_repository_policy", "AccessDeniedException", "no")
    )

    assert missing == RepositoryPolicy(missing=True)
    assert denied == RepositoryPolicy(
        problem="ECR GetRepositoryPolicy answered AccessDeniedException (the caller needs "
        "ecr:GetRepositoryPolicy on it)"
    )
