"""Environments end to end on the local cloud: one spec, three environments, two accounts
and two regions in one local cloud data file, each with its own state bound to it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from state.localcloud import LocalCloud
from tests.environments.env_data import state_file, state_of

Run = Any

ACCOUNT_DEV, ACCOUNT_PROD = "111111111111", "222222222222"


def imgver(run: Run, spec: Path, env: str, command: str, *args: str) -> Any:
    return run("--local", "--no-color", "--env", env, command, "-f", str(spec), *args)


def identifiers(spec: Path, environment: str) -> dict[str, str]:
    return {
        address: record["identifier"]
        for address, record in state_of(spec, environment)["resources"].items()
    }


def test_validate_checks_every_environment(run: Run, spec: Path) -> None:
    result = run("validate", "-f", str(spec))
    assert result.code == 0, result.err
    assert result.out.strip() == f"{spec}: valid (3 resources in 3 environments)."


def test_an_environment_var_that_does_not_resolve_is_a_spec_error(run: Run, spec: Path) -> None:
    text = spec.read_text(encoding="utf-8")
    spec.write_text(text.replace("notes: production}", "notes: '${var.nope}'}"), encoding="utf-8")
    result = run("validate", "-f", str(spec))
    assert result.code == 1
    assert "environments.prod.vars.notes: undefined variable ${var.nope}" in result.err


def test_a_spec_with_environments_needs_one_chosen(run: Run, spec: Path) -> None:
    result = run("--local", "plan", "-f", str(spec))
    assert result.code == 1
    assert result.err.splitlines()[0] == (
        f"Error: {spec} declares environments (dev, staging, prod): choose one with --env NAME"
    )
    assert not list(spec.parent.glob("*.state*"))


def test_an_unknown_environment_is_refused_naming_the_known_ones(run: Run, spec: Path) -> None:
    result = imgver(run, spec, "qa", "plan")
    assert result.code == 1
    assert result.err.splitlines() == [
        "Error: unknown environment 'qa'",
        f"{spec} declares: dev, staging, prod",
    ]
    assert not (spec.parent / ".imgver").exists()  # no cloud call, no state


def test_each_environment_applies_into_its_own_account_region_and_state(
    run: Run, spec: Path
) -> None:
    for environment in ("dev", "staging", "prod"):
        result = imgver(run, spec, environment, "apply", "--auto-approve")
        assert result.code == 0, result.err
    assert identifiers(spec, "dev") == {
        "images.data-science": f"arn:aws:sagemaker:us-east-1:{ACCOUNT_DEV}:image/data-science",
        "image_versions.ds-2024-10": (
            f"arn:aws:sagemaker:us-east-1:{ACCOUNT_DEV}:image-version/data-science/1"
        ),
        "image_versions.ds-2024-11": (
            f"arn:aws:sagemaker:us-east-1:{ACCOUNT_DEV}:image-version/data-science/2"
        ),
    }
    assert identifiers(spec, "staging") == {
        "images.data-science": f"arn:aws:sagemaker:eu-west-1:{ACCOUNT_DEV}:image/data-science",
        "image_versions.ds-2024-10": (
            f"arn:aws:sagemaker:eu-west-1:{ACCOUNT_DEV}:image-version/data-science/1"
        ),
    }
    assert identifiers(spec, "prod") == {
        "images.data-science": f"arn:aws:sagemaker:eu-west-1:{ACCOUNT_PROD}:image/data-science",
        "image_versions.ds-2024-10": (
            f"arn:aws:sagemaker:eu-west-1:{ACCOUNT_PROD}:image-version/data-science/1"
        ),
    }
    for environment, account, region in (
        ("dev", ACCOUNT_DEV, "us-east-1"),
        ("staging", ACCOUNT_DEV, "eu-west-1"),
        ("prod", ACCOUNT_PROD, "eu-west-1"),
    ):
        state = state_of(spec, environment)
        assert (state["account"], state["region"], state["environment"]) == (
            account,
            region,
            environment,
        )
        again = imgver(run, spec, environment, "plan", "--detailed-exitcode")
        assert again.code == 0, again.out + again.err
    # The per-environment var reached the resource.
    prod = state_of(spec, "prod")["resources"]["image_versions.ds-2024-10"]
    assert prod["properties"]["ReleaseNotes"] == "production"
    assert prod["properties"]["BaseImage"] == (
        f"{ACCOUNT_PROD}.dkr.ecr.eu-west-1.amazonaws.com/ds:2024.10"
    )
    # Two accounts and two regions live apart in the one data file.
    data = LocalCloud(spec.parent / ".imgver" / "local-cloud.db").export()
    assert sorted(data["regions"]) == [
        f"{ACCOUNT_DEV}/eu-west-1",
        f"{ACCOUNT_DEV}/us-east-1",
        f"{ACCOUNT_PROD}/eu-west-1",
    ]


def test_a_dev_plan_is_refused_in_prod_naming_both(run: Run, spec: Path, tmp_path: Path) -> None:
    assert imgver(run, spec, "prod", "apply", "--auto-approve").code == 0
    before = state_file(spec, "prod").read_bytes()
    plan_file = tmp_path / "dev.plan"
    assert imgver(run, spec, "dev", "plan", "--out", str(plan_file)).code == 0
    saved = json.loads(plan_file.read_text())
    assert (saved["account"], saved["region"], saved["environment"]) == (
        ACCOUNT_DEV,
        "us-east-1",
        "dev",
    )
    result = imgver(run, spec, "prod", "apply", str(plan_file))
    assert result.code == 1
    assert result.err.splitlines() == [
        f"Error: the saved plan {plan_file} was made for environment dev, account "
        f"{ACCOUNT_DEV}, region us-east-1, not environment prod, account {ACCOUNT_PROD}, "
        "region eu-west-1",
        f"the plan is for account {ACCOUNT_DEV}; this run's credentials are for account "
        f"{ACCOUNT_PROD}",
        "the plan is for region us-east-1; this run is in region eu-west-1",
        "the plan is for environment dev; this run is for prod",
        "Nothing was changed. Make a plan for this target and apply it.",
    ]
    assert state_file(spec, "prod").read_bytes() == before


def test_a_state_of_another_environment_is_refused(run: Run, spec: Path) -> None:
    assert imgver(run, spec, "dev", "apply", "--auto-approve").code == 0
    text = spec.read_text(encoding="utf-8")
    # staging pointed, by mistake, at dev's state
    spec.write_text(
        text.replace(
            '    region: eu-west-1\n    vars: {account: "111111111111", region: eu-west-1, notes',
            "    region: eu-west-1\n    backend: {type: local, path: imgver.state.dev.json}\n"
            '    vars: {account: "111111111111", region: eu-west-1, notes',
        ),
        encoding="utf-8",
    )
    before = state_file(spec, "dev").read_bytes()
    for command in ("plan", "drift", "apply"):
        result = imgver(run, spec, "staging", command, *(["--auto-approve"] * (command == "apply")))
        assert result.code == 1, (command, result.out)
        assert result.err.splitlines()[:3] == [
            f"Error: the state {spec.parent / 'imgver.state.dev.json'} was recorded for "
            f"environment dev, account {ACCOUNT_DEV}, region us-east-1, not environment staging, "
            f"account {ACCOUNT_DEV}, region eu-west-1",
            "the state is for region us-east-1; this run is in region eu-west-1",
            "the state is for environment dev; this run is for staging",
        ]
    assert state_file(spec, "dev").read_bytes() == before


def test_env_on_a_spec_without_environments_is_refused(run: Run, tmp_path: Path) -> None:
    spec = tmp_path / "imgver.yaml"
    spec.write_text("settings: {region: us-east-1}\n", encoding="utf-8")
    result = run("--local", "--env", "dev", "plan", "-f", str(spec))
    assert result.code == 1
    assert result.err.splitlines()[0] == (
        f"Error: unknown environment 'dev': {spec} declares no environments"
    )


def test_a_spec_without_environments_records_the_account_and_region(
    run: Run, tmp_path: Path
) -> None:
    spec = tmp_path / "imgver.yaml"
    spec.write_text(
        "settings: {region: us-east-1}\nimages:\n  a:\n    ImageName: a\n"
        "    ImageRoleArn: arn:aws:iam::123456789012:role/r\n",
        encoding="utf-8",
    )
    assert run("--local", "apply", "--auto-approve", "-f", str(spec)).code == 0
    state = json.loads((tmp_path / "imgver.state.json").read_text())
    assert (state["account"], state["region"], state.get("environment")) == (
        "123456789012",
        "us-east-1",
        None,
    )
    result = run("--local", "--region", "eu-west-1", "plan", "-f", str(spec))
    assert result.code == 1
    assert "the state is for region us-east-1; this run is in region eu-west-1" in result.err
