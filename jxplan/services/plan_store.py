"""Store an imported document as a plan: one action, re-import updates matched items and keeps their progress."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass, field
from datetime import date

from jxplan.core.indicators import infer_traits
from jxplan.core.units import DEFAULT_JURISDICTION
from jxplan.errors import UserError
from jxplan.services.units import load_directory, resolve_or_create
from jxplan.services.workspace import Workspace


@dataclass
class SaveResult:
    """What storing a parsed document did, for the import summary and the review screen."""

    plan_id: int
    plan_uid: str
    created: bool
    added: dict[str, int] = field(default_factory=lambda: {"tasks": 0, "indicators": 0, "key_works": 0})
    updated: dict[str, int] = field(default_factory=lambda: {"tasks": 0, "indicators": 0, "key_works": 0})
    removed: dict[str, int] = field(default_factory=lambda: {"tasks": 0, "indicators": 0, "key_works": 0})
    kept_with_progress: list[str] = field(default_factory=list)
    unknown_units: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "plan_id": self.plan_id,
            "plan_uid": self.plan_uid,
            "created": self.created,
            "added": self.added,
            "updated": self.updated,
            "removed": self.removed,
            "kept_with_progress": self.kept_with_progress,
            "unknown_units": self.unknown_units,
        }


def plan_uid_for(jurisdiction: str, doc_number: str, title: str) -> str:
    """A uid derived from the document, so two workspaces importing the same document agree on it."""
    key = f"{jurisdiction}|{doc_number or title}"
    return "P" + hashlib.sha1(key.encode()).hexdigest()[:6].upper()


def save_parsed_plan(ws: Workspace, parsed: dict, *, plan_id: int | None = None, source_file: str = "") -> SaveResult:
    """Store the `jxplan parse` result as one action; a plan already there (same uid) is updated, not duplicated.

    Items are matched by number and title (tasks), number and name (indicators, key works); matched items keep
    their uid and their recorded progress. Items gone from the new version are removed unless progress was
    recorded for them, in which case they are kept and listed in `kept_with_progress`.
    """
    if parsed.get("kind") == "not_a_plan" or not (parsed.get("tasks") or parsed.get("indicators")):
        raise UserError("这份文件中没有找到重点任务或指标，不像是一份实施方案，未导入")
    title = (parsed.get("title") or "").strip() or "未命名方案"
    jurisdiction = parsed.get("jurisdiction") or DEFAULT_JURISDICTION
    doc_number = parsed.get("doc_number") or ""
    source = parsed.get("source") or {}
    with ws.action(f"导入方案《{title}》", kind="import", source=source_file or source.get("file", "")) as conn:
        conn.execute("INSERT OR IGNORE INTO jurisdiction (name) VALUES (?)", (jurisdiction,))
        directory = load_directory(ws)
        uid = plan_uid_for(jurisdiction, doc_number, title)
        if plan_id is None:
            row = conn.execute("SELECT id FROM plan WHERE uid = ?", (uid,)).fetchone()
            plan_id = row["id"] if row else None
        else:
            uid = conn.execute("SELECT uid FROM plan WHERE id = ?", (plan_id,)).fetchone()["uid"]
        fields = {
            "title": title,
            "doc_number": doc_number,
            "issuer": parsed.get("issuer") or "",
            "issued_date": parsed.get("date") or "",
            "jurisdiction": jurisdiction,
            "start_year": parsed.get("start_year"),
            "end_year": parsed.get("end_year") or _last_year(parsed),
            "indicator_note": parsed.get("indicator_note") or "",
            "indicator_columns": json.dumps(parsed.get("indicator_columns") or {}, ensure_ascii=False),
            "source_file": source.get("file", source_file),
            "source_sha256": source.get("sha256", ""),
        }
        created = plan_id is None
        if created:
            cols = ", ".join(fields)
            plan_id = conn.execute(
                f"INSERT INTO plan (uid, {cols}) VALUES (?, {', '.join('?' * len(fields))})", (uid, *fields.values())
            ).lastrowid
        else:
            conn.execute(
                f"UPDATE plan SET {', '.join(f'{k} = ?' for k in fields)} WHERE id = ?", (*fields.values(), plan_id)
            )
        result = SaveResult(plan_id, uid, created)
        store = _PlanWriter(ws, conn, plan_id, uid, jurisdiction, directory, result)
        store.plan_units(parsed.get("all_tasks_units") or [])
        section_ids = store.sections(parsed.get("sections") or [])
        store.tasks(parsed.get("tasks") or [], parsed.get("sections") or [], section_ids)
        store.indicators(parsed.get("indicators") or [])
        store.key_works(parsed.get("key_works") or [])
    return result


def _last_year(parsed: dict) -> int | None:
    years = [v.get("year") for ind in parsed.get("indicators") or [] for v in ind.get("targets") or []]
    years += [t.get("year") for task in parsed.get("tasks") or [] for t in task.get("targets") or []]
    years = [y for y in years if isinstance(y, int)]
    return max(years) if years else None


class _PlanWriter:
    """Writes one parsed document's parts into an open action; matching keeps uids and progress."""

    def __init__(self, ws, conn: sqlite3.Connection, plan_id: int, plan_uid: str, jurisdiction: str, directory, result):
        self.ws, self.conn, self.plan_id, self.plan_uid = ws, conn, plan_id, plan_uid
        self.jurisdiction, self.directory, self.result = jurisdiction, directory, result
        self._unit_ids: dict[str, int] = {}

    def unit_id(self, unit: dict) -> int:
        name = unit.get("name") or unit.get("raw") or ""
        if name not in self._unit_ids:
            if not self.directory.resolve(name, self.jurisdiction):
                self.result.unknown_units.append(name)
            self._unit_ids[name] = resolve_or_create(self.ws, name, self.jurisdiction, self.directory)
        return self._unit_ids[name]

    def plan_units(self, units: list[dict]) -> None:
        self.conn.execute("DELETE FROM plan_unit WHERE plan_id = ?", (self.plan_id,))
        for pos, unit in enumerate(units):
            self.conn.execute(
                "INSERT OR IGNORE INTO plan_unit (plan_id, unit_id, raw, position) VALUES (?, ?, ?, ?)",
                (self.plan_id, self.unit_id(unit), unit.get("raw", ""), pos),
            )

    def sections(self, sections: list[dict]) -> list[int]:
        """Rewrite the plan's sections in place by position, so an unchanged outline keeps its ids."""
        existing = [
            r["id"]
            for r in self.conn.execute("SELECT id FROM section WHERE plan_id = ? ORDER BY position", (self.plan_id,))
        ]
        ids: list[int] = []
        for pos, sec in enumerate(sections):
            parent = sec.get("parent_index")
            if parent is None and sec.get("parent_key"):  # labels repeat across levels (一 and （一）); keys do not
                parent = next((i for i in range(pos) if sections[i].get("key") == sec["parent_key"]), None)
            if parent is None and sec.get("parent"):
                parent = next((i for i in range(pos - 1, -1, -1) if sections[i].get("label") == sec["parent"]), None)
            values = (
                ids[parent] if parent is not None and parent < len(ids) else None,
                sec.get("label", ""),
                sec.get("title", ""),
                sec.get("level") or 1,
                pos,
            )
            if pos < len(existing):
                self.conn.execute(
                    "UPDATE section SET parent_id = ?, label = ?, title = ?, level = ?, position = ? WHERE id = ?",
                    (*values, existing[pos]),
                )
                ids.append(existing[pos])
            else:
                ids.append(
                    self.conn.execute(
                        "INSERT INTO section (plan_id, parent_id, label, title, level, position) VALUES (?, ?, ?, ?, ?, ?)",
                        (self.plan_id, *values),
                    ).lastrowid
                )
        for surplus in existing[len(sections) :]:
            self.conn.execute("DELETE FROM section WHERE id = ?", (surplus,))
        return ids

    def _next_uid(self, letter: str) -> str:
        seq = self.conn.execute("SELECT next_seq FROM plan WHERE id = ?", (self.plan_id,)).fetchone()[0]
        self.conn.execute("UPDATE plan SET next_seq = next_seq + 1 WHERE id = ?", (self.plan_id,))
        return f"{self.plan_uid}-{letter}{seq:03d}"

    def _match(self, table: str, name_col: str, items: list[dict], name_key: str) -> list[int | None]:
        """Existing row id for each new item: same number and name, then same name, then same number."""
        existing = [dict(r) for r in self.conn.execute(f"SELECT * FROM {table} WHERE plan_id = ?", (self.plan_id,))]
        taken: set[int] = set()
        out: list[int | None] = [None] * len(items)
        rules = (
            lambda e, it: e["number"] == str(it.get("number", "")) and e[name_col] == it.get(name_key, ""),
            lambda e, it: e[name_col] == it.get(name_key, "") and e[name_col] != "",
            lambda e, it: e["number"] == str(it.get("number", "")) and e["number"] != "",
        )
        for rule in rules:
            for i, item in enumerate(items):
                if out[i] is None:
                    hit = next((e["id"] for e in existing if e["id"] not in taken and rule(e, item)), None)
                    if hit is not None:
                        out[i] = hit
                        taken.add(hit)
        for e in existing:
            if e["id"] not in taken:
                self._remove(table, e, name_col)
        return out

    def _remove(self, table: str, row: dict, name_col: str) -> None:
        col = {"task": "task_id", "key_work": "key_work_id", "indicator": "indicator_id"}[table]
        data_table = "indicator_actual" if table == "indicator" else "progress"
        has_data = self.conn.execute(f"SELECT 1 FROM {data_table} WHERE {col} = ? LIMIT 1", (row["id"],)).fetchone()
        kind = {"task": "tasks", "key_work": "key_works", "indicator": "indicators"}[table]
        if has_data:
            self.result.kept_with_progress.append(f"{row['number']} {row[name_col]}".strip())
        else:
            self.conn.execute(f"DELETE FROM {table} WHERE id = ?", (row["id"],))
            self.result.removed[kind] += 1

    def _children(self, table: str, col: str, item_id: int, cols: tuple[str, ...], rows: list[tuple]) -> bool:
        """Make an item's child rows (units, targets, sub-items, values) equal `rows`; True if anything changed.

        Unchanged children are left alone, so re-importing the same document writes no history.
        """
        current = [
            tuple(r)
            for r in self.conn.execute(
                f"SELECT {', '.join(cols)} FROM {table} WHERE {col} = ? ORDER BY position, id", (item_id,)
            )
        ]
        wanted = [(*row, pos) for pos, row in enumerate(rows)]
        if current == wanted:
            return False
        self.conn.execute(f"DELETE FROM {table} WHERE {col} = ?", (item_id,))
        self.conn.executemany(
            f"INSERT OR IGNORE INTO {table} ({col}, {', '.join(cols)}) VALUES (?, {', '.join('?' * len(cols))})",
            [(item_id, *row) for row in wanted],
        )
        return True

    def _assign(self, col: str, item_id: int, units: list[dict]) -> bool:
        rows = [
            (self.unit_id(u), u.get("role") or ("lead" if pos == 0 else "coop"), u.get("raw", ""))
            for pos, u in enumerate(units)
        ]
        return self._children("assignment", col, item_id, ("unit_id", "role", "raw", "position"), rows)

    def _targets(self, col: str, item_id: int, targets: list[dict]) -> bool:
        rows = [
            (
                t.get("text", ""),
                _num(t.get("value")),
                t.get("unit") or "",
                t.get("qualifier") or "",
                t.get("year"),
                int(bool(t.get("recurring"))),
            )
            for t in targets
        ]
        cols = ("text", "value", "unit", "qualifier", "year", "recurring", "position")
        return self._children("target", col, item_id, cols, rows)

    def _upsert(self, table: str, letter: str, row_id: int | None, values: dict) -> tuple[int, bool]:
        """Insert a new item (with a fresh uid) or update a matched one; returns (id, whether its row changed)."""
        if row_id is None:
            uid = self._next_uid(letter)
            cols = ", ".join(values)
            new_id = self.conn.execute(
                f"INSERT INTO {table} (uid, plan_id, {cols}) VALUES (?, ?, {', '.join('?' * len(values))})",
                (uid, self.plan_id, *values.values()),
            ).lastrowid
            return new_id, True
        before = dict(self.conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,)).fetchone())
        changed = any(before[k] != v for k, v in values.items() if k != "position")
        self.conn.execute(
            f"UPDATE {table} SET {', '.join(f'{k} = ?' for k in values)} WHERE id = ?", (*values.values(), row_id)
        )
        return row_id, changed

    def _count(self, kind: str, matched: int | None, changed: bool) -> None:
        if matched is None:
            self.result.added[kind] += 1
        elif changed:
            self.result.updated[kind] += 1

    def tasks(self, tasks: list[dict], sections: list[dict], section_ids: list[int]) -> None:
        matches = self._match("task", "title", tasks, "title")
        cursor = 0
        for pos, (task, row_id) in enumerate(zip(tasks, matches, strict=True)):
            sec_index = task.get("section_index")
            if sec_index is None and task.get("section_key"):
                sec_index = next((i for i, sec in enumerate(sections) if sec.get("key") == task["section_key"]), None)
            if sec_index is None and task.get("section"):
                # Sections and tasks both come in document order: walk forward to the next matching label.
                sec_index = next(
                    (
                        i
                        for i in range(cursor, len(sections))
                        if _bare(sections[i].get("label")) == _bare(task["section"])
                    ),
                    None,
                )
            if sec_index is not None:
                cursor = sec_index
            values = {
                "section_id": section_ids[sec_index]
                if sec_index is not None and sec_index < len(section_ids)
                else None,
                "number": str(task.get("number", "")),
                "title": task.get("title", ""),
                "text": task.get("text", ""),
                "deadline_text": _deadline_text(task.get("deadline")),
                "deadline": _deadline_date(task.get("deadline")),
                "position": pos,
            }
            task_id, changed = self._upsert("task", "T", row_id, values)
            subitems = [
                (sub.get("label", ""), sub.get("text", "")) if isinstance(sub, dict) else ("", sub)
                for sub in task.get("subitems") or []
            ]
            changed |= self._children("subitem", "task_id", task_id, ("label", "text", "position"), subitems)
            changed |= self._assign("task_id", task_id, task.get("units") or [])
            changed |= self._targets("task_id", task_id, task.get("targets") or [])
            self._count("tasks", row_id, changed)

    def indicators(self, indicators: list[dict]) -> None:
        matches = self._match("indicator", "name", indicators, "name")
        for pos, (ind, row_id) in enumerate(zip(indicators, matches, strict=True)):
            raws = [v.get("raw", "") for v in [ind.get("baseline") or {}, *(ind.get("targets") or [])]]
            direction, aggregation, flow = infer_traits(ind.get("name", ""), ind.get("measure_unit") or "", raws)
            values = {
                "number": str(ind.get("number", "")),
                "name": ind.get("name", ""),
                "measure_unit": ind.get("measure_unit") or "",
                "category": json.dumps(ind.get("category") or [], ensure_ascii=False),
                "self_set": int(bool(ind.get("self_set"))),
                "direction": ind.get("direction") or direction,
                "aggregation": ind.get("aggregation") or aggregation,
                "flow": int(ind.get("flow", flow)),
                "note": ind.get("note") or "",
                "attribute": ind.get("attribute") or "",
                "raw_row": json.dumps(ind.get("raw_row") or [], ensure_ascii=False),
                "position": pos,
            }
            ind_id, changed = self._upsert("indicator", "I", row_id, values)
            rows = [("baseline", ind["baseline"])] if ind.get("baseline") else []
            rows += [("target", v) for v in ind.get("targets") or []]
            rows += [("milestone", v) for v in ind.get("milestones") or []]
            if ind.get("growth"):  # a 年均增长 column (seed 004): a target without a year, kept as written
                rows.append(("target", {"raw": ind["growth"], "qualifier": "年均增长"}))
            value_rows = [
                (
                    kind,
                    v.get("year"),
                    v.get("period") or "",
                    v.get("raw", ""),
                    _num(v.get("value")),
                    v.get("qualifier") or "",
                )
                for kind, v in rows
            ]
            cols = ("kind", "year", "period", "raw", "value", "qualifier", "position")
            changed |= self._children("indicator_value", "indicator_id", ind_id, cols, value_rows)
            changed |= self._assign("indicator_id", ind_id, ind.get("units") or [])
            self._count("indicators", row_id, changed)

    def key_works(self, key_works: list[dict]) -> None:
        matches = self._match("key_work", "name", key_works, "name")
        for pos, (kw, row_id) in enumerate(zip(key_works, matches, strict=True)):
            values = {
                "number": str(kw.get("number", "")),
                "category": kw.get("category") or "",
                "name": kw.get("name", ""),
                "content": kw.get("content", ""),
                "position": pos,
            }
            kw_id, changed = self._upsert("key_work", "K", row_id, values)
            changed |= self._assign("key_work_id", kw_id, kw.get("units") or [])
            changed |= self._targets("key_work_id", kw_id, kw.get("targets") or [])
            self._count("key_works", row_id, changed)


def _bare(label: str | None) -> str:
    return (label or "").strip("()（）、. ")


def _num(value) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    return None


def _deadline_text(deadline) -> str:
    if isinstance(deadline, dict):
        return deadline.get("text") or deadline.get("raw") or ""
    return deadline or ""


def _deadline_date(deadline) -> str | None:
    """ISO date of a deadline given as {"date": ...} or as an ISO string; None for 年内-style text."""
    if isinstance(deadline, dict):
        deadline = deadline.get("date")
    if isinstance(deadline, str):
        try:
            return date.fromisoformat(deadline).isoformat()
        except ValueError:
            return None
    return None
