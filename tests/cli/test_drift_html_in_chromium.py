"""The HTML drift report, opened in headless Chromium 700 px wide, fits the window: nothing
runs off the page and no table needs scrolling sideways, even for a worst case made
through the CLI: a 63-character image name, unmanaged versions with long ARNs, image URIs
and unbroken release notes, a drifted version with every difference expanded, a deleted
and a never-applied version, ignore rules with long reasons and an expired one.

A probe script, added to a copy of the report (the report itself has no scripts), opens
every <details>, lists each element whose right edge is past the window and writes that
into the page, which `--dump-dom` prints. Just above the narrow-screen breakpoint the
table layout must fit too. The same report with its narrow-screen CSS taken out must fail
the probe, so the probe is known to see an overflow.

`.ci/run` installs Debian's chromium when none is on PATH; elsewhere the test skips
without it, but never under CI=true."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from state.schema import IMAGE_VERSION
from tests.cli.test_workflow import Run, arn_of, cloud_for

WIDTH = 700
ACCOUNT = "123456789012"
IMAGE = "computer-vision-training-and-batch-inference-gpu-images-team-a1"  # 63, the maximum
REPOSITORY = f"{ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/platform/computer-vision/training-gpu"
UNBROKEN = "https://wiki.example.com/ml-platform/release-notes/" + "x" * 150
SPEC = f"""\
settings:
  region: us-east-1
  backend: {{type: local, path: imgver.state.json}}
images:
  cv:
    ImageName: {IMAGE}
    ImageRoleArn: arn:aws:iam::{ACCOUNT}:role/service-role/AmazonSageMaker-ExecutionRole-20241105T101500
    ImageDisplayName: Computer vision training and batch inference on GPU
image_versions:
  cv-2024-09:
    ImageName: {IMAGE}
    BaseImage: {REPOSITORY}:2024.09-cuda12.4-cudnn9-python3.11-ubuntu22.04-build20240930
    Aliases: [2024.09-cuda12.4-cudnn9-python3.11-ubuntu22.04]
    JobType: TRAINING
    Processor: GPU
    ProgrammingLang: Python 3.11
    MLFramework: PyTorch 2.4
    ReleaseNotes: September build
  cv-2024-10:
    ImageName: {IMAGE}
    BaseImage: {REPOSITORY}:2024.10-cuda12.4-cudnn9-python3.11-ubuntu22.04-build20241031
    ReleaseNotes: October build
drift:
  ignore:
    - address: image_versions.cv-2024-09.MLFramework
      reason: the framework was upgraded in the console by the training team while the new base image is being built and tested
      until: 2099-12-31
    - address: image_versions.cv-2024-10.ReleaseNotes
      reason: an old rule that nobody renewed after the October freeze ended
      until: 2020-01-01
"""
NOT_APPLIED = f"""\
  cv-2024-11:
    ImageName: {IMAGE}
    BaseImage: {REPOSITORY}:2024.11-cuda12.6-cudnn9-python3.12-ubuntu24.04-build20241130
"""
PROBE = """<script>
for (const box of document.querySelectorAll("details")) box.open = true;
const room = document.documentElement.clientWidth;  // the window less its scrollbar
const past = [...document.body.querySelectorAll("*")]
  .filter((element) => element.getBoundingClientRect().right > room + 0.5)
  .map((element) => element.tagName.toLowerCase() + "." + element.className);
const probe = document.createElement("pre");
probe.id = "probe";
probe.hidden = true;
probe.textContent = JSON.stringify({
  window: window.innerWidth,
  fits: document.documentElement.scrollWidth <= room,
  past: past,
});
document.body.append(probe);
</script>
"""


def chromium_command() -> str:
    """IMGVER_CHROMIUM, else chromium on PATH; skip without it, or fail under CI=true."""
    command = os.environ.get("IMGVER_CHROMIUM") or shutil.which("chromium")
    if command is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but chromium is not installed: .ci/run installs it")
        pytest.skip("chromium is not installed (.ci/run installs it with apt-get)")
    return command


def chromium(
    command: str, profile: Path, width: int, *args: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            command,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            f"--window-size={width},900",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=9,  # three runs stay under 30 s; one takes about 2 s
    )


def measure(command: str, page: str, folder: Path, width: int = WIDTH) -> dict[str, Any]:
    """What the probe found in `page` in a window `width` px wide."""
    probed = folder / "probed.html"
    probed.write_text(page.replace("</body>", PROBE + "</body>"), encoding="utf-8")
    done = chromium(command, folder / "profile", width, "--dump-dom", probed.as_uri())
    found = re.search(r'<pre id="probe" hidden="">(.*?)</pre>', done.stdout, flags=re.S)
    assert found is not None, done.stderr[-2000:]
    return dict(json.loads(html.unescape(found.group(1))))


def worst_case_report(run: Run, folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The HTML report of one drift run that also writes JSON, Markdown and JUnit."""
    monkeypatch.setenv("IMGVER_LOCAL_OP_SECONDS", "0")
    spec = folder / "imgver.yaml"
    spec.write_text(SPEC, encoding="utf-8")

    def imgver(*args: str) -> Any:
        return run("--local", "--no-color", args[0], "-f", str(spec), *args[1:])

    assert imgver("apply", "--auto-approve").code == 0
    cloud = cloud_for(spec)
    september = arn_of(spec, "image_versions.cv-2024-09")
    cloud.update(
        IMAGE_VERSION,
        september,
        [
            {"op": "replace", "path": "/ReleaseNotes", "value": UNBROKEN},
            {"op": "replace", "path": "/MLFramework", "value": "PyTorch 2.5"},
            {"op": "replace", "path": "/Processor", "value": "CPU"},
            {"op": "add", "path": "/Aliases", "value": ["a" * 128]},
        ],
    )
    cloud.delete(IMAGE_VERSION, arn_of(spec, "image_versions.cv-2024-10"))
    for build in ("hotfix-build20241212-for-the-vision-transformer-team", "b" * 100):
        cloud.create(
            IMAGE_VERSION,
            {
                "ImageName": IMAGE,
                "BaseImage": f"{REPOSITORY}:{build}",
                "Aliases": [f"console-{build}"[:128]],
                "ReleaseNotes": UNBROKEN,
                "VendorGuidance": "NOT_PROVIDED",
                "JobType": "INFERENCE",
            },
        )
    spec.write_text(SPEC.replace("drift:\n", NOT_APPLIED + "drift:\n"), encoding="utf-8")
    page = folder / "drift.html"
    outputs = {
        "html": page,
        "json": folder / "drift.json",
        "markdown": folder / "drift.md",
        "junit": folder / "drift.xml",
    }
    pairs = [
        item for fmt, path in outputs.items() for item in ("--format", fmt, "--output", str(path))
    ]
    assert imgver("drift", *pairs).code == 2
    statuses = [
        r["status"] for r in json.loads(outputs["json"].read_text(encoding="utf-8"))["resources"]
    ]
    assert sorted(statuses) == [
        "DELETED",
        "IN_SYNC",
        "MODIFIED",
        "NOT_APPLIED",
        "UNMANAGED",
        "UNMANAGED",
    ]
    return page


def test_the_html_drift_report_fits_700_px_in_chromium(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    command = chromium_command()
    page = worst_case_report(run, tmp_path, monkeypatch).read_text(encoding="utf-8")
    assert page.count("<a href=") == 5  # every ARN linked: image, two managed, two unmanaged
    assert '<p class="warning">Expired ignore rules' in page

    assert measure(command, page, tmp_path) == {"window": WIDTH, "fits": True, "past": []}

    # Just above the narrow-screen breakpoint the wide layout, one table row per
    # resource, fits too.
    css = page[page.index("<style>") : page.index("</style>")]
    narrow = re.search(r"@media \(max-width: (\d+)px\)", css)
    assert narrow is not None
    wide = int(narrow.group(1)) + 1
    assert measure(command, page, tmp_path, wide) == {"window": wide, "fits": True, "past": []}

    # Without its narrow-screen CSS the same page does not fit: the probe sees that.
    broken = css[: narrow.start()].replace("overflow-wrap: anywhere", "overflow-wrap: normal")
    unfit = measure(command, page.replace(css, broken), tmp_path)
    assert unfit["window"] == WIDTH and unfit["past"] != []
