"""Recording progress from the form: one action in the workspace, undone and redone through the undo stack."""

from __future__ import annotations

from jxplan.core.status import Status
from jxplan.services.progress import get_progress
from tests.gui.conftest import type_text


def _select_task(window, number: str):
    page = window.tasks_page
    row = next(r for r in page.model.rows() if r.item.number == number)
    assert page.select_item(row.id)
    return page, row


def _stored(ws, page, row):
    unit = page.ui.entry_unit_combo.currentData()
    return get_progress(ws, unit, "2026Q3", task_id=row.id)


def test_entry_is_stored_undone_and_redone(window, ws):
    page, row = _select_task(window, "2")
    before = _stored(ws, page, row)
    assert before is not None  # the demo has an entry; editing replaces it
    actions = ws.last_action_id()

    page.ui.status_combo.setCurrentIndex(page.ui.status_combo.findData(Status.BEHIND))
    page.ui.percent_spin.setValue(40)
    page.ui.progress_edit.setPlainText("")
    page.ui.progress_edit.setFocus()
    type_text(page.ui.progress_edit, "完成中试平台选址")
    page.ui.problems_edit.setPlainText("用地指标未落实")
    assert page.form.is_dirty()
    page.ui.save_button.click()

    stored = _stored(ws, page, row)
    assert (stored.status, stored.percent, stored.progress, stored.problems) == (
        Status.BEHIND,
        40.0,
        "完成中试平台选址",
        "用地指标未落实",
    )
    assert ws.last_action_id() == actions + 1  # the whole form is one action
    assert not page.form.is_dirty()
    assert window.tasks_page.model.row_at(window.tasks_page.model.row_of(("task", row.id))).state.label == "滞后"

    window.undo_action.trigger()
    restored = _stored(ws, page, row)
    assert (restored.status, restored.percent, restored.progress) == (before.status, before.percent, before.progress)
    assert page.ui.progress_edit.toPlainText() == before.progress  # the form follows the undo

    window.redo_action.trigger()
    assert _stored(ws, page, row).progress == "完成中试平台选址"


def test_first_entry_undone_is_removed(window, ws):
    window.ui.period_combo.setCurrentIndex(window.ui.period_combo.findData("2026Q4"))
    window.reload()
    page, row = _select_task(window, "1")
    assert _stored_q4(ws, page, row) is None
    page.ui.percent_spin.setValue(80)
    page.save()
    assert _stored_q4(ws, page, row).percent == 80
    window.undo_action.trigger()
    assert _stored_q4(ws, page, row) is None


def _stored_q4(ws, page, row):
    return get_progress(ws, page.ui.entry_unit_combo.currentData(), "2026Q4", task_id=row.id)


def test_moving_to_another_task_saves_what_was_typed(window, ws):
    page, row = _select_task(window, "3")
    page.ui.next_steps_edit.setPlainText("下季度召开协同攻关推进会")
    _select_task(window, "4")
    unit = next(a.unit_id for a in row.item.assignments if a.role == "lead")
    assert get_progress(ws, unit, "2026Q3", task_id=row.id).next_steps == "下季度召开协同攻关推进会"


def test_copy_of_last_period_is_highlighted_until_changed(window, ws):
    page, _row = _select_task(window, "5")
    page.ui.progress_edit.clear()
    page.ui.copy_previous_button.click()
    assert "进展情况" in page.form.unchanged_fields()
    assert "与上期相同" in page.ui.saved_label.text()
    assert page.ui.progress_edit.styleSheet()
    page.ui.progress_edit.setPlainText(page.ui.progress_edit.toPlainText() + "本季度新增2项。")
    assert "进展情况" not in page.form.unchanged_fields()
    assert not page.ui.progress_edit.styleSheet()


def test_status_suggestion_is_shown_never_forced(window, ws):
    page, _row = _select_task(window, "6")
    page.ui.status_combo.setCurrentIndex(page.ui.status_combo.findData(Status.ON_TRACK))
    page.ui.percent_spin.setValue(5)
    assert "建议状态：滞后" in page.ui.suggestion_label.text()
    assert page.ui.status_combo.currentData() is Status.ON_TRACK  # the clerk's choice stands
    assert page.ui.apply_suggestion_button.isEnabled()
    page.ui.apply_suggestion_button.click()
    assert page.ui.status_combo.currentData() is Status.BEHIND


def test_a_long_save_note_wraps_instead_of_widening_the_form(window, qapp):
    page = window.tasks_page
    for _ in range(5):  # layout requests are posted events: let them all run
        qapp.processEvents()
    before = page.ui.splitter.sizes()
    page.ui.saved_label.setText("进展情况、存在问题、下步计划与上期相同，请按本期情况更新；有未保存的修改")
    for _ in range(5):
        qapp.processEvents()
    assert page.ui.splitter.sizes() == before
