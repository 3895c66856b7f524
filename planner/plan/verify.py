"""Whether a saved plan is exactly the plan imgver makes now: the tamper check of `apply PLANFILE`.

Owns `check_same`: the saved plan is compared with one made again from the present spec,
state and live reads (with the saved mode, targets and --replace), member by member,
change by change (by address) and step by step (by id). Any difference refuses the plan
as stale or altered, naming what differs, so a plan file that was edited (a value, an
added delete, another region, another mode, emptied changes, a retargeted identifier)
is never applied: only the plan made now is. Must not: read state, the cloud or files,
or build plans (the caller passes both).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final

from planner.errors import StalePlanError
from planner.plan.changes import Plan
from planner.plan.planfile import plan_document
from state.values import canonical_json

__all__ = ["check_same"]

# When a plan was made, and its notes (which change nothing), may differ.
_NOT_COMPARED: Final = frozenset({"created_at", "notes"})
_LISTS: Final = {"changes": "address", "steps": "id"}
_MAX_NAMED: Final = 10


def check_same(saved: Plan, fresh: Plan, *, source: str) -> None:
    """Refuse `saved` (StalePlanError naming each difference) unless it equals `fresh`."""
    old, new = plan_document(saved), plan_document(fresh)
    problems: list[str] = []
    for name in sorted(set(old) | set(new)):
        if name in _NOT_COMPARED:
            continue
        if name in _LISTS:
            problems.extend(
                _list_differences(name, _LISTS[name], old.get(name, []), new.get(name, []))
            )
        elif canonical_json(old.get(name)) != canonical_json(new.get(name)):
            problems.append(
                f"its {name} is {_short(old.get(name))}, "
                f"the plan made now has {_short(new.get(name))}"
            )
    if problems:
        shown = problems[:_MAX_NAMED]
        if len(problems) > _MAX_NAMED:
            shown.append(f"and {len(problems) - _MAX_NAMED} more differences")
        raise StalePlanError(
            f"Saved plan {source} is stale or altered: it differs from the plan made now",
            "\n".join([*shown, "run `imgver plan --out FILE` again and apply the new plan"]),
        )


def _list_differences(
    name: str, key: str, old: Sequence[Mapping[str, Any]], new: Sequence[Mapping[str, Any]]
) -> list[str]:
    noun = name.removesuffix("s")
    before = {str(item.get(key)): item for item in old}
    after = {str(item.get(key)): item for item in new}
    problems = []
    for item_key in sorted(set(before) | set(after)):
        if item_key not in after:
            problems.append(f"it has a {noun} {item_key} that the plan made now does not")
        elif item_key not in before:
            problems.append(f"it lacks the {noun} {item_key} that the plan made now has")
        else:
            for member in sorted(set(before[item_key]) | set(after[item_key])):
                left, right = before[item_key].get(member), after[item_key].get(member)
                if canonical_json(left) != canonical_json(right):
                    problems.append(f"its {noun} {item_key} has another {member}")
    if not problems and [str(item.get(key)) for item in old] != [
        str(item.get(key)) for item in new
    ]:
        problems.append(f"its {name} are in another order")
    return problems


def _short(value: Any) -> str:
    text = canonical_json(value)
    return text if len(text) <= 60 else text[:57] + "..."
