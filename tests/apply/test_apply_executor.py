"""The executor against an in-memory cloud: ordering, journal, state contents, failures."""

from __future__ import annotations

import io
import signal
import threading
from typing import Any

import pytest

import planner.apply.executor
import planner.apply.journal
from planner.apply.executor import ApplyFailedError, ApplyInterruptedError, ApplyResult, apply_plan
from planner.apply.interrupt import Interrupt, install_interrupt_handlers
from planner.errors import PlanError, UsageError
from planner.plan.changes import Action, Step, StepKind
from planner.render.progress import PlainProgress
from state.cloud.errors import OperationTimeoutError, RequestRejectedError
from state.errors import CloudError
from state.recorded.model import PendingOperation, ResourceRecord, State
from state.schema import IMAGE, IMAGE_VERSION
from tests.apply.apply_fakes import (
    REGION,
    FakeCloud,
    RecordingStore,
    failed,
    image_arn,
    image_body,
    plan_of,
    step,
    version_arn,
    version_body,
)

NOW = 1_700_000_000.0
STARTED = "2023-11-14T22:13:20Z"


def clock() -> float:
    return NOW


def setup(state: State | None = None) -> tuple[FakeCloud, RecordingStore, State]:
    cloud = FakeCloud()
    store = RecordingStore(cloud.log)
    return cloud, store, state or State(lineage="lineage-1")


def run(plan: Any, cloud: FakeCloud, store: RecordingStore, state: State, **options: Any) -> Any:
    return apply_plan(plan, state=state, store=store, cloud=cloud, clock=clock, **options)


def version_record(version: int, **properties: Any) -> ResourceRecord:
    return ResourceRecord(
        type=IMAGE_VERSION,
        identifier=version_arn("data-science", version),
        region=REGION,
        properties={**version_body(f"v{version}"), **properties},
    )


def create_image_and_version() -> Any:
    return plan_of(
        [
            step("images.ds:create", StepKind.CREATE, IMAGE, properties=image_body()),
            step(
                "image_versions.v1:create",
                StepKind.CREATE,
                properties=version_body(Aliases=["stable"]),
                depends_on=("images.ds:create",),
            ),
        ]
    )


def test_create_records_identifier_properties_sent_and_read_only_values() -> None:
    cloud, store, state = setup()

    result = run(create_image_and_version(), cloud, store, state)

    assert result.summary_line() == (
        "Apply complete! Resources: 2 added, 0 changed, 0 replaced, 0 destroyed."
    )
    # Per create: journal entry, request token, completion.
    assert store.read().to_document() == {
        "format": "imgver-state",
        "version": 1,
        "serial": 6,
        "lineage": "lineage-1",
        "resources": {
            "image_versions.v1": {
                "type": IMAGE_VERSION,
                "identifier": version_arn("data-science", 1),
                "region": REGION,
                "properties": {
                    **version_body(Aliases=["stable"]),
                    "ContainerImage": version_body()["BaseImage"],
                    "ImageArn": image_arn("data-science"),
                    "ImageVersionArn": version_arn("data-science", 1),
                    "Version": 1,
                },
                "status": "created",
                "pending": None,
            },
            "images.ds": {
                "type": IMAGE,
                "identifier": image_arn("data-science"),
                "region": REGION,
                "properties": {**image_body(), "ImageArn": image_arn("data-science")},
                "status": "created",
                "pending": None,
            },
        },
    }
    assert state.to_document() == store.read().to_document()


def test_create_is_journaled_before_the_call_then_its_request_token_then_the_result() -> None:
    cloud, store, state = setup()
    plan = plan_of([step("images.ds:create", StepKind.CREATE, IMAGE, properties=image_body())])

    run(plan, cloud, store, state)

    def summary(entry: tuple[Any, ...]) -> tuple[Any, ...]:
        if entry[0] == "call":
            return entry
        record = entry[1]["resources"]["images.ds"]
        return ("write", record["identifier"], record["pending"])

    entries = [summary(entry) for entry in cloud.log.entries]
    token = entries[1][3]
    assert entries == [
        (
            "write",
            None,
            {
                "operation": "CREATE",
                "client_token": token,
                "request_token": None,
                "started": STARTED,
            },
        ),
        ("call", "CREATE", "data-science", token),
        (
            "write",
            None,
            {
                "operation": "CREATE",
                "client_token": token,
                "request_token": "req-data-science",
                "started": STARTED,
            },
        ),
        ("call", "read", image_arn("data-science")),
        ("write", image_arn("data-science"), None),
    ]


def test_a_create_replayed_at_an_address_reuses_the_journaled_client_token() -> None:
    state = State(lineage="lineage-1")
    state.resources["images.ds"] = ResourceRecord(
        type=IMAGE,
        identifier=None,
        region=REGION,
        properties=image_body(),
        pending=PendingOperation("CREATE", "journaled-token", "2023-11-14T00:00:00Z"),
    )
    cloud, store, state = setup(state)
    plan = plan_of([step("images.ds:create", StepKind.CREATE, IMAGE, properties=image_body())])

    run(plan, cloud, store, state)

    assert cloud.log.calls()[0] == ("CREATE", "data-science", "journaled-token")
    assert state.resources["images.ds"].identifier == image_arn("data-science")


def test_update_sends_the_patch_and_records_it_applied_to_the_recorded_properties() -> None:
    state = State(lineage="lineage-1")
    state.resources["image_versions.v1"] = version_record(1, ReleaseNotes="old")
    cloud, store, state = setup(state)
    cloud.add_object(IMAGE_VERSION, version_body("v1", ReleaseNotes="old"))
    patch = [
        {"op": "replace", "path": "/ReleaseNotes", "value": "new"},
        {"op": "add", "path": "/Aliases", "value": ["stable"]},
    ]
    plan = plan_of(
        [
            step(
                "image_versions.v1:update",
                StepKind.UPDATE,
                identifier=version_arn("data-science", 1),
                patch=patch,
            )
        ],
        {"image_versions.v1": Action.UPDATE},
    )

    result = run(plan, cloud, store, state)

    assert result.summary_line() == (
        "Apply complete! Resources: 0 added, 1 changed, 0 replaced, 0 destroyed."
    )
    writes = cloud.log.writes()
    journaled = writes[0]["resources"]["image_versions.v1"]["pending"]
    assert (journaled["operation"], journaled["request_token"]) == ("UPDATE", None)
    assert cloud.log.calls() == [
        ("UPDATE", (version_arn("data-science", 1), patch), journaled["client_token"])
    ]
    assert store.read().resources["image_versions.v1"] == ResourceRecord(
        type=IMAGE_VERSION,
        identifier=version_arn("data-science", 1),
        region=REGION,
        properties={**version_body("v1"), "ReleaseNotes": "new", "Aliases": ["stable"]},
    )


def test_delete_journals_then_removes_the_record() -> None:
    state = State(lineage="lineage-1")
    state.resources["image_versions.v1"] = version_record(1)
    cloud, store, state = setup(state)
    cloud.add_object(IMAGE_VERSION, version_body("v1"))
    plan = plan_of(
        [
            step(
                "image_versions.v1:delete",
                StepKind.DELETE,
                identifier=version_arn("data-science", 1),
            )
        ],
        {"image_versions.v1": Action.DELETE},
    )

    result = run(plan, cloud, store, state)

    assert result.summary_line() == (
        "Apply complete! Resources: 0 added, 0 changed, 0 replaced, 1 destroyed."
    )
    first, last = cloud.log.writes()[0], cloud.log.writes()[-1]
    assert first["resources"]["image_versions.v1"]["pending"]["operation"] == "DELETE"
    assert last["resources"] == {}
    assert cloud.objects == {}


def replacement_plan() -> Any:
    old = version_arn("data-science", 1)
    return plan_of(
        [
            step("image_versions.ds:create", StepKind.CREATE, properties=version_body("v2")),
            step(
                "image_versions.ds#deposed:remove-aliases",
                StepKind.UPDATE,
                identifier=old,
                deposed=True,
                patch=[{"op": "add", "path": "/Aliases", "value": []}],
                depends_on=("image_versions.ds:create",),
            ),
            step(
                "image_versions.ds:add-aliases",
                StepKind.UPDATE,
                patch=[{"op": "add", "path": "/Aliases", "value": ["stable"]}],
                depends_on=("image_versions.ds#deposed:remove-aliases",),
            ),
            step(
                "image_versions.ds#deposed:delete",
                StepKind.DELETE,
                identifier=old,
                deposed=True,
                depends_on=("image_versions.ds:add-aliases",),
            ),
        ],
        {"image_versions.ds": Action.CREATE_THEN_DELETE},
    )


def test_replacement_deposes_the_old_object_in_the_journal_write_and_ends_with_the_new() -> None:
    state = State(lineage="lineage-1")
    state.resources["image_versions.ds"] = version_record(1, Aliases=["stable"])
    cloud, store, state = setup(state)
    cloud.add_object(IMAGE_VERSION, version_body("v1", Aliases=["stable"]))
    old_record = state.resources["image_versions.ds"].to_document()

    result = run(replacement_plan(), cloud, store, state)

    assert result.summary_line() == (
        "Apply complete! Resources: 0 added, 0 changed, 1 replaced, 0 destroyed."
    )
    first = cloud.log.writes()[0]["resources"]
    assert first["image_versions.ds#deposed"] == old_record
    assert first["image_versions.ds"]["identifier"] is None
    assert first["image_versions.ds"]["pending"]["operation"] == "CREATE"
    new = version_arn("data-science", 2)
    assert store.read().resources == {
        "image_versions.ds": ResourceRecord(
            type=IMAGE_VERSION,
            identifier=new,
            region=REGION,
            properties={
                **version_body("v2"),
                "Aliases": ["stable"],
                "ContainerImage": version_body("v2")["BaseImage"],
                "ImageArn": image_arn("data-science"),
                "ImageVersionArn": new,
                "Version": 2,
            },
        )
    }
    assert list(cloud.objects) == [new]
    assert cloud.aliases == {new: ["stable"]}


def test_no_more_than_parallelism_operations_run_at_once() -> None:
    cloud, store, state = setup()
    cloud.gate = threading.Event()
    plan = plan_of(
        [
            step(f"images.i{n}:create", StepKind.CREATE, IMAGE, properties=image_body(f"i{n}"))
            for n in range(5)
        ]
    )
    outcome: list[Any] = []
    worker = threading.Thread(
        target=lambda: outcome.append(run(plan, cloud, store, state, parallelism=2))
    )
    worker.start()

    cloud.wait_active(2)
    # Give the executor a chance to (wrongly) start a third operation.
    threading.Event().wait(0.1)
    assert cloud.active == 2
    cloud.gate.set()
    worker.join(timeout=10)
    assert not worker.is_alive()

    assert cloud.max_active == 2
    assert len(outcome[0].completed) == 5
    assert sorted(state.resources) == [f"images.i{n}" for n in range(5)]


def test_steps_run_on_no_more_worker_threads_than_parallelism_and_those_stop_after() -> None:
    cloud, store, state = setup()
    threads: set[threading.Thread] = set()
    create = cloud.create

    def noting_thread(*args: Any, **options: Any) -> Any:
        threads.add(threading.current_thread())
        return create(*args, **options)

    cloud.create = noting_thread  # type: ignore[method-assign]
    plan = plan_of(
        [
            step(f"images.i{n}:create", StepKind.CREATE, IMAGE, properties=image_body(f"i{n}"))
            for n in range(12)
        ]
    )

    result = run(plan, cloud, store, state, parallelism=3)

    assert len(result.completed) == 12
    assert 1 <= len(threads) <= 3  # kept from step to step, not one thread per step
    for thread in threads:
        thread.join(timeout=10)
        assert not thread.is_alive()


def test_a_step_starts_only_after_its_dependencies_succeeded() -> None:
    cloud, store, state = setup()

    run(create_image_and_version(), cloud, store, state, parallelism=10)

    assert [call[0] for call in cloud.log.calls()] == ["CREATE", "read", "CREATE", "read"]


def test_failed_create_with_an_object_is_tainted_dependents_skip_and_others_go_on() -> None:
    cloud, store, state = setup()
    bad = version_arn("data-science", 1)
    cloud.faults[("CREATE", "data-science:bad")] = failed("InternalFailure", "boom", bad)
    plan = plan_of(
        [
            step("image_versions.bad:create", StepKind.CREATE, properties=version_body("bad")),
            step(
                "image_versions.bad:add-aliases",
                StepKind.UPDATE,
                patch=[{"op": "add", "path": "/Aliases", "value": ["stable"]}],
                depends_on=("image_versions.bad:create",),
            ),
            step("images.other:create", StepKind.CREATE, IMAGE, properties=image_body("other")),
        ]
    )

    with pytest.raises(ApplyFailedError) as raised:
        run(plan, cloud, store, state)

    error = raised.value
    assert error.summary == "Apply failed: 1 operation failed"
    assert error.detail == (
        "- image_versions.bad:create: CreateResource failed: InternalFailure\n"
        "    ErrorCode: InternalFailure\n"
        "    StatusMessage: boom\n"
        "Skipped because a step they need failed: image_versions.bad:add-aliases\n"
        "State records every operation that completed. Fix the cause and run imgver apply again."
    )
    result = error.result
    assert [s.id for s in result.completed] == ["images.other:create"]
    assert [s.id for s in result.skipped] == ["image_versions.bad:add-aliases"]
    assert isinstance(result.failed[0].error, CloudError)
    assert result.failed[0].error.error_code == "InternalFailure"
    assert result.counts["add"] == 1
    assert store.read().resources["image_versions.bad"] == ResourceRecord(
        type=IMAGE_VERSION,
        identifier=bad,
        region=REGION,
        properties=version_body("bad"),
        status="tainted",
    )
    assert store.read().resources["images.other"].identifier == image_arn("other")


def rejected() -> RequestRejectedError:
    return RequestRejectedError(
        "CreateResource on a new AWS::SageMaker::ImageVersion was rejected: ValidationException",
        operation="CreateResource",
        error_code="ValidationException",
        status_message="bad model",
    )


def test_a_create_refused_before_any_request_leaves_no_record() -> None:
    cloud, store, state = setup()
    cloud.rejections[("CREATE", "data-science:bad")] = rejected
    plan = plan_of(
        [step("image_versions.bad:create", StepKind.CREATE, properties=version_body("bad"))]
    )

    with pytest.raises(ApplyFailedError):
        run(plan, cloud, store, state)

    assert store.read().resources == {}


def test_a_refused_replacement_puts_the_deposed_object_back() -> None:
    state = State(lineage="lineage-1")
    state.resources["image_versions.ds"] = version_record(1, Aliases=["stable"])
    cloud, store, state = setup(state)
    cloud.rejections[("CREATE", "data-science:v2")] = rejected
    before = state.resources["image_versions.ds"]

    with pytest.raises(ApplyFailedError) as raised:
        run(replacement_plan(), cloud, store, state)

    assert store.read().resources == {"image_versions.ds": before}
    assert len(raised.value.result.skipped) == 3


def test_a_failed_update_keeps_the_record_as_it_was() -> None:
    state = State(lineage="lineage-1")
    state.resources["image_versions.v1"] = version_record(1, ReleaseNotes="old")
    cloud, store, state = setup(state)
    arn = version_arn("data-science", 1)
    cloud.faults[("UPDATE", arn)] = failed("InvalidRequest", "no")
    before = state.resources["image_versions.v1"].to_document()
    plan = plan_of(
        [
            step(
                "image_versions.v1:update",
                StepKind.UPDATE,
                identifier=arn,
                patch=[{"op": "replace", "path": "/ReleaseNotes", "value": "new"}],
            )
        ],
        {"image_versions.v1": Action.UPDATE},
    )

    with pytest.raises(ApplyFailedError):
        run(plan, cloud, store, state)

    assert store.read().resources["image_versions.v1"].to_document() == before


def test_a_create_whose_outcome_is_unknown_keeps_its_journal_entry() -> None:
    cloud, store, state = setup()

    def timed_out() -> OperationTimeoutError:
        return OperationTimeoutError("Timed out", operation="CreateResource")

    cloud.faults[("CREATE", "data-science")] = timed_out
    plan = plan_of([step("images.ds:create", StepKind.CREATE, IMAGE, properties=image_body())])

    with pytest.raises(ApplyFailedError):
        run(plan, cloud, store, state)

    record = store.read().resources["images.ds"]
    assert record.identifier is None
    assert record.pending is not None
    assert (record.pending.operation, record.pending.request_token) == (
        "CREATE",
        "req-data-science",
    )


def four_images() -> Any:
    return plan_of(
        [
            step(f"images.i{n}:create", StepKind.CREATE, IMAGE, properties=image_body(f"i{n}"))
            for n in range(4)
        ]
    )


def start_apply(
    plan: Any, cloud: FakeCloud, store: RecordingStore, state: State, **options: Any
) -> tuple[threading.Thread, list[BaseException]]:
    raised: list[BaseException] = []

    def target() -> None:
        try:
            run(plan, cloud, store, state, **options)
        except BaseException as error:
            raised.append(error)

    worker = threading.Thread(target=target)
    worker.start()
    return worker, raised


def test_first_interrupt_lets_operations_in_flight_finish_and_starts_nothing_new() -> None:
    cloud, store, state = setup()
    cloud.gate = threading.Event()
    interrupt = Interrupt()
    output = io.StringIO()
    worker, raised = start_apply(
        four_images(),
        cloud,
        store,
        state,
        parallelism=2,
        interrupt=interrupt,
        progress=PlainProgress(output),
    )

    cloud.wait_active(2)
    interrupt.request()
    cloud.gate.set()
    worker.join(timeout=10)
    assert not worker.is_alive()

    (error,) = raised
    assert isinstance(error, ApplyInterruptedError)
    assert error.summary == "Apply interrupted"
    assert "stopped after the operations in flight finished" in error.detail
    assert sorted(s.id for s in error.result.completed) == ["images.i0:create", "images.i1:create"]
    assert sorted(s.id for s in error.result.not_started) == [
        "images.i2:create",
        "images.i3:create",
    ]
    assert error.detail.splitlines()[1:] == [
        "Not started: images.i2:create, images.i3:create",
        "The apply stopped after the operations in flight finished. "
        "Run imgver apply again to continue.",
    ]
    assert sorted(store.read().resources) == ["images.i0", "images.i1"]
    assert all(r.pending is None for r in store.read().resources.values())
    assert "Interrupt received." in output.getvalue().splitlines()


def test_an_interrupt_after_the_last_step_started_still_fails_the_apply() -> None:
    # Terraform exits 1 after an interrupt even when nothing was left to start; CI
    # relies on an interrupted run never looking like a clean one.
    cloud, store, state = setup()
    cloud.gate = threading.Event()
    interrupt = Interrupt()
    plan = plan_of(
        [
            step(f"images.i{n}:create", StepKind.CREATE, IMAGE, properties=image_body(f"i{n}"))
            for n in range(2)
        ]
    )
    worker, raised = start_apply(plan, cloud, store, state, interrupt=interrupt)

    cloud.wait_active(2)
    interrupt.request()
    cloud.gate.set()
    worker.join(timeout=10)
    assert not worker.is_alive()

    assert not worker.is_alive()
    (error,) = raised
    assert isinstance(error, ApplyInterruptedError)
    assert sorted(s.id for s in error.result.completed) == ["images.i0:create", "images.i1:create"]
    assert error.detail.splitlines()[1:] == [
        "Not started: nothing",
        "The apply stopped after the operations in flight finished; every step had "
        "started and completed.",
    ]
    assert sorted(store.read().resources) == ["images.i0", "images.i1"]


def test_second_interrupt_stops_at_once_leaving_requests_journaled() -> None:
    cloud, store, state = setup()
    cloud.gate = threading.Event()
    interrupt = Interrupt()
    worker, raised = start_apply(
        four_images(), cloud, store, state, parallelism=2, interrupt=interrupt
    )

    cloud.wait_active(2)
    interrupt.request()
    interrupt.request()
    worker.join(timeout=10)
    assert not worker.is_alive()

    assert not worker.is_alive()
    (error,) = raised
    assert isinstance(error, ApplyInterruptedError)
    assert "The apply stopped at once." in error.detail
    assert sorted(s.id for s in error.result.in_flight) == ["images.i0:create", "images.i1:create"]
    assert sorted(s.id for s in error.result.not_started) == [
        "images.i2:create",
        "images.i3:create",
    ]
    stored = store.read()
    assert {
        address: (record.identifier, record.pending and record.pending.request_token)
        for address, record in stored.resources.items()
    } == {"images.i0": (None, "req-i0"), "images.i1": (None, "req-i1")}

    # Operations still running finish in the cloud, but nothing more is written.
    cloud.gate.set()
    with cloud.changed:
        assert cloud.changed.wait_for(lambda: cloud.active == 0, timeout=10)
    assert store.read().serial == stored.serial


def test_operations_in_flight_are_reported_while_they_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(planner.apply.executor, "WAIT_REPORT_SECONDS", 0.01)
    cloud, store, state = setup()
    cloud.gate = threading.Event()
    reported = threading.Event()

    class Recorder(PlainProgress):
        def waiting(self, step: Step, elapsed: float) -> None:
            super().waiting(step, elapsed)
            reported.set()

    output = io.StringIO()
    plan = plan_of([step("images.ds:create", StepKind.CREATE, IMAGE, properties=image_body())])
    worker, raised = start_apply(plan, cloud, store, state, progress=Recorder(output))

    assert reported.wait(timeout=10)
    cloud.gate.set()
    worker.join(timeout=10)
    assert not worker.is_alive()

    assert raised == []
    lines = output.getvalue().splitlines()
    assert lines[0] == "images.ds: Creating..."
    assert "images.ds: Still creating... [0s elapsed]" in lines
    assert lines[-1] == f"images.ds: Creation complete after 0s [id={image_arn('data-science')}]"


def test_plain_progress_prints_terraform_lines_for_each_step() -> None:
    cloud, store, state = setup()
    output = io.StringIO()

    run(create_image_and_version(), cloud, store, state, progress=PlainProgress(output))

    assert output.getvalue().splitlines() == [
        "images.ds: Creating...",
        f"images.ds: Creation complete after 0s [id={image_arn('data-science')}]",
        "image_versions.v1: Creating...",
        f"image_versions.v1: Creation complete after 0s [id={version_arn('data-science', 1)}]",
    ]


def test_forget_and_record_only_change_state() -> None:
    state = State(lineage="lineage-1")
    state.resources["image_versions.v1"] = version_record(1)
    state.resources["image_versions.v2"] = version_record(2)
    cloud, store, state = setup(state)
    plan = plan_of(
        [
            step(
                "image_versions.v1:forget",
                StepKind.FORGET,
                identifier=version_arn("data-science", 1),
            ),
            step(
                "image_versions.v2:record",
                StepKind.RECORD,
                identifier=version_arn("data-science", 2),
                properties={"ImageName": "data-science", "ReleaseNotes": "seen live"},
            ),
        ],
        {"image_versions.v1": Action.FORGET, "image_versions.v2": Action.REFRESH},
    )

    result = run(plan, cloud, store, state)

    assert result.summary_line() == (
        "Apply complete! Resources: 0 added, 0 changed, 0 replaced, 0 destroyed, 1 forgotten."
    )
    assert store.read().resources == {
        "image_versions.v2": ResourceRecord(
            type=IMAGE_VERSION,
            identifier=version_arn("data-science", 2),
            region=REGION,
            properties={"ImageName": "data-science", "ReleaseNotes": "seen live"},
        )
    }
    assert cloud.log.calls() == []


def test_an_empty_plan_writes_nothing() -> None:
    cloud, store, state = setup()

    result = run(plan_of([]), cloud, store, state)

    assert result == ApplyResult()
    assert cloud.log.entries == []


def test_a_step_depending_on_a_later_or_unknown_step_is_refused_before_anything_runs() -> None:
    cloud, store, state = setup()
    plan = plan_of(
        [
            step(
                "image_versions.v1:create",
                StepKind.CREATE,
                properties=version_body(),
                depends_on=("images.ds:create",),
            ),
            step("images.ds:create", StepKind.CREATE, IMAGE, properties=image_body()),
        ]
    )

    with pytest.raises(PlanError, match="not an earlier step"):
        run(plan, cloud, store, state)

    assert cloud.log.entries == []


def test_parallelism_below_one_is_refused() -> None:
    cloud, store, state = setup()

    with pytest.raises(UsageError, match="--parallelism must be at least 1, not 0"):
        run(plan_of([]), cloud, store, state, parallelism=0)


def test_patch_ops_the_record_cannot_take_are_adapted_or_left_out() -> None:
    patched = planner.apply.journal._patched(
        {"ImageName": "ds"},
        [
            {"op": "remove", "path": "/ReleaseNotes"},
            {"op": "replace", "path": "/Processor", "value": "GPU"},
            {"op": "add", "path": "/Tags/0", "value": {"Key": "k"}},
        ],
    )

    assert patched == {"ImageName": "ds", "Processor": "GPU"}


def test_ctrl_c_during_an_apply_stops_it_gracefully() -> None:
    cloud, store, state = setup()
    cloud.gate = threading.Event()
    gate = cloud.gate
    main = threading.get_ident()

    def press_ctrl_c() -> None:
        cloud.wait_active(2)
        signal.pthread_kill(main, signal.SIGINT)
        gate.set()

    presser = threading.Thread(target=press_ctrl_c)
    presser.start()
    with install_interrupt_handlers(Interrupt()) as interrupt, pytest.raises(ApplyInterruptedError):
        run(four_images(), cloud, store, state, parallelism=2, interrupt=interrupt)
    presser.join(timeout=10)
    assert not presser.is_alive()

    assert sorted(store.read().resources) == ["images.i0", "images.i1"]


def test_a_replacement_never_overwrites_a_deposed_object_still_waiting() -> None:
    state = State(lineage="lineage-1")
    state.resources["image_versions.ds"] = version_record(2)
    state.resources["image_versions.ds#deposed"] = version_record(1)
    cloud, store, state = setup(state)
    before = {address: record.to_document() for address, record in state.resources.items()}
    plan = plan_of(
        [step("image_versions.ds:create", StepKind.CREATE, properties=version_body("v3"))],
        {"image_versions.ds": Action.CREATE_THEN_DELETE},
    )

    with pytest.raises(ApplyFailedError) as raised:
        run(plan, cloud, store, state)

    (failure,) = raised.value.result.failed
    assert failure.error.summary == (
        f"image_versions.ds#deposed still holds {version_arn('data-science', 1)} "
        "from an earlier replacement"
    )
    assert {address: record.to_document() for address, record in state.resources.items()} == before
    assert cloud.log.entries == []
