"""The compiled schema pre-check: it passes only models jsonschema finds no error in, and
the problems of every other model (and so of a bad spec: file, line, property, message)
are exactly those jsonschema reports."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft7Validator

import state.schema
from planner.errors import SpecError
from planner.spec.loader import load_spec
from state.schema import IMAGE, IMAGE_VERSION, SUPPORTED_TYPES, load_schema
from state.schemacheck import DRAFT7_KEYWORDS, compile_check


def test_the_keyword_list_is_the_one_jsonschema_acts_on() -> None:
    assert set(Draft7Validator.VALIDATORS) == DRAFT7_KEYWORDS


GOOD_VERSION = {
    "ImageName": "data-science",
    "BaseImage": "123456789012.dkr.ecr.us-east-1.amazonaws.com/ds:1",
    "Aliases": ["latest", "v1.2"],
    "JobType": "TRAINING",
    "Processor": "GPU",
    "MLFramework": "PyTorch 2.3",
    "ProgrammingLang": "Python 3.11",
    "Horovod": False,
    "ReleaseNotes": "first",
    "VendorGuidance": "STABLE",
    "Version": 3,
}
GOOD_IMAGE = {
    "ImageName": "ds",
    "ImageRoleArn": "arn:aws:iam::123456789012:role/SageMakerImages",
    "ImageDisplayName": "Data science",
    "Tags": [{"Key": "team", "Value": ""}],
}

# One change each that the schema refuses (or, for the last ones, a near miss it accepts
# but the pre-check leaves to jsonschema).
VERSION_CHANGES: list[dict[str, Any]] = [
    {"ImageName": "-bad"},
    {"ImageName": 7},
    {"ImageName": "x" * 64},
    {"BaseImage": ""},
    {"Aliases": "latest"},
    {"Aliases": [".hidden", "ok"]},
    {"Aliases": ["a" * 129]},
    {"JobType": "training"},
    {"Processor": ["GPU"]},
    {"MLFramework": "PyTorch"},
    {"Horovod": "yes"},
    {"Horovod": 1},
    {"Version": 0},
    {"Version": True},
    {"Version": 2.5},
    {"Version": 2.0},
    {"Version": float("nan")},
    {"ReleaseNotes": ""},
    {"Unknown": 1, "Other": "x"},
    {1: "a non-text key"},
    {"ReleaseNotes": None},
]
IMAGE_CHANGES: list[dict[str, Any]] = [
    {"Tags": [{"Key": "team"}]},
    {"Tags": [{"Key": "", "Value": "x"}]},
    {"Tags": [{"Key": "k", "Value": "v", "Extra": 1}]},
    {"Tags": [{"Key": "k", "Value": "v"}] * 51},
    {"Tags": {"Key": "k"}},
    {"ImageRoleArn": "arn:aws:iam::12:role/x"},
    {"ImageDisplayName": "bad!name"},
]


def jsonschema_problems(type_name: str, model: dict[str, Any]) -> list[str]:
    validator = Draft7Validator(load_schema(type_name).document)
    return sorted(f"{list(e.absolute_path)} {e.message}" for e in validator.iter_errors(model))


def cases() -> list[tuple[str, dict[str, Any]]]:
    found: list[tuple[str, dict[str, Any]]] = [(IMAGE_VERSION, GOOD_VERSION), (IMAGE, GOOD_IMAGE)]
    found += [(IMAGE_VERSION, {**GOOD_VERSION, **change}) for change in VERSION_CHANGES]
    found += [(IMAGE, {**GOOD_IMAGE, **change}) for change in IMAGE_CHANGES]
    found.append((IMAGE_VERSION, {k: v for k, v in GOOD_VERSION.items() if k != "BaseImage"}))
    return found


@pytest.mark.parametrize(("type_name", "model"), cases())
def test_the_pre_check_passes_exactly_the_models_without_errors(
    type_name: str, model: dict[str, Any]
) -> None:
    check = compile_check(load_schema(type_name).document)
    expected = jsonschema_problems(type_name, model)
    if model in (GOOD_VERSION, GOOD_IMAGE):
        assert check(model) and expected == []
    elif expected:
        assert not check(model)
    # Where jsonschema accepts what the pre-check does not (2.0 as an integer), the slow
    # path finds nothing either.
    assert (load_schema(type_name).validate(model) == []) == (expected == [])


values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-3, 3)
    | st.floats(allow_nan=True)
    | st.sampled_from(["", "GPU", "TRAINING", "PyTorch 2.3", "-x", "a.b", "arn:aws:iam::"]),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(["Key", "Value", "Extra"]), inner, max_size=3)
    ),
    max_leaves=6,
)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(SUPPORTED_TYPES),
    st.dictionaries(
        st.sampled_from(
            ["ImageName", "BaseImage", "Aliases", "Version", "Horovod", "Tags", "JobType", "X"]
        ),
        values,
        max_size=4,
    ),
)
def test_the_pre_check_never_passes_a_model_jsonschema_refuses(
    type_name: str, model: dict[str, Any]
) -> None:
    if compile_check(load_schema(type_name).document)(model):
        assert jsonschema_problems(type_name, model) == []


BAD_SPEC = """
images:
  ds:
    ImageName: ds
    ImageRoleArn: arn:aws:iam::123456789012:role/SageMakerImages
    Tags:
      - Key: team
image_versions:
  ok:
    ImageName: ds
    BaseImage: 123456789012.dkr.ecr.us-east-1.amazonaws.com/ds:1
  bad:
    ImageName: ds
    BaseImage: 123456789012.dkr.ecr.us-east-1.amazonaws.com/ds:2
    Aliases: [".hidden", ok]
    ReleaseNotes: ""
    Horovod: 1
    JobType: training
    Colour: blue
  missing:
    ImageName: ds
"""


def spec_problems(tmp_path: Path) -> list[str]:
    path = tmp_path / "imgver.yaml"
    path.write_text(textwrap.dedent(BAD_SPEC).lstrip(), encoding="utf-8")
    with pytest.raises(SpecError) as caught:
        load_spec(path)
    return [str(problem) for problem in caught.value.problems]


def test_a_bad_spec_gets_the_same_problems_as_from_jsonschema_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = spec_problems(tmp_path)
    monkeypatch.setattr(state.schema, "_fast_check", lambda _type: lambda _model: False)
    assert spec_problems(tmp_path) == fast
    file = tmp_path / "imgver.yaml"
    assert fast == [
        f"{file}:6: images.ds.Tags[0].Value: required property is missing",
        f"{file}:14: image_versions.bad.Aliases[0]: '.hidden' does not match "
        "'(?!^[.-])^([a-zA-Z0-9-_.]+)$'",
        f"{file}:15: image_versions.bad.ReleaseNotes: '' should be non-empty",
        f"{file}:16: image_versions.bad.Horovod: 1 is not of type 'boolean'",
        f"{file}:17: image_versions.bad.JobType: 'training' is not one of "
        "['TRAINING', 'INFERENCE', 'NOTEBOOK_KERNEL']",
        f"{file}:18: image_versions.bad.Colour: unknown property",
        f"{file}:19: image_versions.missing.BaseImage: required property is missing",
    ]
