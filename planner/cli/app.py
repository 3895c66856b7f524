"""The `imgver` command line: parse options, call the planner core, render, choose the exit code.

Thin on purpose: every decision lives in the core modules, every picture in
`planner.render`. This module owns the option names, the
`IMGVER_<OPTION>` environment variables, prompts, and the single path from an error to
`Error: ...` on stderr and exit code 1. Heavy modules (boto3, the planner core) are
imported inside commands so `imgver --help` starts fast.

Exit codes: 0 success / no changes / in sync; 1 error; 2 changes pending
(`plan --detailed-exitcode`) or drift found (`drift`).
"""

from __future__ import annotations

import dataclasses
import os
import sys
import traceback
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from planner import __version__
from planner.cli.argv import hoist_global_options
from planner.cli.command import Typer
from planner.cli.durations import parse_duration
from planner.cli.terminal import use_color
from planner.cli.workspace import DEFAULT_SPEC_FILE, Options, Workspace
from state.errors import ImgverError

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Sequence

    from planner.apply.interrupt import Interrupt
    from planner.baseimage.checks import BaseImageReading
    from planner.cli.drift_prompt import Answers
    from planner.cli.environments import Job, Outcome
    from planner.cli.reports import ReportPlan
    from planner.drift.compare import DriftReport
    from planner.plan.changes import Plan, PlanMode
    from planner.render.progress import ProgressSink
    from planner.spec.desired import DriftIgnore
    from state.cloud.registry import Registry
    from state.recorded.lock import LockInfo
    from state.recorded.model import State

EXIT_OK, EXIT_ERROR, EXIT_CHANGES = 0, 1, 2

app = Typer(
    name="imgver",
    help="Plan and apply Amazon SageMaker image versions through the AWS Cloud Control API.",
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
state_app = Typer(help="Inspect and edit the recorded state.")
local_cloud_app = Typer(help="The embedded local Cloud Control emulator.")
app.add_typer(state_app, name="state")
app.add_typer(local_cloud_app, name="local-cloud")

SpecOption = Annotated[
    Path,
    typer.Option(
        "-f", "--file", metavar="SPEC", help="The spec file (YAML or JSON).", envvar="IMGVER_FILE"
    ),
]
TargetOption = Annotated[
    list[str] | None,
    typer.Option(
        "--target", metavar="ADDR", help="Limit to this address (and what it needs). Repeatable."
    ),
]
ReplaceOption = Annotated[
    list[str] | None,
    typer.Option(
        "--replace", metavar="ADDR", help="Force the replacement of this address. Repeatable."
    ),
]
AutoApproveOption = Annotated[
    bool, typer.Option("--auto-approve", help="Apply without asking for confirmation.")
]
SkipPreflightOption = Annotated[
    bool,
    typer.Option(
        "--skip-preflight",
        help="Read nothing from ECR or IAM: no base-image pre-flight, no stale-tag check.",
    ),
]


def _parse_bool(text: str) -> bool:
    """`--input=false`: true/false, yes/no, 1/0, on/off."""
    word = text.strip().lower()
    if word in ("true", "yes", "1", "on"):
        return True
    if word in ("false", "no", "0", "off"):
        return False
    raise typer.BadParameter(f"{text!r} is not true or false", param_hint="'--input'")


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"imgver {__version__}")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def global_options(
    ctx: typer.Context,
    region: Annotated[
        str | None,
        typer.Option(
            metavar="REGION",
            help="AWS region (else the spec's, else AWS_REGION).",
            envvar="IMGVER_REGION",
        ),
    ] = None,
    profile: Annotated[
        str | None,
        typer.Option(metavar="NAME", help="Named AWS profile.", envvar="IMGVER_PROFILE"),
    ] = None,
    endpoint_url: Annotated[
        str | None,
        typer.Option(
            metavar="URL",
            help="Endpoint URL for both Cloud Control and SageMaker (e.g. a local-cloud server).",
            envvar="IMGVER_ENDPOINT_URL",
        ),
    ] = None,
    local: Annotated[
        bool,
        typer.Option(
            "--local",
            help="Use the embedded local cloud (.imgver/local-cloud.db).",
            envvar="IMGVER_LOCAL",
        ),
    ] = False,
    parallelism: Annotated[
        int,
        typer.Option(
            min=1,
            max=256,
            metavar="N",
            help="Operations and reads at once (1 to 256).",
            envvar="IMGVER_PARALLELISM",
        ),
    ] = 10,
    lock_timeout: Annotated[
        float,
        typer.Option(
            parser=parse_duration,
            metavar="DURATION",
            help="How long to wait for the state lock: 30, 30s, 2m, 1m30s (default 0: no wait).",
            envvar="IMGVER_LOCK_TIMEOUT",
            show_default=False,
        ),
    ] = 0.0,
    var: Annotated[
        list[str] | None,
        typer.Option(
            "--var",
            metavar="NAME=VALUE",
            help="Override a spec variable (beats --var-file and IMGVER_VAR_NAME). Repeatable.",
        ),
    ] = None,
    var_file: Annotated[
        list[Path] | None,
        typer.Option(
            "--var-file",
            metavar="FILE",
            help="Read spec variables from a YAML or JSON file. Repeatable; a later file wins.",
        ),
    ] = None,
    input_allowed: Annotated[
        str,
        typer.Option(
            "--input",
            metavar="BOOL",
            help="--input=false fails instead of asking for approval.",
            envvar="IMGVER_INPUT",
        ),
    ] = "true",
    env: Annotated[
        list[str] | None,
        typer.Option(
            "--env",
            metavar="NAME",
            help="The spec environment to work on. Repeatable for plan, apply and drift.",
            envvar="IMGVER_ENV",
        ),
    ] = None,
    all_envs: Annotated[
        bool,
        typer.Option(
            "--all-envs", help="plan, apply and drift: every environment of the spec, at once."
        ),
    ] = False,
    no_color: Annotated[
        bool,
        typer.Option("--no-color", help="Plain output without colour.", envvar="IMGVER_NO_COLOR"),
    ] = False,
    debug: Annotated[
        bool, typer.Option("--debug", help="Show tracebacks for errors.", envvar="IMGVER_DEBUG")
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version_callback, is_eager=True, help="Show the version."
        ),
    ] = False,
) -> None:
    """Plan and apply Amazon SageMaker image versions through the AWS Cloud Control API."""
    _help_when_bare(ctx)
    color = use_color(no_color_flag=no_color, environ=os.environ, isatty=sys.stdout.isatty())
    ctx.obj = Options(
        region=region,
        profile=profile,
        endpoint_url=endpoint_url,
        local=local,
        parallelism=parallelism,
        lock_timeout=lock_timeout,
        variables=tuple(var or ()),
        var_files=tuple(var_file or ()),
        color=color,
        input=_parse_bool(input_allowed),
        debug=debug,
        environments=tuple(env or ()),
        all_envs=all_envs,
    )


def _help_when_bare(ctx: typer.Context) -> None:
    """A command group run without a command prints its help, like `--help`."""
    if ctx.invoked_subcommand is None:
        typer.echo(ctx.get_help())
        raise typer.Exit(EXIT_OK)


@state_app.callback(invoke_without_command=True)
def state_group(ctx: typer.Context) -> None:
    """Inspect and edit the recorded state."""
    _help_when_bare(ctx)


@local_cloud_app.callback(invoke_without_command=True)
def local_cloud_group(ctx: typer.Context) -> None:
    """The embedded local Cloud Control emulator."""
    _help_when_bare(ctx)


def _workspace(ctx: typer.Context, spec_file: Path) -> Workspace:
    """The workspace of a command that works on one environment (or a spec without any)."""
    from planner.errors import UsageError

    options: Options = ctx.obj
    if options.all_envs or len(options.environments) > 1:
        raise UsageError(
            f"`imgver {ctx.info_name}` works on one environment at a time",
            "pass a single --env NAME; --all-envs and repeated --env are for plan, apply and drift",
        )
    environment = options.environments[0] if options.environments else None
    return Workspace(options=options, spec_file=spec_file, environment=environment)


@app.command()
def permissions(
    read_only: Annotated[
        bool,
        typer.Option("--read-only", help="Only what plan and drift need: no changes."),
    ] = False,
) -> None:
    """Print the least-privilege IAM policy document an apply (or a drift job) needs."""
    import json

    from state.cloud.policy import policy_document

    typer.echo(json.dumps(policy_document(read_only=read_only), indent=2))


@app.command()
def validate(ctx: typer.Context, file: SpecOption = Path(DEFAULT_SPEC_FILE)) -> None:
    """Check the spec against the resource schemas; never touches AWS or state."""
    workspace = _workspace(ctx, file)
    spec = workspace.load_spec(workspace.environment)
    names = (workspace.environment,) if workspace.environment else spec.environments
    for name in names:  # each environment's vars must resolve too
        workspace.load_spec(name)
    count = len(spec.resources)
    where = f" in {len(names)} environment{'s' if len(names) != 1 else ''}" if names else ""
    typer.echo(f"{file}: valid ({count} resource{'s' if count != 1 else ''}{where}).")


@app.command()
def plan(
    ctx: typer.Context,
    file: SpecOption = Path(DEFAULT_SPEC_FILE),
    out: Annotated[
        Path | None, typer.Option("--out", metavar="PLANFILE", help="Save the plan to this file.")
    ] = None,
    detailed_exitcode: Annotated[
        bool, typer.Option("--detailed-exitcode", help="Exit 2 when there are changes.")
    ] = False,
    json_output: Annotated[bool, typer.Option("--json", help="Print the plan as JSON.")] = False,
    refresh_only: Annotated[
        bool, typer.Option("--refresh-only", help="Only record live values into state.")
    ] = False,
    destroy: Annotated[
        bool, typer.Option("--destroy", help="Plan to destroy everything in state.")
    ] = False,
    target: TargetOption = None,
    replace: ReplaceOption = None,
    skip_preflight: SkipPreflightOption = False,
) -> None:
    """Compare the spec with the live resources and show what apply would do."""
    from planner.plan.build import check_requests
    from planner.plan.planfile import check_writable, save_plan
    from planner.plan.signing import PLAN_KEY_ENV

    ctx.obj = dataclasses.replace(ctx.obj, skip_preflight=skip_preflight)
    mode: PlanMode = "destroy" if destroy else "refresh-only" if refresh_only else "normal"
    names = _several_environments(ctx, file, "plan")
    if names is not None:
        if out is not None:
            _refuse_with_several("--out", "a saved plan belongs to one environment")
        _plan_environments(
            ctx,
            file,
            names,
            mode=mode,
            targets=target,
            force_replace=replace,
            as_json=json_output,
            detailed_exitcode=detailed_exitcode,
        )
    workspace = _workspace(ctx, file)
    if out is not None:
        check_writable(out)
    check_requests(
        workspace.spec.resources, workspace.store.read(), mode, target or (), replace or ()
    )
    state = workspace.read_state()
    the_plan = _make_plan(workspace, state, mode=mode, targets=target, force_replace=replace)
    _print_plan(the_plan, as_json=json_output, color=ctx.obj.color)
    if out is not None:
        save_plan(the_plan, out, key=os.environ.get(PLAN_KEY_ENV))
        typer.echo(f"\nSaved the plan to {out}. Apply it with: imgver apply {out}", err=json_output)
    if detailed_exitcode and the_plan.has_changes:
        raise typer.Exit(EXIT_CHANGES)


@app.command()
def apply(
    ctx: typer.Context,
    plan_file: Annotated[
        Path | None, typer.Argument(metavar="PLANFILE", help="A plan saved by `plan --out`.")
    ] = None,
    file: SpecOption = Path(DEFAULT_SPEC_FILE),
    auto_approve: AutoApproveOption = False,
    target: TargetOption = None,
    replace: ReplaceOption = None,
    skip_preflight: SkipPreflightOption = False,
) -> None:
    """Make the live resources match the spec (or apply a saved plan)."""
    ctx.obj = dataclasses.replace(ctx.obj, skip_preflight=skip_preflight)
    names = _several_environments(ctx, file, "apply")
    if names is not None:
        if plan_file is not None:
            _refuse_with_several("PLANFILE", "a saved plan belongs to one environment")
        if not auto_approve:
            _refuse_with_several("apply without --auto-approve", "review `imgver plan` first")
        _apply_environments(ctx, file, names, targets=target, force_replace=replace)
    _run_apply(
        ctx,
        file,
        plan_file=plan_file,
        mode="normal",
        auto_approve=auto_approve,
        targets=target,
        force_replace=replace,
    )


@app.command()
def destroy(
    ctx: typer.Context,
    file: SpecOption = Path(DEFAULT_SPEC_FILE),
    auto_approve: AutoApproveOption = False,
    target: TargetOption = None,
) -> None:
    """Delete every resource in state (or the targeted ones)."""
    _run_apply(
        ctx,
        file,
        plan_file=None,
        mode="destroy",
        auto_approve=auto_approve,
        targets=target,
        force_replace=None,
    )


@app.command()
def show(
    ctx: typer.Context,
    plan_file: Annotated[
        Path | None,
        typer.Argument(metavar="PLANFILE", help="A saved plan; without it, the state."),
    ] = None,
    file: SpecOption = Path(DEFAULT_SPEC_FILE),
    json_output: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """Show a saved plan, or the recorded state."""
    import json

    if plan_file is not None:
        from planner.plan.planfile import load_plan

        _print_plan(load_plan(plan_file), as_json=json_output, color=ctx.obj.color)
        return
    state = _workspace(ctx, file).store.read()
    if json_output:
        from planner.render.tfjson import state_to_json

        # Terraform's state JSON on one line, as `terraform show -json` prints it.
        typer.echo(json.dumps(state_to_json(state), separators=(",", ":")))
        return
    from planner.cli.state_commands import state_show

    for address in sorted(state.resources):
        typer.echo(state_show(state, address))


@app.command()
def drift(
    ctx: typer.Context,
    file: SpecOption = Path(DEFAULT_SPEC_FILE),
    output_format: Annotated[
        list[str] | None,
        typer.Option(
            "--format",
            metavar="[text|json|markdown|junit|html]",
            help="Report format (default text). Repeatable, each paired with an --output.",
        ),
    ] = None,
    output: Annotated[
        list[Path] | None,
        typer.Option(
            "--output",
            metavar="FILE",
            help="Write the report of the matching --format here. Repeatable.",
        ),
    ] = None,
    ignore: Annotated[
        list[str] | None,
        typer.Option(
            "--ignore",
            metavar="ADDR[.PROPERTY]",
            help="Ignore ADDR or ADDR.Property (with --reason: in the spec's drift.ignore). "
            "Repeatable.",
        ),
    ] = None,
    accept: Annotated[
        list[str] | None,
        typer.Option(
            "--accept",
            metavar="ADDR[.PROPERTY]",
            help="Write the live value of ADDR's differences (or only ADDR.Property's) into "
            "the spec and state. Repeatable.",
        ),
    ] = None,
    reason: Annotated[
        str | None,
        typer.Option(
            "--reason", metavar="TEXT", help="Write the --ignore rules into the spec with TEXT."
        ),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option(
            "--until", metavar="YYYY-MM-DD", help="With --reason: the last day the rules apply."
        ),
    ] = None,
    interactive: Annotated[
        bool,
        typer.Option(
            "--interactive",
            help="Ask per drifted property: accept the live value, ignore it, or keep the spec's.",
        ),
    ] = False,
) -> None:
    """Report differences between the live resources, the spec and state (exit 2 on drift).

    --accept and --ignore ... --reason answer the drift in the spec file, keeping its
    comments, then report what is left; --interactive asks which answer to give.
    """
    import datetime as dt

    from planner.cli.drift_answers import answer_drift, ignore_rules
    from planner.cli.files import check_output, write_output
    from planner.cli.reports import pair_reports
    from planner.drift.compare import parse_ignore
    from planner.render.drift import render_drift

    reports = pair_reports(output_format or [], output or [])
    for _, path in reports.files:
        check_output(path, "drift report")
    now = dt.datetime.now(dt.UTC)
    rules = ignore_rules(ignore or (), reason, until, today=now.date())
    extra_ignores = [] if rules else [parse_ignore(text) for text in ignore or ()]
    names = _several_environments(ctx, file, "drift")
    if names is not None:
        if accept or rules:
            _refuse_with_several(
                "--accept and --reason", "each environment has its own live values"
            )
        _drift_environments(ctx, file, names, reports=reports, ignores=extra_ignores)
    workspace = _workspace(ctx, file)
    to_stdout = reports.to_stdout in (None, "text")
    accept = list(accept or ())
    if interactive:
        _check_interactive(ctx.obj, asked=bool(accept or rules), to_stdout=to_stdout)
    try:
        asked = _ask_about_drift(workspace, ctx.obj, now, extra_ignores) if interactive else None
        if asked is not None:
            accept, rules = asked[1].accept, asked[1].rules
        if accept or rules:
            answered = answer_drift(
                workspace,
                accept=accept,
                rules=rules,
                parallelism=ctx.obj.parallelism,
                lock_timeout=ctx.obj.lock_timeout,
                today=now.date(),
                now=now.isoformat(timespec="seconds"),
            )
            for line in answered.lines:
                typer.echo(line, err=not to_stdout)
            report = answered.report
        elif asked is not None:
            report = asked[0]
        else:
            report = workspace.detect_drift(ignores=extra_ignores, now=now)
    except ImgverError as error:
        # A CI test view still shows the failure: each JUnit report holds one <error> case.
        _write_junit_errors(reports.files, error, now.isoformat(timespec="seconds"))
        raise
    if reports.to_stdout is not None:
        color = ctx.obj.color and reports.to_stdout == "text"
        typer.echo(render_drift(report, reports.to_stdout, color=color), color=color)
    else:
        typer.echo(render_drift(report, "text", color=ctx.obj.color), color=ctx.obj.color)
    for report_format, path in reports.files:
        write_output(path, render_drift(report, report_format) + "\n", "drift report")
        typer.echo(f"Wrote the {report_format} report to {path}.")
    raise typer.Exit(report.exit_code)


def _check_interactive(options: Options, *, asked: bool, to_stdout: bool) -> None:
    """Refuse, before anything is read, an --interactive run that cannot ask."""
    from planner.errors import UsageError

    if asked or not to_stdout:
        raise UsageError(
            "--interactive cannot be used with --accept, --reason or a report on stdout "
            "other than text",
            "write other formats with --format FORMAT --output FILE",
        )
    if not options.input:
        raise UsageError(
            "--interactive asks questions, but --input=false forbids asking them",
            "answer with --accept ADDR[.Property] or --ignore ADDR --reason TEXT instead",
        )


def _ask_about_drift(
    workspace: Workspace, options: Options, now: dt.datetime, ignores: list[DriftIgnore]
) -> tuple[DriftReport, Answers]:
    """The drift read once, and the person's answer to each drifted property."""
    from planner.cli.drift_prompt import ask, read_answer

    report = workspace.detect_drift(ignores=ignores, now=now)
    answers = ask(report, read_line=read_answer, echo=typer.echo, today=now.date())
    if answers.accept or answers.rules:
        typer.echo("")
    return report, answers


@app.command()
def pin(
    ctx: typer.Context,
    file: SpecOption = Path(DEFAULT_SPEC_FILE),
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Print what would be pinned; change nothing.")
    ] = False,
) -> None:
    """Rewrite each ECR repo:tag BaseImage of the spec as repo@sha256:DIGEST (its digest now)."""
    from planner.cli.pinning import pin_spec

    for line in pin_spec(_workspace(ctx, file), dry_run=dry_run):
        typer.echo(line)


@app.command(name="import")
def import_command(
    ctx: typer.Context,
    address: Annotated[
        str, typer.Argument(metavar="ADDR", help="The spec address, e.g. image_versions.ds.")
    ],
    identifier: Annotated[
        str,
        typer.Argument(
            metavar="IDENTIFIER", help="The resource's ARN (or, for an image, its name)."
        ),
    ],
    file: SpecOption = Path(DEFAULT_SPEC_FILE),
) -> None:
    """Adopt an existing resource into state under ADDR."""
    from planner.cli.state_commands import import_resource
    from planner.plan.binding import bind_state

    workspace = _workspace(ctx, file)
    store = workspace.store
    with store.lock("import", timeout=ctx.obj.lock_timeout):
        state = workspace.read_state()
        bind_state(state, workspace.target)
        record = import_resource(
            address,
            identifier,
            desired=workspace.spec.resources,
            state=state,
            store=store,
            cloud=workspace.cloud,
        )
    typer.echo(f"Imported {address} [id={record.identifier}].")


@app.command()
def adopt(
    ctx: typer.Context,
    image: Annotated[str, typer.Option("--image", metavar="NAME", help="The image to adopt.")],
    file: SpecOption = Path(DEFAULT_SPEC_FILE),
    write: Annotated[
        Path | None,
        typer.Option(
            "--write",
            metavar="FILE",
            help="Add the entries to FILE instead of the spec (nothing is imported then).",
        ),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Print the entries; write and import nothing.")
    ] = False,
) -> None:
    """Write a spec entry for an image and every live version of it, and import them."""
    from planner.cli.adopt import plan_adoption, record_adoption
    from planner.plan.binding import bind_state
    from planner.spec.rewrite import add_entries, render_entries

    workspace = _workspace(ctx, file)
    store = workspace.store
    desired = workspace.spec.resources
    if dry_run:
        adoption = plan_adoption(
            image, desired=desired, state=workspace.read_state(), cloud=workspace.cloud
        )
        typer.echo(render_entries(adoption.entries).rstrip() or "Nothing to adopt.")
        return
    target = write or file
    with store.lock("adopt", timeout=ctx.obj.lock_timeout):
        state = workspace.read_state()
        adoption = plan_adoption(image, desired=desired, state=state, cloud=workspace.cloud)
        if not adoption.records:
            typer.echo(f"Nothing to adopt: imgver already manages image {image} and its versions.")
            return
        # The spec first: a record without its entry would be planned for deletion.
        add_entries(target, adoption.entries)
        if write is not None and write.resolve() != file.resolve():
            typer.echo(
                f"Wrote {len(adoption.records)} entries to {write}; nothing imported. Add them "
                f"to {file}, then run `imgver adopt --image {image}` again."
            )
            return
        bind_state(state, workspace.target)
        record_adoption(adoption, state)
        store.write(state)
    typer.echo(f"Adopted {len(adoption.records)} resources into {target}:")
    for address in adoption.addresses:
        typer.echo(f"  {address} [id={adoption.records[address].identifier}]")


@state_app.command("list")
def state_list_command(ctx: typer.Context, file: SpecOption = Path(DEFAULT_SPEC_FILE)) -> None:
    """List the addresses in state."""
    from planner.cli.state_commands import state_list

    for line in state_list(_workspace(ctx, file).store.read()):
        typer.echo(line)


@state_app.command("show")
def state_show_command(
    ctx: typer.Context,
    address: Annotated[str, typer.Argument(metavar="ADDR", help="The address in state.")],
    file: SpecOption = Path(DEFAULT_SPEC_FILE),
) -> None:
    """Show one resource as recorded in state."""
    from planner.cli.state_commands import state_show

    typer.echo(state_show(_workspace(ctx, file).store.read(), address))


@state_app.command("rm")
def state_rm_command(
    ctx: typer.Context,
    address: Annotated[
        list[str], typer.Argument(metavar="ADDR", help="One or more addresses in state.")
    ],
    file: SpecOption = Path(DEFAULT_SPEC_FILE),
) -> None:
    """Stop managing ADDR without deleting it from the cloud."""
    from planner.cli.state_commands import state_rm

    store = _workspace(ctx, file).store
    removed = state_rm(store, address, lock_timeout=ctx.obj.lock_timeout)
    typer.echo(f"Removed {len(removed)} resource(s) from state: {', '.join(removed)}.")


@state_app.command("mv")
def state_mv_command(
    ctx: typer.Context,
    source: Annotated[str, typer.Argument(metavar="SOURCE", help="The address in state.")],
    destination: Annotated[str, typer.Argument(metavar="DESTINATION", help="The new address.")],
    file: SpecOption = Path(DEFAULT_SPEC_FILE),
) -> None:
    """Record SOURCE under the address DESTINATION."""
    from planner.cli.state_commands import state_mv

    state_mv(_workspace(ctx, file).store, source, destination, lock_timeout=ctx.obj.lock_timeout)
    typer.echo(f"Moved {source} to {destination}.")


@state_app.command("rebind")
def state_rebind_command(
    ctx: typer.Context,
    address: Annotated[
        list[str] | None,
        typer.Argument(metavar="ADDR", help="The addresses to move (default: all)."),
    ] = None,
    file: SpecOption = Path(DEFAULT_SPEC_FILE),
) -> None:
    """Record ADDR (or every resource, and the state) as in this run's region and account."""
    from planner.cli.state_commands import state_rebind

    workspace = _workspace(ctx, file)
    target = workspace.target
    changed = state_rebind(
        workspace.store, target, address or [], lock_timeout=ctx.obj.lock_timeout
    )
    where = target.describe()
    if changed:
        typer.echo(f"Recorded {len(changed)} resource(s) in {where}: {', '.join(changed)}.")
    else:
        typer.echo(f"Every resource named is already recorded in {where}.")


@state_app.command("pull")
def state_pull_command(ctx: typer.Context, file: SpecOption = Path(DEFAULT_SPEC_FILE)) -> None:
    """Print the stored state document."""
    from planner.cli.state_commands import state_pull

    typer.echo(state_pull(_workspace(ctx, file).store))


@state_app.command("push")
def state_push_command(
    ctx: typer.Context,
    source: Annotated[Path, typer.Argument(metavar="STATEFILE", help="A state document to store.")],
    file: SpecOption = Path(DEFAULT_SPEC_FILE),
    force: Annotated[
        bool, typer.Option("--force", help="Allow another lineage or an older serial.")
    ] = False,
) -> None:
    """Replace the stored state with STATEFILE (refuses another lineage or an older serial)."""
    from planner.cli.files import read_input
    from planner.cli.state_commands import state_push

    document = read_input(source, "state document")
    state_push(
        _workspace(ctx, file).store, document, force=force, lock_timeout=ctx.obj.lock_timeout
    )
    typer.echo(f"Pushed {source} to state.")


@state_app.command("migrate")
def state_migrate_command(
    ctx: typer.Context,
    source: Annotated[
        Path, typer.Argument(metavar="STATEFILE", help="The local state file to copy.")
    ],
    file: SpecOption = Path(DEFAULT_SPEC_FILE),
) -> None:
    """Copy the local state STATEFILE into the backend the spec (or --env) configures,
    keeping its lineage and serial; refuses a backend holding another lineage or a newer
    serial, and does nothing when it already holds the same state."""
    from planner.cli.state_commands import state_migrate
    from planner.errors import UsageError
    from state.recorded.local import LocalStore

    workspace = _workspace(ctx, file)
    target = workspace.store
    if isinstance(target, LocalStore) and target.path.resolve() == source.resolve():
        raise UsageError(
            f"{source} is already the state {file} configures",
            "Set settings.backend (or the environment's backend) to where the state should "
            "go, then migrate.",
        )
    state, copied = state_migrate(
        LocalStore(source),
        target,
        lambda: workspace.target,
        lock_timeout=ctx.obj.lock_timeout,
    )
    what = f"{source} (lineage {state.lineage}, serial {state.serial})"
    if not copied.written:
        typer.echo(f"{target.description} already holds {what}; nothing was written.")
        return
    count = len(state.resources)
    replaced = (
        f", over its serial {copied.replaced_serial}" if copied.replaced_serial is not None else ""
    )
    typer.echo(
        f"Migrated {what}, {count} resource{'s' if count != 1 else ''}, to "
        f"{target.description}{replaced}. {source} is unchanged: remove it once every run "
        "uses the new backend."
    )


@state_app.command("force-unlock")
def force_unlock_command(
    ctx: typer.Context,
    lock_id: Annotated[
        str, typer.Argument(metavar="LOCK_ID", help="The Lock ID the lock error showed.")
    ],
    file: SpecOption = Path(DEFAULT_SPEC_FILE),
    even_if_running: Annotated[
        bool,
        typer.Option(
            "--even-if-running",
            help="Remove it even though its holder still runs on this host.",
        ),
    ] = False,
) -> None:
    """Remove the state lock LOCK_ID left by a process that died."""
    from planner.cli.state_commands import force_unlock

    force_unlock(_workspace(ctx, file).store, lock_id, even_if_running=even_if_running)
    typer.echo(f"Released the state lock {lock_id}.")


@local_cloud_app.command("serve")
def local_cloud_serve(
    host: Annotated[str, typer.Option(metavar="ADDRESS", help="Address to bind.")] = "127.0.0.1",
    port: Annotated[
        int, typer.Option(min=0, max=65535, metavar="N", help="Port (0 picks a free one).")
    ] = 4566,
    data: Annotated[
        Path,
        typer.Option(
            metavar="FILE",
            help="The data file, a SQLite database (an old JSON data file is imported once).",
        ),
    ] = Path(".imgver/local-cloud.db"),
    request_log: Annotated[
        Path | None,
        typer.Option(
            metavar="FILE",
            help="Append one JSON line per call answered to FILE "
            "[default: IMGVER_LOCAL_REQUEST_LOG, else none].",
        ),
    ] = None,
    latency_ms: Annotated[
        float | None,
        typer.Option(
            min=0,
            metavar="MS",
            help="Added latency per call [default: IMGVER_LOCAL_LATENCY_MS or 0].",
        ),
    ] = None,
    op_seconds: Annotated[
        float | None,
        typer.Option(
            min=0,
            metavar="SECONDS",
            help="How long each operation takes [default: IMGVER_LOCAL_OP_SECONDS or 0.5].",
        ),
    ] = None,
    throttle_rate: Annotated[
        float | None,
        typer.Option(
            min=0,
            max=1,
            metavar="RATE",
            help="Share of calls throttled, 0-1 [default: IMGVER_LOCAL_THROTTLE_RATE or 0].",
        ),
    ] = None,
    fail_rate: Annotated[
        float | None,
        typer.Option(
            min=0,
            max=1,
            metavar="RATE",
            help="Share of operations that fail, 0-1 [default: IMGVER_LOCAL_FAIL_RATE or 0].",
        ),
    ] = None,
    alias_update: Annotated[
        str | None,
        typer.Option(
            metavar="keep|strip",
            help="What a version update without Aliases does to its aliases "
            "[default: IMGVER_LOCAL_ALIAS_UPDATE or keep].",
        ),
    ] = None,
    archive_seconds: Annotated[
        float | None,
        typer.Option(
            min=0,
            metavar="SECONDS",
            help="Seconds until AWS archives a TO_BE_ARCHIVED version "
            "[default: IMGVER_LOCAL_ARCHIVE_SECONDS or three months].",
        ),
    ] = None,
) -> None:
    """Serve the Cloud Control (and SageMaker ListAliases) JSON API over HTTP."""
    from state.localcloud import FaultConfig, Semantics
    from state.localcloud.requestlog import request_log_from_env
    from state.localcloud.server import serve

    # Every IMGVER_LOCAL_* variable applies here as it does to --local; a flag wins over it.
    env_faults = FaultConfig.from_env()
    faults = FaultConfig(
        latency_ms=env_faults.latency_ms if latency_ms is None else latency_ms,
        op_seconds=env_faults.op_seconds if op_seconds is None else op_seconds,
        throttle_rate=env_faults.throttle_rate if throttle_rate is None else throttle_rate,
        fail_rate=env_faults.fail_rate if fail_rate is None else fail_rate,
        seed=env_faults.seed,
    )
    env_semantics = Semantics.from_env()
    semantics = Semantics.from_env(
        {
            "IMGVER_LOCAL_ALIAS_UPDATE": alias_update or env_semantics.alias_update,
            "IMGVER_LOCAL_CREATE_IDENTIFIER": env_semantics.create_identifier,
            "IMGVER_LOCAL_ARCHIVE_SECONDS": str(
                env_semantics.archive_seconds if archive_seconds is None else archive_seconds
            ),
            "IMGVER_LOCAL_ECR": env_semantics.ecr,
        }
    )

    def ready(url: str) -> None:
        if host not in _LOOPBACK:
            typer.echo(
                f"Warning: {host} is not a loopback address, so other machines can reach "
                "this local cloud, and it checks no credentials.",
                err=True,
            )
        typer.echo(f"Local cloud listening on {url} (data: {data}). Ctrl-C to stop.")
        typer.echo(f"Use it with: imgver --endpoint-url {url} plan")

    serve(
        host=host,
        port=port,
        data_file=data,
        faults=faults,
        ready=ready,
        semantics=semantics,
        request_log=request_log or request_log_from_env(),
    )
    typer.echo("Stopped.")


# The addresses `local-cloud serve` binds without warning: only this machine reaches them.
_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})


# -- several environments at once ----------------------------------------------------------


@local_cloud_app.command("push")
def local_cloud_push(
    ctx: typer.Context,
    file: SpecOption = Path(DEFAULT_SPEC_FILE),
    data: Annotated[
        Path | None,
        typer.Option(metavar="FILE", help="The data file (default: the one --local uses)."),
    ] = None,
    build: Annotated[
        str, typer.Option(metavar="LABEL", help="Another label pushes new images: tags move.")
    ] = "1",
) -> None:
    """Push a linux/amd64 image per ECR BaseImage tag of the spec, and its image roles."""
    from planner.cli.local_push import push_spec

    for line in push_spec(_workspace(ctx, file), data=data, build=build):
        typer.echo(line)


def _several_environments(ctx: typer.Context, spec_file: Path, command: str) -> list[str] | None:
    from planner.cli.environments import requested

    return requested(ctx.obj, Workspace(options=ctx.obj, spec_file=spec_file), command)


def _refuse_with_several(what: str, why: str) -> NoReturn:
    from planner.errors import UsageError

    raise UsageError(f"{what} cannot be used with several environments: {why}", "pass one --env")


def _run_environments(
    ctx: typer.Context, spec_file: Path, names: list[str], job: Job
) -> list[Outcome]:
    from planner.cli.environments import run_environments

    options: Options = ctx.obj
    return run_environments(
        names, lambda name: Workspace(options=options, spec_file=spec_file, environment=name), job
    )


def _finish_environments(
    outcomes: list[Outcome], words: dict[int, str], *, text: bool, after: Sequence[str] = ()
) -> NoReturn:
    from planner.cli.environments import sections, summary_line, worst_exit_code

    if text:
        typer.echo(sections(outcomes))
        typer.echo("")
        typer.echo(summary_line(outcomes, words))
    for line in after:
        typer.echo(line)
    failed = [outcome.environment for outcome in outcomes if outcome.error is not None]
    if failed:
        typer.echo(
            f"Error: {len(failed)} of {len(outcomes)} environments failed: {', '.join(failed)}",
            err=True,
        )
    raise typer.Exit(worst_exit_code(outcomes))


def _plan_environments(
    ctx: typer.Context,
    spec_file: Path,
    names: list[str],
    *,
    mode: PlanMode,
    targets: list[str] | None,
    force_replace: list[str] | None,
    as_json: bool,
    detailed_exitcode: bool,
) -> NoReturn:
    import json

    from planner.render.plan import plan_to_json, render_plan_text

    color = ctx.obj.color

    def job(workspace: Workspace, outcome: Outcome) -> int:
        state = workspace.read_state()
        the_plan = _make_plan(
            workspace, state, mode=mode, targets=targets, force_replace=force_replace
        )
        if as_json:
            outcome.document = plan_to_json(the_plan)
        else:
            outcome.echo(render_plan_text(the_plan, color=color))
        return EXIT_CHANGES if detailed_exitcode and the_plan.has_changes else EXIT_OK

    outcomes = _run_environments(ctx, spec_file, names, job)
    if as_json:
        document = {
            "format": "imgver-plans",
            "environments": {
                outcome.environment: outcome.document
                if outcome.error is None
                else {"error": {"summary": outcome.error.summary, "detail": outcome.error.detail}}
                for outcome in outcomes
            },
        }
        typer.echo(json.dumps(document, indent=2))
    _finish_environments(
        outcomes, {EXIT_OK: "planned", EXIT_CHANGES: "changes pending"}, text=not as_json
    )


def _apply_environments(
    ctx: typer.Context,
    spec_file: Path,
    names: list[str],
    *,
    targets: list[str] | None,
    force_replace: list[str] | None,
) -> NoReturn:
    from planner.apply.interrupt import Interrupt, install_interrupt_handlers
    from planner.render.progress import PlainProgress

    interrupt = Interrupt()

    def job(workspace: Workspace, outcome: Outcome) -> int:
        _apply_in(
            workspace,
            plan_file=None,
            mode="normal",
            auto_approve=True,
            targets=targets,
            force_replace=force_replace,
            echo=outcome.echo,
            progress=PlainProgress(outcome.stream),
            interrupt=interrupt,
        )
        return EXIT_OK

    with install_interrupt_handlers(interrupt):  # one handler, in the main thread, for them all
        outcomes = _run_environments(ctx, spec_file, names, job)
    _finish_environments(outcomes, {EXIT_OK: "applied"}, text=True)


def _drift_environments(
    ctx: typer.Context,
    spec_file: Path,
    names: list[str],
    *,
    reports: ReportPlan,
    ignores: list[DriftIgnore],
) -> NoReturn:
    import datetime as dt

    from planner.cli.environments import sections, worst_exit_code
    from planner.cli.files import write_output
    from planner.render.drift import render_drift
    from planner.render.environments import EnvironmentReport, render_environments

    color = ctx.obj.color
    now = dt.datetime.now(dt.UTC)

    def job(workspace: Workspace, outcome: Outcome) -> int:
        report = workspace.detect_drift(ignores=ignores, now=now)
        outcome.report = report
        outcome.echo(render_drift(report, "text", color=color))
        return report.exit_code

    outcomes = _run_environments(ctx, spec_file, names, job)
    words = {EXIT_OK: "in sync", EXIT_CHANGES: "drift"}
    items = [
        EnvironmentReport(
            environment=outcome.environment,
            account=outcome.account,
            region=outcome.region,
            exit_code=outcome.exit_code,
            report=outcome.report,
            error_summary=outcome.error.summary if outcome.error is not None else "",
            error_detail=outcome.error.detail if outcome.error is not None else "",
        )
        for outcome in outcomes
    ]

    def aggregate(report_format: str) -> str:
        if report_format == "text":
            return sections(outcomes)
        return render_environments(items, report_format, worst_exit_code(outcomes))

    if reports.to_stdout not in (None, "text"):
        typer.echo(aggregate(reports.to_stdout))
        _finish_environments(outcomes, words, text=False)
    written = []
    for report_format, path in reports.files:
        write_output(path, aggregate(report_format) + "\n", "drift report")
        written.append(
            f"Wrote the {report_format} report of {len(outcomes)} environments to {path}."
        )
    _finish_environments(outcomes, words, text=True, after=written)


def _write_junit_errors(files: Iterable[tuple[str, Path]], error: ImgverError, now: str) -> None:
    from planner.render.drift import junit_error_report

    for report_format, path in files:
        if report_format == "junit":
            text = junit_error_report(error.summary, error.detail, now)
            path.write_text(text + "\n", encoding="utf-8")


# -- shared command steps ------------------------------------------------------------------


def _make_plan(
    workspace: Workspace,
    state: State,
    *,
    mode: PlanMode,
    targets: list[str] | None,
    force_replace: list[str] | None,
    live: Mapping[str, dict[str, Any] | None] | None = None,
) -> Plan:
    import datetime as dt

    from planner.baseimage.checks import follow_tag_replacements, read_base_images
    from planner.plan.build import build_plan
    from planner.plan.holders import refuse_unmanaged_alias_holders
    from planner.plan.refresh import read_live

    spec = workspace.spec
    parallelism = workspace.options.parallelism
    if live is None:
        live = read_live(
            workspace.cloud,
            state,
            spec.resources,
            parallelism=parallelism,
            aliases=mode != "destroy",
        )
    registry = workspace.cloud.registry
    reading = None
    if mode == "normal" and not workspace.options.skip_preflight and registry is not None:
        reading = read_base_images(registry, spec.resources, live, parallelism=parallelism)
    the_plan = build_plan(
        desired=spec.resources,
        state=state,
        live=live,
        mode=mode,
        targets=targets or (),
        force_replace=force_replace or (),
        spec_hash=spec.spec_hash,
        region=workspace.cloud.region,
        created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        moved=spec.moved,
        removed=spec.removed,
        variables=spec.variables,
        replace_for=follow_tag_replacements(reading, spec.resources) if reading else None,
    )
    if mode == "normal":
        # After the plan is built, so the spec's own errors (moved:, removed:) come first.
        refuse_unmanaged_alias_holders(
            workspace.cloud,
            spec.resources,
            state,
            live,
            parallelism=workspace.options.parallelism,
        )
    the_plan.account = workspace.target.account
    the_plan.environment = workspace.target.environment
    if reading is not None and registry is not None:
        _check_base_images(workspace, state, live, the_plan, reading, registry)
    return the_plan


def _check_base_images(
    workspace: Workspace,
    state: State,
    live: Mapping[str, dict[str, Any] | None],
    the_plan: Plan,
    reading: BaseImageReading,
    registry: Registry,
) -> None:
    """Pre-flight of the versions `the_plan` creates (a PlanError when one cannot be built),
    and the plan's notes: base images not checkable, stale tags left alone."""
    from planner.baseimage.checks import check_new_versions, image_roles, stale_notes

    spec = workspace.spec
    report = check_new_versions(
        the_plan,
        reading,
        reader=registry,
        roles=image_roles(spec.resources, state, live),
        account=the_plan.account,
        parallelism=workspace.options.parallelism,
    )
    report.raise_problems()
    the_plan.notes = [*stale_notes(reading, spec.resources), *report.notes]


def _print_plan(the_plan: Plan, *, as_json: bool, color: bool) -> None:
    typer.echo(_plan_text(the_plan, as_json=as_json, color=color), color=color and not as_json)
    if as_json:  # Terraform's plan JSON has no place for them
        for note in the_plan.notes:
            typer.echo(f"Note: {note}.", err=True)


def _plan_text(the_plan: Plan, *, as_json: bool, color: bool) -> str:
    import json

    from planner.render.plan import plan_to_json, render_plan_text

    if as_json:
        # One line, as `terraform show -json` prints it (terraform-compliance needs that).
        return json.dumps(plan_to_json(the_plan), separators=(",", ":"))
    return render_plan_text(the_plan, color=color)


def _run_apply(
    ctx: typer.Context,
    spec_file: Path,
    *,
    plan_file: Path | None,
    mode: PlanMode,
    auto_approve: bool,
    targets: list[str] | None,
    force_replace: list[str] | None,
) -> None:
    from planner.render.progress import make_progress

    options: Options = ctx.obj
    _apply_in(
        _workspace(ctx, spec_file),
        plan_file=plan_file,
        mode=mode,
        auto_approve=auto_approve,
        targets=targets,
        force_replace=force_replace,
        echo=lambda text: typer.echo(text, color=options.color),
        progress=make_progress(color=options.color),
        interrupt=None,
    )


def _apply_in(
    workspace: Workspace,
    *,
    plan_file: Path | None,
    mode: PlanMode,
    auto_approve: bool,
    targets: list[str] | None,
    force_replace: list[str] | None,
    echo: Callable[[str], None],
    progress: ProgressSink,
    interrupt: Interrupt | None,
) -> None:
    """One apply in one workspace, its output through `echo`. With `interrupt` None, Ctrl-C
    is handled here around the apply; else the caller installed the handler (in the main
    thread, for several environments at once).

    Every check that can refuse runs before anything is changed: the options, the plan
    file and the terminal before the lock; the region, a stale or altered plan and the
    approval to finish interrupted operations before any cloud call or state write."""
    from contextlib import nullcontext

    from planner.apply.executor import apply_plan, rerun_command
    from planner.apply.interrupt import Interrupt, install_interrupt_handlers
    from planner.apply.resume import resume_pending
    from planner.plan.binding import bind_state, check_plan
    from planner.plan.build import check_requests
    from planner.plan.planfile import load_plan
    from planner.plan.signing import PLAN_KEY_ENV

    options = workspace.options
    store = workspace.store
    saved = None
    if plan_file is not None:
        saved = load_plan(plan_file, key=os.environ.get(PLAN_KEY_ENV), check_signature=True)
        check_plan(saved, workspace.target, source=f"the saved plan {plan_file}")
    else:
        check_requests(
            workspace.spec.resources, store.read(), mode, targets or (), force_replace or ()
        )
        if not auto_approve:
            _require_input(options.input)
    with store.lock("apply" if mode == "normal" else mode, timeout=options.lock_timeout) as held:
        _say_taken_over(held)
        state = workspace.read_state()
        pending = sorted(address for address, record in state.resources.items() if record.pending)
        if saved is not None and plan_file is not None:
            _refuse_with_pending(plan_file, pending)
            the_plan = _fresh_saved_plan(workspace, state, saved, plan_file)
            bind_state(state, workspace.target)
        else:
            bind_state(state, workspace.target)
            if pending:
                if not auto_approve:
                    _confirm_resume(pending, input_allowed=options.input)
                resume_pending(state, store, workspace.cloud, progress, command=rerun_command(mode))
            the_plan = _make_plan(
                workspace, state, mode=mode, targets=targets, force_replace=force_replace
            )
            echo(_plan_text(the_plan, as_json=False, color=options.color))
            if not the_plan.has_changes:
                _record_protection(workspace, state, the_plan)
                return
            if not auto_approve:
                _confirm(mode, input_allowed=options.input)
        _record_protection(workspace, state, the_plan)
        own = interrupt is None
        interrupt = interrupt if interrupt is not None else Interrupt()
        with install_interrupt_handlers(interrupt) if own else nullcontext(interrupt):
            result = apply_plan(
                the_plan,
                state=state,
                store=store,
                cloud=workspace.cloud,
                parallelism=options.parallelism,
                progress=progress,
                interrupt=interrupt,
            )
        _record_protection(workspace, state, the_plan)  # the records the apply created
    echo("")
    echo(result.summary_line())


def _record_protection(workspace: Workspace, state: State, the_plan: Plan) -> None:
    """Store in state the spec's lifecycle.prevent_destroy of each address of a normal
    plan (`planner.plan.protection`), in one write, only when one of them changed."""
    from planner.plan.protection import protection_updates

    if the_plan.mode != "normal":
        return
    addresses = [change.address for change in the_plan.changes]
    updates = protection_updates(workspace.spec.resources, state, addresses)
    if not updates:
        return
    for address, protected in updates.items():
        state.resources[address].prevent_destroy = protected
    workspace.store.write(state)


def _say_taken_over(held: LockInfo) -> None:
    from state.recorded.lock import take_over_notice

    if held.took_over is not None:
        typer.echo(take_over_notice(held.took_over), err=True)


def _refuse_with_pending(plan_file: Path, pending: list[str]) -> None:
    """A saved plan is never applied over operations an interrupted apply left journaled."""
    from planner.errors import StalePlanError

    if pending:
        raise StalePlanError(
            f"Saved plan {plan_file} is stale: an interrupted apply left "
            f"{', '.join(pending)} unfinished",
            "finish them with `imgver apply` (it asks first), then run "
            "`imgver plan --out FILE` again and apply the new plan",
        )


def _fresh_saved_plan(workspace: Workspace, state: State, saved: Plan, plan_file: Path) -> Plan:
    """The plan made now, refused unless it equals `saved` (stale or altered).

    Only the plan made now is applied: nothing a plan file says is trusted on its own.
    """
    from planner.plan.changes import fingerprints
    from planner.plan.planfile import check_fresh
    from planner.plan.refresh import read_live
    from planner.plan.verify import check_same

    live = read_live(
        workspace.cloud,
        state,
        workspace.spec.resources,
        parallelism=workspace.options.parallelism,
        aliases=saved.mode != "destroy",
    )
    check_fresh(
        saved,
        state=state,
        live_fingerprints=fingerprints(live),
        spec_hash=workspace.spec.spec_hash,
    )
    fresh = _make_plan(
        workspace,
        state,
        mode=saved.mode,
        targets=list(saved.targets),
        force_replace=list(saved.force_replace),
        live=live,
    )
    check_same(saved, fresh, source=str(plan_file))
    return fresh


def _require_input(input_allowed: bool) -> None:
    """Refuse, before anything is read or locked, an approval that cannot be asked for."""
    from planner.errors import UsageError

    if not input_allowed:
        raise UsageError(
            "approval is needed, but --input=false forbids asking for it",
            "review the plan and pass --auto-approve, or apply a saved plan: imgver apply PLANFILE",
        )


def _stdin_is_terminal() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (ValueError, OSError):  # closed standard input
        return False


def _confirm_resume(pending: list[str], *, input_allowed: bool) -> None:
    _require_input(input_allowed)
    typer.echo(
        f"An earlier apply was interrupted with {len(pending)} operation(s) unfinished: "
        f"{', '.join(pending)}."
    )
    typer.echo("Do you want to finish them first? Only 'yes' will be accepted:")
    _ask_yes()


def _confirm(mode: PlanMode, *, input_allowed: bool) -> None:
    """Ask for `yes` on standard input, a terminal or a pipe, as Terraform does."""
    _require_input(input_allowed)
    question = "destroy all these resources" if mode == "destroy" else "perform these actions"
    typer.echo(f"\nDo you want to {question}? Only 'yes' will be accepted:")
    _ask_yes()


def _ask_yes() -> None:
    typer.echo("  Enter a value: ", nl=False)
    try:
        answer = sys.stdin.readline().strip() if sys.stdin is not None else ""
    except (ValueError, OSError):  # standard input closed or unreadable: no approval
        answer = ""
    if not _stdin_is_terminal():
        typer.echo(answer)
    if answer != "yes":
        typer.echo("Apply cancelled.", err=True)
        raise typer.Exit(EXIT_ERROR)


# -- the one error path -------------------------------------------------------------------


def _fail(summary: str, detail: str = "", *, code: int = EXIT_ERROR) -> NoReturn:
    typer.echo(f"Error: {summary}", err=True)
    if detail:
        typer.echo(detail, err=True)
    sys.exit(code)


def _print_traceback() -> None:
    """The traceback of the error being handled, on stderr, with the `user:password@` of
    any URL in it (an --endpoint-url, say) redacted: --debug output gets pasted into
    issues and CI logs."""
    from state.cloud.errors import redact_url

    sys.stderr.write(redact_url(traceback.format_exc()))


def main(argv: list[str] | None = None) -> None:
    """Entry point of the `imgver` console script."""
    from planner.apply.interrupt import terminate_like_ctrl_c

    debug = "--debug" in (argv if argv is not None else sys.argv[1:]) or os.environ.get(
        "IMGVER_DEBUG", ""
    ).lower() in ("1", "true", "yes", "on")
    try:
        command = typer.main.get_command(app)
        args = hoist_global_options(list(sys.argv[1:] if argv is None else argv), command)
        with terminate_like_ctrl_c():
            code = command.main(args=args, standalone_mode=False, prog_name="imgver")
    except ImgverError as error:
        if debug:
            _print_traceback()
        _fail(error.summary, error.detail, code=error.exit_code)
    except typer.Abort:
        _fail("aborted")
    except typer.TyperException as error:
        _fail(error.format_message(), "Run `imgver --help` (or `imgver COMMAND --help`) for usage.")
    except KeyboardInterrupt:  # outside any command (a command's is an Interrupted)
        _fail("interrupted", code=130)
    except Exception as error:  # a bug: say so plainly, traceback only on request
        from state.cloud.errors import redact_url

        if debug:
            _print_traceback()
        _fail(
            redact_url(f"internal error: {type(error).__name__}: {error}"),
            "" if debug else "Run again with --debug for the traceback.",
        )
    sys.exit(code if isinstance(code, int) else EXIT_OK)
