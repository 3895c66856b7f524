"""S3Store on moto (conditional writes and the lock object) and on botocore's Stubber
(the S3 errors moto does not produce: access denied, expired tokens, 409 conflicts)."""

from __future__ import annotations

import io
import json
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from botocore.response import StreamingBody
from botocore.stub import Stubber

from state.errors import StateError, StateLockedError
from state.recorded.backends import open_store
from state.recorded.lock import LockInfo
from state.recorded.model import State
from state.recorded.s3 import S3Store
from tests.store.conftest import stored_text

BUCKET = "imgver-state"
KEY = "sagemaker/imgver.state.json"
URI = f"s3://{BUCKET}/{KEY}"


@pytest.fixture
def s3(s3_client: Any) -> Any:
    s3_client.create_bucket(Bucket=BUCKET)
    return s3_client


@pytest.fixture
def store(s3: Any) -> S3Store:
    return S3Store(BUCKET, KEY, "us-east-1", client=s3)


@pytest.fixture
def stubbed(aws_env: None) -> Iterator[tuple[S3Store, Stubber]]:
    import boto3

    client = boto3.client("s3", region_name="us-east-1")
    with Stubber(client) as stubber:
        yield S3Store(BUCKET, KEY, "us-east-1", client=client), stubber
        stubber.assert_no_pending_responses()


def body(s3: Any, key: str) -> str:
    return str(s3.get_object(Bucket=BUCKET, Key=key)["Body"].read().decode())


def keys(s3: Any) -> list[str]:
    return sorted(item["Key"] for item in s3.list_objects_v2(Bucket=BUCKET).get("Contents", []))


def streaming(text: str) -> StreamingBody:
    data = text.encode()
    return StreamingBody(io.BytesIO(data), len(data))


def test_read_without_an_object_gives_a_new_empty_state(store: S3Store, s3: Any) -> None:
    state = store.read()

    assert (state.serial, state.resources) == (0, {})
    assert keys(s3) == []


def test_write_stores_the_exact_document_and_bumps_the_serial(
    store: S3Store,
    s3: Any,
    make_state: Callable[..., State],
    make_document: Callable[..., dict[str, Any]],
) -> None:
    state = make_state()
    store.read()

    store.write(state)

    assert state.serial == 1
    assert body(s3, KEY) == stored_text(serial=1)
    assert keys(s3) == [KEY]


def test_write_keeps_the_previous_object_as_backup(
    store: S3Store,
    s3: Any,
    make_state: Callable[..., State],
    make_document: Callable[..., dict[str, Any]],
) -> None:
    state = make_state()
    store.write(state)
    previous = body(s3, KEY)
    state.resources["image_versions.ds-2024-10"].properties["ReleaseNotes"] = "second"

    store.write(state)

    assert body(s3, f"{KEY}.backup") == previous
    assert json.loads(body(s3, KEY)) == make_document(serial=2, release_notes="second")
    assert keys(s3) == [KEY, f"{KEY}.backup"]


def test_write_based_on_a_state_that_changed_underneath_is_refused(
    s3: Any, make_state: Callable[..., State], make_document: Callable[..., dict[str, Any]]
) -> None:
    S3Store(BUCKET, KEY, client=s3).write(make_state(serial=2))
    slow = S3Store(BUCKET, KEY, client=s3)
    fast = S3Store(BUCKET, KEY, client=s3)
    slow_state = slow.read()
    fast_state = fast.read()
    fast.write(fast_state)

    with pytest.raises(StateError) as caught:
        slow.write(slow_state)

    assert caught.value.summary == (
        f"state changed underneath: {URI} was written by another run since imgver read it"
    )
    assert caught.value.detail == (
        "Nothing was written. Re-run the command to work from the current state."
    )
    assert slow_state.serial == 3
    assert json.loads(body(s3, KEY)) == make_document(serial=4)


def test_write_without_reading_does_not_overwrite_an_existing_state(
    s3: Any, make_state: Callable[..., State], make_document: Callable[..., dict[str, Any]]
) -> None:
    S3Store(BUCKET, KEY, client=s3).write(make_state())

    with pytest.raises(StateError) as caught:
        S3Store(BUCKET, KEY, client=s3).write(make_state(release_notes="blind"))

    assert caught.value.summary.startswith(f"state changed underneath: {URI} was written")
    assert json.loads(body(s3, KEY)) == make_document(serial=1)


def test_write_after_the_object_was_deleted_says_so(
    store: S3Store, s3: Any, make_state: Callable[..., State]
) -> None:
    store.write(make_state())
    s3.delete_object(Bucket=BUCKET, Key=KEY)

    with pytest.raises(StateError) as caught:
        store.write(make_state())

    assert caught.value.summary == (
        f"state changed underneath: {URI} was deleted by another run since imgver read it"
    )


def test_consecutive_writes_of_one_store_follow_their_own_etag(
    store: S3Store, s3: Any, make_state: Callable[..., State]
) -> None:
    state = make_state()
    store.read()
    for _ in range(3):
        store.write(state)

    assert json.loads(body(s3, KEY))["serial"] == 3


def test_corrupt_object_names_it_and_points_to_the_backup(
    store: S3Store, s3: Any, make_state: Callable[..., State]
) -> None:
    state = make_state()
    store.write(state)
    store.write(state)
    s3.put_object(Bucket=BUCKET, Key=KEY, Body=b'{"format": "imgver-st')

    with pytest.raises(StateError) as caught:
        store.read()

    backup = f"s3://{BUCKET}/{KEY}.backup"
    assert caught.value.summary == (
        f"{URI} is not valid JSON (line 1 column 12: Unterminated string starting at)"
    )
    assert caught.value.detail == (
        f"It may be truncated or corrupt. The previous state is kept in {backup}: check it "
        f"and, if it is right, copy it over {URI} (aws s3 cp {backup} {URI}). imgver has "
        "changed neither object."
    )
    assert body(s3, KEY) == '{"format": "imgver-st'


def test_corrupt_object_without_backup_suggests_object_versions(store: S3Store, s3: Any) -> None:
    s3.put_object(Bucket=BUCKET, Key=KEY, Body=b"")

    with pytest.raises(StateError) as caught:
        store.read()

    assert caught.value.summary == f"{URI} is empty"
    assert caught.value.detail == (
        f"It may have been truncated. There is no backup (s3://{BUCKET}/{KEY}.backup does not "
        f"exist). Restore {URI} from an earlier object version if the bucket keeps versions; "
        "imgver has not changed it."
    )


def test_lock_object_records_the_holder_and_is_deleted_on_release(store: S3Store, s3: Any) -> None:
    with store.lock("apply") as info:
        document = json.loads(body(s3, f"{KEY}.lock"))

    assert document == json.loads(info.to_json())
    assert document["operation"] == "apply"
    assert keys(s3) == []


def test_held_lock_object_gives_the_locked_error(s3: Any) -> None:
    with (
        S3Store(BUCKET, KEY, client=s3).lock("apply") as held,
        pytest.raises(StateLockedError) as caught,
    ):
        S3Store(BUCKET, KEY, client=s3).lock("plan").__enter__()

    assert caught.value.summary == "state is locked"
    assert caught.value.detail.splitlines() == [
        f"Lock ID:   {held.id}",
        f"Holder:    {held.holder} (pid {held.pid})",
        "Operation: apply",
        f"Created:   {held.created}",
        f"imgver:    {held.version}",
        f"Lock:      s3://{BUCKET}/{KEY}.lock",
        "Set --lock-timeout to wait for it to be released.",
        "If no imgver run is using this state, release the lock with:",
        f"  imgver state force-unlock {held.id}",
    ]


def test_lock_with_timeout_waits_for_another_thread_to_release_it(s3: Any) -> None:
    holding = S3Store(BUCKET, KEY, client=s3).lock("apply")
    holding.__enter__()
    released = threading.Event()

    def release_soon() -> None:
        time.sleep(0.3)
        released.set()
        holding.__exit__(None, None, None)

    releaser = threading.Thread(target=release_soon)
    releaser.start()
    try:
        with S3Store(BUCKET, KEY, client=s3).lock("plan", timeout=10) as info:
            assert released.is_set()
            assert json.loads(body(s3, f"{KEY}.lock"))["id"] == info.id
    finally:
        releaser.join(timeout=10)
        assert not releaser.is_alive()


def test_releasing_leaves_alone_a_lock_taken_after_a_force_unlock(s3: Any) -> None:
    first = S3Store(BUCKET, KEY, client=s3)
    with first.lock("apply") as broken:
        first.force_unlock(broken.id)
        taken = S3Store(BUCKET, KEY, client=s3).lock("plan")
        second = taken.__enter__()

    assert json.loads(body(s3, f"{KEY}.lock"))["id"] == second.id
    taken.__exit__(None, None, None)
    assert keys(s3) == []


def test_force_unlock_checks_the_id(store: S3Store, s3: Any) -> None:
    info = LockInfo(
        id="7d3f0c1e-1111-4222-8333-944455556666",
        holder="ci@build-agent-7.example",
        pid=4242,
        operation="apply",
        created="2024-11-27T11:36:00Z",
        version="0.1.0",
    )
    s3.put_object(Bucket=BUCKET, Key=f"{KEY}.lock", Body=info.to_json().encode())

    with pytest.raises(StateError) as caught:
        store.force_unlock("00000000-0000-4000-8000-000000000000")
    assert caught.value.summary == (
        "lock ID 00000000-0000-4000-8000-000000000000 does not match the lock on the state"
    )
    assert keys(s3) == [f"{KEY}.lock"]

    store.force_unlock(info.id)
    assert keys(s3) == []

    with pytest.raises(StateError) as caught:
        store.force_unlock(info.id)
    assert caught.value.summary == "state is not locked"
    assert caught.value.detail == (
        f"There is no lock at s3://{BUCKET}/{KEY}.lock; nothing to unlock."
    )


def test_pull_and_push_follow_the_push_rules(
    store: S3Store,
    s3: Any,
    make_document: Callable[..., dict[str, Any]],
    lineage: str,
) -> None:
    assert store.pull() == ""
    store.push(json.dumps(make_document(serial=5)))
    assert json.loads(store.pull()) == make_document(serial=6)

    with pytest.raises(StateError) as caught:
        S3Store(BUCKET, KEY, client=s3).push(json.dumps(make_document(serial=2)))

    assert caught.value.summary == f"the pushed state is older than {URI}"
    assert json.loads(body(s3, KEY)) == make_document(serial=6)


def test_missing_bucket_is_named(s3_client: Any) -> None:
    with pytest.raises(StateError) as caught:
        S3Store("no-such-bucket", KEY, client=s3_client).read()

    assert caught.value.summary == "the S3 bucket no-such-bucket does not exist"
    assert caught.value.detail == (
        f"imgver could not read s3://no-such-bucket/{KEY}. Create the bucket (with "
        "versioning, to keep every state), or fix settings.backend.bucket in the spec."
    )


def test_access_denied_says_which_permissions_are_needed(
    stubbed: tuple[S3Store, Stubber],
) -> None:
    store, stubber = stubbed
    stubber.add_client_error(
        "get_object",
        service_error_code="AccessDenied",
        service_message="Access Denied",
        http_status_code=403,
        expected_params={"Bucket": BUCKET, "Key": KEY},
    )

    with pytest.raises(StateError) as caught:
        store.read()

    assert caught.value.summary == f"access denied to {URI}"
    assert caught.value.detail == (
        f"imgver could not read {URI}: AccessDenied: Access Denied. The credentials in use "
        f"need s3:GetObject, s3:PutObject and s3:DeleteObject on arn:aws:s3:::{BUCKET}/{KEY}*, "
        f"and s3:ListBucket on arn:aws:s3:::{BUCKET} (without it a missing state reads as "
        "AccessDenied)."
    )


def test_expired_credentials_are_reported_as_credentials(
    stubbed: tuple[S3Store, Stubber],
) -> None:
    store, stubber = stubbed
    stubber.add_client_error(
        "get_object",
        service_error_code="ExpiredToken",
        service_message="The provided token has expired.",
        http_status_code=400,
    )

    with pytest.raises(StateError) as caught:
        store.pull()

    assert caught.value.summary == "S3 refused the AWS credentials (ExpiredToken)"
    assert caught.value.detail == (
        f"imgver could not read {URI}: The provided token has expired.. Refresh or fix the "
        "credentials (aws sso login, --profile or AWS_PROFILE, AWS_ACCESS_KEY_ID) and re-run."
    )


def test_other_s3_errors_show_the_code_and_message(stubbed: tuple[S3Store, Stubber]) -> None:
    store, stubber = stubbed
    stubber.add_client_error(
        "get_object",
        service_error_code="InvalidObjectState",
        service_message="The operation is not valid for the object's storage class",
        http_status_code=403,
    )

    with pytest.raises(StateError) as caught:
        store.read()

    assert caught.value.summary == f"could not read {URI}"
    assert caught.value.detail == (
        "S3 answered InvalidObjectState: The operation is not valid for the object's storage class"
    )


def test_a_conflicting_lock_write_reports_the_holder_that_got_there_first(
    stubbed: tuple[S3Store, Stubber],
) -> None:
    store, stubber = stubbed
    holder = LockInfo(
        id="7d3f0c1e-1111-4222-8333-944455556666",
        holder="ci@build-agent-7.example",
        pid=4242,
        operation="apply",
        created="2024-11-27T11:36:00Z",
        version="0.1.0",
    )
    # Real S3 answers 409 ConditionalRequestConflict when two conditional writes overlap.
    stubber.add_client_error(
        "put_object",
        service_error_code="ConditionalRequestConflict",
        service_message="A conflicting operation occurred.",
        http_status_code=409,
    )
    stubber.add_response(
        "get_object",
        {"Body": streaming(holder.to_json()), "ETag": '"lock-etag"'},
        {"Bucket": BUCKET, "Key": f"{KEY}.lock"},
    )

    with pytest.raises(StateLockedError) as caught:
        store.lock("plan").__enter__()

    assert caught.value.detail.splitlines()[:2] == [
        f"Lock ID:   {holder.id}",
        "Holder:    ci@build-agent-7.example (pid 4242)",
    ]


def test_writes_send_if_match_on_the_etag_read(
    stubbed: tuple[S3Store, Stubber], make_document: Callable[..., dict[str, Any]]
) -> None:
    store, stubber = stubbed
    stored = json.dumps(make_document(serial=3))
    stubber.add_response(
        "get_object",
        {"Body": streaming(stored), "ETag": '"etag-3"'},
        {"Bucket": BUCKET, "Key": KEY},
    )
    stubber.add_response(
        "put_object",
        {"ETag": '"backup-etag"'},
        {
            "Bucket": BUCKET,
            "Key": f"{KEY}.backup",
            "Body": stored.encode(),
            "ContentType": "application/json",
            "ServerSideEncryption": "AES256",
        },
    )
    stubber.add_response(
        "put_object",
        {"ETag": '"etag-4"'},
        {
            "Bucket": BUCKET,
            "Key": KEY,
            "Body": stored_text(serial=4).encode(),
            "ContentType": "application/json",
            "IfMatch": '"etag-3"',
            "ServerSideEncryption": "AES256",
        },
    )

    state = store.read()
    store.write(state)

    assert state.serial == 4


def test_no_credentials_is_reported_with_how_to_provide_them(
    aws_env: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("AWS_ACCESS_KEY_ID")
    monkeypatch.delenv("AWS_SECRET_ACCESS_KEY")

    with pytest.raises(StateError) as caught:
        S3Store(BUCKET, KEY, "us-east-1").read()

    assert caught.value.summary == "no usable AWS credentials for the S3 state backend"
    assert caught.value.detail == (
        f"imgver could not read {URI}: Unable to locate credentials. Set --profile (or "
        "settings.profile, AWS_PROFILE), or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY."
    )


def test_unknown_profile_is_named(aws_env: None) -> None:
    with pytest.raises(StateError) as caught:
        S3Store(BUCKET, KEY, profile="ml-platform").read()

    assert caught.value.summary == "the AWS profile ml-platform does not exist"
    assert caught.value.detail == (
        "Check --profile, settings.profile or AWS_PROFILE against ~/.aws/config."
    )


def test_open_store_builds_an_s3_store_that_makes_its_own_client(
    s3: Any, make_state: Callable[..., State], make_document: Callable[..., dict[str, Any]]
) -> None:
    store = open_store("s3", bucket=BUCKET, key=KEY, region="us-east-1")

    store.write(make_state())

    assert store.description == URI
    assert json.loads(body(s3, KEY)) == make_document(serial=1)
