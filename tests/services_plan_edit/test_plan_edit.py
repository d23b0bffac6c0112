"""Hand edits of a plan: each is one action, returns what undoes it, and never loses recorded progress."""

from __future__ import annotations

import pytest

from jxplan.errors import UserError
from jxplan.services import plan_edit
from jxplan.services.demo import build_demo
from jxplan.services.plans import load_plan
from jxplan.services.units import find_unit
from jxplan.services.workspace import Workspace


@pytest.fixture
def ws(tmp_path):
    with Workspace.open(build_demo(tmp_path / "demo.jxplan")) as ws:
        yield ws


def _plan(ws):
    return load_plan(ws, 1)


def test_add_then_remove_then_restore_keeps_uid_and_order(ws):
    first = _plan(ws).tasks[0]
    new_id = plan_edit.add_task(ws, 1, title="开展低空经济试点", number="1-1", after_task_id=first.id)
    tasks = _plan(ws).tasks
    assert [t.title for t in tasks[:2]] == [first.title, "开展低空经济试点"]
    uid = tasks[1].uid
    plan_edit.set_task_units(ws, new_id, [(find_unit(ws, "市发展改革委"), "lead"), (find_unit(ws, "市科技局"), "coop")])
    snap = plan_edit.remove_task(ws, new_id)
    assert all(t.id != new_id for t in _plan(ws).tasks)
    plan_edit.restore_task(ws, snap)
    restored = _plan(ws).tasks[1]
    assert (restored.id, restored.uid, restored.lead.unit_name) == (new_id, uid, "市发展改革委")
    assert [t.position for t in _plan(ws).tasks] == list(range(len(_plan(ws).tasks)))


def test_task_with_progress_cannot_be_removed(ws):
    task = _plan(ws).tasks[0]
    with pytest.raises(UserError, match="已有填报的进展"):
        plan_edit.remove_task(ws, task.id)
    assert _plan(ws).tasks[0].id == task.id


def test_update_and_units_return_previous_values(ws):
    task = _plan(ws).tasks[2]
    old = plan_edit.update_task(ws, task.id, {"title": "推进跨区域协同攻关", "deadline_text": "2026年底前"})
    assert old == {"title": task.title, "deadline_text": task.deadline_text}
    assert _plan(ws).tasks[2].title == "推进跨区域协同攻关"
    before = plan_edit.set_task_units(ws, task.id, [(find_unit(ws, "市经信局"), "lead")])
    assert before == [(a.unit_id, a.role) for a in task.assignments]
    with pytest.raises(UserError):
        plan_edit.set_task_units(ws, task.id, [(1, "lead"), (1, "coop")])


def test_move_swaps_neighbours_and_stops_at_the_ends(ws):
    tasks = _plan(ws).tasks
    assert not plan_edit.move_task(ws, tasks[0].id, -1)
    assert plan_edit.move_task(ws, tasks[0].id, +1)
    assert [t.id for t in _plan(ws).tasks[:2]] == [tasks[1].id, tasks[0].id]
