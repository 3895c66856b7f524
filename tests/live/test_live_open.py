"""open_cloud: sessions, regions, profiles, endpoints and client configuration."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest
from botocore.config import Config

from state.cloud.client import LiveCloud, open_cloud
from state.cloud.errors import CredentialsError, EndpointError, RequestRejectedError
from state.errors import CloudError
from state.schema import IMAGE
from tests.live.live_fakes import IMAGE_ARN, session

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def keys(clean_aws_env: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "secret")
    return clean_aws_env


def test_importing_the_module_does_not_import_boto3() -> None:
    probe = "import sys, state.cloud.client; print(sorted(m for m in sys.modules if 'boto' in m))"
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout

    assert out.strip() == "[]"


def test_clients_retry_adaptively_and_name_imgver_in_the_user_agent(keys: Path) -> None:
    cloud = open_cloud(region="eu-west-1", profile=None, endpoint_url=None, local_data=None)

    for client in (cloud._cloudcontrol, cloud._sagemaker):
        # botocore counts the first call in: 8 retries are 9 attempts in all.
        assert client.meta.config.retries == {"mode": "adaptive", "total_max_attempts": 9}
        assert client.meta.config.user_agent_extra.startswith("imgver/")
        assert client.meta.region_name == "eu-west-1"
    assert cloud.region == "eu-west-1"


def test_the_aws_sdks_max_attempts_setting_bounds_the_attempts_per_call(
    keys: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys.write_text("[profile ci]\nmax_attempts = 4\n")
    from_profile = open_cloud(region="eu-west-1", profile="ci", endpoint_url=None, local_data=None)
    monkeypatch.setenv("AWS_MAX_ATTEMPTS", "2")
    from_env = open_cloud(region="eu-west-1", profile="ci", endpoint_url=None, local_data=None)

    # AWS_MAX_ATTEMPTS and the profile's max_attempts count every attempt, the first one too
    # (AWS SDKs and Tools reference guide, "Retry behavior"); the environment wins.
    for cloud, attempts in ((from_profile, 4), (from_env, 2)):
        for client in (cloud._cloudcontrol, cloud._sagemaker):
            assert client.meta.config.retries == {
                "mode": "adaptive",
                "total_max_attempts": attempts,
            }


@pytest.mark.parametrize("value", ["0", "three"])
def test_a_max_attempts_setting_that_is_not_a_positive_whole_number_is_refused(
    keys: Path, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("AWS_MAX_ATTEMPTS", value)

    with pytest.raises(CloudError) as caught:
        open_cloud(region="eu-west-1", profile=None, endpoint_url=None, local_data=None)

    assert caught.value.summary == (
        "The AWS max_attempts setting must be a whole number of at least 1"
    )
    assert caught.value.detail == (
        "Check AWS_MAX_ATTEMPTS and the profile's max_attempts in ~/.aws/config; unset, "
        "imgver's clients make up to 9 attempts per call."
    )


def test_the_local_cloud_ignores_the_aws_max_attempts_setting(
    keys: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("AWS_MAX_ATTEMPTS", "three")

    cloud = open_cloud(
        region=None, profile=None, endpoint_url=None, local_data=tmp_path / "cloud.json"
    )

    assert cloud._cloudcontrol.meta.config.retries == {"mode": "adaptive", "total_max_attempts": 9}


def test_connection_pools_are_sized_to_the_parallelism(keys: Path) -> None:
    wide = open_cloud(
        region="eu-west-1", profile=None, endpoint_url=None, local_data=None, parallelism=32
    )
    narrow = open_cloud(
        region="eu-west-1", profile=None, endpoint_url=None, local_data=None, parallelism=2
    )

    # botocore's default of 10 would make 22 of 32 workers open a fresh connection per call.
    assert [c.meta.config.max_pool_connections for c in (wide._cloudcontrol, wide._sagemaker)] == [
        32,
        32,
    ]
    # Fewer workers keep botocore's default pool: it costs nothing to hold idle slots.
    assert narrow._cloudcontrol.meta.config.max_pool_connections == 10


def test_endpoint_url_applies_to_both_clients(keys: Path) -> None:
    cloud = open_cloud(
        region="us-east-1", profile=None, endpoint_url="http://127.0.0.1:4566", local_data=None
    )

    assert cloud._cloudcontrol.meta.endpoint_url == "http://127.0.0.1:4566"
    assert cloud._sagemaker.meta.endpoint_url == "http://127.0.0.1:4566"


def test_standard_endpoint_variables_apply_when_no_endpoint_url_is_given(
    keys: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AWS_ENDPOINT_URL_CLOUDCONTROL", "http://localhost:7001")
    monkeypatch.setenv("AWS_ENDPOINT_URL", "http://localhost:7002")

    cloud = open_cloud(region="us-east-1", profile=None, endpoint_url=None, local_data=None)

    assert cloud._cloudcontrol.meta.endpoint_url == "http://localhost:7001"
    assert cloud._sagemaker.meta.endpoint_url == "http://localhost:7002"


def test_region_comes_from_aws_region_when_not_given(
    keys: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AWS_REGION", "ap-southeast-2")

    cloud = open_cloud(region=None, profile=None, endpoint_url=None, local_data=None)

    assert cloud.region == "ap-southeast-2"


def test_region_argument_wins_over_aws_region(keys: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_REGION", "ap-southeast-2")

    cloud = open_cloud(region="us-west-2", profile=None, endpoint_url=None, local_data=None)

    assert cloud.region == "us-west-2"


def test_aws_region_wins_over_aws_default_region(
    keys: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AWS_REGION", "ap-southeast-2")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "sa-east-1")

    cloud = open_cloud(region=None, profile=None, endpoint_url=None, local_data=None)

    assert cloud.region == "ap-southeast-2"


def test_region_comes_from_the_profile(keys: Path) -> None:
    keys.write_text("[profile ml-platform]\nregion = eu-central-1\n")

    cloud = open_cloud(region=None, profile="ml-platform", endpoint_url=None, local_data=None)

    assert cloud.region == "eu-central-1"


def test_a_missing_region_says_where_to_set_one(keys: Path) -> None:
    with pytest.raises(CloudError) as caught:
        open_cloud(region=None, profile=None, endpoint_url=None, local_data=None)

    assert type(caught.value) is CloudError
    assert caught.value.summary == "No AWS region is set"
    assert caught.value.detail == (
        "Set settings.region in the spec, pass --region, export AWS_REGION, or give the "
        "profile a region (`aws configure set region REGION --profile NAME`)."
    )


def test_an_unknown_profile_is_a_credentials_error(keys: Path) -> None:
    with pytest.raises(CredentialsError) as caught:
        open_cloud(region="us-east-1", profile="nope", endpoint_url=None, local_data=None)

    assert caught.value.summary == "The AWS profile 'nope' does not exist"
    assert caught.value.detail == (
        "Check --profile, settings.profile and AWS_PROFILE against ~/.aws/config "
        "(`aws configure list-profiles`)."
    )
    assert caught.value.error_code == "ProfileNotFound"


def test_no_credentials_anywhere_says_how_to_provide_them(clean_aws_env: Path) -> None:
    cloud = open_cloud(region="us-east-1", profile=None, endpoint_url=None, local_data=None)

    with pytest.raises(CredentialsError) as caught:
        cloud.read(IMAGE, IMAGE_ARN)

    error = caught.value
    assert error.summary == "AWS credentials are missing or expired"
    assert error.detail.startswith("Unable to locate credentials\nRefresh or provide credentials")
    assert (error.operation, error.error_code) == ("GetResource", "NoCredentialsError")


def test_parameters_botocore_refuses_are_a_rejected_request(keys: Path) -> None:
    cloud = open_cloud(region="us-east-1", profile=None, endpoint_url=None, local_data=None)

    with pytest.raises(RequestRejectedError) as caught:
        cloud.read(IMAGE, "")

    assert caught.value.summary == (
        "GetResource on AWS::SageMaker::Image was not sent: invalid parameters"
    )
    assert caught.value.error_code == "ParamValidationError"


def test_an_unreachable_endpoint_names_it_and_suggests_local_or_endpoint_url(
    keys: Path,
) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    # One attempt: botocore would otherwise retry the refused connection with backoff.
    config = Config(retries={"mode": "standard", "max_attempts": 1})
    cloud = LiveCloud(
        session().client("cloudcontrol", endpoint_url=url, config=config),
        session().client("sagemaker", endpoint_url=url, config=config),
        region="us-east-1",
    )

    with pytest.raises(EndpointError) as caught:
        cloud.list(IMAGE)

    error = caught.value
    assert error.summary == f"Cannot reach {url}/ (Cloud Control ListResources)"
    assert error.detail.endswith(
        "Check the network, proxy settings and the region. To work without AWS use --local "
        "(the embedded emulator); to use a running `imgver local-cloud serve`, pass its "
        "address with --endpoint-url."
    )
    assert error.error_code == "EndpointConnectionError"


def test_an_unreachable_sagemaker_endpoint_names_the_service_and_the_variable(
    keys: Path,
) -> None:
    """AWS_ENDPOINT_URL_CLOUDCONTROL alone leaves ListAliases on SageMaker's own endpoint."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    config = Config(retries={"mode": "standard", "max_attempts": 1})
    cloud = LiveCloud(
        session().client("cloudcontrol", endpoint_url=url, config=config),
        session().client("sagemaker", endpoint_url=url, config=config),
        region="us-east-1",
    )

    with pytest.raises(EndpointError) as caught:
        cloud._aliases("ds", 1, "arn:aws:sagemaker:us-east-1:123456789012:image-version/ds/1")

    assert caught.value.summary == f"Cannot reach {url}/ (SageMaker ListAliases)"
    assert caught.value.detail.endswith(
        "AWS_ENDPOINT_URL_CLOUDCONTROL alone leaves SageMaker on AWS: set "
        "AWS_ENDPOINT_URL_SAGEMAKER too, or AWS_ENDPOINT_URL, or pass --endpoint-url."
    )
