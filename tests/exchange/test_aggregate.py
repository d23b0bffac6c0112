"""County values combine into the city's by the indicator's rule, each number keeping where it came from."""

from __future__ import annotations

from jxplan.core.model import IndicatorActual
from jxplan.exchange.aggregate import aggregate_counties
from jxplan.services.progress import record_actual
from jxplan.services.units import find_unit
from tests.exchange.conftest import PERIOD


def _indicator(ws, plan_id, rule):
    return ws.conn.execute(
        "SELECT id FROM indicator WHERE plan_id = ? AND aggregation = ? ORDER BY position", (plan_id, rule)
    ).fetchone()[0]


def test_sum_recompute_and_provenance(ws, plan_id):
    total_ind, ratio_ind = _indicator(ws, plan_id, "sum"), _indicator(ws, plan_id, "recompute")
    nanhu, xiuzhou = find_unit(ws, "南湖区"), find_unit(ws, "秀洲区")
    for unit, value, raw, ratio in ((nanhu, 12.0, "12", "3/100"), (xiuzhou, 8.5, "8.5", "1/100")):
        record_actual(ws, IndicatorActual(total_ind, unit, PERIOD, raw, value, source=f"{unit}.xlsx"))
        record_actual(ws, IndicatorActual(ratio_ind, unit, PERIOD, ratio, None, source="r.xlsx"))
    rows = {a.indicator_id: a for a in aggregate_counties(ws, plan_id, PERIOD)}
    assert rows[total_ind].total == 20.5
    assert {(c["unit"], c["source"]) for c in rows[total_ind].contributions} == {
        ("南湖区", f"{nanhu}.xlsx"),
        ("秀洲区", f"{xiuzhou}.xlsx"),
    }
    assert rows[ratio_ind].total == 2.0  # (3 + 1) / (100 + 100), in %
    record_actual(ws, IndicatorActual(ratio_ind, xiuzhou, PERIOD, "1.2", 1.2, source="r.xlsx"))
    ratio = {a.indicator_id: a for a in aggregate_counties(ws, plan_id, PERIOD)}[ratio_ind]
    assert ratio.total is None and "分列" in ratio.method
