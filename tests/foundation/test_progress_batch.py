"""record_progress_many / record_actuals_many: the same stored result as one call per entry, in one action."""

import json
import shutil
import sqlite3

import pytest

from jxplan.core.model import IndicatorActual, TaskProgress
from jxplan.core.status import Status
from jxplan.services.progress import (
    get_actual,
    get_progress,
    record_actual,
    record_actuals_many,
    record_progress,
    record_progress_many,
)
from jxplan.services.workspace import Workspace

PERIOD = "2026Q3"


def _keys(ws):
    """Some (task, unit) pairs with an entry already, some without; a key work; indicators with a unit."""
    with_entry = ws.conn.execute(
        "SELECT task_id, unit_id FROM progress WHERE task_id IS NOT NULL AND period = ? ORDER BY id LIMIT 2", (PERIOD,)
    ).fetchall()
    without = ws.conn.execute(
        "SELECT a.task_id, a.unit_id FROM assignment a WHERE a.task_id IS NOT NULL AND NOT EXISTS "
        "(SELECT 1 FROM progress p WHERE p.task_id = a.task_id AND p.unit_id = a.unit_id AND p.period = ?) "
        "ORDER BY a.id LIMIT 2",
        (PERIOD,),
    ).fetchall()
    kw = ws.conn.execute("SELECT key_work_id, unit_id FROM assignment WHERE key_work_id IS NOT NULL LIMIT 1").fetchone()
    inds = ws.conn.execute(
        "SELECT indicator_id, unit_id FROM assignment WHERE indicator_id IS NOT NULL ORDER BY id LIMIT 3"
    ).fetchall()
    assert len(with_entry) == 2 and len(without) == 2 and kw and len(inds) == 3
    return [tuple(r) for r in with_entry], [tuple(r) for r in without], tuple(kw), [tuple(r) for r in inds]


def _writes(ws):
    (t1, u1), (t2, u2) = _keys(ws)[0]
    (t3, u3), (t4, u4) = _keys(ws)[1]
    kw, ku = _keys(ws)[2]
    entries = [
        TaskProgress(u1, PERIOD, Status.DONE, 100, "已完成验收", task_id=t1, source="a.xlsx"),  # replace
        TaskProgress(u2, PERIOD, task_id=t2),  # empty: delete
        TaskProgress(u3, PERIOD, Status.BEHIND, 20, "进展慢", "资金未到位", "加快拨付", task_id=t3),  # insert
        TaskProgress(u4, PERIOD, Status.ON_TRACK, 50, "先写的", task_id=t4),
        TaskProgress(u4, PERIOD, Status.ON_TRACK, 60, "后写的", task_id=t4),  # same key again: the later wins
        TaskProgress(ku, PERIOD, Status.ON_TRACK, 30, "重点工作推进中", key_work_id=kw),
    ]
    (i1, v1), (i2, v2), (i3, v3) = _keys(ws)[3]
    actuals = [
        IndicatorActual(i1, v1, PERIOD, "约35家", 35.0, "含在建", source="a.xlsx"),
        IndicatorActual(i2, v2, PERIOD, "3.2%", 3.2),
        IndicatorActual(i3, v3, PERIOD, "12", 12.0),
        IndicatorActual(i3, v3, PERIOD),  # then emptied: deleted (or never stored)
    ]
    return entries, actuals


def _content(ws):
    progress = ws.conn.execute(
        "SELECT task_id, key_work_id, unit_id, period, status, percent, progress, problems, next_steps, updated_by, "
        "source FROM progress ORDER BY task_id, key_work_id, unit_id, period"
    ).fetchall()
    actuals = ws.conn.execute(
        "SELECT indicator_id, unit_id, period, raw, value, note, updated_by, source FROM indicator_actual "
        "ORDER BY indicator_id, unit_id, period"
    ).fetchall()
    return [tuple(r) for r in progress], [tuple(r) for r in actuals]


def test_batch_stores_what_one_call_per_entry_stores(demo_path, tmp_path):
    other = tmp_path / "one-by-one.jxplan"
    shutil.copy(demo_path, other)
    with Workspace.open(demo_path) as ws:
        entries, actuals = _writes(ws)
        with ws.action("批量写入", kind="merge") as _:
            assert record_progress_many(ws, entries, actor="市科技局") == 5
            assert record_actuals_many(ws, actuals, actor="市科技局") == 3
        batch = _content(ws)
    with Workspace.open(other) as ws:
        for e in entries:
            record_progress(ws, e, actor="市科技局")
        for a in actuals:
            record_actual(ws, a, actor="市科技局")
        single = _content(ws)
    assert batch == single


def _action_history(ws, action_id):
    """The history one action left: (table, row, op, old, new) in order, times of writing left out."""

    def row(text):
        return None if text is None else {k: v for k, v in json.loads(text).items() if k != "updated_at"}

    return [
        (r["tbl"], r["row_id"], r["op"], row(r["old"]), row(r["new"]))
        for r in ws.conn.execute("SELECT * FROM history WHERE action_id = ? ORDER BY id", (action_id,))
    ]


def test_rows_written_many_per_statement_leave_what_one_per_statement_leaves(demo_path, tmp_path):
    """Writing a batch as multi-row statements changes neither the rows nor the history the triggers write."""
    results = []
    for name, limit in (("many.jxplan", None), ("one.jxplan", 10)):  # 10 parameters: one row per statement
        path = tmp_path / name
        shutil.copy(demo_path, path)
        with Workspace.open(path) as ws:
            if limit:
                ws.conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, limit)
            entries, actuals = _writes(ws)
            with ws.action("批量写入", kind="merge"):
                record_progress_many(ws, entries, actor="市科技局")
                record_actuals_many(ws, actuals, actor="市科技局")
            results.append((_content(ws), _action_history(ws, ws.last_action_id())))
    assert results[0] == results[1]
    assert {op for _, _, op, _, _ in results[0][1]} == {"insert", "update", "delete"}


def test_batch_joins_the_callers_action_and_leaves_history(demo_ws):
    entries, actuals = _writes(demo_ws)
    before = demo_ws.last_action_id()
    with demo_ws.action("合并一个文件", kind="merge"):
        record_progress_many(demo_ws, entries, actor="市科技局")
        record_actuals_many(demo_ws, actuals, actor="市科技局")
    assert demo_ws.last_action_id() == before + 1
    ops = demo_ws.conn.execute(
        "SELECT tbl, op, count(*) FROM history WHERE action_id = ? GROUP BY tbl, op ORDER BY tbl, op",
        (before + 1,),
    ).fetchall()
    # progress: 1 deleted, 3 inserted (t3, t4 once, the key work), 1 replaced; actuals: 2 inserted or replaced
    counts = {(r[0], r[1]): r[2] for r in ops}
    assert counts[("progress", "delete")] == 1
    assert counts[("progress", "insert")] + counts.get(("progress", "update"), 0) == 4
    assert sum(n for (tbl, _), n in counts.items() if tbl == "indicator_actual") >= 2
    t1, u1 = entries[0].task_id, entries[0].unit_id
    stored = get_progress(demo_ws, u1, PERIOD, task_id=t1)
    assert stored.status is Status.DONE and stored.updated_by == "市科技局" and stored.source == "a.xlsx"
    assert get_progress(demo_ws, entries[1].unit_id, PERIOD, task_id=entries[1].task_id) is None
    assert get_progress(demo_ws, entries[4].unit_id, PERIOD, task_id=entries[4].task_id).progress == "后写的"
    assert get_actual(demo_ws, actuals[0].indicator_id, actuals[0].unit_id, PERIOD).raw == "约35家"
    assert get_actual(demo_ws, actuals[2].indicator_id, actuals[2].unit_id, PERIOD) is None


def test_replaced_rows_get_a_new_updated_at(demo_ws):
    entries, actuals = _writes(demo_ws)
    t1, u1 = entries[0].task_id, entries[0].unit_id
    demo_ws.conn.execute(
        "UPDATE progress SET updated_at = '2000-01-01T00:00:00' WHERE task_id = ? AND unit_id = ? AND period = ?",
        (t1, u1, PERIOD),
    )
    record_actuals_many(demo_ws, actuals[:1])
    demo_ws.conn.execute("UPDATE indicator_actual SET updated_at = '2000-01-01T00:00:00'")
    record_progress_many(demo_ws, entries[:1])
    record_actuals_many(demo_ws, [actuals[0]._replace(note="改了说明")])
    assert get_progress(demo_ws, u1, PERIOD, task_id=t1).updated_at > "2000-01-01T00:00:00"
    a = actuals[0]
    assert get_actual(demo_ws, a.indicator_id, a.unit_id, PERIOD).updated_at > "2000-01-01T00:00:00"


def test_a_failing_caller_rolls_the_whole_batch_back(demo_ws):
    entries, actuals = _writes(demo_ws)
    before = _content(demo_ws)
    with pytest.raises(RuntimeError), demo_ws.action("会失败的合并"):
        record_progress_many(demo_ws, entries)
        record_actuals_many(demo_ws, actuals)
        raise RuntimeError("取消")
    assert _content(demo_ws) == before
