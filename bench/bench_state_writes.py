"""Benchmark of the state writes of an apply: how many, how many bytes, how long.

Applies N image versions over M images (N + M creates) to a fresh in-process local cloud
whose operations complete at once, through the real planner and executor, twice in the
same run:

- imgver: `LocalStore` as shipped (the journal of changed records, folded at intervals
  and when the lock is released; compact JSON; the backup once per command);
- whole-file: a `LocalStore` that writes every change as the whole document, the way
  state was written before the journal: `indent=2` JSON, the previous file copied to the
  backup on every write, and a copy of every record taken for the rollback of each write.

For each it prints the state writes (journal appends plus whole-file replacements), the
bytes written to the state's folder, the seconds spent writing state and the apply's wall
time, and the final state's size with the ratio of bytes written to it.

Run: .venv/bin/python bench/bench_state_writes.py [--versions 1000] [--images 10]
     [--parallelism 10]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import tempfile
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import state.recorded.local as local_module
from planner.apply.executor import apply_plan
from planner.cli.workspace import Options, Workspace
from planner.plan.build import build_plan
from planner.plan.refresh import read_live
from state.files import replace_file
from state.recorded.document import already_durable
from state.recorded.local import LocalStore
from state.recorded.model import State


@dataclass
class Counts:
    writes: int = 0
    bytes: int = 0
    seconds: float = 0.0


COUNTS = Counts()


def counted(write: Callable[..., None]) -> Callable[..., None]:
    """`write` (a whole-file replacement or a journal line), counted into COUNTS."""

    def run(target: Path | int, content: bytes, **options: Any) -> None:
        started = time.perf_counter()
        write(target, content, **options)
        COUNTS.seconds += time.perf_counter() - started
        COUNTS.writes += 1
        COUNTS.bytes += len(content)

    return run


# Every byte LocalStore writes goes through these two names of its module, and every
# journal line is forced to disk by `_force` (whose fsyncs writes finishing together share).
local_module.replace_file = counted(local_module.replace_file)
local_module.write_line = counted(local_module.write_line)
_force = LocalStore._force


def _timed_force(store: LocalStore, ticket: int) -> None:
    started = time.perf_counter()
    _force(store, ticket)
    COUNTS.seconds += time.perf_counter() - started


LocalStore._force = _timed_force  # type: ignore[method-assign,assignment]


class WholeFileStore(LocalStore):
    """Every change written as the whole document, as before the journal (for comparison)."""

    def write_changes(self, state: State, addresses: Iterable[str]) -> Callable[[], None]:
        started = time.perf_counter()
        # The rollback snapshot the ledger used to take of every record on each write.
        snapshot = {address: record.to_document() for address, record in state.resources.items()}
        del snapshot
        state.lineage = state.lineage or str(uuid.uuid4())
        state.serial += 1
        if self.path.exists():
            replace_file(self.backup_path, self.path.read_bytes())
            COUNTS.writes += 1
            COUNTS.bytes += self.path.stat().st_size
        text = (json.dumps(state.to_document(), indent=2, ensure_ascii=False) + "\n").encode()
        replace_file(self.path, text)
        COUNTS.writes += 1
        COUNTS.bytes += len(text)
        COUNTS.seconds += time.perf_counter() - started
        return already_durable


def write_spec(path: Path, images: int, versions: int) -> None:
    lines = ["settings: {region: us-east-1}", "images:"]
    for i in range(images):
        lines += [
            f"  img{i}:",
            f"    ImageName: img{i}",
            "    ImageRoleArn: arn:aws:iam::123456789012:role/SageMakerImages",
        ]
    lines.append("image_versions:")
    for v in range(versions):
        i = v % images
        lines += [
            f"  img{i}-v{v}:",
            f"    ImageName: img{i}",
            f"    BaseImage: 123456789012.dkr.ecr.us-east-1.amazonaws.com/img{i}:{v}",
            "    JobType: TRAINING",
            "    Processor: GPU",
            "    MLFramework: PyTorch 2.3",
            "    ReleaseNotes: stable build",
        ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def run_apply(store_type: type[LocalStore], args: argparse.Namespace) -> tuple[Counts, float, int]:
    """One apply into a fresh folder: the counts, wall seconds and final state size."""
    with tempfile.TemporaryDirectory() as folder:
        spec = Path(folder) / "imgver.yaml"
        write_spec(spec, args.images, args.versions)
        options = Options(local=True, parallelism=args.parallelism, color=False)
        workspace = Workspace(options=options, spec_file=spec)
        store = store_type(Path(folder) / "state" / "imgver.state.json")
        COUNTS.__init__()  # type: ignore[misc]
        started = time.perf_counter()
        with store.lock("apply"):
            state = store.read()
            live = read_live(workspace.cloud, state, workspace.spec.resources, parallelism=10)
            plan = build_plan(
                desired=workspace.spec.resources,
                state=state,
                live=live,
                spec_hash=workspace.spec.spec_hash,
                region=workspace.cloud.region,
                created_at=dt.datetime.now(dt.UTC).isoformat(),
            )
            result = apply_plan(
                plan, state=state, store=store, cloud=workspace.cloud, parallelism=args.parallelism
            )
        wall = time.perf_counter() - started
        assert not result.failed, result.failed
        final = store.read()
        assert len(final.resources) == args.images + args.versions
        return Counts(**vars(COUNTS)), wall, store.path.stat().st_size


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--versions", type=int, default=1000)
    parser.add_argument("--images", type=int, default=10)
    parser.add_argument("--parallelism", type=int, default=10)
    args = parser.parse_args()
    os.environ["IMGVER_LOCAL_OP_SECONDS"] = "0"

    creates = args.versions + args.images
    print(
        f"apply of {creates} creates ({args.images} images, {args.versions} versions), "
        f"parallelism {args.parallelism}, in-process local cloud, operations at once"
    )
    print(
        f"{'':12} {'state writes':>12} {'bytes written':>14} {'x final':>8} "
        f"{'write s':>8} {'apply s':>8} {'final state':>12}"
    )
    rows = {}
    for name, store_type in (("imgver", LocalStore), ("whole-file", WholeFileStore)):
        counts, wall, final = run_apply(store_type, args)
        rows[name] = counts
        print(
            f"{name:12} {counts.writes:12,} {counts.bytes:14,} {counts.bytes / final:8.1f} "
            f"{counts.seconds:8.2f} {wall:8.2f} {final:12,}"
        )
    ours, theirs = rows["imgver"], rows["whole-file"]
    print(
        f"whole-file / imgver: {theirs.bytes / ours.bytes:.1f}x the bytes, "
        f"{theirs.seconds / ours.seconds:.1f}x the seconds spent writing state"
    )


if __name__ == "__main__":
    main()
