"""The record step of a refresh-only plan for an image: it names the image."""

from __future__ import annotations

from planner.plan.build import build_plan
from planner.plan.changes import StepKind
from tests.planner.planner_data import (
    IMAGE_ADDRESS,
    IMAGE_ARN,
    desired_image,
    image_properties,
    image_record,
    live_image,
    state_of,
)


def test_a_refreshed_image_is_recorded_under_its_name() -> None:
    state = state_of({IMAGE_ADDRESS: image_record()})
    live = {IMAGE_ADDRESS: live_image(image_properties(ImageDescription="edited"))}

    plan = build_plan(
        desired={IMAGE_ADDRESS: desired_image()}, state=state, live=live, mode="refresh-only"
    )

    (step,) = plan.steps
    assert (step.id, step.kind, step.identifier, step.deposed) == (
        f"{IMAGE_ADDRESS}:record",
        StepKind.RECORD,
        IMAGE_ARN,
        False,
    )
    assert step.description == "record the live values of image data-science"
