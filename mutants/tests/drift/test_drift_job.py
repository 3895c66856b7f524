"""detect_drift end to end: real boto3 clients on the embedded emulator, state made by hand."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest
from botocore.stub import Stubber

from planner.drift.compare import Difference, DifferenceType, DriftReport, DriftSource, DriftStatus
from planner.drift.job import detect_drift, managed_image_names
from planner.render.drift import render_drift
from planner.spec.desired import DesiredResource, DriftIgnore, Settings, Spec
from state.cloud.client import LiveCloud, open_cloud
from state.cloud.errors import AccessDeniedError, ThrottledError
from state.cloud.polling import PollPolicy
from state.recorded.model import ResourceRecord, State
from state.schema import IMAGE, IMAGE_VERSION

TODAY = dt.date(2024, 11, 5)
NOW = "2024-11-05T10:00:00+00:00"
ACCOUNT = "123456789012"
FAST = PollPolicy(first_delay=0.01, max_delay=0.05, read_delay=0.01, throttle_backoff=0.01)
IMAGE_PROPS = {"ImageName": "data-science", "ImageRoleArn": f"arn:aws:iam::{ACCOUNT}:role/Images"}
OCTOBER = {
    "ImageName": "data-science",
    "BaseImage": f"{ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/ds:2024.10",
    "Aliases": ["2024.10", "stable"],
    "JobType": "NOTEBOOK_KERNEL",
    "ReleaseNotes": "October refresh",
}
NOVEMBER = {
    "ImageName": "data-science",
    "BaseImage": f"{ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/ds:2024.11",
    "Aliases": ["2024.11"],
    "ReleaseNotes": "November refresh",
}
OOB = DriftSource.OUT_OF_BAND


@pytest.fixture
def cloud(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> LiveCloud:
    monkeypatch.setenv("IMGVER_LOCAL_OP_SECONDS", "0")
    return open_cloud(
        region="us-east-1",
        profile=None,
        endpoint_url=None,
        local_data=tmp_path / "cloud.json",
        poll=FAST,
    )


class Estate:
    """An image with two versions, created directly in the cloud and recorded by hand."""

    def __init__(self, cloud: LiveCloud) -> None:
        self.cloud = cloud
        self.image_arn = self._create(IMAGE, IMAGE_PROPS)
        self.october_arn = self._create(IMAGE_VERSION, OCTOBER)
        self.november_arn = self._create(IMAGE_VERSION, NOVEMBER)
        self.spec = Spec(
            file="imgver.yaml",
            settings=Settings(region="us-east-1"),
            variables={},
            resources={
                "images.ds": DesiredResource("images.ds", IMAGE, dict(IMAGE_PROPS)),
                "image_versions.oct": DesiredResource(
                    "image_versions.oct", IMAGE_VERSION, dict(OCTOBER)
                ),
                "image_versions.nov": DesiredResource(
                    "image_versions.nov", IMAGE_VERSION, dict(NOVEMBER)
                ),
            },
            spec_hash="spec-sha",
        )
        self.state = State(
            lineage="lineage-1",
            serial=4,
            resources={
                "images.ds": self._record(IMAGE, self.image_arn, IMAGE_PROPS),
                "image_versions.oct": self._record(IMAGE_VERSION, self.october_arn, OCTOBER),
                "image_versions.nov": self._record(IMAGE_VERSION, self.november_arn, NOVEMBER),
            },
        )

    def _create(self, type_name: str, properties: dict[str, Any]) -> str:
        identifier = self.cloud.create(type_name, dict(properties)).identifier
        assert identifier is not None
        return identifier

    @staticmethod
    def _record(type_name: str, identifier: str, properties: dict[str, Any]) -> ResourceRecord:
        return ResourceRecord(
            type=type_name, identifier=identifier, region="us-east-1", properties=dict(properties)
        )

    def detect(self, **overrides: Any) -> DriftReport:
        arguments: dict[str, Any] = {
            "spec": self.spec,
            "state": self.state,
            "cloud": self.cloud,
            "parallelism": 4,
            "extra_ignores": (),
            "today": TODAY,
            "now": NOW,
            **overrides,
        }
        return detect_drift(**arguments)

    @staticmethod
    def statuses(report: DriftReport) -> dict[str, DriftStatus]:
        return {resource.name: resource.status for resource in report.resources}


@pytest.fixture
def estate(cloud: LiveCloud) -> Estate:
    return Estate(cloud)


def test_untouched_estate_is_in_sync(estate: Estate) -> None:
    state_before = estate.state.to_document()
    report = estate.detect()
    assert estate.statuses(report) == {
        "images.ds": DriftStatus.IN_SYNC,
        "image_versions.nov": DriftStatus.IN_SYNC,
        "image_versions.oct": DriftStatus.IN_SYNC,
    }
    assert [r.identifier for r in report.resources] == [
        estate.image_arn,
        estate.november_arn,
        estate.october_arn,
    ]
    assert (report.exit_code, report.spec_hash, report.region) == (0, "spec-sha", "us-east-1")
    assert (report.state_serial, report.state_lineage, report.generated_at) == (
        4,
        "lineage-1",
        NOW,
    )
    assert estate.state.to_document() == state_before


def test_property_changed_out_of_band(estate: Estate) -> None:
    estate.cloud.update(
        IMAGE_VERSION,
        estate.october_arn,
        [{"op": "replace", "path": "/ReleaseNotes", "value": "hotfix"}],
    )
    report = estate.detect()
    october = report.resources[2]
    assert (october.address, october.status) == ("image_versions.oct", DriftStatus.MODIFIED)
    assert october.differences == (
        Difference("/ReleaseNotes", "October refresh", "hotfix", DifferenceType.NOT_EQUAL, OOB),
    )
    assert report.exit_code == 2


def test_alias_moved_out_of_band_modifies_both_versions(estate: Estate) -> None:
    estate.cloud.update(
        IMAGE_VERSION, estate.october_arn, [{"op": "add", "path": "/Aliases", "value": ["2024.10"]}]
    )
    estate.cloud.update(
        IMAGE_VERSION,
        estate.november_arn,
        [{"op": "add", "path": "/Aliases", "value": ["2024.11", "stable"]}],
    )
    report = estate.detect()
    by_name = {resource.name: resource for resource in report.resources}
    assert by_name["image_versions.oct"].differences == (
        Difference("/Aliases/1", "stable", None, DifferenceType.REMOVE, OOB),
    )
    assert by_name["image_versions.nov"].differences == (
        Difference("/Aliases/1", None, "stable", DifferenceType.ADD, OOB),
    )
    assert (report.summary()["MODIFIED"], report.exit_code) == (2, 2)


def test_version_deleted_out_of_band(estate: Estate) -> None:
    estate.cloud.delete(IMAGE_VERSION, estate.november_arn)
    report = estate.detect()
    assert estate.statuses(report)["image_versions.nov"] is DriftStatus.DELETED
    assert report.exit_code == 2


def test_version_created_out_of_band_is_unmanaged(estate: Estate) -> None:
    stray = estate.cloud.create(
        IMAGE_VERSION,
        {
            "ImageName": "data-science",
            "BaseImage": f"{ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/x:1",
        },
    ).identifier
    assert stray == f"arn:aws:sagemaker:us-east-1:{ACCOUNT}:image-version/data-science/3"
    report = estate.detect()
    assert estate.statuses(report) == {
        "images.ds": DriftStatus.IN_SYNC,
        "image_versions.nov": DriftStatus.IN_SYNC,
        "image_versions.oct": DriftStatus.IN_SYNC,
        stray: DriftStatus.UNMANAGED,
    }
    assert report.exit_code == 2
    ignored = estate.detect(extra_ignores=(DriftIgnore(stray, reason="someone's experiment"),))
    assert (ignored.exit_code, ignored.ignored_count) == (0, 1)


def test_spec_ignore_rules_and_expiry(estate: Estate) -> None:
    estate.cloud.update(
        IMAGE_VERSION,
        estate.october_arn,
        [{"op": "replace", "path": "/ReleaseNotes", "value": "hotfix"}],
    )
    rule = DriftIgnore("image_versions.oct", "ReleaseNotes", "ML-12", dt.date(2024, 11, 30))
    spec = Spec(
        file=estate.spec.file,
        settings=estate.spec.settings,
        variables={},
        resources=estate.spec.resources,
        drift_ignores=(rule,),
        spec_hash="spec-sha",
    )
    assert estate.detect(spec=spec).exit_code == 0
    later = estate.detect(spec=spec, today=dt.date(2024, 12, 1))
    assert (later.exit_code, later.expired_ignores) == (2, (rule,))


def test_not_applied_resources_need_no_cloud_object(estate: Estate) -> None:
    resources = dict(estate.spec.resources)
    resources["images.other"] = DesiredResource(
        "images.other", IMAGE, {"ImageName": "other", "ImageRoleArn": IMAGE_PROPS["ImageRoleArn"]}
    )
    resources["image_versions.other"] = DesiredResource(
        "image_versions.other", IMAGE_VERSION, {"ImageName": "other", "BaseImage": "x:1"}
    )
    spec = Spec(
        file="imgver.yaml", settings=Settings(), variables={}, resources=resources, spec_hash="h"
    )
    report = estate.detect(spec=spec)
    assert estate.statuses(report)["images.other"] is DriftStatus.NOT_APPLIED
    assert estate.statuses(report)["image_versions.other"] is DriftStatus.NOT_APPLIED
    assert report.summary()["UNMANAGED"] == 0
    # The same image made outside imgver: still not applied, with the way to adopt it.
    estate.cloud.create(IMAGE, dict(resources["images.other"].properties))
    adopted = {r.name: r for r in estate.detect(spec=spec).resources}["images.other"]
    assert (adopted.status, adopted.identifier) == (
        DriftStatus.NOT_APPLIED,
        f"arn:aws:sagemaker:us-east-1:{ACCOUNT}:image/other",
    )
    assert "`imgver import images.other other`" in adopted.note


def test_every_format_renders_a_live_report(estate: Estate) -> None:
    estate.cloud.delete(IMAGE_VERSION, estate.november_arn)
    report = estate.detect()
    for fmt in ("text", "json", "markdown", "junit", "html"):
        assert "image_versions.nov" in render_drift(report, fmt, color=False)


@pytest.fixture
def stubbed() -> Iterator[tuple[LiveCloud, Stubber]]:
    session = boto3.session.Session(
        aws_access_key_id="test", aws_secret_access_key="test", region_name="us-east-1"
    )
    cloudcontrol = session.client("cloudcontrol")
    sagemaker = session.client("sagemaker")
    with Stubber(cloudcontrol) as stubber, Stubber(sagemaker):
        yield LiveCloud(cloudcontrol, sagemaker, region="us-east-1", poll=FAST), stubber
        stubber.assert_no_pending_responses()


def test_a_failed_read_raises_instead_of_reporting(stubbed: tuple[LiveCloud, Stubber]) -> None:
    cloud, stubber = stubbed
    arn = f"arn:aws:sagemaker:us-east-1:{ACCOUNT}:image-version/data-science/1"
    stubber.add_client_error(
        "get_resource",
        service_error_code="AccessDeniedException",
        service_message="not authorized to perform: cloudformation:GetResource",
        http_status_code=400,
        expected_params={"TypeName": IMAGE_VERSION, "Identifier": arn},
    )
    state = State(
        resources={
            "image_versions.oct": ResourceRecord(
                type=IMAGE_VERSION, identifier=arn, region="us-east-1", properties=dict(OCTOBER)
            )
        }
    )
    spec = Spec(file="imgver.yaml", settings=Settings(), variables={}, resources={})
    with pytest.raises(AccessDeniedError) as caught:
        detect_drift(spec=spec, state=state, cloud=cloud, parallelism=2, today=TODAY, now=NOW)
    assert (caught.value.exit_code, caught.value.operation) == (1, "GetResource")


def test_a_failed_listing_raises_instead_of_reporting(stubbed: tuple[LiveCloud, Stubber]) -> None:
    cloud, stubber = stubbed
    stubber.add_client_error(
        "list_resources",
        service_error_code="ThrottlingException",
        service_message="Rate exceeded",
        http_status_code=400,
        expected_params={
            "TypeName": IMAGE_VERSION,
            "ResourceModel": '{"ImageName": "data-science"}',
        },
    )
    spec = Spec(
        file="imgver.yaml",
        settings=Settings(),
        variables={},
        resources={
            "image_versions.oct": DesiredResource(
                "image_versions.oct", IMAGE_VERSION, dict(OCTOBER)
            )
        },
    )
    with pytest.raises(ThrottledError) as caught:
        detect_drift(spec=spec, state=State(), cloud=cloud, parallelism=2, today=TODAY, now=NOW)
    assert (caught.value.exit_code, caught.value.operation) == (1, "ListResources")


def test_managed_image_names_come_from_spec_and_state() -> None:
    desired = [
        DesiredResource("images.a", IMAGE, {"ImageName": "alpha"}),
        DesiredResource("image_versions.b", IMAGE_VERSION, {"ImageName": "beta", "BaseImage": "x"}),
    ]
    state = State(
        resources={
            "image_versions.c": ResourceRecord(
                type=IMAGE_VERSION, identifier="arn", region="r", properties={"ImageName": "gamma"}
            ),
            "image_versions.d": ResourceRecord(
                type=IMAGE_VERSION, identifier="arn2", region="r", properties={"ImageName": "beta"}
            ),
        }
    )
    assert managed_image_names(desired, state) == ["alpha", "beta", "gamma"]
