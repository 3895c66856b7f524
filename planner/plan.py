"""Plan building, saved plans and staleness checks.

Owns the cross-resource decisions (DESIGN.md sections 3 and 6): one ResourceChange per
address (from `planner.diff`), turned into executable Steps ordered by their
dependencies:

- images are created before the versions that name them, and deleted after every managed
  version of theirs (deleting an image deletes its versions); an image that keeps its
  name but must be replaced is deleted first, taking all its versions along, so those
  are replaced too;
- an alias belongs to one version of an image: a version giving it up has it removed
  (`<address>:update`, or a separate `<address>:remove-aliases` step when the version
  also waits for aliases of others, which is what keeps swaps from deadlocking) before
  the version taking it gets it;
- a version replacement creates the new version without the aliases still held
  elsewhere (`<address>:create`), removes them from the old version
  (`<address>#deposed:remove-aliases`), adds them to the new one
  (`<address>:add-aliases`), then deletes or forgets the old one
  (`<address>#deposed:delete|forget`). Steps on the old object have `deposed=True`:
  the executor moves the record to `<address>#deposed` when it runs the create, and
  acts on that record for deposed steps. A `#deposed` record left by an interrupted run
  is deleted (or forgotten with `on_replace: retain`) and, if the address is replaced
  again, before the new create (its steps are then `<address>#deposed-previous:...`);
- an object deleted outside imgver has its stale record forgotten (`<address>:forget`)
  before it is created again, so one apply converges.

Also `--destroy`, `--refresh-only`, `--target`, `--replace`, `lifecycle.prevent_destroy`,
saved plans (`save_plan`/`load_plan`), live fingerprints and `check_fresh`, and
`collision_warnings` for desired images whose name an unmanaged image already holds.

Must not: do I/O other than reading and writing the plan file, read a clock, or import
boto3: every input (desired, state, live models, timestamps) is passed in.
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import heapq
import json
import os
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import jsonpatch

from planner.changes import (
    DEPOSED_SUFFIX,
    Action,
    Plan,
    PlanMode,
    PropertyChange,
    ResourceChange,
    Step,
    StepKind,
)
from planner.desired import SECTIONS, DesiredResource
from planner.diff import ALIASES, canonical_json, desired_model, diff_resource, refresh_resource
from planner.errors import PlanError, PreventDestroyError, StalePlanError, UsageError
from state.model import ResourceRecord, State
from state.schema import IMAGE, IMAGE_VERSION

__all__ = [
    "ABSENT",
    "PLAN_FORMAT",
    "PLAN_VERSION",
    "build_plan",
    "check_fresh",
    "collision_warnings",
    "fingerprint",
    "load_plan",
    "save_plan",
]

PLAN_FORMAT: Final = "imgver-plan"
PLAN_VERSION: Final = 1
ABSENT: Final = "absent"  # the fingerprint of a live model that does not exist

_MODES: Final = ("normal", "destroy", "refresh-only")
_TYPE_ORDER: Final = {type_name: index for index, type_name in enumerate(SECTIONS.values())}
_CREATE_FIRST: Final = (Action.CREATE_THEN_DELETE, Action.CREATE_THEN_FORGET)


def build_plan(
    *,
    desired: Mapping[str, DesiredResource],
    state: State,
    live: Mapping[str, dict[str, Any] | None],
    mode: PlanMode = "normal",
    targets: Sequence[str] = (),
    force_replace: Sequence[str] = (),
    spec_hash: str = "",
    region: str = "",
    created_at: str = "",
) -> Plan:
    """The plan that brings the live resources to `desired` (or destroys / refreshes).

    `live` maps addresses to the models read (deposed records under
    `<address>#deposed`), None when gone; every recorded address with an identifier must
    have a reading. In destroy mode `desired` only supplies lifecycle settings.
    Raises UsageError for unknown `targets`/`force_replace`, PreventDestroyError when
    `lifecycle.prevent_destroy` forbids the plan, PlanError when no valid plan exists.
    """
    _check_requests(desired, state, mode, targets, force_replace)
    if mode == "refresh-only":
        changes = {
            address: refresh_resource(
                address, recorded=record, live=_reading(live, address, record)
            )
            for address, record in state.resources.items()
        }
    elif mode == "destroy":
        changes = _destroy_changes(state, live)
    else:
        _check_alias_claims(desired)
        changes = _normal_changes(desired, state, live, frozenset(force_replace))
    builder = _StepBuilder(changes, live, state, mode)
    drafts = builder.build()
    changes = builder.changes
    if targets:
        changes, drafts = _select(changes, drafts, builder.owner, targets)
    _check_prevent_destroy(changes.values(), desired)
    return Plan(
        changes=sorted(changes.values(), key=_change_order),
        steps=_in_order(drafts),
        mode=mode,
        spec_hash=spec_hash,
        lineage=state.lineage,
        serial=state.serial,
        region=region,
        live_fingerprints={address: fingerprint(model) for address, model in sorted(live.items())},
        targets=tuple(targets),
        created_at=created_at,
    )


def collision_warnings(
    *,
    desired: Mapping[str, DesiredResource],
    state: State,
    live: Mapping[str, dict[str, Any] | None],
) -> list[str]:
    """Warnings for desired images that are not in state while an image of their name
    exists (`planner.refresh.read_live` reads those by ImageName): creating them would
    fail, adopting them with `imgver import` is what the person most likely wants."""
    warnings = []
    for address, resource in sorted(desired.items()):
        model = live.get(address)
        if resource.type_name != IMAGE or address in state.resources or model is None:
            continue
        name = resource.properties.get("ImageName")
        warnings.append(
            f"{address}: an image named {name} already exists "
            f"({model.get('ImageArn', 'no ARN returned')}) but is not managed by imgver; "
            f"adopt it with `imgver import {address} {name}` or choose another ImageName"
        )
    return warnings


def fingerprint(model: dict[str, Any] | None) -> str:
    """The SHA-256 of a live model's canonical JSON, or "absent" when there is none."""
    if model is None:
        return ABSENT
    return hashlib.sha256(canonical_json(model).encode("utf-8")).hexdigest()


def check_fresh(
    plan: Plan,
    *,
    state: State,
    live_fingerprints: Mapping[str, str],
    spec_hash: str | None,
) -> None:
    """Refuse a saved plan made against another state, cloud or spec than the present.

    `live_fingerprints` are `fingerprint()`s of the models read now; an address missing
    on either side counts as absent. `spec_hash` None skips the spec comparison.
    Raises StalePlanError("Saved plan is stale") with one detail line per difference.
    """
    problems = []
    if plan.lineage != state.lineage:
        problems.append(
            f"the state is another one: lineage {state.lineage}, "
            f"the plan was made against lineage {plan.lineage}"
        )
    elif plan.serial != state.serial:
        problems.append(
            f"the state has changed since the plan was made (serial {plan.serial} -> "
            f"{state.serial})"
        )
    for address in sorted(set(plan.live_fingerprints) | set(live_fingerprints)):
        if plan.live_fingerprints.get(address, ABSENT) != live_fingerprints.get(address, ABSENT):
            problems.append(f"the live model of {address} has changed")
    if spec_hash is not None and spec_hash != plan.spec_hash:
        problems.append("the spec has changed since the plan was made")
    if problems:
        raise StalePlanError(
            "Saved plan is stale",
            "\n".join([*problems, "run `imgver plan --out FILE` again and apply the new plan"]),
        )


# -- changes -------------------------------------------------------------------------------


def _check_requests(
    desired: Mapping[str, DesiredResource],
    state: State,
    mode: PlanMode,
    targets: Sequence[str],
    force_replace: Sequence[str],
) -> None:
    if mode not in _MODES:
        raise UsageError(f"unknown plan mode {mode!r}", f"expected one of {', '.join(_MODES)}")
    known = set(desired) | set(state.resources)
    unknown = sorted(set(targets) - known)
    if unknown:
        raise UsageError(
            f"--target names {_words(unknown)} that neither the spec nor the state has",
            _known_addresses(known),
        )
    if force_replace and mode != "normal":
        raise UsageError(f"--replace cannot be combined with --{mode}")
    unknown = sorted(set(force_replace) - set(desired))
    if unknown:
        raise UsageError(
            f"--replace names {_words(unknown)} that the spec does not declare",
            _known_addresses(set(desired)),
        )


def _known_addresses(known: set[str]) -> str:
    if not known:
        return "there are no addresses in the spec or the state"
    return "known addresses: " + ", ".join(sorted(known))


def _words(addresses: Sequence[str]) -> str:
    return ("address " if len(addresses) == 1 else "addresses ") + ", ".join(addresses)


def _check_alias_claims(desired: Mapping[str, DesiredResource]) -> None:
    """Two spec entries claiming one alias of an image would make the plan move it back
    and forth; `planner.spec` refuses such a spec, plans made from other data too."""
    owners: dict[tuple[Any, str], str] = {}
    for address, resource in sorted(desired.items()):
        if resource.type_name != IMAGE_VERSION or ALIASES in resource.lifecycle.ignore_changes:
            continue
        for alias in resource.properties.get(ALIASES) or ():
            owner = owners.setdefault((resource.properties.get("ImageName"), alias), address)
            if owner != address:
                raise PlanError(
                    f"alias {alias} is claimed by both {owner} and {address}",
                    "an alias names one version of an image: keep it in one spec entry",
                )


def _reading(
    live: Mapping[str, dict[str, Any] | None], address: str, record: ResourceRecord | None
) -> dict[str, Any] | None:
    if record is not None and record.identifier is None:
        return None
    if record is not None and address not in live:
        # Treating a missing reading as "gone" would plan a duplicate create.
        raise ValueError(f"no live model was read for {address}")
    return live.get(address)


def _normal_changes(
    desired: Mapping[str, DesiredResource],
    state: State,
    live: Mapping[str, dict[str, Any] | None],
    force_replace: frozenset[str],
) -> dict[str, ResourceChange]:
    changes = {}
    current = {address for address in state.resources if not _is_deposed(address)}
    for address in sorted(set(desired) | current):
        record = state.resources.get(address)
        changes[address] = diff_resource(
            address,
            desired=desired.get(address),
            recorded=record,
            live=_reading(live, address, record),
            force_replace=address in force_replace,
        )
    for address, record in sorted(state.resources.items()):
        if _is_deposed(address):
            changes[address] = _leftover_change(
                address, record, _reading(live, address, record), desired.get(_base(address))
            )
    _cascade_image_replacements(changes, desired)
    return changes


def _leftover_change(
    address: str,
    record: ResourceRecord,
    model: dict[str, Any] | None,
    desired: DesiredResource | None,
) -> ResourceChange:
    """The old object an interrupted replacement left at `<address>#deposed`."""
    change = diff_resource(address, desired=None, recorded=record, live=model)
    reason = "the old object of an interrupted replacement"
    if change.action is Action.FORGET:
        return dataclasses.replace(change, reasons=[f"{reason}, already gone from the cloud"])
    if desired is not None and desired.lifecycle.on_replace == "retain":
        return dataclasses.replace(
            change,
            action=Action.FORGET,
            reasons=[f"{reason}: kept in the cloud (lifecycle.on_replace: retain)"],
        )
    return dataclasses.replace(change, reasons=[reason])


def _cascade_image_replacements(
    changes: dict[str, ResourceChange], desired: Mapping[str, DesiredResource]
) -> None:
    """Deleting an image deletes its versions: when an image is deleted and re-created
    under the same name, every version that stays on it is deleted and re-created too."""
    for image in list(changes.values()):
        if image.type_name != IMAGE or image.action is not Action.DELETE_THEN_CREATE:
            continue
        name = (image.before or {}).get("ImageName")
        for address, change in list(changes.items()):
            resource = desired.get(address)
            if (
                change.type_name != IMAGE_VERSION
                or resource is None
                or change.action not in (Action.NOOP, Action.UPDATE, *_CREATE_FIRST)
                or (change.before or {}).get("ImageName") != name
                or resource.properties.get("ImageName") != name
            ):
                continue
            changes[address] = dataclasses.replace(
                change,
                action=Action.DELETE_THEN_CREATE,
                after=desired_model(resource),
                patch=[],
                reasons=[
                    *change.reasons,
                    f"its image {image.address} is replaced, and deleting an image deletes "
                    "its versions",
                ],
            )


def _destroy_changes(
    state: State, live: Mapping[str, dict[str, Any] | None]
) -> dict[str, ResourceChange]:
    changes = {}
    for address, record in sorted(state.resources.items()):
        change = diff_resource(
            address, desired=None, recorded=record, live=_reading(live, address, record)
        )
        reason = "destroy requested"
        if change.action is Action.FORGET:
            reason += "; already gone from the cloud, so only its record is removed"
        changes[address] = dataclasses.replace(change, reasons=[reason])
    return changes


def _check_prevent_destroy(
    changes: Iterable[ResourceChange], desired: Mapping[str, DesiredResource]
) -> None:
    """A create-then-forget replacement destroys nothing, so prevent_destroy allows it."""
    lines = []
    addresses = []
    for change in changes:
        resource = desired.get(change.address)
        if resource is None or not resource.lifecycle.prevent_destroy:
            continue
        if change.action is Action.DELETE:
            verb, undo = "destroy", "keep it out of the plan with --target"
        elif change.action in (Action.CREATE_THEN_DELETE, Action.DELETE_THEN_CREATE):
            verb = "replace"
            undo = (
                f"revert the change to {', '.join(p[1:] for p in change.replace_paths)}"
                if change.replace_paths
                else "drop the replacement (--replace, tainted state) from the plan"
            )
        else:
            continue
        where = f" ({resource.file}:{resource.line})" if resource.file else ""
        addresses.append(change.address)
        lines.append(
            f"{change.address}{where}: the plan would {verb} it "
            f"({'; '.join(change.reasons) or 'requested'}). To proceed, set "
            f"prevent_destroy: false in its lifecycle block, or {undo}."
        )
    if lines:
        raise PreventDestroyError(
            f"lifecycle.prevent_destroy forbids this plan for {', '.join(addresses)}",
            "\n".join(lines),
        )


def _change_order(change: ResourceChange) -> tuple[int, str]:
    return (_TYPE_ORDER.get(change.type_name, len(_TYPE_ORDER)), change.address)


def _is_deposed(address: str) -> bool:
    return address.endswith(DEPOSED_SUFFIX)


def _base(address: str) -> str:
    return address.removesuffix(DEPOSED_SUFFIX)


# -- steps ---------------------------------------------------------------------------------


@dataclass
class _Draft:
    """A Step under construction: its dependencies are still being added."""

    id: str
    address: str
    kind: StepKind
    type_name: str
    identifier: str | None = None
    properties: dict[str, Any] | None = None
    patch: list[dict[str, Any]] = field(default_factory=list)
    deposed: bool = False
    description: str = ""
    depends: set[str] = field(default_factory=set)


@dataclass
class _Version:
    """One image-version object as far as aliases are concerned.

    `key` prefixes the ids of the steps acting on it. `final` is the alias set it must end
    with, None for an object on its way out (deleted or forgotten), which only gives up
    what others need.
    """

    key: str
    change: str
    image: str | None
    current: frozenset[str]
    final: set[str] | None
    identifier: str | None = None
    deposed: bool = False
    label: str = ""
    release: set[str] = field(default_factory=set)  # aliases others are waiting for
    waits: set[str] = field(default_factory=set)  # keys of the objects it takes aliases from


class _StepBuilder:
    """Turns the changes into step drafts; may adjust in-place changes of versions that
    must hand an alias over (their `changes` entry is replaced)."""

    def __init__(
        self,
        changes: dict[str, ResourceChange],
        live: Mapping[str, dict[str, Any] | None],
        state: State,
        mode: PlanMode,
    ) -> None:
        self.changes = dict(sorted(changes.items(), key=lambda item: _change_order(item[1])))
        self.live = live
        self.state = state
        self.mode = mode
        self.drafts: dict[str, _Draft] = {}
        self.owner: dict[str, str] = {}  # step id -> address of its change
        self.versions: dict[str, _Version] = {}
        self.release_step: dict[str, str] = {}  # version key -> step that frees its aliases
        self.alias_waits: list[tuple[str, str]] = []  # (step id, version key it waits for)
        self.image_creates: dict[str, str] = {}  # image name -> create step id
        self.image_deletes: dict[str, list[str]] = {}  # image name -> delete step ids
        self.leaving_versions: dict[str, list[str]] = {}  # image name -> ids of steps on
        # version objects that leave it
        self.staying_versions: dict[str, list[str]] = {}  # image name -> addresses of
        # version objects that stay on it or are created on it
        self.version_creates: list[tuple[str, str | None]] = []  # (create id, image name)

    def build(self) -> dict[str, _Draft]:
        if self.mode != "refresh-only":
            # A refresh only records what is live: aliases move nowhere.
            self._collect_versions()
            self._match_aliases()
        for change in list(self.changes.values()):
            self._emit(change)
        self._link()
        return self.drafts

    # - aliases -

    def _collect_versions(self) -> None:
        for address, change in self.changes.items():
            if change.type_name != IMAGE_VERSION:
                continue
            before = change.before or {}
            after = change.after or {}
            old = _Version(
                key=self._old_key(address, change),
                change=address,
                image=before.get("ImageName"),
                current=frozenset(before.get(ALIASES, ())),
                final=None,
                identifier=change.identifier,
                deposed=_is_deposed(address) or change.action in _CREATE_FIRST,
                label=_label(IMAGE_VERSION, before),
            )
            new = _Version(
                key=address,
                change=address,
                image=after.get("ImageName"),
                current=frozenset(),
                final=set(after.get(ALIASES, ())),
                label=_label(IMAGE_VERSION, after),
            )
            action = change.action
            if action in (Action.NOOP, Action.UPDATE):
                old.final = set(after.get(ALIASES, ()))
                self.versions[old.key] = old
                self.staying_versions.setdefault(str(old.image), []).append(address)
            elif action is Action.DELETE or (
                action is Action.FORGET and self.live.get(address) is not None
            ):
                self.versions[old.key] = old
            elif action in (*_CREATE_FIRST, Action.CREATE, Action.DELETE_THEN_CREATE):
                # The old object of a delete-then-create is gone before the new one is
                # made, so it holds nothing the new one waits for.
                if action in _CREATE_FIRST:
                    self.versions[old.key] = old
                self.versions[new.key] = new
                self.staying_versions.setdefault(str(new.image), []).append(address)

    def _old_key(self, address: str, change: ResourceChange) -> str:
        """Step-id prefix of the existing object. A leftover `#deposed` object whose
        address is replaced again gets its own prefix: the new replacement's old object
        takes `<address>#deposed`."""
        if change.action in _CREATE_FIRST:
            return address + DEPOSED_SUFFIX
        if _is_deposed(address):
            base = self.changes.get(_base(address))
            if base is not None and base.action in _CREATE_FIRST:
                return address + "-previous"
        return address

    def _match_aliases(self) -> None:
        holders = {
            (version.image, alias): version.key
            for version in self.versions.values()
            for alias in version.current
        }
        for version in self.versions.values():
            if version.final is None:
                continue
            for alias in sorted(version.final - version.current):
                holder = holders.get((version.image, alias))
                if holder is not None and holder != version.key:
                    self.versions[holder].release.add(alias)
                    version.waits.add(holder)
        takers: dict[str, list[str]] = {}
        for version in self.versions.values():
            for holder in version.waits:
                takers.setdefault(holder, []).append(version.change)
        for version in self.versions.values():
            if version.release and version.final is not None:
                self._hand_over(version, sorted(takers[version.key]))

    def _hand_over(self, version: _Version, takers: list[str]) -> None:
        """An in-place version gives aliases up: make sure its change removes them (it
        does already when the spec moved them; not when its aliases are unmanaged)."""
        assert version.final is not None
        change = self.changes[version.change]
        noun = "alias" if len(version.release) == 1 else "aliases"
        verb = "moves" if len(version.release) == 1 else "move"
        reason = f"{noun} {', '.join(sorted(version.release))} {verb} to {', '.join(takers)}"
        updates: dict[str, Any] = {"reasons": [*change.reasons, reason]}
        if version.final & version.release:
            version.final -= version.release
            value = sorted(version.final)
            before = change.before or {}
            patch = sorted(
                [op for op in change.patch if op["path"] != f"/{ALIASES}"]
                + [{"op": "add", "path": f"/{ALIASES}", "value": value}],
                key=lambda op: str(op["path"]),
            )
            alias_change = PropertyChange(
                path=f"/{ALIASES}", before=sorted(version.current), after=value, kind="change"
            )
            updates.update(
                action=Action.UPDATE,
                patch=patch,
                after=jsonpatch.apply_patch(before, patch),
                property_changes=sorted(
                    [pc for pc in change.property_changes if pc.path != f"/{ALIASES}"]
                    + [alias_change],
                    key=lambda pc: pc.path,
                ),
            )
        self.changes[version.change] = dataclasses.replace(change, **updates)

    # - emitting -

    def _add(self, change: str, draft: _Draft, *, depends: Iterable[str] = ()) -> str:
        if draft.id in self.drafts:
            raise PlanError(f"two steps of the plan are both called {draft.id}")
        draft.depends.update(depends)
        self.drafts[draft.id] = draft
        self.owner[draft.id] = change
        return draft.id

    def _emit(self, change: ResourceChange) -> None:
        action = change.action
        if action is Action.NOOP:
            return
        if action is Action.REFRESH:
            self._add(change.address, self._record(change))
            return
        if action is Action.CREATE:
            self._create(change, depends=self._forget_stale_record(change))
        elif action is Action.UPDATE:
            self._update(change)
        elif action in (Action.DELETE, Action.FORGET):
            self._remove(change, self._old_key(change.address, change), depends=())
        elif action is Action.DELETE_THEN_CREATE:
            gone = self._remove(change, change.address, depends=())
            self._create(change, depends=(gone,))
        else:
            created = self._create(change, depends=())
            added = self._add_aliases_id(change.address)
            self._remove(
                change,
                change.address + DEPOSED_SUFFIX,
                depends=(created, *([added] if added else [])),
            )

    def _forget_stale_record(self, change: ResourceChange) -> tuple[str, ...]:
        """A record naming an object deleted outside imgver is dropped before the create,
        which would otherwise keep it as a deposed object for the next plan to forget. A
        record without an identifier stays: its journaled ClientToken makes the create a
        replay of the unfinished one, not a duplicate."""
        record = self.state.resources.get(change.address)
        if record is None or record.identifier is None:
            return ()
        label = _label(change.type_name, record.properties)
        forgotten = self._add(
            change.address,
            _Draft(
                id=f"{change.address}:forget",
                address=change.address,
                kind=StepKind.FORGET,
                type_name=change.type_name,
                identifier=record.identifier,
                description=f"forget {label} (deleted outside imgver)",
            ),
        )
        return (forgotten,)

    def _create(self, change: ResourceChange, *, depends: Iterable[str]) -> str:
        address = change.address
        properties = copy.deepcopy(change.after or {})
        version = self.versions.get(address)
        held = self._held(version)
        if held:
            remaining = sorted(set(properties.get(ALIASES, ())) - held)
            if remaining:
                properties[ALIASES] = remaining
            else:
                properties.pop(ALIASES, None)
        image = properties.get("ImageName")
        created = self._add(
            address,
            _Draft(
                id=f"{address}:create",
                address=address,
                kind=StepKind.CREATE,
                type_name=change.type_name,
                properties=properties,
                description=f"create {_label(change.type_name, properties)}",
            ),
            depends=depends,
        )
        if change.type_name == IMAGE:
            self.image_creates[str(image)] = created
            return created
        self.version_creates.append((created, image))
        if version is not None and held:
            final = sorted(version.final or ())
            added = self._add(
                address,
                _Draft(
                    id=f"{address}:add-aliases",
                    address=address,
                    kind=StepKind.UPDATE,
                    type_name=change.type_name,
                    patch=[{"op": "add", "path": f"/{ALIASES}", "value": final}],
                    description=f"add {_aliases(held)} to the new version of {image}",
                ),
                depends=(created,),
            )
            self._wait_for_holders(added, version)
        return created

    def _held(self, version: _Version | None) -> set[str]:
        """Aliases a new version wants that another object still holds."""
        if version is None or version.final is None:
            return set()
        return {
            alias
            for holder in version.waits
            for alias in self.versions[holder].release
            if alias in version.final
        }

    def _add_aliases_id(self, address: str) -> str | None:
        step_id = f"{address}:add-aliases"
        return step_id if step_id in self.drafts else None

    def _update(self, change: ResourceChange) -> None:
        address = change.address
        version = self.versions.get(address)
        depends = []
        if version is not None and version.release and version.waits:
            depends.append(self._release(change, version))
        updated = self._add(
            address,
            _Draft(
                id=f"{address}:update",
                address=address,
                kind=StepKind.UPDATE,
                type_name=change.type_name,
                identifier=change.identifier,
                patch=copy.deepcopy(change.patch),
                description=(
                    f"update {', '.join(sorted({str(op['path'])[1:] for op in change.patch}))} "
                    f"on {_label(change.type_name, change.before or {})}"
                ),
            ),
            depends=depends,
        )
        if version is not None:
            self._wait_for_holders(updated, version)
            if version.release and not version.waits:
                self.release_step[version.key] = updated

    def _release(self, change: ResourceChange, version: _Version) -> str:
        remaining = sorted(version.current - version.release)
        step = self._add(
            change.address,
            _Draft(
                id=f"{version.key}:remove-aliases",
                address=_base(change.address),
                kind=StepKind.UPDATE,
                type_name=IMAGE_VERSION,
                identifier=version.identifier,
                patch=[{"op": "add", "path": f"/{ALIASES}", "value": remaining}],
                deposed=version.deposed,
                description=f"remove {_aliases(version.release)} from {version.label}",
            ),
        )
        self.release_step[version.key] = step
        return step

    def _remove(self, change: ResourceChange, key: str, *, depends: Iterable[str]) -> str:
        """Delete or forget the existing object of `change`, known by step prefix `key`."""
        depends = list(depends)
        version = self.versions.get(key)
        if version is not None and version.release:
            release = self._release(change, version)
            if change.action in _CREATE_FIRST:
                # The old object is only deposed once the new one is created.
                self.drafts[release].depends.update(depends[:1])
            depends.append(release)
        forget = change.action in (Action.FORGET, Action.CREATE_THEN_FORGET)
        before = change.before or {}
        if forget:
            gone = self.live.get(change.address) is None and change.action is Action.FORGET
            description = (
                f"forget {_label(change.type_name, before)} (already deleted)"
                if gone
                else f"stop managing {_label(change.type_name, before)} (it stays in the cloud)"
            )
        else:
            description = f"delete {_label(change.type_name, before)}"
        removed = self._add(
            change.address,
            _Draft(
                id=f"{key}:{'forget' if forget else 'delete'}",
                address=_base(change.address),
                kind=StepKind.FORGET if forget else StepKind.DELETE,
                type_name=change.type_name,
                identifier=change.identifier,
                deposed=_is_deposed(change.address) or change.action in _CREATE_FIRST,
                description=description,
            ),
            depends=depends,
        )
        if not forget and change.type_name == IMAGE:
            self.image_deletes.setdefault(str(before.get("ImageName")), []).append(removed)
        if change.type_name == IMAGE_VERSION:
            image = str(before.get("ImageName"))
            self.leaving_versions.setdefault(image, []).append(removed)
            if version is not None and version.release:
                self.leaving_versions[image].append(self.release_step[key])
        return removed

    def _record(self, change: ResourceChange) -> _Draft:
        label = _label(change.type_name, change.before or {})
        return _Draft(
            id=f"{change.address}:record",
            address=_base(change.address),
            kind=StepKind.RECORD,
            type_name=change.type_name,
            identifier=change.identifier,
            properties=copy.deepcopy(change.after),
            deposed=_is_deposed(change.address),
            description=f"record the live values of {label}",
        )

    def _wait_for_holders(self, step_id: str, version: _Version) -> None:
        for holder in sorted(version.waits):
            self.alias_waits.append((step_id, holder))

    # - dependencies across changes -

    def _link(self) -> None:
        for step_id, holder in self.alias_waits:
            self.drafts[step_id].depends.add(self.release_step[holder])
        for address, change in self.changes.items():
            leftover = address + DEPOSED_SUFFIX
            if change.action in _CREATE_FIRST and leftover in self.changes:
                key = self._old_key(leftover, self.changes[leftover])
                verb = "forget" if self.changes[leftover].action is Action.FORGET else "delete"
                self.drafts[f"{address}:create"].depends.add(f"{key}:{verb}")
        for create, image in self.version_creates:
            if image in self.image_creates:
                self.drafts[create].depends.add(self.image_creates[image])
        for image, deletes in self.image_deletes.items():
            staying = self.staying_versions.get(image, [])
            if staying and image not in self.image_creates:
                raise PlanError(
                    f"the plan deletes image {image}, which would delete {', '.join(staying)}",
                    "deleting an image deletes all its versions: keep the image in the spec, "
                    "remove those versions from it too, or stop managing the image with "
                    "`imgver state rm` (it then stays in the cloud)",
                )
            for delete in deletes:
                self.drafts[delete].depends.update(self.leaving_versions.get(image, []))


def _select(
    changes: dict[str, ResourceChange],
    drafts: dict[str, _Draft],
    owner: Mapping[str, str],
    targets: Sequence[str],
) -> tuple[dict[str, ResourceChange], dict[str, _Draft]]:
    """The targeted changes plus every change one of their steps depends on."""
    steps_of: dict[str, list[str]] = {}
    for step_id, address in owner.items():
        steps_of.setdefault(address, []).append(step_id)
    selected = {target for target in targets if target in changes}
    pending = sorted(selected)
    while pending:
        address = pending.pop()
        for step_id in steps_of.get(address, ()):
            for dependency in drafts[step_id].depends:
                needed = owner[dependency]
                if needed not in selected:
                    selected.add(needed)
                    pending.append(needed)
    return (
        {address: change for address, change in changes.items() if address in selected},
        {step_id: draft for step_id, draft in drafts.items() if owner[step_id] in selected},
    )


def _in_order(drafts: dict[str, _Draft]) -> list[Step]:
    """A topological order of the drafts; among ready steps, the one emitted first."""
    rank = {step_id: index for index, step_id in enumerate(drafts)}
    waiting = {step_id: set(draft.depends) for step_id, draft in drafts.items()}
    dependents: dict[str, list[str]] = {}
    for step_id, draft in drafts.items():
        for dependency in draft.depends:
            dependents.setdefault(dependency, []).append(step_id)
    ready = [(rank[step_id], step_id) for step_id, deps in waiting.items() if not deps]
    heapq.heapify(ready)
    steps = []
    while ready:
        _, step_id = heapq.heappop(ready)
        draft = drafts[step_id]
        steps.append(
            Step(
                id=draft.id,
                address=draft.address,
                kind=draft.kind,
                type_name=draft.type_name,
                identifier=draft.identifier,
                properties=draft.properties,
                patch=draft.patch,
                depends_on=tuple(sorted(draft.depends, key=rank.__getitem__)),
                deposed=draft.deposed,
                description=draft.description,
            )
        )
        for dependent in dependents.get(step_id, ()):
            waiting[dependent].discard(step_id)
            if not waiting[dependent]:
                heapq.heappush(ready, (rank[dependent], dependent))
    if len(steps) != len(drafts):
        stuck = sorted(set(drafts) - {step.id for step in steps})
        raise PlanError(
            "the plan's steps wait for each other in a cycle", "steps: " + ", ".join(stuck)
        )
    return steps


def _label(type_name: str, model: Mapping[str, Any]) -> str:
    image = model.get("ImageName", "?")
    if type_name == IMAGE:
        return f"image {image}"
    version = model.get("Version")
    return f"version {version} of {image}" if version else f"a new version of {image}"


def _aliases(aliases: Iterable[str]) -> str:
    names = sorted(aliases)
    return ("alias " if len(names) == 1 else "aliases ") + ", ".join(names)


# -- saved plans ---------------------------------------------------------------------------


def save_plan(plan: Plan, path: Path) -> None:
    """Write `plan` to `path` as JSON, atomically; PlanError when it cannot be written."""
    text = json.dumps(_plan_document(plan), indent=2, ensure_ascii=False) + "\n"
    directory = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=directory)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                stream.write(text)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError as error:
        raise PlanError(f"cannot write the plan to {path}", str(error)) from error


def load_plan(path: Path) -> Plan:
    """Read a plan `save_plan` wrote; PlanError naming the file for anything else."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PlanError(
            f"plan file {path} does not exist", "save a plan with `imgver plan --out FILE`"
        ) from None
    except (OSError, UnicodeDecodeError) as error:
        raise PlanError(f"cannot read plan file {path}", str(error)) from error
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise PlanError(f"{path} is not a saved imgver plan", f"invalid JSON: {error}") from None
    if not isinstance(document, dict) or document.get("format") != PLAN_FORMAT:
        raise PlanError(
            f"{path} is not a saved imgver plan",
            f'expected "format": "{PLAN_FORMAT}" (save one with `imgver plan --out FILE`)',
        )
    version = document.get("version")
    if not isinstance(version, int) or version > PLAN_VERSION:
        raise PlanError(
            f"{path} has plan format version {version!r}, which this imgver cannot read",
            f"it reads version {PLAN_VERSION}: make the plan again with this imgver",
        )
    try:
        return _plan_from_document(document)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise PlanError(
            f"{path} is a damaged imgver plan", f"{type(error).__name__}: {error}"
        ) from None


def _plan_document(plan: Plan) -> dict[str, Any]:
    return {
        "format": PLAN_FORMAT,
        "version": PLAN_VERSION,
        "mode": plan.mode,
        "created_at": plan.created_at,
        "region": plan.region,
        "spec_hash": plan.spec_hash,
        "lineage": plan.lineage,
        "serial": plan.serial,
        "targets": list(plan.targets),
        "live_fingerprints": dict(plan.live_fingerprints),
        "changes": [
            {
                "address": change.address,
                "type": change.type_name,
                "action": change.action.value,
                "identifier": change.identifier,
                "before": change.before,
                "after": change.after,
                "patch": change.patch,
                "replace_paths": change.replace_paths,
                "property_changes": [
                    {
                        "path": pc.path,
                        "before": pc.before,
                        "after": pc.after,
                        "kind": pc.kind,
                        "forces_replacement": pc.forces_replacement,
                    }
                    for pc in change.property_changes
                ],
                "reasons": change.reasons,
            }
            for change in plan.changes
        ],
        "steps": [
            {
                "id": step.id,
                "address": step.address,
                "kind": step.kind.value,
                "type": step.type_name,
                "identifier": step.identifier,
                "properties": step.properties,
                "patch": step.patch,
                "depends_on": list(step.depends_on),
                "deposed": step.deposed,
                "description": step.description,
            }
            for step in plan.steps
        ],
    }


def _plan_from_document(document: Mapping[str, Any]) -> Plan:
    mode = document["mode"]
    if mode not in _MODES:
        raise ValueError(f"unknown plan mode {mode!r}")
    changes = []
    for item in document["changes"]:
        property_changes = []
        for pc in item["property_changes"]:
            if pc["kind"] not in ("add", "remove", "change"):
                raise ValueError(f"unknown property change kind {pc['kind']!r}")
            property_changes.append(
                PropertyChange(
                    path=str(pc["path"]),
                    before=pc["before"],
                    after=pc["after"],
                    kind=pc["kind"],
                    forces_replacement=bool(pc["forces_replacement"]),
                )
            )
        changes.append(
            ResourceChange(
                address=str(item["address"]),
                type_name=str(item["type"]),
                action=Action(item["action"]),
                identifier=_optional_str(item["identifier"]),
                before=_optional_dict(item["before"]),
                after=_optional_dict(item["after"]),
                patch=_ops(item["patch"]),
                replace_paths=[str(path) for path in item["replace_paths"]],
                property_changes=property_changes,
                reasons=[str(reason) for reason in item["reasons"]],
            )
        )
    steps = [
        Step(
            id=str(item["id"]),
            address=str(item["address"]),
            kind=StepKind(item["kind"]),
            type_name=str(item["type"]),
            identifier=_optional_str(item["identifier"]),
            properties=_optional_dict(item["properties"]),
            patch=_ops(item["patch"]),
            depends_on=tuple(str(step_id) for step_id in item["depends_on"]),
            deposed=bool(item["deposed"]),
            description=str(item["description"]),
        )
        for item in document["steps"]
    ]
    return Plan(
        changes=changes,
        steps=steps,
        mode=mode,
        spec_hash=str(document["spec_hash"]),
        lineage=str(document["lineage"]),
        serial=int(document["serial"]),
        region=str(document["region"]),
        live_fingerprints={
            str(address): str(value) for address, value in document["live_fingerprints"].items()
        },
        targets=tuple(str(target) for target in document["targets"]),
        created_at=str(document["created_at"]),
    )


def _optional_str(value: Any) -> str | None:
    return None if value is None else str(value)


def _optional_dict(value: Any) -> dict[str, Any] | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise TypeError(f"expected an object or null, got {type(value).__name__}")
    return value


def _ops(value: Any) -> list[dict[str, Any]]:
    if not isinstance(value, list) or not all(isinstance(op, dict) for op in value):
        raise TypeError("a patch must be a list of operations")
    return value
