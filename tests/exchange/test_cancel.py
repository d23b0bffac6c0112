"""Cancelling through the progress callback (the GUI's worker thread): files done stay, the one in hand is undone."""

from __future__ import annotations

import threading

import pytest

from jxplan.core.model import TaskProgress
from jxplan.core.status import Status
from jxplan.exchange import make_templates, merge_files
from jxplan.services.progress import get_progress, record_progress
from jxplan.services.units import find_unit
from tests.exchange.conftest import PERIOD
from tests.exchange.helpers import fill_all, snapshot


class Cancelled(Exception):
    pass


@pytest.fixture
def returns(templates, tmp_path):
    """Three filled returns, one per unit."""
    return [fill_all(p, tmp_path / f"回收{i}.xlsx") for i, p in enumerate(templates.values())]


def _order(ws, returns) -> list[str]:
    seen = []
    merge_files(ws, returns, dry_run=True, progress=lambda d, t, m: seen.append(m))
    return [m.split("“")[1].rstrip("”") for m in seen if m.startswith("正在合并")]


@pytest.mark.parametrize("where", ["正在合并", "正在写入"])
def test_cancel_leaves_the_workspace_as_before_the_current_file(ws, db, returns, where):
    first, second = _order(ws, returns)[:2]
    initial = snapshot(db)
    before_second = {}

    def progress(done, total, message):
        if message == f"正在合并“{second}”":
            before_second.update(snapshot(db))
        if message == f"{where}“{second}”":
            raise Cancelled

    with pytest.raises(Cancelled):
        merge_files(ws, returns, progress=progress)
    after = snapshot(db)
    assert after == before_second != initial  # the first file merged, nothing of the second
    assert [r["file_name"] for r in ws.conn.execute("SELECT file_name FROM return_file")] == [first]
    assert ws.conn.execute("SELECT summary FROM action ORDER BY id DESC LIMIT 1").fetchone()[0].endswith(f"“{first}”")
    # Nothing left half-open: the next merge runs and finishes the job.
    report = merge_files(ws, returns)
    assert sorted(f.status for f in report.files) == ["merged", "merged", "unchanged"]


def test_cancel_while_reading_changes_nothing(ws, db, returns):
    initial = snapshot(db)

    def progress(done, total, message):
        if done == 1:
            raise Cancelled

    with pytest.raises(Cancelled):
        merge_files(ws, returns, progress=progress)
    assert snapshot(db) == initial


def test_progress_counts_reading_and_merging(ws, returns):
    calls = []
    merge_files(ws, returns, progress=lambda d, t, m: calls.append((d, t)))
    assert calls[0] == (0, 6) and calls[-1] == (6, 6) and all(t == 6 for _, t in calls)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_a_worker_merges_while_the_gui_thread_edits_then_cancels(ws, db, returns):
    """The GUI's pattern: merge_files in a worker thread, an edit from the GUI thread meanwhile, then 取消."""
    first, second = _order(ws, returns)[:2]
    reached_second, cancel = threading.Event(), threading.Event()
    outcome = []

    def progress(done, total, message):
        if message == f"正在合并“{second}”":
            reached_second.set()
        if message == f"正在写入“{second}”":
            cancel.wait(10)
        if cancel.is_set():
            raise Cancelled

    def worker():
        try:
            merge_files(ws, returns, progress=progress)
            outcome.append("finished")
        except Cancelled:
            outcome.append("cancelled")

    thread = threading.Thread(target=worker)
    thread.start()
    assert reached_second.wait(30)
    task_id, gui_unit = ws.conn.execute("SELECT task_id, unit_id FROM assignment WHERE task_id IS NOT NULL").fetchone()
    edit = TaskProgress(gui_unit, PERIOD, Status.BEHIND, 10, "界面录入", "资金未到位", task_id=task_id)
    # Waits for the worker's action on the second file (held open until cancelled), then writes.
    threading.Timer(0.3, cancel.set).start()
    record_progress(ws, edit, actor="界面")
    thread.join(30)
    assert outcome == ["cancelled"]
    assert get_progress(ws, gui_unit, PERIOD, task_id=task_id).progress == "界面录入"
    assert [r[0] for r in ws.conn.execute("SELECT file_name FROM return_file")] == [first]


def test_cancel_templates_keeps_the_finished_files_and_no_partial_one(ws, plan_id, tmp_path):
    units = [find_unit(ws, name) for name in ("市科技局", "市经信局", "南湖区")]
    out = tmp_path / "out"

    def progress(done, total, message):
        if done == 2:
            raise Cancelled

    with pytest.raises(Cancelled):
        make_templates(ws, plan_id, PERIOD, out, units, progress)
    assert sorted(p.name.split("_")[1] for p in out.iterdir()) == ["市科技局", "市经信局"]
