"""Fault injection: latency, throttling both ways, handler failures, and their settings."""

from __future__ import annotations

import json
import time
from collections import Counter
from typing import Any

import pytest
from botocore.exceptions import ClientError

from state.localcloud import FaultConfig, LocalCloudError
from tests.localcloud.conftest import by_name

VERSION = "AWS::SageMaker::ImageVersion"
CALLS = 300
# The dice are seeded, so the counts are fixed; the tolerance states what is tested: rates.
TOLERANCE = 0.07
NO_RETRIES = {"retries": {"mode": "standard", "total_max_attempts": 1}}


@pytest.fixture
def faulty(make_aws: Any) -> Any:
    """Clients that never retry, on a local cloud over the same data with these faults."""

    def make(**settings: Any) -> Any:
        return make_aws(faults=FaultConfig(op_seconds=0, seed=7, **settings), config=NO_RETRIES)

    return make


def create_versions(aws: Any, count: int) -> Counter[str]:
    """Submit `count` version creates; count API errors by code, '' for accepted ones."""
    outcomes: Counter[str] = Counter()
    desired = json.dumps({"ImageName": "data-science", "BaseImage": aws.base_image()})
    for _ in range(count):
        try:
            aws.cc.create_resource(TypeName=VERSION, DesiredState=desired)
            outcomes[""] += 1
        except ClientError as error:
            outcomes[error.response["Error"]["Code"]] += 1
    return outcomes


def failures(aws: Any) -> Counter[str]:
    """ErrorCode counts of every FAILED request, read by a fault-free client."""
    pages = aws.cc.get_paginator("list_resource_requests").paginate(
        ResourceRequestStatusFilter={"OperationStatuses": ["FAILED"]}
    )
    return Counter(e["ErrorCode"] for page in pages for e in page["ResourceRequestStatusSummaries"])


def test_throttle_rate_throttles_reads_with_the_api_error(aws: Any, faulty: Any) -> None:
    aws.create_image()
    throttled = faulty(throttle_rate=0.3)

    outcomes: Counter[str] = Counter()
    for _ in range(CALLS):
        try:
            throttled.cc.get_resource(
                TypeName="AWS::SageMaker::Image", Identifier='{"ImageName": "data-science"}'
            )
            outcomes["ok"] += 1
        except ClientError as error:
            outcomes[error.response["Error"]["Code"]] += 1

    assert set(outcomes) == {"ok", "ThrottlingException"}
    assert outcomes["ThrottlingException"] / CALLS == pytest.approx(0.3, abs=TOLERANCE)


def test_throttled_mutations_split_between_api_errors_and_failed_events(
    aws: Any, faulty: Any
) -> None:
    aws.create_image()

    outcomes = create_versions(faulty(throttle_rate=0.4), CALLS)
    failed = failures(aws)

    assert set(outcomes) == {"", "ThrottlingException"}
    assert outcomes["ThrottlingException"] / CALLS == pytest.approx(0.2, abs=TOLERANCE)
    assert set(failed) == {"Throttling"}
    assert failed["Throttling"] / CALLS == pytest.approx(0.2, abs=TOLERANCE)


def test_fail_rate_ends_mutations_failed_with_service_internal_error(aws: Any, faulty: Any) -> None:
    aws.create_image()

    outcomes = create_versions(faulty(fail_rate=0.25), CALLS)
    pages = aws.cc.get_paginator("list_resource_requests").paginate(
        ResourceRequestStatusFilter={"OperationStatuses": ["FAILED"]}
    )
    failed = [e for page in pages for e in page["ResourceRequestStatusSummaries"]]

    assert outcomes == {"": CALLS}
    assert len(failed) / CALLS == pytest.approx(0.25, abs=TOLERANCE)
    assert {e["ErrorCode"] for e in failed} == {"ServiceInternalError"}
    assert {e["StatusMessage"] for e in failed} == {
        "Internal failure in the resource handler (injected by the local cloud's fail rate)"
    }
    # A failed create draws no version number: the successes are numbered 1..n.
    listed = aws.cc.list_resources(
        TypeName=VERSION, ResourceModel='{"ImageName": "data-science"}', MaxResults=100
    )["ResourceDescriptions"]
    assert [json.loads(d["Properties"])["Version"] for d in listed] == list(range(1, 101))


def test_fail_rate_leaves_reads_alone(aws: Any, faulty: Any) -> None:
    aws.create_image()
    failing = faulty(fail_rate=1.0)

    for _ in range(20):
        assert (
            failing.read("AWS::SageMaker::Image", by_name("data-science"))["ImageName"]
            == "data-science"
        )


def test_the_same_seed_gives_the_same_faults(aws: Any, faulty: Any) -> None:
    aws.create_image()

    def throttled_calls() -> list[bool]:
        client = faulty(throttle_rate=0.5)
        results = []
        for _ in range(50):
            try:
                client.read("AWS::SageMaker::Image", by_name("data-science"))
                results.append(False)
            except ClientError:
                results.append(True)
        return results

    assert throttled_calls() == throttled_calls()


def test_latency_is_slept_on_every_call(aws: Any, faulty: Any) -> None:
    aws.create_image()
    slow = faulty(latency_ms=40)

    started = time.monotonic()
    for _ in range(3):
        slow.read("AWS::SageMaker::Image", by_name("data-science"))

    assert time.monotonic() - started >= 0.12


def test_botocore_retries_api_throttling_through_to_success(aws: Any, make_aws: Any) -> None:
    aws.create_image()
    retried = make_aws(
        faults=FaultConfig(op_seconds=0, throttle_rate=0.5, seed=3),
        config={"retries": {"mode": "standard", "max_attempts": 10}},
    )
    answer = retried.cc.get_resource(
        TypeName="AWS::SageMaker::Image", Identifier='{"ImageName": "data-science"}'
    )

    # Seed 3 throttles the first attempt; botocore retries it.
    assert answer["ResponseMetadata"]["RetryAttempts"] >= 1
    assert json.loads(answer["ResourceDescription"]["Properties"])["ImageName"] == "data-science"


def test_defaults_are_half_a_second_per_operation_and_no_faults() -> None:
    assert FaultConfig() == FaultConfig(
        latency_ms=0, op_seconds=0.5, throttle_rate=0, fail_rate=0, seed=None
    )


def test_settings_come_from_the_environment() -> None:
    environ = {
        "IMGVER_LOCAL_LATENCY_MS": "25",
        "IMGVER_LOCAL_OP_SECONDS": "0.1",
        "IMGVER_LOCAL_THROTTLE_RATE": "0.2",
        "IMGVER_LOCAL_FAIL_RATE": "0.05",
        "IMGVER_LOCAL_SEED": "42",
        "UNRELATED": "x",
    }

    assert FaultConfig.from_env(environ) == FaultConfig(
        latency_ms=25, op_seconds=0.1, throttle_rate=0.2, fail_rate=0.05, seed=42
    )
    assert FaultConfig.from_env({"IMGVER_LOCAL_OP_SECONDS": ""}) == FaultConfig()


def test_from_env_reads_os_environ_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IMGVER_LOCAL_FAIL_RATE", "0.5")

    assert FaultConfig.from_env().fail_rate == 0.5


@pytest.mark.parametrize(
    ("environ", "summary"),
    [
        ({"IMGVER_LOCAL_LATENCY_MS": "fast"}, "IMGVER_LOCAL_LATENCY_MS must be a number"),
        ({"IMGVER_LOCAL_SEED": "1.5"}, "IMGVER_LOCAL_SEED must be an integer"),
        ({"IMGVER_LOCAL_THROTTLE_RATE": "2"}, "throttle_rate must be between 0 and 1"),
        (
            {"IMGVER_LOCAL_OP_SECONDS": "-1"},
            "IMGVER_LOCAL_OP_SECONDS must be a finite number of at least 0",
        ),
        (
            {"IMGVER_LOCAL_THROTTLE_RATE": "0.6", "IMGVER_LOCAL_FAIL_RATE": "0.6"},
            "throttle_rate + fail_rate must not exceed 1",
        ),
    ],
)
def test_bad_settings_are_reported_plainly(environ: dict[str, str], summary: str) -> None:
    with pytest.raises(LocalCloudError) as caught:
        FaultConfig.from_env(environ)

    assert summary in caught.value.summary


def test_half_the_failed_version_creates_leave_a_version_behind(aws: Any, make_aws: Any) -> None:
    # Public ImageVersion CreateHandler: CREATE_FAILED leaves the version; a throttle of the
    # read after stabilising fails a request whose version exists; the plugin's failure
    # events carry no model (AbstractWrapper, ProgressEvent.defaultFailureHandler).
    aws.create_image()
    failing = make_aws(faults=FaultConfig(op_seconds=0, fail_rate=1.0))
    desired = {"ImageName": "data-science", "BaseImage": aws.base_image()}

    events = [failing.create(VERSION, desired) for _ in range(4)]

    assert [(e["OperationStatus"], e["ErrorCode"]) for e in events] == [
        ("FAILED", "ServiceInternalError")
    ] * 4
    assert all("Identifier" not in event for event in events)
    listed = aws.cc.list_resources(TypeName=VERSION, ResourceModel=by_name("data-science"))
    left = [item["Identifier"].rsplit("/", 1)[1] for item in listed["ResourceDescriptions"]]
    assert left == ["1", "2"]
    assert aws.create_version().endswith("/3")


def test_throttled_version_creates_may_have_created_the_version(make_aws: Any) -> None:
    clean = make_aws()
    clean.create_image()
    throttled = make_aws(
        faults=FaultConfig(op_seconds=0, throttle_rate=1.0, seed=1), config=NO_RETRIES
    )
    desired = {"ImageName": "data-science", "BaseImage": clean.base_image()}

    outcomes = []
    for _ in range(40):
        try:
            outcomes.append(clean.wait(throttled.start_create(VERSION, desired))["ErrorCode"])
        except ClientError as error:
            outcomes.append(error.response["Error"]["Code"])

    listed = clean.cc.list_resources(
        TypeName=VERSION, ResourceModel=by_name("data-science"), MaxResults=100
    )
    made = len(listed["ResourceDescriptions"])
    assert set(outcomes) == {"Throttling", "ThrottlingException"}
    assert 0 < made < outcomes.count("Throttling")
