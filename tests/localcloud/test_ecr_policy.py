"""Repository policies in the local cloud's ECR, through a real boto3 client.

From the ECR API reference and botocore's `ecr/2015-09-21` model: SetRepositoryPolicy
answers the policy it keeps (InvalidParameterException for text that is not a policy;
RepositoryNotFoundException for a missing repository); GetRepositoryPolicy and
DeleteRepositoryPolicy answer RepositoryPolicyNotFoundException for a repository without one.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from state.localcloud import FaultConfig, LocalCloud, Semantics
from tests.localcloud.conftest import ACCOUNT, Aws, make_client

POLICY = json.dumps(
    {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": "Pull",
                "Effect": "Allow",
                "Principal": {"AWS": "arn:aws:iam::210987654321:root"},
                "Action": ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"],
            }
        ],
    }
)


def ecr_of(cloud: LocalCloud) -> Any:
    client = make_client("ecr")
    cloud.attach(client)
    return client


@pytest.fixture
def ecr(data_file: Path) -> Any:
    return ecr_of(LocalCloud(data_file, FaultConfig(op_seconds=0)))


def test_a_policy_set_is_read_back_and_deleted(ecr: Any) -> None:
    ecr.create_repository(repositoryName="ds")
    missing = Aws.error(lambda: ecr.get_repository_policy(repositoryName="ds"))
    assert missing == (
        "RepositoryPolicyNotFoundException",
        "Repository policy does not exist for the repository with name 'ds' in the registry "
        f"with id '{ACCOUNT}'",
    )

    put = ecr.set_repository_policy(repositoryName="ds", policyText=POLICY)
    got = ecr.get_repository_policy(repositoryName="ds")
    deleted = ecr.delete_repository_policy(repositoryName="ds")

    for answer in (put, got, deleted):
        assert (answer["registryId"], answer["repositoryName"], answer["policyText"]) == (
            ACCOUNT,
            "ds",
            POLICY,
        )
    assert Aws.error(lambda: ecr.delete_repository_policy(repositoryName="ds"))[0] == (
        "RepositoryPolicyNotFoundException"
    )


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        "{}",
        json.dumps({"Statement": [{"Effect": "Allow", "Action": "ecr:*"}]}),  # no principal
        json.dumps({"Statement": [{"Effect": "Maybe", "Principal": "*", "Action": "ecr:*"}]}),
    ],
)
def test_text_that_is_not_a_repository_policy_is_refused(ecr: Any, text: str) -> None:
    ecr.create_repository(repositoryName="ds")
    code, message = Aws.error(lambda: ecr.set_repository_policy(repositoryName="ds", policyText=text))
    assert code == "InvalidParameterException"
    assert "Invalid repository policy provided" in message
    assert Aws.error(lambda: ecr.get_repository_policy(repositoryName="ds"))[0] == (
        "RepositoryPolicyNotFoundException"
    )


def test_a_repository_never_created_has_no_policy_and_cannot_be_given_one(ecr: Any) -> None:
    assert Aws.error(lambda: ecr.get_repository_policy(repositoryName="ds"))[0] == (
        "RepositoryPolicyNotFoundException"
    )
    assert Aws.error(lambda: ecr.set_repository_policy(repositoryName="ds", policyText=POLICY))[
        0
    ] == ("RepositoryNotFoundException")


def test_with_a_strict_ecr_a_repository_never_created_is_not_found(data_file: Path) -> None:
    ecr = ecr_of(LocalCloud(data_file, FaultConfig(op_seconds=0), semantics=Semantics(ecr="strict")))
    assert Aws.error(lambda: ecr.get_repository_policy(repositoryName="ds"))[0] == (
        "RepositoryNotFoundException"
    )
