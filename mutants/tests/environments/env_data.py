"""Where the example spec's environments keep their state, and reading it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

DEV, STAGING, PROD = "111111111111", "111111111111", "222222222222"


def state_file(spec: Path, environment: str) -> Path:
    name = "imgver.prod.state.json" if environment == "prod" else f"imgver.state.{environment}.json"
    return spec.parent / name


def state_of(spec: Path, environment: str) -> dict[str, Any]:
    return json.loads(state_file(spec, environment).read_text(encoding="utf-8"))
