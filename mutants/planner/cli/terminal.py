"""What the environment says about the terminal: whether to colour output.

Owns the colour decision: `--no-color`, then `NO_COLOR` (honoured only when non-empty, as
https://no-color.org asks), then `FORCE_COLOR` (non-empty forces colour even when piped, as
https://force-color.org asks), then `TERM=dumb`, then whether stdout is a terminal.
Must not: print anything or read options other than the ones it is given.
"""

from __future__ import annotations

from collections.abc import Mapping


def use_color(*, no_color_flag: bool, environ: Mapping[str, str], isatty: bool) -> bool:
    """Whether output should carry ANSI colour."""
    if no_color_flag or environ.get("NO_COLOR", ""):
        return False
    if environ.get("FORCE_COLOR", ""):
        return True
    if environ.get("TERM", "") == "dumb":
        return False
    return isatty
