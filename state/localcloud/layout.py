"""Which parts of the local cloud's data are rows of their own, and how they are ranked.

The data is one tree (`regions`, `ecr`, `iam`, the version 1 JSON document's shape); this
says where it is cut into rows (`rows.Layout`) so that no call reads or writes more than
the rows it touches:
- `regions[PARTITION]`: `pending`, `sequence`; under it `images[ImageArn]` (the image's
  model, `next_version`), and under each image `versions[N]` and `alias_owners[alias]`;
  `requests[RequestToken]` ranked by the time it finished (unranked while it runs),
  `client_tokens[ClientToken]` ranked by when it was used, `archiving[ImageVersionArn]`
  ranked by when it is due;
- `ecr[ACCOUNT/REGION]`: one registry's repositories, images and tags;
- `iam[ACCOUNT]`: one account's roles.

Must not: know the rules of the data (the engine and the handlers do) or SQL (rows.py).
"""

from __future__ import annotations

from typing import Any

from state.localcloud.engine import ACTIVE
from state.localcloud.rows import Layout

# Ranks are read from data that may come from an old, hand-edited JSON file: an item of
# another shape is unranked (it is never found by a `ranked` query), not an error.


def _finished_at(request: Any) -> float | None:
    try:
        event = request["event"]
        return None if event["OperationStatus"] in ACTIVE else float(event["EventTime"])
    except (KeyError, TypeError, ValueError):
        return None


def _used_at(client_token: Any) -> float | None:
    try:
        return float(client_token["used"])
    except (KeyError, TypeError, ValueError):
        return None


def _due_at(when: Any) -> float | None:
    try:
        return float(when)
    except (TypeError, ValueError):
        return None


DATA = Layout(
    children={
        "regions": Layout(
            children={
                "images": Layout(children={"versions": Layout(), "alias_owners": Layout()}),
                "requests": Layout(rank=_finished_at),
                "client_tokens": Layout(rank=_used_at),
                "archiving": Layout(rank=_due_at),
            }
        ),
        "ecr": Layout(),
        "iam": Layout(),
    }
)
