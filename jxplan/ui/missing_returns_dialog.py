"""The 催报 list: units that have not returned anything for the plan and period, to copy into a message or export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QMessageBox

from jxplan import APP_TITLE
from jxplan.core.periods import Period
from jxplan.ui import crash
from jxplan.ui.forms.ui_missing_returns_dialog import Ui_MissingReturnsDialog
from jxplan.ui.table_fill import fill_table

HEADERS = ["序号", "单位", "上次报送"]


class MissingReturnsDialog(QDialog):
    """`missing` is [{unit, last_report, …}] from jxplan.exchange.missing_returns for `plan_title` and `period`."""

    def __init__(self, missing: list[dict], plan_title: str, period: Period, parent=None, *, export_dir: str = ""):
        super().__init__(parent)
        self.ui = Ui_MissingReturnsDialog()
        self.ui.setupUi(self)
        self.missing, self.period, self.export_dir = missing, period, export_dir
        self.ui.intro_label.setText(
            f"《{plan_title}》{period.label}：尚未报送的单位 {len(missing)} 个。"
            "没有合并过报送文件、工作区中也没有该单位本期填报内容的，列入名单。"
            if missing
            else f"《{plan_title}》{period.label}：各责任单位均已报送。"
        )
        rows = [[str(i), m["unit"], m["last_report"]]
                for i, m in enumerate(missing, start=1)]  # fmt: skip
        fill_table(self.ui.unit_table, HEADERS, rows)
        self.ui.unit_table.resizeColumnsToContents()
        self.ui.unit_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.ui.copy_button.setEnabled(bool(missing))
        self.ui.export_button.setEnabled(bool(missing))
        self.ui.copy_button.clicked.connect(self.copy)
        self.ui.export_button.clicked.connect(self._ask_export)
        self.ui.button_box.rejected.connect(self.reject)

    def text(self) -> str:
        """Tab-separated with a header line: pastes as a table into Excel and reads plainly in a chat message."""
        lines = [f"{self.period.label}尚未报送单位（{len(self.missing)}个）", "\t".join(HEADERS)]
        for row in range(self.ui.unit_table.rowCount()):
            lines.append("\t".join(self.ui.unit_table.item(row, c).text() for c in range(len(HEADERS))))
        return "\n".join(lines)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
        self.ui.copy_button.setText("已复制")

    def export(self, path: Path) -> Path:
        from jxplan.exchange.report_xlsx import export_missing

        return export_missing([{"period": self.period.code, "units": self.missing}], path)

    def _ask_export(self) -> None:
        name = f"{self.period.label}_催报名单.xlsx"
        start = str(Path(self.export_dir) / name) if self.export_dir else name
        path, _ = QFileDialog.getSaveFileName(self, f"{APP_TITLE} — 导出催报名单", start, "Excel 工作簿 (*.xlsx)")
        if not path:
            return
        try:
            written = self.export(Path(path))
        except Exception as exc:  # a UserError (file open in Excel, folder read-only) is shown; the dialog stays
            crash.show_error(self, exc)
            return
        QMessageBox.information(self, APP_TITLE, f"已导出催报名单：{written}")
