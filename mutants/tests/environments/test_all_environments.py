"""`--all-envs` and a repeated `--env` on plan, apply and drift: the environments run at
once, a section each, the worst exit code (1 over 2 over 0), and aggregate reports."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from tests.environments.env_data import state_file, state_of

Run = Any


def imgver(run: Run, spec: Path, *args: str, envs: tuple[str, ...] = ()) -> Any:
    selection = [arg for env in envs for arg in ("--env", env)] or ["--all-envs"]
    command, rest = args[0], args[1:]
    return run("--local", "--no-color", *selection, command, "-f", str(spec), *rest)


def test_apply_all_then_a_replan_of_all_is_empty(run: Run, spec: Path) -> None:
    first = imgver(run, spec, "plan", "--detailed-exitcode")
    assert first.code == 2, first.err
    assert "dev: changes pending; staging: changes pending; prod: changes pending" in first.out
    applied = imgver(run, spec, "apply", "--auto-approve")
    assert applied.code == 0, applied.out + applied.err
    for heading in (
        "== Environment dev (account 111111111111, region us-east-1) ==",
        "== Environment staging (account 111111111111, region eu-west-1) ==",
        "== Environment prod (account 222222222222, region eu-west-1) ==",
    ):
        assert heading in applied.out
    assert applied.out.index("Environment dev") < applied.out.index("Environment prod")
    assert applied.out.rstrip().endswith("dev: applied; staging: applied; prod: applied")
    assert len(state_of(spec, "dev")["resources"]) == 3
    assert state_of(spec, "prod")["account"] == "222222222222"
    again = imgver(run, spec, "plan", "--detailed-exitcode")
    assert again.code == 0, again.out
    assert again.out.count("No changes.") == 3


def test_drift_over_all_exits_with_the_worst_code_and_names_every_environment(
    run: Run, spec: Path, tmp_path: Path
) -> None:
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    assert imgver(run, spec, "drift").code == 0
    text = spec.read_text(encoding="utf-8")
    spec.write_text(text.replace("release candidate}", "release candidate 2}"), encoding="utf-8")
    report = tmp_path / "drift.xml"
    drifted = imgver(run, spec, "drift", "--format", "junit", "--output", str(report))
    assert drifted.code == 2, drifted.err
    root = ET.parse(report).getroot()
    assert [suite.get("name") for suite in root.iter("testsuite")] == [
        "imgver drift dev",
        "imgver drift staging",
        "imgver drift prod",
    ]
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("7", "1", "0")
    failed = [
        case.get("classname") for case in root.iter("testcase") if case.find("failure") is not None
    ]
    assert failed == ["staging.AWS::SageMaker::ImageVersion"]
    # prod's state now belongs to another account: an error beats drift.
    document = json.loads(state_file(spec, "prod").read_text())
    document["account"] = "999999999999"
    state_file(spec, "prod").write_text(json.dumps(document))
    broken = imgver(run, spec, "drift", "--format", "json")
    assert broken.code == 1
    aggregate = json.loads(broken.out)
    assert aggregate["exit_code"] == 1
    assert [(e["environment"], e["exit_code"]) for e in aggregate["environments"]] == [
        ("dev", 0),
        ("staging", 2),
        ("prod", 1),
    ]
    assert aggregate["environments"][1]["report"]["summary"]["drifted"] == 1
    assert aggregate["environments"][2]["error"]["summary"].startswith(
        f"the state {state_file(spec, 'prod')} was recorded for environment prod, "
        "account 999999999999, region eu-west-1"
    )
    assert broken.err.strip() == "Error: 1 of 3 environments failed: prod"
    junit = imgver(run, spec, "drift", "--format", "junit")
    suites = ET.fromstring(junit.out.split("\n", 1)[1]).findall("testsuite")
    assert [s.get("errors") for s in suites] == ["0", "0", "1"]


def test_markdown_and_html_aggregates_have_a_part_per_environment(run: Run, spec: Path) -> None:
    assert imgver(run, spec, "apply", "--auto-approve", envs=("dev", "prod")).code == 0
    markdown = imgver(run, spec, "drift", "--format", "markdown", envs=("dev", "prod"))
    assert markdown.code == 0, markdown.err
    assert markdown.out.splitlines()[:6] == [
        "# imgver drift: 2 environments",
        "",
        "| Environment | Account | Region | Result |",
        "|---|---|---|---|",
        "| `dev` | 111111111111 | us-east-1 | in sync |",
        "| `prod` | 222222222222 | eu-west-1 | in sync |",
    ]
    assert "# Environment `prod`" in markdown.out
    page = imgver(run, spec, "drift", "--format", "html", envs=("dev", "prod")).out
    assert '<section id="env-dev">' in page and '<section id="env-prod">' in page
    assert "<script" not in page


def test_an_unknown_environment_among_several_stops_all_of_them(run: Run, spec: Path) -> None:
    result = imgver(run, spec, "apply", "--auto-approve", envs=("dev", "qa", "uat"))
    assert result.code == 1
    assert result.err.splitlines() == [
        "Error: unknown environments 'qa', 'uat'",
        f"{spec} declares: dev, staging, prod",
    ]
    assert not list(spec.parent.glob("*.state*"))


def test_several_environments_are_refused_where_they_make_no_sense(run: Run, spec: Path) -> None:
    no_approval = imgver(run, spec, "apply")
    assert no_approval.code == 1
    assert no_approval.err.startswith(
        "Error: apply without --auto-approve cannot be used with several environments"
    )
    saved = imgver(run, spec, "plan", "--out", str(spec.parent / "p.plan"))
    assert saved.code == 1
    assert "--out cannot be used with several environments" in saved.err
    listing = imgver(run, spec, "show")
    assert listing.code == 1
    assert "works on one environment at a time" in listing.err


def test_plan_json_of_all_environments(run: Run, spec: Path) -> None:
    result = imgver(run, spec, "plan", "--json")
    assert result.code == 0, result.err
    document = json.loads(result.out)
    assert document["format"] == "imgver-plans"
    assert list(document["environments"]) == ["dev", "staging", "prod"]
    created = {
        env: sorted(rc["address"] for rc in plan["resource_changes"])
        for env, plan in document["environments"].items()
    }
    assert created["prod"] == ["image_versions.ds-2024-10", "images.data-science"]
    assert "image_versions.ds-2024-11" in created["dev"]
