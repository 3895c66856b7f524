"""Resume rules the local cloud cannot show on demand, and a state that cannot be written."""

from __future__ import annotations

import io

import pytest

from planner.apply.executor import ApplyFailedError, apply_plan
from planner.apply.resume import resume_pending
from planner.plan.changes import StepKind
from planner.render.progress import PlainProgress
from state.cloud.errors import OperationThrottled, OperationTimeoutError
from state.errors import CloudError, StateError
from state.recorded.model import PendingOperation, ResourceRecord, State
from state.schema import IMAGE
from tests.apply.apply_fakes import (
    REGION,
    FakeCloud,
    RecordingStore,
    image_arn,
    image_body,
    plan_of,
    step,
)

STARTED = "2024-11-27T11:36:00Z"


def journaled_create(request_token: str | None) -> tuple[FakeCloud, RecordingStore, State]:
    cloud = FakeCloud()
    store = RecordingStore(cloud.log)
    state = State(lineage="lineage-1")
    state.resources["images.ds"] = ResourceRecord(
        type=IMAGE,
        identifier=None,
        region=REGION,
        properties=image_body(),
        pending=PendingOperation("CREATE", "journaled-token", STARTED, request_token),
    )
    return cloud, store, state


def created(state: State) -> ResourceRecord:
    return ResourceRecord(
        type=IMAGE,
        identifier=image_arn("data-science"),
        region=REGION,
        properties={**image_body(), "ImageArn": image_arn("data-science")},
    )


def test_a_resumed_create_that_was_throttled_is_sent_again_with_a_new_token() -> None:
    cloud, store, state = journaled_create("req-old")
    cloud.resume_faults["req-old"] = lambda: OperationThrottled(
        "throttled", error_code="Throttling"
    )

    assert resume_pending(state, store, cloud) == ["images.ds"]

    calls = cloud.log.calls()
    assert calls[0] == ("resume", "req-old")
    assert calls[1][:2] == ("CREATE", "data-science")
    assert calls[1][2] != "journaled-token"
    renewed = cloud.log.writes()[0]["resources"]["images.ds"]["pending"]
    assert (renewed["client_token"], renewed["request_token"]) == (calls[1][2], None)
    assert store.read().resources == {"images.ds": created(state)}


def test_a_request_cloud_control_forgot_is_sent_again_with_the_journaled_token() -> None:
    cloud, store, state = journaled_create("req-old")
    cloud.resume_faults["req-old"] = lambda: CloudError(
        "Cloud Control does not know request req-old",
        operation="GetResourceRequestStatus",
        error_code="RequestTokenNotFoundException",
    )

    resume_pending(state, store, cloud)

    # Nothing was made (no image of that name), so the create is sent again.
    assert cloud.log.calls()[1:3] == [
        ("read", '{"ImageName": "data-science"}'),
        ("CREATE", "data-science", "journaled-token"),
    ]
    assert store.read().resources == {"images.ds": created(state)}


def test_an_image_a_forgotten_request_made_is_adopted_not_created_again() -> None:
    cloud, store, state = journaled_create("req-old")
    cloud.resume_faults["req-old"] = lambda: CloudError(
        "Cloud Control does not know request req-old",
        operation="GetResourceRequestStatus",
        error_code="RequestTokenNotFoundException",
    )
    arn = image_arn("data-science")
    cloud.objects[arn] = {**image_body(), "ImageArn": arn}

    assert resume_pending(state, store, cloud) == ["images.ds"]

    assert [call[0] for call in cloud.log.calls()] == ["resume", "read", "read"]
    assert store.read().resources == {"images.ds": created(state)}


def test_a_create_without_request_token_is_sent_again_with_the_journaled_token() -> None:
    cloud, store, state = journaled_create(None)
    output = io.StringIO()

    assert resume_pending(state, store, cloud, PlainProgress(output)) == ["images.ds"]

    assert cloud.log.calls()[0] == ("CREATE", "data-science", "journaled-token")
    assert output.getvalue().splitlines() == [
        "images.ds: Creating...",
        f"images.ds: Creation complete after 0s [id={image_arn('data-science')}]",
    ]


def test_a_resume_whose_outcome_stays_unknown_keeps_the_journal_entry() -> None:
    cloud, store, state = journaled_create("req-old")
    cloud.resume_faults["req-old"] = lambda: OperationTimeoutError(
        "Timed out after 1800 s waiting for CreateResource", operation="CreateResource"
    )

    with pytest.raises(ApplyFailedError) as raised:
        resume_pending(state, store, cloud)

    assert raised.value.summary == "1 interrupted operation could not be finished"
    assert raised.value.detail.splitlines()[0] == (
        "- images.ds:resume-create: Timed out after 1800 s waiting for CreateResource"
    )
    pending = state.resources["images.ds"].pending
    assert pending == PendingOperation("CREATE", "journaled-token", STARTED, "req-old")
    assert cloud.log.writes() == []


def test_a_pending_delete_of_an_object_never_made_only_drops_the_record() -> None:
    cloud = FakeCloud()
    store = RecordingStore(cloud.log)
    state = State(lineage="lineage-1")
    state.resources["images.ds"] = ResourceRecord(
        type=IMAGE,
        identifier=None,
        region=REGION,
        pending=PendingOperation("DELETE", "journaled-token", STARTED),
    )

    assert resume_pending(state, store, cloud) == ["images.ds"]

    assert cloud.log.calls() == []
    assert store.read().resources == {}


class FailingStore(RecordingStore):
    """Refuses every write after the first `allowed` ones."""

    def __init__(self, allowed: int) -> None:
        super().__init__()
        self.allowed = allowed

    def write(self, state: State) -> None:
        if self.allowed == 0:
            raise StateError("imgver.state.json could not be written: disk full")
        self.allowed -= 1
        super().write(state)


def test_a_state_that_cannot_be_written_stops_new_steps_and_sends_nothing_unjournaled() -> None:
    store = FailingStore(allowed=3)  # the first create's journal, request token, result
    cloud = FakeCloud(store.log)
    state = State(lineage="lineage-1")
    plan = plan_of(
        [
            step(f"images.i{n}:create", StepKind.CREATE, IMAGE, properties=image_body(f"i{n}"))
            for n in range(3)
        ]
    )

    with pytest.raises(ApplyFailedError) as raised:
        apply_plan(plan, state=state, store=store, cloud=cloud, parallelism=1)

    result = raised.value.result
    assert [s.id for s in result.completed] == ["images.i0:create"]
    assert [(f.step.id, f.error.summary) for f in result.failed] == [
        ("images.i1:create", "imgver.state.json could not be written: disk full")
    ]
    assert [s.id for s in result.not_started] == ["images.i2:create"]
    assert [call[:2] for call in cloud.log.calls()] == [("CREATE", "i0"), ("read", image_arn("i0"))]
    # The refused change is not kept in memory either.
    assert sorted(state.resources) == ["images.i0"]


def test_an_update_that_reached_the_cloud_unanswered_refreshes_the_record_from_live() -> None:
    """A run killed after UpdateResource arrived but before its RequestToken was journaled:
    clearing the entry must record the live value, else drift calls it out-of-band."""
    cloud = FakeCloud()
    store = RecordingStore(cloud.log)
    identifier = cloud.add_object(IMAGE, image_body())
    new_role = "arn:aws:iam::123456789012:role/changed-by-the-interrupted-update"
    cloud.objects[identifier]["ImageRoleArn"] = new_role
    state = State(lineage="lineage-1")
    state.resources["images.ds"] = ResourceRecord(
        type=IMAGE,
        identifier=identifier,
        region=REGION,
        properties={**image_body(), "ImageArn": identifier},
        pending=PendingOperation("UPDATE", "journaled-token", STARTED, None),
    )

    assert resume_pending(state, store, cloud) == ["images.ds"]

    record = store.read().resources["images.ds"]
    assert record.pending is None
    assert record.properties["ImageRoleArn"] == new_role
    assert ("read", identifier) in cloud.log.calls()
