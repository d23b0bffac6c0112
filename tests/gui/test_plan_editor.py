"""Editing a plan by hand from the dialog: stored at once, undone from the main window's undo stack."""

from __future__ import annotations

from jxplan.services.plans import load_plan
from jxplan.services.units import find_unit
from jxplan.ui.plan_editor_dialog import PlanEditorDialog


def test_edit_text_and_units_then_undo(window, ws, qtbot):
    dialog = PlanEditorDialog(window, window.plan.id)
    qtbot.addWidget(dialog)
    dialog.ui.task_list.setCurrentRow(2)
    task = dialog.current_task()
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

    window.undo_action.trigger()  # units
    window.undo_action.trigger()  # text
    stored = next(t for t in load_plan(ws, window.plan.id).tasks if t.id == task.id)
    assert (stored.title, stored.lead.unit_id) == (task.title, task.lead.unit_id)


def test_add_move_and_remove_a_task(window, ws, qtbot):
    dialog = PlanEditorDialog(window, window.plan.id)
    qtbot.addWidget(dialog)
    count = len(load_plan(ws, window.plan.id).tasks)
    dialog.ui.task_list.setCurrentRow(0)
    dialog.add_task()
    new = dialog.current_task()
    assert new.title == "新任务" and len(load_plan(ws, window.plan.id).tasks) == count + 1
    dialog.move(-1)
    assert load_plan(ws, window.plan.id).tasks[0].id == new.id
    dialog.remove_task()
    assert len(load_plan(ws, window.plan.id).tasks) == count
    window.undo_action.trigger()
    assert load_plan(ws, window.plan.id).tasks[0].id == new.id
