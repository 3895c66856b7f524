"""The property suite's runs: created resources complete at once in the local cloud."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def instant_operations(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("IMGVER_LOCAL_OP_SECONDS", "0")
    for name in ("IMGVER_LOCAL", "IMGVER_REGION", "IMGVER_DEBUG", "IMGVER_PLAN_KEY"):
        monkeypatch.delenv(name, raising=False)
    yield
