"""Open merge conflicts have their own screen (填报交换 → 待处理冲突, and the dashboard), after the merge report closed."""

from __future__ import annotations

import pytest

from jxplan.services.progress import plan_progress
from jxplan.services.units import find_unit
from jxplan.ui.conflicts_dialog import ConflictsDialog
from jxplan.ui.exchange_actions import merge

pytest.importorskip("jxplan.exchange.merge")

RETURNED = "完成中试基地主体工程建设，新增试点企业3家。"


def _merge_a_conflicting_return(window, ws, qtbot, tmp_path):
    """市经信局 returns text for an entry the workspace already holds: the merge keeps it open as a conflict."""
    import openpyxl

    from jxplan.exchange import contract as c
    from jxplan.exchange import make_templates

    unit = find_unit(ws, "市经信局")
    [path] = make_templates(ws, window.plan.id, window.period().code, tmp_path, [unit])
    book = openpyxl.load_workbook(path)
    sheet = book[c.SHEET_TASKS]
    cols = {sheet.cell(c.HEADER_ROW, col).value: col for col in range(1, sheet.max_column + 1)}
    sheet.cell(c.HEADER_ROW + 1, cols[c.PROGRESS], RETURNED)
    book.save(path)
    reports = []
    task = merge(window, [path], on_done=reports.append)  # the merge report is not shown: as if the clerk closed it
    with qtbot.waitSignal(task.done, timeout=60000):
        pass
    assert [f.status for f in reports[0].files] == ["merged"]
    return path, reports[0]


def test_open_conflicts_decided_from_the_menu_and_the_dashboard(window, ws, qtbot, tmp_path, monkeypatch):
    path, _report = _merge_a_conflicting_return(window, ws, qtbot, tmp_path)
    window.ui.tabs.setCurrentWidget(window.dashboard_page)
    page = window.dashboard_page
    assert page.open_conflicts == 1
    assert "待处理冲突" in page.ui.summary_label.text() and "conflicts" in page.ui.summary_label.text()

    opened = []
    monkeypatch.setattr(ConflictsDialog, "exec", lambda self: opened.append(self) or 0)
    page.conflicts_requested.emit()  # what the dashboard's link does
    window.ui.conflicts_action.trigger()
    assert len(opened) == 2
    dialog = opened[1]
    qtbot.addWidget(dialog)
    table = dialog.ui.conflict_table
    assert table.rowCount() == 1
    row = {table.horizontalHeaderItem(c).text(): table.item(0, c).text() for c in range(table.columnCount())}
    assert row["内容"] == "进展情况" and row["报送单位"] == "市经信局" and row["来源文件"] == path.name
    assert row["报送内容"] == RETURNED and row["现有内容"] and row["现有内容"] != RETURNED
    assert row["事项"] in {f"{t.number} {t.title}" for t in window.plan.tasks}  # number and title
    assert dialog.ui.proposed_text.toPlainText() == RETURNED
    assert path.name in dialog.ui.detail_label.text()

    assert dialog.decide("proposed")
    texts = {e.progress for e in plan_progress(ws, window.plan.id, window.period().code).values()}
    assert RETURNED in texts
    assert table.rowCount() == 0 and "没有待处理的冲突" in dialog.ui.summary_label.text()
    assert not dialog.ui.detail_panel.isEnabled()
    assert page.open_conflicts == 0  # the dashboard count follows at once


def test_merge_report_workbook_names_the_menu_item(window, ws, qtbot, tmp_path):
    import openpyxl

    from jxplan.ui.exchange_actions import export_report

    _path, report = _merge_a_conflicting_return(window, ws, qtbot, tmp_path)
    book = openpyxl.load_workbook(export_report(window, report, tmp_path / "汇总结果.xlsx"))
    title = str(book["冲突"]["A1"].value)
    menu = window.ui.conflicts_action.text().rstrip("…")
    assert f"“{window.ui.exchange_menu.title().split('(')[0]} → {menu}”" in title, title
