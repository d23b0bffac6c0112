"""The 待处理冲突 screen: every conflict of the plan and period still open after merging, decided one by one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QHeaderView

from jxplan.core.periods import Period
from jxplan.ui import crash
from jxplan.ui.forms.ui_conflicts_dialog import Ui_ConflictsDialog
from jxplan.ui.markup import escape
from jxplan.ui.merge_report_dialog import split_where
from jxplan.ui.table_fill import fill_table

HEADERS = ["事项", "内容", "涉及单位", "现有内容", "报送内容", "报送单位", "来源文件"]
VALUE_COLUMNS = (3, 4)


class ConflictsDialog(QDialog):
    """`load()` gives the open conflicts (dicts from jxplan.exchange.list_conflicts); `resolve(id, choice)` stores
    the clerk's decision ("current" or "proposed"); the list is read again after each decision."""

    def __init__(
        self,
        load: Callable[[], list[dict]],
        resolve: Callable[[int, str], None],
        plan_title: str,
        period: Period,
        parent=None,
    ):
        super().__init__(parent)
        self.ui = Ui_ConflictsDialog()
        self.ui.setupUi(self)
        self._load, self._resolve = load, resolve
        self.plan_title, self.period = plan_title, period
        self.conflicts: list[dict] = []
        self.decided = 0
        self.ui.conflict_table.currentCellChanged.connect(lambda row, *_: self._show(row))
        self.ui.keep_current_button.clicked.connect(lambda: self.decide("current"))
        self.ui.take_proposed_button.clicked.connect(lambda: self.decide("proposed"))
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.splitter.setSizes([300, 260])
        self.reload()

    def reload(self, row: int = 0) -> None:
        self.conflicts = self._load()
        rows = [
            [c.get("item", ""), c.get("field", ""), c.get("unit", ""), _one_line(c.get("current", "")),
             _one_line(c.get("proposed", "")), c.get("source_unit", ""), c.get("file", "") or "（手工录入）"]
            for c in self.conflicts
        ]  # fmt: skip
        table = self.ui.conflict_table
        fill_table(table, HEADERS, rows)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Interactive)
        for col in VALUE_COLUMNS:  # the two values side by side share the width
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(0, 260)
        table.setColumnWidth(6, 200)
        self._fill_summary()
        if self.conflicts:
            table.setCurrentCell(min(row, len(self.conflicts) - 1), 0)
        self._show(table.currentRow() if self.conflicts else -1)

    def _fill_summary(self) -> None:
        where = f"《{escape(self.plan_title)}》{self.period.label}"
        done = f"；本次已处理 {self.decided} 处" if self.decided else ""
        if self.conflicts:
            text = (
                f"{where}：<b style='color:#9C0006'>{len(self.conflicts)}</b> 处冲突待决定{done}。"
                "合并填报表时，同一内容的两个来源不一致（如牵头与配合单位、两次报送、报送与工作区中已改过的内容），"
                "系统没有覆盖现有内容，请逐条决定。"
            )
        else:
            text = f"{where}：没有待处理的冲突{done}。"
        self.ui.summary_label.setText(text)

    def _show(self, row: int) -> None:
        has = 0 <= row < len(self.conflicts)
        self.ui.detail_panel.setEnabled(has)
        if not has:
            self.ui.detail_label.clear()
            self.ui.current_text.clear()
            self.ui.proposed_text.clear()
            return
        c = self.conflicts[row]
        file = Path(c["file"]).name if c.get("file") else "（无文件记录）"
        sheet, cell = split_where(c.get("where", ""))
        where = f"，工作表“{escape(sheet)}”{escape(cell)}" if sheet else ""
        self.ui.detail_label.setText(
            f"<b>{escape(c.get('item', ''))}</b>　{escape(c.get('field', ''))}　涉及单位：{escape(c.get('unit', ''))}"
            f"<br/>报送单位：{escape(c.get('source_unit', ''))}，来源文件：{escape(file)}{where}"
            f"<br/><span style='color:#9C5700'>原因：{escape(c.get('reason', ''))}</span>"
        )
        self.ui.current_text.setPlainText(str(c.get("current", "")) or "（空）")
        self.ui.proposed_text.setPlainText(str(c.get("proposed", "")) or "（空）")

    def decide(self, choice: str, row: int | None = None) -> bool:
        """Keep the stored value or take the reported one for the selected conflict; then on to the next one."""
        row = self.ui.conflict_table.currentRow() if row is None else row
        if not 0 <= row < len(self.conflicts):
            return False
        try:
            self._resolve(self.conflicts[row]["id"], choice)
        except Exception as exc:  # a UserError (decided elsewhere, workspace locked) is shown; the list is re-read
            crash.show_error(self, exc)
            self.reload(row)
            return False
        self.decided += 1
        self.reload(row)
        return True


def _one_line(value: object) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= 60 else text[:59] + "…"
