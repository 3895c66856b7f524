"""The fault suite: applies while the local cloud throttles and fails 30% to 70% of calls
(`IMGVER_LOCAL_THROTTLE_RATE`, `IMGVER_LOCAL_FAIL_RATE`, reproducible with
`IMGVER_LOCAL_SEED`), first creating an image and three versions (fewer where the local cloud
throttles), then replacing the aliased one (its alias handed over). Each run ends with the apply done or an `ImgverError` (never
another exception); rerunning converges, and then state and the cloud hold exactly the
declared resources: no duplicate version, nothing lost. The local cloud's request log
(`IMGVER_LOCAL_REQUEST_LOG`) shows that the faults struck: a throttled call answered again
once retried, a failed create sent again.

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
from planner.spec.desired import DesiredResource
from state.cloud.client import open_cloud
from state.cloud.polling import PollPolicy
from state.errors import ImgverError
from state.localcloud.requestlog import read_log
from state.recorded.local import LocalStore
from tests.apply.apply_child import desired as full_spec
from tests.cli.converged import assert_converged

FAST = PollPolicy(
    first_delay=0.01,
    max_delay=0.05,
    read_delay=0.01,
    throttle_backoff=0.01,
    throttle_max_backoff=0.05,
)
MAX_RUNS = 10

# (throttle rate, fail rate, seed, phases, versions): every rate at 30% or more, alone and
# together. Throttling is slow to ride out by design: botocore's adaptive retry mode
# (state/cloud/client.py) lowers its own request rate after each throttle, to 0.5 requests a
# second at worst, and backs off before each retry, both in real time; every call after a
# run's first throttle costs up to 2 s. So the cases that throttle run one phase with fewer
# versions, and seeds whose faults include a throttled create or status poll (and, with
# failures, a failed create that left a version behind, deleted and created again).
ALL = ("old", "mid", "latest")
FAULTS = [
    (0.3, 0.0, 54, ("create",), ("old", "latest")),
    (0.0, 0.3, 12, ("create", "replace"), ALL),
    (0.0, 0.5, 17, ("create", "replace"), ALL),
    (0.0, 0.7, 15, ("create", "replace"), ALL),
    (0.3, 0.3, 29, ("create",), ("latest",)),
]


def desired(phase: str, versions: tuple[str, ...]) -> dict[str, DesiredResource]:
    """The image and the named versions of `apply_child`'s spec for `phase`."""
    return {
        address: resource
        for address, resource in full_spec(phase).items()
        if address.startswith("images.") or address.split(".", 1)[1] in versions
    }


def one_apply(workdir: Path, phase: str, versions: tuple[str, ...]) -> str:
    """One `imgver apply --auto-approve`: "no changes", "applied" or "failed: <summary>"."""
    store = LocalStore(workdir / "state.json")
    spec = desired(phase, versions)
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
            live = read_live(cloud, state, spec, parallelism=4)
            plan = build_plan(desired=spec, state=state, live=live)
            if not plan.has_changes:
                return "no changes"
            apply_plan(plan, state=state, store=store, cloud=cloud, parallelism=4)
    except ImgverError as error:
        return f"failed: {error.summary}"
    return "applied"


def converge(workdir: Path, phase: str, versions: tuple[str, ...]) -> list[str]:
    history: list[str] = []
    for _ in range(MAX_RUNS):
        history.append(one_apply(workdir, phase, versions))
        if history[-1] == "no changes":
            return history
    raise AssertionError(f"no convergence in {MAX_RUNS} runs: {history}")


def declared(phase: str, versions: tuple[str, ...]) -> dict[str, dict[str, object]]:
    return {
        address: dict(resource.properties) for address, resource in desired(phase, versions).items()
    }


def assert_faults_struck(
    log: Path, throttle: float, fail: float, created: int, context: object
) -> None:
    """With throttling, some call was answered throttled (HTTP 400) and later answered, the
    same call, with 200; with failures, more creates were sent (ClientTokens) than the
    `created` objects the spec has."""
    calls = read_log(log)
    if throttle:
        answered_again = [
            call
            for number, call in enumerate(calls)
            if call["status"] == 400
            and any(
                (later["operation"], later["params"], later["status"])
                == (call["operation"], call["params"], 200)
                for later in calls[number + 1 :]
            )
        ]
        assert answered_again, context
    if fail:
        tokens = {
            call["params"]["ClientToken"]
            for call in calls
            if call["operation"] == "CloudApiService.CreateResource"
        }
        assert len(tokens) > created, (tokens, context)


@pytest.mark.parametrize(
    ("throttle", "fail", "seed", "phases", "versions"),
    FAULTS,
    ids=[f"throttle{case[0]}-fail{case[1]}-seed{case[2]}" for case in FAULTS],
)
def test_applies_at_high_fault_rates_converge_on_rerun_with_no_duplicate_and_nothing_lost(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    throttle: float,
    fail: float,
    seed: int,
    phases: tuple[str, ...],
    versions: tuple[str, ...],
) -> None:
    monkeypatch.setenv("IMGVER_LOCAL_OP_SECONDS", "0")
    monkeypatch.setenv("IMGVER_LOCAL_SEED", str(seed))
    state_file, cloud_data = tmp_path / "state.json", tmp_path / "cloud.json"

    def under_faults(phase: str) -> list[str]:
        """Apply until converged while the local cloud throttles and fails; the checks that
        follow read the cloud without faults."""
        with monkeypatch.context() as faulty:
            faulty.setenv("IMGVER_LOCAL_THROTTLE_RATE", str(throttle))
            faulty.setenv("IMGVER_LOCAL_FAIL_RATE", str(fail))
            faulty.setenv("IMGVER_LOCAL_REQUEST_LOG", str(tmp_path / f"{phase}.log"))
            return converge(tmp_path, phase, versions)

    created = under_faults("create")
    assert_converged(
        state_file, cloud_data, declared("create", versions), (seed, created), image="ds"
    )
    assert_faults_struck(
        tmp_path / "create.log", throttle, fail, len(declared("create", versions)), seed
    )
    if "replace" in phases:
        before = LocalStore(state_file).read().resources
        replaced = under_faults("replace")
        assert_converged(
            state_file, cloud_data, declared("replace", versions), (seed, replaced), image="ds"
        )
        after = LocalStore(state_file).read().resources
        # The resources the spec did not change are the same ones; the replaced one is newer.
        for address in ("images.ds", "image_versions.old", "image_versions.mid"):
            assert after[address].identifier == before[address].identifier, (address, seed)
        old_version = before["image_versions.latest"].properties["Version"]
        assert after["image_versions.latest"].properties["Version"] > old_version, seed

    assert one_apply(tmp_path, phases[-1], versions) == "no changes"
