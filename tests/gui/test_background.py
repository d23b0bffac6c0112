"""Background work: results, errors and cancel come back on the GUI thread; reports are written off the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QWidget

from jxplan.ui import import_flow
from jxplan.ui.report_actions import available_kinds, write_report
from jxplan.ui.worker import BackgroundTask


@pytest.fixture
def parent(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    return w


def test_result_arrives_on_the_gui_thread_with_progress(qtbot, parent):
    seen = {}

    def work(progress):
        for i in range(3):
            progress(i + 1, 3)
        return threading.current_thread() is threading.main_thread()

    def on_result(value):
        seen["worker_on_main"] = value
        seen["callback_on_main"] = threading.current_thread() is threading.main_thread()

    task = BackgroundTask(parent, "测试", work, on_result, on_error=lambda e: seen.setdefault("error", e))
    with qtbot.waitSignal(task.done, timeout=5000):
        task.start()
    assert seen == {"worker_on_main": False, "callback_on_main": True}


def test_errors_are_handed_to_the_error_callback(qtbot, parent):
    errors = []
    task = BackgroundTask(parent, "测试", lambda p: 1 / 0, lambda r: None, on_error=errors.append)
    with qtbot.waitSignal(task.done, timeout=5000):
        task.start()
    assert isinstance(errors[0], ZeroDivisionError)


def test_cancel_stops_the_work_at_its_next_progress_report(qtbot, parent):
    started, release = threading.Event(), threading.Event()
    outcome = []

    def work(progress):
        started.set()
        release.wait(5)
        progress(1, 2)  # raises Cancelled
        outcome.append("ran on")
        return "done"

    task = BackgroundTask(
        parent, "测试", work, outcome.append, outcome.append, on_cancel=lambda: outcome.append("取消")
    )
    with qtbot.waitSignal(task.done, timeout=5000):
        task.start()
        assert started.wait(5)
        task.cancel()
        release.set()
    assert outcome == ["取消"]


def test_dropped_file_is_parsed_in_the_background_then_reviewed(window, qtbot, tmp_path, monkeypatch):
    doc = tmp_path / "方案.txt"
    doc.write_text("某某行动方案\n一、重点任务\n1.建设平台。建成平台2个。（责任单位：市科技局）\n", encoding="gb18030")
    reviewed = {}
    monkeypatch.setattr(import_flow, "review_and_save", lambda w, parsed, path: reviewed.update(parsed=parsed))
    task = import_flow.start_import(window, doc)
    with qtbot.waitSignal(task.done, timeout=10000):
        pass
    assert [t["title"] for t in reviewed["parsed"]["tasks"]] == ["建设平台"]


@pytest.mark.parametrize("kind", sorted(available_kinds()))
def test_report_is_written_by_a_worker(window, qtbot, tmp_path, kind):
    from jxplan.services.plans import list_plans

    window.select_plan(next(p["id"] for p in list_plans(window.ws) if p["key_works"]))
    out = tmp_path / f"report-{kind}"
    written = []
    task = write_report(window, kind, out.with_suffix(".docx" if kind == "word" else ".xlsx"), on_done=written.append)
    with qtbot.waitSignal(task.done, timeout=60000):
        pass
    assert written and written[0].exists() and written[0].stat().st_size > 1000


def test_report_file_names_carry_the_whole_title_and_the_period_once(window):
    from jxplan.ui.report_actions import default_name

    name = default_name(window, "word")
    assert name == f"{window.plan.title}_2026年第三季度进展报告_汇总.docx"
    assert "季度季度" not in name and default_name(window, "ledger").endswith("重点任务台账_汇总.xlsx")
