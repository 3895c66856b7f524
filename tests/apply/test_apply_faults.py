"""The fault suite: applies while the local cloud throttles and fails 30% to 70% of calls
(`IMGVER_LOCAL_THROTTLE_RATE`, `IMGVER_LOCAL_FAIL_RATE`, reproducible with
`IMGVER_LOCAL_SEED`), first creating an image and three versions, then replacing the aliased
one (its alias handed over). Each run ends with the apply done or an `ImgverError` (never
another exception); rerunning converges, and then state and the cloud hold exactly the
declared resources: no duplicate version, nothing lost.

Each run does what `imgver apply --auto-approve` does (resume, read, plan, apply), in
process, through the real boto3 client on the local cloud, with a poll policy whose waits
are short (imgver's own backoff before resubmitting a throttled or failed request is up to
20 s). The fault model is state/localcloud/faults.py: throttled reads raise
ThrottlingException, throttled mutations raise it or end FAILED with ErrorCode Throttling,
failed mutations end FAILED with ServiceInternalError, and half the failed version creates
leave a version behind.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.apply.executor import apply_plan
from planner.apply.resume import resume_pending
from planner.plan.build import build_plan
from planner.plan.refresh import read_live
from state.cloud.client import open_cloud
from state.cloud.polling import PollPolicy
from state.errors import ImgverError
from state.recorded.local import LocalStore
from tests.apply.apply_child import desired
from tests.cli.converged import assert_converged

FAST = PollPolicy(
    first_delay=0.01,
    max_delay=0.05,
    read_delay=0.01,
    throttle_backoff=0.01,
    throttle_max_backoff=0.05,
)
MAX_RUNS = 10

# (throttle rate, fail rate, seed, phases): every rate at 30% or more, alone and together.
# Throttling is slow to ride out by design: botocore's adaptive retry mode (state/cloud/
# client.py) lowers its own request rate after each throttle, to 0.5 requests a second at
# worst, so the cases that throttle run fewer phases to stay within a test's time.
FAULTS = [
    (0.3, 0.0, 11, ("create",)),
    (0.0, 0.3, 12, ("create", "replace")),
    (0.0, 0.5, 17, ("create", "replace")),
    (0.0, 0.7, 15, ("create", "replace")),
    (0.3, 0.3, 21, ("create",)),
]


def one_apply(workdir: Path, phase: str) -> str:
    """One `imgver apply --auto-approve`: "no changes", "applied" or "failed: <summary>"."""
    store = LocalStore(workdir / "state.json")
    try:
        cloud = open_cloud(
            region="us-east-1",
            profile=None,
            endpoint_url=None,
            local_data=workdir / "cloud.json",
            poll=FAST,
        )
        with store.lock("apply"):
            state = store.read()
            resume_pending(state, store, cloud)
            live = read_live(cloud, state, desired(phase), parallelism=4)
            plan = build_plan(desired=desired(phase), state=state, live=live)
            if not plan.has_changes:
                return "no changes"
            apply_plan(plan, state=state, store=store, cloud=cloud, parallelism=4)
    except ImgverError as error:
        return f"failed: {error.summary}"
    return "applied"


def converge(workdir: Path, phase: str) -> list[str]:
    history: list[str] = []
    for _ in range(MAX_RUNS):
        history.append(one_apply(workdir, phase))
        if history[-1] == "no changes":
            return history
    raise AssertionError(f"no convergence in {MAX_RUNS} runs: {history}")


def declared(phase: str) -> dict[str, dict[str, object]]:
    return {address: dict(resource.properties) for address, resource in desired(phase).items()}


@pytest.mark.parametrize(("throttle", "fail", "seed", "phases"), FAULTS)
def test_applies_at_high_fault_rates_converge_on_rerun_with_no_duplicate_and_nothing_lost(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    throttle: float,
    fail: float,
    seed: int,
    phases: tuple[str, ...],
) -> None:
    monkeypatch.setenv("IMGVER_LOCAL_OP_SECONDS", "0")
    monkeypatch.setenv("IMGVER_LOCAL_THROTTLE_RATE", str(throttle))
    monkeypatch.setenv("IMGVER_LOCAL_FAIL_RATE", str(fail))
    monkeypatch.setenv("IMGVER_LOCAL_SEED", str(seed))
    state_file, cloud_data = tmp_path / "state.json", tmp_path / "cloud.json"

    created = converge(tmp_path, "create")
    assert_converged(state_file, cloud_data, declared("create"), (seed, created), image="ds")
    if "replace" in phases:
        before = LocalStore(state_file).read().resources
        replaced = converge(tmp_path, "replace")
        assert_converged(state_file, cloud_data, declared("replace"), (seed, replaced), image="ds")
        after = LocalStore(state_file).read().resources
        # The resources the spec did not change are the same ones; the replaced one is newer.
        for address in ("images.ds", "image_versions.old", "image_versions.mid"):
            assert after[address].identifier == before[address].identifier, (address, seed)
        old_version = before["image_versions.latest"].properties["Version"]
        assert after["image_versions.latest"].properties["Version"] > old_version, seed

    monkeypatch.delenv("IMGVER_LOCAL_THROTTLE_RATE")
    monkeypatch.delenv("IMGVER_LOCAL_FAIL_RATE")
    assert one_apply(tmp_path, phases[-1]) == "no changes"
