"""The 指标 tab: the indicator grid (edit in place, paste a column from Excel) and a chart of the selected indicator."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from jxplan.core.model import IndicatorActual
from jxplan.core.periods import Period
from jxplan.services.indicator_entry import actual_from_text, pasted_column
from jxplan.services.progress import indicator_series
from jxplan.services.report_data import ReportData
from jxplan.ui.forms.ui_indicator_page import Ui_IndicatorPage
from jxplan.ui.item_page import PageContext
from jxplan.ui.markup import escape
from jxplan.ui.models.indicator_table_model import (
    ACTUAL_COL,
    DIRECTION_LABELS,
    WIDTHS,
    IndicatorItem,
    IndicatorTableModel,
)
from jxplan.ui.models.roles import ROW_ROLE


def indicator_items(data: ReportData, roles: dict[int, str], unit_id: int | None) -> list[IndicatorItem]:
    """Grid rows; the actual is recorded for the chosen unit, or for the lead unit when viewing 全部."""
    out = []
    for r in data.indicator_rows:
        ind = r.indicator
        entry_unit = unit_id if unit_id is not None else (ind.assignments[0].unit_id if ind.assignments else None)
        text = " ".join([ind.number, ind.name, *ind.category, *r.unit_names]).casefold()
        out.append(IndicatorItem(r, entry_unit, roles.get(ind.id), text))
    return out


class IndicatorPage(QWidget):
    """Signals:
    actuals_requested(list, str): IndicatorActuals to store as one undoable action, with its description.
    """

    actuals_requested = Signal(list, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_IndicatorPage()
        self.ui.setupUi(self)
        self.context: PageContext | None = None
        self.model = IndicatorTableModel(self)
        view = self.ui.indicator_view
        view.setModel(self.model)
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        char = view.fontMetrics().averageCharWidth()
        for i, w in enumerate(WIDTHS):
            view.setColumnWidth(i, w * char)
        view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        view.horizontalHeader().setStretchLastSection(False)
        self.model.edit_requested.connect(self._on_edit)
        paste = QShortcut(QKeySequence.StandardKey.Paste, view, self.paste)
        paste.setContext(Qt.ShortcutContext.WidgetShortcut)
        view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.chart_view = None  # QtCharts loads when the page is first shown
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)

    def set_data(self, context: PageContext, items: list[IndicatorItem]) -> None:
        self.context = context
        current = self.current_item()
        self.model.set_rows(items)
        if current:
            r = self.model.row_of(current.id)  # None when filtered out
            if r is not None:
                self.ui.indicator_view.setCurrentIndex(self.model.index(r, 0))
        if not self.ui.indicator_view.currentIndex().isValid() and self.model.rowCount():
            self.ui.indicator_view.setCurrentIndex(self.model.index(0, ACTUAL_COL))
        self._show_current()

    def set_search(self, text: str) -> None:
        self.model.set_filter(search=text)

    def set_role(self, role: str | None) -> None:
        self.model.set_filter(role=role)

    def current_item(self) -> IndicatorItem | None:
        index = self.ui.indicator_view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _to_actuals(self, pairs: list[tuple[IndicatorItem, str]]) -> list[IndicatorActual]:
        ctx = self.context
        assert ctx is not None
        return [
            actual_from_text(item.id, item.entry_unit_id, ctx.period.code, text)
            for item, text in pairs
            if item.entry_unit_id is not None
        ]

    def _on_edit(self, pairs: list) -> None:
        actuals = self._to_actuals(pairs)
        if actuals:
            self.actuals_requested.emit(actuals, f"修改“{pairs[0][0].data.indicator.name}”完成值")

    def paste(self) -> None:
        """Paste a column copied from Excel down the visible rows, from the current row on: one action, one undo."""
        values = pasted_column(QGuiApplication.clipboard().text())
        start = self.ui.indicator_view.currentIndex()
        if not values or not start.isValid():
            return
        pairs = []
        for offset, text in enumerate(values):
            index = self.model.index(start.row() + offset, 0)
            if not index.isValid():
                break
            pairs.append((index.data(ROW_ROLE), text))
        actuals = self._to_actuals(pairs)
        if actuals:
            self.actuals_requested.emit(actuals, f"粘贴指标完成值（{len(actuals)}项）")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._show_current()

    def _show_current(self) -> None:
        if not self.isVisible():
            return  # drawn when shown
        from jxplan.ui.charts import indicator_chart, new_chart_view

        if self.chart_view is None:
            self.chart_view = new_chart_view()
            self.ui.chart_container.layout().addWidget(self.chart_view)
        item, ctx = self.current_item(), self.context
        if item is None or ctx is None:
            self.chart_view.setChart(indicator_chart_placeholder())
            self.ui.detail_browser.clear()
            return
        ind = item.data.indicator
        unit = item.entry_unit_id
        series = [a for a in indicator_series(ctx.ws, ind.id) if unit is None or a.unit_id == unit]
        old = self.chart_view.chart()
        self.chart_view.setChart(indicator_chart(ind, series))
        if old is not None:
            old.deleteLater()
        self.ui.detail_browser.setHtml(_indicator_html(item))


def indicator_chart_placeholder():
    from PySide6.QtCharts import QChart

    chart = QChart()
    chart.setTitle("选择一个指标查看走势")
    return chart


def _indicator_html(item: IndicatorItem) -> str:
    r = item.data
    ind = r.indicator
    parts = [f"<h3>{escape(ind.number)}. {escape(ind.name)}</h3>"]
    if ind.category:
        parts.append(f"<p style='color:#555'>{escape(' / '.join(ind.category))}</p>")
    attribute = f"；属性：{escape(ind.attribute)}" if ind.attribute else ""
    parts.append(
        f"<p>单位：{escape(ind.measure_unit or '—')}；方向：{DIRECTION_LABELS.get(ind.direction, '')}{attribute}</p>"
    )
    if r.baseline:
        parts.append(f"<p>基期值：{escape(r.baseline.raw)}{f'（{r.baseline.year}年）' if r.baseline.year else ''}</p>")
    for v in ind.targets:
        parts.append(f"<p>目标值：{v.year or ''}年 {escape(v.raw)}</p>")
    if ind.milestones:
        parts.append(
            "<p>季度节点："
            + "；".join(f"{escape(_period_label(v.period))} {escape(v.raw)}" for v in ind.milestones)
            + "</p>"
        )
    for name, a in r.actuals_by_unit:
        parts.append(f"<p>{escape(name)} 本期填报：{escape(a.raw)}</p>")
    parts.append(f"<p>责任单位：{escape('、'.join(r.unit_names) or '—')}</p>")
    return "".join(parts)


def _period_label(code: str) -> str:
    """2026Q1 → 2026年第一季度; a milestone period the parser does not know is shown as written."""
    try:
        return Period.parse(code).label
    except ValueError:
        return code
