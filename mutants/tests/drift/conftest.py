"""A small drift report with every status, an ignored difference and hostile text."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.drift.compare import (
    Difference,
    DifferenceType,
    DriftReport,
    DriftSource,
    DriftStatus,
    ResourceDrift,
)
from planner.spec.desired import DriftIgnore
from state.schema import IMAGE, IMAGE_VERSION

VERSION_ARN = "arn:aws:sagemaker:us-east-1:123456789012:image-version/data-science/{}"


def build_sample_report() -> DriftReport:
    return DriftReport(
        resources=(
            ResourceDrift(
                address="images.data-science",
                type_name=IMAGE,
                identifier="arn:aws:sagemaker:us-east-1:123456789012:image/data-science",
                status=DriftStatus.IN_SYNC,
            ),
            ResourceDrift(
                address="image_versions.ds-2024-10",
                type_name=IMAGE_VERSION,
                identifier=VERSION_ARN.format(1),
                status=DriftStatus.MODIFIED,
                differences=(
                    Difference(
                        "/Aliases/1", "stable", None, DifferenceType.REMOVE, DriftSource.OUT_OF_BAND
                    ),
                    Difference(
                        "/ReleaseNotes",
                        "October refresh",
                        "<script>alert('x')</script> | `hotfix`",
                        DifferenceType.NOT_EQUAL,
                        DriftSource.OUT_OF_BAND,
                        ignore_reason="ticket ML-12 (until 2024-12-01)",
                    ),
                ),
            ),
            ResourceDrift(
                address="image_versions.ds-2024-11",
                type_name=IMAGE_VERSION,
                identifier=VERSION_ARN.format(2),
                status=DriftStatus.MODIFIED,
                differences=(
                    Difference(
                        "/Aliases/0", None, "stable", DifferenceType.ADD, DriftSource.OUT_OF_BAND
                    ),
                    Difference(
                        "/Processor",
                        "GPU",
                        "CPU",
                        DifferenceType.NOT_EQUAL,
                        DriftSource.NOT_APPLIED,
                    ),
                ),
            ),
            ResourceDrift(
                address="image_versions.ds-2024-09",
                type_name=IMAGE_VERSION,
                identifier=VERSION_ARN.format(3),
                status=DriftStatus.DELETED,
                note="recorded in state but gone from the cloud",
            ),
            ResourceDrift(
                address="image_versions.ds-2024-12",
                type_name=IMAGE_VERSION,
                identifier=None,
                status=DriftStatus.NOT_APPLIED,
                note="in the spec but never created; the next apply creates it",
            ),
            ResourceDrift(
                address=None,
                type_name=IMAGE_VERSION,
                identifier=VERSION_ARN.format(4),
                status=DriftStatus.UNMANAGED,
                ignore_reason="built by the platform team",
                note="a version of image data-science that neither the spec nor state knows; "
                f"`imgver import ADDRESS {VERSION_ARN.format(4)}` manages it",
            ),
        ),
        spec_hash="9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        state_serial=7,
        state_lineage="5b1c3f9e-0000-4000-8000-000000000001",
        region="us-east-1",
        generated_at="2024-11-05T10:00:00+00:00",
        expired_ignores=(
            DriftIgnore("image_versions.ds-2024-09", "JobType", "old ticket", dt.date(2024, 11, 1)),
        ),
    )


@pytest.fixture
def sample_report() -> DriftReport:
    return build_sample_report()
