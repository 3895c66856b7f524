"""The HTTP server: the same protocol over the wire, for boto3 and any other AWS client."""

from __future__ import annotations

import json
import queue
import socket
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest
from botocore.exceptions import ClientError

from state.localcloud import FaultConfig, LocalCloudError, serve
from state.localcloud.server import LocalCloudServer, start_server

ACCOUNT = "123456789012"
IMAGE = "AWS::SageMaker::Image"
VERSION = "AWS::SageMaker::ImageVersion"
ROLE = f"arn:aws:iam::{ACCOUNT}:role/SageMakerImages"


@pytest.fixture
def server(data_file: Path) -> Iterator[LocalCloudServer]:
    running = start_server(port=0, data_file=data_file, faults=FaultConfig(op_seconds=0))
    # A short poll interval makes shutdown() quick.
    thread = threading.Thread(target=running.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    yield running
    running.shutdown()
    running.server_close()
    thread.join(timeout=10)
    assert not thread.is_alive()


SESSION = boto3.session.Session(
    aws_access_key_id="test", aws_secret_access_key="test", region_name="us-east-1"
)


def client(service: str, url: str, region: str = "us-east-1") -> Any:
    return SESSION.client(service, region_name=region, endpoint_url=url)


def finish(cc: Any, event: dict[str, Any]) -> dict[str, Any]:
    token = event["ProgressEvent"]["RequestToken"]
    done: dict[str, Any] = cc.get_resource_request_status(RequestToken=token)["ProgressEvent"]
    return done


def post(url: str, target: str, body: bytes) -> tuple[int, dict[str, str], dict[str, Any]]:
    request = urllib.request.Request(url, data=body, method="POST")
    request.add_header("X-Amz-Target", target)
    request.add_header("Content-Type", "application/x-amz-json-1.0")
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, dict(response.headers), json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), json.loads(error.read())


def test_boto3_over_http_creates_reads_and_lists_aliases(server: LocalCloudServer) -> None:
    cc = client("cloudcontrol", server.url)
    sm = client("sagemaker", server.url)

    image = finish(
        cc,
        cc.create_resource(
            TypeName=IMAGE, DesiredState=json.dumps({"ImageName": "ds", "ImageRoleArn": ROLE})
        ),
    )
    desired = {"ImageName": "ds", "BaseImage": "ds:1", "Aliases": ["stable"]}
    version = finish(cc, cc.create_resource(TypeName=VERSION, DesiredState=json.dumps(desired)))
    model = json.loads(
        cc.get_resource(TypeName=VERSION, Identifier=version["Identifier"])["ResourceDescription"][
            "Properties"
        ]
    )

    assert image["Identifier"] == f"arn:aws:sagemaker:us-east-1:{ACCOUNT}:image/ds"
    assert version["Identifier"] == f"arn:aws:sagemaker:us-east-1:{ACCOUNT}:image-version/ds/1"
    assert model["Version"] == 1 and "Aliases" not in model
    assert sm.list_aliases(ImageName="ds", Version=1)["SageMakerImageVersionAliases"] == ["stable"]


def test_region_over_http_comes_from_the_signature(server: LocalCloudServer) -> None:
    cc = client("cloudcontrol", server.url, region="eu-west-1")

    event = finish(
        cc,
        cc.create_resource(
            TypeName=IMAGE, DesiredState=json.dumps({"ImageName": "ds", "ImageRoleArn": ROLE})
        ),
    )

    assert event["Identifier"] == f"arn:aws:sagemaker:eu-west-1:{ACCOUNT}:image/ds"


def test_errors_over_http_are_parsed_by_botocore(server: LocalCloudServer) -> None:
    cc = client("cloudcontrol", server.url)

    with pytest.raises(ClientError) as caught:
        cc.get_resource(TypeName=IMAGE, Identifier="missing")

    assert caught.value.response["Error"] == {
        "Code": "ResourceNotFoundException",
        "Message": f"Resource of type '{IMAGE}' with identifier 'missing' was not found.",
    }
    assert caught.value.response["ResponseMetadata"]["HTTPStatusCode"] == 400


def test_error_responses_follow_the_aws_json_format(server: LocalCloudServer) -> None:
    body = json.dumps({"TypeName": "AWS::Nope::Thing", "Identifier": "x"}).encode()

    status, headers, payload = post(server.url, "CloudApiService.GetResource", body)

    assert status == 400
    assert headers["x-amzn-ErrorType"] == "TypeNotFoundException"
    assert headers["Content-Type"] == "application/x-amz-json-1.0"
    assert payload == {
        "__type": "TypeNotFoundException",
        "message": "The type 'AWS::Nope::Thing' cannot be found.",
    }


@pytest.mark.parametrize(
    ("target", "body", "code"),
    [
        ("CloudApiService.Explode", b"{}", "UnknownOperationException"),
        ("CloudApiService.GetResource", b"{oops", "SerializationException"),
        ("CloudApiService.GetResource", b"{}", "ValidationException"),
        ("SageMaker.ListAliases", b"{}", "ValidationException"),
    ],
)
def test_malformed_requests_get_aws_style_errors(
    server: LocalCloudServer, target: str, body: bytes, code: str
) -> None:
    status, _, payload = post(server.url, target, body)

    assert (status, payload["__type"]) == (400, code)


def test_server_and_in_process_clouds_share_the_data_file(
    server: LocalCloudServer, aws: Any
) -> None:
    aws.create_image("shared")
    cc = client("cloudcontrol", server.url)

    described = cc.get_resource(TypeName=IMAGE, Identifier='{"ImageName": "shared"}')[
        "ResourceDescription"
    ]

    assert json.loads(described["Properties"])["ImageName"] == "shared"


def test_serve_on_port_zero_reports_its_url(data_file: Path) -> None:
    urls: queue.Queue[str] = queue.Queue()
    thread = threading.Thread(
        target=serve,
        kwargs={
            "port": 0,
            "data_file": data_file,
            "faults": FaultConfig(op_seconds=0),
            "ready": urls.put,
        },
        # serve() runs until interrupted; the daemon thread ends with the test process.
        daemon=True,
    )
    thread.start()
    url = urls.get(timeout=10)
    cc = client("cloudcontrol", url)

    listed = cc.list_resources(TypeName=IMAGE)

    assert url.startswith("http://127.0.0.1:") and not url.endswith(":0")
    assert listed["ResourceDescriptions"] == []


def test_a_port_in_use_is_reported_plainly(data_file: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]

        with pytest.raises(LocalCloudError) as caught:
            start_server(port=port, data_file=data_file)

    assert caught.value.summary == f"The local cloud cannot listen on 127.0.0.1:{port}"


def test_a_burst_of_connections_fits_the_listen_queue(data_file: Path) -> None:
    # Not serving yet: nothing accepts, so every connection waits in the listen queue.
    # socketserver's default queue of 5 drops the 6th SYN; the client retries it only
    # after a 1 s retransmission timeout, far beyond the 0.5 s allowed here.
    listening = start_server(port=0, data_file=data_file)
    sockets = [socket.socket() for _ in range(40)]
    try:
        for each in sockets:
            each.settimeout(0.5)
            each.connect(listening.server_address[:2])
    finally:
        for each in sockets:
            each.close()
        listening.server_close()


class _NoDelayProbe(LocalCloudServer):
    """Records each accepted connection's TCP_NODELAY setting as it is closed."""

    seen: list[int]

    def shutdown_request(self, request: Any) -> None:
        self.seen.append(request.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
        super().shutdown_request(request)


def test_responses_are_sent_without_waiting_for_nagle(data_file: Path) -> None:
    from state.localcloud.transport import LocalCloud

    probe = _NoDelayProbe(("127.0.0.1", 0), LocalCloud(data_file, FaultConfig(op_seconds=0)))
    probe.seen = []
    thread = threading.Thread(target=probe.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    try:
        cc = boto3.session.Session(
            aws_access_key_id="test", aws_secret_access_key="test", region_name="us-east-1"
        ).client("cloudcontrol", endpoint_url=probe.url)
        cc.list_resources(TypeName=IMAGE)
        cc.close()
    finally:
        probe.shutdown()
        probe.server_close()
        thread.join()

    assert probe.seen and all(probe.seen)
