"""The mirror of a local store's state: the text a fold writes without reading the file and
the journal back, byte for byte the text of the state it follows."""

from __future__ import annotations

import json
from collections.abc import Callable

from state.recorded.document import render_state
from state.recorded.mirror import Mirror, record_texts
from state.recorded.model import PendingOperation, ResourceRecord, State
from state.recorded.wal import entry_line

VERSION = "AWS::SageMaker::ImageVersion"


def record(notes: str, *, pending: bool = False) -> ResourceRecord:
    return ResourceRecord(
        type=VERSION,
        identifier=None if pending else f"arn:version/{notes}",
        region="us-east-1",
        properties={"ImageName": "data-science", "ReleaseNotes": notes, "Aliases": ["é-latest"]},
        pending=PendingOperation("CREATE", "token", "2024-11-05T10:00:00Z") if pending else None,
    )


def test_a_mirror_follows_writes_as_the_state_renders(make_state: Callable[..., State]) -> None:
    state = make_state(serial=4)
    state.account, state.region, state.environment = "123456789012", "us-east-1", "prod"
    mirror = Mirror.of(state)
    assert mirror.text() == render_state(state)

    for change in (
        lambda: state.resources.__setitem__("image_versions.b", record("b", pending=True)),
        lambda: state.resources.__setitem__("image_versions.a", record("a")),
        lambda: state.resources.__setitem__("image_versions.b", record("b")),
        lambda: state.resources.pop("image_versions.ds-2024-10"),
    ):
        before = set(state.resources)
        change()
        changed = (before ^ set(state.resources)) | {"image_versions.b", "image_versions.a"}
        state.serial += 1
        mirror.apply(state.serial, record_texts(state, changed))
        assert mirror.text() == render_state(state)
    assert sorted(json.loads(mirror.text())["resources"]) == ["image_versions.a", "image_versions.b"]


def test_a_journal_line_holds_the_records_texts_as_one_compact_json_document(
    make_state: Callable[..., State],
) -> None:
    state = make_state(serial=7)
    state.resources["image_versions.new"] = record("new")
    del state.resources["image_versions.ds-2024-10"]
    texts = record_texts(state, ["image_versions.new", "image_versions.ds-2024-10"])

    line = entry_line(8, state.lineage, texts)

    document = {
        "serial": 8,
        "lineage": state.lineage,
        "records": {
            "image_versions.ds-2024-10": None,
            "image_versions.new": record("new").to_document(),
        },
    }
    assert line == (json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n").encode()
