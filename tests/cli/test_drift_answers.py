"""`imgver drift --accept` and `--ignore ... --reason` end to end on the embedded local cloud.

Accepting writes the live value into the spec file (comments, order and quoting kept,
compared byte for byte) and the record, so the next plan and drift are clean; an ignore
rule lands in the spec's `drift.ignore`; bad requests exit 1 and change nothing.
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from state.schema import IMAGE, IMAGE_VERSION
from tests.cli.test_workflow import (
    Run,
    arn_of,
    cloud_for,
    edit,
    imgver,
    spec,  # noqa: F401  (the fixture)
    state_of,
)

OCTOBER = "image_versions.ds-2024-10"
COMMENTED = """    # What changed, as Studio shows it; the release team owns this line.
    ReleaseNotes: October refresh  # one sentence
    lifecycle:
"""


def change_october(spec: Path, *patch: dict[str, Any], aliases: list[str] | None = None) -> None:
    """An out-of-band update of the October version (the aliases come along, or a
    strip-semantics handler would drop them too)."""
    operations = [
        *patch,
        {"op": "add", "path": "/Aliases", "value": aliases or ["2024.10", "stable"]},
    ]
    cloud_for(spec).update(IMAGE_VERSION, arn_of(spec, OCTOBER), operations)


def files_of(spec: Path) -> tuple[str, str]:
    return spec.read_text(encoding="utf-8"), (spec.parent / "imgver.state.json").read_text(
        encoding="utf-8"
    )


def test_an_out_of_band_release_notes_change_accepted_into_a_commented_spec_keeps_the_comment_and_leaves_plan_and_drift_clean(
    run: Run, spec: Path
) -> None:
    edit(spec, "    ReleaseNotes: October refresh\n    lifecycle:\n", COMMENTED)
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    written = spec.read_text(encoding="utf-8")
    change_october(
        spec, {"op": "replace", "path": "/ReleaseNotes", "value": "Edited in the console"}
    )
    assert imgver(run, spec, "drift").code == 2

    accepted = imgver(run, spec, "drift", "--accept", f"{OCTOBER}.ReleaseNotes")

    assert accepted.code == 0, accepted.out + accepted.err
    assert accepted.out.startswith(
        f'Accepted {OCTOBER}.ReleaseNotes into {spec}: now "Edited in the console"\n'
    )
    assert "No drift: everything is in sync." in accepted.out
    expected = written.replace(
        "    ReleaseNotes: October refresh  # one sentence\n",
        "    ReleaseNotes: Edited in the console  # one sentence\n",
    )
    assert spec.read_text(encoding="utf-8") == expected
    assert state_of(spec)["resources"][OCTOBER]["properties"]["ReleaseNotes"] == (
        "Edited in the console"
    )
    assert imgver(run, spec, "plan", "--detailed-exitcode").code == 0
    assert imgver(run, spec, "drift").code == 0
    live = cloud_for(spec).read(IMAGE_VERSION, arn_of(spec, OCTOBER)) or {}
    assert live["ReleaseNotes"] == "Edited in the console"


def test_accepting_an_address_accepts_every_difference_and_the_live_alias_set(
    run: Run, spec: Path
) -> None:
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    written = spec.read_text(encoding="utf-8")
    change_october(
        spec,
        {"op": "replace", "path": "/ReleaseNotes", "value": "Hotfix"},
        {"op": "replace", "path": "/MLFramework", "value": "PyTorch 2.4"},
        aliases=["2024.10", "stable", "2024.10.1"],
    )

    accepted = imgver(run, spec, "drift", "--accept", OCTOBER)

    assert accepted.code == 0, accepted.out + accepted.err
    lines = accepted.out.splitlines()[:3]
    assert lines == [
        f'Accepted {OCTOBER}.Aliases into {spec}: now ["stable","2024.10","2024.10.1"]',
        f'Accepted {OCTOBER}.MLFramework into {spec}: now "PyTorch 2.4"',
        f'Accepted {OCTOBER}.ReleaseNotes into {spec}: now "Hotfix"',
    ]
    expected = (
        written.replace(
            '    Aliases: [stable, "2024.10"]\n', '    Aliases: [stable, "2024.10", 2024.10.1]\n'
        )
        .replace("    MLFramework: PyTorch 2.3\n", "    MLFramework: PyTorch 2.4\n")
        .replace("    ReleaseNotes: October refresh\n", "    ReleaseNotes: Hotfix\n")
    )
    assert spec.read_text(encoding="utf-8") == expected
    properties = state_of(spec)["resources"][OCTOBER]["properties"]
    assert sorted(properties["Aliases"]) == ["2024.10", "2024.10.1", "stable"]
    assert (properties["MLFramework"], properties["ReleaseNotes"]) == ("PyTorch 2.4", "Hotfix")
    assert imgver(run, spec, "plan", "--detailed-exitcode").code == 0
    assert imgver(run, spec, "drift").code == 0


def test_accepting_one_property_leaves_the_other_differences(run: Run, spec: Path) -> None:
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    change_october(
        spec,
        {"op": "replace", "path": "/ReleaseNotes", "value": "Hotfix"},
        {"op": "replace", "path": "/MLFramework", "value": "PyTorch 2.4"},
    )

    accepted = imgver(run, spec, "drift", "--accept", f"{OCTOBER}.ReleaseNotes", "--format", "json")

    assert accepted.code == 2, accepted.out + accepted.err
    # A report on stdout stays parseable: what was written goes to stderr.
    assert accepted.err == f'Accepted {OCTOBER}.ReleaseNotes into {spec}: now "Hotfix"\n'
    assert json.loads(accepted.out)["summary"]["by_status"]["MODIFIED"] == 1
    text = spec.read_text(encoding="utf-8")
    assert "    ReleaseNotes: Hotfix\n" in text
    assert "    MLFramework: PyTorch 2.3\n" in text
    report = imgver(run, spec, "drift", "--format", "json")
    assert report.code == 2
    differences = [
        (difference["path"], difference["actual"])
        for resource in json.loads(report.out)["resources"]
        for difference in resource["differences"]
    ]
    assert differences == [("/MLFramework", "PyTorch 2.4")]


def test_a_property_removed_live_is_removed_from_the_spec(run: Run, spec: Path) -> None:
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    written = spec.read_text(encoding="utf-8")
    image = state_of(spec)["resources"]["images.data-science"]["identifier"]
    cloud_for(spec).update(IMAGE, image, [{"op": "remove", "path": "/ImageDescription"}])

    accepted = imgver(run, spec, "drift", "--accept", "images.data-science.ImageDescription")

    assert accepted.code == 0, accepted.out + accepted.err
    assert accepted.out.startswith(
        f"Accepted images.data-science.ImageDescription into {spec}: removed\n"
    )
    expected = written.replace(
        "    ImageDescription: Team notebook image for data science work\n", ""
    )
    assert spec.read_text(encoding="utf-8") == expected
    assert (
        "ImageDescription" not in state_of(spec)["resources"]["images.data-science"]["properties"]
    )
    assert imgver(run, spec, "plan", "--detailed-exitcode").code == 0
    assert imgver(run, spec, "drift").code == 0


@pytest.mark.parametrize(
    ("request_text", "message"),
    [
        (
            "image_versions.ds-2024-09",
            "Error: --accept image_versions.ds-2024-09: image_versions.ds-2024-09 has no "
            "difference to accept (IN_SYNC)",
        ),
        (
            f"{OCTOBER}.MLFramework",
            f"Error: --accept {OCTOBER}.MLFramework: {OCTOBER} has no difference in MLFramework",
        ),
        (
            "image_versions.nowhere",
            "Error: --accept image_versions.nowhere: neither the spec nor state has "
            "image_versions.nowhere",
        ),
        ("versions.ds", "Error: --accept 'versions.ds' is not ADDRESS[.Property]"),
    ],
)
def test_a_request_without_a_difference_is_an_error_and_writes_nothing(
    run: Run, spec: Path, request_text: str, message: str
) -> None:
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    change_october(spec, {"op": "replace", "path": "/ReleaseNotes", "value": "Hotfix"})
    before = files_of(spec)

    result = imgver(
        run, spec, "drift", "--accept", f"{OCTOBER}.ReleaseNotes", "--accept", request_text
    )

    assert result.code == 1, result.out
    assert result.err.splitlines()[0] == message
    assert files_of(spec) == before


def test_a_value_given_through_a_variable_is_refused_with_file_and_line(
    run: Run, spec: Path
) -> None:
    edit(
        spec, '  account: "123456789012"\n', '  account: "123456789012"\n  notes: October refresh\n'
    )
    edit(spec, "    ReleaseNotes: October refresh\n", "    ReleaseNotes: ${var.notes}\n")
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    change_october(spec, {"op": "replace", "path": "/ReleaseNotes", "value": "Hotfix"})
    before = files_of(spec)
    line = spec.read_text(encoding="utf-8").splitlines().index("    ReleaseNotes: ${var.notes}") + 1

    result = imgver(run, spec, "drift", "--accept", OCTOBER)

    assert result.code == 1, result.out
    assert result.err.splitlines()[0] == (
        f"Error: cannot write {OCTOBER}.ReleaseNotes: {spec}:{line} gives it through a "
        "${...} variable"
    )
    assert files_of(spec) == before


def test_an_ignore_with_a_reason_is_written_into_drift_ignore(run: Run, spec: Path) -> None:
    text = spec.read_text(encoding="utf-8")
    spec.write_text(
        text + "\ndrift:\n  ignore:\n    # Studio rewrites this one.\n"
        "    - address: images.data-science.ImageDisplayName\n"
        "      reason: Studio edits it\n",
        encoding="utf-8",
    )
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    written = spec.read_text(encoding="utf-8")
    change_october(spec, {"op": "replace", "path": "/ReleaseNotes", "value": "Hotfix"})

    result = imgver(
        run,
        spec,
        "drift",
        "--ignore",
        f"{OCTOBER}.ReleaseNotes",
        "--reason",
        "console edit, under review",
        "--until",
        "2999-12-31",
    )

    assert result.code == 0, result.out + result.err
    assert result.out.startswith(
        f"Added a drift.ignore rule to {spec}: {OCTOBER}.ReleaseNotes "
        "(console edit, under review, until 2999-12-31)\n"
    )
    assert spec.read_text(encoding="utf-8") == written + (
        f"    - address: {OCTOBER}.ReleaseNotes\n"
        "      reason: console edit, under review\n"
        "      until: 2999-12-31\n"
    )
    again = imgver(run, spec, "drift")
    assert again.code == 0, again.out
    assert "0 drifted, 1 ignored." in again.out
    assert "console edit, under review (until 2999-12-31)" in again.out


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (
            ("--reason", "later", "--until", "2000-01-01"),
            "Error: --until 2000-01-01 is in the past (today is ",
        ),
        (("--reason", "later", "--until", "next week"), "Error: --until 'next week' is not a date"),
        (("--until", "2999-12-31"), "Error: --until needs --reason"),
        (("--reason", " "), "Error: --reason is blank"),
    ],
)
def test_a_bad_ignore_rule_is_an_error_and_writes_nothing(
    run: Run, spec: Path, extra: tuple[str, ...], message: str
) -> None:
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    before = files_of(spec)

    result = imgver(run, spec, "drift", "--ignore", f"{OCTOBER}.ReleaseNotes", *extra)

    assert result.code == 1, result.out
    assert result.err.splitlines()[0].startswith(message)
    assert files_of(spec) == before


def test_an_ignore_rule_for_an_unknown_address_or_property_is_an_error(
    run: Run, spec: Path
) -> None:
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    before = files_of(spec)
    for target, message in (
        ("image_versions.nowhere", "Error: --ignore image_versions.nowhere: neither the spec"),
        (f"{OCTOBER}.Colour", f"Error: --ignore {OCTOBER}.Colour: Colour is not a property"),
    ):
        result = imgver(run, spec, "drift", "--ignore", target, "--reason", "why")
        assert result.code == 1, result.out
        assert result.err.splitlines()[0].startswith(message)
    assert files_of(spec) == before


def test_interactive_asks_per_property_and_writes_each_answer(
    run: Run, spec: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    written = spec.read_text(encoding="utf-8")
    change_october(
        spec,
        {"op": "replace", "path": "/ReleaseNotes", "value": "Hotfix"},
        {"op": "replace", "path": "/MLFramework", "value": "PyTorch 2.4"},
    )
    # MLFramework comes first (report order): an unknown answer is asked again, then
    # ignore with a reason and no last day; ReleaseNotes is accepted.
    monkeypatch.setattr(sys, "stdin", io.StringIO("maybe\ni\npinned by the ML team\n\na\n"))

    result = imgver(run, spec, "drift", "--interactive")

    assert result.code == 0, result.out + result.err
    assert (
        f"\n{OCTOBER}.MLFramework:\n"
        '  /MLFramework: expected "PyTorch 2.3", live "PyTorch 2.4" (out-of-band)\n'
        "  accept the live value, ignore it, or keep the spec's? [a/i/K]: maybe\n"
        "  'maybe' is not a, i or k\n"
        "  accept the live value, ignore it, or keep the spec's? [a/i/K]: i\n"
        "  reason (required): pinned by the ML team\n"
        "  last day it applies (YYYY-MM-DD, empty for none): \n"
        f"\n{OCTOBER}.ReleaseNotes:\n"
        '  /ReleaseNotes: expected "October refresh", live "Hotfix" (out-of-band)\n'
        "  accept the live value, ignore it, or keep the spec's? [a/i/K]: a\n"
    ) in result.out
    assert f'Accepted {OCTOBER}.ReleaseNotes into {spec}: now "Hotfix"\n' in result.out
    assert spec.read_text(encoding="utf-8") == written.replace(
        "    ReleaseNotes: October refresh\n", "    ReleaseNotes: Hotfix\n"
    ) + (
        f"drift:\n  ignore:\n    - address: {OCTOBER}.MLFramework\n"
        "      reason: pinned by the ML team\n"
    )
    again = imgver(run, spec, "drift")
    assert again.code == 0, again.out
    assert "0 drifted, 1 ignored." in again.out


def test_interactive_keep_writes_nothing_and_input_false_refuses(
    run: Run, spec: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    change_october(spec, {"op": "replace", "path": "/ReleaseNotes", "value": "Hotfix"})
    before = files_of(spec)
    monkeypatch.setattr(sys, "stdin", io.StringIO("k\n"))

    kept = imgver(run, spec, "drift", "--interactive")
    refused = imgver(run, spec, "drift", "--interactive", options=("--input=false",))

    assert kept.code == 2, kept.out + kept.err
    assert "1 drifted, 0 ignored." in kept.out
    # The report of an interactive run names the account it ran in, as every report does.
    assert "account 123456789012, region us-east-1, " in kept.out
    assert refused.code == 1
    assert refused.err.startswith(
        "Error: --interactive asks questions, but --input=false forbids asking them"
    )
    assert files_of(spec) == before
