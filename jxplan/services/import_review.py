"""Corrections a clerk makes to a parsed document before it is saved: roles, unit names, merged and split tasks.

Each function changes the `jxplan parse` dict in place (the review screen holds one copy) and never touches the
workspace; `preview_save` tells what saving would change, without changing anything.
"""

from __future__ import annotations

import copy
import re

from jxplan.core.model import Section
from jxplan.core.periods import Period
from jxplan.services.plan_store import SaveResult, save_parsed_plan
from jxplan.services.workspace import Workspace

_SENTENCE_END = re.compile(r"[。；;！!？?]")


def first_sentence(text: str) -> str:
    """A task's title as the importer makes it: its first sentence without the trailing punctuation."""
    m = _SENTENCE_END.search(text)
    return (text[: m.start()] if m else text).strip()


def values_text(values) -> str:
    """`2025年第一季度 50；2025年第二季度 80`: each value with its quarter or year, as the review lists them."""
    return "；".join(f"{_when(v)} {v.get('raw', '')}".strip() for v in values or [])


def _when(value: dict) -> str:
    if value.get("period"):  # a milestone: its quarter, else four milestones of one year read alike
        try:
            return Period.parse(str(value["period"])).label
        except ValueError:
            return str(value["period"])
    return f"{value['year']}年" if value.get("year") else ""


def section_headings(parsed: dict) -> dict[str, str]:
    """Section key → its heading as the document numbers it (一、… / （一）…), for the task list's 章节 column."""
    return {
        s.get("key") or s.get("label", ""): Section(
            0, s.get("label", ""), s.get("title", ""), s.get("level", 1)
        ).heading
        for s in parsed.get("sections") or []
    }


def set_role(parsed: dict, kind: str, index: int, unit_index: int, role: str) -> None:
    """Make a unit the lead (the former lead becomes co-operating) or a co-operating unit."""
    units = parsed[kind][index]["units"]
    if role == "lead":
        for u in units:
            if u.get("role") == "lead":
                u["role"] = "coop"
    units[unit_index]["role"] = role


def set_unit_name(parsed: dict, kind: str, index: int, unit_index: int, name: str) -> None:
    """Correct the unit one item names (the text as written stays in `raw`)."""
    unit = parsed[kind][index]["units"][unit_index]
    unit["name"] = name.strip()
    unit.pop("code", None)
    unit.pop("known", None)


def rename_unit(parsed: dict, old_name: str, new_name: str) -> int:
    """Correct a unit everywhere it appears (tasks, indicators, key works, plan-wide units); returns how often."""
    count = 0
    for unit in all_units(parsed):
        if unit.get("name") == old_name:
            unit["name"] = new_name.strip()
            unit.pop("code", None)
            unit.pop("known", None)
            count += 1
    return count


def all_units(parsed: dict):
    for kind in ("tasks", "indicators", "key_works"):
        for item in parsed.get(kind) or []:
            yield from item.get("units") or []
    yield from parsed.get("all_tasks_units") or []


def unit_summary(parsed: dict) -> list[dict]:
    """Every unit named in the document: how it was written, how often it leads or co-operates, whether it is known."""
    out: dict[str, dict] = {}
    for unit in all_units(parsed):
        name = unit.get("name") or unit.get("raw") or ""
        row = out.setdefault(name, {"name": name, "raws": [], "lead": 0, "coop": 0, "known": unit.get("known")})
        if unit.get("raw") and unit["raw"] not in row["raws"]:
            row["raws"].append(unit["raw"])
        row["lead" if unit.get("role") == "lead" else "coop"] += 1
    return list(out.values())


def merge_with_next(parsed: dict, index: int) -> None:
    """Join a task with the one after it (the importer cut one task in two): text, sub-items, units, targets."""
    tasks = parsed["tasks"]
    if index + 1 >= len(tasks):
        raise IndexError("最后一条任务后面没有可合并的任务")
    first, second = tasks[index], tasks.pop(index + 1)
    first["text"] = first.get("text", "") + second.get("text", "")
    first["subitems"] = (first.get("subitems") or []) + (second.get("subitems") or [])
    names = {u.get("name") for u in first.get("units") or []}
    first["units"] = (first.get("units") or []) + [
        {**u, "role": "coop"} for u in second.get("units") or [] if u.get("name") not in names
    ]
    first["targets"] = (first.get("targets") or []) + (second.get("targets") or [])
    if not first.get("deadline"):
        first["deadline"] = second.get("deadline")


def split_task(parsed: dict, index: int, at: int) -> None:
    """Cut a task's text at character `at` into two tasks (two tasks the importer read as one).

    The second part gets the same units and section; its number is the first's with “-2” until the clerk renumbers.
    """
    tasks = parsed["tasks"]
    task = tasks[index]
    text = task.get("text", "")
    head, tail = text[:at].strip(), text[at:].strip()
    if not head or not tail:
        raise ValueError("拆分位置要在任务内容中间")
    second = copy.deepcopy(task)
    task["text"], task["title"] = head, first_sentence(head)
    second.update(text=tail, title=first_sentence(tail), number=f"{task.get('number', '')}-2", subitems=[])
    task["targets"] = [t for t in task.get("targets") or [] if t.get("text", "") in head]
    second["targets"] = [t for t in second.get("targets") or [] if t.get("text", "") in tail]
    tasks.insert(index + 1, second)


def drop_item(parsed: dict, kind: str, index: int) -> dict:
    """Mark an item as “not a task” (a heading or a paragraph of text): it is left out and kept in `dropped`."""
    item = parsed[kind].pop(index)
    parsed.setdefault("dropped", []).append({"kind": kind, **item})
    return item


class _Rollback(Exception):
    def __init__(self, result: SaveResult):
        super().__init__("preview")
        self.result = result


def preview_save(ws: Workspace, parsed: dict) -> SaveResult:
    """What saving would add, update and remove (a re-import), computed in a transaction that is rolled back."""
    try:
        with ws.action("预览导入", kind="preview"):
            raise _Rollback(save_parsed_plan(ws, copy.deepcopy(parsed)))
    except _Rollback as done:
        return done.result
