"""The IAM permissions each Cloud Control, SageMaker, ECR and IAM call of imgver's needs.

Owns: which IAM actions a caller needs per operation, from the bundled schemas' handler
permissions. Must not: make calls.
"""

from __future__ import annotations

from state.schema import SUPPORTED_TYPES, load_schema

API_OPERATION = {
    "CREATE": "CreateResource",
    "UPDATE": "UpdateResource",
    "DELETE": "DeleteResource",
}
_HANDLER = {
    "CreateResource": "create",
    "UpdateResource": "update",
    "DeleteResource": "delete",
    "GetResource": "read",
    "ListResources": "list",
}
# The ECR and IAM reads of base-image pre-flight and digest resolution, each needing the
# action of its own name (ECR API reference, "Amazon ECR API permissions"; IAM API
# reference, GetRole).
REGISTRY_PERMISSIONS = {
    "DescribeImages": "ecr:DescribeImages",
    "BatchGetImage": "ecr:BatchGetImage",
    "GetDownloadUrlForLayer": "ecr:GetDownloadUrlForLayer",
    "GetRepositoryPolicy": "ecr:GetRepositoryPolicy",
    "GetRole": "iam:GetRole",
}


def required_permissions(operation: str, type_name: str) -> list[str]:
    """The IAM actions a caller needs for `operation` (a Cloud Control or SageMaker API name).

    Cloud Control runs the type's handlers with the caller's credentials, so a mutating
    call needs the Cloud Control action, `GetResourceRequestStatus` to wait, and every
    permission the schema lists for the handler.
    """
    if operation == "ListAliases":
        return ["sagemaker:ListAliases"]
    if operation in REGISTRY_PERMISSIONS:
        return [REGISTRY_PERMISSIONS[operation]]
    permissions = [f"cloudformation:{operation}"]
    if operation in API_OPERATION.values():
        permissions.append("cloudformation:GetResourceRequestStatus")
    if operation in _HANDLER and type_name in SUPPORTED_TYPES:
        permissions.extend(load_schema(type_name).permissions(_HANDLER[operation]))
    return permissions
