"""The 重点任务 and 重点工作 tabs: a searchable table of the unit's items, the item's text, and its progress form."""

from datetime import date
from typing import NamedTuple

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QWidget

from jxplan.core.model import Plan, Task, TaskProgress
from jxplan.core.periods import Period
from jxplan.core.status import Thresholds
from jxplan.services.progress import get_progress, item_history
from jxplan.services.report_data import task_window
from jxplan.services.workspace import Workspace
from jxplan.ui.detail_html import history_html, item_html
from jxplan.ui.forms.ui_item_page import Ui_ItemPage
from jxplan.ui.models.item_rows import ItemRow
from jxplan.ui.models.item_table_model import KEY_WORK_COLUMNS, TASK_COLUMNS, ItemTableModel
from jxplan.ui.models.roles import ROW_ROLE
from jxplan.ui.progress_form import FormContext, ProgressForm


class PageContext(NamedTuple):
    ws: Workspace
    plan: Plan
    period: Period
    unit_id: int | None
    thresholds: Thresholds


class ItemPage(QWidget):
    """One tab over tasks (kind "task") or key works (kind "key_work").

    Signals:
        save_requested(TaskProgress): the clerk saved (or left) an edited entry; the window records it undoably.
    """

    save_requested = Signal(object)

    def __init__(self, kind: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        self.ui = Ui_ItemPage()
        self.ui.setupUi(self)
        self.context: PageContext | None = None
        self.model = ItemTableModel(TASK_COLUMNS if kind == "task" else KEY_WORK_COLUMNS, self)
        view = self.ui.item_view
        view.setModel(self.model)
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = view.horizontalHeader()
        char = view.fontMetrics().averageCharWidth()
        for i, col in enumerate(self.model.columns):
            view.setColumnWidth(i, col.width * char)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.form = ProgressForm(self.ui, self)
        view.selectionModel().selectionChanged.connect(self._on_selection)
        self.ui.section_list.currentRowChanged.connect(self._on_section)
        self.ui.section_list.setVisible(kind == "task")
        self.ui.entry_unit_combo.activated.connect(self._on_entry_unit)
        self.ui.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self._current: ItemRow | None = None
        self._lagging = 0
        # Proportions, not pixels, so the panes keep their balance at 100-200 % scaling.
        self.ui.splitter.setSizes([140, 640, 520])
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.detail_splitter.setSizes([260, 420, 160])
        self.form.load(None, None, None)

    # -- data -----------------------------------------------------------------------------------------------

    def set_data(self, context: PageContext, rows: list[ItemRow]) -> None:
        """Show new rows; keeps the selection (and typed, unsaved text) when the same items are shown."""
        same_items = {r.key for r in rows} == {r.key for r in self.model.all_rows()} and bool(rows)
        self.context = context
        self._lagging = sum(1 for r in rows if r.state.label == "滞后")
        self.model.set_rows(rows)
        if not same_items:
            self._fill_sections(context.plan, rows)
        self._update_count()
        current = self._current
        self._current = None
        if current and (r := self.model.row_of(current.key)) is not None:
            self._select(r)
            self._show(self.model.row_at(r), keep_typed=True)
        elif self.model.rowCount():
            self.ui.item_view.selectRow(0)
        else:
            self._show(None)

    def _fill_sections(self, plan: Plan, rows: list[ItemRow]) -> None:
        """The section list with this slice's counts; the chosen section stays chosen if it is still there."""
        lst = self.ui.section_list
        current = lst.currentItem().data(Qt.ItemDataRole.UserRole) if lst.currentItem() else None
        lst.blockSignals(True)
        lst.clear()
        counts: dict[int | None, int] = {}
        for r in rows:
            counts[r.section_id] = counts.get(r.section_id, 0) + 1
        lst.addItem(QListWidgetItem(f"全部（{len(rows)}）"))
        for s in plan.sections:
            if s.id in counts:
                item = QListWidgetItem(f"{s.heading}（{counts[s.id]}）")
                item.setData(Qt.ItemDataRole.UserRole, s.id)
                item.setToolTip(s.title)
                lst.addItem(item)
        rows_by_section = [lst.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lst.count())]
        keep = current if current in rows_by_section else None
        lst.setCurrentRow(rows_by_section.index(keep) if keep is not None else 0)
        lst.blockSignals(False)
        self.model.set_filter(section=keep)

    def set_search(self, text: str) -> None:
        self._filter(search=text)

    def set_role(self, role: str | None) -> None:
        self._filter(role=role)

    def _on_section(self, row: int) -> None:
        item = self.ui.section_list.item(row)
        self._filter(section=item.data(Qt.ItemDataRole.UserRole) if item else None)

    def _filter(self, **change) -> None:
        """Narrow the table; the item being edited stays in the form (typed text is kept, not saved behind the
        clerk's back) while filtered out, and is selected again when it is shown again."""
        self.model.set_filter(**change)
        r = self.model.row_of(self._current.key) if self._current is not None else None
        if r is not None and not self.ui.item_view.selectionModel().isRowSelected(r):
            self._select(r)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), len(self.model.all_rows())
        lagging = self._lagging
        text = f"显示 {shown} / 共 {total} 项" if shown != total else f"共 {total} 项"
        self.ui.count_label.setText(f"{text}；本期滞后 {lagging} 项")

    def visible_rows(self) -> list[ItemRow]:
        return list(self.model.rows())

    # -- selection and form -----------------------------------------------------------------------------------

    def _select(self, row: int) -> None:
        view = self.ui.item_view
        view.selectionModel().blockSignals(True)
        view.selectRow(row)
        view.selectionModel().blockSignals(False)

    def select_item(self, item_id: int) -> bool:
        r = self.model.row_of((self.kind, item_id))  # None when filtered out
        if r is None:
            return False
        self.ui.item_view.selectRow(r)
        return True

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.commit_pending()
        indexes = selected.indexes()
        self._show(indexes[0].data(ROW_ROLE) if indexes else None)

    def commit_pending(self) -> None:
        """Save what was typed before the form shows something else (nothing is lost by moving on)."""
        if self.form.is_dirty():
            self.save()

    def save(self) -> None:
        entry = self.form.entry()
        if entry is not None and self.form.is_dirty():
            self.save_requested.emit(entry)

    def _entry_units(self, row: ItemRow) -> list[tuple[int, str, str]]:
        ctx = self.context
        assert ctx is not None
        if ctx.unit_id is not None:
            view = next((e for e in row.entries if e.unit_id == ctx.unit_id), None)
            return [(ctx.unit_id, view.unit_name if view else "", view.role if view else (row.role or "coop"))]
        return [(e.unit_id, e.unit_name, e.role) for e in row.entries]

    def _show(self, row: ItemRow | None, *, keep_typed: bool = False) -> None:
        ctx = self.context
        self._current = row
        if row is None or ctx is None:
            self.ui.detail_browser.setHtml("<p style='color:#777'>没有可显示的条目</p>")
            self.ui.history_browser.clear()
            self.form.load(None, None, None)
            return
        self.ui.detail_browser.setHtml(item_html(row, ctx.plan))
        combo = self.ui.entry_unit_combo
        previous_unit = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for unit_id, name, role in self._entry_units(row):
            combo.addItem(f"{name}（{'牵头' if role == 'lead' else '配合'}）", unit_id)
        if previous_unit is not None and combo.findData(previous_unit) >= 0:
            combo.setCurrentIndex(combo.findData(previous_unit))
        combo.setEnabled(combo.count() > 1)
        combo.blockSignals(False)
        self._load_form(row, keep_typed=keep_typed)

    def _on_entry_unit(self, _index: int) -> None:
        self.commit_pending()
        if self._current:
            self._load_form(self._current)

    def _load_form(self, row: ItemRow, *, keep_typed: bool = False) -> None:
        ctx = self.context
        assert ctx is not None
        unit_id = self.ui.entry_unit_combo.currentData()
        if unit_id is None:
            self.ui.history_browser.setHtml("<p style='color:#777'>此条目没有责任单位，请先在“编辑方案条目”中指定</p>")
            self.form.load(None, None, None)
            return
        key = {"task_id": row.id} if row.kind == "task" else {"key_work_id": row.id}
        stored = get_progress(ctx.ws, unit_id, ctx.period.code, **key)
        fc = self.form.context
        same_form = keep_typed and fc and (fc.kind, fc.item_id, fc.unit_id) == (row.kind, row.id, unit_id)
        if same_form and self.form.is_dirty() and not _same_content(self.form.entry(), stored):
            return  # the clerk is typing: a refresh caused elsewhere must not wipe it
        history = item_history(ctx.ws, unit_id, **key)
        previous_code = ctx.period.previous().code
        previous = next((e for e in history if e.period == previous_code), None)
        window = (
            task_window(ctx.plan, row.item, ctx.period)
            if isinstance(row.item, Task)
            else (date(ctx.period.year, 1, 1), date(ctx.period.year, 12, 31))
        )
        context = FormContext(row.kind, row.id, unit_id, ctx.period.code, ctx.period.end, window, ctx.thresholds)
        self.form.load(context, stored, previous)
        self.ui.history_browser.setHtml(history_html(history, ctx.period.code))

    def current_row(self) -> ItemRow | None:
        return self._current

    def current_index(self) -> QModelIndex:
        return self.ui.item_view.currentIndex()


def _same_content(a: TaskProgress | None, b: TaskProgress | None) -> bool:
    key = lambda e: (e.status, e.percent, e.progress, e.problems, e.next_steps) if e else None  # noqa: E731
    return key(a) == key(b)
