"""The least-privilege IAM policy document an apply, or a read-only drift job, needs.

Owns `policy_document`: the IAM actions of every call imgver makes, derived from
`state.cloud.permissions.required_permissions` (the bundled schemas' handler permissions,
which Cloud Control exercises with the caller's credentials, plus the Cloud Control action
itself) and the SageMaker `ListAliases` imgver calls directly. Reading an Image needs
`sagemaker:ListTags` (the Image read handler's permissions in the bundled schema). Plan and
drift read base images: `ecr:DescribeImages`, `ecr:BatchGetImage`,
`ecr:GetDownloadUrlForLayer` (a single-platform image's config blob),
`ecr:GetRepositoryPolicy` (whether an image role of another account may pull) and
`iam:GetRole`.

Must not: make calls, or know about state backends (an S3 backend's own permissions are the
user's bucket policy, named in the README).
"""

from __future__ import annotations

from typing import Any

from state.cloud.permissions import required_permissions
from state.schema import SUPPORTED_TYPES

__all__ = ["policy_document"]

# Plan and drift also read ECR and IAM: tags to digests, image manifests, config blobs, the
# image role.
_READS = (
    "GetResource",
    "ListResources",
    "ListAliases",
    "DescribeImages",
    "BatchGetImage",
    "GetDownloadUrlForLayer",
    "GetRepositoryPolicy",
    "GetRole",
)
# A mutation waits for its request (GetResourceRequestStatus, in required_permissions) and
# reads the result back.
_WRITES = ("CreateResource", "UpdateResource", "DeleteResource")


def policy_document(*, read_only: bool) -> dict[str, Any]:
    """The IAM policy (JSON document as a dict) for plan/apply, or for drift/plan only."""
    operations = _READS if read_only else (*_READS, *_WRITES)
    actions = sorted(
        {
            action
            for operation in operations
            for type_name in sorted(SUPPORTED_TYPES)
            for action in required_permissions(operation, type_name)
        }
    )
    return {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": "ImgverReadOnly" if read_only else "ImgverApply",
                "Effect": "Allow",
                "Action": actions,
                "Resource": "*",
            }
        ],
    }
