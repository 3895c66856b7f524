"""The spec loader: resolved values, lifecycle, drift ignores, and every kind of problem."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from planner.errors import SpecError, UsageError
from planner.spec.desired import Backend, Lifecycle
from planner.spec.loader import load_spec, parse_var_overrides

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def write(tmp_path: Path, text: str, name: str = "imgver.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return path


def problems(path: Path, **kwargs: object) -> list[str]:
    with pytest.raises(SpecError) as caught:
        load_spec(path, **kwargs)  # type: ignore[arg-type]
    return [str(problem) for problem in caught.value.problems]


VERSION = """
image_versions:
  ds:
    ImageName: data-science
    BaseImage: 123456789012.dkr.ecr.us-east-1.amazonaws.com/ds:1
"""


def test_quickstart_resolves_variables_and_addresses() -> None:
    spec = load_spec(EXAMPLES / "quickstart.yaml")
    assert list(spec.resources) == [
        "images.data-science",
        "image_versions.ds-2024-09",
        "image_versions.ds-2024-10",
    ]
    image = spec.resources["images.data-science"]
    assert image.type_name == "AWS::SageMaker::Image"
    assert image.properties["ImageRoleArn"] == "arn:aws:iam::123456789012:role/SageMakerImages"
    version = spec.resources["image_versions.ds-2024-10"]
    assert version.type_name == "AWS::SageMaker::ImageVersion"
    assert version.properties["Aliases"] == ["stable", "2024.10"]
    assert "lifecycle" not in version.properties
    assert version.lifecycle == Lifecycle(
        prevent_destroy=False, ignore_changes=(), on_replace="delete"
    )
    assert version.line == 29
    assert spec.settings.region == "us-east-1"
    assert spec.settings.backend == Backend(type="local", path="imgver.state.json")
    assert len(spec.spec_hash) == 64


def test_every_example_but_bad_is_valid() -> None:
    for path in sorted(EXAMPLES.glob("*.yaml")):
        if path.name != "bad.yaml":
            load_spec(path)


def test_bad_example_reports_each_problem_with_file_line_and_path() -> None:
    found = problems(EXAMPLES / "bad.yaml")
    file = str(EXAMPLES / "bad.yaml")
    assert f"{file}:14: image_versions.ds.Processor: 'TPU' is not one of ['CPU', 'GPU']" in found
    assert (
        f"{file}:15: image_versions.ds.Version: is read-only: AWS sets it, a spec cannot" in found
    )
    assert f"{file}:17: image_versions.ds.Horovod: 'yes' is not of type 'boolean'" in found
    assert f"{file}:18: image_versions.ds-gpu.BaseImage: required property is missing" in found
    assert f"{file}:21: image_versions.ds-gpu.ReleaseNote: unknown property" in found
    assert any(p.startswith(f"{file}:16: image_versions.ds.Aliases[1]: '.hidden'") for p in found)
    assert any(p.startswith(f"{file}:8: images.data-science.ImageRoleArn:") for p in found)
    assert any("alias 'stable' is already on image_versions.ds" in p for p in found)
    assert (
        f"{file}:22: image_versions.ds-gpu.MLFramework: undefined variable ${{var.framework}} (declare it under vars:)"
        in found
    )
    assert len(found) == 9


def test_var_overrides_and_env_references(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
        vars:
          account: "111111111111"
          tag: "1"
        image_versions:
          ds:
            ImageName: data-science
            BaseImage: ${var.account}.dkr.ecr.us-east-1.amazonaws.com/ds:${var.tag}
            ReleaseNotes: built by ${env.BUILDER} $${literal}
        """,
    )
    spec = load_spec(path, var_overrides={"tag": "2"}, environ={"BUILDER": "ci"})
    props = spec.resources["image_versions.ds"].properties
    assert props["BaseImage"] == "111111111111.dkr.ecr.us-east-1.amazonaws.com/ds:2"
    assert props["ReleaseNotes"] == "built by ci ${literal}"


def test_spec_hash_changes_with_content(tmp_path: Path) -> None:
    first = load_spec(write(tmp_path, VERSION)).spec_hash
    second = load_spec(write(tmp_path, VERSION.replace("ds:1", "ds:2"))).spec_hash
    assert first != second
    assert first == load_spec(write(tmp_path, VERSION)).spec_hash


def test_json_spec_is_accepted(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '{"image_versions": {"ds": {"ImageName": "ds", "BaseImage": "r/ds:1", "Horovod": true}}}',
        "imgver.json",
    )
    assert load_spec(path).resources["image_versions.ds"].properties["Horovod"] is True


def test_lifecycle_and_drift_ignores(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        VERSION
        + """
    lifecycle:
      prevent_destroy: true
      ignore_changes: [ReleaseNotes]
      on_replace: retain
drift:
  ignore:
    - address: image_versions.ds.ReleaseNotes
      reason: edited in the console
      until: 2026-12-31
    - address: image_versions.ds
      reason: migrating
    - address: arn:aws:sagemaker:us-east-1:123456789012:image-version/data-science/7
      reason: built by the vendor pipeline
""",
    )
    spec = load_spec(path)
    assert spec.resources["image_versions.ds"].lifecycle == Lifecycle(
        True, ("ReleaseNotes",), "retain"
    )
    first, second, third = spec.drift_ignores
    assert (first.address, first.property, first.until) == (
        "image_versions.ds",
        "ReleaseNotes",
        dt.date(2026, 12, 31),
    )
    assert (second.address, second.property, second.until) == ("image_versions.ds", None, None)
    assert third.address == "arn:aws:sagemaker:us-east-1:123456789012:image-version/data-science/7"
    assert third.property is None


MALFORMED = {
    "duplicate key": (
        "image_versions:\n  ds:\n    ImageName: a\n    ImageName: b\n",
        ":4: invalid YAML:",
    ),
    "tab indentation": ("image_versions:\n\tds: {}\n", ": invalid YAML:"),
    "unclosed bracket": ("image_versions:\n  ds:\n    Aliases: [a, b\n", "invalid YAML"),
    "empty file": ("", ":1: the spec is empty"),
    "list at top": ("- a\n- b\n", "the spec must be a mapping"),
    "unknown section": ("imagez: {}\n", ":1: imagez: unknown section"),
    "section not a mapping": ("image_versions: [1, 2]\n", ":1: image_versions: must be a mapping"),
    "resource not a mapping": (
        "image_versions:\n  ds: 3\n",
        ":2: image_versions.ds: must be a mapping",
    ),
    "bad resource name": (
        "image_versions:\n  'a.b': {}\n",
        ":2: image_versions.a.b: resource names",
    ),
    "missing required": (
        "image_versions:\n  ds:\n    ImageName: a\n",
        ":2: image_versions.ds.BaseImage: required property is missing",
    ),
    "wrong type number": (
        VERSION + "    Aliases: [2024.10]\n",
        ":6: image_versions.ds.Aliases[0]: 2024.1 is not of type 'string' (quote the value in YAML)",
    ),
    "too long": (
        VERSION + "    ReleaseNotes: " + "x" * 300 + "\n",
        ":6: image_versions.ds.ReleaseNotes: ",
    ),
    "pattern": (
        VERSION + "    MLFramework: PyTorch\n",
        ":6: image_versions.ds.MLFramework: 'PyTorch' does not match",
    ),
    "read-only arn": (
        VERSION + "    ImageVersionArn: x\n",
        ":6: image_versions.ds.ImageVersionArn: is read-only",
    ),
    "undefined env": (
        VERSION + "    ReleaseNotes: ${env.IMGVER_TEST_UNSET}\n",
        "environment variable IMGVER_TEST_UNSET is not set",
    ),
    "unknown reference": (VERSION + "    ReleaseNotes: ${foo}\n", "unknown reference ${foo}"),
    "unknown setting": ("settings:\n  regoin: x\n", ":2: settings.regoin: unknown setting"),
    "bad backend": (
        "settings:\n  backend: {type: gcs}\n",
        "settings.backend.type: 'gcs' is not one of",
    ),
    "s3 backend without bucket": (
        "settings:\n  backend: {type: s3, key: k}\n",
        "settings.backend.bucket: required for the s3 backend",
    ),
    "bad lifecycle": (
        VERSION + "    lifecycle: {on_replace: keep}\n",
        ":6: image_versions.ds.lifecycle.on_replace: 'keep' is not one of",
    ),
    "lifecycle unknown prop": (
        VERSION + "    lifecycle: {ignore_changes: [Nope]}\n",
        "'Nope' is not a property of this type",
    ),
    "prevent_destroy not bool": (
        VERSION + "    lifecycle: {prevent_destroy: maybe}\n",
        "prevent_destroy: must be true or false",
    ),
    "drift ignore without reason": (
        "drift:\n  ignore:\n    - address: image_versions.ds\n",
        "drift.ignore[0].reason: every ignore needs a reason",
    ),
    "drift ignore bad address": (
        "drift:\n  ignore:\n    - {address: ds, reason: r}\n",
        "drift.ignore[0].address: must be <section>.<name>",
    ),
    "drift ignore bad date": (
        "drift:\n  ignore:\n    - {address: images.x, reason: r, until: soon}\n",
        "drift.ignore[0].until: 'soon' is not a date",
    ),
    "vars not mapping": ("vars: [a]\n", ":1: vars: must be a mapping"),
    "duplicate image name": (
        "images:\n  a: {ImageName: x, ImageRoleArn: 'arn:aws:iam::123456789012:role/r'}\n"
        "  b: {ImageName: x, ImageRoleArn: 'arn:aws:iam::123456789012:role/r'}\n",
        ":3: images.b.ImageName: image 'x' is already declared by images.a",
    ),
    "nested tag problem": (
        "images:\n  a:\n    ImageName: x\n    ImageRoleArn: 'arn:aws:iam::123456789012:role/r'\n"
        "    Tags:\n      - {Key: team}\n",
        ":6: images.a.Tags[0].Value: required property is missing",
    ),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_malformed_specs_get_a_located_message(tmp_path: Path, case: str) -> None:
    text, expected = MALFORMED[case]
    path = tmp_path / "imgver.yaml"
    path.write_text(text, encoding="utf-8")
    found = problems(path, environ={})
    assert any(expected in problem for problem in found), found
    assert all(problem.startswith(str(path)) for problem in found)


def test_missing_file(tmp_path: Path) -> None:
    assert problems(tmp_path / "nope.yaml") == [
        f"{tmp_path / 'nope.yaml'}: file not found (create it or pass -f FILE)"
    ]


def test_undeclared_var_override(tmp_path: Path) -> None:
    found = problems(write(tmp_path, VERSION), var_overrides={"nope": "1"})
    assert found == [
        f"{tmp_path / 'imgver.yaml'}: --var nope: is not declared under `vars:` in the spec"
    ]


def test_parse_var_overrides() -> None:
    assert parse_var_overrides(["a=1", "b=x=y", "c="]) == {"a": "1", "b": "x=y", "c": ""}
    with pytest.raises(UsageError):
        parse_var_overrides(["novalue"])
