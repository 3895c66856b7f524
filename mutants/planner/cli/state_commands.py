"""`imgver import` and `imgver state ...` as library functions, the way Terraform users know them.

Owns adopting an existing cloud object into state (`import_resource`) and the state
subcommands: list, show, rm, mv, rebind, pull, push, migrate and force-unlock. `state rm`,
`mv`, `push` and `migrate` take the store lock themselves and read the state inside it, so
nothing another process wrote in between is lost; `import_resource`, like `apply_plan`, is
given a state its caller read while holding the lock. Each returns what the CLI prints.
Must not: print, plan or change anything in the cloud (import only reads).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from planner.errors import UsageError
from planner.plan.binding import Target, check_state, rebind
from planner.plan.changes import DEPOSED_SUFFIX
from planner.plan.refresh import image_identifier
from planner.spec.desired import SECTIONS, DesiredResource, section_of
from state.cloud.client import LiveCloud
from state.errors import StateError
from state.recorded.document import StateStore
from state.recorded.migrate import Copied, copy_state
from state.recorded.model import ResourceRecord, State
from state.schema import IMAGE, IMAGE_VERSION, load_schema

__all__ = [
    "force_unlock",
    "import_resource",
    "state_list",
    "state_migrate",
    "state_mv",
    "state_pull",
    "state_push",
    "state_rebind",
    "state_rm",
    "state_show",
]

_IMAGE_ARN = re.compile(r"^arn:aws[a-z-]*:sagemaker:[a-z0-9-]+:\d{12}:image/(?P<image>[^/]+)$")
_VERSION_ARN = re.compile(
    r"^arn:aws[a-z-]*:sagemaker:[a-z0-9-]+:\d{12}:image-version/(?P<image>[^/]+)/(?P<version>\d+)$"
)
_VERSION_ARN_FORM = "arn:aws:sagemaker:REGION:ACCOUNT:image-version/IMAGE/VERSION"
_IMAGE_ARN_FORM = "arn:aws:sagemaker:REGION:ACCOUNT:image/IMAGE"


# --- import ---------------------------------------------------------------------------------


def _check_identifier(resource: DesiredResource, identifier: str) -> None:
    """Refuse an identifier of the wrong form, or naming another image than the spec does."""
    image_name = str(resource.properties.get("ImageName", ""))
    image_help = f"Import an {IMAGE} by its ARN ({_IMAGE_ARN_FORM}) or its ImageName."
    if resource.type_name == IMAGE_VERSION:
        match = _VERSION_ARN.match(identifier)
        if match is None:
            raise UsageError(
                f"{identifier!r} is not an image version ARN",
                f"{resource.address} is an {IMAGE_VERSION}: import it by its ARN, "
                f"{_VERSION_ARN_FORM}.",
            )
    elif _VERSION_ARN.match(identifier):
        raise UsageError(
            f"{identifier!r} is an image version ARN, but {resource.address} is an image",
            image_help,
        )
    elif identifier.startswith("arn:"):
        match = _IMAGE_ARN.match(identifier)
        if match is None:
            raise UsageError(f"{identifier!r} is not an image ARN", image_help)
    else:
        if identifier != image_name:
            raise UsageError(
                f"{identifier!r} is not the image {resource.address} declares",
                f"The spec gives {resource.address} ImageName {image_name!r}.",
            )
        return
    # ARNs carry the image name lower-cased.
    if match.group("image") != image_name.lower():
        raise UsageError(
            f"{identifier} belongs to image {match.group('image')!r}, "
            f"but {resource.address} declares ImageName {image_name!r}",
            "Import it under the address whose ImageName matches, or fix the spec.",
        )


def _imported_properties(resource: DesiredResource, live: Mapping[str, Any]) -> dict[str, Any]:
    """The live values of the properties the spec declares, read-only ones left out.

    Aliases are included when declared: `LiveCloud.read` fills them from ListAliases, the
    only place the service reports them. Properties the spec does not declare are not
    recorded, so the next plan does not remove them.
    """
    read_only = load_schema(resource.type_name).read_only
    return {
        name: resource.properties[name] if name == "ImageName" else live[name]
        for name in sorted(resource.properties)
        if name in live and name not in read_only
    }


def import_resource(
    address: str,
    identifier: str,
    *,
    desired: Mapping[str, DesiredResource],
    state: State,
    store: StateStore,
    cloud: LiveCloud,
) -> ResourceRecord:
    """Adopt an existing image or image version as `address`, which the spec must declare.

    The caller holds the state lock and read `state` inside it. The record holds the live
    values of the declared properties, so the next plan shows only real differences; it
    is added to `state` and written through `store`. Refuses an address already in state,
    an object another address already manages, an identifier of the wrong form or image,
    and an object that does not exist.
    """
    resource = desired.get(address)
    if resource is None:
        raise UsageError(
            f"{address} is not declared in the spec",
            "Declare it (with the properties it should have) before importing it; "
            "import only adopts resources the spec declares.",
        )
    _check_identifier(resource, identifier)
    if address in state.resources:
        raise UsageError(
            f"{address} is already managed by imgver",
            f"State records it as {state.resources[address].identifier}. To import "
            f"another object there, first run: imgver state rm {address}",
        )
    by_name = resource.type_name == IMAGE and not identifier.startswith("arn:")
    live = cloud.read(resource.type_name, image_identifier(identifier) if by_name else identifier)
    if live is None:
        raise UsageError(
            f"Cannot import {identifier}: it does not exist",
            f"No {resource.type_name} with that identifier exists in {cloud.region}.",
        )
    # SageMaker spells a version's ImageName as its ARN does, in lower case.
    if str(live.get("ImageName")).lower() != str(resource.properties.get("ImageName")).lower():
        raise UsageError(
            f"{identifier} belongs to image {live.get('ImageName')!r}, but "
            f"{address} declares ImageName {resource.properties.get('ImageName')!r}",
            "Import it under the address whose ImageName matches, or fix the spec.",
        )
    primary = load_schema(resource.type_name).primary_identifier
    live_identifier = str(live.get(primary) or identifier)
    for other, recorded in state.resources.items():
        if recorded.identifier == live_identifier:
            raise UsageError(
                f"{live_identifier} is already managed as {other}",
                f"One object can have one address: imgver state mv {other} {address} "
                "moves it instead.",
            )
    record = ResourceRecord(
        type=resource.type_name,
        identifier=live_identifier,
        region=cloud.region,
        properties=_imported_properties(resource, live),
        prevent_destroy=resource.lifecycle.prevent_destroy,
    )
    state.resources[address] = record
    store.write(state)
    return record


# --- state subcommands ----------------------------------------------------------------------


def _matches(address: str, filters: Sequence[str]) -> bool:
    if not filters:
        return True
    base = address.removesuffix(DEPOSED_SUFFIX)
    return any(wanted in (address, base, section_of(address)) for wanted in filters)


def state_list(state: State, filters: Sequence[str] = ()) -> list[str]:
    """Recorded addresses, sorted; `filters` keeps those equal to one (or in that section).

    A replaced object still waiting to be deleted is listed as `<address>#deposed`.
    """
    return sorted(address for address in state.resources if _matches(address, filters))


def _not_found(address: str) -> UsageError:
    return UsageError(
        f"No resource found in state for the address {address}",
        "imgver state list shows the addresses state holds.",
    )


def _value(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def state_show(state: State, address: str) -> str:
    """One record as text: type, identifier, region, status, properties and any journal entry."""
    record = state.resources.get(address)
    if record is None:
        raise _not_found(address)
    lines = [
        f"# {address}:",
        f"type       = {_value(record.type)}",
        f"identifier = {_value(record.identifier)}",
        f"region     = {_value(record.region)}",
        f"status     = {_value(record.status)}",
    ]
    if record.pending is not None:
        pending = record.pending
        lines.append(
            f"pending    = {pending.operation} started {pending.started} "
            f"(client token {pending.client_token}, "
            f"request token {pending.request_token or 'not yet answered'})"
        )
    lines.append("properties {")
    width = max((len(name) for name in record.properties), default=0)
    lines += [
        f"    {name.ljust(width)} = {_value(value)}"
        for name, value in sorted(record.properties.items())
    ]
    lines.append("}")
    return "\n".join(lines)


def _with_deposed(addresses: Sequence[str], state: State) -> list[str]:
    """The addresses and, for each, its deposed object if state holds one."""
    found: list[str] = []
    for address in addresses:
        for candidate in (address, address + DEPOSED_SUFFIX):
            if candidate in state.resources and candidate not in found:
                found.append(candidate)
    return found


def state_rm(
    store: StateStore, addresses: Sequence[str], *, lock_timeout: float = 0.0
) -> list[str]:
    """Stop managing `addresses` (and their deposed objects) without touching the cloud.

    All or nothing: an address state does not hold refuses the whole command. Returns the
    addresses removed.
    """
    with store.lock("state rm", timeout=lock_timeout):
        state = store.read()
        missing = [address for address in addresses if address not in state.resources]
        if missing:
            raise _not_found(", ".join(missing))
        removed = _with_deposed(addresses, state)
        for address in removed:
            del state.resources[address]
        store.write(state)
    return removed


def _check_destination(source: str, destination: str) -> None:
    section, _, name = destination.partition(".")
    if section not in SECTIONS or not name or "#" in name:
        raise UsageError(
            f"{destination!r} is not a resource address",
            f"An address is <section>.<name>, with section one of {', '.join(SECTIONS)}.",
        )
    if section != section_of(source):
        raise UsageError(
            f"Cannot move {source} to {destination}: they are different resource types",
            f"{source} is an {SECTIONS.get(section_of(source), 'unknown type')}, "
            f"{destination} an {SECTIONS[section]}.",
        )


def state_mv(
    store: StateStore, source: str, destination: str, *, lock_timeout: float = 0.0
) -> None:
    """Record `source`'s object (and its deposed object, if any) under `destination`.

    Refuses a destination that state already holds or that names another section (type).
    """
    if source.endswith(DEPOSED_SUFFIX):
        raise UsageError(
            f"Cannot move {source} on its own",
            f"Move {source.removesuffix(DEPOSED_SUFFIX)}: its deposed object moves with it.",
        )
    _check_destination(source, destination)
    with store.lock("state mv", timeout=lock_timeout):
        state = store.read()
        if source not in state.resources:
            raise _not_found(source)
        taken = _with_deposed([destination], state)
        if taken:
            raise UsageError(
                f"Cannot move {source} to {destination}: state already holds {taken[0]}",
                f"Remove it first (imgver state rm {taken[0]}) or pick another address.",
            )
        for suffix in ("", DEPOSED_SUFFIX):
            if source + suffix in state.resources:
                state.resources[destination + suffix] = state.resources.pop(source + suffix)
        store.write(state)


def state_rebind(
    store: StateStore, target: Target, addresses: Sequence[str], *, lock_timeout: float = 0.0
) -> list[str]:
    """Re-record `addresses` (all when none, and then the state too) under `target`;
    the addresses whose region changed."""
    with store.lock("state rebind", timeout=lock_timeout):
        state = store.read()
        before = state.to_document()
        changed = rebind(state, target, addresses)
        if state.to_document() != before:
            store.write(state)
    return changed


def state_pull(store: StateStore) -> str:
    """The stored state document, as stored."""
    return store.pull()


def state_push(
    store: StateStore, document: str, *, force: bool = False, lock_timeout: float = 0.0
) -> None:
    """Replace the stored state with `document`.

    Refuses (unless `force`) a document of another lineage or with an older serial than
    the stored one, as the store's push rules say.
    """
    with store.lock("state push", timeout=lock_timeout):
        store.push(document, force=force)


def state_migrate(
    source: StateStore,
    target: StateStore,
    where: Callable[[], Target] | None,
    *,
    lock_timeout: float = 0.0,
) -> tuple[State, Copied]:
    """Copy the state in `source` into `target`, lineage and serial kept.

    Both locks are held while it copies, the source's first, so no run changes either in
    between. Refuses an empty source, a state recorded for another target than `where()`
    (asked only once the source is read, when given), and whatever `copy_state` refuses.
    Returns the state copied and what the copy did.
    """
    with source.lock("state migrate", timeout=lock_timeout):
        if not source.pull():
            raise StateError(
                f"there is no state in {source.description} to migrate",
                "Give the path of the local state file to copy into the configured backend.",
            )
        state = source.read()
        if where is not None:
            check_state(state, where(), source=f"the state {source.description}")
        with target.lock("state migrate", timeout=lock_timeout):
            return state, copy_state(state, target, source=source.description)


def force_unlock(store: StateStore, lock_id: str, *, even_if_running: bool = True) -> None:
    """Remove the state lock, only if its id is `lock_id` (a lock left by a dead process);
    unless `even_if_running`, refused while its holder still runs on this host."""
    store.force_unlock(lock_id, even_if_running=even_if_running)
