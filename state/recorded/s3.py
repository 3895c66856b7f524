"""State as an S3 object, and its lock: the object `<key>.lock` beside it.

Owns: conditional reads and writes of the state object (If-Match on the ETag last seen),
the `.backup` object (the state as a store first found it, so written once per command),
the lock object created with If-None-Match, server-side encryption of every object it
writes (SSE-S3 by default, SSE-KMS with a key, or none when asked), the client (a profile,
an assumed role, an S3-compatible endpoint) and the translation of S3 errors into
StateError. boto3 is imported lazily, only here, so commands that never
reach S3 do not pay for it. Must not: touch Cloud Control resources.
"""

from __future__ import annotations

from contextlib import AbstractContextManager, suppress
from typing import Any

from state.errors import StateError
from state.recorded.document import BACKUP_SUFFIX, LOCK_SUFFIX, DocumentStore
from state.recorded.lock import LockInfo, LockReading, check_force_unlock, hold_lock


class _Refused(Exception):
    """An S3 error code the caller expected and handles itself (not shown to people)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


# S3 answers 412 when a condition fails and 409 when another conditional write to the same
# key is in flight; for imgver both mean "someone else got there first".
_CONDITION_FAILED = ("PreconditionFailed", "ConditionalRequestConflict")
_CREDENTIAL_CODES = (
    "InvalidAccessKeyId",
    "SignatureDoesNotMatch",
    "ExpiredToken",
    "InvalidToken",
    "TokenRefreshRequired",
)


class S3Store(DocumentStore):
    """State as an S3 object, locked by the object `<key>.lock`, previous copy in `<key>.backup`.

    The lock is created with `If-None-Match: *`, so only one run can create it; the state is
    written with `If-Match` on the ETag this store last read or wrote, so a write based on a
    state that changed underneath is refused instead of overwriting it.
    """

    def __init__(
        self,
        bucket: str,
        key: str,
        region: str | None = None,
        *,
        client: Any = None,
        profile: str | None = None,
        role_arn: str | None = None,
        encrypt: bool = True,
        kms_key_id: str | None = None,
        endpoint_url: str | None = None,
    ) -> None:
        super().__init__()
        self.bucket = bucket
        self.key = key
        self.region = region
        self.description = f"s3://{bucket}/{key}"
        self.lock_key = key + LOCK_SUFFIX
        self.backup_key = key + BACKUP_SUFFIX
        self._client = client
        self._profile = profile
        self._role_arn = role_arn
        self._endpoint_url = endpoint_url
        # PutObject's encryption parameters (S3 API reference, PutObject
        # x-amz-server-side-encryption): AES256 is SSE-S3, aws:kms with a key is SSE-KMS.
        self._encryption: dict[str, Any] = {}
        if kms_key_id:
            self._encryption = {"ServerSideEncryption": "aws:kms", "SSEKMSKeyId": kms_key_id}
        elif encrypt:
            self._encryption = {"ServerSideEncryption": "AES256"}
        # ETag and text of the state object as last read or written; None: there was none.
        self._etag: str | None = None
        self._stored: str | None = None
        self._lock_etags: dict[str, str] = {}
        self._backed_up = False

    @property
    def client(self) -> Any:
        if self._client is None:
            self._client = self._make_client()
        return self._client

    def lock(self, operation: str, *, timeout: float = 0.0) -> AbstractContextManager[LockInfo]:
        return hold_lock(
            self._create_lock,
            self._current_lock,
            self._release,
            operation,
            timeout=timeout,
            location=f"s3://{self.bucket}/{self.lock_key}",
        )

    def force_unlock(self, lock_id: str, *, even_if_running: bool = True) -> None:
        location = f"s3://{self.bucket}/{self.lock_key}"
        found = self._get(self.lock_key, "read the lock")
        text, etag = found if found is not None else ("", "")
        check_force_unlock(
            None if found is None else LockReading.parse(text),
            lock_id,
            location,
            even_if_running=even_if_running,
        )
        try:
            self._request(
                "remove the lock",
                "delete_object",
                expected=(*_CONDITION_FAILED, "NoSuchKey"),
                Bucket=self.bucket,
                Key=self.lock_key,
                IfMatch=etag,
            )
        except _Refused as refused:
            if refused.code != "NoSuchKey":
                raise StateError(
                    f"the lock {location} changed while imgver was removing it",
                    "Run `imgver state force-unlock` again with the ID it now shows.",
                ) from refused

    def _make_client(self) -> Any:
        import boto3
        from botocore.config import Config
        from botocore.exceptions import BotoCoreError

        from state.cloud.identity import assume_role
        from state.errors import CloudError

        try:
            session = boto3.session.Session(profile_name=self._profile, region_name=self.region)
            if self._role_arn:
                session = assume_role(session, self._role_arn, external_id=None)
            return session.client(
                "s3",
                endpoint_url=self._endpoint_url,
                config=Config(retries={"mode": "standard"}),
            )
        except BotoCoreError as error:
            raise self._translate(error, "open") from error
        except CloudError as error:
            raise StateError(
                f"cannot assume {self._role_arn} for {self.description}: {error.summary}",
                error.detail,
            ) from error

    def _recovery(self) -> str:
        if self._get(self.backup_key, "look for the backup of") is not None:
            backup = f"s3://{self.bucket}/{self.backup_key}"
            return (
                f"The previous state is kept in {backup}: check it and, if it is right, copy "
                f"it over {self.description} (aws s3 cp {backup} {self.description}). imgver "
                "has changed neither object."
            )
        return (
            f"There is no backup (s3://{self.bucket}/{self.backup_key} does not exist). "
            f"Restore {self.description} from an earlier object version if the bucket keeps "
            "versions; imgver has not changed it."
        )

    def _fetch_text(self) -> str | None:
        found = self._get(self.key, "read")
        self._stored, self._etag = found if found is not None else (None, None)
        return self._stored

    def _store_text(self, text: str) -> None:
        # The backup is the object as this store first found it, written once: one
        # PutObject per write, not two (each write is a whole object, conditional on
        # the ETag, since S3 cannot make an append conditional on another object).
        if self._stored is not None and not self._backed_up:
            self._request(
                "keep the backup of",
                "put_object",
                Bucket=self.bucket,
                Key=self.backup_key,
                Body=self._stored.encode("utf-8"),
                ContentType="application/json",
                **self._encryption,
            )
            self._backed_up = True
        # Without an ETag to match, the object must not exist yet: a store that never read
        # the state must not overwrite one it has not seen.
        condition = {"IfMatch": self._etag} if self._etag else {"IfNoneMatch": "*"}
        try:
            response = self._request(
                "write",
                "put_object",
                expected=(*_CONDITION_FAILED, "NoSuchKey"),
                Bucket=self.bucket,
                Key=self.key,
                Body=text.encode("utf-8"),
                ContentType="application/json",
                **condition,
                **self._encryption,
            )
        except _Refused as refused:
            raise StateError(
                f"state changed underneath: {self.description} was "
                f"{'deleted' if refused.code == 'NoSuchKey' else 'written'} by another run "
                "since imgver read it",
                "Nothing was written. Re-run the command to work from the current state.",
            ) from refused
        self._etag = response["ETag"]
        self._stored = text

    def _create_lock(self, info: LockInfo) -> bool:
        try:
            response = self._request(
                "create the lock on",
                "put_object",
                expected=_CONDITION_FAILED,
                Bucket=self.bucket,
                Key=self.lock_key,
                Body=info.to_json().encode("utf-8"),
                ContentType="application/json",
                IfNoneMatch="*",
                **self._encryption,
            )
        except _Refused:
            return False
        self._lock_etags[info.id] = response["ETag"]
        return True

    def _current_lock(self) -> LockReading | None:
        found = self._get(self.lock_key, "read the lock on")
        return None if found is None else LockReading.parse(found[0])

    def _release(self, info: LockInfo) -> None:
        etag = self._lock_etags.pop(info.id)
        # Deleting only the ETag we wrote leaves alone a lock someone force-unlocked and
        # another run took since.
        with suppress(_Refused):
            self._request(
                "release the lock on",
                "delete_object",
                expected=(*_CONDITION_FAILED, "NoSuchKey"),
                Bucket=self.bucket,
                Key=self.lock_key,
                IfMatch=etag,
            )

    def _get(self, key: str, doing: str) -> tuple[str, str] | None:
        """The text and ETag of object `key`; None when it does not exist."""
        from botocore.exceptions import BotoCoreError

        try:
            response = self._request(
                doing, "get_object", expected=("NoSuchKey",), Bucket=self.bucket, Key=key
            )
        except _Refused:
            return None
        try:
            body = response["Body"].read()
        except BotoCoreError as error:
            raise self._translate(error, doing) from error
        try:
            return body.decode("utf-8"), response["ETag"]
        except UnicodeDecodeError as error:
            raise StateError(
                f"s3://{self.bucket}/{key} is not valid UTF-8 text ({error.reason} at byte "
                f"{error.start})",
                "The object may be corrupt.",
            ) from error

    def _request(
        self, doing: str, operation: str, *, expected: tuple[str, ...] = (), **params: Any
    ) -> Any:
        """Call S3; `_Refused` for an `expected` error code, StateError for any other failure."""
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            return getattr(self.client, operation)(**params)
        except ClientError as error:
            code = _error_code(error)
            if code in expected:
                raise _Refused(code) from error
            raise self._translate(error, doing) from error
        except BotoCoreError as error:
            raise self._translate(error, doing) from error

    def _translate(self, error: Exception, doing: str) -> StateError:
        """A StateError a person can act on, for a botocore error met while `doing`."""
        from botocore.exceptions import (
            ClientError,
            EndpointConnectionError,
            NoCredentialsError,
            PartialCredentialsError,
            ProfileNotFound,
        )

        target = f"{doing} {self.description}"
        if isinstance(error, ClientError):
            code = _error_code(error)
            message = error.response.get("Error", {}).get("Message", "")
            if code == "NoSuchBucket":
                return StateError(
                    f"the S3 bucket {self.bucket} does not exist",
                    f"imgver could not {target}. Create the bucket (with versioning, to keep "
                    "every state), or fix settings.backend.bucket in the spec.",
                )
            if code in ("AccessDenied", "AllAccessDisabled", "403", "Forbidden"):
                return StateError(
                    f"access denied to {self.description}",
                    f"imgver could not {target}: {code}: {message}. The credentials in use "
                    f"need s3:GetObject, s3:PutObject and s3:DeleteObject on "
                    f"arn:aws:s3:::{self.bucket}/{self.key}*, and s3:ListBucket on "
                    f"arn:aws:s3:::{self.bucket} (without it a missing state reads as "
                    "AccessDenied).",
                )
            if code in _CREDENTIAL_CODES:
                return StateError(
                    f"S3 refused the AWS credentials ({code})",
                    f"imgver could not {target}: {message}. Refresh or fix the credentials "
                    "(aws sso login, --profile or AWS_PROFILE, AWS_ACCESS_KEY_ID) and re-run.",
                )
            return StateError(f"could not {target}", f"S3 answered {code}: {message}")
        if isinstance(error, NoCredentialsError | PartialCredentialsError):
            return StateError(
                "no usable AWS credentials for the S3 state backend",
                f"imgver could not {target}: {error}. Set --profile (or settings.profile, "
                "AWS_PROFILE), or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.",
            )
        if isinstance(error, ProfileNotFound):
            return StateError(
                f"the AWS profile {self._profile} does not exist",
                "Check --profile, settings.profile or AWS_PROFILE against ~/.aws/config.",
            )
        if isinstance(error, EndpointConnectionError):
            return StateError(f"cannot reach S3 to {target}", str(error))
        return StateError(f"could not {target}", str(error))


def _error_code(error: Any) -> str:
    return str(error.response.get("Error", {}).get("Code", ""))
