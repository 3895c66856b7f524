"""The order in which an apply's steps may start: dependencies, one step per image at a time
in plan order, earliest first, and the skipping of what depends on a failure."""

from __future__ import annotations

from planner.apply.schedule import Schedule, image_key
from planner.plan.changes import Step, StepKind
from state.schema import IMAGE, IMAGE_VERSION

ARN = "arn:aws:sagemaker:us-east-1:123456789012"


def create(step_id: str, image: str, *depends_on: str) -> Step:
    return Step(
        id=step_id,
        address=f"versions.{step_id}",
        kind=StepKind.CREATE,
        type_name=IMAGE_VERSION,
        properties={"ImageName": image},
        depends_on=depends_on,
    )


def delete(step_id: str, image: str, *depends_on: str) -> Step:
    return Step(
        id=step_id,
        address=f"versions.{step_id}",
        kind=StepKind.DELETE,
        type_name=IMAGE_VERSION,
        identifier=f"{ARN}:image-version/{image}/1",
        depends_on=depends_on,
    )


def record(step_id: str, *depends_on: str) -> Step:
    return Step(
        id=step_id,
        address=f"images.{step_id}",
        kind=StepKind.RECORD,
        type_name=IMAGE,
        depends_on=depends_on,
    )


def ids(steps: list[Step]) -> list[str]:
    return [step.id for step in steps]


def test_image_key_is_the_lower_cased_image_of_a_create_or_of_the_arn_and_none_for_state_steps() -> (
    None
):
    assert image_key(create("a", "Data-Science")) == "data-science"
    assert image_key(delete("b", "ds")) == "ds"
    assert image_key(record("c")) is None


def test_one_step_per_image_at_a_time_in_plan_order_and_state_steps_beside_them() -> None:
    schedule = Schedule(
        [create("a1", "a"), create("a2", "a"), create("b1", "b"), record("r"), create("b2", "B")]
    )
    assert ids(schedule.take(10)) == ["a1", "b1", "r"]
    assert ids(schedule.take(10)) == []
    schedule.succeeded("b1")
    assert ids(schedule.take(10)) == ["b2"]  # "B" is image b: SageMaker lower-cases names
    schedule.succeeded("a1")
    assert ids(schedule.take(10)) == ["a2"]
    assert schedule.waiting == []


def test_the_earliest_steps_in_plan_order_start_first_when_slots_are_few() -> None:
    schedule = Schedule([record("r1"), create("a1", "a"), create("b1", "b"), record("r2")])
    assert ids(schedule.take(2)) == ["r1", "a1"]
    assert ids(schedule.take(1)) == ["b1"]
    assert ids(schedule.take(5)) == ["r2"]


def test_a_step_that_may_start_later_still_goes_before_later_steps_of_the_plan() -> None:
    schedule = Schedule([create("a1", "a"), create("a2", "a"), create("b1", "b")])
    assert ids(schedule.take(1)) == ["a1"]
    schedule.succeeded("a1")
    assert ids(schedule.take(1)) == ["a2"]  # b1 could start since the beginning


def test_a_step_waiting_for_its_dependency_holds_the_later_steps_of_its_image() -> None:
    # i creates image b; b1 needs it; a1 on image a is free to go.
    schedule = Schedule(
        [create("i", "b"), record("r", "i"), create("b1", "b", "r"), create("a1", "a")]
    )
    assert ids(schedule.take(10)) == ["i", "a1"]
    schedule.succeeded("i")
    assert ids(schedule.take(10)) == ["r"]  # b1 still needs r
    schedule.succeeded("r")
    assert ids(schedule.take(10)) == ["b1"]


def test_a_failure_skips_what_depends_on_it_transitively_in_plan_order_and_its_image_goes_on() -> (
    None
):
    schedule = Schedule(
        [
            create("a1", "a"),
            create("a2", "a", "a1"),
            record("r", "a2"),
            create("a3", "a"),
            create("b1", "b"),
            delete("b2", "b", "r"),
        ]
    )
    assert ids(schedule.take(10)) == ["a1", "b1"]
    schedule.failed("a1")
    assert ids(schedule.skip_blocked()) == ["a2", "r", "b2"]
    assert ids(schedule.take(10)) == ["a3"]  # a2 no longer holds image a
    schedule.succeeded("b1")
    assert ids(schedule.take(10)) == []
    assert ids(schedule.waiting) == []


def test_steps_never_taken_stay_waiting_in_plan_order() -> None:
    schedule = Schedule(
        [create("a1", "a"), create("a2", "a"), record("r", "a1"), create("b1", "b")]
    )
    assert ids(schedule.take(1)) == ["a1"]
    assert ids(schedule.waiting) == ["a2", "r", "b1"]
    schedule.failed("a1")
    assert ids(schedule.skip_blocked()) == ["r"]
    assert ids(schedule.waiting) == ["a2", "b1"]


def test_a_thousand_versions_over_ten_images_start_in_each_images_plan_order() -> None:
    steps = [create(f"{image}-{n}", image) for n in range(100) for image in "abcdefghij"]
    schedule = Schedule(steps)
    started: list[str] = []
    running = schedule.take(10)
    while running:
        step = running.pop(0)
        started.append(step.id)
        schedule.succeeded(step.id)
        running += schedule.take(10 - len(running))
    assert len(started) == 1000
    for image in "abcdefghij":
        assert [s for s in started if s[0] == image] == [f"{image}-{n}" for n in range(100)]
