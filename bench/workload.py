"""The workload of `python -m bench`: N versions over M images, as a spec and as JSON.

`write_workload` writes the same resources twice: `imgver.yaml` for imgver and
`desired.json` (images and versions with their properties) for the baseline scripts, with
`changed` of the versions given other ReleaseNotes (the "plan with 10% changed" case).

Must not: run anything.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ROLE = "arn:aws:iam::123456789012:role/SageMakerImages"


def resources(images: int, versions: int, changed: int = 0) -> dict[str, Any]:
    """The desired images and versions (`versions` in all, spread over `images`)."""
    wanted: dict[str, Any] = {"images": {}, "versions": {}}
    for i in range(images):
        wanted["images"][f"img{i}"] = {"ImageName": f"img{i}", "ImageRoleArn": ROLE}
    for v in range(versions):
        image = f"img{v % images}"
        wanted["versions"][f"{image}-v{v}"] = {
            "ImageName": image,
            "BaseImage": f"123456789012.dkr.ecr.us-east-1.amazonaws.com/{image}:{v}",
            "Aliases": [f"a{v}", f"b{v}"],
            "JobType": "TRAINING",
            "Processor": "GPU",
            "MLFramework": "PyTorch 2.3",
            "ReleaseNotes": "changed build" if v < changed else "stable build",
        }
    return wanted


def spec_text(wanted: dict[str, Any]) -> str:
    """The imgver spec of `wanted` (JSON is YAML, one resource per line)."""
    lines = ["settings: {region: us-east-1}", "images:"]
    lines += [f"  {name}: {json.dumps(model)}" for name, model in wanted["images"].items()]
    lines.append("image_versions:")
    lines += [f"  {name}: {json.dumps(model)}" for name, model in wanted["versions"].items()]
    return "\n".join(lines) + "\n"


def write_workload(folder: Path, images: int, versions: int, changed: int = 0) -> None:
    """`folder/imgver.yaml` and `folder/desired.json` for the same resources."""
    wanted = resources(images, versions, changed)
    (folder / "imgver.yaml").write_text(spec_text(wanted), encoding="utf-8")
    (folder / "desired.json").write_text(json.dumps(wanted), encoding="utf-8")
