"""The 总览 tab: where the plan stands this period, for a leader at a glance: counts, charts, who lags, who is silent."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from jxplan.services.dashboard import counts_by_section, counts_by_unit
from jxplan.services.report_data import ReportData
from jxplan.ui.forms.ui_dashboard_page import Ui_DashboardPage
from jxplan.ui.markup import escape
from jxplan.ui.models.count_table_model import CountTableModel
from jxplan.ui.models.roles import SORT_ROLE

MISSING_LINK = "missing"
CONFLICTS_LINK = "conflicts"
CONFLICT_RED = "#9C0006"


class DashboardPage(QWidget):
    """Signals:
    missing_requested(): the clerk asked for the 催报 list (who has not reported).
    conflicts_requested(): the clerk asked for the 待处理冲突 screen.
    """

    missing_requested = Signal()
    conflicts_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_DashboardPage()
        self.ui.setupUi(self)
        self.ui.summary_label.linkActivated.connect(self._on_anchor)
        self.ui.attention_browser.anchorClicked.connect(lambda url: self._on_anchor(url.toString()))
        self.unit_model = CountTableModel("责任单位", self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.unit_model)
        proxy.setSortRole(SORT_ROLE)
        self.ui.unit_view.setModel(proxy)
        header = self.ui.unit_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.status_view = self.section_view = None  # QtCharts loads when the page is first shown
        self._data: ReportData | None = None
        self._source: Callable[[], ReportData] | None = None
        self._conflict_source: Callable[[], int] | None = None
        self.open_conflicts = 0
        self._note = ""

    def set_source(
        self, source: Callable[[], ReportData], conflicts: Callable[[], int] | None = None, *, note: str = ""
    ) -> None:
        """Where the page gets its data (and the count of open merge conflicts); collected and drawn only when the
        page is shown (start-up stays fast). `note` is said under the title (what the figures cover)."""
        self._source, self._conflict_source, self._data, self._note = source, conflicts, None, note
        if self.isVisible():
            self.data  # noqa: B018

    @property
    def data(self) -> ReportData | None:
        if self._data is None and self._source is not None:
            self.set_data(self._source())
        return self._data

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.data  # noqa: B018

    def set_data(self, data: ReportData) -> None:
        from jxplan.ui.charts import STATUS_COLOURS, new_chart_view, section_bars, status_pie

        if self.status_view is None:
            self.status_view, self.section_view = new_chart_view(), new_chart_view()
            self.ui.status_chart_container.layout().addWidget(self.status_view)
            self.ui.section_chart_container.layout().addWidget(self.section_view)
        self._data = data
        self.open_conflicts = n_conflicts = self._conflict_source() if self._conflict_source else 0
        counts = data.counts
        total = len(data.task_rows)
        chips = "　".join(
            f"<span style='color:{STATUS_COLOURS[label]}'>■</span> {label} <b style='font-size:15pt'>{n}</b>"
            for label, n in counts.items()
        )
        big = "<b style='font-size:15pt'>{}</b>"
        note = f"　<span style='color:#777'>{escape(self._note)}</span>" if self._note else ""
        indicators = f"　预警指标 {big.format(len(data.lagging_indicators))} 项" if data.indicator_rows else ""
        self.ui.summary_label.setText(
            f"<p style='font-size:11pt'><b>{escape(data.plan.title)}</b>　{data.period.label}{note}<br/>"
            f"重点任务 {big.format(total)} 项：{chips}{indicators}"
            f"　<a href='{MISSING_LINK}'>未报送单位 {big.format(len(data.missing_units))} 个</a>"
            f"{_conflict_chip(n_conflicts)}</p>"
        )
        self._set_chart(self.status_view, status_pie(counts, "重点任务本期状态"))
        sections = counts_by_section(data)
        self._set_chart(self.section_view, section_bars(sections, "各部分任务状态"))
        self.unit_model.set_rows(counts_by_unit(data))
        self.ui.unit_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.ui.attention_browser.setHtml(_conflicts_html(n_conflicts) + _attention_html(data))

    def _on_anchor(self, link: str) -> None:
        if link == MISSING_LINK:
            self.missing_requested.emit()
        elif link == CONFLICTS_LINK:
            self.conflicts_requested.emit()

    @staticmethod
    def _set_chart(view, chart) -> None:
        old = view.chart()
        view.setChart(chart)
        if old is not None:
            old.deleteLater()


def _conflict_chip(n: int) -> str:
    if not n:
        return "　<span style='color:#777'>待处理冲突 0 处</span>"
    return (
        f"　<a href='{CONFLICTS_LINK}' style='color:{CONFLICT_RED}'>"
        f"<b>待处理冲突 <span style='font-size:15pt'>{n}</span> 处</b></a>"
    )


def _conflicts_html(n: int) -> str:
    """Open conflicts come first: until they are decided, the period's figures may still change."""
    if not n:
        return ""
    return (
        f"<h4 style='color:{CONFLICT_RED}'>待处理冲突（{n}）</h4>"
        f"<p>合并填报表时有 {n} 处内容的两个来源不一致，尚未覆盖，本期数字可能还会变化。"
        f"<a href='{CONFLICTS_LINK}'>逐条处理…</a></p>"
    )


def _attention_html(data: ReportData) -> str:
    parts = ["<h4>滞后任务</h4>"]
    lagging = data.lagging
    if lagging:
        parts.append("<ul>")  # the tasks' own numbers, not a second numbering of the list
        for r in lagging:
            parts.append(
                f"<li>{escape(r.task.number)}. {escape(r.task.title)}　<span style='color:#777'>"
                f"{escape(r.lead_name)}；{escape(r.why_behind)}</span></li>"
            )
        parts.append("</ul>")
    else:
        parts.append("<p>本期没有滞后任务</p>")
    if data.indicator_rows:
        parts.append("<h4>预警指标</h4>")
        if data.lagging_indicators:
            parts.append("<ul>")
            for r in data.lagging_indicators:
                rate = f"完成率 {r.rate:.0%}" if r.rate is not None else ""
                parts.append(
                    f"<li>{escape(r.indicator.name)}　<span style='background:#{r.light.fill}'>"
                    f"{r.light.label}</span> {rate}</li>"
                )
            parts.append("</ul>")
        else:
            parts.append("<p>本期没有预警指标</p>")
    parts.append(f"<h4>未报送单位（{len(data.missing_units)}）</h4>")
    parts.append(f"<p>{escape('、'.join(data.missing_units)) or '各责任单位均已报送'}</p>")
    if data.missing_units:
        parts.append(f"<p><a href='{MISSING_LINK}'>打开催报名单（复制、导出）…</a></p>")
    return "".join(parts)
