"""Review a parsed document before it is saved: tasks, units and roles, indicators, key works, warnings; correct them.

Every correction goes through services.import_review on the dialog's copy of the parse result; saving is the
caller's business (`parsed` holds the corrected result once the dialog is accepted).
"""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from jxplan.core.model import ROLE_LABELS
from jxplan.errors import UserError
from jxplan.services import import_review as review
from jxplan.services.plan_store import SaveResult
from jxplan.services.workspace import Workspace
from jxplan.ui.forms.ui_import_review_dialog import Ui_ImportReviewDialog
from jxplan.ui.markup import escape
from jxplan.ui.table_fill import fill_table

UNKNOWN_FILL = "#FFEB9C"
KINDS = {"tasks": "任务", "indicators": "指标", "key_works": "重点工作"}


def _fill(
    table: QTableWidget, headers: list[str], rows: list[list[str]], stretch: int | None = None, max_chars: int = 12
) -> None:
    table.blockSignals(True)
    fill_table(table, headers, rows)
    # Fit short columns to their text, but never let a long list of units squeeze the task text out of view.
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    limit = table.fontMetrics().horizontalAdvance("字") * max_chars  # longer text is elided (the tooltip has it)
    for c in range(len(headers)):
        table.setColumnWidth(c, min(table.columnWidth(c), limit))
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.blockSignals(False)


def _units_text(units: list[dict], role: str) -> str:
    return "、".join(u.get("name") or u.get("raw", "") for u in units if (u.get("role") == "lead") == (role == "lead"))


class ImportReviewDialog(QDialog):
    def __init__(self, ws: Workspace, parsed: dict, file_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ImportReviewDialog()
        self.ui.setupUi(self)
        self.ws = ws
        self.parsed = copy.deepcopy(parsed)
        self.file_name = file_name
        self.preview: SaveResult | None = None
        save = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setText("保存到工作区")
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.task_table.currentCellChanged.connect(lambda r, *_: self._show_task(r))
        self.ui.task_unit_table.itemChanged.connect(self._on_task_unit_edited)
        self.ui.unit_table.itemChanged.connect(self._on_unit_renamed)
        self.ui.merge_button.clicked.connect(self.merge_current)
        self.ui.split_button.clicked.connect(self.split_current)
        self.ui.not_task_button.clicked.connect(self.drop_current)
        self.ui.tasks_splitter.setSizes([640, 480])
        self._refresh()

    # -- display --------------------------------------------------------------------------------------------

    def _refresh(self, select: int = 0) -> None:
        p = self.parsed
        self.ui.header_label.setText(
            f"<b>{escape(p.get('title') or '未识别出标题')}</b>　{escape(p.get('doc_number') or '')}"
            f"<br/><span style='color:#555'>{escape(self.file_name)}　辖区：{escape(p.get('jurisdiction') or '')}</span>"
        )
        tasks = p.get("tasks") or []
        headings = review.section_headings(p)
        _fill(
            self.ui.task_table,
            ["编号", "章节", "任务", "牵头单位", "配合单位", "目标"],
            [
                [
                    str(t.get("number", "")),
                    headings.get(t.get("section_key") or "", str(t.get("section") or "")),
                    t.get("title", ""),
                    _units_text(t.get("units") or [], "lead"),
                    _units_text(t.get("units") or [], "coop"),
                    str(len(t.get("targets") or [])),
                ]
                for t in tasks
            ],
            stretch=2,
        )
        self._fill_units()
        inds = p.get("indicators") or []
        _fill(
            self.ui.indicator_table,
            ["序号", "指标", "单位", "基期值", "目标值", "季度节点", "责任单位"],
            [
                [
                    str(i.get("number", "")),
                    ("*" if i.get("self_set") else "") + i.get("name", ""),
                    i.get("measure_unit") or "",
                    review.values_text([i["baseline"]] if i.get("baseline") else []),
                    review.values_text(i.get("targets")),
                    review.values_text(i.get("milestones")),
                    "、".join(u.get("name", "") for u in i.get("units") or []),
                ]
                for i in inds
            ],
            stretch=1,
            max_chars=22,  # the targets and milestones are what the clerk checks here
        )
        kws = p.get("key_works") or []
        _fill(
            self.ui.key_work_table,
            ["序号", "类别", "名称", "内容", "责任单位"],
            [
                [
                    str(k.get("number", "")),
                    k.get("category") or "",
                    k.get("name", ""),
                    k.get("content", ""),
                    "、".join(u.get("name", "") for u in k.get("units") or []),
                ]
                for k in kws
            ],
            stretch=3,
        )
        self.ui.warning_list.clear()
        for w in p.get("warnings") or []:
            self.ui.warning_list.addItem(f"{w.get('where', '')}：{w.get('message', '')}")
        tabs = self.ui.tabs
        tabs.setTabText(tabs.indexOf(self.ui.tasks_tab), f"重点任务（{len(tasks)}）")
        tabs.setTabText(tabs.indexOf(self.ui.units_tab), f"责任单位（{self.ui.unit_table.rowCount()}）")
        tabs.setTabText(tabs.indexOf(self.ui.indicators_tab), f"指标（{len(inds)}）")
        tabs.setTabText(tabs.indexOf(self.ui.key_works_tab), f"重点工作（{len(kws)}）")
        tabs.setTabText(tabs.indexOf(self.ui.warnings_tab), f"提示（{len(p.get('warnings') or [])}）")
        self._update_preview()
        if tasks:
            self.ui.task_table.setCurrentCell(min(select, len(tasks) - 1), 2)
            self._show_task(min(select, len(tasks) - 1))
        else:
            self._show_task(-1)

    def _fill_units(self) -> None:
        rows = review.unit_summary(self.parsed)
        _fill(
            self.ui.unit_table,
            ["单位", "原文写法", "牵头", "配合", "单位名录"],
            [
                [r["name"], "、".join(r["raws"]), str(r["lead"]), str(r["coop"]), "已收录" if r["known"] else "未收录"]
                for r in rows
            ],
            stretch=1,
        )
        table = self.ui.unit_table
        table.blockSignals(True)
        for r, row in enumerate(rows):
            for c in range(1, table.columnCount()):
                table.item(r, c).setFlags(table.item(r, c).flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.item(r, 0).setData(Qt.ItemDataRole.UserRole, row["name"])
            if row["known"] is False:
                for c in range(table.columnCount()):
                    table.item(r, c).setBackground(QBrush(QColor(UNKNOWN_FILL)))
        table.blockSignals(False)

    def _update_preview(self) -> None:
        try:
            self.preview = review.preview_save(self.ws, self.parsed)
        except UserError as exc:
            self.preview = None
            self.ui.changes_label.setText(f"<span style='color:#C00000'>{escape(str(exc))}</span>")
            self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            return
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        self.ui.changes_label.setText(describe_changes(self.preview, self.parsed))

    def _show_task(self, row: int) -> None:
        tasks = self.parsed.get("tasks") or []
        has = 0 <= row < len(tasks)
        for b in (self.ui.merge_button, self.ui.split_button, self.ui.not_task_button):
            b.setEnabled(has)
        self.ui.merge_button.setEnabled(has and row + 1 < len(tasks))
        table = self.ui.task_unit_table
        table.blockSignals(True)
        table.clear()
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(["单位", "原文写法", "职责"])
        if not has:
            self.ui.task_text.clear()
            table.setRowCount(0)
            table.blockSignals(False)
            return
        task = tasks[row]
        self.ui.task_text.setPlainText(task.get("text", ""))
        units = task.get("units") or []
        table.setRowCount(len(units))
        for u_index, unit in enumerate(units):
            name = QTableWidgetItem(unit.get("name") or unit.get("raw", ""))
            raw = QTableWidgetItem(unit.get("raw", ""))
            raw.setFlags(raw.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if unit.get("known") is False:
                name.setBackground(QBrush(QColor(UNKNOWN_FILL)))
            table.setItem(u_index, 0, name)
            table.setItem(u_index, 1, raw)
            combo = QComboBox()
            for role, label in ROLE_LABELS.items():
                combo.addItem(label, role)
            combo.setCurrentIndex(combo.findData(unit.get("role") or "coop"))
            combo.activated.connect(lambda _i, ui=u_index, c=combo: self.set_role(ui, c.currentData()))
            table.setCellWidget(u_index, 2, combo)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.blockSignals(False)

    # -- corrections ------------------------------------------------------------------------------------------

    def current_task(self) -> int:
        return self.ui.task_table.currentRow()

    def set_role(self, unit_index: int, role: str) -> None:
        row = self.current_task()
        review.set_role(self.parsed, "tasks", row, unit_index, role)
        self._refresh(select=row)

    def _on_task_unit_edited(self, item: QTableWidgetItem) -> None:
        if item.column() == 0 and item.text().strip():
            row = self.current_task()
            review.set_unit_name(self.parsed, "tasks", row, item.row(), item.text())
            self._refresh(select=row)

    def _on_unit_renamed(self, item: QTableWidgetItem) -> None:
        old = item.data(Qt.ItemDataRole.UserRole)
        if item.column() == 0 and item.text().strip() and old and item.text().strip() != old:
            review.rename_unit(self.parsed, old, item.text())
            self._refresh(select=self.current_task())

    def merge_current(self) -> None:
        row = self.current_task()
        review.merge_with_next(self.parsed, row)
        self._refresh(select=row)

    def split_current(self, at: int | None = None) -> None:
        row = self.current_task()
        position = self.ui.task_text.textCursor().position() if at is None else at
        try:
            review.split_task(self.parsed, row, position)
        except ValueError as exc:
            self.ui.changes_label.setText(f"<span style='color:#C00000'>{escape(str(exc))}</span>")
            return
        self._refresh(select=row)

    def drop_current(self) -> None:
        row = self.current_task()
        review.drop_item(self.parsed, "tasks", row)
        self._refresh(select=row)


def describe_changes(result: SaveResult, parsed: dict) -> str:
    """One paragraph on what saving does: a new plan with its counts, or what a re-import adds, changes, removes."""
    counts = "、".join(f"{label} {len(parsed.get(kind) or [])} 项" for kind, label in KINDS.items() if parsed.get(kind))
    if result.created:
        text = f"保存后将新建方案：{counts}。"
    else:
        parts = []
        for kind, label in KINDS.items():
            a, u, r = result.added[kind], result.updated[kind], result.removed[kind]
            if a or u or r:
                parts.append(f"{label}新增 {a}、修改 {u}、删除 {r}")
        text = "工作区中已有这份方案，保存将更新它：" + ("；".join(parts) or "内容没有变化") + "。已填报的进展保留。"
        if result.kept_with_progress:
            text += f"新版本中没有、但已有填报记录而保留的条目：{'、'.join(result.kept_with_progress)}。"
    if result.unknown_units:
        text += f"单位名录中没有的单位（将新增并标记）：{'、'.join(result.unknown_units)}。"
    return escape(text)
