"""The parts of Terraform's JSON output formats that imgver fills from its own facts.

Owns the value blocks of Terraform's JSON representations
(https://developer.hashicorp.com/terraform/internals/json-format): a resource in
`planned_values` / `prior_state` / state `values` (address, mode `managed`, type, name,
provider_name, values), the `configuration` block (the spec's resources with their values
as `constant_value` expressions), `variables`, `action_reason`, and `show --json` of the
recorded state in Terraform's state JSON.

`terraform_version` is "1.11.0": policy tools (checkov's `terraform_plan` framework,
terraform-compliance) skip or reject a plan without a Terraform 1.x release there, and
Terraform 1.11 writes the same plan format_version 1.2 this document follows. It names
the format, not a Terraform that ran; `imgver_version` beside it says what made the file.

Must not: decide anything or read state, the spec or the cloud itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Final

from planner import __version__
from planner.plan.changes import Action, ReplaceCause, ResourceChange
from state.recorded.model import State
from state.schema import load_schema

TERRAFORM_VERSION: Final = "1.11.0"
STATE_FORMAT_VERSION: Final = "1.0"
PROVIDER_NAME: Final = "registry.imgver/cloudcontrol"
PROVIDER_KEY: Final = "cloudcontrol"

# The actions that leave no object behind at the address (nothing in planned_values).
_GONE: Final = (Action.DELETE, Action.FORGET, Action.REMOVE_RECORD)


def resource_value(
    address: str, type_name: str, values: Mapping[str, Any], *, deposed: str | None = None
) -> dict[str, Any]:
    """One resource of a `values.root_module.resources` list."""
    item: dict[str, Any] = {
        "address": address,
        "mode": "managed",
        "type": type_name,
        "name": address.split(".", 1)[1],
        "provider_name": PROVIDER_NAME,
        "schema_version": 0,
        "values": dict(values),
        "sensitive_values": {},
    }
    if deposed:
        item["deposed_key"] = deposed
    return item


def planned_values(
    changes: Iterable[ResourceChange], unknown: Mapping[str, list[str]]
) -> dict[str, Any]:
    """Terraform's `planned_values`: every object the plan leaves, known values only."""
    resources = []
    for change in changes:
        if change.action in _GONE or change.after is None or change.address.endswith("#deposed"):
            continue
        values = {k: v for k, v in change.after.items() if k not in unknown.get(change.address, [])}
        resources.append(resource_value(change.address, change.type_name, values))
    return {"root_module": {"resources": resources}}


def prior_state(changes: Iterable[ResourceChange]) -> dict[str, Any]:
    """Terraform's `prior_state`: the objects as read before planning, in state JSON."""
    resources = []
    for change in changes:
        if change.before is None:
            continue
        address, _, deposed = change.address.partition("#")
        resources.append(
            resource_value(
                address,
                change.type_name,
                change.before,
                deposed=(change.identifier or "deposed") if deposed else None,
            )
        )
    return {
        "format_version": STATE_FORMAT_VERSION,
        "terraform_version": TERRAFORM_VERSION,
        "values": {"root_module": {"resources": resources}},
    }


def configuration(changes: Iterable[ResourceChange], region: str) -> dict[str, Any]:
    """Terraform's `configuration`: the spec's resources, their values (read-only ones left
    out: AWS sets those) as constant expressions."""
    resources = []
    for change in changes:
        if change.after is None or change.action in _GONE or change.address.endswith("#deposed"):
            continue
        resources.append(
            {
                "address": change.address,
                "mode": "managed",
                "type": change.type_name,
                "name": change.address.split(".", 1)[1],
                "provider_config_key": PROVIDER_KEY,
                "schema_version": 0,
                "expressions": {
                    name: {"constant_value": value}
                    for name, value in change.after.items()
                    if name not in load_schema(change.type_name).read_only
                },
            }
        )
    return {
        "provider_config": {
            PROVIDER_KEY: {
                "name": PROVIDER_KEY,
                "full_name": PROVIDER_NAME,
                "expressions": {"region": {"constant_value": region}},
            }
        },
        "root_module": {"resources": resources},
    }


def variables(values: Mapping[str, str]) -> dict[str, Any]:
    """Terraform's `variables`: each spec variable's value as the plan used it."""
    return {name: {"value": value} for name, value in sorted(values.items())}


# Terraform's names for why a resource is replaced (its JSON output format's `action_reason`).
_REPLACE_REASONS: Final = {
    ReplaceCause.TAINTED: "replace_because_tainted",
    ReplaceCause.REQUESTED: "replace_by_request",
    ReplaceCause.TRIGGERED: "replace_by_triggers",
    ReplaceCause.CANNOT_UPDATE: "replace_because_cannot_update",
}


def action_reason(change: ResourceChange, mode: str) -> str | None:
    """Terraform's `action_reason` for a change, or None where Terraform gives none.

    A replacement names its first cause; one saved before causes were kept names the
    create-only change it makes, or else the request it must have come from.
    """
    if change.action.is_replace:
        if change.replace_causes:
            return _REPLACE_REASONS[change.replace_causes[0]]
        return "replace_because_cannot_update" if change.replace_paths else "replace_by_request"
    if change.action is Action.DELETE and mode == "normal":
        return "delete_because_no_resource_config"
    return None


def state_to_json(state: State) -> dict[str, Any]:
    """The recorded state in Terraform's state JSON (`terraform show -json` without a plan)."""
    resources = []
    for address in sorted(state.resources):
        record = state.resources[address]
        base, _, deposed = address.partition("#")
        resources.append(
            resource_value(
                base,
                record.type,
                record.properties,
                deposed=(record.identifier or "deposed") if deposed else None,
            )
        )
    return {
        "format_version": STATE_FORMAT_VERSION,
        "terraform_version": TERRAFORM_VERSION,
        "imgver_version": __version__,
        "lineage": state.lineage,
        "serial": state.serial,
        "values": {"root_module": {"resources": resources}},
    }
