"""Resource behaviour: models, ARNs, version numbering, aliases, cascades, listing."""

from __future__ import annotations

import hashlib
import json
from typing import Any

import pytest

from state.localcloud import Semantics
from tests.localcloud.conftest import by_name

ACCOUNT = "123456789012"
IMAGE = "AWS::SageMaker::Image"
VERSION = "AWS::SageMaker::ImageVersion"
IMAGE_ARN = f"arn:aws:sagemaker:us-east-1:{ACCOUNT}:image/data-science"


def version_arn(number: int, image: str = "data-science", region: str = "us-east-1") -> str:
    return f"arn:aws:sagemaker:{region}:{ACCOUNT}:image-version/{image}/{number}"


def test_create_image_is_asynchronous_then_succeeds_with_its_model(aws: Any) -> None:
    desired = {"ImageName": "data-science", "ImageRoleArn": aws.ROLE}
    started = aws.start_create(IMAGE, desired)
    assert started["OperationStatus"] == "IN_PROGRESS"
    assert started["Operation"] == "CREATE"
    assert started["TypeName"] == IMAGE
    # The image is made as the request starts, so its events name it at once.
    assert started["Identifier"] == IMAGE_ARN and "ResourceModel" not in started

    finished = aws.wait(started)

    assert finished["OperationStatus"] == "SUCCESS"
    assert finished["RequestToken"] == started["RequestToken"]
    assert finished["Identifier"] == IMAGE_ARN
    assert json.loads(finished["ResourceModel"]) == {**desired, "ImageArn": IMAGE_ARN}
    assert "ErrorCode" not in finished and "RetryAfter" not in finished


def test_image_arn_lower_cases_the_name_and_the_model_keeps_it(aws: Any) -> None:
    arn = aws.create_image("DataScience", ImageDescription="Team images")

    assert arn == f"arn:aws:sagemaker:us-east-1:{ACCOUNT}:image/datascience"
    assert aws.read(IMAGE, arn) == {
        "ImageName": "DataScience",
        "ImageArn": arn,
        "ImageRoleArn": aws.ROLE,
        "ImageDescription": "Team images",
    }


def test_image_is_found_by_arn_or_by_json_name_never_by_a_bare_name(aws: Any) -> None:
    # Cloud Control API reference, Identifier: "secondary identifiers must be specified as
    # JSON"; a bare string is the primary identifier (ImageArn).
    arn = aws.create_image()

    found = aws.cc.get_resource(TypeName=IMAGE, Identifier='{"ImageName": "data-science"}')
    bare, message = aws.error(lambda: aws.read(IMAGE, "data-science"))

    assert found["ResourceDescription"]["Identifier"] == arn
    assert aws.read(IMAGE, json.dumps({"ImageArn": arn})) == aws.read(IMAGE, arn)
    assert aws.read(IMAGE, by_name("DATA-science")) == aws.read(IMAGE, arn)
    assert bare == "ResourceNotFoundException"
    assert "'data-science'" in message


def test_version_read_model_spells_image_name_as_its_arn_does(aws: Any) -> None:
    # botocore ImageVersionArn pattern is lower case; the public ImageVersion read handler
    # takes ImageName from the ARN.
    aws.create_image("DataScience")

    arn = aws.create_version("DataScience")

    assert arn.endswith(":image-version/datascience/1")
    assert aws.read(VERSION, arn)["ImageName"] == "datascience"
    assert aws.aliases("DataScience", Version=1) == []


def test_an_image_without_tags_reads_back_without_tags(aws: Any) -> None:
    # Public aws-sagemaker-image ReadHandler sets Tags only when ListTags returns some.
    arn = aws.create_image(Tags=[])

    assert "Tags" not in aws.read(IMAGE, arn)


def test_version_model_has_arns_container_image_version_and_set_properties(aws: Any) -> None:
    aws.create_image()
    base = aws.base_image()

    arn = aws.create_version(
        Aliases=["stable"], JobType="NOTEBOOK_KERNEL", Processor="CPU", Horovod=False
    )

    digest = hashlib.sha256(base.encode()).hexdigest()
    assert arn == version_arn(1)
    assert aws.read(VERSION, arn) == {
        "ImageName": "data-science",
        "ImageArn": IMAGE_ARN,
        "ImageVersionArn": version_arn(1),
        "BaseImage": base,
        "ContainerImage": f"{ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/ds@sha256:{digest}",
        "Version": 1,
        "JobType": "NOTEBOOK_KERNEL",
        "Processor": "CPU",
        "Horovod": False,
    }


def test_get_resource_omits_write_only_aliases_but_list_aliases_has_them(aws: Any) -> None:
    aws.create_image()
    arn = aws.create_version(Aliases=["stable", "2024.10"], Alias="latest")

    assert "Aliases" not in aws.read(VERSION, arn)
    assert "Alias" not in aws.read(VERSION, arn)
    assert aws.aliases(Version=1) == ["stable", "2024.10", "latest"]
    assert aws.aliases(Version=1, Alias="stable") == ["stable"]
    assert aws.aliases(Version=1, Alias="other") == []


def test_success_event_model_omits_write_only_properties(aws: Any) -> None:
    aws.create_image()
    desired = {"ImageName": "data-science", "BaseImage": aws.base_image(), "Aliases": ["a"]}

    event = aws.create(VERSION, desired)

    assert "Aliases" not in json.loads(event["ResourceModel"])


def test_versions_number_up_per_image_and_are_never_reused(aws: Any) -> None:
    aws.create_image("one")
    aws.create_image("two")
    first = [aws.create_version("one") for _ in range(3)]
    assert first == [version_arn(n, "one") for n in (1, 2, 3)]
    assert aws.create_version("two") == version_arn(1, "two")

    assert aws.delete(VERSION, version_arn(3, "one"))["OperationStatus"] == "SUCCESS"
    assert aws.delete(VERSION, version_arn(2, "one"))["OperationStatus"] == "SUCCESS"

    assert aws.create_version("one") == version_arn(4, "one")
    assert aws.read(VERSION, version_arn(4, "one"))["Version"] == 4


def test_region_comes_from_the_client_and_regions_are_apart(aws: Any, make_aws: Any) -> None:
    frankfurt = make_aws(region="eu-central-1")

    arn = frankfurt.create_image()
    frankfurt.create_version()

    assert arn == f"arn:aws:sagemaker:eu-central-1:{ACCOUNT}:image/data-science"
    assert frankfurt.read(VERSION, version_arn(1, region="eu-central-1"))["ImageArn"] == arn
    code, _ = aws.error(lambda: aws.read(IMAGE, by_name("data-science")))
    assert code == "ResourceNotFoundException"


def test_deleting_an_image_deletes_its_versions(aws: Any) -> None:
    aws.create_image()
    aws.create_image("other")
    aws.create_version(Aliases=["stable"])
    aws.create_version()
    kept = aws.create_version("other")

    assert aws.delete(IMAGE, IMAGE_ARN)["OperationStatus"] == "SUCCESS"

    for number in (1, 2):
        code, _ = aws.error(lambda n=number: aws.read(VERSION, version_arn(n)))
        assert code == "ResourceNotFoundException"
    assert aws.read(VERSION, kept)["Version"] == 1
    code, _ = aws.error(lambda: aws.aliases())
    assert code == "ResourceNotFound"


def test_an_image_created_again_numbers_its_versions_afresh(aws: Any) -> None:
    aws.create_image()
    aws.create_version()
    aws.create_version()
    aws.delete(IMAGE, by_name("data-science"))

    aws.create_image()

    assert aws.create_version() == version_arn(1)


def test_delete_event_names_the_resource_and_carries_no_model(aws: Any) -> None:
    aws.create_image()

    event = aws.delete(IMAGE, by_name("data-science"))

    assert event["Operation"] == "DELETE"
    assert event["Identifier"] == IMAGE_ARN
    assert "ResourceModel" not in event


def test_list_image_versions_needs_the_image_name(aws: Any) -> None:
    aws.create_image()

    code, message = aws.error(lambda: aws.cc.list_resources(TypeName=VERSION))
    assert code == "InvalidRequestException"
    assert "Required property: [ImageName]" in message
    code, _ = aws.error(
        lambda: aws.cc.list_resources(TypeName=VERSION, ResourceModel='{"BaseImage": "x"}')
    )
    assert code == "InvalidRequestException"


def test_list_versions_of_a_missing_image_is_not_found(aws: Any) -> None:
    code, _ = aws.error(
        lambda: aws.cc.list_resources(TypeName=VERSION, ResourceModel='{"ImageName": "gone"}')
    )
    assert code == "ResourceNotFoundException"


def test_list_resources_pages_through_versions_in_order(aws: Any) -> None:
    aws.create_image()
    aws.create_image("other")
    arns = [aws.create_version() for _ in range(5)]
    aws.create_version("other")
    aws.delete(VERSION, arns[1])
    model = json.dumps({"ImageName": "data-science"})

    first = aws.cc.list_resources(TypeName=VERSION, ResourceModel=model, MaxResults=2)
    second = aws.cc.list_resources(
        TypeName=VERSION, ResourceModel=model, MaxResults=2, NextToken=first["NextToken"]
    )

    assert first["TypeName"] == VERSION
    assert [d["Identifier"] for d in first["ResourceDescriptions"]] == [arns[0], arns[2]]
    assert [d["Identifier"] for d in second["ResourceDescriptions"]] == [arns[3], arns[4]]
    assert "NextToken" not in second
    description = first["ResourceDescriptions"][0]
    assert json.loads(description["Properties"]) == aws.read(VERSION, arns[0])


def test_list_resources_paginator_sees_every_image(aws: Any) -> None:
    names = [f"image-{n:02d}" for n in range(7)]
    for name in names:
        aws.create_image(name)

    pages = aws.cc.get_paginator("list_resources").paginate(
        TypeName=IMAGE, PaginationConfig={"PageSize": 3}
    )
    found = [d["Identifier"] for page in pages for d in page["ResourceDescriptions"]]

    assert found == [f"arn:aws:sagemaker:us-east-1:{ACCOUNT}:image/{n}" for n in names]


def test_next_token_skips_nothing_when_entries_vanish_between_pages(aws: Any) -> None:
    for name in ("a1", "b2", "c3", "d4"):
        aws.create_image(name)
    first = aws.cc.list_resources(TypeName=IMAGE, MaxResults=2)
    aws.delete(IMAGE, by_name("b2"))

    second = aws.cc.list_resources(TypeName=IMAGE, NextToken=first["NextToken"])

    assert [d["Identifier"].rsplit("/", 1)[1] for d in second["ResourceDescriptions"]] == [
        "c3",
        "d4",
    ]


def test_bad_next_token_and_page_size_are_refused(aws: Any) -> None:
    code, _ = aws.error(lambda: aws.cc.list_resources(TypeName=IMAGE, NextToken="bm9wZQ=="))
    assert code == "ValidationException"
    code, message = aws.error(lambda: aws.cc.list_resources(TypeName=IMAGE, MaxResults=101))
    assert code == "ValidationException"
    assert "between 1 and 100" in message


def test_list_aliases_of_all_versions_paginates(aws: Any) -> None:
    aws.create_image()
    aws.create_version(Aliases=[f"v1-{n}" for n in range(8)])
    aws.create_version(Aliases=[f"v2-{n}" for n in range(8)])

    first = aws.sm.list_aliases(ImageName="data-science")
    rest = aws.sm.list_aliases(ImageName="data-science", NextToken=first["NextToken"])
    every = [
        alias
        for page in aws.sm.get_paginator("list_aliases").paginate(ImageName="data-science")
        for alias in page["SageMakerImageVersionAliases"]
    ]

    assert len(first["SageMakerImageVersionAliases"]) == 10
    assert first["SageMakerImageVersionAliases"] + rest["SageMakerImageVersionAliases"] == every
    assert every == [f"v1-{n}" for n in range(8)] + [f"v2-{n}" for n in range(8)]


def test_list_aliases_of_a_missing_version_or_image_is_resource_not_found(aws: Any) -> None:
    aws.create_image()
    aws.create_version()

    assert aws.error(lambda: aws.aliases(Version=2)) == (
        "ResourceNotFound",
        "Image data-science version 2 does not exist.",
    )
    assert aws.error(lambda: aws.aliases("nope")) == (
        "ResourceNotFound",
        "Image nope does not exist.",
    )


@pytest.mark.parametrize("operation", ["describe_image", "list_images"])
def test_other_sagemaker_operations_are_unknown(aws: Any, operation: str) -> None:
    params = {"ImageName": "x"} if operation == "describe_image" else {}
    code, _ = aws.error(lambda: getattr(aws.sm, operation)(**params))
    assert code == "UnknownOperationException"


def test_aws_archives_a_version_set_to_be_archived(make_aws: Any, clock: Any) -> None:
    # SageMaker VendorGuidance: "automatically archived after three months".
    aws = make_aws(clock=clock, semantics=Semantics(archive_seconds=60))
    aws.create_image()
    arn = aws.create_version(VendorGuidance="TO_BE_ARCHIVED")
    kept = aws.create_version(VendorGuidance="STABLE")

    clock.advance(59)
    assert aws.read(VERSION, arn)["VendorGuidance"] == "TO_BE_ARCHIVED"
    clock.advance(2)
    assert aws.read(VERSION, arn)["VendorGuidance"] == "ARCHIVED"
    assert aws.read(VERSION, kept)["VendorGuidance"] == "STABLE"


def test_archiving_takes_three_months_by_default() -> None:
    assert Semantics().archive_seconds == 90 * 24 * 3600
    assert Semantics.from_env({"IMGVER_LOCAL_ARCHIVE_SECONDS": "5"}).archive_seconds == 5
    assert Semantics.from_env({"IMGVER_LOCAL_ALIAS_UPDATE": "strip"}).alias_update == "strip"
