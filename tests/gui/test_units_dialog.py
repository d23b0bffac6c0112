"""The unit directory dialog: aliases added and removed through the main window's undo stack."""

from __future__ import annotations

from jxplan.services.units import find_unit
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
