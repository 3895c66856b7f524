"""Property-based: generated malformed specs, state files, saved plans and local cloud data
against `validate`, `plan`, `apply PLANFILE`, `drift`, `show` and the `state` commands.

Whatever is generated, each run ends with exit 0 (or 2: changes or drift) or with exit 1 and
one `Error:` line first on stderr, never a traceback, an internal error or a hang (each run
of the CLI is stopped after `RUN_TIMEOUT` seconds), and a refused run writes nothing.

Bounded for CI: the `ci` profile (the default) runs a fixed, derandomized set of few, small
examples, about 30 s in all on two cores; `IMGVER_HYPOTHESIS_PROFILE=dev` runs many random
ones.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import random
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.cli.app import main

ROOT = Path(__file__).resolve().parents[2]
QUICKSTART = (ROOT / "examples" / "quickstart.yaml").read_text(encoding="utf-8")
_HEALTH = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
settings.register_profile(
    "ci",
    max_examples=6,
    deadline=None,  # RUN_TIMEOUT bounds each run instead: a deadline only measures
    derandomize=True,
    database=None,
    suppress_health_check=_HEALTH,
)
settings.register_profile(
    "dev", max_examples=60, deadline=None, derandomize=False, suppress_health_check=_HEALTH
)
BOUNDED = settings(settings.get_profile(os.environ.get("IMGVER_HYPOTHESIS_PROFILE", "ci")))
RUN_TIMEOUT = 20.0  # seconds one CLI run may take before it counts as a hang


class Hang(BaseException):
    """A CLI run outlived RUN_TIMEOUT (a BaseException, so no `except Exception` hides it)."""


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    def stop(signum: int, frame: Any) -> None:
        raise Hang(f"a run took over {seconds} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=12,
)


def imgver(*args: str) -> tuple[int, str]:
    """Run the CLI in-process; (exit code, stderr)."""
    err = io.StringIO()
    with (
        contextlib.redirect_stderr(err),
        contextlib.redirect_stdout(io.StringIO()),
        time_limit(RUN_TIMEOUT),
    ):
        try:
            main(list(args))
        except SystemExit as stop:
            code = stop.code if isinstance(stop.code, int) else 0
        else:
            code = 0
    return code, err.getvalue()


def assert_clean(
    code: int, err: str, context: object = None, *, codes: tuple[int, ...] = (0, 1)
) -> None:
    """Exit 0 (or another of `codes`), or exit 1 with one `Error:` line, the first."""
    assert code in codes, (context, code, err)
    assert "Traceback" not in err, (context, err)
    assert "internal error" not in err, (context, err)
    errors = [line for line in err.splitlines() if line.startswith("Error:")]
    if code == 1:
        assert err.startswith("Error: ") and len(errors) == 1, (context, err)
    else:
        assert not errors, (context, err)


def kept(folder: Path) -> dict[str, bytes]:
    """What a refused run must not change: every file but the lock files reads may take."""
    return {name: data for name, data in snapshot(folder).items() if not name.endswith(".lock")}


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def mutate_text(text: str, seed: int) -> str:
    """A few random edits of `text`: deleted, duplicated or replaced characters and lines."""
    dice = random.Random(seed)
    lines = text.splitlines(keepends=True)
    for _ in range(dice.randint(1, 4)):
        index = dice.randrange(len(lines))
        choice = dice.randrange(5)
        if choice == 0:
            del lines[index]
        elif choice == 1:
            lines.insert(index, lines[dice.randrange(len(lines))])
        elif choice == 2:
            line = lines[index]
            cut = dice.randrange(len(line) + 1)
            lines[index] = (
                line[:cut]
                + dice.choice(
                    [
                        "&a ",
                        "*a",
                        "!foo ",
                        "[",
                        "{",
                        "${var.",
                        ": ",
                        "- ",
                        "\t",
                        "'",
                        '"',
                        "#",
                        "0x",
                        "99999999999999999999999",
                    ]
                )
                + line[cut:]
            )
        elif choice == 3:
            lines[index] = " " * dice.randrange(8) + lines[index].lstrip()
        else:
            lines[index] = lines[index][::-1]
        if not lines:
            lines = ["\n"]
    return "".join(lines)


def workdir(tmp: Path, spec_text: str) -> Path:
    folder = tmp / f"w{random.randrange(1 << 30)}"
    folder.mkdir()
    (folder / "imgver.yaml").write_text(spec_text, encoding="utf-8")
    return folder


@BOUNDED
@given(seed=st.integers(min_value=0, max_value=2**31))
def test_mutated_specs_are_valid_or_one_clean_error(tmp_path_factory: Any, seed: int) -> None:
    folder = workdir(tmp_path_factory.mktemp("spec"), mutate_text(QUICKSTART, seed))
    spec = str(folder / "imgver.yaml")
    before = kept(folder)
    for args in (("validate",), ("plan",), ("drift",), ("state", "list")):
        code, err = imgver("--local", "--no-color", *args, "-f", spec)
        assert_clean(code, err, (seed, args), codes=(0, 1, 2))
    assert kept(folder) == before  # none of them writes state


@BOUNDED
@given(document=json_values, text=st.text(max_size=40))
def test_generated_state_files_are_read_or_refused_cleanly(
    tmp_path_factory: Any, document: Any, text: str
) -> None:
    folder = workdir(tmp_path_factory.mktemp("state"), QUICKSTART)
    spec = str(folder / "imgver.yaml")
    saved = str(folder / "saved.plan")
    # A plan saved against the empty state, then the state replaced by a generated one.
    code, err = imgver("--local", "--no-color", "plan", "-f", spec, "--out", saved)
    assert code == 0, err
    for content in (
        json.dumps(document),
        text,
        json.dumps(
            {
                "format": "imgver-state",
                "version": 1,
                "serial": 1,
                "lineage": "x",
                "resources": document,
            }
        ),
    ):
        (folder / "imgver.state.json").write_text(content, encoding="utf-8")
        before = kept(folder)
        for args in (
            ("state", "list", "-f", spec),
            ("show", "-f", spec),
            ("state", "rm", "images.data-science", "-f", spec),
            ("state", "mv", "images.data-science", "images.other", "-f", spec),
            ("drift", "-f", spec),
            ("plan", "-f", spec),
            ("apply", saved, "-f", spec),
        ):
            code, err = imgver("--local", "--no-color", *args)
            assert_clean(code, err, (content, args), codes=(0, 1, 2))
            if code == 1:
                assert kept(folder) == before, (content, args)
            before = kept(folder)


@BOUNDED
@given(
    path=st.lists(
        st.sampled_from(
            [
                "changes",
                "steps",
                0,
                1,
                "properties",
                "identifier",
                "mode",
                "region",
                "kind",
                "patch",
                "lineage",
                "serial",
                "live_fingerprints",
            ]
        ),
        min_size=1,
        max_size=4,
    ),
    value=json_values,
)
def test_edited_saved_plans_are_never_applied(
    tmp_path_factory: Any, path: list[Any], value: Any
) -> None:
    folder = workdir(tmp_path_factory.mktemp("plan"), QUICKSTART)
    spec = str(folder / "imgver.yaml")
    plan_file = folder / "saved.plan"
    code, err = imgver("--local", "--no-color", "plan", "-f", spec, "--out", str(plan_file))
    assert code == 0, err
    document = json.loads(plan_file.read_text(encoding="utf-8"))
    edited = _set(document, path, value)
    if edited == json.loads(plan_file.read_text(encoding="utf-8")):
        return
    plan_file.write_text(json.dumps(edited), encoding="utf-8")
    before = kept(folder)

    for command in (("show", str(plan_file)), ("apply", str(plan_file), "-f", spec)):
        code, err = imgver("--local", "--no-color", *command)
        assert_clean(code, err, (path, value, command))
    assert code == 1, "an edited plan was applied"
    assert kept(folder) == before


def _set(document: Any, path: list[Any], value: Any) -> Any:
    """A copy of `document` with the value at `path` (as far as it exists) replaced."""
    copy = json.loads(json.dumps(document))
    node = copy
    for part in path[:-1]:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return copy
    try:
        node[path[-1]] = value
    except (KeyError, IndexError, TypeError):
        pass
    return copy


@BOUNDED
@given(document=json_values)
def test_generated_local_cloud_data_is_used_or_refused_cleanly(
    tmp_path_factory: Any, document: Any
) -> None:
    folder = workdir(tmp_path_factory.mktemp("cloud"), QUICKSTART)
    spec = str(folder / "imgver.yaml")
    saved = str(folder / "saved.plan")
    code, err = imgver("--local", "--no-color", "plan", "-f", spec, "--out", saved)
    assert code == 0, err
    # An old-format JSON data file beside no database: the first command imports it, or
    # refuses it and makes no database (state/localcloud/store.py).
    data = folder / ".imgver" / "local-cloud.json"
    data.parent.mkdir(exist_ok=True)
    envelope = {"format": "imgver-local-cloud", "version": 1, "regions": {"us-east-1": document}}
    for content in (json.dumps(document), json.dumps(envelope)):
        for made in data.parent.glob("local-cloud.db*"):
            made.unlink()
        data.write_text(content, encoding="utf-8")
        for args in (("plan",), ("drift",), ("state", "list"), ("apply", saved)):
            before = kept(folder)
            code, err = imgver("--local", "--no-color", *args, "-f", spec)
            assert_clean(code, err, (content, args), codes=(0, 1, 2))
            if code == 1:
                assert kept(folder) == before, (content, args)
