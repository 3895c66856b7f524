"""UpdateResource: JSON Patch semantics, the schema's property classes, and aliases."""

from __future__ import annotations

import json
from typing import Any

import pytest

from state.aws_rules import NOT_CLEARABLE
from state.localcloud import Semantics
from tests.localcloud.conftest import by_name

ACCOUNT = "123456789012"
IMAGE = "AWS::SageMaker::Image"
VERSION = "AWS::SageMaker::ImageVersion"
IMAGE_ARN = f"arn:aws:sagemaker:us-east-1:{ACCOUNT}:image/data-science"


def version_arn(number: int) -> str:
    return f"arn:aws:sagemaker:us-east-1:{ACCOUNT}:image-version/data-science/{number}"


@pytest.fixture
def version(aws: Any) -> str:
    aws.create_image()
    return str(aws.create_version(Aliases=["stable", "2024.10"], ReleaseNotes="October"))


def test_update_applies_the_patch_and_reports_the_new_model(aws: Any, version: str) -> None:
    before = aws.read(VERSION, version)
    patch = [
        {"op": "replace", "path": "/ReleaseNotes", "value": "October refresh"},
        {"op": "add", "path": "/VendorGuidance", "value": "STABLE"},
    ]

    started = aws.start_update(VERSION, version, patch)
    finished = aws.wait(started)

    assert started["OperationStatus"] == "IN_PROGRESS"
    assert started["Identifier"] == version
    assert finished["OperationStatus"] == "SUCCESS"
    expected = {**before, "ReleaseNotes": "October refresh", "VendorGuidance": "STABLE"}
    assert json.loads(finished["ResourceModel"]) == expected
    assert aws.read(VERSION, version) == expected


@pytest.mark.parametrize("name", sorted(NOT_CLEARABLE))
def test_version_metadata_cannot_be_unset(aws: Any, name: str) -> None:
    # UpdateImageVersion has no way to unset a field (SageMaker API reference).
    aws.create_image()
    values = {
        "VendorGuidance": "STABLE",
        "JobType": "TRAINING",
        "MLFramework": "PyTorch 2.1",
        "ProgrammingLang": "Python 3.11",
        "Processor": "CPU",
        "Horovod": False,
        "ReleaseNotes": "first",
    }
    version = aws.create_version(**values)

    event = aws.update(VERSION, version, [{"op": "remove", "path": f"/{name}"}])

    assert (event["OperationStatus"], event["ErrorCode"]) == ("FAILED", "InvalidRequest")
    assert name in event["StatusMessage"]
    assert aws.read(VERSION, version)[name] == values[name]


def test_remove_of_an_optional_image_property(aws: Any) -> None:
    arn = aws.create_image(ImageDisplayName="DS")

    aws.update(IMAGE, arn, [{"op": "remove", "path": "/ImageDisplayName"}])

    assert "ImageDisplayName" not in aws.read(IMAGE, arn)


def test_update_image_by_name(aws: Any) -> None:
    aws.create_image()

    event = aws.update(
        IMAGE, by_name("data-science"), [{"op": "add", "path": "/ImageDisplayName", "value": "DS"}]
    )

    assert event["OperationStatus"] == "SUCCESS"
    assert event["Identifier"] == IMAGE_ARN
    assert aws.read(IMAGE, IMAGE_ARN)["ImageDisplayName"] == "DS"


@pytest.mark.parametrize("path", ["/BaseImage", "/ImageName"])
def test_patching_a_create_only_path_is_not_updatable(aws: Any, version: str, path: str) -> None:
    patch = [{"op": "replace", "path": path, "value": "other"}]

    assert aws.error(lambda: aws.start_update(VERSION, version, patch)) == (
        "NotUpdatableException",
        f"Invalid patch update: createOnlyProperties [/properties{path}] cannot be updated",
    )


@pytest.mark.parametrize("path", ["/Version", "/ImageArn", "/ImageVersionArn", "/ContainerImage"])
def test_patching_a_read_only_path_is_a_validation_error(aws: Any, version: str, path: str) -> None:
    patch = [{"op": "add", "path": path, "value": 7}]

    assert aws.error(lambda: aws.start_update(VERSION, version, patch)) == (
        "ValidationException",
        f"Invalid patch update: readOnlyProperties [/properties{path}] cannot be updated",
    )


def test_replacing_the_whole_document_cannot_sneak_past_create_only(aws: Any, version: str) -> None:
    whole = {**aws.read(VERSION, version), "BaseImage": "elsewhere:1"}

    code, _ = aws.error(
        lambda: aws.start_update(VERSION, version, [{"op": "replace", "path": "", "value": whole}])
    )

    assert code == "NotUpdatableException"


def test_replace_of_a_path_the_model_lacks_is_no_such_path(aws: Any, version: str) -> None:
    patch = [{"op": "replace", "path": "/MLFramework", "value": "PyTorch 2.3"}]

    assert aws.error(lambda: aws.start_update(VERSION, version, patch)) == (
        "ValidationException",
        "[REPLACE Operation] noSuchPath in source, path provided : /MLFramework",
    )


def test_remove_of_a_path_the_model_lacks_is_no_such_path(aws: Any, version: str) -> None:
    code, message = aws.error(
        lambda: aws.start_update(VERSION, version, [{"op": "remove", "path": "/Horovod"}])
    )

    assert code == "ValidationException"
    assert "noSuchPath" in message


def test_replace_of_write_only_aliases_is_no_such_path(aws: Any, version: str) -> None:
    patch = [{"op": "replace", "path": "/Aliases", "value": ["stable"]}]

    code, message = aws.error(lambda: aws.start_update(VERSION, version, patch))

    assert (code, message) == (
        "ValidationException",
        "[REPLACE Operation] noSuchPath in source, path provided : /Aliases",
    )


def test_add_aliases_replaces_the_alias_set(aws: Any, version: str) -> None:
    event = aws.update(VERSION, version, [{"op": "add", "path": "/Aliases", "value": ["latest"]}])

    assert event["OperationStatus"] == "SUCCESS"
    assert "Aliases" not in json.loads(event["ResourceModel"])
    assert aws.aliases(Version=1) == ["latest"]


def test_write_only_aliases_are_not_in_the_model_a_patch_applies_to(aws: Any, version: str) -> None:
    # Cloud Control patches the read model (user guide resource-operations-update), which
    # has no write-only Aliases: only `add /Aliases` reaches them.
    for operation in (
        {"op": "remove", "path": "/Aliases"},
        {"op": "remove", "path": "/Aliases/0"},
        {"op": "add", "path": "/Aliases/-", "value": "new"},
        {"op": "replace", "path": "/Aliases", "value": ["new"]},
    ):
        code, message = aws.error(lambda op=operation: aws.start_update(VERSION, version, [op]))
        assert code == "ValidationException"
        assert "noSuchPath" in message

    aws.update(VERSION, version, [{"op": "add", "path": "/Aliases", "value": ["new"]}])
    assert aws.aliases(Version=1) == ["new"]
    aws.update(VERSION, version, [{"op": "add", "path": "/Aliases", "value": []}])
    assert aws.aliases(Version=1) == []


def test_an_update_without_aliases_keeps_them_by_default(aws: Any, version: str) -> None:
    aws.update(VERSION, version, [{"op": "add", "path": "/ReleaseNotes", "value": "two"}])

    assert aws.aliases(Version=1) == ["stable", "2024.10"]


def test_an_update_without_aliases_strips_them_under_strip(make_aws: Any) -> None:
    strict = make_aws(semantics=Semantics(alias_update="strip"))
    strict.create_image()
    version = strict.create_version(Aliases=["stable"])

    strict.update(VERSION, version, [{"op": "add", "path": "/ReleaseNotes", "value": "two"}])
    assert strict.aliases(Version=1) == []

    strict.update(
        VERSION,
        version,
        [
            {"op": "add", "path": "/ReleaseNotes", "value": "three"},
            {"op": "add", "path": "/Aliases", "value": ["stable"]},
        ],
    )
    assert strict.aliases(Version=1) == ["stable"]


def test_alias_on_another_version_fails_with_resource_conflict(aws: Any, version: str) -> None:
    second = aws.create_version()

    event = aws.update(VERSION, second, [{"op": "add", "path": "/Aliases", "value": ["stable"]}])

    assert event["OperationStatus"] == "FAILED"
    assert event["ErrorCode"] == "ResourceConflict"
    assert "stable" in event["StatusMessage"]
    assert aws.aliases(Version=2) == []
    assert aws.aliases(Version=1) == ["stable", "2024.10"]


def test_moving_an_alias_works_once_the_old_version_lets_go(aws: Any, version: str) -> None:
    second = aws.create_version()

    aws.update(VERSION, version, [{"op": "add", "path": "/Aliases", "value": ["2024.10"]}])
    event = aws.update(VERSION, second, [{"op": "add", "path": "/Aliases", "value": ["stable"]}])

    assert event["OperationStatus"] == "SUCCESS"
    assert aws.aliases() == ["2024.10", "stable"]


def test_create_with_an_alias_already_taken_fails_with_resource_conflict(
    aws: Any, version: str
) -> None:
    desired = {"ImageName": "data-science", "BaseImage": aws.base_image(), "Aliases": ["stable"]}

    event = aws.create(VERSION, desired)

    assert event["OperationStatus"] == "FAILED"
    assert event["ErrorCode"] == "ResourceConflict"
    assert "Identifier" not in event
    # The failed create drew no version number.
    assert aws.create_version() == version_arn(2)


def test_the_same_alias_on_two_images_is_fine(aws: Any, version: str) -> None:
    aws.create_image("other")

    aws.create_version("other", Aliases=["stable"])

    assert aws.aliases("other") == ["stable"]


def test_patched_model_invalid_against_the_schema_is_refused(aws: Any, version: str) -> None:
    patch = [{"op": "add", "path": "/Processor", "value": "TPU"}]

    code, message = aws.error(lambda: aws.start_update(VERSION, version, patch))

    assert code == "ValidationException"
    assert message.startswith("Model validation failed (#/Processor: 'TPU' is not one of")


def test_unknown_property_in_a_patch_is_refused(aws: Any, version: str) -> None:
    patch = [{"op": "add", "path": "/Colour", "value": "blue"}]

    assert aws.error(lambda: aws.start_update(VERSION, version, patch)) == (
        "ValidationException",
        "Model validation failed (#/Colour: unknown property)",
    )


@pytest.mark.parametrize(
    "document", ["not json", '{"op": "add"}', '[{"path": "/X"}]', '[{"op": "jump", "path": "/X"}]']
)
def test_malformed_patch_documents_are_invalid_requests(
    aws: Any, version: str, document: str
) -> None:
    code, _ = aws.error(
        lambda: aws.cc.update_resource(TypeName=VERSION, Identifier=version, PatchDocument=document)
    )

    assert code == "InvalidRequestException"


def test_update_of_a_missing_resource_is_not_found(aws: Any, version: str) -> None:
    patch = [{"op": "add", "path": "/ReleaseNotes", "value": "x"}]

    assert aws.error(lambda: aws.start_update(VERSION, version_arn(9), patch)) == (
        "ResourceNotFoundException",
        f"Resource of type '{VERSION}' with identifier '{version_arn(9)}' was not found.",
    )


def test_empty_patch_succeeds_and_changes_nothing(aws: Any, version: str) -> None:
    before = aws.read(VERSION, version)

    assert aws.update(VERSION, version, [])["OperationStatus"] == "SUCCESS"
    assert aws.read(VERSION, version) == before
