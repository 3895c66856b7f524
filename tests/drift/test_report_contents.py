"""What a drift report tells the reader who acts on it: the account and the spec file in
every format's header, ARNs linked to the SageMaker console (HTML, Markdown), an unmanaged
version's live properties, an HTML page that fits 700 px, and the JSON keys of version 1
all still there."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import boto3
import jsonschema
import pytest
from botocore.stub import Stubber

from planner.drift.compare import DriftReport, DriftStatus
from planner.drift.job import detect_drift
from planner.render.console import console_url
from planner.render.drift import REPORT_SCHEMA, render_drift, report_document
from planner.spec.desired import DesiredResource, Settings, Spec
from state.cloud.client import LiveCloud
from state.cloud.polling import PollPolicy
from state.recorded.model import State
from state.schema import IMAGE_VERSION

from .conftest import VERSION_ARN, build_sample_report

ACCOUNT = "123456789012"
SPEC_FILE = "platform/imgver.yaml"
IMAGE_PAGE = (
    "https://us-east-1.console.aws.amazon.com/sagemaker/home?region=us-east-1#/images/data-science"
)
LIVE = (
    ("Version", 4),
    ("BaseImage", f"{ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/ds:nightly"),
    ("VendorGuidance", "NOT_PROVIDED"),
)


@pytest.fixture
def report() -> DriftReport:
    sample = build_sample_report()
    resources = tuple(
        dataclasses.replace(resource, live_properties=LIVE)
        if resource.status is DriftStatus.UNMANAGED
        else resource
        for resource in sample.resources
    )
    return dataclasses.replace(sample, resources=resources, account=ACCOUNT, spec_file=SPEC_FILE)


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_the_header_names_the_account_and_the_spec_file(report: DriftReport, fmt: str) -> None:
    output = render_drift(report, fmt)
    header = output[: output.index("images.data-science")]  # before the first resource
    # "account ..." in text and HTML, "Account ..." as the Markdown sentence.
    assert f"ccount {ACCOUNT}, region us-east-1, spec file {SPEC_FILE}, state serial 7" in header


def test_json_and_junit_carry_the_account_and_the_spec_file(report: DriftReport) -> None:
    document = json.loads(render_drift(report, "json"))
    assert (document["account"], document["spec_file"]) == (ACCOUNT, SPEC_FILE)
    root = ET.fromstring(render_drift(report, "junit"))
    properties = {item.get("name"): item.get("value") for item in root.iter("property")}
    assert (properties["account"], properties["spec_file"]) == (ACCOUNT, SPEC_FILE)


def test_every_json_key_of_version_1_is_kept(report: DriftReport) -> None:
    document = report_document(report)
    jsonschema.validate(document, REPORT_SCHEMA)
    assert list(document) == [
        "format",
        "version",
        "generated_at",
        "region",
        "account",
        "spec_file",
        "spec_hash",
        "state_serial",
        "state_lineage",
        "exit_code",
        "summary",
        "expired_ignores",
        "resources",
    ]
    assert list(document["resources"][0]) == [
        "address",
        "type",
        "identifier",
        "status",
        "drifted",
        "ignored",
        "ignore_reason",
        "note",
        "live_properties",
        "console_url",
        "differences",
    ]
    assert all(key in document for key in REPORT_SCHEMA["required"])


def test_console_urls_of_images_and_versions() -> None:
    assert console_url(f"arn:aws:sagemaker:us-east-1:{ACCOUNT}:image/data-science") == IMAGE_PAGE
    # No console page per version is documented: a version links to its image's page.
    assert console_url(VERSION_ARN.format(12)) == IMAGE_PAGE
    assert console_url(f"arn:aws:sagemaker:eu-west-1:{ACCOUNT}:image-version/ds.gpu/3") == (
        "https://eu-west-1.console.aws.amazon.com/sagemaker/home?region=eu-west-1#/images/ds.gpu"
    )
    # Another partition's console is another host: no guessed link.
    assert console_url(f"arn:aws-cn:sagemaker:cn-north-1:{ACCOUNT}:image/data-science") is None
    assert console_url("data-science") is None


def test_html_and_markdown_link_every_arn_to_the_console(report: DriftReport) -> None:
    page = render_drift(report, "html")
    arns = [r.identifier for r in report.resources if r.identifier]
    for arn in arns:
        assert (
            f'<a href="{IMAGE_PAGE}" title="Open in the SageMaker console"><code>{arn}</code></a>'
            in page
        )
    markdown = render_drift(report, "markdown")
    sections = [
        r.identifier
        for r in report.resources
        if r.identifier and r.status is not DriftStatus.IN_SYNC
    ]
    assert len(sections) == 4
    for arn in sections:
        assert f"- Identifier: [`{arn}`]({IMAGE_PAGE})" in markdown
    json_urls = [r["console_url"] for r in report_document(report)["resources"]]
    assert json_urls == [IMAGE_PAGE, IMAGE_PAGE, IMAGE_PAGE, IMAGE_PAGE, None, IMAGE_PAGE]


def test_an_unmanaged_version_shows_its_live_properties(report: DriftReport) -> None:
    base = LIVE[1][1]
    text = render_drift(report, "text")
    assert f'      BaseImage: "{base}"\n      VendorGuidance: "NOT_PROVIDED"' in text
    assert f'- BaseImage: `"{base}"`' in render_drift(report, "markdown")
    assert f"<dt>BaseImage</dt><dd><code>&quot;{base}&quot;</code></dd>" in render_drift(
        report, "html"
    )
    assert f'BaseImage: "{base}"' in render_drift(report, "junit")
    (unmanaged,) = [r for r in report_document(report)["resources"] if r["status"] == "UNMANAGED"]
    assert unmanaged["live_properties"] == dict(LIVE)


def test_the_html_page_fits_700_px(report: DriftReport) -> None:
    page = render_drift(report, "html")
    css = page[page.index("<style>") : page.index("</style>")]
    # Every table sits in a box that scrolls sideways instead of running off the page.
    assert ".scroll { overflow-x: auto; max-width: 100%; }" in css
    tables = page.count("<table")
    assert (
        page.count('<div class="scroll"><table') + page.count('<div class="scroll">\n<table')
        == tables
    )
    # On narrow screens nothing is kept on one line and the page margins shrink
    # (tests/cli/test_drift_html_in_chromium.py opens the page at 700 px).
    narrow = re.search(r"@media \(max-width: (\d+)px\) \{(.*?)\n\}", css, flags=re.S)
    assert narrow is not None and int(narrow.group(1)) >= 700
    assert ".nowrap, .nowrap code { white-space: normal; }" in narrow.group(2)
    assert "body { padding: 12px; }" in narrow.group(2)
    # Long values (ARNs, image URIs) may break anywhere, so no cell is wider than its text.
    assert "td code { overflow-wrap: anywhere; }" in css


FAST = PollPolicy(first_delay=0.01, max_delay=0.05, read_delay=0.01, throttle_backoff=0.01)


@pytest.fixture
def stubbed() -> Iterator[tuple[LiveCloud, Stubber, Stubber]]:
    session = boto3.session.Session(
        aws_access_key_id="test", aws_secret_access_key="test", region_name="us-east-1"
    )
    cloudcontrol = session.client("cloudcontrol")
    sagemaker = session.client("sagemaker")
    with Stubber(cloudcontrol) as control, Stubber(sagemaker) as images:
        yield LiveCloud(cloudcontrol, sagemaker, region="us-east-1", poll=FAST), control, images
        control.assert_no_pending_responses()
        images.assert_no_pending_responses()


def test_an_unmanaged_version_listed_by_arn_alone_is_read_in_full(
    stubbed: tuple[LiveCloud, Stubber, Stubber],
) -> None:
    """The public ListHandler of AWS::SageMaker::ImageVersion returns only the ARN (user
    guide resource-operations-list: "some or all" properties), so drift reads the version."""
    cloud, control, images = stubbed
    arn = VERSION_ARN.format(4)
    control.add_response(
        "list_resources",
        {
            "TypeName": IMAGE_VERSION,
            "ResourceDescriptions": [
                {"Identifier": arn, "Properties": json.dumps({"ImageVersionArn": arn})}
            ],
        },
        {"TypeName": IMAGE_VERSION, "ResourceModel": '{"ImageName": "data-science"}'},
    )
    model = {"ImageName": "data-science", "ImageVersionArn": arn, "Version": 4}
    model.update({name: value for name, value in LIVE if name != "Version"})
    control.add_response(
        "get_resource",
        {
            "TypeName": IMAGE_VERSION,
            "ResourceDescription": {"Identifier": arn, "Properties": json.dumps(model)},
        },
        {"TypeName": IMAGE_VERSION, "Identifier": arn},
    )
    images.add_response(
        "list_aliases",
        {"SageMakerImageVersionAliases": ["nightly"]},
        {"ImageName": "data-science", "Version": 4},
    )
    spec = Spec(
        file=SPEC_FILE,
        settings=Settings(region="us-east-1"),
        variables={},
        resources={
            "image_versions.oct": DesiredResource(
                "image_versions.oct", IMAGE_VERSION, {"ImageName": "data-science", "BaseImage": "x"}
            )
        },
    )
    report = detect_drift(
        spec=spec,
        state=State(),
        cloud=cloud,
        parallelism=2,
        today=dt.date(2024, 11, 5),
        now="2024-11-05T10:00:00+00:00",
        account=ACCOUNT,
    )
    (unmanaged,) = [r for r in report.resources if r.status is DriftStatus.UNMANAGED]
    assert unmanaged.live_properties == (*LIVE, ("Aliases", ["nightly"]))
    assert (report.account, report.spec_file) == (ACCOUNT, SPEC_FILE)
