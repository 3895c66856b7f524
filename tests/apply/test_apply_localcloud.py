"""Apply and resume through the real LiveCloud and boto3 clients, on the embedded local cloud."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

import pytest

from planner.apply.executor import ApplyFailedError, apply_plan
from planner.apply.resume import resume_pending
from planner.plan.build import build_plan
from planner.plan.changes import Action, Plan, StepKind
from planner.plan.refresh import read_live
from state.cloud.client import JournalCallback, LiveCloud, OperationResult
from state.cloud.polling import PollPolicy
from state.recorded.memory import MemoryStore
from state.recorded.model import State
from state.schema import IMAGE, IMAGE_VERSION, load_schema
from tests.apply.apply_child import ROLE, desired, open_local
from tests.apply.apply_fakes import plan_of, step

REGION = "us-east-1"
ACCOUNT = "123456789012"
IMAGE_ARN = f"arn:aws:sagemaker:{REGION}:{ACCOUNT}:image/ds"


def version_arn(version: int) -> str:
    return f"arn:aws:sagemaker:{REGION}:{ACCOUNT}:image-version/ds/{version}"


def base_image(tag: str) -> str:
    return f"{ACCOUNT}.dkr.ecr.{REGION}.amazonaws.com/ds:{tag}"


def local(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, op_seconds: float) -> LiveCloud:
    monkeypatch.setenv("IMGVER_LOCAL_OP_SECONDS", str(op_seconds))
    return open_local(tmp_path)


def read_only(type_name: str, live: dict[str, Any] | None) -> dict[str, Any]:
    assert live is not None
    return {name: live[name] for name in load_schema(type_name).read_only if name in live}


IMAGE_BODY = {"ImageName": "ds", "ImageRoleArn": ROLE}
NO_WAIT = PollPolicy(first_delay=0, max_delay=0, read_delay=0, throttle_backoff=0)
VERSION_BODY = {"ImageName": "ds", "BaseImage": base_image("2024.10"), "Aliases": ["stable"]}


def create_plan() -> Plan:
    return plan_of(
        [
            step("images.ds:create", StepKind.CREATE, IMAGE, properties=IMAGE_BODY),
            step(
                "image_versions.v1:create",
                StepKind.CREATE,
                properties=VERSION_BODY,
                depends_on=("images.ds:create",),
            ),
        ]
    )


def image_only(cloud: LiveCloud, store: MemoryStore, state: State) -> None:
    plan = plan_of([step("images.ds:create", StepKind.CREATE, IMAGE, properties=IMAGE_BODY)])
    apply_plan(plan, state=state, store=store, cloud=cloud)


def versions(cloud: LiveCloud) -> list[str]:
    return sorted(item.identifier for item in cloud.list(IMAGE_VERSION, image_name="ds"))


def test_create_update_delete_through_the_local_cloud(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cloud = local(tmp_path, monkeypatch, 0)
    store = MemoryStore()
    state = store.read()

    apply_plan(create_plan(), state=state, store=store, cloud=cloud)

    live_version = cloud.read(IMAGE_VERSION, version_arn(1))
    assert live_version is not None
    assert live_version["Aliases"] == ["stable"]
    stored = store.read()
    assert stored.serial == 6
    assert {address: record.to_document() for address, record in stored.resources.items()} == {
        "images.ds": {
            "type": IMAGE,
            "identifier": IMAGE_ARN,
            "region": REGION,
            "properties": {**IMAGE_BODY, "ImageArn": IMAGE_ARN},
            "status": "created",
            "pending": None,
        },
        "image_versions.v1": {
            "type": IMAGE_VERSION,
            "identifier": version_arn(1),
            "region": REGION,
            "properties": {
                **VERSION_BODY,
                "ImageArn": IMAGE_ARN,
                "ImageVersionArn": version_arn(1),
                "Version": 1,
                "ContainerImage": live_version["ContainerImage"],
            },
            "status": "created",
            "pending": None,
        },
    }

    patch = [{"op": "add", "path": "/ReleaseNotes", "value": "October"}]
    update = plan_of(
        [step("image_versions.v1:update", StepKind.UPDATE, identifier=version_arn(1), patch=patch)],
        {"image_versions.v1": Action.UPDATE},
    )
    apply_plan(update, state=state, store=store, cloud=cloud)

    assert (cloud.read(IMAGE_VERSION, version_arn(1)) or {})["ReleaseNotes"] == "October"
    assert store.read().resources["image_versions.v1"].properties["ReleaseNotes"] == "October"

    destroy = plan_of(
        [
            step("image_versions.v1:delete", StepKind.DELETE, identifier=version_arn(1)),
            step(
                "images.ds:delete",
                StepKind.DELETE,
                IMAGE,
                identifier=IMAGE_ARN,
                depends_on=("image_versions.v1:delete",),
            ),
        ],
        {"image_versions.v1": Action.DELETE, "images.ds": Action.DELETE},
    )
    result = apply_plan(destroy, state=state, store=store, cloud=cloud)

    assert result.summary_line() == (
        "Apply complete! Resources: 0 added, 0 changed, 0 replaced, 2 destroyed."
    )
    assert store.read().resources == {}
    assert cloud.read(IMAGE, IMAGE_ARN) is None


class Stop(Exception):
    """Stands for the process dying at a chosen moment of a mutating call."""


Moment = Literal["before-send", "answer-lost", "after-answer"]


class Dying:
    """A LiveCloud whose journal callback stops the caller at `moment`.

    before-send: after journaling, before the request goes out. answer-lost: the request
    went out but its RequestToken never reached state. after-answer: the RequestToken is
    journaled, then the process dies while waiting.
    """

    def __init__(self, cloud: LiveCloud, moment: Moment) -> None:
        self._cloud = cloud
        self._moment = moment
        self.region = cloud.region

    def read(
        self,
        type_name: str,
        identifier: str,
        *,
        just_created: bool = False,
        image_name: str | None = None,
    ) -> Any:
        return self._cloud.read(
            type_name, identifier, just_created=just_created, image_name=image_name
        )

    def _journal(self, journal: JournalCallback | None) -> JournalCallback:
        assert journal is not None

        def note(
            client_token: str, request_token: str | None, identifier: str | None = None
        ) -> None:
            if request_token is None:
                journal(client_token, None)
                if self._moment == "before-send":
                    raise Stop()
                return
            if self._moment == "after-answer":
                journal(client_token, request_token, identifier)
            raise Stop()

        return note

    def create(self, type_name: str, desired: dict[str, Any], **options: Any) -> OperationResult:
        options["journal"] = self._journal(options.get("journal"))
        return self._cloud.create(type_name, desired, **options)

    def update(self, type_name: str, identifier: str, patch: Any, **options: Any) -> Any:
        options["journal"] = self._journal(options.get("journal"))
        return self._cloud.update(type_name, identifier, patch, **options)

    def delete(self, type_name: str, identifier: str, **options: Any) -> OperationResult:
        options["journal"] = self._journal(options.get("journal"))
        return self._cloud.delete(type_name, identifier, **options)


def die_during(plan: Plan, cloud: LiveCloud, store: MemoryStore, moment: Moment) -> State:
    """Run `plan` until the simulated death; the state the next process would read."""
    with pytest.raises(Stop):
        apply_plan(plan, state=store.read(), store=store, cloud=Dying(cloud, moment))
    return store.read()


def one_version_create() -> Plan:
    return plan_of([step("image_versions.v1:create", StepKind.CREATE, properties=VERSION_BODY)])


@pytest.mark.parametrize("named", ["early", "late"])
@pytest.mark.parametrize("moment", ["before-send", "answer-lost", "after-answer"])
def test_an_interrupted_create_is_finished_by_resume_without_a_duplicate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, moment: Moment, named: str
) -> None:
    # IMGVER_LOCAL_CREATE_IDENTIFIER: the object is made, and named in the IN_PROGRESS
    # events, as the request starts (early) or only when it succeeds (late).
    monkeypatch.setenv("IMGVER_LOCAL_CREATE_IDENTIFIER", named)
    cloud = local(tmp_path, monkeypatch, 0.3)
    store = MemoryStore()
    image_only(cloud, store, store.read())

    journaled = die_during(one_version_create(), cloud, store, moment)

    record = journaled.resources["image_versions.v1"]
    pending = record.pending
    assert pending is not None
    assert pending.operation == "CREATE"
    assert (pending.request_token is not None) == (moment == "after-answer")
    sent = moment != "before-send"
    # The request that went out is still IN_PROGRESS: its version exists only if it is
    # made early, and the record names it as soon as the answer it was journaled from did.
    assert versions(cloud) == ([version_arn(1)] if sent and named == "early" else [])
    journaled_name = moment == "after-answer" and named == "early"
    assert record.identifier == (version_arn(1) if journaled_name else None)

    assert resume_pending(journaled, store, cloud) == ["image_versions.v1"]

    record = store.read().resources["image_versions.v1"]
    assert (record.identifier, record.pending, record.status) == (version_arn(1), None, "created")
    assert record.properties == {
        **VERSION_BODY,
        **read_only(IMAGE_VERSION, cloud.read(IMAGE_VERSION, version_arn(1))),
    }
    assert versions(cloud) == [version_arn(1)]
    assert (cloud.read(IMAGE_VERSION, version_arn(1)) or {})["Aliases"] == ["stable"]


@pytest.mark.parametrize("moment", ["before-send", "answer-lost", "after-answer"])
def test_an_interrupted_delete_is_finished_by_resume(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, moment: Moment
) -> None:
    cloud = local(tmp_path, monkeypatch, 0.3)
    store = MemoryStore()
    apply_plan(create_plan(), state=store.read(), store=store, cloud=cloud)
    delete = plan_of(
        [step("image_versions.v1:delete", StepKind.DELETE, identifier=version_arn(1))],
        {"image_versions.v1": Action.DELETE},
    )

    journaled = die_during(delete, cloud, store, moment)
    assert journaled.resources["image_versions.v1"].pending is not None

    assert resume_pending(journaled, store, cloud) == ["image_versions.v1"]

    assert sorted(store.read().resources) == ["images.ds"]
    assert versions(cloud) == []


def test_a_resumed_update_refreshes_the_record_from_live(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cloud = local(tmp_path, monkeypatch, 0.3)
    store = MemoryStore()
    apply_plan(create_plan(), state=store.read(), store=store, cloud=cloud)
    update = plan_of(
        [
            step(
                "image_versions.v1:update",
                StepKind.UPDATE,
                identifier=version_arn(1),
                patch=[
                    {"op": "add", "path": "/ReleaseNotes", "value": "October"},
                    {"op": "add", "path": "/Aliases", "value": ["latest", "stable"]},
                ],
            )
        ],
        {"image_versions.v1": Action.UPDATE},
    )

    journaled = die_during(update, cloud, store, "after-answer")
    assert resume_pending(journaled, store, cloud) == ["image_versions.v1"]

    record = store.read().resources["image_versions.v1"]
    assert record.pending is None
    assert record.properties["Aliases"] == ["latest", "stable"]
    # ReleaseNotes was not recorded before: the patch is not journaled, so it stays unrecorded
    # and the next plan compares it with live.
    assert "ReleaseNotes" not in record.properties


def test_a_resumed_update_that_removed_every_alias_records_none_as_a_finished_one_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cloud = local(tmp_path, monkeypatch, 0.3)
    store = MemoryStore()
    apply_plan(create_plan(), state=store.read(), store=store, cloud=cloud)
    update = plan_of(
        [
            step(
                "image_versions.v1:update",
                StepKind.UPDATE,
                identifier=version_arn(1),
                patch=[{"op": "add", "path": "/Aliases", "value": []}],
            )
        ],
        {"image_versions.v1": Action.UPDATE},
    )

    journaled = die_during(update, cloud, store, "after-answer")
    assert resume_pending(journaled, store, cloud) == ["image_versions.v1"]

    assert "Aliases" not in (cloud.read(IMAGE_VERSION, version_arn(1)) or {})
    assert store.read().resources["image_versions.v1"].properties["Aliases"] == []


def test_an_update_journaled_without_an_answer_is_cleared_for_the_next_plan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cloud = local(tmp_path, monkeypatch, 0)
    store = MemoryStore()
    apply_plan(create_plan(), state=store.read(), store=store, cloud=cloud)
    before = store.read().resources["image_versions.v1"].properties
    update = plan_of(
        [
            step(
                "image_versions.v1:update",
                StepKind.UPDATE,
                identifier=version_arn(1),
                patch=[{"op": "add", "path": "/ReleaseNotes", "value": "October"}],
            )
        ],
        {"image_versions.v1": Action.UPDATE},
    )

    journaled = die_during(update, cloud, store, "before-send")
    assert resume_pending(journaled, store, cloud) == ["image_versions.v1"]

    record = store.read().resources["image_versions.v1"]
    assert (record.pending, record.properties) == (None, before)


def test_a_resume_that_fails_reports_it_and_settles_the_journal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cloud = local(tmp_path, monkeypatch, 0)
    store = MemoryStore()
    # The image does not exist, so the version's create fails once it is resumed.
    journaled = die_during(one_version_create(), cloud, store, "before-send")

    with pytest.raises(ApplyFailedError) as raised:
        resume_pending(journaled, store, cloud)

    assert raised.value.summary == "1 interrupted operation could not be finished"
    assert [failure.step.id for failure in raised.value.result.failed] == [
        "image_versions.v1:resume-create"
    ]
    assert store.read().resources == {}


def test_resume_with_nothing_pending_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cloud = local(tmp_path, monkeypatch, 0)
    store = MemoryStore()
    apply_plan(create_plan(), state=store.read(), store=store, cloud=cloud)
    state = store.read()

    assert resume_pending(state, store, cloud) == []
    assert store.read().serial == state.serial


def test_planned_apply_then_replan_has_no_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cloud = local(tmp_path, monkeypatch, 0)
    store = MemoryStore()
    state = store.read()

    for phase in ("create", "replace"):
        wanted = desired(phase)
        live = read_live(cloud, state, wanted, parallelism=10)
        plan = build_plan(desired=wanted, state=state, live=live)
        apply_plan(plan, state=state, store=store, cloud=cloud)
        live = read_live(cloud, state, wanted, parallelism=10)
        again = build_plan(desired=wanted, state=state, live=live)
        assert not again.has_changes, [
            c.address for c in again.changes if c.action is not Action.NOOP
        ]

    assert sorted(state.resources) == [
        "image_versions.latest",
        "image_versions.mid",
        "image_versions.old",
        "images.ds",
    ]
    assert versions(cloud) == sorted(
        record.identifier or ""
        for record in state.resources.values()
        if record.type == IMAGE_VERSION
    )
    assert (
        cloud.read(IMAGE_VERSION, state.resources["image_versions.latest"].identifier or "") or {}
    )["Aliases"] == ["stable"]


class _Clock:
    """Time the local cloud reads, moved by the test (no waiting)."""

    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


def test_a_create_whose_request_cloud_control_forgot_adopts_the_version_it_made(
    tmp_path: Path,
) -> None:
    # Cloud Control expires requests after seven days and honours a ClientToken for 36
    # hours (API reference: ListResourceRequests, CreateResource ClientToken). A run that
    # journaled its request and died is resumed eight days later: GetResourceRequestStatus
    # says RequestTokenNotFoundException and the token would start a new create. The
    # version the request made is adopted instead of a second one being created.
    import boto3

    from state.localcloud.faults import FaultConfig
    from state.localcloud.transport import LocalCloud
    from state.recorded.model import PendingOperation, ResourceRecord

    clock = _Clock()
    emulator = LocalCloud(tmp_path / "cloud.json", FaultConfig(op_seconds=0), clock=clock)
    session = boto3.session.Session(
        aws_access_key_id="test", aws_secret_access_key="test", region_name=REGION
    )
    cloudcontrol = session.client("cloudcontrol")
    sagemaker = session.client("sagemaker")
    emulator.attach(cloudcontrol)
    emulator.attach(sagemaker)
    cloud = LiveCloud(cloudcontrol, sagemaker, region=REGION)
    store = MemoryStore()
    state = store.read()
    image_only(cloud, store, state)
    event = cloudcontrol.create_resource(
        TypeName=IMAGE_VERSION, DesiredState=json.dumps(VERSION_BODY), ClientToken="token-1"
    )["ProgressEvent"]
    state.resources["image_versions.v1"] = ResourceRecord(
        type=IMAGE_VERSION,
        identifier=None,
        region=REGION,
        properties=dict(VERSION_BODY),
        pending=PendingOperation(
            "CREATE", "token-1", "2023-11-14T22:13:20Z", event["RequestToken"]
        ),
    )
    store.write(state)
    assert versions(cloud) == [version_arn(1)]
    clock.now += 8 * 24 * 3600

    assert resume_pending(state, store, cloud) == ["image_versions.v1"]

    assert versions(cloud) == [version_arn(1)]
    record = store.read().resources["image_versions.v1"]
    assert (record.identifier, record.pending, record.properties["Version"]) == (
        version_arn(1),
        None,
        1,
    )


def _faulty(tmp_path: Path, named: str, seed: int, **faults: float) -> LiveCloud:
    """A LiveCloud on a local cloud with `faults`, after one image (`other`) was made: the
    next create is the even-numbered request, whose fault strikes after the object was
    made. The seeds the tests use doom that request (and let the retry pass)."""
    import boto3

    from state.localcloud.faults import FaultConfig
    from state.localcloud.semantics import Semantics
    from state.localcloud.transport import LocalCloud

    data = tmp_path / "cloud.json"
    semantics = Semantics(create_identifier=named)  # type: ignore[arg-type]
    session = boto3.session.Session(
        aws_access_key_id="test", aws_secret_access_key="test", region_name=REGION
    )
    clients = []
    for config in (FaultConfig(op_seconds=0), FaultConfig(op_seconds=0, seed=seed, **faults)):
        emulator = LocalCloud(data, config, semantics=semantics)
        cloudcontrol, sagemaker = session.client("cloudcontrol"), session.client("sagemaker")
        emulator.attach(cloudcontrol)
        emulator.attach(sagemaker)
        clients.append(LiveCloud(cloudcontrol, sagemaker, region=REGION, poll=NO_WAIT))
    warm, faulty = clients
    warm.create(IMAGE, {"ImageName": "other", "ImageRoleArn": ROLE})
    return faulty


@pytest.mark.parametrize("named", ["early", "late"])
@pytest.mark.parametrize(
    "faults",
    [
        # The public Image CreateHandler re-reads after stabilising; a throttle there fails
        # a request whose image exists, and its FAILED event carries no Identifier.
        pytest.param({"throttle_rate": 0.4}, id="made_before_its_create_was_throttled_is_adopted"),
        # A failure after the image was made leaves it in CREATE_FAILED (public Image
        # CreateHandler); sent again as it is, the create would end AlreadyExists.
        pytest.param(
            {"fail_rate": 0.5}, id="left_create_failed_is_deleted_before_the_create_is_retried"
        ),
    ],
)
def test_an_image_the_faulty_create_left_behind_is_recorded_once(
    tmp_path: Path, named: str, faults: dict[str, float]
) -> None:
    cloud = _faulty(tmp_path, named, 3, **faults)
    store = MemoryStore()

    image_only(cloud, store, store.read())

    record = store.read().resources["images.ds"]
    assert (record.identifier, record.pending, record.status) == (IMAGE_ARN, None, "created")
    assert sorted(item.identifier for item in cloud.list(IMAGE)) == [
        IMAGE_ARN,
        IMAGE_ARN.replace("image/ds", "image/other"),
    ]
