"""S3 state completeness on moto: every object imgver writes is encrypted (SSE-S3 by
default, SSE-KMS with kms_key_id, none when encrypt is false), and the store can work
through an assumed role."""

from __future__ import annotations

from typing import Any

import pytest

from state.recorded.backends import open_store
from state.recorded.model import State

BUCKET = "imgver-state"
KEY = "dev/imgver.state.json"


@pytest.fixture
def s3(s3_client: Any) -> Any:
    s3_client.create_bucket(Bucket=BUCKET)
    return s3_client


def write_twice_under_lock(store: Any) -> None:
    with store.lock("apply"):
        state = store.read()
        store.write(state)
        store.write(store.read())


def encryption_of(s3: Any, key: str) -> tuple[str | None, str | None]:
    head = s3.head_object(Bucket=BUCKET, Key=key)
    return head.get("ServerSideEncryption"), head.get("SSEKMSKeyId")


def test_state_backup_and_lock_are_sse_s3_encrypted_by_default(s3: Any) -> None:
    store = open_store("s3", bucket=BUCKET, key=KEY, region="us-east-1")
    with store.lock("apply"):
        assert encryption_of(s3, KEY + ".lock") == ("AES256", None)
        store.write(store.read())
        store.write(store.read())
    assert encryption_of(s3, KEY) == ("AES256", None)
    assert encryption_of(s3, KEY + ".backup") == ("AES256", None)


def test_a_kms_key_makes_every_object_sse_kms(s3: Any) -> None:
    import boto3

    key_id = boto3.client("kms", region_name="us-east-1").create_key()["KeyMetadata"]["Arn"]
    store = open_store("s3", bucket=BUCKET, key=KEY, region="us-east-1", kms_key_id=key_id)
    write_twice_under_lock(store)
    assert encryption_of(s3, KEY) == ("aws:kms", key_id)
    assert encryption_of(s3, KEY + ".backup") == ("aws:kms", key_id)


def test_encrypt_false_sends_no_encryption_header(s3: Any) -> None:
    from botocore.stub import Stubber

    store = open_store("s3", bucket=BUCKET, key=KEY, region="us-east-1", encrypt=False)
    with Stubber(store.client) as stubber:  # type: ignore[attr-defined]
        stubber.add_client_error("get_object", "NoSuchKey", expected_params=None)
        stubber.add_response(
            "put_object",
            {"ETag": '"e1"'},
            {
                "Bucket": BUCKET,
                "Key": KEY,
                "Body": (
                    b'{"format":"imgver-state","version":1,"serial":1,"lineage":"L",'
                    b'"resources":{}}\n'
                ),
                "ContentType": "application/json",
                "IfNoneMatch": "*",
            },
        )
        store.read()
        store.write(State(lineage="L"))
        stubber.assert_no_pending_responses()


def test_the_store_works_through_an_assumed_role(s3: Any) -> None:
    import boto3

    iam = boto3.client("iam", region_name="us-east-1")
    role = iam.create_role(RoleName="imgver-state", AssumeRolePolicyDocument="{}")["Role"]
    store = open_store("s3", bucket=BUCKET, key=KEY, region="us-east-1", role_arn=role["Arn"])
    write_twice_under_lock(store)
    assert s3.get_object(Bucket=BUCKET, Key=KEY)["Body"].read().startswith(b"{")
    credentials = store.client._request_signer._credentials  # type: ignore[attr-defined]
    assert credentials.token  # temporary credentials of the role, not the caller's keys
