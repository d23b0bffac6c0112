"""Plans in a workspace: list them, find one by what the user typed, load one whole."""

from __future__ import annotations

import json

from jxplan.core.model import (
    Assignment,
    Indicator,
    IndicatorValue,
    KeyWork,
    Plan,
    PlanUnit,
    Section,
    SubItem,
    Target,
    Task,
)
from jxplan.core.periods import period_sort_key
from jxplan.errors import NotFoundError
from jxplan.services.workspace import Workspace


def list_plans(ws: Workspace) -> list[dict]:
    """Plans with counts and the periods that have recorded progress (the `jxplan plans` contract)."""
    out = []
    for r in ws.conn.execute("SELECT * FROM plan ORDER BY id"):
        periods = [
            p[0]
            for p in ws.conn.execute(
                "SELECT DISTINCT period FROM progress pr LEFT JOIN task t ON t.id = pr.task_id "
                "LEFT JOIN key_work k ON k.id = pr.key_work_id WHERE coalesce(t.plan_id, k.plan_id) = ? "
                "UNION SELECT DISTINCT period FROM indicator_actual a JOIN indicator i ON i.id = a.indicator_id "
                "WHERE i.plan_id = ?",
                (r["id"], r["id"]),
            )
        ]
        out.append(
            {
                "id": r["id"],
                "uid": r["uid"],
                "title": r["title"],
                "doc_number": r["doc_number"],
                "jurisdiction": r["jurisdiction"],
                "tasks": _count(ws, "task", r["id"]),
                "indicators": _count(ws, "indicator", r["id"]),
                "key_works": _count(ws, "key_work", r["id"]),
                "periods": sorted(periods, key=period_sort_key),
            }
        )
    return out


def _count(ws: Workspace, table: str, plan_id: int) -> int:
    return ws.conn.execute(f"SELECT count(*) FROM {table} WHERE plan_id = ?", (plan_id,)).fetchone()[0]


def find_plan(ws: Workspace, ref: str | int) -> int:
    """A plan id from what the user typed: its id, its uid, or a unique part of its title."""
    text = str(ref).strip()
    row = ws.conn.execute("SELECT id FROM plan WHERE id = ? OR uid = ?", (text, text)).fetchone()
    if row:
        return row["id"]
    rows = ws.conn.execute("SELECT id FROM plan WHERE instr(title, ?) > 0", (text,)).fetchall()
    if len(rows) == 1:
        return rows[0]["id"]
    raise NotFoundError(f"没有找到方案“{text}”，可用 jxplan plans 查看方案编号")


def load_plan(ws: Workspace, plan_id: int) -> Plan:
    """The whole plan with sections, tasks, indicators and key works, their units and targets."""
    conn = ws.conn
    p = conn.execute("SELECT * FROM plan WHERE id = ?", (plan_id,)).fetchone()
    if p is None:
        raise NotFoundError(f"没有编号为 {plan_id} 的方案")
    names = {r["id"]: r["name"] for r in conn.execute("SELECT id, name FROM unit")}
    assign: dict[tuple[str, int], list[Assignment]] = {}
    # A plan names the same unit in the same place on many items: one Assignment (immutable) serves them all.
    made: dict[tuple, Assignment] = {}
    cursor = conn.cursor()
    cursor.row_factory = None  # plain tuples: tens of thousands of rows on a large plan
    for col, item_id, *fields in cursor.execute(
        # Driven from the plan's items through the (item, unit) indexes, as plain tuples.
        " UNION ALL ".join(
            f"SELECT '{col}', a.{col}, a.unit_id, a.role, a.position, a.raw FROM {table} x "
            f"CROSS JOIN assignment a ON a.{col} = x.id WHERE x.plan_id = ?1"
            for col, table in (("task_id", "task"), ("indicator_id", "indicator"), ("key_work_id", "key_work"))
        )
        + " ORDER BY 5",
        (plan_id,),
    ):
        key = tuple(fields)
        a = made.get(key)
        if a is None:
            unit_id, role, position, raw = key
            a = made[key] = Assignment(unit_id, names[unit_id], role, position, raw)
        assign.setdefault((col, item_id), []).append(a)
    targets: dict[tuple[str, int], list[Target]] = {}
    for r in conn.execute("SELECT * FROM target ORDER BY position"):
        col = "task_id" if r["task_id"] else "key_work_id"
        targets.setdefault((col, r[col]), []).append(
            Target(r["text"], r["value"], r["unit"], r["qualifier"], r["year"], bool(r["recurring"]))
        )
    subs: dict[int, list[SubItem]] = {}
    for r in conn.execute(
        "SELECT s.* FROM subitem s JOIN task t ON t.id = s.task_id WHERE t.plan_id = ? ORDER BY s.position", (plan_id,)
    ):
        subs.setdefault(r["task_id"], []).append(SubItem(r["label"], r["text"]))
    values: dict[int, list[IndicatorValue]] = {}
    for r in conn.execute(
        "SELECT v.* FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id WHERE i.plan_id = ? "
        "ORDER BY v.position",
        (plan_id,),
    ):
        values.setdefault(r["indicator_id"], []).append(
            IndicatorValue(r["kind"], r["raw"], r["value"], r["qualifier"], r["year"], r["period"])
        )
    sections = tuple(
        Section(r["id"], r["label"], r["title"], r["level"], r["parent_id"])
        for r in conn.execute("SELECT * FROM section WHERE plan_id = ? ORDER BY position", (plan_id,))
    )
    tasks = tuple(
        Task(
            r["id"],
            r["uid"],
            plan_id,
            r["section_id"],
            r["number"],
            r["title"],
            r["text"],
            r["deadline_text"],
            r["deadline"],
            r["position"],
            tuple(subs.get(r["id"], ())),
            tuple(assign.get(("task_id", r["id"]), ())),
            tuple(targets.get(("task_id", r["id"]), ())),
        )
        for r in conn.execute("SELECT * FROM task WHERE plan_id = ? ORDER BY position", (plan_id,))
    )
    indicators = tuple(
        Indicator(
            r["id"],
            r["uid"],
            plan_id,
            r["number"],
            r["name"],
            r["measure_unit"],
            tuple(json.loads(r["category"])),
            bool(r["self_set"]),
            r["direction"],
            r["aggregation"],
            bool(r["flow"]),
            r["note"],
            r["position"],
            tuple(values.get(r["id"], ())),
            tuple(assign.get(("indicator_id", r["id"]), ())),
            r["attribute"],
        )
        for r in conn.execute("SELECT * FROM indicator WHERE plan_id = ? ORDER BY position", (plan_id,))
    )
    key_works = tuple(
        KeyWork(
            r["id"],
            r["uid"],
            plan_id,
            r["number"],
            r["category"],
            r["name"],
            r["content"],
            r["position"],
            tuple(assign.get(("key_work_id", r["id"]), ())),
            tuple(targets.get(("key_work_id", r["id"]), ())),
        )
        for r in conn.execute("SELECT * FROM key_work WHERE plan_id = ? ORDER BY position", (plan_id,))
    )
    plan_units = tuple(
        PlanUnit(r["unit_id"], names[r["unit_id"]], r["raw"])
        for r in conn.execute("SELECT * FROM plan_unit WHERE plan_id = ? ORDER BY position", (plan_id,))
    )
    return Plan(
        p["id"],
        p["uid"],
        p["title"],
        p["doc_number"],
        p["issuer"],
        p["issued_date"],
        p["jurisdiction"],
        p["start_year"],
        p["end_year"],
        p["lead_unit_id"],
        p["indicator_note"],
        json.loads(p["indicator_columns"] or "{}"),
        sections,
        tasks,
        indicators,
        key_works,
        plan_units,
    )
