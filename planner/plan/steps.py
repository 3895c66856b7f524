"""Steps: turning the reviewed changes of a plan into executable Steps, and their order.

Owns the cross-resource ordering rules (see docs/ARCHITECTURE.md for where it sits):

- images are created before the versions that name them, and deleted after every managed
  version of theirs (deleting an image deletes its versions);
- an alias belongs to one version of an image: a version giving it up has it removed
  (`<address>:update`, or a separate `<address>:remove-aliases` step when the version
  also waits for aliases of others, which is what keeps swaps from deadlocking) before
  the version taking it gets it; an in-place version that must hand over aliases its
  spec entry does not manage has its change adjusted to remove them;
- a version replacement creates the new version without the aliases still held
  elsewhere (`<address>:create`), removes them from the old version
  (`<address>#deposed:remove-aliases`), adds them to the new one
  (`<address>:add-aliases`), then deletes or forgets the old one
  (`<address>#deposed:delete|retire`; a retired version stays in state at
  `<address>#retired-<Version>`, see `planner.plan.retention`). Steps on the old object
  have `deposed=True`: the executor moves the record to `<address>#deposed` when it
  runs the create, and acts on that record for deposed steps. A `#deposed` record left
  by an interrupted run is deleted (or forgotten) and, if the address is replaced again,
  before the new create (its steps are then `<address>#deposed-previous:...`);
- an object deleted outside imgver has its stale record forgotten (`<address>:forget`)
  before it is created again, so one apply converges;
- a change whose record a `moved:` block moves gets a `<address>:move` step (state only)
  that every other step of the address waits for;
- `--target` keeps the targeted changes plus every change one of their steps waits for;
- the final order is topological, ties broken by the order steps were emitted in (images
  first, then by address), and a cycle is a PlanError.

Must not: decide what changes (that is `planner.plan.diff`, and `planner.plan.build` for modes,
cascades and prevent_destroy), do I/O, read a clock, or import boto3.
"""

from __future__ import annotations

import copy
import dataclasses
import heapq
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

import jsonpatch

from planner.errors import PlanError
from planner.plan.changes import (
    DEPOSED_SUFFIX,
    Action,
    PropertyChange,
    ResourceChange,
    Step,
    StepKind,
)
from planner.spec.desired import SECTIONS
from state.recorded.model import State
from state.schema import ALIASES, IMAGE, IMAGE_VERSION

__all__ = ["StepGraph", "build_steps", "order_steps", "select_targets"]

_TYPE_ORDER: Final = {type_name: index for index, type_name in enumerate(SECTIONS.values())}
_CREATE_FIRST: Final = (Action.CREATE_THEN_DELETE, Action.CREATE_THEN_FORGET)


@dataclass(frozen=True)
class StepGraph:
    """The changes of a plan and the steps carrying them out, not yet in order.

    `changes` maps each address to its change, in the order a plan lists them (images
    before versions, then by address); the builder may have adjusted the change of a
    version that hands aliases over. `drafts` are the steps by id with their
    dependencies, each naming the address of the change it belongs to.
    """

    changes: dict[str, ResourceChange]
    drafts: dict[str, _Draft]


def build_steps(
    changes: Mapping[str, ResourceChange],
    *,
    state: State,
    spec_order: Sequence[str] = (),
) -> StepGraph:
    """The steps of `changes`; PlanError when no valid set of steps exists (an image
    deleted while versions of it stay, two steps with one id).

    Steps are emitted images first, then in `spec_order` (the addresses as the spec lists
    them; others after, by address): versions of one image run one at a time in that
    order, and SageMaker numbers versions in the order it creates them. A refresh-only
    plan's changes (REFRESH, REMOVE_RECORD, NOOP) move no aliases: only versions staying
    in place or created take aliases, and an unchanged one takes none."""
    builder = _StepBuilder(dict(changes), state, spec_order)
    drafts = builder.build()
    return StepGraph(changes=builder.changes, drafts=drafts)


def select_targets(graph: StepGraph, targets: Sequence[str]) -> StepGraph:
    """The targeted changes plus every change one of their steps depends on."""
    steps_of: dict[str, list[str]] = {}
    for step_id, draft in graph.drafts.items():
        steps_of.setdefault(draft.change, []).append(step_id)
    selected = {target for target in targets if target in graph.changes}
    pending = sorted(selected)
    while pending:
        address = pending.pop()
        for step_id in steps_of.get(address, ()):
            for dependency in graph.drafts[step_id].depends:
                needed = graph.drafts[dependency].change
                if needed not in selected:
                    selected.add(needed)
                    pending.append(needed)
    return StepGraph(
        changes={
            address: change for address, change in graph.changes.items() if address in selected
        },
        drafts={
            step_id: draft for step_id, draft in graph.drafts.items() if draft.change in selected
        },
    )


def order_steps(graph: StepGraph) -> list[Step]:
    """The steps in an order that runs each after what it depends on (among ready steps,
    the one emitted first); PlanError for a cycle."""
    drafts = graph.drafts
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
                moved_from=draft.moved_from,
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
    change: str = ""  # the address of the change the step belongs to (`#deposed` kept)
    moved_from: str | None = None


@dataclass
class _Version:
    """One image-version object as far as aliases are concerned.

    `key` prefixes the ids of the steps acting on it; `address` is the address of the
    change it belongs to. `final` is the alias set it must end with, None for an object
    on its way out (deleted or forgotten), which only gives up what others need.
    """

    key: str
    address: str
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
        state: State,
        spec_order: Sequence[str] = (),
    ) -> None:
        self.changes = dict(sorted(changes.items(), key=lambda item: _change_order(item[1])))
        position = {address: index for index, address in enumerate(spec_order)}
        self.emission = sorted(
            self.changes,
            key=lambda address: (
                _TYPE_ORDER.get(self.changes[address].type_name, len(_TYPE_ORDER)),
                position.get(_base(address), len(position)),
                address,
            ),
        )
        self.state = state
        self.drafts: dict[str, _Draft] = {}
        self.versions: dict[str, _Version] = {}
        # version key -> (address, change) of a no-op version that takes no alias
        self.quiet: dict[str, tuple[str, ResourceChange]] = {}
        # image -> alias -> key of the version holding it now
        self.holders: defaultdict[str | None, dict[str, str]] = defaultdict(dict)
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
        self._collect_versions()
        self._match_aliases()
        for address in self.emission:
            self._emit(self.changes[address])
        self._link()
        for change in list(self.changes.values()):
            if change.moved_from:
                self._move(change, change.moved_from)
        return self.drafts

    def _move(self, change: ResourceChange, source: str) -> None:
        """The record moves first: every step of the address acts on it at its new place."""
        record = self.state.resources[change.address]
        steps = [d for d in self.drafts.values() if _base(d.change) == change.address]
        moved = self._add(
            change.address,
            _Draft(
                id=f"{change.address}:move",
                address=change.address,
                kind=StepKind.MOVE,
                type_name=change.type_name,
                identifier=record.identifier,
                description=f"move the record of {_label(change.type_name, record.properties)} "
                f"from {source}",
                moved_from=source,
            ),
        )
        for draft in steps:
            draft.depends.add(moved)

    # - aliases -

    def _collect_versions(self) -> None:
        """One `_Version` per image-version object, and who holds each alias now. A
        version that stays as it is and takes no alias (most of a plan) is only noted as
        a holder: its `_Version` is made when another object takes an alias from it."""
        for address, change in self.changes.items():
            if change.type_name != IMAGE_VERSION:
                continue
            before = change.before or {}
            after = change.after or {}
            action = change.action
            held, kept = before.get(ALIASES, ()), after.get(ALIASES, ())
            if action is Action.NOOP and (held == kept or set(held) == set(kept)):
                key = self._old_key(address, change)
                image = _image_key(before.get("ImageName"))
                self.quiet[key] = (address, change)
                self._hold(key, image, held)
                self.staying_versions.setdefault(str(image), []).append(address)
                continue
            old = self._existing(address, change)
            if action in (Action.NOOP, Action.UPDATE):
                old.final = set(after.get(ALIASES, ()))
                self._register(old)
                self.staying_versions.setdefault(str(old.image), []).append(address)
            elif action in (Action.DELETE, Action.FORGET):
                self._register(old)
            elif action in (*_CREATE_FIRST, Action.CREATE, Action.DELETE_THEN_CREATE):
                new = _Version(
                    key=address,
                    address=address,
                    image=_image_key(after.get("ImageName")),
                    current=frozenset(),
                    final=set(after.get(ALIASES, ())),
                    label=_label(IMAGE_VERSION, after),
                )
                # The old object of a delete-then-create is gone before the new one is
                # made, so it holds nothing the new one waits for.
                if action in _CREATE_FIRST:
                    self._register(old)
                self._register(new)
                self.staying_versions.setdefault(str(new.image), []).append(address)

    def _existing(self, address: str, change: ResourceChange) -> _Version:
        """The existing object of a version's change, as its `before` shows it."""
        before = change.before or {}
        return _Version(
            key=self._old_key(address, change),
            address=address,
            image=_image_key(before.get("ImageName")),
            current=frozenset(before.get(ALIASES, ())),
            final=None,
            identifier=change.identifier,
            deposed=_is_deposed(address) or change.action in _CREATE_FIRST,
            label=_label(IMAGE_VERSION, before),
        )

    def _register(self, version: _Version) -> None:
        self.versions[version.key] = version
        self._hold(version.key, version.image, version.current)

    def _hold(self, key: str, image: str | None, aliases: Iterable[str]) -> None:
        """`key` holds `aliases` now (the last object registered wins a doubly held one)."""
        held = self.holders[image]
        for alias in aliases:
            held[alias] = key

    def _version(self, key: str) -> _Version:
        """The `_Version` of `key`, made now for a quiet one (a no-op that keeps its
        aliases and takes none: its final aliases are those it holds)."""
        if key in self.quiet:
            version = self._existing(*self.quiet.pop(key))
            version.final = set(version.current)
            self.versions[key] = version
        return self.versions[key]

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
        for version in list(self.versions.values()):
            if version.final is None:
                continue
            for alias in sorted(version.final - version.current):
                holder = self.holders[version.image].get(alias)
                if holder is not None and holder != version.key:
                    self._version(holder).release.add(alias)
                    version.waits.add(holder)
        takers: dict[str, list[str]] = {}
        for version in self.versions.values():
            for holder in version.waits:
                takers.setdefault(holder, []).append(version.address)
        for version in self.versions.values():
            if version.release and version.final is not None:
                self._hand_over(version, sorted(takers[version.key]))

    def _hand_over(self, version: _Version, takers: list[str]) -> None:
        """An in-place version gives aliases up: make sure its change removes them (it
        does already when the spec moved them; not when its aliases are unmanaged)."""
        assert version.final is not None
        change = self.changes[version.address]
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
            # Here, not at the top: it loads deepdiff, which a plan moving no alias needs not.
            from planner.plan.details import property_details

            alias_change = PropertyChange(
                path=f"/{ALIASES}",
                before=sorted(version.current),
                after=value,
                kind="change",
                details=property_details(ALIASES, sorted(version.current), value),
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
        self.changes[version.address] = dataclasses.replace(change, **updates)

    # - emitting -

    def _add(self, change: str, draft: _Draft, *, depends: Iterable[str] = ()) -> str:
        if draft.id in self.drafts:
            raise PlanError(f"two steps of the plan are both called {draft.id}")
        draft.depends.update(depends)
        self.drafts[draft.id] = draft
        draft.change = change
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
        elif action in (Action.DELETE, Action.FORGET, Action.REMOVE_RECORD):
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
            self.image_creates[str(_image_key(image))] = created
            return created
        self.version_creates.append((created, str(_image_key(image))))
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
                    f"update {', '.join(_updated_names(change))} "
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
        forget = change.action in (Action.FORGET, Action.REMOVE_RECORD, Action.CREATE_THEN_FORGET)
        before = change.before or {}
        if forget:
            gone = change.action is Action.REMOVE_RECORD
            description = (
                f"forget {_label(change.type_name, before)} (already deleted)"
                if gone
                else f"stop managing {_label(change.type_name, before)} (it stays in the cloud)"
            )
        else:
            description = f"delete {_label(change.type_name, before)}"
        kind = StepKind.FORGET if forget else StepKind.DELETE
        if change.action is Action.CREATE_THEN_FORGET and change.type_name == IMAGE_VERSION:
            kind = StepKind.RETIRE
            description = (
                f"retire {_label(change.type_name, before)} (it stays in the cloud, kept "
                "in state under its image's retention policy)"
            )
        removed = self._add(
            change.address,
            _Draft(
                id=f"{key}:{kind.value}",
                address=_base(change.address),
                kind=kind,
                type_name=change.type_name,
                identifier=change.identifier,
                deposed=_is_deposed(change.address) or change.action in _CREATE_FIRST,
                description=description,
            ),
            depends=depends,
        )
        if not forget and change.type_name == IMAGE:
            self.image_deletes.setdefault(str(_image_key(before.get("ImageName"))), []).append(
                removed
            )
        if change.type_name == IMAGE_VERSION:
            image = str(_image_key(before.get("ImageName")))
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
                kept = self.changes[leftover].action in (Action.FORGET, Action.REMOVE_RECORD)
                verb = "forget" if kept else "delete"
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


def _image_key(name: Any) -> str | None:
    """An image name as SageMaker resolves it (case-insensitively; version read models
    spell it in lower case)."""
    return None if name is None else str(name).lower()


def _updated_names(change: ResourceChange) -> list[str]:
    """The properties an update changes; the alias set every version update carries is
    named only when it changes."""
    names = {str(op["path"])[1:] for op in change.patch}
    changed = {pc.path[1:] for pc in change.property_changes}
    if ALIASES not in changed and names - {ALIASES}:
        names.discard(ALIASES)
    return sorted(names)


def _label(type_name: str, model: Mapping[str, Any]) -> str:
    image = model.get("ImageName", "?")
    if type_name == IMAGE:
        return f"image {image}"
    version = model.get("Version")
    return f"version {version} of {image}" if version else f"a new version of {image}"


def _aliases(aliases: Iterable[str]) -> str:
    names = sorted(aliases)
    return ("alias " if len(names) == 1 else "aliases ") + ", ".join(names)


def _is_deposed(address: str) -> bool:
    return address.endswith(DEPOSED_SUFFIX)


def _base(address: str) -> str:
    return address.removesuffix(DEPOSED_SUFFIX)


def _change_order(change: ResourceChange) -> tuple[int, str]:
    """The order changes are listed in: images before versions, then by address."""
    return (_TYPE_ORDER.get(change.type_name, len(_TYPE_ORDER)), change.address)
