"""A unit's slice as the fill-in workbook shows it: per item its uid, role and locked texts, and their digest.

The writer puts these texts in the locked cells; the reader compares what comes back with them, so both
use this one definition.
"""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass

from jxplan.core.model import Indicator, IndicatorValue, KeyWork, Plan, Task
from jxplan.core.periods import Period
from jxplan.exchange import contract as c
from jxplan.exchange.normalize import fold
from jxplan.services.slice import SliceIndex
from jxplan.services.workspace import Workspace


@dataclass(frozen=True)
class SliceItem:
    kind: c.SheetKind
    item: Task | KeyWork | Indicator
    role: str  # lead | coop
    locked: dict[str, str]  # header → text, for the locked columns

    @property
    def uid(self) -> str:
        return self.item.uid

    @functools.cached_property
    def digest_part(self) -> list[str]:
        """This item's share of the locked digest; kept, since one item is shared by every unit's slice."""
        return [self.uid, *(fold(self.locked[h]) for h in self.kind.locked)]

    @functools.cached_property
    def checked(self) -> tuple[tuple[str, str], ...]:
        """(header, text) of the locked cells a return is compared with (the key identifies the row instead)."""
        return tuple((h, self.locked[h]) for h in self.kind.locked if h != c.KEY)


def task_text(task: Task) -> str:
    text = task.text or task.title
    if task.title and not text.startswith(task.title):
        text = f"{task.title}：{text}"
    return text


def key_work_text(kw: KeyWork) -> str:
    parts = [p for p in (kw.name, kw.content) if p]
    return "：".join(parts) if len(parts) == 2 and not kw.content.startswith(kw.name) else (kw.content or kw.name)


def target_text(ind: Indicator, period: Period) -> str:
    target = ind.target_for(period.year)
    if target is None:
        return ""
    return f"{target.raw}（{target.year}年）" if target.year else target.raw


def milestone_text(ind: Indicator, period: Period) -> str:
    m = ind.milestone_for(period.code)
    return m.raw if m else ""


def locked_texts(kind: c.SheetKind, item, role: str, period: Period) -> dict[str, str]:
    seq = item.number or str(item.position + 1)
    if kind.kind == "indicator":
        name = f"{item.name}*" if item.self_set and not item.name.endswith("*") else item.name
        return {
            c.KEY: item.uid,
            c.SEQ: seq,
            c.IND_NAME: name,
            c.IND_UNIT: item.measure_unit,
            c.IND_TARGET: target_text(item, period),
            c.IND_MILESTONE: milestone_text(item, period),
        }
    text = task_text(item) if kind.kind == "task" else key_work_text(item)
    return {c.KEY: item.uid, c.SEQ: seq, kind.item_header: text, c.ROLE: c.ROLE_WORDS[role]}


class PlanSlices:
    """Every unit's items of one plan and period, for runs over many units (templates, merges): the roles are
    worked out once, and an item's locked texts once per role."""

    def __init__(self, ws: Workspace, plan: Plan, period: Period):
        self.plan, self.period = plan, period
        self._index = SliceIndex(ws, plan)
        self._items: dict[tuple[str, int, str], SliceItem] = {}
        self._terms: dict[int, tuple[IndicatorValue | None, bool]] = {}
        self._digests: dict[tuple[int, ...], str] = {}

    def of(self, unit_id: int) -> dict[str, list[SliceItem]]:
        """The unit's items per sheet kind ("task", "indicator", "key_work"), in plan order."""
        sl = self._index.of(unit_id)
        out: dict[str, list[SliceItem]] = {}
        for kind, items, roles in (
            (c.TASKS, self.plan.tasks, sl.tasks),
            (c.INDICATORS, self.plan.indicators, sl.indicators),
            (c.KEY_WORKS, self.plan.key_works, sl.key_works),
        ):
            out[kind.kind] = [self._item(kind, item, roles[item.id]) for item in items if item.id in roles]
        return out

    def digest(self, items: dict[str, list[SliceItem]]) -> str:
        """locked_digest of a slice from `of`; units with the same items and roles share one."""
        key = tuple(id(it) for rows in items.values() for it in rows)  # the items are this object's own
        if key not in self._digests:
            self._digests[key] = locked_digest(items)
        return self._digests[key]

    def indicator_terms(self, ind: Indicator) -> tuple[IndicatorValue | None, bool]:
        """(this period's goal: its milestone, else the target it works towards; whether the indicator has numbers)."""
        if ind.id not in self._terms:
            goal = ind.milestone_for(self.period.code) or ind.target_for(self.period.year)
            self._terms[ind.id] = (goal, any(v.value is not None for v in ind.values))
        return self._terms[ind.id]

    def _item(self, kind: c.SheetKind, item, role: str) -> SliceItem:
        key = (kind.kind, item.id, role)
        if key not in self._items:
            self._items[key] = SliceItem(kind, item, role, locked_texts(kind, item, role, self.period))
        return self._items[key]


def same_text(a: str, b: str) -> bool:
    """Equal up to what Excel, WPS and LibreOffice do to text on a re-save (widths, spaces, line breaks)."""
    return a == b or fold(a or "") == fold(b or "")


def locked_digest(items: dict[str, list[SliceItem]]) -> str:
    """sha256 over every locked text of the slice (folded), stored in the meta sheet of the template."""
    data = [it.digest_part for rows in items.values() for it in rows]
    return hashlib.sha256(json.dumps(data, ensure_ascii=False).encode()).hexdigest()
