"""The CI examples under examples/ci/ run as written: their drift steps, taken from the YAML,
are run by bash against a spec applied on the local cloud (`imgver` on PATH is a shim that
adds `--local`), for the exit codes 0 (in sync), 2 (drift) and 1 (error), and every report
they publish is written and valid (JUnit against Jenkins' junit-10.xsd)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import xmlschema
import yaml

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "ci"
JUNIT_SCHEMA = xmlschema.XMLSchema(ROOT / "tests" / "drift" / "schemas" / "junit-10.xsd")
GITHUB_EXPRESSION = re.compile(r"\$\{\{\s*([^}]*?)\s*\}\}")


@dataclass(frozen=True)
class DriftJob:
    """One run of an example's drift step: its script, its variables, its install command."""

    example: str
    script: str
    variables: dict[str, str]
    install: str


def _substitute(text: str, matrix: dict[str, str]) -> str:
    def value(found: re.Match[str]) -> str:
        expression = found.group(1)
        assert expression.startswith("matrix."), f"unexpected expression {expression!r}"
        return matrix[expression.removeprefix("matrix.")]

    return GITHUB_EXPRESSION.sub(value, text)


def github_jobs(name: str) -> list[DriftJob]:
    workflow = yaml.safe_load((EXAMPLES / name).read_text(encoding="utf-8"))
    jobs = []
    for job in workflow["jobs"].values():
        steps = job["steps"]
        install = next(step["run"] for step in steps if "pip install" in step.get("run", ""))
        (drift,) = [step for step in steps if "imgver drift" in step.get("run", "")]
        for matrix in job.get("strategy", {}).get("matrix", {}).get("include", [{}]):
            variables = {key: _substitute(str(value), matrix) for key, value in job["env"].items()}
            jobs.append(DriftJob(name, _substitute(drift["run"], matrix), variables, install))
    return jobs


def gitlab_jobs(name: str) -> list[DriftJob]:
    pipeline = yaml.safe_load((EXAMPLES / name).read_text(encoding="utf-8"))
    jobs = []
    for job in pipeline.values():
        (install,) = [line for line in job["before_script"] if "pip install" in line]
        script = "\n".join(job["script"])
        assert "imgver drift" in script
        variables = {key: str(value) for key, value in job["variables"].items()}
        jobs.append(DriftJob(name, script, variables, install))
    return jobs


ALL_JOBS = [
    *github_jobs("github-actions-drift.yml"),
    *github_jobs("github-actions-drift-matrix.yml"),
    *gitlab_jobs("gitlab-ci-drift.yml"),
]


def test_every_example_is_covered() -> None:
    assert sorted({job.example for job in ALL_JOBS}) == sorted(
        p.name for p in EXAMPLES.glob("*.yml")
    )
    assert [job.variables.get("IMGVER_ENV") for job in ALL_JOBS if "matrix" in job.example] == [
        "dev",
        "staging",
        "prod",
    ]


@pytest.mark.parametrize(
    "job", ALL_JOBS, ids=lambda job: f"{job.example}-{job.variables.get('IMGVER_ENV', '')}"
)
def test_each_example_installs_imgver_from_its_repository(job: DriftJob) -> None:
    assert "imgver==" not in (EXAMPLES / job.example).read_text(encoding="utf-8")
    assert re.fullmatch(r'python -m pip install (--quiet )?"\$IMGVER_SOURCE"', job.install.strip())
    assert job.variables["IMGVER_SOURCE"].startswith("git+https://")


def test_each_example_runs_imgver_drift_once() -> None:
    for job in ALL_JOBS:
        assert len(imgver_lines(job.script)) == 1, job.example


def imgver_lines(script: str) -> list[str]:
    """The imgver commands of a script, continuation lines joined."""
    joined = script.replace("\\\n", " ")
    return [line.strip() for line in joined.splitlines() if line.strip().startswith("imgver ")]


def report_paths(job: DriftJob, workdir: Path) -> dict[str, Path]:
    """format -> file, from the --format/--output pairs of the job's imgver command."""
    (command,) = imgver_lines(job.script)
    words = command.replace('"', "").split()
    formats = [words[i + 1] for i, word in enumerate(words) if word == "--format"]
    outputs = [words[i + 1] for i, word in enumerate(words) if word == "--output"]
    assert len(formats) == len(outputs) >= 2
    return {fmt: workdir / out for fmt, out in zip(formats, outputs, strict=True)}


class _Balanced(HTMLParser):
    VOID = {"meta", "br", "img", "input", "link", "hr", "wbr"}

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open[-1] == tag, (self.open, tag)
        self.open.pop()


def check_report(fmt: str, path: Path, *, drifted: bool) -> None:
    text = path.read_text(encoding="utf-8")
    if fmt == "junit":
        assert [str(error.reason) for error in JUNIT_SCHEMA.iter_errors(text)] == []
        root = ET.fromstring(text)
        assert (int(root.get("failures", "0")) > 0) is drifted
    elif fmt == "html":
        assert text.startswith("<!DOCTYPE html>")
        parser = _Balanced()
        parser.feed(text)
        parser.close()
        assert parser.open == []
        assert ("Drift found" in text) is drifted
    elif fmt == "markdown":
        assert text.startswith("## imgver drift report")
        assert ("Drift found" in text) is drifted
    elif fmt == "json":
        assert (json.loads(text)["exit_code"] == 2) is drifted
    else:
        raise AssertionError(f"no check for the {fmt} report")


@pytest.fixture
def shim(tmp_path: Path) -> Path:
    """A bin folder whose `imgver` is this checkout's, always on the local cloud."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "imgver"
    script.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m planner --local "$@"\n')
    script.chmod(0o755)
    return bin_dir


def environment(job: DriftJob, bin_dir: Path, workdir: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("IMGVER_", "AWS_", "GITHUB_"))
    }
    # The job's imgver settings; its AWS role variables name CI secrets, not used locally.
    env.update({k: v for k, v in job.variables.items() if k.startswith("IMGVER_")})
    env.update(
        PATH=f"{bin_dir}{os.pathsep}{env['PATH']}",
        PYTHONPATH=str(ROOT),
        AWS_ACCESS_KEY_ID="testing",
        AWS_SECRET_ACCESS_KEY="testing",
        AWS_REGION="us-east-1",
        IMGVER_LOCAL_OP_SECONDS="0",
        GITHUB_STEP_SUMMARY=str(workdir / "step-summary.md"),
    )
    return env


def run_script(
    job: DriftJob, env: dict[str, str], workdir: Path
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-e", "-c", job.script],
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def lay_out_spec(job: DriftJob, workdir: Path) -> Path:
    spec = workdir / job.variables["IMGVER_FILE"]
    spec.parent.mkdir(parents=True, exist_ok=True)
    source = "environments/imgver.yaml" if "IMGVER_ENV" in job.variables else "quickstart.yaml"
    shutil.copy(ROOT / "examples" / source, spec)
    return spec


@pytest.mark.parametrize(
    "job", ALL_JOBS, ids=lambda job: f"{job.example}-{job.variables.get('IMGVER_ENV', '')}"
)
def test_the_drift_step_exits_0_in_sync_then_2_on_drift_then_1_on_error(
    job: DriftJob, tmp_path: Path, shim: Path
) -> None:
    workdir = tmp_path / "repo"
    workdir.mkdir()
    spec = lay_out_spec(job, workdir)
    env = environment(job, shim, workdir)
    applied = subprocess.run(
        ["imgver", "apply", "--auto-approve"],
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert applied.returncode == 0, applied.stderr
    reports = report_paths(job, workdir)

    in_sync = run_script(job, env, workdir)
    assert in_sync.returncode == 0, in_sync.stdout + in_sync.stderr
    for fmt, path in reports.items():
        check_report(fmt, path, drifted=False)
        path.unlink()

    # The spec moves on without an apply: the live versions no longer match it.
    spec.write_text(
        spec.read_text(encoding="utf-8").replace("ReleaseNotes:", "ReleaseNotes: edited")
    )
    drift = run_script(job, env, workdir)
    assert drift.returncode == 2, drift.stdout + drift.stderr
    for fmt, path in reports.items():
        check_report(fmt, path, drifted=True)
        path.unlink()
    if "markdown" in reports:
        assert "Drift found" in (workdir / "step-summary.md").read_text(encoding="utf-8")

    # Unreadable state: an error, which the JUnit report still shows as one <error> case.
    for state_file in workdir.rglob("*.state*.json"):
        state_file.write_text("{not json", encoding="utf-8")
    failed = run_script(job, env, workdir)
    assert failed.returncode == 1, failed.stdout + failed.stderr
    junit = ET.fromstring(reports["junit"].read_text(encoding="utf-8"))
    assert junit.get("errors") == "1"
    assert JUNIT_SCHEMA.is_valid(reports["junit"].read_text(encoding="utf-8"))
