"""Pre-flight against the local cloud's HTTP endpoint (`imgver --endpoint-url URL`): the
config blob of a single-platform image is read as on AWS, ECR GetDownloadUrlForLayer
answering a URL (ECR API reference, GetDownloadUrlForLayer) that imgver GETs with urllib
(`state.cloud.blobs.http_get`) from the same endpoint, and its platform (OCI image-spec
config.md) decides the plan.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import boto3
import pytest

from state.localcloud import FaultConfig
from state.localcloud.server import LocalCloudServer, start_server
from tests.cli.conftest import Run
from tests.cli.ecr_push import REGISTRY, push_through, single_manifest
from tests.cli.test_preflight import write_spec


@pytest.fixture
def server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[LocalCloudServer]:
    for name, value in (("AWS_ACCESS_KEY_ID", "test"), ("AWS_SECRET_ACCESS_KEY", "test")):
        monkeypatch.setenv(name, value)
    for name in ("AWS_PROFILE", "AWS_ENDPOINT_URL", "IMGVER_ENDPOINT_URL"):
        monkeypatch.delenv(name, raising=False)
    running = start_server(
        port=0, data_file=tmp_path / "cloud.db", faults=FaultConfig(op_seconds=0)
    )
    thread = threading.Thread(target=running.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    yield running
    running.shutdown()
    running.server_close()
    thread.join()


def test_over_http_a_single_platform_arm64_image_is_refused_and_amd64_plans(
    run: Run, tmp_path: Path, server: LocalCloudServer
) -> None:
    spec = write_spec(tmp_path / "imgver.yaml", {"v1": f"{REGISTRY}/ds:single"})
    ecr = boto3.client("ecr", region_name="us-east-1", endpoint_url=server.url)
    push_through(ecr, "ds", "single", single_manifest("linux/arm64"))
    plan = ("--endpoint-url", server.url, "--no-color", "plan", "-f", str(spec))

    refused = run(*plan)
    push_through(ecr, "ds", "single", single_manifest("linux/amd64", build="2"))
    planned = run(*plan)

    assert refused.code == 1
    assert f"{REGISTRY}/ds:single is built for linux/arm64, but SageMaker Studio" in refused.err
    assert planned.code == 0, planned.err
    assert "Note:" not in planned.out
    assert "image_versions.v1 will be created" in planned.out
