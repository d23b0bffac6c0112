"""Progress entries (task/key work × unit × period) and indicator actuals: record, read, and their history."""

from __future__ import annotations

from collections.abc import Iterable

from jxplan.core.model import IndicatorActual, TaskProgress
from jxplan.core.periods import period_sort_key
from jxplan.core.status import Status
from jxplan.db.batch import insert_rows
from jxplan.services.workspace import Workspace


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
    col, item_id = _progress_key(entry)
    previous = get_progress(ws, entry.unit_id, entry.period, **{col: item_id})
    record_progress_many(ws, [entry], actor=actor, summary=summary, source=entry.source)
    return previous


_PROGRESS_COLS = ("status", "percent", "progress", "problems", "next_steps", "updated_by", "source")


def record_progress_many(
    ws: Workspace, entries: Iterable[TaskProgress], *, actor: str = "", summary: str = "", source: str = ""
) -> int:
    """Store many entries in one action (joining the caller's, e.g. a merge): each inserted or replaced, an
    empty one deleted, `updated_at` set on every replaced row; of two entries for one key the later wins.

    Returns how many entries were written.
    """
    latest = {(*_progress_key(e), e.unit_id, e.period): e for e in entries}
    deletes: dict[str, list[tuple]] = {"task_id": [], "key_work_id": []}
    upserts: dict[str, list[tuple]] = {"task_id": [], "key_work_id": []}
    for (col, item_id, unit_id, period), e in latest.items():
        if e.is_empty:
            deletes[col].append((item_id, unit_id, period))
        else:
            values = (
                e.status.value if e.status else None,
                e.percent,
                e.progress or "",
                e.problems or "",
                e.next_steps or "",
                actor or e.updated_by,
                e.source,
            )
            upserts[col].append((item_id, unit_id, period, *values))
    with ws.action(summary or "录入进展", kind="progress", actor=actor, source=source) as conn:
        for col in ("task_id", "key_work_id"):
            conn.executemany(f"DELETE FROM progress WHERE {col} = ? AND unit_id = ? AND period = ?", deletes[col])
            # The conflict target names the partial unique index (progress_task / progress_kw) it stands for.
            insert_rows(
                conn,
                f"INSERT INTO progress ({col}, unit_id, period, {', '.join(_PROGRESS_COLS)})",
                upserts[col],
                f"ON CONFLICT ({col}, unit_id, period) WHERE {col} IS NOT NULL DO UPDATE SET "
                f"{', '.join(f'{k} = excluded.{k}' for k in _PROGRESS_COLS)}, "
                "updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')",
            )
    return len(latest)


def _progress_key(entry: TaskProgress) -> tuple[str, int | None]:
    return ("task_id", entry.task_id) if entry.task_id else ("key_work_id", entry.key_work_id)


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
    return entry._replace(status=None, percent=None, progress="", problems="", next_steps="")


def plan_progress(
    ws: Workspace, plan_id: int, period: str, unit_id: int | None = None
) -> dict[tuple[str, int, int], TaskProgress]:
    """All entries of a plan in a period (of one unit when `unit_id` is given), keyed by (kind, item id, unit id)."""
    out: dict[tuple[str, int, int], TaskProgress] = {}
    if unit_id is None:
        sql = (
            "SELECT p.* FROM progress p LEFT JOIN task t ON t.id = p.task_id "
            "LEFT JOIN key_work k ON k.id = p.key_work_id WHERE coalesce(t.plan_id, k.plan_id) = ? AND p.period = ?"
        )
        args: tuple = (plan_id, period)
    else:
        # Driven from the plan's items through the (item, unit, period) indexes: one unit's entries cost the
        # same however many other units have reported for the period (CROSS JOIN keeps that join order).
        sql = (
            "SELECT p.* FROM task t CROSS JOIN progress p ON p.task_id = t.id AND p.unit_id = ? AND p.period = ? "
            "WHERE t.plan_id = ? UNION ALL "
            "SELECT p.* FROM key_work k CROSS JOIN progress p ON p.key_work_id = k.id AND p.unit_id = ? AND p.period = ? "
            "WHERE k.plan_id = ?"
        )
        args = (unit_id, period, plan_id) * 2
    for r in ws.conn.execute(sql, args):
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
    record_actuals_many(ws, [actual], actor=actor, summary=summary, source=actual.source)
    return previous


def record_actuals_many(
    ws: Workspace, actuals: Iterable[IndicatorActual], *, actor: str = "", summary: str = "", source: str = ""
) -> int:
    """Store many actual values in one action (joining the caller's): each inserted or replaced, an empty one
    (no raw, no value) deleted, `updated_at` set on every replaced row; of two for one key the later wins.

    Returns how many were written.
    """
    latest = {(a.indicator_id, a.unit_id, a.period): a for a in actuals}
    deletes = [key for key, a in latest.items() if a.value is None and not a.raw]
    upserts = [
        (*key, a.raw, a.value, a.note, actor or a.updated_by, a.source)
        for key, a in latest.items()
        if a.value is not None or a.raw
    ]
    with ws.action(summary or "录入指标完成值", kind="indicator", actor=actor, source=source) as conn:
        conn.executemany("DELETE FROM indicator_actual WHERE indicator_id = ? AND unit_id = ? AND period = ?", deletes)
        insert_rows(
            conn,
            "INSERT INTO indicator_actual (indicator_id, unit_id, period, raw, value, note, updated_by, source)",
            upserts,
            "ON CONFLICT (indicator_id, unit_id, period) DO UPDATE SET "
            "raw = excluded.raw, value = excluded.value, note = excluded.note, updated_by = excluded.updated_by, "
            "source = excluded.source, updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')",
        )
    return len(latest)


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
    if unit_id is None:
        sql = (
            "SELECT a.* FROM indicator_actual a JOIN indicator i ON i.id = a.indicator_id "
            "WHERE i.plan_id = ? AND a.period = ?"
        )
        args: tuple = (plan_id, period)
    else:  # through the (indicator, unit, period) index, as in plan_progress
        sql = (
            "SELECT a.* FROM indicator i CROSS JOIN indicator_actual a ON a.indicator_id = i.id AND a.unit_id = ? "
            "AND a.period = ? WHERE i.plan_id = ?"
        )
        args = (unit_id, period, plan_id)
    return {(r["indicator_id"], r["unit_id"]): _row_to_actual(r) for r in ws.conn.execute(sql, args)}


def indicator_series(ws: Workspace, indicator_id: int) -> list[IndicatorActual]:
    """Every recorded actual of one indicator, for the chart over periods."""
    rows = ws.conn.execute("SELECT * FROM indicator_actual WHERE indicator_id = ?", (indicator_id,)).fetchall()
    return sorted((_row_to_actual(r) for r in rows), key=lambda a: period_sort_key(a.period))
