"""Which state store a spec's `settings.backend` names.

Owns: turning a backend setting into a store, and the errors for an unusable one. Must
not: read or write state.
"""

from __future__ import annotations

from pathlib import Path

from state.errors import StateError
from state.recorded.document import DEFAULT_STATE_PATH, StateStore
from state.recorded.local import LocalStore
from state.recorded.s3 import S3Store


def open_store(
    backend_type: str,
    *,
    path: Path | None = None,
    bucket: str = "",
    key: str = "",
    region: str | None = None,
    profile: str | None = None,
    role_arn: str | None = None,
    encrypt: bool = True,
    kms_key_id: str | None = None,
    endpoint_url: str | None = None,
) -> StateStore:
    """The store a spec's `settings.backend` names; StateError for an unusable backend."""
    if backend_type == "local":
        return LocalStore(path if path is not None else DEFAULT_STATE_PATH)
    if backend_type == "s3":
        missing = [name for name, value in (("bucket", bucket), ("key", key)) if not value]
        if missing:
            raise StateError(
                f"the s3 state backend needs {' and '.join(missing)}",
                "Set settings.backend.bucket and settings.backend.key in the spec.",
            )
        return S3Store(
            bucket,
            key,
            region,
            profile=profile,
            role_arn=role_arn,
            encrypt=encrypt,
            kms_key_id=kms_key_id,
            endpoint_url=endpoint_url,
        )
    raise StateError(
        f"unknown state backend type {backend_type!r}",
        'settings.backend.type must be "local" or "s3".',
    )
