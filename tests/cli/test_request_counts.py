"""No call is made twice for one resource in one command, counted in the local cloud's
request log (`IMGVER_LOCAL_REQUEST_LOG`): every `--local` command below runs against the
emulator in-process, which appends one line per call it answers."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from state.localcloud.requestlog import read_log
from tests.cli.conftest import Run

ACCOUNT = "123456789012"
IMAGES = ("alpha", "beta")
VERSIONS = 3
# Waiting on one request is polling, repeated by design; every other call names a resource
# (or a page of one) that a command has no reason to ask about twice.
POLL = "CloudApiService.GetResourceRequestStatus"


def write_spec(path: Path, notes: str = "first") -> Path:
    lines = ["settings:", "  region: us-east-1", "  backend: {type: local, path: imgver.state.json}"]
    lines += ["images:"]
    for image in IMAGES:
        lines += [
            f"  {image}:",
            f"    ImageName: {image}",
            f"    ImageRoleArn: arn:aws:iam::{ACCOUNT}:role/Images",
        ]
    lines += ["image_versions:"]
    for image in IMAGES:
        for number in range(1, VERSIONS + 1):
            lines += [
                f"  {image}-{number}:",
                f"    ImageName: {image}",
                f"    BaseImage: {ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/{image}:{number}",
                f'    Aliases: ["v{number}"]',
                f"    ReleaseNotes: {notes}",
            ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def key(line: dict[str, Any]) -> tuple[str, str]:
    """What one call asks about: its operation and every parameter but retry noise."""
    params = dict(line["params"] or {})
    params.pop("ClientToken", None)
    return line["operation"], json.dumps(params, sort_keys=True)


class Commands:
    def __init__(self, run: Run, spec: Path, log: Path) -> None:
        self.run, self.spec, self.log = run, spec, log

    def calls(self, *args: str, code: int = 0) -> list[dict[str, Any]]:
        """The calls one `imgver --local` command made (its exit code checked)."""
        self.log.unlink(missing_ok=True)
        result = self.run("--local", "--no-color", args[0], "-f", str(self.spec), *args[1:])
        assert result.code == code, result.out + result.err
        self.out = result.out
        return read_log(self.log)


@pytest.fixture
def commands(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Commands:
    log = tmp_path / "requests.log"
    monkeypatch.setenv("IMGVER_LOCAL_OP_SECONDS", "0")
    monkeypatch.setenv("IMGVER_LOCAL_REQUEST_LOG", str(log))
    return Commands(run, write_spec(tmp_path / "imgver.yaml"), log)


def repeated(calls: list[dict[str, Any]]) -> dict[tuple[str, str], int]:
    counts = Counter(key(line) for line in calls if line["operation"] != POLL)
    return {asked: count for asked, count in counts.items() if count > 1}


def by_operation(calls: list[dict[str, Any]]) -> Counter[str]:
    return Counter(line["operation"] for line in calls)


def test_no_call_is_repeated_for_one_resource_in_apply_plan_and_drift(commands: Commands) -> None:
    versions = len(IMAGES) * VERSIONS

    apply = commands.calls("apply", "--auto-approve")
    assert repeated(apply) == {}
    assert by_operation(apply)["CloudApiService.CreateResource"] == len(IMAGES) + versions
    # The local cloud's final events carry each created model with its read-only values,
    # so nothing is read after a create: the only reads are the plan's lookups of the
    # images by name (not found yet), with their aliases' holders.
    assert by_operation(apply)["CloudApiService.GetResource"] == len(IMAGES)
    assert by_operation(apply)["SageMaker.ListAliases"] == len(IMAGES)

    plan = commands.calls("plan", "--detailed-exitcode")
    assert repeated(plan) == {}
    operations = by_operation(plan)
    # One read of each recorded resource, one alias listing per version, one identity. No
    # image's aliases are listed for their holders: managed versions hold every wanted one.
    assert operations["CloudApiService.GetResource"] == len(IMAGES) + versions
    assert operations["SageMaker.ListAliases"] == versions
    assert operations["sts.GetCallerIdentity"] == 1
    assert POLL not in operations

    drift = commands.calls("drift")
    assert repeated(drift) == {}
    assert by_operation(drift)["CloudApiService.GetResource"] == len(IMAGES) + versions

    write_spec(commands.spec, notes="second")
    update = commands.calls("apply", "--auto-approve")
    assert repeated(update) == {}
    assert by_operation(update)["CloudApiService.UpdateResource"] == versions
    assert by_operation(update)["CloudApiService.GetResource"] == len(IMAGES) + versions


def test_the_log_names_each_call_its_account_region_and_answer(commands: Commands) -> None:
    plan = commands.calls("plan", "--detailed-exitcode", code=2)

    assert repeated(plan) == {}
    assert plan[0]["operation"] == "sts.GetCallerIdentity"
    assert {(line["account"], line["region"]) for line in plan} == {(ACCOUNT, "us-east-1")}
    # Nothing recorded yet: each image is looked up by name (not found) with its aliases'
    # holders, each repository's tags and manifests and the role are asked once.
    assert by_operation(plan) == {
        "sts.GetCallerIdentity": 1,
        "CloudApiService.GetResource": len(IMAGES),
        "SageMaker.ListAliases": len(IMAGES),
        "AmazonEC2ContainerRegistry_V20150921.DescribeImages": len(IMAGES),
        "AmazonEC2ContainerRegistry_V20150921.BatchGetImage": len(IMAGES),
        "iam.GetRole": 1,
    }
    missing = [line for line in plan if line["status"] != 200]
    assert {line["operation"] for line in missing} == {
        "CloudApiService.GetResource",
        "SageMaker.ListAliases",
    }


def test_a_destroy_reads_each_resource_once_without_listing_aliases(commands: Commands) -> None:
    versions = len(IMAGES) * VERSIONS
    commands.calls("apply", "--auto-approve")

    planned = commands.calls("plan", "--destroy", "--json")
    # Deleting a version deletes its aliases and no version stays to take them: the plan
    # shows the aliases state records, without asking SageMaker for them.
    assert by_operation(planned)["SageMaker.ListAliases"] == 0
    shown = json.loads(commands.out)
    before = {
        change["address"]: change["change"]["before"].get("Aliases")
        for change in shown["resource_changes"]
        if change["change"]["actions"] == ["delete"]
    }
    assert before["image_versions.alpha-2"] == ["v2"]

    destroy = commands.calls("destroy", "--auto-approve")
    assert repeated(destroy) == {}
    operations = by_operation(destroy)
    assert operations["CloudApiService.GetResource"] == len(IMAGES) + versions
    assert operations["SageMaker.ListAliases"] == 0
    assert operations["CloudApiService.DeleteResource"] == len(IMAGES) + versions
