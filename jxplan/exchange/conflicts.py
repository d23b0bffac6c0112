"""Conflicts: two sources disagreeing on one field of one entry, held for the clerk and resolved as an action."""

from __future__ import annotations

import json
from dataclasses import dataclass

from jxplan.core.model import IndicatorActual, TaskProgress
from jxplan.core.status import Status
from jxplan.errors import NotFoundError, UserError
from jxplan.services.progress import get_actual, get_progress, record_actual, record_progress
from jxplan.services.workspace import Workspace

FIELD_LABELS = {
    "status": "完成状态",
    "percent": "完成进度(%)",
    "progress": "进展情况",
    "problems": "存在问题",
    "next_steps": "下步计划",
    "value": "本期完成值",
    "note": "说明",
}
# Where the GUI lets the clerk decide open conflicts: the 填报交换 menu item's text, named in exported reports.
SCREEN_NAME = "待处理冲突"
REASONS = {
    "edited": "工作区中的内容在上次合并后被修改过，与本次报送不同",
    "older_return": "本文件早于已合并的同一单位同期报送，内容不同",
    "lead_coop": "牵头单位与配合单位报送的完成状态不一致",
}
CHOICES = {"current": "保留现有内容", "proposed": "采用报送内容"}


@dataclass(frozen=True)
class Conflict:
    kind: str  # task | key_work | indicator
    item_id: int
    unit_id: int  # whose stored entry the conflict is about
    field: str
    current: object  # JSON-able: status code, number, text, or {"raw", "value"} for indicator values
    proposed: object
    reason: str
    source_unit_id: int
    location: str = ""
    item_label: str = ""

    @property
    def dedupe_key(self) -> tuple:
        return (
            self.kind,
            self.item_id,
            self.unit_id,
            self.field,
            json.dumps(self.proposed, ensure_ascii=False),
            self.source_unit_id,
        )

    def as_dict(self, names: dict[int, str], conflict_id: int | None = None) -> dict:
        return {
            "id": conflict_id,
            "where": self.location,
            "item": self.item_label,
            "unit": names.get(self.unit_id, ""),
            "source_unit": names.get(self.source_unit_id, ""),
            "field": FIELD_LABELS.get(self.field, self.field),
            "current": shown(self.field, self.current),
            "proposed": shown(self.field, self.proposed),
            "reason": REASONS[self.reason],
        }


def shown(field: str, value: object) -> str:
    """A stored value as the clerk reads it."""
    if value is None:
        return ""
    if field == "status":
        return Status(value).label
    if field == "value" and isinstance(value, dict):
        return str(value.get("raw") or (f"{value['value']:g}" if value.get("value") is not None else ""))
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def open_keys(ws: Workspace, plan_id: int, period: str) -> set[tuple]:
    rows = ws.conn.execute(
        "SELECT kind, item_id, unit_id, field, proposed, source_unit_id FROM merge_conflict "
        "WHERE plan_id = ? AND period = ? AND state = 'open'",
        (plan_id, period),
    )
    return {
        (
            r["kind"],
            r["item_id"],
            r["unit_id"],
            r["field"],
            json.dumps(json.loads(r["proposed"]), ensure_ascii=False),
            r["source_unit_id"],
        )
        for r in rows
    }


def store(ws: Workspace, plan_id: int, period: str, conflict: Conflict, return_id: int | None) -> int:
    """Insert inside the caller's action."""
    return ws.conn.execute(
        "INSERT INTO merge_conflict (plan_id, period, kind, item_id, unit_id, field, current, proposed, reason, "
        "source_unit_id, return_id, location) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            plan_id,
            period,
            conflict.kind,
            conflict.item_id,
            conflict.unit_id,
            conflict.field,
            json.dumps(conflict.current, ensure_ascii=False),
            json.dumps(conflict.proposed, ensure_ascii=False),
            conflict.reason,
            conflict.source_unit_id,
            return_id,
            conflict.location,
        ),
    ).lastrowid


def list_conflicts(
    ws: Workspace, plan_id: int | None = None, period: str | None = None, *, open_only: bool = True
) -> list[dict]:
    """Conflicts for the GUI's list: what, whose, both values, why, from which file; newest first."""
    names = {r["id"]: r["name"] for r in ws.conn.execute("SELECT id, name FROM unit")}
    # The file is the one the proposed value came from: the merged file when its unit proposed it, else that unit's
    # latest return (a lead's file merged after its co-operating unit's raises a conflict about the earlier value).
    sql = (
        "SELECT merge_conflict.*, COALESCE(CASE WHEN f.unit_id = merge_conflict.source_unit_id THEN f.file_name END, "
        "(SELECT s.file_name FROM return_file s WHERE s.unit_id = merge_conflict.source_unit_id "
        "AND s.plan_id = merge_conflict.plan_id AND s.period = merge_conflict.period AND s.status = 'merged' "
        "ORDER BY s.id DESC LIMIT 1)) AS file_name "
        "FROM merge_conflict LEFT JOIN return_file f ON f.id = merge_conflict.return_id WHERE 1 = 1"
    )
    args: list[object] = []
    if plan_id is not None:
        sql, args = sql + " AND merge_conflict.plan_id = ?", [*args, plan_id]
    if period is not None:
        sql, args = sql + " AND merge_conflict.period = ?", [*args, period]
    if open_only:
        sql += " AND state = 'open'"
    out = []
    for r in ws.conn.execute(sql + " ORDER BY merge_conflict.id DESC", args):
        conflict = _from_row(r)
        d = conflict.as_dict(names, r["id"])
        d.update(
            state=r["state"],
            period=r["period"],
            plan_id=r["plan_id"],
            item=_item_label(ws, r["kind"], r["item_id"]),
            file=r["file_name"] or "",
        )
        out.append(d)
    return out


def _from_row(r) -> Conflict:
    return Conflict(
        r["kind"], r["item_id"], r["unit_id"], r["field"], json.loads(r["current"]), json.loads(r["proposed"]),
        r["reason"], r["source_unit_id"], r["location"],
    )  # fmt: skip


def _item_label(ws: Workspace, kind: str, item_id: int) -> str:
    table, col = {"task": ("task", "title"), "key_work": ("key_work", "name"), "indicator": ("indicator", "name")}[kind]
    row = ws.conn.execute(f"SELECT number, {col} AS name FROM {table} WHERE id = ?", (item_id,)).fetchone()
    return f"{row['number']} {row['name']}".strip() if row else ""


def resolve_conflict(ws: Workspace, conflict_id: int, choice: str, *, actor: str = "") -> None:
    """The clerk's decision as one action: "current" keeps the stored value, "proposed" writes the reported one."""
    if choice not in CHOICES:
        raise UserError(f"处理方式“{choice}”无效，应为 current（保留现有内容）或 proposed（采用报送内容）")
    r = ws.conn.execute("SELECT * FROM merge_conflict WHERE id = ?", (conflict_id,)).fetchone()
    if r is None:
        raise NotFoundError(f"没有编号为 {conflict_id} 的冲突")
    if r["state"] != "open":
        raise UserError(f"冲突 {conflict_id} 已经处理过（{CHOICES[r['state']]}）")
    conflict = _from_row(r)
    label = FIELD_LABELS.get(conflict.field, conflict.field)
    with ws.action(f"处理冲突：{label}，{CHOICES[choice]}", kind="conflict", actor=actor) as conn:
        if choice == "proposed":
            _write(ws, conflict, r["period"], actor)
        conn.execute(
            "UPDATE merge_conflict SET state = ?, resolved_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') WHERE id = ?",
            (choice, conflict_id),
        )


def _write(ws: Workspace, conflict: Conflict, period: str, actor: str) -> None:
    if conflict.kind == "indicator":
        current = get_actual(ws, conflict.item_id, conflict.unit_id, period) or IndicatorActual(
            conflict.item_id, conflict.unit_id, period
        )
        if conflict.field == "value":
            value = conflict.proposed or {}
            current = current._replace(raw=value.get("raw", ""), value=value.get("value"))
        else:
            current = current._replace(note=conflict.proposed or "")
        record_actual(ws, current._replace(source="处理冲突"), actor=actor)
        return
    key = {"task_id": conflict.item_id} if conflict.kind == "task" else {"key_work_id": conflict.item_id}
    entry = get_progress(ws, conflict.unit_id, period, **key) or TaskProgress(conflict.unit_id, period, **key)
    value = Status(conflict.proposed) if conflict.field == "status" and conflict.proposed else conflict.proposed
    record_progress(ws, entry._replace(**{conflict.field: value}, source="处理冲突"), actor=actor)
