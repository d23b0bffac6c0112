"""Edit a plan's indicators and key works by hand: add, change, remove, reorder; each edit one action, each undoable.

Like plan_edit (tasks), every function returns what undoing it needs: the previous values, or a snapshot.
Indicator values (基期值, 目标值, 阶段目标) are edited as text, one `年份或报告期：原文` per line, and read with
jxplan.core.values, so a clerk types them as the document prints them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from jxplan.core.indicators import infer_traits
from jxplan.core.model import Indicator, IndicatorValue
from jxplan.core.periods import Period
from jxplan.core.values import parse_value
from jxplan.errors import PeriodError, UserError
from jxplan.services.plan_edit import check_units, units_of, write_units
from jxplan.services.workspace import Workspace


@dataclass(frozen=True)
class Kind:
    table: str
    column: str  # in assignment and progress-like tables
    uid_letter: str
    noun: str
    entries: str  # the table whose rows make an item irremovable
    entries_reason: str
    children: tuple[str, ...]  # tables that hang off the item and are kept in snapshots


KINDS = {
    "indicator": Kind(
        "indicator", "indicator_id", "I", "指标", "indicator_actual", "已有填报的完成值",
        ("indicator_value", "assignment"),
    ),
    "key_work": Kind(
        "key_work", "key_work_id", "K", "重点工作", "progress", "已有填报的进展", ("assignment", "target"),
    ),
}  # fmt: skip
INDICATOR_FIELDS = ("number", "name", "measure_unit", "attribute", "category", "note")
KEY_WORK_FIELDS = ("number", "category", "name", "content")
CATEGORY_SEPARATOR = " / "


def _row(ws: Workspace, kind: str, item_id: int) -> dict:
    k = KINDS[kind]
    row = ws.conn.execute(f"SELECT * FROM {k.table} WHERE id = ?", (item_id,)).fetchone()
    if row is None:
        raise UserError(f"{k.noun} {item_id} 已不存在（可能已被删除）")
    return dict(row)


def _label(row: dict) -> str:
    return f"{row['number']} {row['name']}".strip()


# -- values as text ---------------------------------------------------------------------------------------------


def values_text(values: tuple[IndicatorValue, ...] | list[IndicatorValue], kind: str) -> str:
    """The values of one kind as the form shows them: `2027年：60`, `2026年第一季度：11.34`, or the raw text alone."""
    lines = []
    for v in values:
        if v.kind != kind:
            continue
        key = Period.parse(v.period).label if v.period else (f"{v.year}年" if v.year else "")
        lines.append(f"{key}：{v.raw}" if key else v.raw)
    return "\n".join(lines)


_KEY = re.compile(r"^\s*([^：:]{4,12}?)\s*[：:]\s*(.*)$")


def _period_of(text: str) -> Period | None:
    """`2026Q1`, `2026年第一季度`, `2026年一季度`, `2026年上半年`, `2027年`, `2027`; None when it is not a period."""
    text = text.strip().replace("年度", "年")
    try:
        return Period.parse(text.removesuffix("年"))
    except PeriodError:
        pass
    m = re.match(r"^(\d{4})年", text)
    if not m:
        return None
    year = int(m.group(1))
    candidates = [Period(year, "Q", i) for i in range(1, 5)] + [Period(year, "H", i) for i in (1, 2)]
    for p in candidates:
        if text in (p.label, p.label.replace("第", "")):
            return p
    return None


def parse_values(baseline: str, targets: str, milestones: str, *, keep: tuple[IndicatorValue, ...] = ()) -> list[
    IndicatorValue
]:  # fmt: skip
    """Read the form's three texts into values; a line left as it was keeps what the import read from it.

    Raise UserError naming the field and line when a year or period cannot be read.
    """
    out: list[IndicatorValue] = []
    for kind, label, text in (("baseline", "基期值", baseline), ("target", "目标值", targets),
                              ("milestone", "阶段目标", milestones)):  # fmt: skip
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if kind == "baseline" and len(lines) > 1:
            raise UserError(f"基期值只能有一个，现在有 {len(lines)} 行")
        for n, line in enumerate(lines, start=1):
            m = _KEY.match(line)
            period = _period_of(m.group(1)) if m else None
            raw = m.group(2).strip() if period else line
            if kind == "milestone" and (period is None or period.kind == "Y"):
                raise UserError(
                    f"阶段目标第 {n} 行“{line}”没有写明报告期，应写作“2026年第一季度：11.34”或“2026Q1：11.34”"
                )
            if not raw:
                raise UserError(f"{label}第 {n} 行“{line}”没有数值")
            year = period.year if period else None
            code = period.code if kind == "milestone" and period else ""
            same = next((v for v in keep if (v.kind, v.year, v.period, v.raw) == (kind, year, code, raw)), None)
            if same is None:
                parsed = parse_value(raw)
                value = None if parsed.value is None else float(parsed.value)
                same = IndicatorValue(kind, raw, value, parsed.qualifier or "", year, code)
            out.append(same)
    return out


def _write_values(conn, indicator_id: int, values: list[IndicatorValue]) -> None:
    conn.execute("DELETE FROM indicator_value WHERE indicator_id = ?", (indicator_id,))
    conn.executemany(
        "INSERT INTO indicator_value (indicator_id, kind, year, period, raw, value, qualifier, position) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(indicator_id, v.kind, v.year, v.period, v.raw, v.value, v.qualifier, pos) for pos, v in enumerate(values)],
    )


def indicator_values(ws: Workspace, indicator_id: int) -> list[IndicatorValue]:
    rows = ws.conn.execute("SELECT * FROM indicator_value WHERE indicator_id = ? ORDER BY position", (indicator_id,))
    return [IndicatorValue(r["kind"], r["raw"], r["value"], r["qualifier"], r["year"], r["period"]) for r in rows]


# -- change --------------------------------------------------------------------------------------------------------


def update_item(
    ws: Workspace, kind: str, item_id: int, *, fields: dict | None = None, units: list[tuple[int, str]] | None = None,
    values: list[IndicatorValue] | None = None,
) -> dict:  # fmt: skip
    """Change an indicator's or key work's fields, units and (indicators) values as one action.

    Returns the same keyword arguments with the previous contents: `update_item(ws, kind, id, **before)` undoes it.
    """
    k = KINDS[kind]
    fields = dict(fields or {})
    allowed = INDICATOR_FIELDS if kind == "indicator" else KEY_WORK_FIELDS
    if set(fields) - set(allowed):
        raise ValueError(f"不能修改的字段：{set(fields) - set(allowed)}")
    if "name" in fields and not str(fields["name"]).strip():
        raise UserError(f"{k.noun}名称不能为空")
    if values is not None and kind != "indicator":
        raise ValueError("只有指标有基期值、目标值和阶段目标")
    if units is not None:
        check_units(units, k.noun)
    row = _row(ws, kind, item_id)
    before: dict = {}
    if fields:
        before["fields"] = {f: _field_out(f, row[f]) for f in fields}
    if units is not None:
        before["units"] = units_of(ws, k.column, item_id)
    if values is not None:
        before["values"] = indicator_values(ws, item_id)
    with ws.action(f"修改{k.noun}“{_label(row)}”", kind="plan_edit") as conn:
        if fields:
            stored = {f: _field_in(f, v) for f, v in fields.items()}
            conn.execute(
                f"UPDATE {k.table} SET {', '.join(f'{f} = ?' for f in stored)} WHERE id = ?",
                (*stored.values(), item_id),
            )
        if units is not None:
            write_units(conn, k.column, item_id, units)
        if values is not None:
            _write_values(conn, item_id, values)
    return before


def _field_in(name: str, value):
    """Indicator categories are stored as a JSON list (体系 / 任务 levels); the form gives a tuple or list."""
    if name == "category" and not isinstance(value, str):
        return json.dumps([str(c) for c in value if str(c).strip()], ensure_ascii=False)
    return str(value).strip() if isinstance(value, str) else value


def _field_out(name: str, stored):
    if name == "category" and isinstance(stored, str) and stored.startswith("["):
        return tuple(json.loads(stored))
    return stored


def category_text(indicator: Indicator) -> str:
    return CATEGORY_SEPARATOR.join(indicator.category)


def category_of(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in re.split(r"\s*[/／]\s*", text) if part.strip())


# -- add, remove, restore, reorder --------------------------------------------------------------------------------


def add_item(ws: Workspace, kind: str, plan_id: int, *, name: str, after_id: int | None = None, **fields) -> int:
    """A new indicator or key work after `after_id` (else at the end), with a new stable uid; returns its id."""
    k = KINDS[kind]
    name = name.strip()
    if not name:
        raise UserError(f"{k.noun}名称不能为空")
    allowed = INDICATOR_FIELDS if kind == "indicator" else KEY_WORK_FIELDS
    if set(fields) - set(allowed):
        raise ValueError(f"不能设置的字段：{set(fields) - set(allowed)}")
    plan = ws.conn.execute("SELECT uid, next_seq FROM plan WHERE id = ?", (plan_id,)).fetchone()
    if plan is None:
        raise UserError(f"方案 {plan_id} 已不存在")
    if after_id is not None:
        position = _row(ws, kind, after_id)["position"] + 1
    else:
        position = ws.conn.execute(
            f"SELECT coalesce(max(position), -1) + 1 FROM {k.table} WHERE plan_id = ?", (plan_id,)
        ).fetchone()[0]
    values = {f: _field_in(f, v) for f, v in fields.items()}
    if kind == "indicator":
        direction, aggregation, flow = infer_traits(name, fields.get("measure_unit", ""), [])
        values.update(direction=direction, aggregation=aggregation, flow=int(flow))
    values.update(uid=f"{plan['uid']}-{k.uid_letter}{plan['next_seq']:03d}", plan_id=plan_id, name=name,
                  position=position)  # fmt: skip
    with ws.action(f"新增{k.noun}“{name}”", kind="plan_edit") as conn:
        conn.execute(
            f"UPDATE {k.table} SET position = position + 1 WHERE plan_id = ? AND position >= ?", (plan_id, position)
        )
        conn.execute("UPDATE plan SET next_seq = next_seq + 1 WHERE id = ?", (plan_id,))
        return conn.execute(
            f"INSERT INTO {k.table} ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
            tuple(values.values()),
        ).lastrowid


def snapshot_item(ws: Workspace, kind: str, item_id: int) -> dict:
    """Everything stored for the item except entries: enough to put it back exactly (same id and uid)."""
    k = KINDS[kind]
    snap = {"kind": kind, "row": _row(ws, kind, item_id), "children": {}}
    for table in k.children:
        col = "indicator_id" if table == "indicator_value" else k.column
        rows = ws.conn.execute(f"SELECT * FROM {table} WHERE {col} = ? ORDER BY id", (item_id,))
        snap["children"][table] = [dict(r) for r in rows]
    return snap


def remove_item(ws: Workspace, kind: str, item_id: int) -> dict:
    """Remove an indicator or key work nobody has reported on yet; return its snapshot. One with entries is kept."""
    k = KINDS[kind]
    if ws.conn.execute(f"SELECT 1 FROM {k.entries} WHERE {k.column} = ? LIMIT 1", (item_id,)).fetchone():
        raise UserError(
            f"这项{k.noun}{k.entries_reason}，不能删除（删除会丢失各单位报送的内容）；"
            f"如确实不再考核，可修改其名称注明“已调整”"
        )
    snap = snapshot_item(ws, kind, item_id)
    row = snap["row"]
    with ws.action(f"删除{k.noun}“{_label(row)}”", kind="plan_edit") as conn:
        conn.execute(f"DELETE FROM {k.table} WHERE id = ?", (item_id,))
        conn.execute(
            f"UPDATE {k.table} SET position = position - 1 WHERE plan_id = ? AND position > ?",
            (row["plan_id"], row["position"]),
        )
    return snap


def restore_item(ws: Workspace, snap: dict) -> int:
    """Put a removed item back where it was, with its id, uid, values, units and targets."""
    k = KINDS[snap["kind"]]
    row = snap["row"]
    with ws.action(f"恢复{k.noun}“{_label(row)}”", kind="plan_edit") as conn:
        conn.execute(
            f"UPDATE {k.table} SET position = position + 1 WHERE plan_id = ? AND position >= ?",
            (row["plan_id"], row["position"]),
        )
        for table, rows in ((k.table, [row]), *snap["children"].items()):
            for r in rows:
                conn.execute(
                    f"INSERT INTO {table} ({', '.join(r)}) VALUES ({', '.join('?' * len(r))})", tuple(r.values())
                )
    return row["id"]


def move_item(ws: Workspace, kind: str, item_id: int, delta: int) -> bool:
    """Swap the item with its neighbour above (delta −1) or below (+1); False at either end."""
    k = KINDS[kind]
    row = _row(ws, kind, item_id)
    ids = [r[0] for r in ws.conn.execute(
        f"SELECT id FROM {k.table} WHERE plan_id = ? ORDER BY position, id", (row["plan_id"],))]  # fmt: skip
    here = ids.index(item_id)
    if not 0 <= here + delta < len(ids):
        return False
    ids[here], ids[here + delta] = ids[here + delta], ids[here]
    with ws.action(f"调整{k.noun}“{_label(row)}”的顺序", kind="plan_edit") as conn:
        # Positions are renumbered from the order: imports and older edits may have left gaps or ties.
        conn.executemany(f"UPDATE {k.table} SET position = ? WHERE id = ?", [(pos, i) for pos, i in enumerate(ids)])
    return True
