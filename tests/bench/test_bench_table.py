"""`python -m bench` runs end to end on tiny sizes: a fresh local-cloud server per tool,
every command of imgver and of both boto3 scripts succeeding with the exit code expected
(a plan of the changed spec exits 2), and one table row per scenario."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_benchmark_table_comes_out_of_a_tiny_run(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--versions", "4", "--images", "2"]
        + ["--latency-ms", "0", "--op-seconds", "0", "--work", str(tmp_path / "work")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == (
        "N=4 versions over M=2 images, L=0 ms, D=0 s, parallelism 10, median of 1 runs"
    )
    times = [line for line in lines if re.match(r"\| .* \| [0-9.]+ s \|", line)]
    assert [row.split(" | ")[0] for row in times] == [
        "| apply of N creates",
        "| plan, no change",
        "| plan, 10% changed",
        "| drift",
        "| destroy of N",
    ]
    counts = dict(
        (row.split(" | ")[0][2:], row.split(" | ")[1])
        for row in lines[lines.index(times[-1]) + 2 :]
        if row.startswith("| ") and not row.startswith("| scenario")
    )
    # The scripts' plan reads one GetResource per resource and one ListAliases per version.
    assert counts["plan, no change"].endswith(f" / {(6 + 4) / 6:.2f}")
    assert counts["apply of N creates"].split(" / ")[1] == "2.00"
    # The workspaces are kept with --work: the sequential script recorded what it made.
    assert (tmp_path / "work" / "run0-sequential" / "ids.json").exists()
