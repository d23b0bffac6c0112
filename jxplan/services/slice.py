"""A unit's slice of a plan: the tasks, indicators and key works it leads or supports."""

from __future__ import annotations

from jxplan.core.model import Assignment, Plan
from jxplan.services.units import group_members
from jxplan.services.workspace import Workspace


class Slice:
    """Item id → the unit's role ("lead" or "coop") for every item in the slice.

    A plain class, not a dataclass: the window imports this module at start-up, where each dataclass costs ~1 ms.
    """

    __slots__ = ("indicators", "key_works", "tasks")

    def __init__(
        self,
        tasks: dict[int, str] | None = None,
        indicators: dict[int, str] | None = None,
        key_works: dict[int, str] | None = None,
    ):
        self.tasks = tasks if tasks is not None else {}
        self.indicators = indicators if indicators is not None else {}
        self.key_works = key_works if key_works is not None else {}

    def filtered(self, role: str | None) -> Slice:
        if role is None:
            return self
        keep = lambda d: {k: v for k, v in d.items() if v == role}  # noqa: E731
        return Slice(keep(self.tasks), keep(self.indicators), keep(self.key_works))

    def __len__(self) -> int:
        return len(self.tasks) + len(self.indicators) + len(self.key_works)


def _roles(assignments: tuple[Assignment, ...], groups: dict[int, list[int]]) -> dict[int, str]:
    """Unit → role on one item: named itself, or through a group term it belongs to (各县（市、区）政府); the first
    assignment naming the unit decides."""
    out: dict[int, str] = {}
    for a in assignments:
        out.setdefault(a.unit_id, a.role)
        for member in groups.get(a.unit_id, ()):
            out.setdefault(member, a.role)
    return out


class SliceIndex:
    """Every unit's role on every item of a plan, worked out once: for runs over many units (templates, merges)."""

    def __init__(self, ws: Workspace, plan: Plan):
        groups = group_members(ws)
        plan_wide = {pu.unit_id for pu in plan.all_tasks_units}
        self._plan_wide = plan_wide | {m for g in plan_wide for m in groups.get(g, ())}
        self._roles = {
            attr: [(item.id, _roles(item.assignments, groups)) for item in items]
            for attr, items in (("tasks", plan.tasks), ("indicators", plan.indicators), ("key_works", plan.key_works))
        }

    def of(self, unit_id: int | None, role: str | None = None) -> Slice:
        """The slice for `unit_id` (None = the whole plan, every item with its lead role)."""
        out = Slice()
        for attr, items in self._roles.items():
            target = getattr(out, attr)
            for item_id, roles in items:
                found = "lead" if unit_id is None else roles.get(unit_id)
                if found is None and attr == "tasks" and unit_id in self._plan_wide:
                    found = "coop"  # named once for every task (…均为责任主体，不再列出)
                if found:
                    target[item_id] = found
        return out.filtered(role)


def unit_slice(ws: Workspace, plan: Plan, unit_id: int | None, role: str | None = None) -> Slice:
    """The slice of `plan` for `unit_id` (None = the whole plan, every item with its lead role)."""
    return SliceIndex(ws, plan).of(unit_id, role)


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
