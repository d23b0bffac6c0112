"""QtCharts pictures: an indicator over periods against its milestones and targets; dashboard status charts."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QPieSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from jxplan.core.model import Indicator, IndicatorActual
from jxplan.core.periods import Period
from jxplan.services.dashboard import STATUS_ORDER, CountRow

# Saturated versions of the light fills (GOVDOC §5.2), readable as chart slices; 未填报 is grey.
STATUS_COLOURS = {
    "已完成": "#2E7D32",
    "序时推进": "#00B050",
    "滞后": "#FF0000",
    "未启动": "#FFC000",
    "未填报": "#A6A6A6",
}


def new_chart_view() -> QChartView:
    view = QChartView()
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(160)
    return view


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


def indicator_chart(ind: Indicator, actuals: list[IndicatorActual]) -> QChart:
    """Actual values by period as a line, quarterly milestones as a dashed line, baseline and targets as points."""
    chart = _chart(f"{ind.name}（{ind.measure_unit}）" if ind.measure_unit else ind.name)
    milestones = {v.period: v.value for v in ind.milestones if v.value is not None}
    real = {a.period: a.value for a in actuals if a.value is not None}
    periods = sorted({*milestones, *real}, key=lambda c: Period.parse(c))
    categories = []
    baseline = ind.baseline
    if baseline and baseline.value is not None:
        categories.append(f"{baseline.year or ''}基期")
    categories += [_short_label(Period.parse(c)) for c in periods]
    targets = [v for v in ind.targets if v.value is not None]
    categories += [f"{v.year}年目标" for v in targets]
    if not categories:
        chart.setTitle(chart.title() + "：暂无数值")
        return chart
    axis_x = QBarCategoryAxis()
    axis_x.append(categories)
    axis_y = QValueAxis()
    axis_y.setLabelFormat("%g")
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    offset = 1 if baseline and baseline.value is not None else 0
    values: list[float] = []

    def add(series, points: list[tuple[int, float]], name: str, colour: str) -> None:
        series.setName(name)
        for x, y in points:
            series.append(x, y)
            values.append(y)
        if isinstance(series, QScatterSeries):
            series.setColor(QColor(colour))
            series.setMarkerSize(11)
        else:
            series.setPen(QPen(QColor(colour), 2.5, Qt.PenStyle.DashLine if "节点" in name else Qt.PenStyle.SolidLine))
        chart.addSeries(series)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)

    if milestones:
        add(
            QLineSeries(),
            [(offset + i, milestones[p]) for i, p in enumerate(periods) if p in milestones],
            "季度节点",
            "#7F7F7F",
        )
    if real:
        add(QLineSeries(), [(offset + i, real[p]) for i, p in enumerate(periods) if p in real], "实际完成值", "#1F5FBF")
        add(QScatterSeries(), [(offset + i, real[p]) for i, p in enumerate(periods) if p in real], "", "#1F5FBF")
        chart.legend().markers(chart.series()[-1])[0].setVisible(False)
    if offset:
        add(QScatterSeries(), [(0, baseline.value)], "基期值", "#7F7F7F")
    if targets:
        start = offset + len(periods)
        add(QScatterSeries(), [(start + i, v.value) for i, v in enumerate(targets)], "目标值", "#C00000")
    low, high = min(values), max(values)
    pad = (high - low) * 0.15 or abs(high) * 0.1 or 1
    axis_y.setRange(max(0.0, low - pad) if low >= 0 else low - pad, high + pad)
    axis_y.applyNiceNumbers()  # round ticks (0, 20, 40 …) instead of 19.8555
    return chart


def _short_label(p: Period) -> str:
    """2026年三季度: the axis has room for about eight characters per period."""
    return p.label.replace("第", "") if p.kind == "Q" else p.label


def status_pie(counts: dict[str, int], title: str) -> QChart:
    chart = _chart(title)
    series = QPieSeries()
    for label in STATUS_ORDER:
        n = counts.get(label, 0)
        if n:
            pie_slice = series.append(f"{label} {n}", n)
            pie_slice.setColor(QColor(STATUS_COLOURS[label]))
            pie_slice.setLabelVisible(True)
    series.setPieSize(0.62)
    chart.addSeries(series)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    return chart


def section_bars(rows: list[CountRow], title: str) -> QChart:
    """One horizontal bar per section, stacked by status, so lagging sections stand out in red."""
    chart = _chart(title)
    series = QHorizontalStackedBarSeries()
    names = [r.name if len(r.name) <= 14 else r.name[:13] + "…" for r in reversed(rows)]
    for label in STATUS_ORDER:
        bar = QBarSet(label)
        bar.setColor(QColor(STATUS_COLOURS[label]))
        bar.append([float(r.counts[label]) for r in reversed(rows)])
        series.append(bar)
    series.setLabelsVisible(True)
    chart.addSeries(series)
    axis_y = QBarCategoryAxis()
    axis_y.append(names)
    axis_x = QValueAxis()
    axis_x.setLabelFormat("%d")
    axis_x.setTickType(QValueAxis.TickType.TicksDynamic)
    axis_x.setTickInterval(1 if max((r.total for r in rows), default=0) <= 10 else 5)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_y)
    series.attachAxis(axis_x)
    return chart
