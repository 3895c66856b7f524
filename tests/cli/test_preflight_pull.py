"""Pre-flight of whether an image role of another account may pull its base image, through
the CLI on the local cloud's ECR (repository policies set with boto3).

A role of another account than the repository's can pull only when the repository policy
allows it `ecr:BatchGetImage` and `ecr:GetDownloadUrlForLayer` (ECR user guide,
repository-policy-examples; IAM user guide, cross-account policy evaluation); no policy
is RepositoryPolicyNotFoundException (ECR API reference, GetRepositoryPolicy).
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Run
from tests.cli.ecr_push import client_for, push_through, single_manifest
from tests.cli.test_preflight import imgver, state_file, write_spec

SHARED = "210987654321"
REGISTRY = f"{SHARED}.dkr.ecr.us-east-1.amazonaws.com"
ROLE = "arn:aws:iam::123456789012:role/SageMakerImages"
HINT = "or pass --skip-preflight to plan without these checks"


def push_shared(spec: Path) -> None:
    """Push ds:1 into the shared account's repository."""
    push_through(client_for(spec, "ecr", account=SHARED), "ds", "1", single_manifest())


def set_policy(spec: Path, principal: str, actions: list[str]) -> None:
    client_for(spec, "ecr", account=SHARED).set_repository_policy(
        repositoryName="ds",
        policyText=json.dumps(
            {
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Sid": "Pull",
                        "Effect": "Allow",
                        "Principal": {"AWS": principal},
                        "Action": actions,
                    }
                ],
            }
        ),
    )


def test_a_shared_repository_must_allow_the_image_role_to_pull(run: Run, tmp_path: Path) -> None:
    spec = write_spec(tmp_path / "imgver.yaml", {"v1": f"{REGISTRY}/ds:1"}, role=ROLE)
    push_shared(spec)

    no_policy = imgver(run, spec, "plan")
    set_policy(spec, "arn:aws:iam::999999999999:root", ["ecr:*"])
    someone_else = imgver(run, spec, "plan")
    set_policy(spec, "123456789012", ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"])
    granted = imgver(run, spec, "apply", "--auto-approve")

    assert no_policy.code == 0, no_policy.err
    assert (
        f"Note: image_versions.v1: ECR repository ds in account {SHARED} has no repository "
        f"policy, so the image role {ROLE} of account 123456789012 can pull {REGISTRY}/ds:1 "
        "only once one is added allowing it ecr:BatchGetImage and ecr:GetDownloadUrlForLayer."
    ) in no_policy.out.splitlines()
    assert someone_else.code == 1
    assert someone_else.err.splitlines()[1:] == [
        f"image_versions.v1: the image role {ROLE} cannot pull {REGISTRY}/ds:1: in the "
        f"repository policy of ECR repository ds in account {SHARED}, no statement allows it "
        "ecr:BatchGetImage, ecr:GetDownloadUrlForLayer. Add a statement for "
        f"{ROLE} to that policy allowing it ecr:BatchGetImage and ecr:GetDownloadUrlForLayer, "
        + HINT
    ]
    assert granted.code == 0, granted.err
    assert "policy" not in granted.out
    assert json.loads(state_file(spec).read_text(encoding="utf-8"))["resources"]


def test_a_role_of_the_repositorys_own_account_is_not_asked_about(run: Run, tmp_path: Path) -> None:
    # A same-account pull needs no repository policy: the role's identity policy decides.
    role = f"arn:aws:iam::{SHARED}:role/SageMakerImages"
    spec = write_spec(tmp_path / "imgver.yaml", {"v1": f"{REGISTRY}/ds:1"}, role=role)
    push_shared(spec)

    result = imgver(run, spec, "plan")

    assert result.code == 0, result.err
    assert "repository policy" not in result.out
