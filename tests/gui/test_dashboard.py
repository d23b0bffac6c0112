"""The dashboard's numbers equal what the workspace holds, counted straight from the progress table."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from jxplan.services.plans import list_plans, load_plan
from jxplan.services.units import find_unit


def test_status_counts_and_missing_units_match_the_workspace(window, ws):
    window.ui.tabs.setCurrentWidget(window.dashboard_page)
    for plan in list_plans(ws):
        window.select_plan(plan["id"])
        data = window.dashboard_page.data
        tasks = load_plan(ws, plan["id"]).tasks
        assert sum(data.counts.values()) == len(tasks)
        # 滞后 as stored: a task is lagging when its first reporting unit (lead first) recorded 滞后.
        lagging = 0
        for task in tasks:
            status = None
            for a in task.assignments:
                row = ws.conn.execute(
                    "SELECT status FROM progress WHERE task_id = ? AND unit_id = ? AND period = '2026Q3'",
                    (task.id, a.unit_id),
                ).fetchone()
                if row:
                    status = row["status"]
                    break
            lagging += status == "behind"
        assert data.counts["滞后"] == lagging
        reported = {
            r[0]
            for r in ws.conn.execute(
                "SELECT p.unit_id FROM progress p LEFT JOIN task t ON t.id = p.task_id "
                "LEFT JOIN key_work k ON k.id = p.key_work_id WHERE coalesce(t.plan_id, k.plan_id) = ? "
                "AND p.period = '2026Q3' UNION SELECT a.unit_id FROM indicator_actual a "
                "JOIN indicator i ON i.id = a.indicator_id WHERE i.plan_id = ? AND a.period = '2026Q3'",
                (plan["id"], plan["id"]),
            )
        }
        names = {r["id"]: r["name"] for r in ws.conn.execute("SELECT id, name FROM unit")}
        assert not any(names[u] in data.missing_units for u in reported)
        text = window.dashboard_page.ui.summary_label.text()
        assert f"重点任务 <b style='font-size:15pt'>{len(tasks)}</b> 项" in text


def test_unit_table_counts_each_units_own_entries(window, ws):
    model = window.dashboard_page.unit_model
    data = window.dashboard_page.data
    entries = sum(len(r.entries) for r in data.task_rows)
    assert sum(r.total for r in model.rows()) == entries


def test_every_table_model_passes_the_model_tester(window, ws, qtmodeltester):
    plan_id = next(p["id"] for p in list_plans(ws) if p["indicators"])
    window.select_plan(plan_id)
    for model in (
        window.tasks_page.model,
        window.key_works_page.model,
        window.indicators_page.model,
        window.dashboard_page.unit_model,
    ):
        qtmodeltester.check(model)
    # The testers stay attached: filtering and sorting (layout changes that add and drop rows) are checked too.
    window.ui.search_edit.setText("市经信局")
    window.select_unit(find_unit(ws, "市经信局"))
    window.ui.role_combo.setCurrentIndex(1)
    window._apply_role()
    window.tasks_page.ui.item_view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    window.ui.search_edit.clear()
    assert window.tasks_page.model.rowCount() > 0


def test_lagging_list_gives_the_units_reason_not_a_contradicting_suggestion(window, ws):
    from jxplan.core.model import TaskProgress
    from jxplan.core.status import Status
    from jxplan.services.progress import record_progress

    window.ui.tabs.setCurrentWidget(window.dashboard_page)
    task = window.plan.tasks[0]
    lead = task.assignments[0].unit_id
    for problems in ("", "土地指标未落实"):
        record_progress(ws, TaskProgress(lead, "2026Q3", Status.BEHIND, 95.0, problems=problems, task_id=task.id))
        window.reload()
        text = window.dashboard_page.ui.attention_browser.toPlainText()
        line = next(x for x in text.splitlines() if task.title in x)
        assert line.endswith(problems or "单位报为滞后") and "序时进度" not in line
        assert not re.match(r"\s*\d+\.\s+\d+\.", line)  # the task's own number, not a list number before it


def test_the_dashboard_says_it_covers_the_whole_plan_when_a_unit_is_chosen(window, ws):
    window.ui.tabs.setCurrentWidget(window.dashboard_page)
    assert "不按“我的单位”筛选" not in window.dashboard_page.ui.summary_label.text()
    combo = window.ui.unit_combo
    combo.setCurrentIndex(combo.findData(find_unit(ws, "市经信局")))
    window._on_unit_changed()
    page = window.dashboard_page
    assert "不按“我的单位”筛选" in page.ui.summary_label.text()
    assert sum(page.data.counts.values()) == len(window.plan.tasks)  # still every task of the plan
