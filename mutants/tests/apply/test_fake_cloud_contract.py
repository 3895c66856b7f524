"""The contract the apply tests rely on, run against both `FakeCloud` and the real adapter
(`LiveCloud` through boto3 on the local cloud), so the fake cannot drift from what it fakes:
identifiers, read-back models, patches, deletes of what is gone, and the journal calls."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from state.cloud.client import open_cloud
from state.cloud.polling import PollPolicy
from state.schema import IMAGE, IMAGE_VERSION
from tests.apply.apply_fakes import FakeCloud, image_arn, image_body, version_arn, version_body

FAST = PollPolicy(first_delay=0.01, max_delay=0.05, read_delay=0.01, throttle_backoff=0.01)
# What both must agree on; the local cloud also fills in defaults (Horovod, VendorGuidance,
# a digest for ContainerImage) that the fake leaves out.
IMAGE_KEYS = ("ImageName", "ImageRoleArn", "ImageArn")
VERSION_KEYS = ("ImageName", "BaseImage", "ImageArn", "ImageVersionArn", "Version", "Aliases")


@pytest.fixture(params=["fake", "local cloud"])
def cloud(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Any]:
    if request.param == "fake":
        yield FakeCloud()
        return
    monkeypatch.setenv("IMGVER_LOCAL_OP_SECONDS", "0")
    yield open_cloud(
        region="us-east-1",
        profile=None,
        endpoint_url=None,
        local_data=tmp_path / "local-cloud.json",
        poll=FAST,
    )


def seen(model: dict[str, Any] | None, keys: tuple[str, ...]) -> dict[str, Any] | None:
    return None if model is None else {key: model[key] for key in keys if key in model}


def test_a_created_image_is_read_back_under_its_arn(cloud: Any) -> None:
    result = cloud.create(IMAGE, image_body())

    assert (result.operation, result.type_name, result.identifier) == (
        "CREATE",
        IMAGE,
        image_arn("data-science"),
    )
    assert result.request_token
    assert seen(cloud.read(IMAGE, result.identifier), IMAGE_KEYS) == {
        **image_body(),
        "ImageArn": image_arn("data-science"),
    }


def test_versions_are_numbered_from_one_and_read_back_with_sorted_aliases(cloud: Any) -> None:
    cloud.create(IMAGE, image_body())
    first = cloud.create(IMAGE_VERSION, version_body("2024.10", Aliases=["stable", "2024.10"]))
    second = cloud.create(IMAGE_VERSION, version_body("2024.11"))

    assert (first.identifier, second.identifier) == (
        version_arn("data-science", 1),
        version_arn("data-science", 2),
    )
    assert seen(cloud.read(IMAGE_VERSION, first.identifier), VERSION_KEYS) == {
        **version_body("2024.10"),
        "ImageArn": image_arn("data-science"),
        "ImageVersionArn": version_arn("data-science", 1),
        "Version": 1,
        "Aliases": ["2024.10", "stable"],
    }
    assert "Aliases" not in cloud.read(IMAGE_VERSION, second.identifier)


def test_a_patch_sets_removes_and_replaces_aliases(cloud: Any) -> None:
    cloud.create(IMAGE, image_body())
    arn = cloud.create(IMAGE_VERSION, version_body(ReleaseNotes="first")).identifier

    result = cloud.update(
        IMAGE_VERSION,
        arn,
        [
            {"op": "add", "path": "/Aliases", "value": ["stable"]},
            {"op": "replace", "path": "/ReleaseNotes", "value": "second"},
            {"op": "add", "path": "/MLFramework", "value": "PyTorch 2.3"},
        ],
    )

    assert (result.operation, result.identifier) == ("UPDATE", arn)
    model = cloud.read(IMAGE_VERSION, arn)
    assert model["ReleaseNotes"] == "second"
    assert (model["MLFramework"], model["Aliases"]) == ("PyTorch 2.3", ["stable"])


def test_a_deleted_object_reads_as_none_and_deleting_it_again_succeeds(cloud: Any) -> None:
    arn = cloud.create(IMAGE, image_body()).identifier

    assert cloud.delete(IMAGE, arn).operation == "DELETE"
    assert cloud.read(IMAGE, arn) is None
    assert cloud.delete(IMAGE, arn).operation == "DELETE"
    assert cloud.read(IMAGE, image_arn("never-made")) is None


def test_the_journal_hears_the_token_before_submitting_and_the_request_after(
    cloud: Any,
) -> None:
    heard: list[tuple[str, str | None]] = []

    result = cloud.create(
        IMAGE, image_body(), client_token="token-1", journal=lambda t, r, *_: heard.append((t, r))
    )

    assert heard[0] == ("token-1", None)
    assert heard[-1] == ("token-1", result.request_token)
