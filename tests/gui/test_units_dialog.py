"""The unit directory dialog: add, rename, merge and delete units, aliases; undo through the main window's stack."""

from __future__ import annotations

from jxplan.services.demo import _plan_dict
from jxplan.services.demo_content import PLAN_A
from jxplan.services.plan_edit import set_task_units, task_units
from jxplan.services.plan_store import save_parsed_plan
from jxplan.services.plans import load_plan
from jxplan.services.units import find_unit, list_units
from jxplan.ui.units_dialog import UnitsDialog


def test_alias_added_is_undone_from_the_main_window(window, ws, qtbot):
    dialog = UnitsDialog(window)
    qtbot.addWidget(dialog)
    unit = find_unit(ws, "市科技局")
    dialog.select(unit)
    dialog.ui.alias_edit.setText("市科委")
    dialog.add_alias()
    assert "市科委" in [dialog.ui.alias_list.item(i).text() for i in range(dialog.ui.alias_list.count())]
    assert find_unit(ws, "市科委") == unit
    window.undo_action.trigger()
    assert dialog.ui.alias_list.count() == len([a for a in dialog.current_unit()["aliases"]])
    assert "市科委" not in dialog.current_unit()["aliases"]


def test_alias_clash_is_explained_in_place(window, ws, qtbot):
    dialog = UnitsDialog(window)
    qtbot.addWidget(dialog)
    dialog.select(find_unit(ws, "市科技局"))
    dialog.ui.alias_edit.setText("市经信局")
    dialog.add_alias()
    assert "已是" in dialog.ui.message_label.text()


def _combo_texts(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def _fill(name: str, kind: str = "bureau", full_name: str = ""):
    def hook(form):
        form.ui.name_edit.setText(name)
        form.ui.kind_combo.setCurrentIndex(form.ui.kind_combo.findData(kind))
        form.ui.full_name_edit.setText(full_name)
        form.accept()

    return hook


def test_added_unit_is_in_the_directory_and_once_assigned_in_my_unit_selector(window, ws, qtbot):
    dialog = UnitsDialog(window)
    qtbot.addWidget(dialog)
    new_id = dialog.add_unit(dialog_hook=_fill("市低空经济专班", full_name="嘉兴市低空经济专班"))
    assert dialog.current_unit()["name"] == "市低空经济专班"
    assert dialog.current_unit()["jurisdiction"] == "嘉兴市" and dialog.current_unit()["known"]
    # The selector lists the units that report on the plan: give the new unit a task, as the plan editor does.
    task = window.plan.tasks[0]
    set_task_units(ws, task.id, [*task_units(ws, task.id), (new_id, "coop")])
    window.units_changed()
    assert "市低空经济专班" in _combo_texts(window.ui.unit_combo)
    window.select_unit(new_id)
    assert window.tasks_page.model.rowCount() == 1


def test_adding_is_undone_and_a_duplicate_name_keeps_the_form_open(window, ws, qtbot):
    dialog = UnitsDialog(window)
    qtbot.addWidget(dialog)
    dialog.add_unit(dialog_hook=_fill("市低空经济专班"))
    window.undo_action.trigger()
    assert "市低空经济专班" not in [u["name"] for u in list_units(ws)]
    forms = []

    def duplicate(form):
        forms.append(form)
        _fill("市科技局")(form)

    assert dialog.add_unit(dialog_hook=duplicate) is None
    assert forms[0].isVisible() is False and "已有名为" in forms[0].ui.note_label.text()


def test_rename_keeps_the_old_name_as_alias_updates_the_selector_and_undoes(window, ws, qtbot):
    dialog = UnitsDialog(window)
    qtbot.addWidget(dialog)
    unit = find_unit(ws, "市科技局")
    dialog.select(unit)
    notes = []

    def rename(form):
        form.ui.name_edit.setText("市科创局")
        notes.append(form.ui.note_label.text())
        form.accept()

    assert dialog.rename_unit(dialog_hook=rename)
    assert "保留为别名" in notes[0]
    assert "市科创局" in _combo_texts(window.ui.unit_combo)
    assert "市科技局" not in _combo_texts(window.ui.unit_combo)
    assert find_unit(ws, "市科技局") == unit  # documents that still say 市科技局 keep matching
    window.undo_action.trigger()
    assert "市科技局" in _combo_texts(window.ui.unit_combo)
    back = next(u for u in list_units(ws) if u["id"] == unit)
    assert back["name"] == "市科技局" and "市科创局" not in back["aliases"]


def test_unknown_name_from_a_document_is_flagged_and_merged_into_the_real_unit(window, ws, qtbot):
    doc = _plan_dict(PLAN_A)
    doc["title"] = "嘉兴市测试方案"
    doc["tasks"][0]["units"][1] = {"raw": "市財政局", "name": "市財政局", "role": "coop"}  # a typo in the source
    plan_id = save_parsed_plan(ws, doc).plan_id
    window.reload_plans(select=plan_id)
    assert "市財政局" in _combo_texts(window.ui.unit_combo)
    dialog = UnitsDialog(window)
    qtbot.addWidget(dialog)
    dialog.ui.unknown_only_check.setChecked(True)
    flagged = dialog.visible_units()
    assert [u["name"] for u in flagged] == ["市財政局"]
    row = dialog.units.index(flagged[0])
    assert dialog.ui.unit_table.item(row, 1).text() == "未识别"
    dialog.select(flagged[0]["id"])
    effects = []

    def choose(form):
        assert form.target()["name"] == "市财政局"  # the closest name is offered first
        effects.append(form.ui.effect_label.text())
        form.accept()

    assert dialog.merge_unit(dialog_hook=choose)
    assert "别名" in effects[0] and "不能用“撤销”撤回" in effects[0]
    assert [a.unit_name for a in window.plan.tasks[0].assignments][1] == "市财政局"
    assert [a.unit_name for a in load_plan(ws, plan_id).tasks[0].assignments][1] == "市财政局"
    assert "市財政局" not in _combo_texts(window.ui.unit_combo)
    assert dialog.visible_units() == [] and "合并不能撤销" in dialog.ui.message_label.text()


def test_deleting_an_assigned_unit_is_refused_with_the_reason(window, ws, qtbot):
    dialog = UnitsDialog(window)
    qtbot.addWidget(dialog)
    dialog.select(find_unit(ws, "市科技局"))
    assert not dialog.delete_unit(confirm=lambda _u: True)
    assert "不能删除" in dialog.ui.message_label.text()
    assert find_unit(ws, "市科技局")
    unused = dialog.add_unit(dialog_hook=_fill("临时工作专班"))
    assert dialog.delete_unit(confirm=lambda _u: True)
    assert unused not in [u["id"] for u in list_units(ws)]


def test_a_filter_that_hides_the_selected_unit_leaves_nothing_to_act_on(window, ws, qtbot):
    dialog = UnitsDialog(window)
    qtbot.addWidget(dialog)
    dialog.select(find_unit(ws, "市科技局"))
    dialog.ui.filter_edit.setText("没有这样的单位")
    assert dialog.visible_units() == [] and dialog.current_unit() is None
    assert not dialog.ui.delete_button.isEnabled() and not dialog.ui.rename_button.isEnabled()
    dialog.ui.filter_edit.setText("经信")
    assert dialog.current_unit()["name"] == "市经信局"  # the first one shown, not the hidden 市科技局
