"""What the sources leave open about SageMaker images through Cloud Control, settled on a
real account (see the README, "Acceptance tests"). Each test prints what it observed."""

from __future__ import annotations

import json
from typing import Any

from botocore.exceptions import ClientError

from tests.acceptance.conftest import IMAGE, VERSION, Account


def observe(what: str, value: Any) -> None:
    print(f"OBSERVED {what}: {value!r}")


def test_reading_an_image_by_bare_name_and_by_json_name(account: Account) -> None:
    name = account.image()
    for identifier in (name, json.dumps({"ImageName": name})):
        try:
            answer = account.cc.get_resource(TypeName=IMAGE, Identifier=identifier)
            observe(f"GetResource {identifier}", answer["ResourceDescription"]["Identifier"])
        except ClientError as error:
            observe(f"GetResource {identifier}", error.response["Error"]["Code"])
    answer = account.cc.get_resource(TypeName=IMAGE, Identifier=json.dumps({"ImageName": name}))
    assert answer["ResourceDescription"]["Identifier"].endswith(f":image/{name}")


def test_two_parallel_version_creates_of_one_image(account: Account) -> None:
    name = account.image()
    first, second = account.start_version(name), account.start_version(name)
    outcomes = [account.wait(first), account.wait(second)]
    for outcome in outcomes:
        observe(
            "parallel create",
            (outcome["OperationStatus"], outcome.get("ErrorCode"), outcome.get("StatusMessage")),
        )
    assert any(outcome["OperationStatus"] == "SUCCESS" for outcome in outcomes)


def test_a_metadata_only_update_then_list_aliases(account: Account) -> None:
    name = account.image()
    created = account.wait(account.start_version(name, Aliases=["stable"]))
    arn = created["Identifier"]
    patch = [{"op": "add", "path": "/ReleaseNotes", "value": "metadata only"}]
    event = account.cc.update_resource(
        TypeName=VERSION, Identifier=arn, PatchDocument=json.dumps(patch)
    )
    observe("metadata-only update", account.wait(event["ProgressEvent"])["OperationStatus"])
    aliases = account.sm.list_aliases(ImageName=name, Version=1)["SageMakerImageVersionAliases"]
    observe("aliases after a metadata-only update (keep or strip)", aliases)


def test_a_mixed_case_images_version_read_model(account: Account) -> None:
    name = account.image(prefix="Imgver-Acc")
    created = account.wait(account.start_version(name))
    model = json.loads(
        account.cc.get_resource(TypeName=VERSION, Identifier=created["Identifier"])[
            "ResourceDescription"
        ]["Properties"]
    )
    observe("version ImageName of a mixed-case image", model["ImageName"])
    assert model["ImageName"].lower() == name.lower()


def test_removing_release_notes(account: Account) -> None:
    name = account.image()
    created = account.wait(account.start_version(name, ReleaseNotes="to remove"))
    event = account.cc.update_resource(
        TypeName=VERSION,
        Identifier=created["Identifier"],
        PatchDocument=json.dumps([{"op": "remove", "path": "/ReleaseNotes"}]),
    )
    final = account.wait(event["ProgressEvent"])
    observe("remove /ReleaseNotes", (final["OperationStatus"], final.get("ErrorCode")))
    model = json.loads(
        account.cc.get_resource(TypeName=VERSION, Identifier=created["Identifier"])[
            "ResourceDescription"
        ]["Properties"]
    )
    observe("ReleaseNotes afterwards", model.get("ReleaseNotes"))


def test_a_create_whose_base_image_does_not_exist(account: Account) -> None:
    name = account.image()
    missing = account.base_image.rsplit(":", 1)[0] + ":imgver-acceptance-does-not-exist"
    desired = {"ImageName": name, "BaseImage": missing}
    event = account.cc.create_resource(TypeName=VERSION, DesiredState=json.dumps(desired))
    final = account.wait(event["ProgressEvent"])
    observe("failed create event", final)
    versions = account.sm.list_image_versions(ImageName=name)["ImageVersions"]
    observe(
        "versions left behind",
        [(v["Version"], v["ImageVersionStatus"], v.get("FailureReason")) for v in versions],
    )
