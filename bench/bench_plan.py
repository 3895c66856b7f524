"""Benchmark of planning at scale: how long `plan` takes, and how much memory it needs.

Writes a spec of I images with V versions each (every version with two aliases), applies
it to a fresh local cloud (operations complete at once), then measures, end to end
through the real CLI code path and the real boto3 client:

- a no-change plan: reading every live model in parallel (GetResource + ListAliases per
  version) and building the plan;
- a plan with one ReleaseNotes update per image and one replacement (alias move);
- `imgver --help` start-up time in a fresh interpreter;
- peak Python memory of the no-change plan (tracemalloc).

Run: .venv/bin/python bench/bench_plan.py [--images 5] [--versions 40] [--parallelism 10]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from planner.apply.executor import apply_plan
from planner.cli.workspace import Options, Workspace
from planner.plan.build import build_plan
from planner.plan.changes import Plan
from planner.plan.refresh import read_live


def write_spec(path: Path, images: int, versions: int, release: str) -> None:
    lines = ["settings: {region: us-east-1}", "images:"]
    for i in range(images):
        lines += [
            f"  img{i}:",
            f"    ImageName: img{i}",
            "    ImageRoleArn: arn:aws:iam::123456789012:role/SageMakerImages",
        ]
    lines.append("image_versions:")
    for i in range(images):
        for v in range(versions):
            notes = release if v == 0 else "stable build"
            lines += [
                f"  img{i}-v{v}:",
                f"    ImageName: img{i}",
                f"    BaseImage: 123456789012.dkr.ecr.us-east-1.amazonaws.com/img{i}:{v}",
                f'    Aliases: ["a{v}", "b{v}"]',
                "    JobType: TRAINING",
                "    Processor: GPU",
                "    MLFramework: PyTorch 2.3",
                f"    ReleaseNotes: {notes}",
            ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def make_plan(workspace: Workspace) -> Plan:
    state = workspace.store.read()
    live = read_live(
        workspace.cloud, state, workspace.spec.resources, parallelism=workspace.options.parallelism
    )
    return build_plan(
        desired=workspace.spec.resources,
        state=state,
        live=live,
        spec_hash=workspace.spec.spec_hash,
        region=workspace.cloud.region,
        created_at=dt.datetime.now(dt.UTC).isoformat(),
    )


def timed_plans(spec: Path, options: Options, rounds: int) -> tuple[list[float], Plan]:
    seconds, plan = [], None
    for _ in range(rounds):
        workspace = Workspace(options=options, spec_file=spec)
        started = time.perf_counter()
        plan = make_plan(workspace)
        seconds.append(time.perf_counter() - started)
    assert plan is not None
    return seconds, plan


def help_startup(rounds: int) -> list[float]:
    seconds = []
    for _ in range(rounds):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "planner", "--help"], check=True, capture_output=True)
        seconds.append(time.perf_counter() - started)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--images", type=int, default=5)
    parser.add_argument("--versions", type=int, default=40)
    parser.add_argument("--parallelism", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    os.environ["IMGVER_LOCAL_OP_SECONDS"] = "0"
    options = Options(local=True, parallelism=args.parallelism, color=False)
    total = args.images * (args.versions + 1)

    with tempfile.TemporaryDirectory() as folder:
        spec = Path(folder) / "imgver.yaml"
        write_spec(spec, args.images, args.versions, "first")
        workspace = Workspace(options=options, spec_file=spec)
        started = time.perf_counter()
        with workspace.store.lock("apply"):
            result = apply_plan(
                make_plan(workspace),
                state=workspace.store.read(),
                store=workspace.store,
                cloud=workspace.cloud,
                parallelism=args.parallelism,
            )
        apply_seconds = time.perf_counter() - started
        assert not result.failed, result.failed

        no_change, plan = timed_plans(spec, options, args.rounds)
        assert not plan.has_changes, "a plan right after apply must be empty"

        tracemalloc.start()
        make_plan(Workspace(options=options, spec_file=spec))
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()

        write_spec(spec, args.images, args.versions, "second")
        with_changes, changed_plan = timed_plans(spec, options, args.rounds)
        updates = sum(1 for change in changed_plan.changes if change.action.value == "update")

    startup = help_startup(args.rounds)
    print(
        f"resources: {total} ({args.images} images x {args.versions} versions + images), "
        f"parallelism {args.parallelism}"
    )
    rate = total / apply_seconds
    print(f"apply from scratch:       {apply_seconds:7.2f} s  ({rate:.0f} resources/s)")
    print(
        f"plan, no changes:         {statistics.median(no_change):7.2f} s median of {args.rounds}"
        f"  ({total / statistics.median(no_change):.0f} resources/s)"
    )
    changed_median = statistics.median(with_changes)
    print(f"plan, {updates} updates:        {changed_median:7.2f} s median of {args.rounds}")
    print(f"plan peak Python memory:  {peak / 2**20:7.1f} MiB")
    print(f"imgver --help start-up:   {statistics.median(startup):7.3f} s median of {args.rounds}")


if __name__ == "__main__":
    main()
