"""Malformed state documents: each refused with one error naming the file and the field,
never read as something else (re-creating resources that still exist) or a traceback."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from state.errors import StateError
from state.recorded.local import LocalStore

ARN = "arn:aws:sagemaker:us-east-1:123456789012:image/ds"


def good() -> dict[str, Any]:
    return {
        "format": "imgver-state",
        "version": 1,
        "serial": 3,
        "lineage": "7d3f0c1e-1111-4222-8333-944455556666",
        "resources": {
            "images.ds": {
                "type": "AWS::SageMaker::Image",
                "identifier": ARN,
                "region": "us-east-1",
                "properties": {"ImageName": "ds"},
                "status": "created",
                "pending": None,
            }
        },
    }


def record(document: dict[str, Any]) -> dict[str, Any]:
    value: dict[str, Any] = document["resources"]["images.ds"]
    return value


CASES = {
    "version 0": (lambda d: d.update(version=0), '"version" must be a whole number of at least 1'),
    "version negative": (lambda d: d.update(version=-1), '"version" must be'),
    "version boolean": (lambda d: d.update(version=True), '"version" must be'),
    "serial negative": (lambda d: d.update(serial=-1), '"serial" must be a whole number'),
    "serial float": (lambda d: d.update(serial=1.5), '"serial" must be'),
    "serial boolean": (lambda d: d.update(serial=True), '"serial" must be'),
    "serial text": (lambda d: d.update(serial="3"), '"serial" must be'),
    "lineage null": (lambda d: d.update(lineage=None), '"lineage" must be'),
    "lineage int": (lambda d: d.update(lineage=5), '"lineage" must be'),
    "lineage empty": (lambda d: d.update(lineage=""), '"lineage" must be'),
    "record text": (lambda d: d["resources"].update({"images.ds": "x"}), "must be an object"),
    "record list": (lambda d: d["resources"].update({"images.ds": []}), "must be an object"),
    "record number": (lambda d: d["resources"].update({"images.ds": 1}), "must be an object"),
    "record null": (lambda d: d["resources"].update({"images.ds": None}), "must be an object"),
    "address without dot": (
        lambda d: d.update(resources={"imagesds": record(d)}),
        "the address must be <section>.<name>",
    ),
    "empty address": (
        lambda d: d.update(resources={"": record(d)}),
        "the address must be <section>.<name>",
    ),
    "identifier number": (lambda d: record(d).update(identifier=7), '"identifier" must be text'),
    "identifier of another region": (
        lambda d: record(d).update(identifier=ARN.replace("us-east-1", "eu-west-1")),
        "is in region eu-west-1, the record in us-east-1",
    ),
    "resources list": (lambda d: d.update(resources=[]), '"resources" must be an object'),
    "deep nesting": (
        lambda d: record(d)["properties"].update(deep=json.loads("[" * 100 + "]" * 100)),
        "nests deeper than the limit of 64 levels",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_malformed_state_is_refused_naming_the_field(tmp_path: Path, case: str) -> None:
    edit, expected = CASES[case]
    document = good()
    edit(document)
    path = tmp_path / "imgver.state.json"
    text = json.dumps(document)
    path.write_text(text, encoding="utf-8")

    with pytest.raises(StateError) as caught:
        LocalStore(path).read()

    assert caught.value.summary.startswith(str(path))
    assert expected in caught.value.summary
    assert path.read_text(encoding="utf-8") == text


def test_a_huge_integer_in_state_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "imgver.state.json"
    path.write_text(json.dumps(good()).replace('"serial": 3', '"serial": ' + "9" * 5000))

    with pytest.raises(StateError) as caught:
        LocalStore(path).read()

    assert "larger than the limit of 2**63" in caught.value.summary


def test_a_good_state_still_reads() -> None:
    from state.recorded.model import State

    assert State.from_document(good()).resources["images.ds"].identifier == ARN
