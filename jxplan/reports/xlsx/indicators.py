"""指标进度表: the plan's indicator table in its own column layout, with this period's actuals, rate and status."""

from dataclasses import dataclass

from jxplan.reports.xlsx.common import names, number_or_text
from jxplan.reports.xlsx.table import Column, Table, Val, runs

QUARTERS = {1: "一季度", 2: "二季度", 3: "三季度", 4: "四季度"}
ANNUAL_ONLY = "年度指标"  # what the documents write across the quarter cells of an indicator without milestones


@dataclass(frozen=True)
class Layout:
    """The plan's own columns: group headers (体系, 任务 …), value columns in the plan's order, milestone quarters."""

    groups: tuple[str, ...]
    values: tuple[str, ...]
    quarters: tuple[int, ...]
    milestone_year: int | None
    units_header: str


def value_label(v) -> str | None:
    """Column header of a baseline/target value: 2024年, or the document's own word (年均增长)."""
    if v.kind == "milestone":
        return None
    if v.year:
        return f"{v.year}年"
    return v.period or v.qualifier or ("基期值" if v.kind == "baseline" else "目标值")


def quarter_of(code: str) -> tuple[int, int] | None:
    """(year, quarter) of a milestone period code like 2023Q2."""
    if len(code) == 6 and code[4] in "Qq" and code[:4].isdigit() and code[5] in "1234":
        return int(code[:4]), int(code[5])
    return None


def plan_layout(indicators, columns_hint: dict | None = None) -> Layout:
    """The column layout the plan's indicator table had, read back from its indicators' values.

    `columns_hint` is the plan's stored source layout; when it lists header texts their order wins, since
    plans order year columns either way (seed 000: 2024年, 2027年; seed 001: 2027年, 2025年, 2023年).
    """
    hint = columns_hint or {}
    depth = max((len(i.category) for i in indicators), default=0)
    groups = tuple(hint.get("groups") or ())[:depth]
    groups += ("类别",) * (depth - len(groups))
    labels: list[str] = []
    quarters: set[int] = set()
    years: set[int] = set()
    for ind in indicators:
        for v in ind.values:
            label = value_label(v)
            if label and label not in labels:
                labels.append(label)
            q = quarter_of(v.period) if v.kind == "milestone" else None
            if q:
                years.add(q[0])
                quarters.add(q[1])
    order = list(hint.get("columns") or ())
    if order:
        labels.sort(key=lambda s: order.index(s) if s in order else len(order))
    return Layout(
        groups=groups,
        values=tuple(labels),
        quarters=tuple(sorted(quarters)),
        milestone_year=max(years) if years else None,
        units_header=hint.get("units") or "责任单位",
    )


def columns(layout: Layout, period_label: str) -> list[Column]:
    cols = [Column((g,), "center", min_width=6, max_width=14, flex=True) for g in layout.groups]
    cols.append(Column(("序号",), "center", min_width=5, max_width=6))
    cols.append(Column(("指标",), min_width=16, max_width=34, flex=True))
    cols.extend(Column((label,), "center", min_width=7, max_width=12) for label in layout.values)
    for q in layout.quarters:
        cols.append(Column((QUARTERS[q], "节点"), "center", min_width=6, max_width=10))
        cols.append(Column((QUARTERS[q], "实际"), "center", min_width=6, max_width=10))
    done = f"{period_label}完成情况"
    cols.append(Column((done, "本期实际"), "center", min_width=8, max_width=12))
    cols.append(Column((done, "完成率"), "center", number_format="0.0%", min_width=7, max_width=9))
    cols.append(Column((done, "状态"), "center", min_width=7, max_width=9))
    cols.append(Column((layout.units_header,), min_width=10, max_width=18, flex=True))
    return cols


def _name(ind) -> str:
    name = ind.name
    if ind.measure_unit and ind.measure_unit not in name:
        name = f"{name}（{ind.measure_unit}）"
    if ind.self_set and not name.startswith("*"):
        name = "*" + name
    return name


def indicator_cells(row, layout: Layout) -> list[object]:
    """The cells of one indicator row of the report data, in the layout's column order."""
    ind = row.indicator
    by_label = {value_label(v): v for v in ind.values if v.kind != "milestone"}
    cells: list[object] = list(ind.category) + [None] * (len(layout.groups) - len(ind.category))
    cells.append(int(ind.number) if ind.number.isdigit() else ind.number)
    cells.append(_name(ind))
    for label in layout.values:
        v = by_label.get(label)
        cells.append(number_or_text(v.raw, v.value) if v else None)
    for q in layout.quarters:
        m = next(
            (v for v in ind.values if v.kind == "milestone" and quarter_of(v.period) == (layout.milestone_year, q)),
            None,
        )
        actual = row.quarter_actuals.get(f"{layout.milestone_year}Q{q}")
        cells.append(number_or_text(m.raw, m.value) if m else None)
        cells.append(number_or_text(actual.raw, actual.value) if actual else None)
    actual = row.actual
    cells.append(number_or_text(actual.raw, actual.value) if actual else None)
    cells.append(row.rate)
    light = row.light
    cells.append(Val(light.label, light=light.value) if light else (row.status_text or None))
    cells.append(names(a.unit_name for a in ind.assignments))
    return cells


def build(data, *, attachment: str | None, fill_line: str | None) -> Table:
    """The indicator progress table of `data` (a ReportData)."""
    inds = [r.indicator for r in data.indicators]
    layout = plan_layout(inds, data.indicator_columns)
    cols = columns(layout, data.period.label)
    rows = [indicator_cells(r, layout) for r in data.indicators]
    merges: list[tuple[int, int, int, int]] = []
    for level in range(len(layout.groups)):
        # A group cell spans the rows of its group, within the enclosing group (体系 ⊃ 任务).
        keys = [ind.category[: level + 1] if len(ind.category) > level else None for ind in inds]
        merges.extend((a, level, b, level) for a, b in runs(keys))
    if layout.quarters:
        first_q = len(layout.groups) + 2 + len(layout.values)
        last_q = first_q + 2 * len(layout.quarters) - 1
        for i, ind in enumerate(inds):
            if not ind.milestones:
                rows[i][first_q] = ANNUAL_ONLY
                merges.append((i, first_q, i, last_q))
    title = data.indicator_title or f"{data.plan_title}主要指标进度表"
    scope = f"（{data.unit_name}）" if data.unit_name else ""
    return Table(
        title=f"{title}{scope}\n（{data.period.label}）",
        columns=cols,
        rows=rows,
        merges=merges,
        attachment=attachment,
        fill_line=fill_line,
        notes=[data.indicator_note] if data.indicator_note else [],
        freeze_cols=len(layout.groups) + 2,
    )
