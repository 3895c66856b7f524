"""Whole verdicts of compare() on the paths the table in test_drift_compare.py does not
reach: a retired version, a create never confirmed, a same-named object read without its
ARN, a version made with the singular Alias, repeated tags, pending operations, unmanaged
versions named oddly, and the exact refusal of a bad --ignore."""

from __future__ import annotations

from typing import Any

import pytest

from planner.drift.compare import (
    Difference,
    DifferenceType,
    DriftReport,
    DriftSource,
    DriftStatus,
    ResourceDrift,
    compare,
    parse_ignore,
)
from planner.errors import UsageError
from planner.spec.desired import DesiredResource
from state.cloud.client import LiveResource
from state.recorded.model import PendingOperation, ResourceRecord, State
from state.schema import IMAGE, IMAGE_VERSION
from tests.drift.test_drift_compare import ADDR, ARN, IMAGE_ARN, READ_ONLY, TODAY, props, spec

TEAM = {"Key": "team", "Value": "ml"}


def version_record(properties: dict[str, Any], **fields: Any) -> ResourceRecord:
    return ResourceRecord(
        type=IMAGE_VERSION, identifier=ARN, region="us-east-1", properties=properties, **fields
    )


def only(report: DriftReport) -> ResourceDrift:
    (resource,) = report.resources
    return resource


def test_a_retired_version_is_reported_whole() -> None:
    retired = f"{ADDR}#retired-1"
    state = State(resources={retired: version_record(props())})

    drift = only(compare(desired={}, state=state, live={retired: props()}, today=TODAY))

    assert drift == ResourceDrift(
        address=retired,
        type_name=IMAGE_VERSION,
        identifier=ARN,
        status=DriftStatus.RETIRED,
        note="retired by lifecycle.on_replace: retain; kept under its image's retention policy",
    )


def test_a_create_never_confirmed_is_reported_whole() -> None:
    record = ResourceRecord(
        type=IMAGE_VERSION, identifier=None, region="us-east-1", properties=props()
    )
    state = State(resources={ADDR: record})

    drift = only(compare(desired={ADDR: spec(props())}, state=state, live={}, today=TODAY))

    assert drift == ResourceDrift(
        address=ADDR,
        type_name=IMAGE_VERSION,
        identifier=None,
        status=DriftStatus.NOT_APPLIED,
        note="a create was started and never confirmed; the next apply resumes it",
    )


def test_a_same_named_image_read_without_its_arn_has_no_identifier() -> None:
    desired = DesiredResource("images.ds", IMAGE, {"ImageName": "data-science"})

    drift = only(
        compare(
            desired={"images.ds": desired},
            state=State(),
            live={"images.ds": {"ImageName": "data-science"}},
            today=TODAY,
        )
    )

    assert (drift.status, drift.identifier) == (DriftStatus.NOT_APPLIED, None)


def test_a_version_created_with_the_singular_alias_is_in_sync_with_its_live_aliases() -> None:
    record = props(Alias="legacy")
    live = {**READ_ONLY, **props(Aliases=["legacy"])}
    state = State(resources={ADDR: version_record(record)})

    drift = only(
        compare(
            desired={ADDR: spec(props(Alias="legacy"))}, state=state, live={ADDR: live}, today=TODAY
        )
    )

    assert (drift.status, drift.differences) == (DriftStatus.IN_SYNC, ())


def image_drift(recorded_tags: list[Any], live_tags: list[Any]) -> ResourceDrift:
    properties = {"ImageName": "data-science", "Tags": recorded_tags}
    record = ResourceRecord(
        type=IMAGE, identifier=IMAGE_ARN, region="us-east-1", properties=properties
    )
    desired = DesiredResource("images.ds", IMAGE, dict(properties))
    live = {"ImageName": "data-science", "ImageArn": IMAGE_ARN, "Tags": live_tags}
    return only(
        compare(
            desired={"images.ds": desired},
            state=State(resources={"images.ds": record}),
            live={"images.ds": live},
            today=TODAY,
        )
    )


def test_a_repeated_tag_lost_live_is_one_removal() -> None:
    drift = image_drift([TEAM, TEAM, TEAM], [TEAM])

    assert drift.differences == (
        Difference("/Tags/1", TEAM, None, DifferenceType.REMOVE, DriftSource.OUT_OF_BAND),
        Difference("/Tags/2", TEAM, None, DifferenceType.REMOVE, DriftSource.OUT_OF_BAND),
    )


def test_a_tag_repeated_live_is_one_addition() -> None:
    drift = image_drift([TEAM], [TEAM, TEAM, TEAM])

    assert drift.differences == (
        Difference("/Tags/1", None, TEAM, DifferenceType.ADD, DriftSource.OUT_OF_BAND),
        Difference("/Tags/2", None, TEAM, DifferenceType.ADD, DriftSource.OUT_OF_BAND),
    )


@pytest.mark.parametrize(
    ("operation", "note"),
    [
        ("UPDATE", "an UPDATE was started and never confirmed"),
        ("DELETE", "a DELETE was started and never confirmed"),
    ],
)
def test_a_pending_operation_is_noted_with_its_article(operation: str, note: str) -> None:
    pending = PendingOperation(operation, "tok", "2024-11-05T10:00:00Z")
    state = State(resources={ADDR: version_record(props(), pending=pending)})

    drift = only(
        compare(
            desired={ADDR: spec(props())},
            state=state,
            live={ADDR: {**READ_ONLY, **props()}},
            today=TODAY,
        )
    )

    assert drift.note == note


def test_an_unmanaged_version_is_named_by_the_image_name_it_reads() -> None:
    arn = "arn:aws:sagemaker:us-east-1:123456789012:image-version/data-science/5"
    found = LiveResource(IMAGE_VERSION, arn, {"ImageName": "Data-Science"})

    drift = only(compare(desired={}, state=State(), live={}, unmanaged=[found], today=TODAY))

    assert drift.note == (
        "a version of image Data-Science that neither the spec nor state knows; "
        f"`imgver import ADDRESS {arn}` manages it"
    )


def test_unmanaged_identifiers_that_are_not_version_arns_are_listed_by_name() -> None:
    found = [
        LiveResource(IMAGE_VERSION, "version-b", {}),
        LiveResource(IMAGE_VERSION, "image-version/ds/3", {}),
        LiveResource(IMAGE_VERSION, "version-a", {}),
    ]

    report = compare(desired={}, state=State(), live={}, unmanaged=found, today=TODAY)

    assert [(drift.identifier, drift.note.split(" that ")[0]) for drift in report.resources] == [
        ("image-version/ds/3", "a version of image ds"),
        ("version-a", "a version of image version-a"),
        ("version-b", "a version of image version-b"),
    ]


def test_a_report_made_without_its_context_leaves_it_empty() -> None:
    report = compare(desired={}, state=State(lineage="lin-9", serial=3), live={}, today=TODAY)

    assert (report.spec_hash, report.region, report.generated_at) == ("", "", "")
    assert (report.account, report.spec_file) == ("", "")


def test_an_ignore_that_is_not_an_address_says_what_one_is() -> None:
    with pytest.raises(UsageError) as caught:
        parse_ignore("stacks.ds")

    assert caught.value.detail == (
        "an address is <section>.<name> with section images or image_versions, e.g. "
        "image_versions.ds-2024-10.ReleaseNotes; an unmanaged version is named by its ARN"
    )
