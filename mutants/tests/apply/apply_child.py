"""One apply, run as a child process by the kill test: resume, plan, apply, as the CLI does.

Usage: python -m tests.apply.apply_child WORKDIR PHASE
(`WORKDIR` holds state.json and the local cloud's cloud.json; `PHASE` picks the spec.)
Prints "started" once ready, then "no changes" when the plan is empty or "applied".
"""

from __future__ import annotations

import sys
from pathlib import Path

from planner.apply.executor import apply_plan
from planner.apply.resume import resume_pending
from planner.plan.build import build_plan
from planner.plan.refresh import read_live
from planner.spec.desired import DesiredResource
from state.cloud.client import LiveCloud, open_cloud
from state.cloud.polling import PollPolicy
from state.schema import IMAGE, IMAGE_VERSION

ACCOUNT = "123456789012"
ROLE = f"arn:aws:iam::{ACCOUNT}:role/SageMakerImages"
FAST_POLL = PollPolicy(first_delay=0.05, max_delay=0.2, read_delay=0.05)


def _base_image(tag: str) -> str:
    return f"{ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/ds:{tag}"


def desired(phase: str) -> dict[str, DesiredResource]:
    """An image with three versions; phase "replace" gives the aliased one a new base image."""
    latest_tag = "2024.11" if phase == "replace" else "2024.10"
    resources = [
        DesiredResource("images.ds", IMAGE, {"ImageName": "ds", "ImageRoleArn": ROLE}),
        DesiredResource(
            "image_versions.old",
            IMAGE_VERSION,
            {"ImageName": "ds", "BaseImage": _base_image("2024.08"), "Aliases": ["legacy"]},
        ),
        DesiredResource(
            "image_versions.mid",
            IMAGE_VERSION,
            {"ImageName": "ds", "BaseImage": _base_image("2024.09"), "ReleaseNotes": "Sept"},
        ),
        DesiredResource(
            "image_versions.latest",
            IMAGE_VERSION,
            {"ImageName": "ds", "BaseImage": _base_image(latest_tag), "Aliases": ["stable"]},
        ),
    ]
    return {resource.address: resource for resource in resources}


def open_local(workdir: Path) -> LiveCloud:
    return open_cloud(
        region="us-east-1",
        profile=None,
        endpoint_url=None,
        local_data=workdir / "cloud.json",
        poll=FAST_POLL,
    )


def main(argv: list[str]) -> int:
    from state.recorded.local import LocalStore

    workdir, phase = Path(argv[0]), argv[1]
    store = LocalStore(workdir / "state.json")
    cloud = open_local(workdir)
    # Tells the parent the imports are done, so its kill lands during the apply itself.
    print("started", flush=True)
    with store.lock("apply"):
        state = store.read()
        resume_pending(state, store, cloud)
        live = read_live(cloud, state, desired(phase), parallelism=4)
        plan = build_plan(desired=desired(phase), state=state, live=live)
        if not plan.has_changes:
            print("no changes")
            return 0
        apply_plan(plan, state=state, store=store, cloud=cloud, parallelism=4)
    print("applied")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
