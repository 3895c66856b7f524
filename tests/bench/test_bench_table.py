"""`python -m bench` runs end to end on tiny sizes: a fresh local-cloud server per tool,
every command of imgver and of both boto3 scripts succeeding with the exit code expected
(a plan of the changed spec exits 2), and one table row per scenario."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

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
    assert lines[2].endswith("| imgver / thread-pool | ideal | imgver / ideal |")
    times = [line for line in lines if re.match(r"\| .* \| [0-9.]+ s \|", line)]
    assert [row.split(" | ")[0] for row in times] == [
        "| apply of N creates",
        "| plan, no change",
        "| plan, 10% changed",
        "| drift",
        "| destroy of N",
    ]
    usage_rows = [
        row.split(" | ")
        for row in lines[lines.index(times[-1]) + 2 :]
        if row.startswith("| ") and not row.startswith("| scenario")
    ]
    counts = {cells[0][2:]: cells[1] for cells in usage_rows}
    # The scripts' plan reads one GetResource per resource and one ListAliases per version.
    assert counts["plan, no change"].endswith(f" / {(6 + 4) / 6:.2f}")
    assert counts["apply of N creates"].split(" / ")[1] == "2.00"
    # Each row ends with both processes' CPU seconds, imgver's and the thread-pool script's.
    cpu = {
        cells[0][2:]: re.fullmatch(r"([0-9.]+) s / ([0-9.]+) s \|", cells[-1])
        for cells in usage_rows
    }
    assert len(cpu) == len(times)
    for found in cpu.values():
        assert found is not None and float(found[1]) > 0 and float(found[2]) > 0
    # The workspaces are kept with --work: the sequential script recorded what it made.
    assert (tmp_path / "work" / "run0-sequential" / "ids.json").exists()


def test_the_ideal_apply_is_one_round_of_images_then_one_per_version_of_an_image() -> None:
    from bench.__main__ import ideal_seconds, parse

    # 100 versions over 10 images at parallelism 10: the 10 images together, then 10
    # rounds of one version per image; each round D plus a request and one status poll.
    args = parse(["--versions", "100", "--op-seconds", "1", "--latency-ms", "0"])
    assert ideal_seconds("apply", args) == 11.0
    assert ideal_seconds("destroy", args) == 11.0
    slow = parse(["--versions", "100", "--op-seconds", "1", "--latency-ms", "50"])
    assert ideal_seconds("apply", slow) == pytest.approx(11 * 1.1)
    # Parallelism 4 over 10 images: 3 rounds of images, and 25 of versions (100 / 4).
    narrow = parse(["--versions", "100", "--op-seconds", "1", "--parallelism", "4"])
    assert ideal_seconds("apply", narrow) == pytest.approx(28 * 1.1)
    # A plan reads 2 calls per version and 1 per image, 32 at a time: ceil(2010 / 32) x L;
    # drift lists each image's versions too: ceil(2020 / 32) x L.
    plan = parse(["--versions", "1000", "--latency-ms", "50", "--parallelism", "32"])
    assert ideal_seconds("plan", plan) == pytest.approx(63 * 0.05)
    assert ideal_seconds("drift", plan) == pytest.approx(64 * 0.05)


def test_scenarios_pick_the_rows_and_refuse_unknown_names(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from bench.__main__ import parse

    assert parse(["--scenarios", "apply,destroy"]).scenarios == ["apply", "destroy"]
    with pytest.raises(SystemExit):
        parse(["--scenarios", "apply,deploy"])
    assert "--scenarios takes some of apply,plan,plan10,drift,destroy, not deploy" in (
        capsys.readouterr().err
    )
