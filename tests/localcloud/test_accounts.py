"""Accounts in the local cloud: STS GetCallerIdentity answers the account of the request's
credentials (a 12-digit access key ID, else the default), and each account's resources,
version numbers and requests are kept apart in the one data file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import boto3
import pytest
from botocore.exceptions import ClientError

from state.localcloud import DEFAULT_ACCOUNT, FaultConfig, LocalCloud
from state.localcloud.server import start_server


def clients(cloud: LocalCloud, key: str, region: str = "us-east-1") -> tuple[Any, Any]:
    session = boto3.session.Session(
        aws_access_key_id=key, aws_secret_access_key="x", region_name=region
    )
    sts, cloudcontrol = session.client("sts"), session.client("cloudcontrol")
    cloud.attach(sts)
    cloud.attach(cloudcontrol)
    return sts, cloudcontrol


def test_get_caller_identity_answers_the_account_of_the_credentials(tmp_path: Path) -> None:
    cloud = LocalCloud(tmp_path / "cloud.db")
    sts, _ = clients(cloud, "444455556666")
    identity = sts.get_caller_identity()
    assert (identity["Account"], identity["Arn"]) == (
        "444455556666",
        "arn:aws:iam::444455556666:user/imgver-local",
    )
    default_sts, _ = clients(cloud, "test")
    assert default_sts.get_caller_identity()["Account"] == DEFAULT_ACCOUNT


def test_another_sts_action_is_invalid(tmp_path: Path) -> None:
    sts, _ = clients(LocalCloud(tmp_path / "cloud.db"), "444455556666")
    with pytest.raises(ClientError) as caught:
        sts.get_session_token()
    assert caught.value.response["Error"]["Code"] == "InvalidAction"


def test_two_accounts_in_one_region_never_see_each_other(tmp_path: Path) -> None:
    cloud = LocalCloud(tmp_path / "cloud.db", FaultConfig(op_seconds=0))
    image = {"ImageName": "ds", "ImageRoleArn": "arn:aws:iam::111111111111:role/r"}
    _, first = clients(cloud, "111111111111")
    _, second = clients(cloud, "222222222222")
    first.create_resource(TypeName="AWS::SageMaker::Image", DesiredState=json.dumps(image))
    listed = first.list_resources(TypeName="AWS::SageMaker::Image")["ResourceDescriptions"]
    assert [item["Identifier"] for item in listed] == [
        "arn:aws:sagemaker:us-east-1:111111111111:image/ds"
    ]
    assert second.list_resources(TypeName="AWS::SageMaker::Image")["ResourceDescriptions"] == []
    data = LocalCloud(tmp_path / "cloud.db").export()
    assert sorted(data["regions"]) == ["111111111111/us-east-1"]


def test_the_http_server_answers_sts_too(tmp_path: Path) -> None:
    import threading

    server = start_server(port=0, data_file=tmp_path / "cloud.db")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        sts = boto3.client(
            "sts",
            endpoint_url=server.url,
            region_name="eu-west-1",
            aws_access_key_id="222222222222",
            aws_secret_access_key="x",
        )
        assert sts.get_caller_identity()["Account"] == "222222222222"
    finally:
        server.shutdown()
        server.server_close()
