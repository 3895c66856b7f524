"""The run's account: STS GetCallerIdentity once per run (moto and the local cloud answer
it), a role assumed with its ExternalId under a session name naming the user, and the
binding rules that compare the account, region and environment with state and plans."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from planner.errors import PlanError, UsageError
from planner.plan.binding import Target, bind_state, check_account, check_plan, check_state
from planner.plan.changes import Plan
from state.cloud.client import open_cloud
from state.cloud.identity import session_name
from state.errors import StateError
from state.recorded.model import State


@pytest.fixture
def moto_aws(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    from moto import mock_aws

    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "no-credentials"))
    for name in ("AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL"):
        monkeypatch.delenv(name, raising=False)
    with mock_aws():
        yield


def test_session_name_names_the_user_within_sts_limits() -> None:
    assert session_name("ana") == "imgver-ana"
    assert session_name("DOMAIN\\ana smith") == "imgver-DOMAIN-ana-smith"
    assert len(session_name("x" * 100)) == 64


def test_a_role_is_assumed_with_its_external_id_and_the_users_session_name(
    moto_aws: None,
) -> None:
    import boto3

    role_arn = "arn:aws:iam::222222222222:role/imgver-deployer"
    cloud = open_cloud(
        region="eu-west-1",
        profile=None,
        endpoint_url=None,
        local_data=None,
        role_arn=role_arn,
        external_id="platform-team",
    )
    assert cloud.account == "222222222222"
    sts = cloud._identity._sts  # type: ignore[union-attr]
    arn = sts.get_caller_identity()["Arn"]
    assert arn == f"arn:aws:sts::222222222222:assumed-role/imgver-deployer/{session_name()}"
    assert boto3.client("sts", region_name="eu-west-1").get_caller_identity()["Account"] == (
        "123456789012"
    )


def test_the_account_is_asked_of_sts_once_per_run(tmp_path: Path) -> None:
    cloud = open_cloud(
        region="us-east-1",
        profile=None,
        endpoint_url=None,
        local_data=tmp_path / "cloud.json",
        account="333333333333",
    )
    calls: list[Any] = []
    sts = cloud._identity._sts  # type: ignore[union-attr]
    sts.meta.events.register("before-call.sts.GetCallerIdentity", lambda **kw: calls.append(kw))
    assert (cloud.account, cloud.account) == ("333333333333", "333333333333")
    assert len(calls) == 1


def test_credentials_of_another_account_than_the_environment_expects_are_refused() -> None:
    with pytest.raises(UsageError) as caught:
        check_account(Target("111111111111", "eu-west-1", "prod"), "222222222222")
    assert caught.value.summary == (
        "the credentials are for account 111111111111, but environment prod expects account "
        "222222222222"
    )
    check_account(Target("222222222222", "eu-west-1", "prod"), "222222222222")
    check_account(Target("111111111111", "eu-west-1"), None)


def test_a_state_recording_nothing_is_accepted_then_bound() -> None:
    state = State(lineage="L", serial=3)
    target = Target("111111111111", "us-east-1", "dev")
    check_state(state, target, source="the state")
    bind_state(state, target)
    assert state.to_document()["account"] == "111111111111"
    assert (state.region, state.environment) == ("us-east-1", "dev")
    check_state(State.from_document(state.to_document()), target, source="the state")


def test_a_state_of_another_account_is_refused_naming_both() -> None:
    state = State(lineage="L", account="111111111111", region="eu-west-1", environment="prod")
    with pytest.raises(StateError) as caught:
        check_state(state, Target("222222222222", "eu-west-1", "prod"), source="the state s3://b/k")
    assert caught.value.summary == (
        "the state s3://b/k was recorded for environment prod, account 111111111111, region "
        "eu-west-1, not environment prod, account 222222222222, region eu-west-1"
    )
    assert caught.value.detail.splitlines()[0] == (
        "the state is for account 111111111111; this run's credentials are for account 222222222222"
    )


def test_a_plan_saved_before_accounts_were_recorded_is_checked_on_its_region() -> None:
    plan = Plan(changes=[], steps=[], region="us-east-1")
    check_plan(plan, Target("111111111111", "us-east-1"), source="p")
    with pytest.raises(PlanError) as caught:
        check_plan(plan, Target("111111111111", "eu-west-1"), source="p")
    assert "the plan is for region us-east-1; this run is in region eu-west-1" in (
        caught.value.detail
    )
