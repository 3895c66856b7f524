"""Bad input reaching the command line: one `Error:` line naming what is wrong, exit 1,
no traceback and no secret echoed back."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_workflow import EXAMPLES, Run


@pytest.fixture
def spec(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("IMGVER_LOCAL_OP_SECONDS", "0")
    path = tmp_path / "imgver.yaml"
    path.write_text((EXAMPLES / "quickstart.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    return path


def test_an_endpoint_that_is_not_a_url_is_one_error(run: Run, spec: Path) -> None:
    result = run("--endpoint-url", "notaurl", "plan", "-f", str(spec))
    assert result.code == 1
    assert result.err.splitlines()[0] == (
        "Error: --endpoint-url notaurl is not an http:// or https:// URL with a host"
    )
    assert "internal error" not in result.err


def test_credentials_in_an_endpoint_url_are_never_echoed(
    run: Run, spec: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    result = run("--endpoint-url", "http://admin:s3cret@127.0.0.1:9", "plan", "-f", str(spec))
    assert result.code == 1
    assert "s3cret" not in result.err + result.out
    assert "http://***@127.0.0.1:9" in result.err


def test_a_local_cloud_latency_that_is_not_a_number_is_one_error(
    run: Run, spec: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IMGVER_LOCAL_LATENCY_MS", "nan")
    result = run("--local", "plan", "-f", str(spec))
    assert result.code == 1
    assert result.err.splitlines()[0] == (
        "Error: IMGVER_LOCAL_LATENCY_MS must be a finite number of at least 0, got 'nan'"
    )


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "backend: {type: local, path: imgver.state.json}",
            "backend: {type: [local], path: imgver.state.json}",
            "settings.backend.type: ['local'] is not one of",
        ),
        (
            "    ImageDescription: Team notebook image for data science work\n",
            "    ImageDescription: Team notebook image for data science work\n"
            "    lifecycle: {ignore_changes: [{a: 1}]}\n",
            "images.data-science.lifecycle.ignore_changes[0]: {'a': 1} is not a property",
        ),
    ],
    ids=["backend-type-list", "ignore-changes-map"],
)
def test_an_unhashable_setting_is_a_spec_error(
    run: Run, spec: Path, old: str, new: str, expected: str
) -> None:
    text = spec.read_text(encoding="utf-8")
    assert old in text
    spec.write_text(text.replace(old, new), encoding="utf-8")

    result = run("validate", "-f", str(spec))

    assert result.code == 1
    assert expected in result.err
    assert "internal error" not in result.err
