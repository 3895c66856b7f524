"""Which waiting steps of an apply may start now, at a cost that does not grow with the plan.

Owns `Schedule`: the steps of a plan not started yet, the dependency rule and the
per-image rule, and `image_key`, the image a step changes. Must not: run steps, start
threads, call the cloud, touch state or render anything (`planner.apply.executor` does, and
tells the schedule what started and how it ended).

Rules
    A step may start when every step it depends on has succeeded and no other step of its
    image is running or waiting before it in plan order: the versions of one image change
    one at a time, in plan order (a step that changes only state has no image). Among the
    steps that may start, the earliest in plan order start first. A step whose dependency
    failed or was skipped never starts: it is skipped, and so are the steps that depend on
    it, in plan order.

Cost
    Each image's waiting steps are a queue, and the steps that may start a heap by plan
    position, so a step's start, end or skip costs O(log N) plus its dependents, not a pass
    over every waiting step.
"""

from __future__ import annotations

import heapq
import re
from collections import deque
from collections.abc import Iterable, Sequence

from planner.plan.changes import Step, StepKind

__all__ = ["Schedule", "image_key"]

# The image of an image or image-version ARN.
_IMAGE_IN_ARN = re.compile(r":image(?:-version)?/([^/]+)")


def image_key(step: Step) -> str | None:
    """The image a cloud step changes (lower-cased, as SageMaker resolves names), or None
    for a step that only changes state."""
    if step.kind not in (StepKind.CREATE, StepKind.UPDATE, StepKind.DELETE):
        return None
    if step.kind == StepKind.CREATE:
        name = (step.properties or {}).get("ImageName")
        return str(name).lower() if name else None
    match = _IMAGE_IN_ARN.search(step.identifier or "")
    return match.group(1).lower() if match else None


class Schedule:
    """The steps of a plan (in dependency order) not started yet, and which may start."""

    def __init__(self, steps: Sequence[Step]) -> None:
        self._position = {step.id: position for position, step in enumerate(steps)}
        self._image = {step.id: image_key(step) for step in steps}
        # Waiting steps in plan order, each image's waiting steps in plan order, and the
        # images with a step running.
        self._waiting = {step.id: step for step in steps}
        self._queues: dict[str, deque[str]] = {}
        self._busy: set[str] = set()
        # How many of each step's dependencies have not succeeded yet, and who depends on it.
        self._unmet: dict[str, int] = {}
        self._dependents: dict[str, list[str]] = {}
        for step in steps:
            image = self._image[step.id]
            if image is not None:
                self._queues.setdefault(image, deque()).append(step.id)
            needed = set(step.depends_on)
            self._unmet[step.id] = len(needed)
            for dependency in needed:
                self._dependents.setdefault(dependency, []).append(step.id)
        # The steps that may start, by plan position (some may have been skipped since).
        self._ready: list[tuple[int, str]] = []
        self._offered: set[str] = set()
        # Failed or skipped steps whose dependents are not skipped yet.
        self._dead: list[str] = []
        for step in steps:
            self._offer(step.id)

    @property
    def waiting(self) -> list[Step]:
        """The steps not started (nor skipped), in plan order."""
        return list(self._waiting.values())

    def take(self, slots: int) -> list[Step]:
        """Up to `slots` steps that may start, earliest first, now counted as running."""
        taken: list[Step] = []
        while self._ready and len(taken) < slots:
            _, step_id = heapq.heappop(self._ready)
            self._offered.discard(step_id)
            step = self._waiting.pop(step_id, None)
            if step is None:
                continue  # skipped since it was offered
            image = self._image[step_id]
            if image is not None:
                self._queues[image].popleft()  # it was the first of its image
                self._busy.add(image)
            taken.append(step)
        return taken

    def succeeded(self, step_id: str) -> None:
        """A running step succeeded: its image and its dependents may go on."""
        self._release(step_id)
        for dependent in self._dependents.get(step_id, ()):
            self._unmet[dependent] -= 1
            self._offer(dependent)

    def failed(self, step_id: str) -> None:
        """A running step failed: its image may go on; what depends on it never starts."""
        self._release(step_id)
        self._dead.append(step_id)

    def skip_blocked(self) -> list[Step]:
        """The waiting steps that depend, directly or not, on a step that failed or was
        skipped, in plan order; they are no longer waiting."""
        blocked: set[str] = set()
        while self._dead:
            for dependent in self._dependents.get(self._dead.pop(), ()):
                if dependent in self._waiting and dependent not in blocked:
                    blocked.add(dependent)
                    self._dead.append(dependent)
        skipped = [
            self._waiting.pop(step_id)
            for step_id in sorted(blocked, key=self._position.__getitem__)
        ]
        for image in self._drop(blocked):
            self._offer_first(image)
        return skipped

    def _drop(self, step_ids: Iterable[str]) -> set[str]:
        """Take skipped steps out of their images' queues; the images touched."""
        images: dict[str, set[str]] = {}
        for step_id in step_ids:
            image = self._image[step_id]
            if image is not None:
                images.setdefault(image, set()).add(step_id)
        for image, gone in images.items():
            self._queues[image] = deque(s for s in self._queues[image] if s not in gone)
        return set(images)

    def _release(self, step_id: str) -> None:
        image = self._image[step_id]
        if image is not None:
            self._busy.discard(image)
            self._offer_first(image)

    def _offer_first(self, image: str) -> None:
        queue = self._queues[image]
        if queue:
            self._offer(queue[0])

    def _offer(self, step_id: str) -> None:
        """Put `step_id` among the steps that may start, if it may."""
        if step_id in self._offered or step_id not in self._waiting or self._unmet[step_id]:
            return
        image = self._image[step_id]
        if image is not None and (image in self._busy or self._queues[image][0] != step_id):
            return
        self._offered.add(step_id)
        heapq.heappush(self._ready, (self._position[step_id], step_id))
