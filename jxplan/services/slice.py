"""A unit's slice of a plan: the tasks, indicators and key works it leads or supports."""

from __future__ import annotations

from dataclasses import dataclass, field

from jxplan.core.model import Assignment, Plan
from jxplan.services.units import group_members
from jxplan.services.workspace import Workspace


@dataclass
class Slice:
    """Item id → the unit's role ("lead" or "coop") for every item in the slice."""

    tasks: dict[int, str] = field(default_factory=dict)
    indicators: dict[int, str] = field(default_factory=dict)
    key_works: dict[int, str] = field(default_factory=dict)

    def filtered(self, role: str | None) -> Slice:
        if role is None:
            return self
        keep = lambda d: {k: v for k, v in d.items() if v == role}  # noqa: E731
        return Slice(keep(self.tasks), keep(self.indicators), keep(self.key_works))

    def __len__(self) -> int:
        return len(self.tasks) + len(self.indicators) + len(self.key_works)


def role_of(unit_id: int, assignments: tuple[Assignment, ...], groups: dict[int, list[int]]) -> str | None:
    """The unit's role on an item: named itself, or through a group term it belongs to (各县（市、区）政府)."""
    for a in assignments:
        if a.unit_id == unit_id or unit_id in groups.get(a.unit_id, ()):
            return a.role
    return None


def unit_slice(ws: Workspace, plan: Plan, unit_id: int | None, role: str | None = None) -> Slice:
    """The slice of `plan` for `unit_id` (None = the whole plan, every item with its lead role)."""
    groups = group_members(ws)
    plan_wide = {pu.unit_id for pu in plan.all_tasks_units}
    plan_wide |= {m for g in list(plan_wide) for m in groups.get(g, ())}
    out = Slice()
    for attr, items in (("tasks", plan.tasks), ("indicators", plan.indicators), ("key_works", plan.key_works)):
        target = getattr(out, attr)
        for item in items:
            if unit_id is None:
                target[item.id] = "lead"
                continue
            found = role_of(unit_id, item.assignments, groups)
            if found is None and attr == "tasks" and unit_id in plan_wide:
                found = "coop"  # named once for every task (…均为责任主体，不再列出)
            if found:
                target[item.id] = found
    return out.filtered(role)


def responsible_units(ws: Workspace, plan: Plan) -> list[int]:
    """Every unit that must report on the plan: assigned units, group terms expanded to their members."""
    groups = group_members(ws)
    seen: dict[int, None] = {}
    for item in (*plan.tasks, *plan.indicators, *plan.key_works):
        for a in item.assignments:
            for uid in groups.get(a.unit_id, [a.unit_id]):
                seen.setdefault(uid, None)
    for pu in plan.all_tasks_units:
        for uid in groups.get(pu.unit_id, [pu.unit_id]):
            seen.setdefault(uid, None)
    return list(seen)
