"""`imgver state migrate` through the CLI: a local state copied into the backend the spec
configures (S3 on a moto server over HTTP, or another local file), lineage and serial kept,
another lineage or a newer serial refused with both named, the target's lock taken, and a
second migration a no-op."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from state.recorded.lock import LockInfo
from tests.s3state.conftest import BUCKET, Run, s3

KEY = "team/imgver.state.json"
OTHER_LINEAGE = "9f1e2d3c-4b5a-4678-8899-aabbccddeeff"

SPEC = """\
settings:
  region: us-east-1
  backend: {BACKEND}
images:
  data-science:
    ImageName: data-science
    ImageRoleArn: arn:aws:iam::123456789012:role/SageMakerImages
image_versions:
  ds-2024-10:
    ImageName: data-science
    BaseImage: 123456789012.dkr.ecr.us-east-1.amazonaws.com/ds:2024.10
    Aliases: [stable]
"""
LOCAL_BACKEND = "{type: local, path: imgver.state.json}"


def s3_backend(endpoint: str) -> str:
    return f"{{type: s3, bucket: {BUCKET}, key: {KEY}, endpoint_url: '{endpoint}'}}"


def write_spec(folder: Path, backend: str) -> Path:
    spec = folder / "imgver.yaml"
    spec.write_text(SPEC.replace("{BACKEND}", backend), encoding="utf-8")
    return spec


def applied_local_state(run: Run, tmp_path: Path) -> tuple[Path, Path]:
    """A spec applied on the local cloud with a local state; (spec, state file)."""
    spec = write_spec(tmp_path, LOCAL_BACKEND)
    result = run("--local", "apply", "-f", str(spec), "--auto-approve")
    assert result.code == 0, result.err
    return spec, tmp_path / "imgver.state.json"


def stored(endpoint: str, key: str = KEY) -> tuple[str, str] | None:
    """The text and ETag of an object in the bucket; None when there is none."""
    client = s3(endpoint)
    try:
        response = client.get_object(Bucket=BUCKET, Key=key)
    except client.exceptions.NoSuchKey:
        return None
    return response["Body"].read().decode("utf-8"), response["ETag"]


def keys(endpoint: str) -> list[str]:
    listed = s3(endpoint).list_objects_v2(Bucket=BUCKET)
    return sorted(item["Key"] for item in listed.get("Contents", []))


def put(endpoint: str, document: dict[str, Any], key: str = KEY) -> str:
    text = json.dumps(document, indent=2) + "\n"
    s3(endpoint).put_object(Bucket=BUCKET, Key=key, Body=text.encode("utf-8"))
    return text


def migrate(run: Run, spec: Path, source: Path, *options: str) -> Any:
    return run("--local", *options, "state", "migrate", str(source), "-f", str(spec))


def test_a_local_state_moves_to_s3_with_its_lineage_and_serial(
    run: Run, tmp_path: Path, moto_endpoint: str
) -> None:
    spec, local = applied_local_state(run, tmp_path)
    text = local.read_text(encoding="utf-8")
    document = json.loads(text)
    assert document["serial"] > 1
    write_spec(tmp_path, s3_backend(moto_endpoint))

    result = migrate(run, spec, local)

    assert result.code == 0, result.err
    assert result.out.splitlines() == [
        f"Migrated {local} (lineage {document['lineage']}, serial {document['serial']}), "
        f"2 resources, to s3://{BUCKET}/{KEY}. {local} is unchanged: remove it once every "
        "run uses the new backend."
    ]
    found = stored(moto_endpoint)
    assert found is not None and found[0] == text  # the same document, byte for byte
    assert local.read_text(encoding="utf-8") == text
    assert keys(moto_endpoint) == [KEY]  # no lock object left, no backup of nothing
    head = s3(moto_endpoint).head_object(Bucket=BUCKET, Key=KEY)
    assert head["ServerSideEncryption"] == "AES256"
    # The next run works from the migrated state: nothing to change.
    planned = run("--local", "plan", "-f", str(spec), "--detailed-exitcode")
    assert planned.code == 0, planned.out + planned.err
    assert "No changes." in planned.out


def test_migrating_again_writes_nothing(run: Run, tmp_path: Path, moto_endpoint: str) -> None:
    spec, local = applied_local_state(run, tmp_path)
    write_spec(tmp_path, s3_backend(moto_endpoint))
    assert migrate(run, spec, local).code == 0
    before = stored(moto_endpoint)
    document = json.loads(local.read_text(encoding="utf-8"))

    again = migrate(run, spec, local)

    assert again.code == 0, again.err
    assert again.out.splitlines() == [
        f"s3://{BUCKET}/{KEY} already holds {local} (lineage {document['lineage']}, "
        f"serial {document['serial']}); nothing was written."
    ]
    assert stored(moto_endpoint) == before  # same ETag: not even rewritten
    assert keys(moto_endpoint) == [KEY]


def test_another_lineage_in_the_target_is_refused_naming_both(
    run: Run, tmp_path: Path, moto_endpoint: str
) -> None:
    spec, local = applied_local_state(run, tmp_path)
    lineage = json.loads(local.read_text(encoding="utf-8"))["lineage"]
    theirs = put(
        moto_endpoint,
        {"format": "imgver-state", "version": 1, "serial": 3, "lineage": OTHER_LINEAGE},
    )
    write_spec(tmp_path, s3_backend(moto_endpoint))

    result = migrate(run, spec, local)

    assert result.code == 1
    assert result.err.splitlines()[0] == (
        f"Error: s3://{BUCKET}/{KEY} holds another state (lineage {OTHER_LINEAGE}) than "
        f"{local} (lineage {lineage})"
    )
    assert result.out == ""
    found = stored(moto_endpoint)
    assert found is not None and found[0] == theirs
    assert keys(moto_endpoint) == [KEY]  # the lock was released


def test_a_newer_serial_of_the_same_lineage_in_the_target_is_refused(
    run: Run, tmp_path: Path, moto_endpoint: str
) -> None:
    spec, local = applied_local_state(run, tmp_path)
    document = json.loads(local.read_text(encoding="utf-8"))
    newer = dict(document, serial=document["serial"] + 4)
    theirs = put(moto_endpoint, newer)
    write_spec(tmp_path, s3_backend(moto_endpoint))

    result = migrate(run, spec, local)

    assert result.code == 1
    assert result.err.splitlines()[0] == (
        f"Error: s3://{BUCKET}/{KEY} holds a newer serial of this state "
        f"({document['serial'] + 4}) than {local} ({document['serial']})"
    )
    found = stored(moto_endpoint)
    assert found is not None and found[0] == theirs


def test_the_same_serial_with_other_contents_is_refused(
    run: Run, tmp_path: Path, moto_endpoint: str
) -> None:
    spec, local = applied_local_state(run, tmp_path)
    document = json.loads(local.read_text(encoding="utf-8"))
    edited = dict(document, resources={})
    theirs = put(moto_endpoint, edited)
    write_spec(tmp_path, s3_backend(moto_endpoint))

    result = migrate(run, spec, local)

    assert result.code == 1
    assert result.err.splitlines()[0] == (
        f"Error: s3://{BUCKET}/{KEY} and {local} hold different states with the same "
        f"lineage and serial ({document['lineage']}, serial {document['serial']})"
    )
    found = stored(moto_endpoint)
    assert found is not None and found[0] == theirs


def test_an_older_serial_of_the_same_lineage_is_brought_up_to_date(
    run: Run, tmp_path: Path, moto_endpoint: str
) -> None:
    spec, local = applied_local_state(run, tmp_path)
    text = local.read_text(encoding="utf-8")
    document = json.loads(text)
    older = put(moto_endpoint, dict(document, serial=1, resources={}))
    write_spec(tmp_path, s3_backend(moto_endpoint))

    result = migrate(run, spec, local)

    assert result.code == 0, result.err
    assert f"to s3://{BUCKET}/{KEY}, over its serial 1." in result.out
    found, backup = stored(moto_endpoint), stored(moto_endpoint, KEY + ".backup")
    assert found is not None and found[0] == text
    assert backup is not None and backup[0] == older
    assert keys(moto_endpoint) == [KEY, KEY + ".backup"]


def test_a_held_lock_on_the_target_refuses_the_migration_naming_its_holder(
    run: Run, tmp_path: Path, moto_endpoint: str
) -> None:
    spec, local = applied_local_state(run, tmp_path)
    holder = LockInfo.new("apply")
    holder = LockInfo(
        id=holder.id,
        holder="ci@runner-7",
        pid=4242,
        operation="apply",
        created=holder.created,
        version=holder.version,
    )
    lock_text = holder.to_json()
    s3(moto_endpoint).put_object(Bucket=BUCKET, Key=KEY + ".lock", Body=lock_text.encode())
    write_spec(tmp_path, s3_backend(moto_endpoint))

    result = migrate(run, spec, local, "--lock-timeout", "300ms")

    assert result.code == 1
    lines = result.err.splitlines()
    assert lines[0] == "Error: state is locked"
    assert f"Lock ID:   {holder.id}" in lines
    assert "Holder:    ci@runner-7 (pid 4242)" in lines
    assert f"Lock:      s3://{BUCKET}/{KEY}.lock" in lines
    assert "imgver waited 0.3 s for it to be released." in lines
    assert stored(moto_endpoint) is None  # nothing written
    found = stored(moto_endpoint, KEY + ".lock")
    assert found is not None and found[0] == lock_text  # the holder's lock left alone


def test_a_local_state_moves_to_another_local_file(run: Run, tmp_path: Path) -> None:
    spec, local = applied_local_state(run, tmp_path)
    text = local.read_text(encoding="utf-8")
    write_spec(tmp_path, "{type: local, path: states/shared.json}")

    result = migrate(run, spec, local)

    assert result.code == 0, result.err
    target = tmp_path / "states" / "shared.json"
    assert target.read_text(encoding="utf-8") == text
    assert sorted(path.name for path in target.parent.iterdir()) == ["shared.json"]
    assert not (tmp_path / "imgver.state.json.lock").exists()
    assert migrate(run, spec, local).out.endswith("nothing was written.\n")


def test_migrating_a_state_onto_itself_is_refused(run: Run, tmp_path: Path) -> None:
    spec, local = applied_local_state(run, tmp_path)
    text = local.read_text(encoding="utf-8")

    result = migrate(run, spec, local)

    assert result.code == 1
    assert result.err.splitlines()[0] == f"Error: {local} is already the state {spec} configures"
    assert local.read_text(encoding="utf-8") == text


def test_a_missing_source_is_refused_and_nothing_is_written(
    run: Run, tmp_path: Path, moto_endpoint: str
) -> None:
    spec = write_spec(tmp_path, s3_backend(moto_endpoint))
    missing = tmp_path / "nothing.json"

    result = migrate(run, spec, missing)

    assert result.code == 1
    assert result.err.splitlines()[0] == f"Error: there is no state in {missing} to migrate"
    assert keys(moto_endpoint) == []
    assert not (tmp_path / ".imgver").exists()  # no cloud call


def test_a_state_of_another_environment_is_refused(run: Run, tmp_path: Path) -> None:
    spec = tmp_path / "imgver.yaml"
    spec.write_text(
        SPEC.replace("{BACKEND}", LOCAL_BACKEND)
        + "environments:\n  dev: {region: us-east-1}\n  prod: {region: us-east-1}\n",
        encoding="utf-8",
    )
    assert run("--local", "--env", "dev", "apply", "-f", str(spec), "--auto-approve").code == 0
    dev_state = tmp_path / "imgver.state.dev.json"

    result = run("--local", "--env", "prod", "state", "migrate", str(dev_state), "-f", str(spec))

    assert result.code == 1
    assert result.err.splitlines()[0] == (
        f"Error: the state {dev_state} was recorded for environment dev, account "
        "123456789012, region us-east-1, not environment prod, account 123456789012, "
        "region us-east-1"
    )
    assert not (tmp_path / "imgver.state.prod.json").exists()
