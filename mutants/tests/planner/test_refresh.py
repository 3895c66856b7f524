"""read_live against a small in-memory cloud: what is read, in parallel, and failures."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from planner.errors import UsageError
from planner.plan.refresh import read_live
from state.errors import CloudError
from state.schema import IMAGE, IMAGE_VERSION
from tests.planner.planner_data import (
    BASE_NOV,
    IMAGE_ADDRESS,
    IMAGE_ARN,
    desired_image,
    desired_version,
    image_properties,
    image_record,
    live_image,
    live_version,
    record,
    state_of,
    version_arn,
    version_properties,
    version_record,
)


class FakeCloud:
    """Answers `read` from a dict keyed by (type, identifier) and records every call."""

    def __init__(self, models: dict[tuple[str, str], dict[str, Any]]) -> None:
        self.models = models
        self.calls: list[tuple[str, str]] = []
        self.lock = threading.Lock()
        self.image_names: list[str | None] = []

    def read(
        self, type_name: str, identifier: str, *, image_name: str | None = None
    ) -> dict[str, Any] | None:
        with self.lock:
            self.calls.append((type_name, identifier))
            if type_name == IMAGE_VERSION:
                self.image_names.append(image_name)
        return self.models.get((type_name, identifier))


def test_reads_every_recorded_identifier_and_unrecorded_images_by_name() -> None:
    state = state_of(
        {
            IMAGE_ADDRESS: image_record(),
            "image_versions.ds": version_record(4),
            "image_versions.ds#deposed": version_record(3),
            "image_versions.gone": version_record(2),
            "image_versions.pending": record(IMAGE_VERSION, None, version_properties()),
        }
    )
    cloud = FakeCloud(
        {
            (IMAGE, IMAGE_ARN): live_image(),
            (IMAGE_VERSION, version_arn(4)): live_version(4),
            (IMAGE_VERSION, version_arn(3)): live_version(3),
            (IMAGE, '{"ImageName": "other"}'): live_image(image_properties(ImageName="other")),
        }
    )
    desired = {
        IMAGE_ADDRESS: desired_image(),
        "images.other": desired_image(image_properties(ImageName="other"), address="images.other"),
        "images.fresh": desired_image(image_properties(ImageName="fresh"), address="images.fresh"),
        "image_versions.ds": desired_version("ds"),
        "image_versions.new": desired_version("new", version_properties(BaseImage=BASE_NOV)),
    }
    live = read_live(cloud, state, desired, parallelism=4)
    assert live == {
        "image_versions.ds": live_version(4),
        "image_versions.ds#deposed": live_version(3),
        "image_versions.gone": None,
        "image_versions.pending": None,
        IMAGE_ADDRESS: live_image(),
        "images.fresh": None,
        "images.other": live_image(image_properties(ImageName="other")),
    }
    assert list(live) == sorted(live)
    assert sorted(cloud.calls) == sorted(
        [
            (IMAGE, IMAGE_ARN),
            (IMAGE_VERSION, version_arn(4)),
            (IMAGE_VERSION, version_arn(3)),
            (IMAGE_VERSION, version_arn(2)),
            # Secondary identifiers only as JSON (Cloud Control API reference, Identifier).
            (IMAGE, '{"ImageName": "other"}'),
            (IMAGE, '{"ImageName": "fresh"}'),
        ]
    )


def test_nothing_to_read_makes_no_call() -> None:
    cloud = FakeCloud({})
    assert read_live(cloud, state_of({}), {}, parallelism=10) == {}
    assert cloud.calls == []


class PairedCloud(FakeCloud):
    """Each read waits until another read is in flight with it, and counts how many
    run at once: parallelism 2 must run reads in pairs, never three at a time."""

    def __init__(self, models: dict[tuple[str, str], dict[str, Any]]) -> None:
        super().__init__(models)
        self.barrier = threading.Barrier(2, timeout=30)
        self.in_flight = 0
        self.most_in_flight = 0

    def read(
        self, type_name: str, identifier: str, *, image_name: str | None = None
    ) -> dict[str, Any] | None:
        with self.lock:
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
        self.barrier.wait()
        with self.lock:
            self.in_flight -= 1
        return super().read(type_name, identifier, image_name=image_name)


def test_reads_run_in_parallel_up_to_the_limit() -> None:
    state = state_of({f"image_versions.v{n}": version_record(n) for n in range(1, 7)})
    cloud = PairedCloud({(IMAGE_VERSION, version_arn(n)): live_version(n) for n in range(1, 7)})
    live = read_live(cloud, state, {}, parallelism=2)
    assert live == {f"image_versions.v{n}": live_version(n) for n in range(1, 7)}
    assert cloud.most_in_flight == 2


class FailingCloud(FakeCloud):
    def read(
        self, type_name: str, identifier: str, *, image_name: str | None = None
    ) -> dict[str, Any] | None:
        super().read(type_name, identifier, image_name=image_name)
        if identifier == version_arn(1):
            raise CloudError(
                "Access denied reading image_versions.v1",
                operation="GetResource",
                error_code="AccessDeniedException",
            )
        return None


def test_a_failed_read_is_raised() -> None:
    state = state_of({f"image_versions.v{n}": version_record(n) for n in range(1, 4)})
    with pytest.raises(CloudError) as raised:
        read_live(FailingCloud({}), state, {}, parallelism=1)
    assert raised.value.error_code == "AccessDeniedException"
    assert raised.value.summary == "Access denied reading image_versions.v1"


def test_parallelism_below_one_is_a_usage_error() -> None:
    with pytest.raises(UsageError) as raised:
        read_live(FakeCloud({}), state_of({}), {}, parallelism=0)
    assert raised.value.summary == "--parallelism must be at least 1, not 0"
