"""`import` and the `state` subcommands as library functions."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from planner.cli.state_commands import (
    force_unlock,
    import_resource,
    state_list,
    state_mv,
    state_pull,
    state_push,
    state_rm,
    state_show,
)
from planner.errors import UsageError
from planner.plan.build import build_plan
from planner.plan.changes import Action
from planner.plan.refresh import read_live
from planner.spec.desired import DesiredResource
from state.cloud.client import LiveCloud
from state.errors import StateError, StateLockedError
from state.recorded.memory import MemoryStore
from state.recorded.model import PendingOperation, ResourceRecord, State
from state.schema import IMAGE, IMAGE_VERSION
from tests.apply.apply_child import ROLE, open_local

REGION = "us-east-1"
ACCOUNT = "123456789012"
IMAGE_ARN = f"arn:aws:sagemaker:{REGION}:{ACCOUNT}:image/ds"
BASE = f"{ACCOUNT}.dkr.ecr.{REGION}.amazonaws.com/ds:2024.10"


def version_arn(version: int, image: str = "ds") -> str:
    return f"arn:aws:sagemaker:{REGION}:{ACCOUNT}:image-version/{image}/{version}"


# --- import ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def cloud(tmp_path_factory: pytest.TempPathFactory) -> LiveCloud:
    """A local cloud holding image `ds` with one version (aliases stable, latest).

    Shared by the import tests, which only read it.
    """
    with pytest.MonkeyPatch.context() as patch:
        # Read once, when the local cloud is opened.
        patch.setenv("IMGVER_LOCAL_OP_SECONDS", "0")
        live = open_local(tmp_path_factory.mktemp("cloud"))
    live.create(
        IMAGE, {"ImageName": "ds", "ImageRoleArn": ROLE, "ImageDescription": "made by hand"}
    )
    live.create(
        IMAGE_VERSION,
        {
            "ImageName": "ds",
            "BaseImage": BASE,
            "Aliases": ["stable", "latest"],
            "ReleaseNotes": "October",
            "Processor": "CPU",
        },
    )
    return live


def spec() -> dict[str, DesiredResource]:
    """The spec of `ds` and its version; the image's description is left undeclared."""
    resources = [
        DesiredResource("images.ds", IMAGE, {"ImageName": "ds", "ImageRoleArn": ROLE}),
        DesiredResource(
            "image_versions.v1",
            IMAGE_VERSION,
            {
                "ImageName": "ds",
                "BaseImage": BASE,
                "Aliases": ["latest", "stable"],
                "ReleaseNotes": "October",
            },
        ),
    ]
    return {resource.address: resource for resource in resources}


def test_import_records_declared_live_properties_and_the_next_plan_is_empty(
    cloud: LiveCloud,
) -> None:
    store = MemoryStore()
    desired = spec()

    state = store.read()
    image = import_resource(
        "images.ds", "ds", desired=desired, state=state, store=store, cloud=cloud
    )
    version = import_resource(
        "image_versions.v1", version_arn(1), desired=desired, state=state, store=store, cloud=cloud
    )

    assert image == ResourceRecord(
        type=IMAGE,
        identifier=IMAGE_ARN,
        region=REGION,
        properties={"ImageName": "ds", "ImageRoleArn": ROLE},
    )
    assert version == ResourceRecord(
        type=IMAGE_VERSION,
        identifier=version_arn(1),
        region=REGION,
        properties={
            "Aliases": ["latest", "stable"],
            "BaseImage": BASE,
            "ImageName": "ds",
            "ReleaseNotes": "October",
        },
    )
    assert state.serial == 2
    assert store.read().resources == {"images.ds": image, "image_versions.v1": version}
    plan = build_plan(
        desired=desired, state=state, live=read_live(cloud, state, desired, parallelism=10)
    )
    assert [change.action for change in plan.changes] == [Action.NOOP, Action.NOOP]


def test_import_by_image_arn(cloud: LiveCloud) -> None:
    store = MemoryStore()

    record = import_resource(
        "images.ds", IMAGE_ARN, desired=spec(), state=store.read(), store=store, cloud=cloud
    )

    assert record.identifier == IMAGE_ARN


@pytest.mark.parametrize(
    ("address", "identifier", "summary"),
    [
        ("images.other", "ds", "images.other is not declared in the spec"),
        (
            "image_versions.v1",
            "ds",
            "'ds' is not an image version ARN",
        ),
        (
            "images.ds",
            version_arn(1),
            f"'{version_arn(1)}' is an image version ARN, but images.ds is an image",
        ),
        ("images.ds", "arn:aws:iam::1:role/x", "'arn:aws:iam::1:role/x' is not an image ARN"),
        ("images.ds", "other", "'other' is not the image images.ds declares"),
        (
            "image_versions.v1",
            version_arn(1, "other"),
            f"{version_arn(1, 'other')} belongs to image 'other', "
            "but image_versions.v1 declares ImageName 'ds'",
        ),
        (
            "image_versions.v1",
            version_arn(7),
            f"Cannot import {version_arn(7)}: it does not exist",
        ),
    ],
)
def test_import_refuses_what_it_cannot_adopt(
    cloud: LiveCloud, address: str, identifier: str, summary: str
) -> None:
    store = MemoryStore()

    with pytest.raises(UsageError) as raised:
        import_resource(
            address, identifier, desired=spec(), state=store.read(), store=store, cloud=cloud
        )

    assert raised.value.summary == summary
    assert store.read().resources == {}


def test_import_refuses_an_address_already_in_state(cloud: LiveCloud) -> None:
    store = MemoryStore()
    state = store.read()
    import_resource("images.ds", "ds", desired=spec(), state=state, store=store, cloud=cloud)

    with pytest.raises(UsageError) as raised:
        import_resource("images.ds", "ds", desired=spec(), state=state, store=store, cloud=cloud)

    assert raised.value.summary == "images.ds is already managed by imgver"
    assert raised.value.detail == (
        f"State records it as {IMAGE_ARN}. To import another object there, "
        "first run: imgver state rm images.ds"
    )


def test_import_refuses_an_object_another_address_manages(cloud: LiveCloud) -> None:
    store = MemoryStore()
    desired = spec()
    desired["images.copy"] = DesiredResource("images.copy", IMAGE, desired["images.ds"].properties)
    state = store.read()
    import_resource("images.ds", "ds", desired=desired, state=state, store=store, cloud=cloud)

    with pytest.raises(UsageError) as raised:
        import_resource(
            "images.copy", IMAGE_ARN, desired=desired, state=state, store=store, cloud=cloud
        )

    assert raised.value.summary == f"{IMAGE_ARN} is already managed as images.ds"


# --- state subcommands ----------------------------------------------------------------------


def record(
    identifier: str | None, type_name: str = IMAGE_VERSION, **properties: Any
) -> ResourceRecord:
    return ResourceRecord(
        type=type_name, identifier=identifier, region=REGION, properties=properties
    )


@pytest.fixture
def store() -> MemoryStore:
    memory = MemoryStore()
    state = State(lineage="lineage-1")
    state.resources = {
        "images.ds": record(IMAGE_ARN, IMAGE, ImageName="ds"),
        "image_versions.v1": record(version_arn(1), ImageName="ds", Aliases=["stable"]),
        "image_versions.v2": record(version_arn(3), ImageName="ds"),
        "image_versions.v2#deposed": record(version_arn(2), ImageName="ds"),
    }
    memory.write(state)
    return memory


def test_state_list_sorts_and_filters(store: MemoryStore) -> None:
    assert state_list(store.read()) == [
        "image_versions.v1",
        "image_versions.v2",
        "image_versions.v2#deposed",
        "images.ds",
    ]
    assert state_list(store.read(), ["images"]) == ["images.ds"]
    assert state_list(store.read(), ["image_versions.v2"]) == [
        "image_versions.v2",
        "image_versions.v2#deposed",
    ]
    assert state_list(store.read(), ["image_versions.v1", "images.ds"]) == [
        "image_versions.v1",
        "images.ds",
    ]


def test_state_show_prints_the_record(store: MemoryStore) -> None:
    assert state_show(store.read(), "image_versions.v1") == "\n".join(
        [
            "# image_versions.v1:",
            f'type       = "{IMAGE_VERSION}"',
            f'identifier = "{version_arn(1)}"',
            f'region     = "{REGION}"',
            'status     = "created"',
            "properties {",
            '    Aliases   = ["stable"]',
            '    ImageName = "ds"',
            "}",
        ]
    )


def test_state_show_includes_a_journal_entry() -> None:
    memory = MemoryStore()
    state = State(lineage="lineage-1")
    state.resources["images.ds"] = ResourceRecord(
        type=IMAGE,
        identifier=None,
        region=REGION,
        pending=PendingOperation("CREATE", "token-1", "2024-11-27T11:36:00Z"),
    )
    memory.write(state)

    assert state_show(memory.read(), "images.ds").splitlines()[5:] == [
        "pending    = CREATE started 2024-11-27T11:36:00Z "
        "(client token token-1, request token not yet answered)",
        "properties {",
        "}",
    ]


def test_state_show_of_an_unknown_address_is_a_usage_error(store: MemoryStore) -> None:
    with pytest.raises(UsageError) as raised:
        state_show(store.read(), "images.x")

    assert raised.value.summary == "No resource found in state for the address images.x"


def test_state_rm_removes_the_addresses_and_their_deposed_objects(store: MemoryStore) -> None:
    removed = state_rm(store, ["image_versions.v2", "images.ds"])

    assert removed == ["image_versions.v2", "image_versions.v2#deposed", "images.ds"]
    assert sorted(store.read().resources) == ["image_versions.v1"]
    assert store.read().serial == 2


def test_state_rm_of_an_unknown_address_removes_nothing(store: MemoryStore) -> None:
    with pytest.raises(UsageError) as raised:
        state_rm(store, ["images.ds", "images.nope"])

    assert raised.value.summary == "No resource found in state for the address images.nope"
    assert len(store.read().resources) == 4
    assert store.read().serial == 1


def test_state_mv_moves_the_record_and_its_deposed_object(store: MemoryStore) -> None:
    state_mv(store, "image_versions.v2", "image_versions.latest")

    resources = store.read().resources
    assert sorted(resources) == [
        "image_versions.latest",
        "image_versions.latest#deposed",
        "image_versions.v1",
        "images.ds",
    ]
    assert resources["image_versions.latest"].identifier == version_arn(3)
    assert resources["image_versions.latest#deposed"].identifier == version_arn(2)


@pytest.mark.parametrize(
    ("source", "destination", "summary"),
    [
        (
            "image_versions.v1",
            "image_versions.v2",
            "Cannot move image_versions.v1 to image_versions.v2: "
            "state already holds image_versions.v2",
        ),
        (
            "image_versions.v1",
            "images.v1",
            "Cannot move image_versions.v1 to images.v1: they are different resource types",
        ),
        ("image_versions.v1", "versions.v1", "'versions.v1' is not a resource address"),
        ("image_versions.v1", "image_versions.", "'image_versions.' is not a resource address"),
        (
            "image_versions.v1",
            "image_versions.x#deposed",
            "'image_versions.x#deposed' is not a resource address",
        ),
        (
            "image_versions.v2#deposed",
            "image_versions.v9",
            "Cannot move image_versions.v2#deposed on its own",
        ),
        (
            "image_versions.nope",
            "image_versions.v9",
            "No resource found in state for the address image_versions.nope",
        ),
    ],
)
def test_state_mv_refuses(store: MemoryStore, source: str, destination: str, summary: str) -> None:
    with pytest.raises(UsageError) as raised:
        state_mv(store, source, destination)

    assert raised.value.summary == summary
    assert store.read().serial == 1


def test_state_pull_gives_the_stored_document(store: MemoryStore) -> None:
    document = json.loads(state_pull(store))

    assert (document["format"], document["serial"], document["lineage"]) == (
        "imgver-state",
        1,
        "lineage-1",
    )
    assert sorted(document["resources"]) == sorted(store.read().resources)


def test_state_push_refuses_another_lineage_unless_forced(store: MemoryStore) -> None:
    other = State(lineage="lineage-2", serial=5)
    document = json.dumps(other.to_document())

    with pytest.raises(StateError, match="another lineage"):
        state_push(store, document)
    assert store.read().lineage == "lineage-1"

    state_push(store, document, force=True)
    assert (store.read().lineage, store.read().resources) == ("lineage-2", {})


@pytest.fixture
def held(store: MemoryStore) -> Iterator[str]:
    """The store's lock, held as a crashed process would have left it; yields its id."""
    holding = store.lock("apply")
    info = holding.__enter__()
    yield info.id


def test_mutating_state_commands_take_the_lock(store: MemoryStore, held: str) -> None:
    with pytest.raises(StateLockedError):
        state_rm(store, ["images.ds"])
    with pytest.raises(StateLockedError):
        state_mv(store, "images.ds", "images.renamed")
    with pytest.raises(StateLockedError):
        state_push(store, state_pull(store))

    assert state_list(store.read()) == sorted(store.read().resources)


def test_force_unlock_frees_the_lock_only_for_its_id(store: MemoryStore, held: str) -> None:
    with pytest.raises(StateError):
        force_unlock(store, "not-the-id")

    force_unlock(store, held)

    assert state_rm(store, ["images.ds"]) == ["images.ds"]
