"""Storing parsed plans (re-import updates, never duplicates), a unit's slice, and report data counts."""

import copy

import pytest

from jxplan.core.model import TaskProgress
from jxplan.core.status import Status
from jxplan.errors import UserError
from jxplan.services.demo import _plan_dict
from jxplan.services.demo_content import PLAN_A, PLAN_B
from jxplan.services.plan_store import save_parsed_plan
from jxplan.services.plans import list_plans, load_plan
from jxplan.services.progress import plan_progress, record_progress
from jxplan.services.report_data import collect
from jxplan.services.slice import unit_slice
from jxplan.services.units import find_unit


def _units_by_task(plan):
    return [[(a.unit_name, a.role) for a in t.assignments] for t in plan.tasks]


def test_stored_plan_reads_back_whole(ws):
    result = save_parsed_plan(ws, _plan_dict(PLAN_B))
    plan = load_plan(ws, result.plan_id)
    assert (len(plan.tasks), len(plan.indicators), len(plan.key_works)) == (8, 12, 8)
    assert plan.doc_number == "嘉政发〔2024〕9号" and [s.label for s in plan.sections] == ["一", "二", "三"]
    assert _units_by_task(plan)[0] == [("市科技局", "lead"), ("市经信局", "coop")]
    first = plan.indicators[0]
    assert (first.baseline.raw, first.targets[0].raw, first.measure_unit) == ("51", "60", "亿元")
    assert first.milestone_for("2026Q2").value == 25.5
    assert plan.indicators[2].targets[0].raw == "3.7左右" and plan.indicators[2].targets[0].qualifier == "左右"
    assert plan.tasks[0].section_id == plan.sections[0].id and plan.tasks[-1].section_id == plan.sections[2].id
    uids = [t.uid for t in plan.tasks] + [i.uid for i in plan.indicators] + [k.uid for k in plan.key_works]
    assert len(set(uids)) == len(uids) and all(u.startswith(plan.uid) for u in uids)


def test_reimport_of_a_corrected_document_updates_and_keeps_progress(ws):
    first = save_parsed_plan(ws, _plan_dict(PLAN_A))
    plan = load_plan(ws, first.plan_id)
    task = plan.tasks[2]
    record_progress(ws, TaskProgress(task.lead.unit_id, "2026Q3", Status.ON_TRACK, 60, "已推进", task_id=task.id))

    corrected = _plan_dict(PLAN_A)
    corrected["tasks"][2]["text"] += "（修订）"
    corrected["tasks"][4]["units"].reverse()  # roles corrected
    for u, role in zip(corrected["tasks"][4]["units"], ("lead", "coop"), strict=True):
        u["role"] = role
    corrected["tasks"].append(copy.deepcopy(corrected["tasks"][0]) | {"number": "16", "title": "新增的任务"})
    del corrected["tasks"][9]  # dropped from the new version, no progress recorded for it on a fresh plan?
    second = save_parsed_plan(ws, corrected)

    assert second.plan_id == first.plan_id and not second.created
    assert len(list_plans(ws)) == 1
    again = load_plan(ws, first.plan_id)
    assert len(again.tasks) == 15
    kept = next(t for t in again.tasks if t.title == task.title)
    assert kept.uid == task.uid and kept.text.endswith("（修订）")
    assert plan_progress(ws, first.plan_id, "2026Q3")[("task", kept.id, task.lead.unit_id)].percent == 60
    assert _units_by_task(again)[4][0] == ("市发展改革委", "lead")
    assert second.added["tasks"] == 1 and second.removed["tasks"] == 1 and second.updated["tasks"] >= 2
    assert again.tasks[-1].uid not in {t.uid for t in plan.tasks}  # a new uid, never a reused one


def test_item_with_progress_is_kept_when_it_disappears_from_the_document(ws):
    first = save_parsed_plan(ws, _plan_dict(PLAN_A))
    task = load_plan(ws, first.plan_id).tasks[9]
    record_progress(ws, TaskProgress(task.lead.unit_id, "2026Q3", Status.BEHIND, 10, "滞后", task_id=task.id))
    shorter = _plan_dict(PLAN_A)
    del shorter["tasks"][9]
    result = save_parsed_plan(ws, shorter)
    assert result.kept_with_progress == [f"{task.number} {task.title}"]
    assert any(t.id == task.id for t in load_plan(ws, first.plan_id).tasks)


def test_a_document_without_tasks_is_not_stored(ws):
    with pytest.raises(UserError, match="没有找到重点任务"):
        save_parsed_plan(ws, {"title": "新闻", "kind": "not_a_plan", "tasks": [], "indicators": []})
    assert list_plans(ws) == []


def test_unknown_units_are_kept_and_flagged(ws):
    doc = _plan_dict(PLAN_A)
    doc["tasks"][0]["units"].append({"raw": "市未来产业办", "name": "市未来产业办", "role": "coop"})
    result = save_parsed_plan(ws, doc)
    assert result.unknown_units == ["市未来产业办"]
    assert ws.conn.execute("SELECT known FROM unit WHERE name = '市未来产业办'").fetchone()[0] == 0


def test_unit_slice_narrows_to_led_and_supported_items(demo_ws):
    plan = load_plan(demo_ws, 1)
    kjj = find_unit(demo_ws, "市科技局")
    both = unit_slice(demo_ws, plan, kjj)
    expected_lead = sum(1 for t in plan.tasks if t.lead.unit_id == kjj)
    expected_all = sum(1 for t in plan.tasks if any(a.unit_id == kjj for a in t.assignments))
    assert len(unit_slice(demo_ws, plan, kjj, "lead").tasks) == expected_lead == 6
    assert len(both.tasks) == expected_all == 9
    # A county is in the slice through the group term 各县（市、区）政府.
    jiashan = find_unit(demo_ws, "嘉善县")
    assert [
        plan.tasks[i].title
        for i in range(len(plan.tasks))
        if plan.tasks[i].id in unit_slice(demo_ws, plan, jiashan).tasks
    ] == ["打造区域特色“超级场景”"]
    assert len(unit_slice(demo_ws, plan, None).tasks) == len(plan.tasks)


def test_report_data_counts_equal_the_workspace(demo_ws):
    data = collect(demo_ws, 1, "2026Q3")
    assert sum(data.counts.values()) == len(data.plan.tasks)
    # The status shown for a task is the lead unit's entry, else the first co-operating unit's that reported.
    expected = {}
    for task in data.plan.tasks:
        row = demo_ws.conn.execute(
            "SELECT p.status FROM assignment a JOIN progress p ON p.task_id = a.task_id AND p.unit_id = a.unit_id "
            "AND p.period = '2026Q3' WHERE a.task_id = ? ORDER BY a.position LIMIT 1",
            (task.id,),
        ).fetchone()
        expected[task.id] = row["status"] if row else None
    assert {r.task.id: r.state.status.value if r.state.status else None for r in data.task_rows} == expected
    assert data.counts["滞后"] == sum(1 for s in expected.values() if s == "behind") == 3
    assert "市国资委" in data.missing_units and "嘉善县" in data.missing_units
    unit = collect(demo_ws, 1, "2026Q3", find_unit(demo_ws, "市经信局"))
    assert all(len(r.entries) == 1 for r in unit.task_rows)


def test_a_tasks_problems_say_each_units_text_once(demo_ws):
    data = collect(demo_ws, 1, "2026Q3")
    for row in data.task_rows:
        said = [e.entry.problems.strip().rstrip("。") for e in row.entries if e.entry and e.entry.problems.strip()]
        parts = row.problems.split("；") if row.problems else []
        assert len(parts) == len(set(parts)) and set(parts) >= {s for s in said if "；" not in s}
        assert "。；" not in row.problems
    assert any(
        len(set(e.entry.problems for e in r.entries if e.entry and e.entry.problems))
        < sum(1 for e in r.entries if e.entry and e.entry.problems)
        for r in data.task_rows
    )  # the demo repeats one


def test_reimporting_the_same_document_changes_nothing(ws):
    first = save_parsed_plan(ws, _plan_dict(PLAN_B))
    before = load_plan(ws, first.plan_id)
    history = ws.conn.execute("SELECT count(*) FROM history").fetchone()[0]
    again = save_parsed_plan(ws, _plan_dict(PLAN_B))
    assert ws.conn.execute("SELECT count(*) FROM history").fetchone()[0] == history  # no churn in the history
    assert again.updated == again.added == again.removed == {"tasks": 0, "indicators": 0, "key_works": 0}
    assert load_plan(ws, first.plan_id) == before
