"""The 填报交换 menu: write the units' fill-in workbooks, and merge the returned ones, in the background."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QMessageBox, QTableWidgetItem

from jxplan import APP_TITLE
from jxplan.services.settings import get_setting
from jxplan.ui import crash
from jxplan.ui.worker import BackgroundTask

RETURN_FILTER = "填报表 (*.xlsx *.xlsm *.xls *.ods *.csv);;所有文件 (*)"
STATUS_FILLS = {"merged": "#C6EFCE", "unchanged": "#E7E6E6", "rejected": "#FFC7CE", "needs_confirmation": "#FFEB9C"}


def connect_exchange_actions(window) -> None:
    """Wire the 填报交换 menu; jxplan.exchange is imported on first use only, to keep start-up fast."""
    window.ui.templates_action.triggered.connect(lambda: ask_and_make_templates(window))
    window.ui.merge_action.triggered.connect(lambda: ask_and_merge(window))


def ask_and_make_templates(window) -> BackgroundTask | None:
    start = get_setting(window.ws, "template_dir") or str(Path.home())
    folder = QFileDialog.getExistingDirectory(window, "填报表保存到", start)
    return make_templates(window, Path(folder)) if folder else None


def make_templates(window, out_dir: Path, *, on_done=None) -> BackgroundTask:
    """One workbook per responsible unit (or only the chosen unit's), written from a read-only connection."""
    from jxplan.exchange import make_templates as write_templates
    from jxplan.services.workspace import Workspace

    window.commit_pending()
    ws_path, plan_id, period, unit_id = window.ws.path, window.plan.id, window.period().code, window.unit_id()

    def work(progress):
        with Workspace.open(ws_path, readonly=True) as ro:
            return write_templates(ro, plan_id, period, out_dir, [unit_id] if unit_id else None, progress)

    def finished(paths) -> None:
        window.ui.status_bar.showMessage(f"已生成 {len(paths)} 份填报表：{out_dir}", 10000)
        if on_done:
            on_done(paths)
            return
        answer = QMessageBox.information(
            window,
            APP_TITLE,
            f"已在“{out_dir}”生成 {len(paths)} 份填报表，可分发给各单位填写。\n现在打开这个文件夹吗？",
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
        )
        if answer == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(out_dir)))

    return BackgroundTask(window, "正在生成填报表…", work, finished, lambda exc: crash.show_error(window, exc)).start()


def ask_and_merge(window) -> BackgroundTask | None:
    start = get_setting(window.ws, "template_dir") or str(Path.home())
    files, _ = QFileDialog.getOpenFileNames(window, "选择各单位报回的填报表", start, RETURN_FILTER)
    return merge(window, [Path(f) for f in files]) if files else None


def merge(window, files: list[Path], *, confirm: bool = False, on_done=None) -> BackgroundTask:
    """Merge in a worker (the workspace serialises its actions across threads); guessed identities are confirmed."""
    from jxplan.exchange import merge_files

    window.commit_pending()
    ws, plan_id, period = window.ws, window.plan.id, window.period().code

    def work(progress):
        return merge_files(ws, files, confirm=confirm, plan_id=plan_id, period=period, progress=progress)

    def finished(report) -> None:
        # Merged entries replace what was there: earlier undo steps would now undo over them.
        window.undo_stack.clear()
        window.refresh()
        if on_done:
            on_done(report)
            return
        MergeReportDialog(report, window, resolve=lambda cid, choice: _resolve(window, cid, choice)).exec()
        pending = [Path(f.file) for f in report.files if f.status == "needs_confirmation"]
        if pending and _confirm(window, report):
            merge(window, pending, confirm=True)

    return BackgroundTask(
        window, f"正在汇总 {len(files)} 个文件…", work, finished, lambda exc: crash.show_error(window, exc)
    ).start()


def _resolve(window, conflict_id: int, choice: str) -> None:
    from jxplan.exchange import resolve_conflict

    resolve_conflict(window.ws, conflict_id, choice)
    window.refresh()


def _confirm(window, report) -> bool:
    lines = [f"{Path(f.file).name}：{f.message}" for f in report.files if f.status == "needs_confirmation"]
    answer = QMessageBox.question(
        window,
        APP_TITLE,
        "以下文件没有模板信息，方案、报告期和单位是从标题和文件名推断的：\n\n"
        + "\n".join(lines)
        + "\n\n确认后合并吗？",
    )
    return answer == QMessageBox.StandardButton.Yes


class MergeReportDialog(QDialog):
    """Per file: unit, period, status, rows accepted and rejected, with the reasons; then who has not returned."""

    def __init__(self, report, parent=None, *, resolve=None):
        super().__init__(parent)
        from jxplan.ui.forms.ui_merge_report_dialog import Ui_MergeReportDialog

        self.ui = Ui_MergeReportDialog()
        self.ui.setupUi(self)
        from jxplan.exchange.report import STATUS_LABELS

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
