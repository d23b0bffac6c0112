"""Hand edits of indicators and key works: one action each, undone by what they return, entries never lost."""

from __future__ import annotations

import pytest

from jxplan.errors import UserError
from jxplan.services import plan_items
from jxplan.services.plans import list_plans, load_plan
from jxplan.services.units import find_unit
from jxplan.services.workspace import Workspace


@pytest.fixture
def ws(demo_path):
    with Workspace.open(demo_path) as ws:
        yield ws


def _plan(ws):
    """The demo plan with indicators and key works."""
    return load_plan(ws, next(p["id"] for p in list_plans(ws) if load_plan(ws, p["id"]).indicators))


def _actions(ws) -> int:
    return ws.conn.execute("SELECT count(*) FROM action").fetchone()[0]


def test_values_as_text_round_trip_and_keep_what_the_import_read():
    from jxplan.core.model import IndicatorValue

    stored = (
        IndicatorValue("baseline", "51", 51.0, "", 2024),
        IndicatorValue("target", "3.7左右", 3.7, "左右", 2027),
        IndicatorValue("target", "8%", 8.0, "年均增长", None),  # a growth column: its qualifier is not in the text
        IndicatorValue("milestone", "11.34", 11.34, "", 2026, "2026Q1"),
    )
    texts = [plan_items.values_text(stored, k) for k in ("baseline", "target", "milestone")]
    assert texts == ["2024年：51", "2027年：3.7左右\n8%", "2026年第一季度：11.34"]
    assert plan_items.parse_values(*texts, keep=stored) == list(stored)

    edited = plan_items.parse_values("2024：51", "2027年：不低于65\n2030年：前50", "2026年二季度：25.5\n2026Q3：36")
    assert [(v.kind, v.year, v.period, v.value, v.qualifier) for v in edited] == [
        ("baseline", 2024, "", 51.0, ""),
        ("target", 2027, "", 65.0, "不低于"),
        ("target", 2030, "", 50.0, "前"),
        ("milestone", 2026, "2026Q2", 25.5, ""),
        ("milestone", 2026, "2026Q3", 36.0, ""),
    ]
    assert plan_items.parse_values("", "2027：保持基本稳定", "")[0].value is None  # words stay words
    with pytest.raises(UserError, match="阶段目标第 1 行"):
        plan_items.parse_values("", "", "年底：30")
    with pytest.raises(UserError, match="基期值只能有一个"):
        plan_items.parse_values("2023：1\n2024：2", "", "")


def test_edit_an_indicator_in_one_action_and_undo_it(ws):
    ind = _plan(ws).indicators[0]
    lead, coop = find_unit(ws, "市科技局"), find_unit(ws, "市经信局")
    values = plan_items.parse_values("2024年：51", "2027年：65以上", "2026年第三季度：40")
    count = _actions(ws)
    before = plan_items.update_item(
        ws, "indicator", ind.id,
        fields={"number": "1a", "name": "规上工业研发经费", "measure_unit": "亿元", "category": ("创新投入", "研发")},
        units=[(lead, "lead"), (coop, "coop")], values=values,
    )  # fmt: skip
    assert _actions(ws) == count + 1
    stored = next(i for i in _plan(ws).indicators if i.id == ind.id)
    assert (stored.number, stored.name, stored.category) == ("1a", "规上工业研发经费", ("创新投入", "研发"))
    assert [(a.unit_name, a.role) for a in stored.assignments] == [("市科技局", "lead"), ("市经信局", "coop")]
    assert stored.target_for(2027).value == 65.0 and stored.target_for(2027).qualifier == "以上"
    assert stored.milestone_for("2026Q3").raw == "40"

    plan_items.update_item(ws, "indicator", ind.id, **before)
    assert next(i for i in _plan(ws).indicators if i.id == ind.id) == ind


def test_add_remove_restore_and_move_key_works(ws):
    plan = _plan(ws)
    first = plan.key_works[0]
    new_id = plan_items.add_item(ws, "key_work", plan.id, name="低空经济示范区", category=first.category,
                                 content="年内开通航线2条。", after_id=first.id)  # fmt: skip
    kws = _plan(ws).key_works
    assert [k.id for k in kws[:2]] == [first.id, new_id] and kws[1].uid.startswith(plan.uid)
    plan_items.update_item(ws, "key_work", new_id, units=[(find_unit(ws, "市发展改革委"), "lead")])
    snap = plan_items.remove_item(ws, "key_work", new_id)
    assert new_id not in {k.id for k in _plan(ws).key_works}
    plan_items.restore_item(ws, snap)
    restored = _plan(ws).key_works[1]
    assert (restored.id, restored.uid, restored.lead.unit_name) == (new_id, kws[1].uid, "市发展改革委")

    assert plan_items.move_item(ws, "key_work", new_id, -1)
    assert [k.id for k in _plan(ws).key_works[:2]] == [new_id, first.id]
    assert not plan_items.move_item(ws, "key_work", new_id, -1)  # already first
    assert [k.position for k in _plan(ws).key_works] == list(range(len(kws)))


def test_add_and_remove_an_indicator(ws):
    plan = _plan(ws)
    new_id = plan_items.add_item(ws, "indicator", plan.id, name="新增国家级孵化器数", measure_unit="家")
    added = _plan(ws).indicators[-1]
    assert (added.id, added.aggregation) == (new_id, "sum")
    plan_items.remove_item(ws, "indicator", new_id)
    assert len(_plan(ws).indicators) == len(plan.indicators)


def test_items_with_entries_cannot_be_removed(ws):
    plan = _plan(ws)
    reported = ws.conn.execute("SELECT indicator_id FROM indicator_actual LIMIT 1").fetchone()[0]
    kw = ws.conn.execute("SELECT key_work_id FROM progress WHERE key_work_id IS NOT NULL LIMIT 1").fetchone()[0]
    count = _actions(ws)
    with pytest.raises(UserError, match="已有填报的完成值，不能删除"):
        plan_items.remove_item(ws, "indicator", reported)
    with pytest.raises(UserError, match="已有填报的进展，不能删除"):
        plan_items.remove_item(ws, "key_work", kw)
    assert _actions(ws) == count and _plan(ws) == plan


def test_bad_edits_are_refused_before_anything_is_stored(ws):
    ind = _plan(ws).indicators[0]
    unit = find_unit(ws, "市科技局")
    count = _actions(ws)
    with pytest.raises(UserError, match="不能为空"):
        plan_items.update_item(ws, "indicator", ind.id, fields={"name": " "})
    with pytest.raises(UserError, match="出现两次"):
        plan_items.update_item(ws, "indicator", ind.id, units=[(unit, "lead"), (unit, "coop")])
    with pytest.raises(UserError, match="已不存在"):
        plan_items.update_item(ws, "key_work", 99999, fields={"name": "某项"})
    assert _actions(ws) == count
