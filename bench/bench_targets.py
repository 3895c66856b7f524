"""The scale targets, each measured beside its target (and a baseline where one exists).

- spec load and validation of N versions (default 10,000 over 10 images): `load_spec`,
  beside the same load with every model judged by jsonschema alone (as before the
  compiled pre-check) and beside the YAML parse alone, both the fast path `load_spec`
  takes (`planner.spec.fastyaml`) and the line-marked parse (`planner.spec.yamlnodes`) it
  falls back to and uses to name a line; target under 1 s;
- the planning core per unchanged resource: `build_plan` on N versions whose state and
  live models equal the spec; target at most 50 us;
- peak memory of a no-change plan of N versions (spec loaded, state and live models held,
  plan built), in a fresh process; target under 250 MB;
- `imgver --help` start-up, beside `python -c pass`; target under 0.15 s.

Each time is the median of --runs in this process run (the planning core's after one
untimed run, which imports the modules a plan needs).

Run: .venv/bin/python -m bench.bench_targets [--versions 10000] [--images 10] [--runs 3]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.workload import resources, spec_text

ACCOUNT = "123456789012"
REGION = "us-east-1"


def timed(runs: int, work: Callable[[], Any]) -> float:
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        seconds.append(time.perf_counter() - started)
    return statistics.median(seconds)


def unchanged_inputs(spec: Path) -> tuple[Any, Any, dict[str, dict[str, Any]]]:
    """The spec, a state recording it as applied, and live models equal to it."""
    from planner.spec.loader import load_spec
    from state.recorded.model import ResourceRecord, State
    from state.schema import IMAGE

    desired = load_spec(spec).resources
    records, live = {}, {}
    numbers: dict[str, int] = {}
    for address, resource_ in desired.items():
        properties = dict(resource_.properties)
        image = properties["ImageName"]
        image_arn = f"arn:aws:sagemaker:{REGION}:{ACCOUNT}:image/{image}"
        if resource_.type_name == IMAGE:
            identifier = image_arn
            model = {**properties, "ImageArn": image_arn}
        else:
            number = numbers[image] = numbers.get(image, 0) + 1
            identifier = f"arn:aws:sagemaker:{REGION}:{ACCOUNT}:image-version/{image}/{number}"
            model = {
                **properties,
                "Aliases": sorted(properties["Aliases"]),
                "ImageArn": image_arn,
                "ImageVersionArn": identifier,
                "Version": number,
                "ContainerImage": f"{properties['BaseImage']}@sha256:{number:064d}",
                "VendorGuidance": "NOT_PROVIDED",
                "Horovod": False,
            }
        records[address] = ResourceRecord(
            type=resource_.type_name, identifier=identifier, region=REGION, properties=properties
        )
        live[address] = model
    state = State(lineage="bench", serial=1, resources=records, account=ACCOUNT, region=REGION)
    return desired, state, live


def plan_of(desired: Any, state: Any, live: dict[str, dict[str, Any]]) -> Any:
    from planner.plan.build import build_plan

    plan = build_plan(desired=desired, state=state, live=live, region=REGION)
    assert not plan.has_changes, "the bench's live models must equal the spec"
    return plan


def measure_memory(spec: Path) -> None:
    """In a fresh process: the peak RSS of loading and planning, printed in bytes."""
    plan_of(*unchanged_inputs(spec))
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)


def fresh(*command: str) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--versions", type=int, default=10_000)
    parser.add_argument("--images", type=int, default=10)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--memory-of", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_of:
        measure_memory(args.memory_of)
        return

    import state.schema
    from planner.spec import fastyaml, yamlnodes
    from planner.spec.loader import load_spec

    folder = Path(tempfile.mkdtemp(prefix="imgver-targets-"))
    spec = folder / "imgver.yaml"
    text = spec_text(resources(args.images, args.versions))
    spec.write_text(text, encoding="utf-8")
    n = args.versions
    print(f"{n} versions over {args.images} images ({len(text):,} bytes of spec)")

    load = timed(args.runs, lambda: load_spec(spec))
    if fastyaml.load_plain(text) is None:
        raise SystemExit("the bench's spec must take the loader's fast path (yaml-rs missing?)")
    fast_parse = timed(args.runs, lambda: fastyaml.load_plain(text))
    marked_parse = timed(args.runs, lambda: yamlnodes.load(text))
    fast_check = state.schema._fast_check
    state.schema._fast_check = lambda _type: lambda _model: False  # type: ignore[assignment]
    try:
        slow = timed(args.runs, lambda: load_spec(spec))
    finally:
        state.schema._fast_check = fast_check
    print(
        f"spec load + validation:   {load:7.3f} s   target < 1 s      "
        f"(YAML parse alone: fast path {fast_parse:.3f} s, line-marked {marked_parse:.3f} s; "
        f"with jsonschema for every model {slow:.3f} s, {slow / load:.1f}x)"
    )

    inputs = unchanged_inputs(spec)
    plan_of(*inputs)  # once untimed: the first run also imports the plan's modules
    core = timed(args.runs, lambda: plan_of(*inputs))
    per = core / (n + args.images) * 1e6
    print(f"planning core:            {per:7.1f} us per unchanged resource   target <= 50 us")

    done = subprocess.run(
        [sys.executable, "-m", "bench.bench_targets", "--memory-of", str(spec)],
        check=True,
        capture_output=True,
        text=True,
    )
    peak = int(done.stdout.split()[-1])
    print(f"no-change plan peak RSS:  {peak / 1e6:7.1f} MB   target < 250 MB")

    imgver = Path(sys.executable).with_name("imgver")
    rounds = max(args.runs, 10)
    help_time = statistics.median(fresh(str(imgver), "--help") for _ in range(rounds))
    floor = statistics.median(fresh(sys.executable, "-c", "pass") for _ in range(rounds))
    print(
        f"imgver --help:            {help_time:7.3f} s   target < 0.15 s   "
        f"(python -c pass {floor:.3f} s)"
    )


if __name__ == "__main__":
    main()
