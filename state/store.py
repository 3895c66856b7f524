"""Where the recorded state is kept: the StateStore protocol and its local, S3 and memory stores.

Owns reading, writing (atomically, bumping `serial`, keeping the previous copy as a backup),
locking, pull and push of the state document, and the translation of OS and botocore
errors met on the way into StateError. Must not: decide what the state should contain (that
is the planner), or touch resources in AWS (that is `state.cloud.client`). boto3 is imported lazily,
only by the S3 store, so commands that never reach S3 do not pay for it.

Callers hold the lock around read-modify-write cycles and pushes; the stores do not take it
themselves, because the lock is not reentrant.
"""

from __future__ import annotations

import json
import threading
import uuid
from abc import ABC, abstractmethod
from collections.abc import Callable
from contextlib import AbstractContextManager, suppress
from pathlib import Path
from typing import Any, Protocol

from state.errors import StateError
from state.files import replace_file
from state.lock import (
    FileLock,
    LockConflict,
    LockInfo,
    check_force_unlock,
    hold_lock,
)
from state.model import STATE_FORMAT, STATE_VERSION, State

__all__ = [
    "LocalStore",
    "LockInfo",
    "MemoryStore",
    "S3Store",
    "StateStore",
    "open_store",
]

DEFAULT_STATE_PATH = Path("imgver.state.json")
BACKUP_SUFFIX = ".backup"
LOCK_SUFFIX = ".lock"


class StateStore(Protocol):
    """A place that holds one state document, with a lock around changes to it."""

    description: str

    def read(self) -> State:
        """The stored state; a new empty State (no lineage yet, serial 0) when none is stored."""
        ...

    def write(self, state: State) -> None:
        """Bump `state.serial` by one in place, then store it atomically."""
        ...

    def lock(self, operation: str, *, timeout: float = 0.0) -> AbstractContextManager[LockInfo]:
        """Hold the lock for `operation`, waiting up to `timeout` s; StateLockedError if held."""
        ...

    def force_unlock(self, lock_id: str) -> None:
        """Remove the lock if, and only if, its id is `lock_id`."""
        ...

    def pull(self) -> str:
        """The stored document as text; empty when nothing is stored."""
        ...

    def push(self, document: str, *, force: bool = False) -> None:
        """Store `document`, refusing another lineage or an older serial unless `force`."""
        ...


def render_state(state: State) -> str:
    """The state document as stored: indented JSON ending with a newline."""
    return json.dumps(state.to_document(), indent=2, ensure_ascii=False) + "\n"


def parse_state(text: str, *, source: str, recovery: Callable[[], str]) -> State:
    """Parse a stored state document; StateError naming `source`, with the advice `recovery()`
    gives for a document that is damaged (but not for one that is merely newer than imgver).

    `recovery` is called only on failure, since it may have to look for a backup.
    """
    if not text.strip():
        raise StateError(f"{source} is empty", _sentences("It may have been truncated", recovery()))
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise StateError(
            f"{source} is not valid JSON (line {error.lineno} column {error.colno}: {error.msg})",
            _sentences("It may be truncated or corrupt", recovery()),
        ) from error
    try:
        return State.from_document(document, source=source)
    except StateError as error:
        version = document.get("version") if isinstance(document, dict) else None
        newer = (
            isinstance(document, dict)
            and document.get("format") == STATE_FORMAT
            and isinstance(version, int)
            and version > STATE_VERSION
        )
        if newer:
            raise
        raise StateError(error.summary, _sentences(error.detail, recovery())) from error


def _sentences(*parts: str) -> str:
    """Join message parts into sentences, each ending with a full stop."""
    return " ".join(part if part.endswith(".") else f"{part}." for part in parts if part)


def parse_pushed(document: str) -> State:
    """Parse a document given to `push`; StateError saying what is wrong with it."""
    try:
        parsed = json.loads(document)
    except json.JSONDecodeError as error:
        raise StateError(
            "the pushed document is not valid JSON "
            f"(line {error.lineno} column {error.colno}: {error.msg})",
            "Nothing was stored.",
        ) from error
    return State.from_document(parsed, source="the pushed document")


def stored_for_push(text: str | None, *, force: bool, source: str) -> State | None:
    """The stored state a push is checked against; None when nothing (usable) is stored.

    A damaged or newer stored state is replaced only on purpose: without `force` its
    StateError stands.
    """
    if text is None:
        return None
    try:
        return parse_state(text, source=source, recovery=lambda: "Push with --force to replace it.")
    except StateError:
        if force:
            return None
        raise


def prepare_push(stored: State | None, pushed: State, *, force: bool, description: str) -> State:
    """The state to write for a push, after checking it may replace `stored`.

    Refuses, unless `force`, a document of another lineage (another history) or with a
    serial lower than the stored one (it would undo later writes). The result's serial is
    set so that the write lands above both, keeping saved plans of either history stale.
    """
    if stored is None:
        return pushed
    if not force and pushed.lineage != stored.lineage:
        raise StateError(
            f"the pushed state has another lineage than {description}",
            f"Pushed lineage {pushed.lineage}, stored lineage {stored.lineage}: the pushed "
            "document records a different history. Nothing was stored; push with --force "
            "to replace the stored state anyway.",
        )
    if not force and pushed.serial < stored.serial:
        raise StateError(
            f"the pushed state is older than {description}",
            f"Pushed serial {pushed.serial}, stored serial {stored.serial} "
            f"(lineage {stored.lineage}): storing it would undo "
            f"{stored.serial - pushed.serial} later write(s). Nothing was stored; pull the "
            "current state, make your change to it and push that, or push with --force.",
        )
    result = pushed.copy()
    result.serial = max(pushed.serial, stored.serial)
    return result


class _DocumentStore(ABC):
    """What every store does the same way around its own `_fetch_text` and `_store_text`.

    `read` parses the stored text (a damaged document points to `_recovery`), `write`
    bumps the serial and stores the whole document (the serial goes back if storing
    fails), and `pull`/`push` apply Terraform's lineage and serial rules.
    """

    description: str

    def __init__(self) -> None:
        self._writing = threading.Lock()

    def read(self) -> State:
        text = self._fetch_text()
        if text is None:
            return State()
        return parse_state(text, source=self.description, recovery=self._recovery)

    def write(self, state: State) -> None:
        with self._writing:
            unnamed = not state.lineage
            if unnamed:
                state.lineage = str(uuid.uuid4())  # the first write starts the history
            state.serial += 1
            try:
                self._store_text(render_state(state))
            except BaseException:
                state.serial -= 1
                if unnamed:
                    state.lineage = ""
                raise

    def pull(self) -> str:
        return self._fetch_text() or ""

    def push(self, document: str, *, force: bool = False) -> None:
        pushed = parse_pushed(document)
        stored = stored_for_push(self._fetch_text(), force=force, source=self.description)
        self.write(prepare_push(stored, pushed, force=force, description=self.description))

    @abstractmethod
    def _fetch_text(self) -> str | None:
        """The stored document's text, or None when nothing is stored yet."""

    @abstractmethod
    def _store_text(self, text: str) -> None:
        """Store `text` as the whole document, atomically."""

    @abstractmethod
    def _recovery(self) -> str:
        """What a person can do when the stored document is damaged."""


class LocalStore(_DocumentStore):
    """State in a local JSON file, locked by `<file>.lock`, previous copy in `<file>.backup`."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = Path(path)
        self.description = str(path)
        self.backup_path = self.path.with_name(self.path.name + BACKUP_SUFFIX)
        self.lock_path = self.path.with_name(self.path.name + LOCK_SUFFIX)
        self._file_lock = FileLock(self.lock_path)

    def lock(self, operation: str, *, timeout: float = 0.0) -> AbstractContextManager[LockInfo]:
        self._make_folder()
        return self._file_lock.lock(operation, timeout=timeout)

    def force_unlock(self, lock_id: str) -> None:
        self._file_lock.force_unlock(lock_id)

    def _fetch_text(self) -> str | None:
        try:
            return self.path.read_bytes().decode("utf-8")
        except FileNotFoundError:
            return None
        except UnicodeDecodeError as error:
            raise StateError(
                f"{self.description} is not valid UTF-8 text ({error.reason} at byte "
                f"{error.start})",
                f"The file may be corrupt. {self._recovery()}",
            ) from error
        except OSError as error:
            raise StateError(
                f"cannot read {self.description}: {error.strerror}",
                "Check the path and the file's permissions.",
            ) from error

    def _recovery(self) -> str:
        if self.backup_path.exists():
            return (
                f"The previous state is kept in {self.backup_path}: check it and, if it is "
                f"right, copy it over {self.path}. imgver has changed neither file."
            )
        return (
            f"There is no backup ({self.backup_path} does not exist). Restore {self.path} "
            "from your own backups or version control; imgver has not changed it."
        )

    def _make_folder(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StateError(
                f"cannot create the folder {self.path.parent} for the state: {error.strerror}"
            ) from error

    def _store_text(self, text: str) -> None:
        self._make_folder()
        try:
            previous = self.path.read_bytes() if self.path.exists() else None
            if previous is not None:
                replace_file(self.backup_path, previous)
            replace_file(self.path, text.encode("utf-8"))
        except OSError as error:
            raise StateError(
                f"cannot write {self.description}: {error.strerror}",
                "The stored state is unchanged.",
            ) from error


class MemoryStore(_DocumentStore):
    """An in-memory store with the same rules as the others, shipped for tests.

    Serial bumps, the lock (with its waiting and its errors) and the push rules behave as
    in LocalStore; the document lives in this object only.
    """

    description = "memory"

    def __init__(self) -> None:
        super().__init__()
        self._text: str | None = None
        self._holder: LockInfo | None = None
        self._guard = threading.Lock()

    def _fetch_text(self) -> str | None:
        with self._guard:
            return self._text

    def _store_text(self, text: str) -> None:
        with self._guard:
            self._text = text

    def _recovery(self) -> str:
        return ""

    def lock(self, operation: str, *, timeout: float = 0.0) -> AbstractContextManager[LockInfo]:
        return hold_lock(
            self._create_lock,
            self._current_lock,
            self._release,
            operation,
            timeout=timeout,
            location=self.description,
        )

    def force_unlock(self, lock_id: str) -> None:
        with self._guard:
            conflict = LockConflict(self._holder) if self._holder else None
            check_force_unlock(conflict, lock_id, self.description)
            self._holder = None

    def _create_lock(self, info: LockInfo) -> bool:
        with self._guard:
            if self._holder is not None:
                return False
            self._holder = info
            return True

    def _current_lock(self) -> LockConflict | None:
        with self._guard:
            return LockConflict(self._holder) if self._holder else None

    def _release(self, info: LockInfo) -> None:
        with self._guard:
            if self._holder is not None and self._holder.id == info.id:
                self._holder = None


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


class S3Store(_DocumentStore):
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
        # ETag and text of the state object as last read or written; None: there was none.
        self._etag: str | None = None
        self._stored: str | None = None
        self._lock_etags: dict[str, str] = {}

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

    def force_unlock(self, lock_id: str) -> None:
        location = f"s3://{self.bucket}/{self.lock_key}"
        found = self._get(self.lock_key, "read the lock")
        text, etag = found if found is not None else ("", "")
        check_force_unlock(None if found is None else _lock_conflict(text), lock_id, location)
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

        try:
            session = boto3.session.Session(profile_name=self._profile, region_name=self.region)
            return session.client("s3", config=Config(retries={"mode": "standard"}))
        except BotoCoreError as error:
            raise self._translate(error, "open") from error

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
        if self._stored is not None:
            self._request(
                "keep the backup of",
                "put_object",
                Bucket=self.bucket,
                Key=self.backup_key,
                Body=self._stored.encode("utf-8"),
                ContentType="application/json",
            )
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
            )
        except _Refused:
            return False
        self._lock_etags[info.id] = response["ETag"]
        return True

    def _current_lock(self) -> LockConflict | None:
        found = self._get(self.lock_key, "read the lock on")
        return None if found is None else _lock_conflict(found[0])

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


def _lock_conflict(text: str) -> LockConflict:
    try:
        return LockConflict(LockInfo.from_json(text))
    except ValueError as error:
        return LockConflict(None, str(error))


def open_store(
    backend_type: str,
    *,
    path: Path | None = None,
    bucket: str = "",
    key: str = "",
    region: str | None = None,
    profile: str | None = None,
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
        return S3Store(bucket, key, region, profile=profile)
    raise StateError(
        f"unknown state backend type {backend_type!r}",
        'settings.backend.type must be "local" or "s3".',
    )
