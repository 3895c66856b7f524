"""compare() on what AWS does by itself and on base images: a version AWS archived, a tag
that moved since the version was built, a BaseImage pinned by `imgver pin`, and a tag kept
twice of which live holds one fewer."""

from __future__ import annotations

from typing import Any

from planner.baseimage.stale import StaleImage
from planner.drift.compare import (
    Difference,
    DifferenceType,
    DriftSource,
    DriftStatus,
    ResourceDrift,
    compare,
)
from planner.spec.desired import DesiredResource
from state.recorded.model import ResourceRecord, State
from state.schema import IMAGE, IMAGE_VERSION
from tests.drift.test_drift_compare import ADDR, ARN, IMAGE_ARN, READ_ONLY, TODAY, props, spec

REPO = "123456789012.dkr.ecr.us-east-1.amazonaws.com/ds"


def judged(
    desired: dict[str, Any], record: dict[str, Any], live: dict[str, Any], **kw: Any
) -> ResourceDrift:
    state = State(
        resources={
            ADDR: ResourceRecord(
                type=IMAGE_VERSION, identifier=ARN, region="us-east-1", properties=record
            )
        }
    )
    report = compare(
        desired={ADDR: spec(desired)},
        state=state,
        live={ADDR: {**READ_ONLY, **live}},
        today=TODAY,
        **kw,
    )
    (drift,) = report.resources
    return drift


def test_a_version_aws_archived_is_in_sync_with_a_note() -> None:
    drift = judged(
        props(VendorGuidance="TO_BE_ARCHIVED"),
        props(VendorGuidance="TO_BE_ARCHIVED"),
        props(VendorGuidance="ARCHIVED"),
    )

    assert (drift.status, drift.differences, drift.note) == (
        DriftStatus.IN_SYNC,
        (),
        "archived by AWS",
    )


def test_an_archived_version_removed_from_the_spec_notes_both() -> None:
    record = props(VendorGuidance="TO_BE_ARCHIVED")
    state = State(
        resources={
            ADDR: ResourceRecord(
                type=IMAGE_VERSION, identifier=ARN, region="us-east-1", properties=record
            )
        }
    )
    report = compare(
        desired={},
        state=state,
        live={ADDR: {**READ_ONLY, **props(VendorGuidance="ARCHIVED")}},
        today=TODAY,
    )

    (drift,) = report.resources
    assert drift.note == "archived by AWS; no longer in the spec; the next apply removes it"


def test_a_tag_that_moved_since_the_build_is_a_stale_base_image() -> None:
    stale = StaleImage(
        address=ADDR,
        base_image=f"{REPO}:2024.10",
        tag="2024.10",
        built_from=f"{REPO}@sha256:abc",
        current=f"{REPO}@sha256:def",
        pushed_at="2024-11-04T08:00:00Z",
    )

    drift = judged(props(), props(), props(), stale={ADDR: stale})

    assert drift.status is DriftStatus.MODIFIED
    assert drift.differences == (
        Difference(
            path="/BaseImage",
            expected=f"{REPO}@sha256:def",
            actual=f"{REPO}@sha256:abc",
            type=DifferenceType.STALE_BASE_IMAGE,
            source=DriftSource.TAG_MOVED,
            tag="2024.10",
            tag_pushed_at="2024-11-04T08:00:00Z",
        ),
    )


def test_a_base_image_pinned_to_its_build_is_no_drift_and_later_properties_still_are() -> None:
    digest = f"{REPO}@sha256:{'a' * 64}"

    drift = judged(
        props(BaseImage=digest), props(), props(ReleaseNotes="hotfix", ContainerImage=digest)
    )

    assert drift.differences == (
        Difference(
            "/ReleaseNotes",
            "October refresh",
            "hotfix",
            DifferenceType.NOT_EQUAL,
            DriftSource.OUT_OF_BAND,
        ),
    )


def test_a_tag_kept_three_times_and_read_twice_is_one_removal() -> None:
    team = {"Key": "team", "Value": "ml"}
    properties = {"ImageName": "data-science", "Tags": [team, team, team]}
    record = ResourceRecord(
        type=IMAGE, identifier=IMAGE_ARN, region="us-east-1", properties=properties
    )
    report = compare(
        desired={"images.ds": DesiredResource("images.ds", IMAGE, dict(properties))},
        state=State(resources={"images.ds": record}),
        live={
            "images.ds": {"ImageName": "data-science", "ImageArn": IMAGE_ARN, "Tags": [team, team]}
        },
        today=TODAY,
    )

    (drift,) = report.resources
    assert drift.differences == (
        Difference("/Tags/2", team, None, DifferenceType.REMOVE, DriftSource.OUT_OF_BAND),
    )


def test_tags_read_three_times_and_kept_twice_is_one_addition() -> None:
    team = {"Key": "team", "Value": "ml"}
    properties = {"ImageName": "data-science", "Tags": [team, team]}
    record = ResourceRecord(
        type=IMAGE, identifier=IMAGE_ARN, region="us-east-1", properties=properties
    )
    report = compare(
        desired={"images.ds": DesiredResource("images.ds", IMAGE, dict(properties))},
        state=State(resources={"images.ds": record}),
        live={
            "images.ds": {
                "ImageName": "data-science",
                "ImageArn": IMAGE_ARN,
                "Tags": [team, team, team],
            }
        },
        today=TODAY,
    )

    (drift,) = report.resources
    assert drift.differences == (
        Difference("/Tags/2", None, team, DifferenceType.ADD, DriftSource.OUT_OF_BAND),
    )
