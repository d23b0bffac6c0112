"""A unit's slice as the fill-in workbook shows it: per item its uid, role and locked texts, and their digest.

The writer puts these texts in the locked cells; the reader compares what comes back with them, so both
use this one definition.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from jxplan.core.model import Indicator, KeyWork, Plan, Task
from jxplan.core.periods import Period
from jxplan.exchange import contract as c
from jxplan.exchange.normalize import fold
from jxplan.services.slice import unit_slice
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


def slice_items(ws: Workspace, plan: Plan, unit_id: int, period: Period) -> dict[str, list[SliceItem]]:
    """The unit's items per sheet kind ("task", "indicator", "key_work"), in plan order."""
    sl = unit_slice(ws, plan, unit_id)
    out: dict[str, list[SliceItem]] = {}
    for kind, items, roles in (
        (c.TASKS, plan.tasks, sl.tasks),
        (c.INDICATORS, plan.indicators, sl.indicators),
        (c.KEY_WORKS, plan.key_works, sl.key_works),
    ):
        out[kind.kind] = [
            SliceItem(kind, item, roles[item.id], locked_texts(kind, item, roles[item.id], period))
            for item in items
            if item.id in roles
        ]
    return out


def same_text(a: str, b: str) -> bool:
    """Equal up to what Excel, WPS and LibreOffice do to text on a re-save (widths, spaces, line breaks)."""
    return a == b or fold(a or "") == fold(b or "")


def locked_digest(items: dict[str, list[SliceItem]]) -> str:
    """sha256 over every locked text of the slice (folded), stored in the meta sheet of the template."""
    data = [[it.uid, *(fold(it.locked[h]) for h in it.kind.locked)] for rows in items.values() for it in rows]
    return hashlib.sha256(json.dumps(data, ensure_ascii=False).encode()).hexdigest()
