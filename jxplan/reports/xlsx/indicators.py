"""指标进度表: the plan's indicator table in its own column layout, with this period's actuals, rate and status."""

import re
from dataclasses import dataclass

from jxplan.importer.tables import column_role
from jxplan.reports.xlsx.common import names, number, number_or_text
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
    attribute: str | None = None  # the 属性 column's header when the plan's indicators have one
    attribute_first: bool = False  # 属性 stood before the value columns in the plan's table


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

    Value columns come in the order the values were stored (baseline, then targets as the document lists
    them: seed 000 2024年, 2027年; seed 001 2027年, 2025年, 2023年). `columns_hint` is the plan's stored
    source layout; its "headers" (the source header row) name the group columns and the unit column and,
    when they list the value columns, fix their order.
    """
    headers = [re.sub(r"\s+", "", h) for h in (columns_hint or {}).get("headers") or []]
    depth = max((len(i.category) for i in indicators), default=0)
    groups = tuple(headers[: headers.index("序号")] if "序号" in headers else ())[:depth]
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
    if any(label in headers for label in labels):
        labels.sort(key=lambda s: headers.index(s) if s in headers else len(headers))
    attribute = None
    if any(i.attribute for i in indicators):
        attribute = next((h for h in headers if column_role(h).role == "attribute"), "属性")
    values_at = [headers.index(label) for label in labels if label in headers]
    return Layout(
        groups=groups,
        values=tuple(labels),
        quarters=tuple(sorted(quarters)),
        milestone_year=max(years) if years else None,
        units_header=next((h for h in reversed(headers) if "责任" in h), "责任单位"),
        attribute=attribute,
        attribute_first=attribute in headers and bool(values_at) and headers.index(attribute) < min(values_at),
    )


def columns(layout: Layout, period_label: str) -> list[Column]:
    cols = [Column((g,), "center", min_width=6, max_width=14, flex=True) for g in layout.groups]
    cols.append(Column(("序号",), "center", min_width=5, max_width=6))
    cols.append(Column(("指标",), min_width=16, max_width=34, flex=True))
    values = [Column((label,), "center", min_width=7, max_width=15) for label in layout.values]
    if layout.attribute:
        at = 0 if layout.attribute_first else len(values)
        values.insert(at, Column((layout.attribute,), "center", min_width=6, max_width=8))
    cols.extend(values)
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


def indicator_cells(row, layout: Layout, data) -> list[object]:
    """The cells of one IndicatorRow, in the layout's column order."""
    ind = row.indicator
    by_label = {value_label(v): v for v in ind.values if v.kind != "milestone"}
    cells: list[object] = list(ind.category) + [None] * (len(layout.groups) - len(ind.category))
    cells.append(number(ind.number))
    cells.append(_name(ind))
    values = []
    for label in layout.values:
        v = by_label.get(label)
        values.append(number_or_text(v.raw, v.value) if v else None)
    if layout.attribute:
        values.insert(0 if layout.attribute_first else len(values), ind.attribute or None)
    cells.extend(values)
    milestones = {quarter_of(v.period): v for v in ind.milestones}
    for q in layout.quarters:
        m = milestones.get((layout.milestone_year, q))
        code = f"{layout.milestone_year}Q{q}"
        actual = row.actual if code == data.period.code else data.milestone_actuals.get((ind.id, code))
        cells.append(number_or_text(m.raw, m.value) if m else None)
        cells.append(_actual(actual))
    cells.append(_actual(row.actual))
    cells.append(row.rate)
    cells.append(Val(row.light.label, light=row.light.value) if row.light else None)
    cells.append(names(row.unit_names))
    return cells


def _actual(actual) -> object:
    if actual is None:
        return None
    return number_or_text(actual.raw, actual.value) if actual.raw else actual.value


def build(data, *, attachment: str | None, fill_line: str | None) -> Table:
    """The indicator progress table of a ReportData."""
    hint = data.plan.indicator_columns or {}
    inds = [r.indicator for r in data.indicator_rows]
    layout = plan_layout(inds, hint)
    cols = columns(layout, data.period.label)
    rows = [indicator_cells(r, layout, data) for r in data.indicator_rows]
    merges: list[tuple[int, int, int, int]] = []
    for level in range(len(layout.groups)):
        # A group cell spans the rows of its group, within the enclosing group (体系 ⊃ 任务).
        keys = [ind.category[: level + 1] if len(ind.category) > level else None for ind in inds]
        merges.extend((a, level, b, level) for a, b in runs(keys))
    if layout.quarters:
        first_q = len(layout.groups) + 2 + len(layout.values) + bool(layout.attribute)
        last_q = first_q + 2 * len(layout.quarters) - 1
        for i, ind in enumerate(inds):
            if not ind.milestones:
                rows[i][first_q] = ANNUAL_ONLY
                merges.append((i, first_q, i, last_q))
    title = hint.get("title") or f"{data.plan.title}\n主要指标进度表"
    scope = f"（{data.unit_name}）" if data.unit_name else ""
    note = data.plan.indicator_note
    return Table(
        title=f"{title}{scope}（{data.period.label}）",
        columns=cols,
        rows=rows,
        merges=merges,
        attachment=attachment,
        fill_line=fill_line,
        notes=[note] if note else [],
        freeze_cols=len(layout.groups) + 2,
    )
