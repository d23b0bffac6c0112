"""The 填报交换 menu: templates written in the background, a returned file merged from a worker, its report shown."""

from __future__ import annotations

import pytest

from jxplan.services.progress import plan_progress
from jxplan.services.units import find_unit
from jxplan.ui.exchange_actions import make_templates, merge
from jxplan.ui.merge_report_dialog import MergeReportDialog

pytest.importorskip("jxplan.exchange.merge")


def _edit_progress_cell(path, text: str) -> None:
    """Put `text` in the first task row's 进展情况, as a unit's clerk would in Excel (the exchange contract's layout)."""
    import openpyxl

    from jxplan.exchange import contract as c

    book = openpyxl.load_workbook(path)
    sheet = book[c.SHEET_TASKS]
    cols = {sheet.cell(c.HEADER_ROW, col).value: col for col in range(1, sheet.max_column + 1)}
    sheet.cell(c.HEADER_ROW + 1, cols["进展情况"], text)
    book.save(path)


def test_templates_then_merge_a_returned_file(window, ws, qtbot, tmp_path):
    unit = find_unit(ws, "市经信局")
    window.select_unit(unit)
    written = []
    task = make_templates(window, tmp_path, on_done=written.extend)
    with qtbot.waitSignal(task.done, timeout=60000):
        pass
    assert len(written) == 1 and written[0].exists()

    _edit_progress_cell(written[0], "完成中试基地主体工程建设，新增试点企业3家。")
    reports = []
    task = merge(window, written, on_done=reports.append)
    with qtbot.waitSignal(task.done, timeout=60000):
        pass
    report = reports[0]
    assert [f.status for f in report.files] == ["merged"], report.files[0].message
    # The demo's entry was typed in the workspace, so the returned text is a conflict for the clerk to decide.
    from jxplan.ui.exchange_actions import _resolve

    dialog = MergeReportDialog(report, window, resolve=lambda cid, choice: _resolve(window, cid, choice))
    assert dialog.ui.file_table.rowCount() == 1
    assert dialog.ui.conflict_table.rowCount() == len(dialog.conflicts) == 1
    dialog.decide("proposed", row=0)
    texts = {e.progress for e in plan_progress(ws, window.plan.id, "2026Q3").values()}
    assert "完成中试基地主体工程建设，新增试点企业3家。" in texts
    assert dialog.ui.conflict_table.item(0, dialog.ui.conflict_table.columnCount() - 1).text() == "已采用报送内容"


def _returns(ws, window, tmp_path):
    """Three units' returns for 2026Q4: one clean, one with a co-op status that disagrees with the lead, one with errors."""
    import openpyxl

    from jxplan.exchange import contract as c
    from jxplan.exchange import make_templates as write_templates

    plan = window.plan
    task = next(t for t in plan.tasks if len(t.assignments) >= 2)
    lead, coop = task.assignments[0].unit_id, task.assignments[1].unit_id
    other = next(a.unit_id for t in plan.tasks for a in t.assignments if a.unit_id not in (lead, coop))
    paths = dict(
        zip((lead, coop, other), write_templates(ws, plan.id, "2026Q4", tmp_path, [lead, coop, other]), strict=True)
    )
    for unit, path in paths.items():
        book = openpyxl.load_workbook(path)
        sheet = book[c.SHEET_TASKS]
        cols = {sheet.cell(c.HEADER_ROW, col).value: col for col in range(1, sheet.max_column + 1)}
        rows = [r for r in range(c.HEADER_ROW + 1, sheet.max_row + 1) if sheet.cell(r, cols[c.SEQ]).value is not None]
        for r in rows:
            sheet.cell(r, cols[c.STATUS], "序时推进")
            sheet.cell(r, cols[c.PROGRESS], "按计划推进。")
            if unit == coop and str(sheet.cell(r, cols[c.SEQ]).value) == task.number:
                sheet.cell(r, cols[c.STATUS], "滞后")
                sheet.cell(r, cols[c.PROBLEMS], "配套资金尚未到位。")
        if unit == other:
            sheet.cell(rows[0], cols[c.STATUS], "基本完成")
        book.save(path)
    return list(paths.values())


def test_merge_report_screen_lists_errors_conflicts_and_exports(window, ws, qtbot, tmp_path):
    import openpyxl

    from jxplan.ui.exchange_actions import export_report, report_dialog

    files = _returns(ws, window, tmp_path)
    window.ui.period_combo.setCurrentIndex(window.ui.period_combo.findData("2026Q4"))
    window.reload()
    reports = []
    task = merge(window, files, on_done=reports.append)
    with qtbot.waitSignal(task.done, timeout=60000):
        pass
    report = reports[0]
    dialog = report_dialog(window, report)
    qtbot.addWidget(dialog)
    assert dialog.ui.file_table.rowCount() == 3
    # The file with the error is selected first; its problem names the sheet, the cell and what was expected.
    table = dialog.ui.problem_table
    cells = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    assert any(row[1] == "重点任务" and row[2].startswith("E") and "已完成" in row[5] for row in cells), cells
    assert (
        len(dialog.conflicts) == 1
        and dialog.ui.conflict_table.item(0, 4).text() != dialog.ui.conflict_table.item(0, 5).text()
    )
    written = export_report(window, report, tmp_path / "汇总结果.xlsx")
    book = openpyxl.load_workbook(written)
    assert {"合并情况", "问题明细", "冲突", "催报名单"} <= set(book.sheetnames)


def test_missing_returns_one_click_from_menu_and_dashboard(window, ws, qtbot, tmp_path, monkeypatch):
    import openpyxl
    from PySide6.QtGui import QGuiApplication

    from jxplan.exchange import missing_returns
    from jxplan.ui import exchange_actions
    from jxplan.ui.missing_returns_dialog import MissingReturnsDialog

    opened = []
    monkeypatch.setattr(MissingReturnsDialog, "exec", lambda self: opened.append(self) or 0)
    window.ui.missing_action.trigger()
    window.ui.tabs.setCurrentWidget(window.dashboard_page)
    window.dashboard_page.missing_requested.emit()  # what the dashboard's link does
    assert len(opened) == 2
    dialog = opened[0]
    expected = [m["unit"] for m in missing_returns(ws, window.plan.id, window.period().code)]
    assert (
        expected
        and [dialog.ui.unit_table.item(r, 1).text() for r in range(dialog.ui.unit_table.rowCount())] == expected
    )
    dialog.copy()
    assert all(name in QGuiApplication.clipboard().text() for name in expected)
    book = openpyxl.load_workbook(dialog.export(tmp_path / "催报名单.xlsx"))
    names = {row[1] for row in book.active.iter_rows(min_row=3, values_only=True)}
    assert set(expected) <= names
    assert exchange_actions.missing_dialog  # the same dialog serves the merge report's button


def test_a_refused_file_is_not_described_as_rows_left_out(window, qtbot, tmp_path):
    from jxplan.exchange import merge_files

    broken = tmp_path / "2026年第四季度_市科技局_填报表.xlsx"
    broken.write_bytes(b"not a workbook")
    dialog = MergeReportDialog(merge_files(window.ws, [broken]), window)
    qtbot.addWidget(dialog)
    text = dialog.ui.problem_label.text()
    assert text.startswith(broken.name) and "重新报送" in text and "错误所在的行" not in text
