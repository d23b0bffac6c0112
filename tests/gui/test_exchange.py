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
    assert dialog.ui.conflict_table.item(0, 5).text() == "已采用报送内容"
