"""The merge report screen: each returned file's result, its errors with where they are, and the conflicts to decide."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem

from jxplan.exchange.report import STATUS_LABELS
from jxplan.ui import crash
from jxplan.ui.forms.ui_merge_report_dialog import Ui_MergeReportDialog

STATUS_FILLS = {"merged": "#C6EFCE", "unchanged": "#E7E6E6", "rejected": "#FFC7CE", "needs_confirmation": "#FFEB9C"}


class MergeReportDialog(QDialog):
    """Per file: unit, period, status, rows accepted and rejected, with the reasons; then who has not returned."""

    def __init__(self, report, parent=None, *, resolve=None):
        super().__init__(parent)
        self.ui = Ui_MergeReportDialog()
        self.ui.setupUi(self)
        self.report = report
        table = self.ui.file_table
        headers = ["文件", "单位", "报告期", "结果", "接受行", "拒绝行", "变更", "说明"]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(report.files))
        for r, f in enumerate(report.files):
            cells = [Path(f.file).name, f.unit, f.period, STATUS_LABELS.get(f.status, f.status), str(f.rows_accepted),
                     str(f.rows_rejected), str(f.changes), f.message]  # fmt: skip
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if c == 3:
                    item.setBackground(QBrush(QColor(STATUS_FILLS.get(f.status, "#FFFFFF"))))
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        table.currentCellChanged.connect(lambda row, *_: self._show(row))
        counts = {label: sum(f.status == key for f in report.files) for key, label in STATUS_LABELS.items()}
        self.ui.summary_label.setText("；".join(f"{label} {n} 个" for label, n in counts.items() if n) or "没有文件")
        missing = report.missing_units
        self.ui.missing_label.setText(f"尚未报送：{'、'.join(missing)}" if missing else "各责任单位均已报送")
        self.ui.button_box.rejected.connect(self.reject)
        if report.files:
            table.setCurrentCell(0, 0)
        self._resolve = resolve
        self.conflicts = [c for f in report.files for c in f.conflicts if c.get("id") is not None]
        self._fill_conflicts()
        self.ui.keep_current_button.clicked.connect(lambda: self.decide("current"))
        self.ui.take_proposed_button.clicked.connect(lambda: self.decide("proposed"))

    def _fill_conflicts(self) -> None:
        box, table = self.ui.conflict_box, self.ui.conflict_table
        box.setVisible(bool(self.conflicts))
        headers = ["条目", "单位", "内容", "现有内容", "报送内容", "处理"]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(self.conflicts))
        for r, c in enumerate(self.conflicts):
            cells = [c.get("item", ""), c.get("unit", ""), c.get("field", ""), str(c.get("current", "")),
                     str(c.get("proposed", "")), c.get("decision", "待处理")]  # fmt: skip
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(r, col, item)
        table.resizeColumnsToContents()
        for col in (3, 4):
            table.setColumnWidth(col, table.fontMetrics().averageCharWidth() * 30)
        table.horizontalHeader().setStretchLastSection(True)

    def decide(self, choice: str, row: int | None = None) -> None:
        """Keep the stored value or take the reported one for the selected conflict (one action each)."""
        row = self.ui.conflict_table.currentRow() if row is None else row
        if not 0 <= row < len(self.conflicts) or self._resolve is None or "decision" in self.conflicts[row]:
            return
        try:
            self._resolve(self.conflicts[row]["id"], choice)
        except Exception as exc:  # a UserError (already decided, locked) is shown; the dialog stays
            crash.show_error(self, exc)
            return
        self.conflicts[row]["decision"] = "已采用报送内容" if choice == "proposed" else "已保留现有内容"
        self.ui.conflict_table.item(row, 5).setText(self.conflicts[row]["decision"])

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.report.files):
            return
        f = self.report.files[row]
        parts = [f"<p><b>{escape(Path(f.file).name)}</b>　{escape(f.message)}</p>"]
        for title, items in (("错误", f.errors), ("提示", f.warnings), ("冲突", f.conflicts)):
            if items:
                parts.append(f"<p><b>{title}</b></p><ul>")
                parts += [
                    f"<li>{escape(str(i.get('where', '')))}：{escape(str(i.get('message', i)))}</li>" for i in items
                ]
                parts.append("</ul>")
        self.ui.detail_browser.setHtml("".join(parts))
