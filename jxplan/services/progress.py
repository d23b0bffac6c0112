"""Progress entries (task/key work × unit × period) and indicator actuals: record, read, and their history."""

from __future__ import annotations

from dataclasses import replace

from jxplan.core.model import IndicatorActual, TaskProgress
from jxplan.core.periods import period_sort_key
from jxplan.core.status import Status
from jxplan.services.workspace import Workspace

_FIELDS = ("status", "percent", "progress", "problems", "next_steps")


def _row_to_progress(r) -> TaskProgress:
    return TaskProgress(
        unit_id=r["unit_id"],
        period=r["period"],
        status=Status(r["status"]) if r["status"] else None,
        percent=r["percent"],
        progress=r["progress"],
        problems=r["problems"],
        next_steps=r["next_steps"],
        updated_by=r["updated_by"],
        updated_at=r["updated_at"],
        source=r["source"],
        task_id=r["task_id"],
        key_work_id=r["key_work_id"],
    )


def record_progress(ws: Workspace, entry: TaskProgress, *, actor: str = "", summary: str = "") -> TaskProgress | None:
    """Store one unit's entry for a task or key work and period (insert or replace); return the previous entry.

    Returning the previous entry lets the GUI undo by recording it back; an empty previous entry means delete.
    """
    col, item_id = ("task_id", entry.task_id) if entry.task_id else ("key_work_id", entry.key_work_id)
    previous = get_progress(ws, entry.unit_id, entry.period, **{col: item_id})
    values = {
        "status": entry.status.value if entry.status else None,
        "percent": entry.percent,
        "progress": entry.progress or "",
        "problems": entry.problems or "",
        "next_steps": entry.next_steps or "",
        "updated_by": actor or entry.updated_by,
        "source": entry.source,
    }
    with ws.action(summary or "录入进展", kind="progress", actor=actor, source=entry.source) as conn:
        if entry.is_empty:
            conn.execute(
                f"DELETE FROM progress WHERE {col} = ? AND unit_id = ? AND period = ?",
                (item_id, entry.unit_id, entry.period),
            )
        elif previous is None:
            conn.execute(
                f"INSERT INTO progress ({col}, unit_id, period, {', '.join(values)}) "
                f"VALUES (?, ?, ?, {', '.join('?' * len(values))})",
                (item_id, entry.unit_id, entry.period, *values.values()),
            )
        else:
            conn.execute(
                f"UPDATE progress SET {', '.join(f'{k} = ?' for k in values)}, "
                "updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') "
                f"WHERE {col} = ? AND unit_id = ? AND period = ?",
                (*values.values(), item_id, entry.unit_id, entry.period),
            )
    return previous


def get_progress(
    ws: Workspace, unit_id: int, period: str, *, task_id: int | None = None, key_work_id: int | None = None
) -> TaskProgress | None:
    col, item_id = ("task_id", task_id) if task_id else ("key_work_id", key_work_id)
    r = ws.conn.execute(
        f"SELECT * FROM progress WHERE {col} = ? AND unit_id = ? AND period = ?", (item_id, unit_id, period)
    ).fetchone()
    return _row_to_progress(r) if r else None


def empty_entry(entry: TaskProgress) -> TaskProgress:
    """The same key with no content: recording it deletes the entry (used by undo of a first entry)."""
    return replace(entry, status=None, percent=None, progress="", problems="", next_steps="")


def plan_progress(
    ws: Workspace, plan_id: int, period: str, unit_id: int | None = None
) -> dict[tuple[str, int, int], TaskProgress]:
    """All entries of a plan in a period (of one unit when `unit_id` is given), keyed by (kind, item id, unit id)."""
    out: dict[tuple[str, int, int], TaskProgress] = {}
    for r in ws.conn.execute(
        "SELECT p.* FROM progress p LEFT JOIN task t ON t.id = p.task_id LEFT JOIN key_work k ON k.id = p.key_work_id "
        "WHERE coalesce(t.plan_id, k.plan_id) = ? AND p.period = ? AND (? IS NULL OR p.unit_id = ?)",
        (plan_id, period, unit_id, unit_id),
    ):
        kind, item = ("task", r["task_id"]) if r["task_id"] else ("key_work", r["key_work_id"])
        out[(kind, item, r["unit_id"])] = _row_to_progress(r)
    return out


def item_history(
    ws: Workspace, unit_id: int, *, task_id: int | None = None, key_work_id: int | None = None
) -> list[TaskProgress]:
    """A unit's entries for one item over all periods, newest period first (for "earlier periods" views)."""
    col, item_id = ("task_id", task_id) if task_id else ("key_work_id", key_work_id)
    rows = ws.conn.execute(f"SELECT * FROM progress WHERE {col} = ? AND unit_id = ?", (item_id, unit_id)).fetchall()
    return sorted((_row_to_progress(r) for r in rows), key=lambda e: period_sort_key(e.period), reverse=True)


def _row_to_actual(r) -> IndicatorActual:
    return IndicatorActual(
        r["indicator_id"],
        r["unit_id"],
        r["period"],
        r["raw"],
        r["value"],
        r["note"],
        r["updated_by"],
        r["updated_at"],
        r["source"],
    )


def record_actual(
    ws: Workspace, actual: IndicatorActual, *, actor: str = "", summary: str = ""
) -> IndicatorActual | None:
    """Store one unit's actual value of an indicator for a period; an empty raw and value deletes it.

    Returns the previous value so the caller can undo.
    """
    previous = get_actual(ws, actual.indicator_id, actual.unit_id, actual.period)
    with ws.action(summary or "录入指标完成值", kind="indicator", actor=actor, source=actual.source) as conn:
        if actual.value is None and not actual.raw:
            conn.execute(
                "DELETE FROM indicator_actual WHERE indicator_id = ? AND unit_id = ? AND period = ?",
                (actual.indicator_id, actual.unit_id, actual.period),
            )
        else:
            conn.execute(
                "INSERT INTO indicator_actual (indicator_id, unit_id, period, raw, value, note, updated_by, source) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (indicator_id, unit_id, period) DO UPDATE SET "
                "raw = excluded.raw, value = excluded.value, note = excluded.note, updated_by = excluded.updated_by, "
                "source = excluded.source, updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')",
                (
                    actual.indicator_id,
                    actual.unit_id,
                    actual.period,
                    actual.raw,
                    actual.value,
                    actual.note,
                    actor or actual.updated_by,
                    actual.source,
                ),
            )
    return previous


def get_actual(ws: Workspace, indicator_id: int, unit_id: int, period: str) -> IndicatorActual | None:
    r = ws.conn.execute(
        "SELECT * FROM indicator_actual WHERE indicator_id = ? AND unit_id = ? AND period = ?",
        (indicator_id, unit_id, period),
    ).fetchone()
    return _row_to_actual(r) if r else None


def plan_actuals(
    ws: Workspace, plan_id: int, period: str, unit_id: int | None = None
) -> dict[tuple[int, int], IndicatorActual]:
    """Actual values of a plan's indicators in a period (of one unit when given), keyed by (indicator id, unit id)."""
    return {
        (r["indicator_id"], r["unit_id"]): _row_to_actual(r)
        for r in ws.conn.execute(
            "SELECT a.* FROM indicator_actual a JOIN indicator i ON i.id = a.indicator_id "
            "WHERE i.plan_id = ? AND a.period = ? AND (? IS NULL OR a.unit_id = ?)",
            (plan_id, period, unit_id, unit_id),
        )
    }


def indicator_series(ws: Workspace, indicator_id: int) -> list[IndicatorActual]:
    """Every recorded actual of one indicator, for the chart over periods."""
    rows = ws.conn.execute("SELECT * FROM indicator_actual WHERE indicator_id = ?", (indicator_id,)).fetchall()
    return sorted((_row_to_actual(r) for r in rows), key=lambda a: period_sort_key(a.period))
