"""Account binding: a state and a saved plan belong to one account, region and environment.

Owns `Target` (where a run is: the account STS answered, the region, the spec environment),
the check of the account against the environment's expected `account`, and the refusals of
a state or saved plan recorded for another target, each naming both sides. A state or plan
that records nothing (made before accounts were recorded) is accepted; `bind_state` then
records the target in it, so the next write carries it. Each resource record also carries
its region: a record of another region than the run's is refused too, and `rebind` (what
`imgver state rebind` does) is the one way to move records and the state to this target.

Must not: call STS or read files (callers pass what they read).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from planner.errors import PlanError, UsageError
from planner.plan.changes import Plan
from state.errors import StateError
from state.recorded.model import State


@dataclass(frozen=True)
class Target:
    """Where one run works: `account` "" when the cloud cannot say (no STS client)."""

    account: str
    region: str
    environment: str = ""

    def describe(self) -> str:
        parts = [
            f"environment {self.environment}" if self.environment else "",
            f"account {self.account}" if self.account else "",
            f"region {self.region}" if self.region else "",
        ]
        return ", ".join(part for part in parts if part) or "no account or region"


def check_account(target: Target, expected: str | None) -> None:
    """Refuse credentials of another account than the environment's `account`."""
    if expected and target.account and target.account != expected:
        where = f"environment {target.environment}" if target.environment else "the spec"
        raise UsageError(
            f"the credentials are for account {target.account}, but {where} expects "
            f"account {expected}",
            "Use the profile or role of that account (settings of the environment, "
            "--profile, AWS_PROFILE), or correct its `account`.",
        )


def check_state(state: State, target: Target, *, source: str) -> None:
    """Refuse a state recorded for another account, region or environment than `target`."""
    differences = _differences((state.account, state.region, state.environment), target, "state")
    differences.extend(_record_differences(state, target))
    if differences:
        raise StateError(
            f"{source} was recorded for {_describe(state.account, state.region, state.environment)}"
            f", not {target.describe()}",
            "\n".join(
                [
                    *differences,
                    "Nothing was changed. Choose the environment (--env), region or credentials "
                    "this state belongs to, or point the backend at this target's own state; "
                    "if the objects really are in this target now, move the records with "
                    f"`imgver state rebind --region {target.region}`.",
                ]
            ),
        )


def bind_state(state: State, target: Target) -> None:
    """Record `target` in `state` (after `check_state` accepted it)."""
    if target.account:
        state.account = target.account
    state.region = target.region
    state.environment = target.environment


def rebind(state: State, target: Target, addresses: Sequence[str] = ()) -> list[str]:
    """Record `addresses` (all when empty) and the state itself under `target`; the
    addresses whose region changed, sorted. StateError for an address state lacks."""
    unknown = sorted(set(addresses) - set(state.resources))
    if unknown:
        raise StateError(
            f"the state has no {', '.join(unknown)}",
            "list the recorded addresses with `imgver state list`",
        )
    chosen = sorted(addresses) if addresses else sorted(state.resources)
    # A resource never moves between regions: its ARN names the one it lives in.
    elsewhere = [
        f"{address} ({region})"
        for address in chosen
        if (region := _arn_region(state.resources[address].identifier)) not in ("", target.region)
    ]
    if elsewhere:
        raise StateError(
            f"cannot record resources of another region in {target.region}: {', '.join(elsewhere)}",
            "their ARNs name the region they live in; run imgver in that region instead",
        )
    changed = []
    for address in chosen:
        record = state.resources[address]
        if record.region != target.region:
            record.region = target.region
            changed.append(address)
    if not addresses:
        state.account, state.region, state.environment = "", "", ""
        bind_state(state, target)
    return changed


def _record_differences(state: State, target: Target) -> list[str]:
    """One line per region other than `target`'s that resource records were made in."""
    others: dict[str, list[str]] = {}
    for address, record in sorted(state.resources.items()):
        if record.region and record.region != target.region:
            others.setdefault(record.region, []).append(address)
    return [
        f"the state records {', '.join(addresses)} in region {region}; this run is in region "
        f"{target.region}"
        for region, addresses in sorted(others.items())
    ]


def check_plan(plan: Plan, target: Target, *, source: str) -> None:
    """Refuse a saved plan made for another account, region or environment than `target`."""
    differences = _differences((plan.account, plan.region, plan.environment), target, "plan")
    if differences:
        raise PlanError(
            f"{source} was made for {_describe(plan.account, plan.region, plan.environment)}, "
            f"not {target.describe()}",
            "\n".join(
                [*differences, "Nothing was changed. Make a plan for this target and apply it."]
            ),
        )


def _differences(recorded: tuple[str, str, str], target: Target, what: str) -> list[str]:
    """One line per way `recorded` (account, region, environment) is not `target`."""
    account, region, environment = recorded
    lines = []
    if account and target.account and account != target.account:
        lines.append(
            f"the {what} is for account {account}; this run's credentials are for account "
            f"{target.account}"
        )
    if region and region != target.region:
        lines.append(f"the {what} is for region {region}; this run is in region {target.region}")
    if (account or region or environment) and environment != target.environment:
        lines.append(
            f"the {what} is for environment {environment or '(none)'}; this run is for "
            f"{target.environment or '(none)'}"
        )
    return lines


def _describe(account: str, region: str, environment: str) -> str:
    return Target(account, region, environment).describe()


def _arn_region(identifier: str | None) -> str:
    """The region an ARN names (`arn:aws:sagemaker:REGION:...`); "" for anything else."""
    parts = (identifier or "").split(":")
    return parts[3] if len(parts) > 3 and parts[0] == "arn" else ""
