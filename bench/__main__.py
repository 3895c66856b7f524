"""`python -m bench`: imgver beside two plain boto3 scripts, on a real local-cloud server.

For each run and each tool (imgver; the sequential script; the thread-pool script, see
`bench/boto_script.py`), a fresh `imgver local-cloud serve` process is started with
`--latency-ms L --op-seconds D`, and the tool, each command a new process, does: apply of
N versions over M images (and the M images), plan with no change, plan with 10% of the
versions changed, drift, destroy. Each cell is the median over the runs; the ratios are
the sequential script's time over imgver's and imgver's over the thread-pool script's.
Calls per resource, bytes written, peak RSS and CPU time come from
`bench/calls/sitecustomize.py`, loaded into every tool process (a tool whose CPU seconds
come near its wall time is bound by its own work, one core under Python's GIL, not by
the calls' latency).

Each row also shows the ideal (`ideal_seconds`): the rounds of operations the per-image
rule and the parallelism allow, each taking D plus the latency of the calls it needs,
and imgver's time over it; process start-up is not in it.

`--scenarios` measures only some rows. The commands before a measured one still run,
unmeasured, to set it up; the scripts' set-up runs with the thread-pool script.

Run: .venv/bin/python -m bench [--versions 1000] [--images 10] [--latency-ms 50]
     [--op-seconds 1] [--parallelism 10] [--runs 3] [--scenarios apply,plan] [--quick]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.workload import write_workload

BENCH = Path(__file__).resolve().parent
SCENARIOS = ("apply", "plan", "plan10", "drift", "destroy")
TITLES = {
    "apply": "apply of N creates",
    "plan": "plan, no change",
    "plan10": "plan, 10% changed",
    "drift": "drift",
    "destroy": "destroy of N",
}
TOOLS = ("imgver", "sequential", "pool")


@dataclass(frozen=True)
class Measure:
    seconds: float
    calls: int
    written: int
    peak: int
    cpu: float


def environment(calls_file: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("IMGVER_", "AWS_")) and key != "PYTHONPATH"
    }
    env.update(
        AWS_ACCESS_KEY_ID="testing",
        AWS_SECRET_ACCESS_KEY="testing",
        AWS_REGION="us-east-1",
        AWS_DEFAULT_REGION="us-east-1",
        AWS_CONFIG_FILE=os.devnull,
        AWS_SHARED_CREDENTIALS_FILE=os.devnull,
        # The counting hook, and imgver from this tree (ahead of any installed copy).
        PYTHONPATH=os.pathsep.join([str(BENCH / "calls"), str(BENCH.parent)]),
        BENCH_CALLS_FILE=str(calls_file),
    )
    return env


def imgver() -> list[str]:
    found = shutil.which("imgver", path=str(Path(sys.executable).parent))
    return [found] if found else [sys.executable, "-m", "planner"]


class Server:
    """One `imgver local-cloud serve` process on a free port."""

    def __init__(self, data: Path, latency_ms: float, op_seconds: float) -> None:
        command = [*imgver(), "local-cloud", "serve", "--port", "0", "--data", str(data)]
        command += ["--latency-ms", str(latency_ms), "--op-seconds", str(op_seconds)]
        env = environment(data.with_suffix(".calls"))
        del env["BENCH_CALLS_FILE"]
        self.process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True)
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if "listening on " not in line:
            self.process.kill()
            raise SystemExit(f"local-cloud serve did not start: {line!r}")
        self.url = line.split("listening on ", 1)[1].split()[0]

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)


def measured(command: list[str], folder: Path, expect: int = 0) -> Measure:
    calls_file = folder / "calls.json"
    calls_file.unlink(missing_ok=True)
    started = time.perf_counter()
    done = subprocess.run(
        command, cwd=folder, env=environment(calls_file), capture_output=True, text=True
    )
    seconds = time.perf_counter() - started
    if done.returncode != expect:
        raise SystemExit(
            f"{' '.join(command)} exited {done.returncode}, not {expect}:\n"
            f"{done.stdout[-2000:]}{done.stderr[-2000:]}"
        )
    counted = json.loads(calls_file.read_text(encoding="utf-8"))
    return Measure(
        seconds,
        sum(counted["calls"].values()),
        counted["written"],
        counted["peak"],
        counted["cpu"],
    )


def tool_commands(tool: str, url: str, parallelism: int) -> dict[str, tuple[list[str], int]]:
    if tool == "imgver":
        base = [*imgver(), "--endpoint-url", url, "--parallelism", str(parallelism), "--no-color"]
        return {
            "apply": ([*base, "apply", "--auto-approve", "--skip-preflight"], 0),
            "plan": ([*base, "plan", "--detailed-exitcode", "--skip-preflight"], 0),
            "plan10": (
                [*base, "plan", "--detailed-exitcode", "--skip-preflight", "-f", "changed.yaml"],
                2,
            ),
            "drift": ([*base, "drift"], 0),
            "destroy": ([*base, "destroy", "--auto-approve"], 0),
        }
    workers = "0" if tool == "sequential" else str(parallelism)
    script = [sys.executable, str(BENCH / "boto_script.py")]
    common = ["--endpoint-url", url, "--workers", workers, "--ids", "ids.json"]
    return {
        name: ([*script, command, *common, "--desired", desired], 0)
        for name, command, desired in (
            ("apply", "apply", "desired.json"),
            ("plan", "plan", "desired.json"),
            ("plan10", "plan", "changed/desired.json"),
            ("drift", "drift", "desired.json"),
            ("destroy", "destroy", "desired.json"),
        )
    }


def run_tool(tool: str, folder: Path, args: argparse.Namespace) -> dict[str, Measure]:
    folder.mkdir(parents=True)
    (folder / "changed").mkdir()
    write_workload(folder, args.images, args.versions)
    changed = max(1, args.versions // 10)
    write_workload(folder / "changed", args.images, args.versions, changed=changed)
    shutil.copy(folder / "changed" / "imgver.yaml", folder / "changed.yaml")
    server = Server(folder / "cloud.json", args.latency_ms, args.op_seconds)
    try:
        commands = tool_commands(tool, server.url, args.parallelism)
        # The set-up of a script's measured rows is the thread-pool script's (same calls).
        setup = (
            commands if tool == "imgver" else tool_commands("pool", server.url, args.parallelism)
        )
        last = max(SCENARIOS.index(name) for name in args.scenarios)
        results: dict[str, Measure] = {}
        for name in SCENARIOS[: last + 1]:
            if name in args.scenarios:
                command, expect = commands[name]
                results[name] = measured(command, folder, expect)
            elif name == "apply":
                # It makes what every later row reads or deletes; the others only read.
                command, expect = setup[name]
                measured(command, folder, expect)
        return results
    finally:
        server.stop()


def rounds(args: argparse.Namespace) -> tuple[int, int]:
    """The fewest rounds of operations for the images and for the versions: at most
    `parallelism` at a time, and one version of an image at a time."""
    per_image = math.ceil(args.versions / args.images)
    image_rounds = math.ceil(args.images / args.parallelism)
    return image_rounds, max(per_image, math.ceil(args.versions / args.parallelism))


def ideal_seconds(scenario: str, args: argparse.Namespace) -> float:
    """The time the calls alone need, with no start-up and no work between calls.

    apply and destroy: every round takes D plus two calls (the request and one status
    poll that finds it done); the reads: every resource's calls (GetResource, and
    ListAliases for a version; drift also lists each image's versions) spread over
    `parallelism` connections, each call taking L."""
    latency = args.latency_ms / 1000
    if scenario in ("apply", "destroy"):
        return sum(rounds(args)) * (args.op_seconds + 2 * latency)
    calls = 2 * args.versions + args.images + (args.images if scenario == "drift" else 0)
    return math.ceil(calls / args.parallelism) * latency


def median(values: list[float]) -> float:
    return statistics.median(values)


def table(results: dict[str, list[dict[str, Measure]]], args: argparse.Namespace) -> str:
    resources = args.versions + args.images
    rows = [
        f"N={args.versions} versions over M={args.images} images, L={args.latency_ms:g} ms, "
        f"D={args.op_seconds:g} s, parallelism {args.parallelism}, median of {args.runs} runs",
        "",
        "| scenario | imgver | sequential boto3 | thread-pool boto3 | sequential / imgver "
        "| imgver / thread-pool | ideal | imgver / ideal |",
        "|---|---|---|---|---|---|---|---|",
    ]

    def cell(tool: str, scenario: str) -> float:
        return median([run[scenario].seconds for run in results[tool]])

    shown = [scenario for scenario in SCENARIOS if scenario in args.scenarios]
    for scenario in shown:
        mine, seq, pool = (cell(tool, scenario) for tool in TOOLS)
        ideal = ideal_seconds(scenario, args)
        over_ideal = f"{mine / ideal:.2f}x" if ideal > 0 else "-"
        rows.append(
            f"| {TITLES[scenario]} | {mine:.2f} s | {seq:.2f} s | {pool:.2f} s "
            f"| {seq / mine:.2f}x | {mine / pool:.2f}x | {ideal:.2f} s | {over_ideal} |"
        )
    rows += [
        "",
        "| scenario | calls per resource (imgver / script) | bytes written (imgver / script) "
        "| peak RSS (imgver / script) | CPU seconds (imgver / script) |",
        "|---|---|---|---|---|",
    ]
    for scenario in shown:
        ours = results["imgver"][0][scenario]
        script = results["pool"][0][scenario]
        rows.append(
            f"| {TITLES[scenario]} | {ours.calls / resources:.2f} / {script.calls / resources:.2f} "
            f"| {_size(ours.written)} / {_size(script.written)} "
            f"| {_size(ours.peak)} / {_size(script.peak)} "
            f"| {ours.cpu:.2f} s / {script.cpu:.2f} s |"
        )
    return "\n".join(rows)


def _size(count: float) -> str:
    for unit in ("B", "KiB", "MiB"):
        if count < 1024:
            return f"{count:.0f} {unit}" if unit == "B" else f"{count:.1f} {unit}"
        count /= 1024
    return f"{count:.2f} GiB"


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--versions", type=int, default=1000, help="N (default 1000)")
    parser.add_argument("--images", type=int, default=10, help="M (default 10)")
    parser.add_argument("--latency-ms", type=float, default=50, help="L (default 50)")
    parser.add_argument("--op-seconds", type=float, default=1, help="D (default 1)")
    parser.add_argument("--parallelism", type=int, default=10, help="imgver's and the pool's")
    parser.add_argument("--runs", type=int, default=3, help="runs per cell (median)")
    parser.add_argument(
        "--scenarios",
        type=lambda text: [name.strip() for name in text.split(",")],
        default=list(SCENARIOS),
        help=f"the rows to measure, comma-separated (default {','.join(SCENARIOS)})",
    )
    parser.add_argument("--work", type=Path, help="keep the workspaces here")
    parser.add_argument(
        "--quick",
        action="store_true",
        help="a small run: N=12, M=3, L=5 ms, D=0.05 s, one run (flags given win)",
    )
    args = parser.parse_args(argv)
    if args.quick:
        given = set(argv if argv is not None else sys.argv[1:])
        for flag, value in (
            ("--versions", 12),
            ("--images", 3),
            ("--latency-ms", 5.0),
            ("--op-seconds", 0.05),
            ("--runs", 1),
        ):
            if flag not in given:
                setattr(args, flag[2:].replace("-", "_"), value)
    if args.versions < args.images or args.images < 1 or args.runs < 1:
        parser.error("need at least one image, one run, and a version per image")
    unknown = sorted(set(args.scenarios) - set(SCENARIOS))
    if unknown or not args.scenarios:
        parser.error(f"--scenarios takes some of {','.join(SCENARIOS)}, not {','.join(unknown)}")
    return args


def main(argv: list[str] | None = None) -> None:
    args = parse(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="imgver-bench-"))
    results: dict[str, list[dict[str, Any]]] = {tool: [] for tool in TOOLS}
    try:
        for run in range(args.runs):
            # The tools take turns, in another order each run.
            order = TOOLS[run % 3 :] + TOOLS[: run % 3]
            for tool in order:
                started = time.perf_counter()
                results[tool].append(run_tool(tool, work / f"run{run}-{tool}", args))
                print(
                    f"run {run + 1}/{args.runs} {tool}: {time.perf_counter() - started:.1f} s",
                    file=sys.stderr,
                    flush=True,
                )
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    print(table(results, args))


if __name__ == "__main__":
    main()
