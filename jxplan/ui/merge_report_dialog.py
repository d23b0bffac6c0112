"""The merge report screen: each returned file's result, its errors with where they are, and the conflicts to decide."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView

from jxplan import APP_TITLE
from jxplan.exchange.report import STATUS_LABELS
from jxplan.ui import crash
from jxplan.ui.forms.ui_merge_report_dialog import Ui_MergeReportDialog
from jxplan.ui.table_fill import fill_table

STATUS_FILLS = {"merged": "#C6EFCE", "unchanged": "#E7E6E6", "rejected": "#FFC7CE", "needs_confirmation": "#FFEB9C"}
REJECTED_FILL = "#FFC7CE"
FILE_HEADERS = ["文件", "填报单位", "报告期", "结果", "接受行数", "退回行数", "更新处数", "冲突", "说明"]
PROBLEM_HEADERS = ["类别", "工作表", "单元格", "编号", "问题", "应为"]
CONFLICT_HEADERS = ["事项", "内容", "涉及单位", "报送单位", "现有内容", "报送内容", "原因", "处理"]
DECIDED = {"proposed": "已采用报送内容", "current": "已保留现有内容"}


def split_where(where: str) -> tuple[str, str]:
    """`重点任务!E4` → (重点任务, E4); a bare file name (the whole file was refused) has no sheet."""
    sheet, sep, cell = str(where).partition("!")
    return (sheet, cell if not cell.isdigit() else f"第{cell}行") if sep else ("", "")


class MergeReportDialog(QDialog):
    """Per file: unit, period, result, rows accepted and sent back; the selected file's problems; the conflicts.

    `resolve(conflict_id, choice)` stores the clerk's decision; `show_missing()` opens the 催报 list;
    `export(path)` writes the report as .xlsx.
    """

    def __init__(self, report, parent=None, *, resolve=None, show_missing=None, export=None, export_dir=""):
        super().__init__(parent)
        self.ui = Ui_MergeReportDialog()
        self.ui.setupUi(self)
        self.report = report
        self._resolve, self._export, self._export_dir = resolve, export, export_dir
        self._fill_files()
        self.conflicts = [c for f in report.files for c in f.conflicts if c.get("id") is not None]
        self._fill_conflicts()
        self._fill_summary()
        self.ui.file_table.currentCellChanged.connect(lambda row, *_: self._show_problems(row))
        if report.files:  # the first file with problems, else the first one
            first = next((i for i, f in enumerate(report.files) if f.errors or f.warnings), 0)
            self.ui.file_table.setCurrentCell(first, 0)
        self.ui.keep_current_button.clicked.connect(lambda: self.decide("current"))
        self.ui.take_proposed_button.clicked.connect(lambda: self.decide("proposed"))
        self.ui.export_button.clicked.connect(self._ask_export)
        self.ui.export_button.setEnabled(export is not None)
        missing = report.missing_units
        self.ui.missing_button.setText(f"催报名单（{len(missing)}）…")
        self.ui.missing_button.setEnabled(bool(missing) and show_missing is not None)
        if show_missing is not None:
            self.ui.missing_button.clicked.connect(show_missing)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.conflict_button_layout.setStretch(0, 1)
        self.ui.splitter.setSizes([200, 220, 200 if self.conflicts else 0])

    def _fill_files(self) -> None:
        table, files = self.ui.file_table, self.report.files
        rows = [
            [Path(f.file).name, f.unit, f.period, STATUS_LABELS.get(f.status, f.status), str(f.rows_accepted),
             str(f.rows_rejected), str(f.changes), str(len(f.conflicts)), f.message]
            for f in files
        ]  # fmt: skip
        fill_table(table, FILE_HEADERS, rows)
        for r, f in enumerate(files):
            table.item(r, 3).setBackground(QBrush(QColor(STATUS_FILLS.get(f.status, "#FFFFFF"))))
            if f.rows_rejected:  # merged, yet some rows were sent back: the clerk must see that at a glance
                table.item(r, 5).setBackground(QBrush(QColor(REJECTED_FILL)))
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(len(FILE_HEADERS) - 1, QHeaderView.ResizeMode.Stretch)

    def _fill_summary(self) -> None:
        files = self.report.files
        counts = {label: sum(f.status == key for f in files) for key, label in STATUS_LABELS.items()}
        parts = [f"{label} <b>{n}</b> 个文件" for label, n in counts.items() if n] or ["没有文件"]
        rejected = sum(f.rows_rejected for f in files)
        if rejected:
            parts.append(
                f"<span style='color:#9C0006'>退回 <b>{rejected}</b> 行（原因见下方问题，请联系填报单位改正后重报）</span>"
            )
        if self.conflicts:
            parts.append(f"<span style='color:#9C5700'>冲突 <b>{len(self.conflicts)}</b> 处待决定</span>")
        missing = self.report.missing_units
        parts.append(f"尚未报送 <b>{len(missing)}</b> 个单位" if missing else "各责任单位均已报送")
        dry = "（试合并，未写入工作区）" if self.report.dry_run else ""
        self.ui.summary_label.setText("；".join(parts) + dry)

    def _show_problems(self, row: int) -> None:
        if not 0 <= row < len(self.report.files):
            return
        f = self.report.files[row]
        items = [("错误", p) for p in f.errors] + [("提示", p) for p in f.warnings]
        rows = [[level, *split_where(p.get("where", "")), p.get("key", ""), p.get("message", ""), p.get("expected", "")]
                for level, p in items]  # fmt: skip
        fill_table(self.ui.problem_table, PROBLEM_HEADERS, rows)
        table = self.ui.problem_table
        for r, (level, _p) in enumerate(items):
            if level == "错误":
                table.item(r, 0).setBackground(QBrush(QColor(REJECTED_FILL)))
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        name = Path(f.file).name
        if not items:
            text = f"{name}：没有发现问题。"
        elif f.status == "rejected":  # nothing of it was merged: there are no "rows not merged" to speak of
            text = f"{name}：{f.message}。请改正下列问题后重新报送。"
        else:
            text = f"{name}：{f.message}。错误所在的行没有合并；“提示”的内容已合并，请核实。"
        self.ui.problem_label.setText(text)

    def _fill_conflicts(self) -> None:
        self.ui.conflict_box.setVisible(bool(self.conflicts))
        rows = [
            [c.get("item", ""), c.get("field", ""), c.get("unit", ""), c.get("source_unit", ""), str(c.get("current", "")),
             str(c.get("proposed", "")), c.get("reason", ""), DECIDED.get(c.get("decision", ""), "待决定")]
            for c in self.conflicts
        ]  # fmt: skip
        table = self.ui.conflict_table
        fill_table(table, CONFLICT_HEADERS, rows)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for col in (4, 5):  # the two values side by side share the width
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        if self.conflicts:
            table.setCurrentCell(0, 0)

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
        self.conflicts[row]["decision"] = choice
        self.ui.conflict_table.item(row, len(CONFLICT_HEADERS) - 1).setText(DECIDED[choice])
        open_rows = [i for i, c in enumerate(self.conflicts) if "decision" not in c]
        if open_rows:  # on to the next undecided one, so a run of decisions needs no extra clicks
            self.ui.conflict_table.setCurrentCell(open_rows[0], 0)

    def _ask_export(self) -> None:
        first = self.report.files[0] if self.report.files else None
        name = f"{first.period}_填报表汇总结果.xlsx" if first and first.period else "填报表汇总结果.xlsx"
        start = str(Path(self._export_dir) / name) if self._export_dir else name
        path, _ = QFileDialog.getSaveFileName(self, f"{APP_TITLE} — 导出汇总结果", start, "Excel 工作簿 (*.xlsx)")
        if path and self._export is not None:
            self._export(Path(path))
