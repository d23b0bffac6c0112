"""Rows of the task and key-work tables, built from report_data's rows for one unit (or the whole plan)."""

from typing import NamedTuple

from jxplan.core.model import KeyWork, Task, TaskProgress
from jxplan.services.report_data import EntryView, ItemStatus, KeyWorkRow, ReportData, TaskRow


class ItemRow(NamedTuple):
    """One task or key work as the table shows it; `entry` is this unit's entry (or the lead's, for 全部)."""

    kind: str  # "task" | "key_work"
    item: Task | KeyWork
    section_id: int | None
    lead_name: str
    coop_names: tuple[str, ...]
    entries: tuple[EntryView, ...]
    state: ItemStatus
    role: str | None
    search_text: str

    @property
    def id(self) -> int:
        return self.item.id

    @property
    def key(self) -> tuple[str, int]:
        return (self.kind, self.item.id)

    @property
    def entry(self) -> TaskProgress | None:
        return next((e.entry for e in self.entries if e.entry is not None), None)

    @property
    def title(self) -> str:
        return self.item.title if isinstance(self.item, Task) else self.item.name

    @property
    def updated_at(self) -> str:
        entry = self.entry
        return entry.updated_at if entry else ""


def _search_text(*parts: str) -> str:
    return " ".join(p for p in parts if p).casefold()


def task_rows(data: ReportData, roles: dict[int, str]) -> list[ItemRow]:
    return [_from_task(r, roles.get(r.task.id)) for r in data.task_rows]


def key_work_rows(data: ReportData, roles: dict[int, str]) -> list[ItemRow]:
    return [_from_key_work(r, roles.get(r.key_work.id)) for r in data.key_work_rows]


def _from_task(r: TaskRow, role: str | None) -> ItemRow:
    t = r.task
    text = _search_text(t.number, t.title, t.text, r.lead_name, *r.coop_names, t.deadline_text)
    section_id = r.section.id if r.section else None
    return ItemRow("task", t, section_id, r.lead_name, r.coop_names, r.entries, r.state, role, text)


def _from_key_work(r: KeyWorkRow, role: str | None) -> ItemRow:
    k = r.key_work
    text = _search_text(k.number, k.category, k.name, k.content, r.lead_name, *r.coop_names)
    return ItemRow("key_work", k, None, r.lead_name, r.coop_names, r.entries, r.state, role, text)
