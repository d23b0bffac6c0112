"""The unit directory: find, add, rename, merge and delete units; aliases and group members; unmatched names flagged.

Adding, renaming and alias or member edits go on the main window's undo stack; merge and delete are kept in the
workspace history only (the dialog says so).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QDialog, QHeaderView, QListWidgetItem, QMessageBox, QTableWidgetItem

from jxplan import APP_TITLE
from jxplan.core.units import DEFAULT_JURISDICTION, UNIT_KINDS
from jxplan.errors import UserError
from jxplan.services import unit_edit
from jxplan.services.units import list_units, load_directory
from jxplan.ui.forms.ui_units_dialog import Ui_UnitsDialog
from jxplan.ui.undo_commands import CallCommand
from jxplan.ui.unit_forms import UnitFormDialog, UnitMergeDialog

UNKNOWN_FILL = "#FFEB9C"
UNKNOWN_BADGE = "未识别"
WARN_COLOR = "#9C0006"


class UnitsDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.ui = Ui_UnitsDialog()
        self.ui.setupUi(self)
        self.window_, self.ws = window, window.ws
        self.units: list[dict] = []
        self.ui.filter_edit.textChanged.connect(lambda _t: self._filter())
        self.ui.unknown_only_check.toggled.connect(lambda _on: self._filter())
        self.ui.add_unit_button.clicked.connect(lambda: self.add_unit())
        self.ui.rename_button.clicked.connect(lambda: self.rename_unit())
        self.ui.merge_button.clicked.connect(lambda: self.merge_unit())
        self.ui.delete_button.clicked.connect(lambda: self.delete_unit())
        self.ui.unit_table.currentCellChanged.connect(lambda *_: self._show())
        self.ui.add_alias_button.clicked.connect(self.add_alias)
        self.ui.alias_edit.returnPressed.connect(self.add_alias)
        self.ui.remove_alias_button.clicked.connect(self.remove_alias)
        self.ui.member_list.itemChanged.connect(self._member_toggled)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.splitter.setSizes([480, 420])
        self._reload()

    def _reload(self) -> None:
        current = self.current_unit()
        self.units = list_units(self.ws)
        table = self.ui.unit_table
        headers = ["单位", "状态", "辖区", "类别", "别名"]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(self.units))
        for r, u in enumerate(self.units):
            badge = "" if u["known"] else UNKNOWN_BADGE
            cells = [u["name"], badge, u["jurisdiction"], UNIT_KINDS.get(u["kind"], u["kind"]), "、".join(u["aliases"])]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip("导入的文件中出现、名录中没有的名称：请合并到名录中的单位，或改名确认为新单位"
                                if not u["known"] else text)  # fmt: skip
                if not u["known"]:
                    item.setBackground(QBrush(QColor(UNKNOWN_FILL)))
                table.setItem(r, c, item)
            if badge:
                table.item(r, 1).setForeground(QBrush(QColor(WARN_COLOR)))
                bold = QFont(table.font())
                bold.setBold(True)
                table.item(r, 1).setFont(bold)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        unknown = sum(not u["known"] for u in self.units)
        self.ui.unknown_only_check.setText(f"只看未识别（{unknown}）")
        self._filter()
        if current:
            self.select(current["id"])
        elif self.units:
            table.setCurrentCell(0, 0)
        self._show()  # the same row stays current, so no signal would redraw it

    def _filter(self) -> None:
        needle = self.ui.filter_edit.text().strip()
        unknown_only = self.ui.unknown_only_check.isChecked()
        for r, u in enumerate(self.units):
            hay = " ".join([u["name"], u["jurisdiction"], *u["aliases"]])
            hidden = (bool(needle) and needle not in hay) or (unknown_only and u["known"])
            self.ui.unit_table.setRowHidden(r, hidden)
        # A unit the filter hides is no longer the one acted on: the first one shown is, or none.
        table = self.ui.unit_table
        if table.currentRow() < 0 or table.isRowHidden(table.currentRow()):
            shown = next((r for r in range(table.rowCount()) if not table.isRowHidden(r)), -1)
            table.setCurrentCell(shown, 0 if shown >= 0 else -1)
        self._show()

    def visible_units(self) -> list[dict]:
        return [u for r, u in enumerate(self.units) if not self.ui.unit_table.isRowHidden(r)]

    def select(self, unit_id: int) -> None:
        row = next((r for r, u in enumerate(self.units) if u["id"] == unit_id), None)
        if row is not None:
            self.ui.unit_table.setCurrentCell(row, 0)

    def current_unit(self) -> dict | None:
        row = self.ui.unit_table.currentRow()
        shown = 0 <= row < len(self.units) and not self.ui.unit_table.isRowHidden(row)
        return self.units[row] if shown else None

    def _show(self) -> None:
        u = self.current_unit()
        self.ui.detail_panel.setEnabled(u is not None)
        for button in (self.ui.rename_button, self.ui.merge_button, self.ui.delete_button):
            button.setEnabled(u is not None)
        if u is None:
            return
        self.ui.unit_label.setText(f"<b>{u['name']}</b>　{u['jurisdiction']}　{UNIT_KINDS.get(u['kind'], '')}"
                                   + ("" if u["known"] else f"<br/><span style='color:{WARN_COLOR}'>未识别：导入的文件中"
                                      "出现、名录中没有。请用“合并到…”并入名录中的单位，或用“改名…”确认为新单位。</span>"))  # fmt: skip
        self.ui.alias_list.clear()
        self.ui.alias_list.addItems(u["aliases"])
        is_group = u["kind"] == "group"
        self.ui.member_box.setVisible(is_group)
        if is_group:
            chosen = set(unit_edit.members(self.ws, u["id"]))
            lst = self.ui.member_list
            lst.blockSignals(True)
            lst.clear()
            for other in self.units:
                if other["jurisdiction"] == u["jurisdiction"] and other["kind"] in ("county", "zone"):
                    item = QListWidgetItem(other["name"])
                    item.setData(Qt.ItemDataRole.UserRole, other["id"])
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Checked if other["id"] in chosen else Qt.CheckState.Unchecked)
                    lst.addItem(item)
            lst.blockSignals(False)

    def add_alias(self) -> None:
        u, alias = self.current_unit(), self.ui.alias_edit.text()
        if u is None or not alias.strip():
            return
        state: dict = {}

        def do() -> None:
            state["alias"] = unit_edit.add_alias(self.ws, u["id"], alias)

        if self._push(f"为“{u['name']}”增加别名", do, lambda: unit_edit.remove_alias(self.ws, u["id"], state["alias"])):
            self.ui.alias_edit.clear()

    def remove_alias(self) -> None:
        u, item = self.current_unit(), self.ui.alias_list.currentItem()
        if u is None or item is None:
            return
        alias = item.text()
        self._push(
            f"删除“{u['name']}”的别名",
            lambda: unit_edit.remove_alias(self.ws, u["id"], alias),
            lambda: unit_edit.add_alias(self.ws, u["id"], alias),
        )

    def _member_toggled(self, _item: QListWidgetItem) -> None:
        u = self.current_unit()
        lst = self.ui.member_list
        chosen = [
            lst.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(lst.count())
            if lst.item(i).checkState() == Qt.CheckState.Checked
        ]
        before = unit_edit.members(self.ws, u["id"])
        self._push(
            f"调整“{u['name']}”包含的单位",
            lambda: unit_edit.set_members(self.ws, u["id"], chosen),
            lambda: unit_edit.set_members(self.ws, u["id"], before),
        )

    # -- units themselves --------------------------------------------------------------------------------

    def _jurisdictions(self) -> list[str]:
        names = load_directory(self.ws).jurisdictions
        return sorted(names, key=lambda n: n != DEFAULT_JURISDICTION)  # 嘉兴市 first, then the counties in order

    def add_unit(self, dialog_hook=None) -> int | None:
        """Add a unit to the directory (undo deletes it again); return its id, None when cancelled."""
        current = self.current_unit()
        state: dict = {}

        def save(values: dict) -> str:
            def do() -> None:
                state["id"] = unit_edit.save_unit(self.ws, **values)

            return self._try(f"新增单位“{values['name']}”", do, lambda: unit_edit.delete_unit(self.ws, state["id"]))

        jurisdiction = current["jurisdiction"] if current else DEFAULT_JURISDICTION
        form = UnitFormDialog(self, self._jurisdictions(), save, jurisdiction=jurisdiction)
        if not self._run(form, dialog_hook):
            return None
        self.select(state["id"])
        return state["id"]

    def rename_unit(self, dialog_hook=None) -> bool:
        """Rename (or change the kind or full name of) the current unit; the old name stays an alias. Undoable."""
        u = self.current_unit()
        if u is None:
            return False
        members = unit_edit.members(self.ws, u["id"])
        before = {k: u[k] for k in ("name", "jurisdiction", "kind", "full_name", "aliases")} | {"members": members}

        def save(values: dict) -> str:
            after = {"aliases": u["aliases"], "members": members} | values

            def undo() -> None:
                with self.ws.action(f"撤销改名“{u['name']}”", kind="units"):
                    unit_edit.save_unit(self.ws, unit_id=u["id"], **before)
                    if after["name"] not in (u["name"], *u["aliases"]):  # save_unit kept it as an alias
                        unit_edit.remove_alias(self.ws, u["id"], after["name"])

            text = f"将“{u['name']}”改名为“{values['name']}”" if values["name"] != u["name"] else f"修改“{u['name']}”"
            return self._try(text, lambda: unit_edit.save_unit(self.ws, unit_id=u["id"], **after), undo)

        return self._run(UnitFormDialog(self, self._jurisdictions(), save, unit=u), dialog_hook)

    def merge_unit(self, dialog_hook=None) -> bool:
        """Fold the current unit into one the clerk chooses; kept in the workspace history, not on the undo stack."""
        u = self.current_unit()
        if u is None:
            return False
        form = UnitMergeDialog(self, u, self.units)
        if not self._run(form, dialog_hook) or form.target() is None:
            return False
        target = form.target()
        try:
            unit_edit.merge_units(self.ws, u["id"], target["id"])
        except UserError as exc:
            self._say(str(exc), warn=True)
            return False
        self._changed()
        self.select(target["id"])
        self._say(f"已将“{u['name']}”合并到“{target['name']}”，并记入工作区历史（合并不能撤销）")
        return True

    def delete_unit(self, confirm=None) -> bool:
        """Delete the current unit when nothing refers to it; the service's refusal is shown as it is."""
        u = self.current_unit()
        if u is None or not (confirm or self._confirm_delete)(u):
            return False
        try:
            unit_edit.delete_unit(self.ws, u["id"])
        except UserError as exc:
            self._say(str(exc), warn=True)
            return False
        self._changed()
        self._say(f"已删除“{u['name']}”，并记入工作区历史（删除不能撤销）")
        return True

    def _confirm_delete(self, u: dict) -> bool:
        answer = QMessageBox.question(
            self,
            APP_TITLE,
            f"从单位名录中删除“{u['name']}”？\n删除记入工作区历史，不能用“撤销”撤回。"
            "仍有任务、指标或填报记录的单位不能删除，可改名或合并。",
        )
        return answer == QMessageBox.StandardButton.Yes

    def _run(self, form: QDialog, dialog_hook) -> bool:
        """Show a form modally; `dialog_hook(form)` instead drives it (tests fill it in and accept it)."""
        if dialog_hook is None:
            form.exec()
        else:
            dialog_hook(form)
        return form.result() == QDialog.DialogCode.Accepted

    # -- applying edits ------------------------------------------------------------------------------------

    def _say(self, text: str, warn: bool = False) -> None:
        self.ui.message_label.setStyleSheet(f"color:{WARN_COLOR}" if warn else "")
        self.ui.message_label.setText(text)

    def _try(self, text: str, do, undo) -> str:
        """Apply an undoable edit; return the refusal ("" when done) so a form can keep what the clerk typed."""
        errors: list[str] = []
        done = self.window_.push(CallCommand(text, do, undo, self._changed), on_error=lambda e: errors.append(str(e)))
        if done:
            self._say("已保存（可在主窗口按 Ctrl+Z 撤销）")
        return errors[0] if errors else ""

    def _push(self, text: str, do, undo) -> bool:
        error = self._try(text, do, undo)
        if error:
            self._say(error, warn=True)
        return not error

    def _changed(self) -> None:
        # Directory changes can change slices (group members, merges) and names everywhere, the selector too.
        self.window_.units_changed()
        self._reload()
