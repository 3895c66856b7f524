"""Ctrl-C handling and the progress views."""

from __future__ import annotations

import io
import signal
import threading

import pytest
from rich.console import Console

from planner.apply.interrupt import Interrupt, install_interrupt_handlers
from planner.plan.changes import StepKind
from planner.render.progress import LiveProgress, PlainProgress, format_elapsed, make_progress
from state.errors import CloudError
from state.schema import IMAGE
from tests.apply.apply_fakes import image_arn, step, version_arn


def test_ctrl_c_becomes_interrupt_requests_and_the_old_handler_comes_back() -> None:
    previous = signal.getsignal(signal.SIGINT)
    seen: list[int] = []
    interrupt = Interrupt()

    with install_interrupt_handlers(interrupt), interrupt.listening(seen.append):
        signal.raise_signal(signal.SIGINT)
        signal.raise_signal(signal.SIGINT)

    assert interrupt.count == 2
    assert seen == [1, 2]
    assert signal.getsignal(signal.SIGINT) is previous


def test_listeners_hear_only_requests_made_while_they_listen() -> None:
    interrupt = Interrupt()
    seen: list[int] = []
    interrupt.request()

    with interrupt.listening(seen.append):
        interrupt.request()
    interrupt.request()

    assert seen == [2]
    assert interrupt.count == 3


def test_outside_the_main_thread_no_handler_is_installed() -> None:
    previous = signal.getsignal(signal.SIGINT)
    during: list[object] = []

    def body() -> None:
        with install_interrupt_handlers(Interrupt()):
            during.append(signal.getsignal(signal.SIGINT))

    worker = threading.Thread(target=body)
    worker.start()
    worker.join(timeout=10)
    assert not worker.is_alive()

    assert during == [previous]


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "0s"), (3.9, "3s"), (59, "59s"), (60, "1m0s"), (125, "2m5s"), (3603, "1h0m3s")],
)
def test_elapsed_times_read_like_terraform(seconds: float, text: str) -> None:
    assert format_elapsed(seconds) == text


def test_plain_progress_wording_for_each_kind_of_step() -> None:
    output = io.StringIO()
    progress = PlainProgress(output)
    old = version_arn("data-science", 1)
    update = step("image_versions.v1:update", StepKind.UPDATE, identifier=old)
    deposed = step(
        "image_versions.v1#deposed:delete", StepKind.DELETE, identifier=old, deposed=True
    )
    forget = step("image_versions.v2:forget", StepKind.FORGET, identifier=old)
    error = CloudError("UpdateResource of it failed: InvalidRequest", error_code="InvalidRequest")

    progress.step_started(update)
    progress.waiting(update, 10.2)
    progress.step_finished(update, 12, None)
    progress.step_started(deposed)
    progress.step_finished(deposed, 65, None, identifier=old)
    progress.step_started(forget)
    progress.step_finished(forget, 0, None)
    progress.step_finished(update, 2, error)
    progress.interrupted(1, 2)
    progress.interrupted(2, 1)

    assert output.getvalue().splitlines() == [
        f"image_versions.v1: Modifying... [id={old}]",
        "image_versions.v1: Still modifying... [10s elapsed]",
        f"image_versions.v1: Modifications complete after 12s [id={old}]",
        f"image_versions.v1 (deposed object): Destroying... [id={old}]",
        "image_versions.v1 (deposed object): Destruction complete after 1m5s",
        f"image_versions.v2: Removing from state... [id={old}]",
        f"image_versions.v2: Removed from state after 0s [id={old}]",
        "image_versions.v1: Modifications failed after 2s: "
        "UpdateResource of it failed: InvalidRequest",
        "Interrupt received.",
        "Waiting for 2 operations in flight to finish; nothing new will start. "
        "Press Ctrl-C again to stop at once.",
        "Two interrupts received. Exiting immediately.",
        "Operations still running stay journaled in state; run the same command again to resume them.",
    ]


def test_live_progress_shows_itself_while_steps_run_and_prints_finished_lines() -> None:
    output = io.StringIO()
    console = Console(file=output, force_terminal=True, color_system=None, width=120)
    create = step("images.ds:create", StepKind.CREATE, IMAGE)
    progress = LiveProgress(console)

    progress.step_started(create)
    assert console.is_terminal and progress._shown
    progress.step_finished(create, 3, None, identifier=image_arn("data-science"))
    assert not progress._shown
    progress.step_started(create)
    progress.interrupted(2, 1)
    assert not progress._shown

    text = output.getvalue()
    assert f"images.ds: Creation complete after 3s [id={image_arn('data-science')}]" in text
    assert "Two interrupts received. Exiting immediately." in text


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_make_progress_picks_the_live_view_only_for_a_terminal() -> None:
    assert isinstance(make_progress(color=False, stream=io.StringIO()), PlainProgress)
    assert isinstance(make_progress(color=True, stream=Terminal()), LiveProgress)
