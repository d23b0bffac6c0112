"""Indicator rows: baseline, targets by year, quarterly milestones, units, self-set marks, and their checks.

Year columns: with exactly two, the earlier is the baseline (基期) and the later the target; otherwise every
year column is a target unless a 现值/基期 column says which is the baseline. Quarter columns are milestones
within the year whose target equals the fourth quarter; `年度指标` across them means no milestones.
"""

from __future__ import annotations

import itertools
import re

from jxplan.core.values import parse_value
from jxplan.importer.responsibility import Listed, parse_responsibility
from jxplan.importer.tables import Layout
from jxplan.importer.unitmatch import UnitMatcher

_SELF_SET = "*＊"
_MEASURE_IN_NAME = re.compile(r"[(（]([%％‰个家项件人名次元亿万吨亩公里平方米千瓦时年天户所座台套篇批/·.]{1,8})[)）]")
# Indicators where a smaller number is the aim: a target below the baseline is then expected.
_LOWER_IS_BETTER = re.compile(
    r"能耗|排放|失业率|倍差|下降|发生率|死亡率|事故|以内|PM2\.5|空置|不良率|差距|位次|排名|名次"
)


def _value(raw: str, year: int | None, period: str | None = None) -> dict:
    parsed = parse_value(raw)
    return {"year": year, "period": period, **parsed.as_dict()}


def _measure_unit(name: str, explicit: str) -> str | None:
    if explicit:
        return explicit
    found = _MEASURE_IN_NAME.findall(name)
    return found[0].replace("％", "%") if found else None


def _milestone_year(layout: Layout) -> int | None:
    """The year the quarter columns belong to: the target year whose value the fourth quarter repeats."""
    q4 = next((c for c in layout.cols("quarter") if c.quarter == 4), None)
    years = [c for c in layout.cols("year") if c.year]
    if not layout.cols("quarter") or not years:
        return None
    votes: dict[int, int] = {}
    for row in layout.rows:
        if q4 is None:
            break
        for col in years:
            a, b = parse_value(row[q4.index]).value, parse_value(row[col.index]).value
            if a is not None and a == b:
                votes[col.year] = votes.get(col.year, 0) + 1
    if votes:
        return max(votes, key=votes.get)
    return min(c.year for c in years)


def read_indicators(layout: Layout, *, label: str, note: str | None, plan_end: int | None, matcher: UnitMatcher):
    """Indicator dicts (INDICATOR in docs/parse-schema.md) and the warnings about them."""
    indicators, warnings = [], []
    year_cols = sorted(layout.cols("year"), key=lambda c: c.year or plan_end or 0)
    baseline_cols = layout.cols("baseline")
    # Two years and no quarters: the earlier is the baseline (a progress table with quarters has only targets).
    if not baseline_cols and len(year_cols) == 2 and all(c.year for c in year_cols) and not layout.cols("quarter"):
        baseline_cols, year_cols = year_cols[:1], year_cols[1:]
    milestone_year = _milestone_year(layout)
    quarter_cols = sorted(layout.cols("quarter"), key=lambda c: c.quarter or 0)
    for position, row in enumerate(layout.rows, start=1):
        where = f"{label} 第{position}行"
        number = layout.cell(row, "number") or str(position)
        name = layout.cell(row, "name") or layout.cell(row, "task")
        self_set = name[:1] in _SELF_SET or name[-1:] in _SELF_SET
        name = name.strip(_SELF_SET).strip()
        baseline = _value(row[baseline_cols[0].index], baseline_cols[0].year) if baseline_cols else None
        targets = [_value(row[c.index], c.year or plan_end) for c in year_cols]
        milestones = []
        if milestone_year and any(re.search(r"\d", row[c.index]) for c in quarter_cols):
            milestones = [_value(row[c.index], milestone_year, f"{milestone_year}Q{c.quarter}") for c in quarter_cols]
        indicator = {
            "number": number,
            "name": name,
            "measure_unit": _measure_unit(name, layout.cell(row, "measure")),
            "category": layout.groups[position - 1],
            "self_set": self_set,
            "baseline": baseline,
            "targets": targets,
            "milestones": milestones,
            "units": matcher.units(_row_units(layout, row), where),
            "raw_row": layout.raw_rows[position - 1],
            "note": note if self_set and note else (layout.cell(row, "note") or None),
            "attribute": re.sub(r"\s+", "", layout.cell(row, "attribute")),
            "line": layout.row_lines[position - 1],
        }
        growth = layout.cell(row, "growth")
        if growth:
            indicator["growth"] = growth
        indicators.append(indicator)
        warnings += check_indicator(indicator, where)
    return indicators, warnings


def _row_units(layout: Layout, row: list[str]) -> list[Listed]:
    listed = []
    for col in layout.columns:
        if col.role in ("units", "lead_units", "coop_units") and row[col.index]:
            units = parse_responsibility(row[col.index]).units
            if col.role != "units":
                role = "lead" if col.role == "lead_units" else "coop"
                units = [Listed(u.raw, role) for u in units]
            listed += units
    return listed


def check_indicator(indicator: dict, where: str) -> list[dict]:
    """Targets that change direction (90 → 10 → 110), targets below the baseline, Q4 ≠ the year's target."""
    out = []
    series = [v for v in [indicator["baseline"], *indicator["targets"]] if v and v["value"] is not None]
    series.sort(key=lambda v: v["year"] or 0)
    steps = [b["value"] - a["value"] for a, b in itertools.pairwise(series)]
    shown = " → ".join(f"{v['year']}年 {v['raw']}" if v["year"] else f"现值 {v['raw']}" for v in series)
    if any(s > 0 for s in steps) and any(s < 0 for s in steps):
        out.append(
            {"where": where, "message": f"指标“{indicator['name']}”的目标值升降方向不一致（{shown}），请核对原文。"}
        )
    base = indicator["baseline"]
    if base and base["value"] is not None and not _LOWER_IS_BETTER.search(indicator["name"]):
        below = [
            t
            for t in indicator["targets"]
            if t["value"] is not None and t["value"] < base["value"] and t["qualifier"] != "前"
        ]
        if below:
            out.append(
                {
                    "where": where,
                    "message": f"指标“{indicator['name']}”的目标值 {below[0]['raw']} 低于基期值 {base['raw']}，请核对。",
                }
            )
    q4 = next((m for m in indicator["milestones"] if m["period"] and m["period"].endswith("Q4")), None)
    if q4 and q4["value"] is not None:
        year_target = next((t for t in indicator["targets"] if t["year"] == q4["year"]), None)
        if year_target and year_target["value"] is not None and year_target["value"] != q4["value"]:
            out.append(
                {
                    "where": where,
                    "message": f"指标“{indicator['name']}”四季度节点 {q4['raw']} 与 {q4['year']} 年目标 {year_target['raw']} 不一致。",
                }
            )
    return out
