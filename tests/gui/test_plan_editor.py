"""Editing a plan by hand from the dialog: stored at once, undone from the main window's undo stack."""

from __future__ import annotations

from jxplan.services.plans import load_plan
from jxplan.services.units import find_unit
from jxplan.ui.plan_editor_dialog import PlanEditorDialog


def test_edit_text_and_units_then_undo(window, ws, qtbot):
    dialog = PlanEditorDialog(window, window.plan.id)
    qtbot.addWidget(dialog)
    dialog.ui.item_list.setCurrentRow(2)
    task = dialog.current_item()
    dialog.ui.title_edit.setText("推进长三角跨区域协同攻关")
    dialog.ui.unit_combo.setCurrentIndex(dialog.ui.unit_combo.findText("市经信局"))
    dialog.ui.add_lead_button.click()
    dialog.apply()
    stored = next(t for t in load_plan(ws, window.plan.id).tasks if t.id == task.id)
    assert stored.title == "推进长三角跨区域协同攻关"
    assert stored.lead.unit_id == find_unit(ws, "市经信局")
    assert task.lead.unit_id in {a.unit_id for a in stored.coops}  # the former lead now co-operates
    # The main window shows the new title at once.
    assert any(r.title == "推进长三角跨区域协同攻关" for r in window.tasks_page.model.rows())

    assert window.undo_stack.count() == 1  # title and units: one edit, one action in the history
    assert ws.conn.execute("SELECT COUNT(*) FROM action WHERE kind = 'plan_edit'").fetchone()[0] == 1

    window.undo_action.trigger()
    stored = next(t for t in load_plan(ws, window.plan.id).tasks if t.id == task.id)
    assert (stored.title, stored.lead.unit_id) == (task.title, task.lead.unit_id)
    window.redo_action.trigger()
    stored = next(t for t in load_plan(ws, window.plan.id).tasks if t.id == task.id)
    assert (stored.title, stored.lead.unit_id) == ("推进长三角跨区域协同攻关", find_unit(ws, "市经信局"))


def test_add_move_and_remove_a_task(window, ws, qtbot):
    dialog = PlanEditorDialog(window, window.plan.id)
    qtbot.addWidget(dialog)
    count = len(load_plan(ws, window.plan.id).tasks)
    dialog.ui.item_list.setCurrentRow(0)
    dialog.add_item()
    new = dialog.current_item()
    assert new.title == "新任务" and len(load_plan(ws, window.plan.id).tasks) == count + 1
    dialog.move(-1)
    assert load_plan(ws, window.plan.id).tasks[0].id == new.id
    dialog.remove_item()
    assert len(load_plan(ws, window.plan.id).tasks) == count
    window.undo_action.trigger()
    assert load_plan(ws, window.plan.id).tasks[0].id == new.id


def _plan_with_indicators(window, ws):
    from jxplan.services.plans import list_plans

    plan_id = next(p["id"] for p in list_plans(ws) if load_plan(ws, p["id"]).indicators)
    window.select_plan(plan_id)
    return plan_id


def test_edit_an_indicator_values_and_units_then_undo_in_one_step(window, ws, qtbot):
    plan_id = _plan_with_indicators(window, ws)
    dialog = PlanEditorDialog(window, plan_id, kind="indicator")
    qtbot.addWidget(dialog)
    dialog.ui.item_list.setCurrentRow(0)
    before = dialog.current_item()
    assert dialog.ui.baseline_edit.text().startswith(f"{before.baseline.year}年：")
    dialog.ui.indicator_name_edit.setText("规上工业研发经费支出")
    dialog.ui.attribute_combo.setCurrentText("约束性")
    dialog.ui.targets_edit.setPlainText("2027年：65以上")
    dialog.ui.milestones_edit.setPlainText("2026年第三季度：40\n2026年第四季度：55")
    dialog.ui.unit_combo.setCurrentIndex(dialog.ui.unit_combo.findText("市统计局"))
    dialog.ui.add_coop_button.click()
    dialog.apply()
    stored = next(i for i in load_plan(ws, plan_id).indicators if i.id == before.id)
    assert stored.name == "规上工业研发经费支出" and stored.attribute == "约束性"
    assert (stored.target_for(2027).value, stored.target_for(2027).qualifier) == (65.0, "以上")
    assert stored.milestone_for("2026Q4").value == 55.0 and stored.milestone_for("2026Q1") is None
    assert ("市统计局", "coop") in {(a.unit_name, a.role) for a in stored.assignments}
    assert window.undo_stack.count() == 1  # fields, values and units: one edit
    # The indicator tab shows the new name at once.
    window.ui.tabs.setCurrentWidget(window.indicators_page)
    assert any(r.data.indicator.name == "规上工业研发经费支出" for r in window.indicators_page.model.rows())

    window.undo_action.trigger()
    assert next(i for i in load_plan(ws, plan_id).indicators if i.id == before.id) == before
    assert dialog.ui.indicator_name_edit.text() == before.name  # the dialog follows the undo
    assert dialog.ui.attribute_combo.currentText() == before.attribute == ""

    dialog.ui.milestones_edit.setPlainText("年底：30")  # no period: refused, nothing stored, the text stays
    dialog.apply()
    assert "阶段目标第 1 行" in dialog.ui.message_label.text() and window.undo_stack.count() == 1


def test_add_move_and_remove_a_key_work_and_refuse_one_with_progress(window, ws, qtbot, monkeypatch):
    from jxplan.ui import crash

    plan_id = _plan_with_indicators(window, ws)
    dialog = PlanEditorDialog(window, plan_id)
    qtbot.addWidget(dialog)
    dialog.set_kind("key_work")
    count = len(load_plan(ws, plan_id).key_works)
    dialog.ui.item_list.setCurrentRow(0)
    first = dialog.current_item()
    dialog.add_item()
    new = dialog.current_item()
    assert new.name == "新重点工作" and new.category == first.category
    dialog.ui.key_work_name_edit.setText("低空经济示范区建设")
    dialog.ui.content_edit.setPlainText("年内开通低空航线2条。")
    dialog.apply()
    dialog.move(-1)
    kws = load_plan(ws, plan_id).key_works
    assert (kws[0].id, kws[0].name, len(kws)) == (new.id, "低空经济示范区建设", count + 1)
    dialog.remove_item()
    assert len(load_plan(ws, plan_id).key_works) == count
    window.undo_action.trigger()
    assert load_plan(ws, plan_id).key_works[0].name == "低空经济示范区建设"

    shown = []
    monkeypatch.setattr(crash, "show_error", lambda _parent, exc: shown.append(str(exc)))
    reported = ws.conn.execute("SELECT key_work_id FROM progress WHERE key_work_id IS NOT NULL LIMIT 1").fetchone()[0]
    dialog.ui.item_list.setCurrentRow([k.id for k in dialog.items()].index(reported))
    dialog.remove_item()
    assert shown and "已有填报的进展，不能删除" in shown[0]
    assert reported in {k.id for k in load_plan(ws, plan_id).key_works}
