"""Several spec environments in one command: which ones, run at once, worst exit code.

Owns the meaning of `--all-envs` and a repeated `--env` (plan, apply and drift): the
environments asked for, all checked before any of them starts (an unknown name, or a spec
error in any, stops everything); running one job per environment concurrently, each in
its own `Workspace` (its own lock, state and clients), a failure in one never stopping the
others; the text sections, one per environment, in the spec's order; and the exit code,
the worst of them (1 over 2 over 0).

Must not: plan, apply or compare by itself (the jobs do), or render a drift report's
aggregate formats (that is `planner.render.environments`).
"""

from __future__ import annotations

import io
import traceback
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from planner.cli.workspace import Options, Workspace
from planner.errors import UsageError
from state.errors import ImgverError

EXIT_OK, EXIT_ERROR, EXIT_CHANGES = 0, 1, 2


@dataclass
class Outcome:
    """What one environment's job produced: its output, exit code, and any error."""

    environment: str
    exit_code: int = EXIT_OK
    output: str = ""
    account: str = ""
    region: str = ""
    error: ImgverError | None = None
    report: Any = None  # a DriftReport, for drift
    document: dict[str, Any] | None = None  # the plan as JSON, for plan --json
    stream: io.StringIO = field(default_factory=io.StringIO)  # what the job printed

    def echo(self, text: str) -> None:
        self.stream.write(text + "\n")


Job = Callable[[Workspace, Outcome], int]


def requested(options: Options, workspace: Workspace, command: str) -> list[str] | None:
    """The environments a plan/apply/drift runs in when more than one is asked for; None
    for a single environment (or a spec without any), which runs as a plain command."""
    if not options.all_envs and len(options.environments) <= 1:
        return None
    spec = workspace.load_spec(None)
    if not spec.environments:
        raise UsageError(
            f"`imgver {command}` with {'--all-envs' if options.all_envs else 'several --env'}: "
            f"{workspace.spec_file} declares no environments",
            "declare `environments:` in the spec, or drop --all-envs and --env",
        )
    names = list(spec.environments) if options.all_envs else list(options.environments)
    unknown = [name for name in names if name not in spec.environments]
    if unknown:
        raise UsageError(
            f"unknown environment{'s' if len(unknown) > 1 else ''} "
            f"{', '.join(repr(name) for name in unknown)}",
            f"{workspace.spec_file} declares: {', '.join(spec.environments)}",
        )
    for name in names:  # every environment's spec must load before any of them runs
        workspace.load_spec(name)
    return [name for name in spec.environments if name in names]  # the spec's order


def run_environments(
    names: Sequence[str], workspace_of: Callable[[str], Workspace], job: Job
) -> list[Outcome]:
    """Run `job` in every environment at once; one Outcome each, in `names`' order."""

    def one(name: str) -> Outcome:
        outcome = Outcome(environment=name)
        workspace = workspace_of(name)
        try:
            outcome.exit_code = job(workspace, outcome)
        except ImgverError as error:
            outcome.error, outcome.exit_code = error, error.exit_code
        except Exception as error:  # a bug in one environment must not hide the others
            outcome.error = ImgverError(
                f"internal error: {type(error).__name__}: {error}",
                "".join(traceback.format_exception(error)) if workspace.options.debug else "",
            )
            outcome.exit_code = EXIT_ERROR
        outcome.account, outcome.region = workspace.known_where()
        outcome.output = outcome.stream.getvalue().rstrip("\n")
        return outcome

    with ThreadPoolExecutor(max_workers=len(names), thread_name_prefix="env") as pool:
        return list(pool.map(one, names))


def worst_exit_code(outcomes: Sequence[Outcome]) -> int:
    """1 if any environment failed, else 2 if any has changes or drift, else 0."""
    codes = {outcome.exit_code for outcome in outcomes}
    if codes - {EXIT_OK, EXIT_CHANGES}:
        return EXIT_ERROR
    return EXIT_CHANGES if EXIT_CHANGES in codes else EXIT_OK


def heading(outcome: Outcome) -> str:
    """`== Environment prod (account 222222222222, region eu-west-1) ==`."""
    where = ", ".join(
        part
        for part in (
            f"account {outcome.account}" if outcome.account else "",
            f"region {outcome.region}" if outcome.region else "",
        )
        if part
    )
    return f"== Environment {outcome.environment}{f' ({where})' if where else ''} =="


def sections(outcomes: Sequence[Outcome]) -> str:
    """The text of every environment under its heading, errors as `Error: ...` lines."""
    parts = []
    for outcome in outcomes:
        lines = [heading(outcome)]
        if outcome.output:
            lines.append(outcome.output)
        if outcome.error is not None:
            lines.append(f"Error: {outcome.error.summary}")
            if outcome.error.detail:
                lines.append(outcome.error.detail)
        parts.append("\n".join(lines))
    return "\n\n".join(parts)


def summary_line(outcomes: Sequence[Outcome], words: dict[int, str]) -> str:
    """`dev: no changes; staging: changes; prod: error` for the last line of a run."""
    return "; ".join(
        f"{outcome.environment}: {words.get(outcome.exit_code, 'error')}" for outcome in outcomes
    )
