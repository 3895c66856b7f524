"""Retention of versions kept by `on_replace: retain`, end to end on the local cloud.

Retired versions stay in state at `<address>#retired-<Version>`; the image's
`retention:` policy deletes those beyond `keep`, archives (VendorGuidance TO_BE_ARCHIVED)
after `archive_after` and deletes after `delete_after`; a version holding an alias is
never deleted; drift reports retired versions as RETIRED, not UNMANAGED.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from state.schema import IMAGE_VERSION
from tests.cli.test_moved_removed import live_versions
from tests.cli.test_workflow import (
    VERSION_ARN,
    Run,
    cloud_for,
    edit,
    imgver,
    plan_json,
    spec,  # noqa: F401  (the fixture)
    state_of,
)

OCTOBER = "image_versions.ds-2024-10"
BASE = "123456789012.dkr.ecr.us-east-1.amazonaws.com/ds:2024.10"


def with_policy(path: Path, policy: str) -> None:
    edit(path, "on_replace: delete", "on_replace: retain")
    edit(
        path,
        "    ImageDescription: Team notebook image for data science work\n",
        "    ImageDescription: Team notebook image for data science work\n"
        f"    retention: {policy}\n",
    )


def first_october(path: Path) -> int:
    """October's first version number: 1 or 2, as its create raced September's."""
    return int(state_of(path)["resources"][OCTOBER]["identifier"].rsplit("/", 1)[1])


def replace_october(run: Run, path: Path, tag: str) -> str:
    text = path.read_text(encoding="utf-8")
    current = text.split("ds:2024.10", 1)[1].split("\n", 1)[0]
    path.write_text(text.replace(f"ds:2024.10{current}\n", f"ds:2024.10-{tag}\n"), "utf-8")
    result = imgver(run, path, "apply", "--auto-approve")
    assert result.code == 0, result.err
    return result.out


def test_three_replacements_under_keep_1_leave_current_and_newest_retired(
    run: Run, spec: Path
) -> None:
    with_policy(spec, "{keep: 1}")
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    first = first_october(spec)
    september = state_of(spec)["resources"]["image_versions.ds-2024-09"]["identifier"]
    replace_october(run, spec, "a")
    second = replace_october(run, spec, "b")
    assert f"retired version {first}: retention keep: 1 and 1 newer retired version" in second
    replace_october(run, spec, "c")

    assert sorted(live_versions(spec)) == sorted(
        [september, VERSION_ARN.format(4), VERSION_ARN.format(5)]
    )
    resources = state_of(spec)["resources"]
    assert sorted(resources) == [
        "image_versions.ds-2024-09",
        OCTOBER,
        f"{OCTOBER}#retired-4",
        "images.data-science",
    ]
    assert resources[OCTOBER]["identifier"] == VERSION_ARN.format(5)
    retired = resources[f"{OCTOBER}#retired-4"]
    assert retired["identifier"] == VERSION_ARN.format(4)
    assert retired["retired_at"].endswith("Z")
    assert imgver(run, spec, "plan", "--detailed-exitcode").code == 0

    drift = imgver(run, spec, "drift", "--format", "json")
    assert drift.code == 0, drift.out
    report = json.loads(drift.out)
    statuses = {item["address"]: item["status"] for item in report["resources"]}
    assert statuses[f"{OCTOBER}#retired-4"] == "RETIRED"
    assert "UNMANAGED" not in statuses.values()
    assert report["summary"]["by_status"]["RETIRED"] == 1


def test_a_retired_version_holding_an_alias_is_never_deleted(run: Run, spec: Path) -> None:
    with_policy(spec, "{keep: 0}")
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    first = first_october(spec)
    replace_october(run, spec, "a")  # the first version retired, then judged by the next plan
    cloud_for(spec).update(
        IMAGE_VERSION,
        VERSION_ARN.format(first),
        [{"op": "add", "path": "/Aliases", "value": ["pinned"]}],
    )
    plan = plan_json(run, spec)
    kept = {rc["address"]: rc for rc in plan["resource_changes"]}[f"{OCTOBER}#retired-{first}"]
    assert kept["change"]["actions"] == ["no-op"]
    assert kept["reasons"] == [
        f"retired version {first}: retention keep: 0 and 0 newer retired versions, but it "
        "holds alias pinned: a version holding an alias is never deleted"
    ]
    assert VERSION_ARN.format(first) in live_versions(spec)


def backdate(run: Run, path: Path, address: str, days: int) -> None:
    document = state_of(path)
    moment = dt.datetime.now(dt.UTC) - dt.timedelta(days=days)
    document["resources"][address]["retired_at"] = moment.isoformat(timespec="seconds")
    document["serial"] += 1
    pushed = path.parent / "pushed.json"
    pushed.write_text(json.dumps(document), encoding="utf-8")
    assert imgver(run, path, "state", "push", str(pushed)).code == 0


def test_archive_after_then_delete_after(run: Run, spec: Path) -> None:
    with_policy(spec, "{archive_after: 30d, delete_after: 90d}")
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    first = first_october(spec)
    replace_october(run, spec, "a")
    retired = f"{OCTOBER}#retired-{first}"
    assert imgver(run, spec, "plan", "--detailed-exitcode").code == 0  # too young

    backdate(run, spec, retired, 40)
    plan = imgver(run, spec, "plan", "--json")
    change = {rc["address"]: rc for rc in json.loads(plan.out)["resource_changes"]}[retired]
    assert change["change"]["actions"] == ["update"]
    assert change["change"]["patch"] == [
        # Every version update carries its full alias set (none, for a retired version).
        {"op": "add", "path": "/Aliases", "value": []},
        {"op": "replace", "path": "/VendorGuidance", "value": "TO_BE_ARCHIVED"},
    ]
    assert change["reasons"] == [
        f"retired version {first}: retired 40d ago, retention archive_after: 30d"
    ]
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    assert live_versions(spec)[VERSION_ARN.format(first)]["VendorGuidance"] == "TO_BE_ARCHIVED"
    assert imgver(run, spec, "plan", "--detailed-exitcode").code == 0

    backdate(run, spec, retired, 100)
    text = imgver(run, spec, "plan")
    assert f"# {retired} will be destroyed" in text.out
    assert f"retired version {first}: retired 100d ago, retention delete_after: 90d" in text.out
    assert imgver(run, spec, "apply", "--auto-approve").code == 0
    assert VERSION_ARN.format(first) not in live_versions(spec)
    assert retired not in state_of(spec)["resources"]


def test_a_bad_retention_block_is_refused_with_its_line(run: Run, spec: Path) -> None:
    with_policy(spec, "{keep: -1, archive_after: soon, shred: true}")
    result = imgver(run, spec, "validate")
    assert result.code == 1
    line = next(
        number
        for number, text in enumerate(spec.read_text(encoding="utf-8").splitlines(), 1)
        if "retention:" in text
    )
    for message in (
        f"{spec}:{line}: images.data-science.retention.keep: must be a whole number",
        f"{spec}:{line}: images.data-science.retention.archive_after: 'soon' is not a duration",
        f"{spec}:{line}: images.data-science.retention.shred: unknown retention setting",
    ):
        assert message in result.err, result.err
