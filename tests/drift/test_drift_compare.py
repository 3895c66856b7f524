"""compare(): every status, difference type, source and ignore rule, from plain data."""

from __future__ import annotations

import datetime as dt
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
from planner.spec.desired import DesiredResource, DriftIgnore, Lifecycle
from state.cloud.client import LiveResource
from state.recorded.model import PendingOperation, ResourceRecord, State
from state.schema import IMAGE, IMAGE_VERSION

TODAY = dt.date(2024, 11, 5)
ADDR = "image_versions.ds-2024-10"
ARN = "arn:aws:sagemaker:us-east-1:123456789012:image-version/data-science/1"
IMAGE_ARN = "arn:aws:sagemaker:us-east-1:123456789012:image/data-science"
BASE = {
    "ImageName": "data-science",
    "BaseImage": "123456789012.dkr.ecr.us-east-1.amazonaws.com/ds:2024.10",
    "JobType": "NOTEBOOK_KERNEL",
    "ReleaseNotes": "October refresh",
}
READ_ONLY = {
    "ImageVersionArn": ARN,
    "ImageArn": IMAGE_ARN,
    "Version": 1,
    "ContainerImage": "123456789012.dkr.ecr.us-east-1.amazonaws.com/ds@sha256:abc",
}
ADD, REMOVE, NOT_EQUAL = DifferenceType.ADD, DifferenceType.REMOVE, DifferenceType.NOT_EQUAL
OOB, PENDING = DriftSource.OUT_OF_BAND, DriftSource.NOT_APPLIED


def props(**changes: Any) -> dict[str, Any]:
    """BASE with changes; a value of None drops the property."""
    merged = {**BASE, **changes}
    return {name: value for name, value in merged.items() if value is not None}


def spec(properties: dict[str, Any], *, ignore_changes: tuple[str, ...] = ()) -> DesiredResource:
    return DesiredResource(
        address=ADDR,
        type_name=IMAGE_VERSION,
        properties=properties,
        lifecycle=Lifecycle(ignore_changes=ignore_changes),
    )


def recorded(properties: dict[str, Any], **fields: Any) -> State:
    record = ResourceRecord(
        type=IMAGE_VERSION, identifier=ARN, region="us-east-1", properties=properties, **fields
    )
    return State(lineage="lin-1", serial=7, resources={ADDR: record})


def judge_one(
    desired: dict[str, Any] | None,
    record: dict[str, Any] | None,
    live: dict[str, Any] | None,
    *,
    ignores: tuple[DriftIgnore, ...] = (),
    ignore_changes: tuple[str, ...] = (),
) -> ResourceDrift:
    report = compare(
        desired={ADDR: spec(desired, ignore_changes=ignore_changes)} if desired is not None else {},
        state=recorded(record) if record is not None else State(lineage="lin-1", serial=7),
        live={ADDR: {**READ_ONLY, **live}} if live is not None else {ADDR: None},
        ignores=ignores,
        today=TODAY,
    )
    (only,) = report.resources
    return only


def diff(
    path: str, expected: Any, actual: Any, kind: DifferenceType, source: DriftSource
) -> Difference:
    return Difference(path=path, expected=expected, actual=actual, type=kind, source=source)


# (name, desired, recorded, live, expected status, expected differences)
CASES: list[tuple[str, Any, Any, Any, DriftStatus, list[Difference]]] = [
    ("all three equal is in sync", props(), props(), props(), DriftStatus.IN_SYNC, []),
    (
        "read-only properties in the record are not compared",
        props(),
        props(Version=9, ImageVersionArn="arn:other"),
        props(),
        DriftStatus.IN_SYNC,
        [],
    ),
    (
        "a property neither spec nor record sets is not drift",
        props(),
        props(),
        props(MLFramework="PyTorch 2.3", Processor="GPU"),
        DriftStatus.IN_SYNC,
        [],
    ),
    (
        "a value changed live is NOT_EQUAL out-of-band, expected the recorded value",
        props(),
        props(),
        props(ReleaseNotes="hotfix"),
        DriftStatus.MODIFIED,
        [diff("/ReleaseNotes", "October refresh", "hotfix", NOT_EQUAL, OOB)],
    ),
    (
        "a value removed live is REMOVE out-of-band",
        props(),
        props(),
        props(ReleaseNotes=None),
        DriftStatus.MODIFIED,
        [diff("/ReleaseNotes", "October refresh", None, REMOVE, OOB)],
    ),
    (
        "a value live has and the record lacks is ADD out-of-band",
        props(Horovod=True),
        props(),
        props(Horovod=True),
        DriftStatus.MODIFIED,
        [diff("/Horovod", None, True, ADD, OOB)],
    ),
    (
        "a spec change apply has not made is NOT_EQUAL not-applied, expected the spec's value",
        props(ReleaseNotes="November refresh"),
        props(),
        props(),
        DriftStatus.MODIFIED,
        [diff("/ReleaseNotes", "November refresh", "October refresh", NOT_EQUAL, PENDING)],
    ),
    (
        "a property the spec adds and nothing has yet is REMOVE not-applied",
        props(Processor="GPU"),
        props(),
        props(),
        DriftStatus.MODIFIED,
        [diff("/Processor", "GPU", None, REMOVE, PENDING)],
    ),
    (
        "a property the spec stops setting is not a pending change",
        props(ReleaseNotes=None),
        props(),
        props(),
        DriftStatus.IN_SYNC,
        [],
    ),
    (
        "live changed and spec changed: out-of-band wins, against the record",
        props(ReleaseNotes="spec"),
        props(ReleaseNotes="recorded"),
        props(ReleaseNotes="console"),
        DriftStatus.MODIFIED,
        [diff("/ReleaseNotes", "recorded", "console", NOT_EQUAL, OOB)],
    ),
    (
        "live made equal to the spec by hand still differs from the record",
        props(ReleaseNotes="spec"),
        props(ReleaseNotes="recorded"),
        props(ReleaseNotes="spec"),
        DriftStatus.MODIFIED,
        [diff("/ReleaseNotes", "recorded", "spec", NOT_EQUAL, OOB)],
    ),
    (
        "a boolean read back as a number is drift",
        props(Horovod=True),
        props(Horovod=True),
        props(Horovod=1),
        DriftStatus.MODIFIED,
        [diff("/Horovod", True, 1, NOT_EQUAL, OOB)],
    ),
    (
        "aliases compare as sets",
        props(Aliases=["stable", "2024.10"]),
        props(Aliases=["stable", "2024.10"]),
        props(Aliases=["2024.10", "stable"]),
        DriftStatus.IN_SYNC,
        [],
    ),
    (
        "no aliases recorded equals none listed live",
        props(Aliases=[]),
        props(Aliases=[]),
        props(),
        DriftStatus.IN_SYNC,
        [],
    ),
    (
        "the singular Alias is one more member of the alias set",
        props(Alias="stable", Aliases=["2024.10"]),
        props(Alias="stable", Aliases=["2024.10"]),
        props(Aliases=["2024.10", "stable"]),
        DriftStatus.IN_SYNC,
        [],
    ),
    (
        "an alias moved away is REMOVE at its index in the sorted expected set",
        props(Aliases=["stable", "2024.10"]),
        props(Aliases=["stable", "2024.10"]),
        props(Aliases=["2024.10"]),
        DriftStatus.MODIFIED,
        [diff("/Aliases/1", "stable", None, REMOVE, OOB)],
    ),
    (
        "an alias added live is ADD at its index in the sorted actual set",
        props(Aliases=["2024.11"]),
        props(Aliases=["2024.11"]),
        props(Aliases=["stable", "2024.11"]),
        DriftStatus.MODIFIED,
        [diff("/Aliases/1", None, "stable", ADD, OOB)],
    ),
    (
        "all aliases gone live (ListAliases empty, key omitted)",
        props(Aliases=["stable"]),
        props(Aliases=["stable"]),
        props(),
        DriftStatus.MODIFIED,
        [diff("/Aliases/0", "stable", None, REMOVE, OOB)],
    ),
    (
        "an alias the spec adds is a not-applied REMOVE",
        props(Aliases=["stable", "latest"]),
        props(Aliases=["stable"]),
        props(Aliases=["stable"]),
        DriftStatus.MODIFIED,
        [diff("/Aliases/0", "latest", None, REMOVE, PENDING)],
    ),
]


@pytest.mark.parametrize(
    ("desired", "record", "live", "status", "differences"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_compare_one_version(
    desired: Any, record: Any, live: Any, status: DriftStatus, differences: list[Difference]
) -> None:
    drift = judge_one(desired, record, live)
    assert drift.status is status
    assert list(drift.differences) == differences
    assert drift.identifier == ARN
    assert drift.counts_as_drift is (status is not DriftStatus.IN_SYNC)


def test_image_tags_compare_as_sets_and_nested_values_by_path() -> None:
    record = ResourceRecord(
        type=IMAGE,
        identifier=IMAGE_ARN,
        region="us-east-1",
        properties={
            "ImageName": "data-science",
            "ImageRoleArn": "arn:aws:iam::123456789012:role/Images",
            "Tags": [{"Key": "team", "Value": "ml"}, {"Key": "env", "Value": "prod"}],
        },
    )
    live = {
        **record.properties,
        "ImageArn": IMAGE_ARN,
        "Tags": [{"Key": "env", "Value": "prod"}, {"Key": "team", "Value": "data"}],
    }
    report = compare(
        desired={
            "images.ds": DesiredResource(
                address="images.ds", type_name=IMAGE, properties=dict(record.properties)
            )
        },
        state=State(resources={"images.ds": record}),
        live={"images.ds": live},
        today=TODAY,
    )
    (drift,) = report.resources
    assert drift.status is DriftStatus.MODIFIED
    assert list(drift.differences) == [
        diff("/Tags/1", {"Key": "team", "Value": "ml"}, None, REMOVE, OOB),
        diff("/Tags/1", None, {"Key": "team", "Value": "data"}, ADD, OOB),
    ]


def test_gone_live_is_deleted() -> None:
    drift = judge_one(props(), props(), None)
    assert drift == ResourceDrift(
        address=ADDR,
        type_name=IMAGE_VERSION,
        identifier=ARN,
        status=DriftStatus.DELETED,
        note="recorded in state but gone from the cloud",
    )
    assert drift.counts_as_drift


def test_in_spec_never_created_is_not_applied() -> None:
    report = compare(desired={ADDR: spec(props())}, state=State(), live={}, today=TODAY)
    assert report.resources == (
        ResourceDrift(
            address=ADDR,
            type_name=IMAGE_VERSION,
            identifier=None,
            status=DriftStatus.NOT_APPLIED,
            note="in the spec but never created; the next apply creates it",
        ),
    )
    assert report.exit_code == 2


def test_removed_from_spec_but_live_as_recorded_is_not_applied() -> None:
    drift = judge_one(None, props(), props())
    assert drift.status is DriftStatus.NOT_APPLIED
    assert drift.differences == ()
    assert drift.note == "no longer in the spec; the next apply removes it"


def test_removed_from_spec_and_changed_live_is_modified_out_of_band() -> None:
    drift = judge_one(None, props(), props(JobType="TRAINING"))
    assert drift.status is DriftStatus.MODIFIED
    assert drift.differences == (diff("/JobType", "NOTEBOOK_KERNEL", "TRAINING", NOT_EQUAL, OOB),)
    assert drift.note == "no longer in the spec; the next apply removes it"


def test_deposed_object_waiting_for_delete() -> None:
    deposed = ADDR + "#deposed"
    state = State(
        resources={
            deposed: ResourceRecord(
                type=IMAGE_VERSION, identifier=ARN, region="us-east-1", properties=props()
            )
        }
    )
    report = compare(desired={}, state=state, live={deposed: props()}, today=TODAY)
    (drift,) = report.resources
    assert (drift.address, drift.status, drift.note) == (
        deposed,
        DriftStatus.NOT_APPLIED,
        "the old object of a replacement; the next apply removes it",
    )


def test_create_never_confirmed_is_not_applied_and_needs_no_live_read() -> None:
    state = State(
        resources={
            ADDR: ResourceRecord(
                type=IMAGE_VERSION,
                identifier=None,
                region="us-east-1",
                properties=props(),
                pending=PendingOperation("CREATE", "tok-1", "2024-11-05T10:00:00Z"),
            )
        }
    )
    report = compare(desired={ADDR: spec(props())}, state=state, live={}, today=TODAY)
    (drift,) = report.resources
    assert (drift.status, drift.identifier, drift.note) == (
        DriftStatus.NOT_APPLIED,
        None,
        "a create was started and never confirmed; the next apply resumes it",
    )


def test_tainted_and_pending_update_keep_their_compared_status_with_a_note() -> None:
    assert judge_one(props(), props(), props()).note == ""
    tainted = compare(
        desired={ADDR: spec(props())},
        state=recorded(props(), status="tainted"),
        live={ADDR: props()},
        today=TODAY,
    ).resources[0]
    assert (tainted.status, tainted.note) == (
        DriftStatus.IN_SYNC,
        "tainted; the next apply replaces it",
    )
    pending = compare(
        desired={ADDR: spec(props())},
        state=recorded(props(), pending=PendingOperation("UPDATE", "t", "2024-11-05T10:00:00Z")),
        live={ADDR: props()},
        today=TODAY,
    ).resources[0]
    assert pending.note == "an UPDATE was started and never confirmed"


def test_a_recorded_address_without_a_live_read_is_a_caller_bug() -> None:
    with pytest.raises(ValueError) as caught:
        compare(desired={}, state=recorded(props()), live={}, today=TODAY)
    assert str(caught.value) == "the live model of image_versions.ds-2024-10 was not read"


def unmanaged_version(number: int) -> LiveResource:
    arn = f"arn:aws:sagemaker:us-east-1:123456789012:image-version/data-science/{number}"
    return LiveResource(
        type_name=IMAGE_VERSION,
        identifier=arn,
        properties={"ImageName": "data-science", "ImageVersionArn": arn, "Version": number},
    )


def test_unmanaged_versions_follow_managed_ones_in_version_order() -> None:
    found = [unmanaged_version(10), unmanaged_version(1), unmanaged_version(2)]
    report = compare(
        desired={ADDR: spec(props())},
        state=recorded(props()),
        live={ADDR: {**READ_ONLY, **props()}},
        unmanaged=found,
        today=TODAY,
    )
    assert [(r.name, r.status) for r in report.resources] == [
        (ADDR, DriftStatus.IN_SYNC),
        (found[2].identifier, DriftStatus.UNMANAGED),
        (found[0].identifier, DriftStatus.UNMANAGED),
    ]
    assert report.resources[1] == ResourceDrift(
        address=None,
        type_name=IMAGE_VERSION,
        identifier=found[2].identifier,
        status=DriftStatus.UNMANAGED,
        note="a version of image data-science that neither the spec nor state knows; "
        f"`imgver import ADDRESS {found[2].identifier}` manages it",
        live_properties=(("Version", 2),),  # of UNMANAGED_FACTS, what the model has
    )
    assert report.summary() == {
        "IN_SYNC": 1,
        "MODIFIED": 0,
        "DELETED": 0,
        "NOT_APPLIED": 0,
        "UNMANAGED": 2,
    }
    assert (report.drifted_count, report.ignored_count, report.exit_code) == (2, 0, 2)


def test_report_carries_what_it_was_checked_against() -> None:
    report = compare(
        desired={},
        state=State(lineage="lin-9", serial=12),
        live={},
        today=TODAY,
        spec_hash="abc",
        region="eu-west-1",
        generated_at="2024-11-05T10:00:00Z",
    )
    assert report == DriftReport(
        resources=(),
        spec_hash="abc",
        state_serial=12,
        state_lineage="lin-9",
        region="eu-west-1",
        generated_at="2024-11-05T10:00:00Z",
    )
    assert (report.has_drift, report.exit_code) == (False, 0)


def test_lifecycle_ignore_changes_marks_differences_ignored() -> None:
    drift = judge_one(
        props(),
        props(Aliases=["stable"]),
        props(ReleaseNotes="hotfix"),
        ignore_changes=("ReleaseNotes", "Alias"),
    )
    assert drift.differences == (
        Difference("/Aliases/0", "stable", None, REMOVE, OOB, "lifecycle.ignore_changes"),
        Difference(
            "/ReleaseNotes", "October refresh", "hotfix", NOT_EQUAL, OOB, "lifecycle.ignore_changes"
        ),
    )
    assert (drift.status, drift.counts_as_drift, drift.ignored) == (
        DriftStatus.MODIFIED,
        False,
        True,
    )


RULE_CASES = [
    (
        "an active property rule ignores that property only",
        (DriftIgnore(ADDR, "ReleaseNotes", "ticket ML-12", dt.date(2024, 11, 5)),),
        ["ticket ML-12 (until 2024-11-05)", None],
        True,
    ),
    (
        "an active address rule ignores everything",
        (DriftIgnore(ADDR, None, "migration"),),
        ["migration", "migration"],
        False,
    ),
    (
        "an expired rule ignores nothing",
        (DriftIgnore(ADDR, None, "old", dt.date(2024, 11, 4)),),
        [None, None],
        True,
    ),
    (
        "a rule without a reason still says where it came from",
        (DriftIgnore(ADDR, "ReleaseNotes"), DriftIgnore(ADDR, "JobType")),
        ["drift.ignore in the spec", "drift.ignore in the spec"],
        False,
    ),
    (
        "a rule for another address ignores nothing",
        (DriftIgnore("image_versions.other", None, "x"),),
        [None, None],
        True,
    ),
]


@pytest.mark.parametrize(
    ("rules", "reasons", "counts"),
    [case[1:] for case in RULE_CASES],
    ids=[case[0] for case in RULE_CASES],
)
def test_ignore_rules(
    rules: tuple[DriftIgnore, ...], reasons: list[str | None], counts: bool
) -> None:
    drift = judge_one(
        props(), props(), props(ReleaseNotes="hotfix", JobType="TRAINING"), ignores=rules
    )
    assert [d.path for d in drift.differences] == ["/JobType", "/ReleaseNotes"]
    assert sorted(d.ignore_reason or "" for d in drift.differences) == sorted(
        r or "" for r in reasons
    )
    assert drift.counts_as_drift is counts
    assert drift.status is DriftStatus.MODIFIED


def test_expired_rules_are_reported() -> None:
    old = DriftIgnore(ADDR, None, "old", dt.date(2024, 11, 4))
    current = DriftIgnore(ADDR, "JobType", "new", dt.date(2024, 12, 1))
    report = compare(
        desired={ADDR: spec(props())},
        state=recorded(props()),
        live={ADDR: props()},
        ignores=(old, current),
        today=TODAY,
    )
    assert report.expired_ignores == (old,)


def test_address_rule_ignores_a_deleted_resource_but_a_property_rule_does_not() -> None:
    whole = judge_one(props(), props(), None, ignores=(DriftIgnore(ADDR, None, "decommissioned"),))
    assert (whole.status, whole.ignore_reason, whole.counts_as_drift, whole.ignored) == (
        DriftStatus.DELETED,
        "decommissioned",
        False,
        True,
    )
    partial = judge_one(props(), props(), None, ignores=(DriftIgnore(ADDR, "JobType", "x"),))
    assert (partial.ignore_reason, partial.counts_as_drift) == (None, True)


def test_unmanaged_version_ignored_by_its_arn_keeps_exit_zero() -> None:
    found = unmanaged_version(3)
    report = compare(
        desired={},
        state=State(),
        live={},
        unmanaged=[found],
        ignores=(parse_ignore(found.identifier, reason="built by the platform team"),),
        today=TODAY,
    )
    (drift,) = report.resources
    assert (drift.status, drift.ignore_reason) == (
        DriftStatus.UNMANAGED,
        "built by the platform team",
    )
    assert (report.drifted_count, report.ignored_count, report.exit_code) == (0, 1, 0)


def test_listed_versions_state_knows_are_not_unmanaged() -> None:
    report = compare(
        desired={ADDR: spec(props())},
        state=recorded(props()),
        live={ADDR: props()},
        unmanaged=[unmanaged_version(1)],
        today=TODAY,
    )
    assert [r.status for r in report.resources] == [DriftStatus.IN_SYNC]


def test_images_come_before_versions() -> None:
    report = compare(
        desired={
            ADDR: spec(props()),
            "images.ds": DesiredResource("images.ds", IMAGE, {"ImageName": "data-science"}),
            "image_versions.a": DesiredResource("image_versions.a", IMAGE_VERSION, props()),
        },
        state=State(),
        live={},
        today=TODAY,
    )
    assert [r.address for r in report.resources] == ["images.ds", "image_versions.a", ADDR]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("images.ds", DriftIgnore("images.ds", None, "--ignore on the command line")),
        (
            "image_versions.ds-2024-10.ReleaseNotes",
            DriftIgnore(ADDR, "ReleaseNotes", "--ignore on the command line"),
        ),
        (" image_versions.ds-2024-10 ", DriftIgnore(ADDR, None, "--ignore on the command line")),
        (ARN, DriftIgnore(ARN, None, "--ignore on the command line")),
    ],
)
def test_parse_ignore(text: str, expected: DriftIgnore) -> None:
    assert parse_ignore(text) == expected


@pytest.mark.parametrize("text", ["", "images", "images.", "stacks.ds", ".ds", "images..Tags"])
def test_parse_ignore_refuses_what_is_not_an_address(text: str) -> None:
    with pytest.raises(UsageError) as caught:
        parse_ignore(text)
    assert caught.value.summary == f"--ignore {text.strip()!r} is not ADDRESS[.Property]"


def test_spec_image_already_in_the_cloud_but_not_in_state_points_at_import() -> None:
    desired = DesiredResource("images.ds", IMAGE, {"ImageName": "data-science"})
    report = compare(
        desired={"images.ds": desired},
        state=State(),
        live={"images.ds": {"ImageName": "data-science", "ImageArn": IMAGE_ARN}},
        today=TODAY,
    )
    assert report.resources == (
        ResourceDrift(
            address="images.ds",
            type_name=IMAGE,
            identifier=IMAGE_ARN,
            status=DriftStatus.NOT_APPLIED,
            note="in the spec but not in state, and data-science already exists in the cloud; "
            "`imgver import images.ds data-science` manages it instead of a clashing create",
        ),
    )


def test_unmanaged_version_listed_without_its_image_name_is_named_from_its_arn() -> None:
    arn = "arn:aws:sagemaker:us-east-1:123456789012:image-version/data-science/5"
    report = compare(
        desired={},
        state=State(),
        live={},
        unmanaged=[LiveResource(IMAGE_VERSION, arn, {"ImageVersionArn": arn})],
        today=TODAY,
    )
    assert report.resources[0].note.startswith("a version of image data-science that")


def test_a_base_image_changed_in_the_spec_and_not_applied_is_a_not_applied_difference() -> None:
    # Only a spec BaseImage pinned to the digest the version was built from (`imgver pin`)
    # is in sync; another tag in the spec is a change the next apply makes.
    november = "123456789012.dkr.ecr.us-east-1.amazonaws.com/ds:2024.11"
    drift = judge_one(props(BaseImage=november), props(), props())

    assert drift.status is DriftStatus.MODIFIED
    assert drift.differences == (
        diff("/BaseImage", november, BASE["BaseImage"], NOT_EQUAL, PENDING),
    )
