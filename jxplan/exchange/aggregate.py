"""Combine the counties' reported indicator values into the city's, by each indicator's aggregation rule.

sum: counts and amounts add up. recompute: a ratio is recomputed from its parts when every county gave them
(`分子/分母`, e.g. `12.8/400`), else listed by county without a total. mean: plain average. none: listed only.
Every contribution keeps where it came from (unit, file, period).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from jxplan.exchange.normalize import PERCENT_UNITS, fold
from jxplan.services.plans import load_plan
from jxplan.services.progress import plan_actuals
from jxplan.services.workspace import Workspace

COUNTY_KINDS = ("county", "zone")
_PARTS = re.compile(r"^([+-]?\d+(?:\.\d+)?)/([+-]?\d+(?:\.\d+)?)$")
METHODS = {
    "sum": "各县（市、区）合计",
    "recompute": "由分子、分母重新计算",
    "mean": "各县（市、区）平均",
    "none": "不汇总，分列",
}


@dataclass
class Aggregate:
    indicator_id: int
    uid: str
    number: str
    name: str
    measure_unit: str
    rule: str
    total: float | None
    method: str
    note: str = ""
    contributions: list[dict] = field(default_factory=list)  # {unit, raw, value, source, period}
    missing: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return self.__dict__ | {}


def aggregate_counties(ws: Workspace, plan_id: int, period: str) -> list[Aggregate]:
    plan = load_plan(ws, plan_id)
    counties = {
        r["id"]: r["name"]
        for r in ws.conn.execute(
            f"SELECT id, name FROM unit WHERE kind IN ({','.join('?' * len(COUNTY_KINDS))}) ORDER BY position, id",
            COUNTY_KINDS,
        )
    }
    actuals = plan_actuals(ws, plan_id, period)
    out = []
    for ind in plan.indicators:
        contributions = [
            {"unit": name, "raw": a.raw, "value": a.value, "source": a.source, "period": period}
            for uid, name in counties.items()
            if (a := actuals.get((ind.id, uid))) is not None
        ]
        if not contributions:
            continue
        agg = Aggregate(
            ind.id, ind.uid, ind.number, ind.name, ind.measure_unit, ind.aggregation, None, METHODS[ind.aggregation]
        )
        agg.contributions = contributions
        reported = {c["unit"] for c in contributions}
        agg.missing = [n for n in counties.values() if n not in reported and _responsible(ind, n)]
        values = [c["value"] for c in contributions]
        if ind.aggregation == "sum" and all(v is not None for v in values):
            agg.total = round(sum(values), 6)
        elif ind.aggregation == "mean" and all(v is not None for v in values):
            agg.total = round(sum(values) / len(values), 6)
        elif ind.aggregation == "recompute":
            parts = [_PARTS.match(fold(c["raw"] or "")) for c in contributions]
            if all(parts) and sum(float(p.group(2)) for p in parts):
                ratio = sum(float(p.group(1)) for p in parts) / sum(float(p.group(2)) for p in parts)
                agg.total = round(ratio * (100 if fold(ind.measure_unit) in PERCENT_UNITS else 1), 6)
            else:
                agg.method, agg.note = (
                    METHODS["none"],
                    "比率类指标，各县（市、区）未报分子分母，不能相加，按县（市、区）分列",
                )
        if ind.aggregation in ("sum", "mean") and agg.total is None:
            agg.method, agg.note = METHODS["none"], "有县（市、区）的完成值不是数值，未合计"
        if agg.missing and agg.total is not None:
            agg.note = f"{'、'.join(agg.missing)}尚未报送，合计不完整"
        out.append(agg)
    return out


def _responsible(ind, county_name: str) -> bool:
    """Whether a county answers for the indicator: named itself or through 各县（市、区）政府."""
    return any(a.unit_name == county_name or a.unit_name.startswith("各县") for a in ind.assignments)
