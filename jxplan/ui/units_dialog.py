"""The unit directory: find a unit, add or remove its aliases, choose the members of a group term. All undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QHeaderView, QListWidgetItem, QTableWidgetItem

from jxplan.core.units import UNIT_KINDS
from jxplan.errors import UserError
from jxplan.services import unit_edit
from jxplan.services.units import list_units
from jxplan.ui.forms.ui_units_dialog import Ui_UnitsDialog
from jxplan.ui.undo_commands import CallCommand

UNKNOWN_FILL = "#FFEB9C"


class UnitsDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.ui = Ui_UnitsDialog()
        self.ui.setupUi(self)
        self.window_, self.ws = window, window.ws
        self.units: list[dict] = []
        self.ui.filter_edit.textChanged.connect(self._filter)
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
        headers = ["单位", "辖区", "类别", "别名"]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(self.units))
        for r, u in enumerate(self.units):
            cells = [u["name"], u["jurisdiction"], UNIT_KINDS.get(u["kind"], u["kind"]), "、".join(u["aliases"])]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip("文件中出现、名录中没有的单位" if not u["known"] else text)
                if not u["known"]:
                    item.setBackground(QBrush(QColor(UNKNOWN_FILL)))
                table.setItem(r, c, item)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._filter(self.ui.filter_edit.text())
        if current:
            self.select(current["id"])
        elif self.units:
            table.setCurrentCell(0, 0)
        self._show()  # the same row stays current, so no signal would redraw it

    def _filter(self, text: str) -> None:
        needle = text.strip()
        for r, u in enumerate(self.units):
            hay = " ".join([u["name"], u["jurisdiction"], *u["aliases"]])
            self.ui.unit_table.setRowHidden(r, bool(needle) and needle not in hay)

    def select(self, unit_id: int) -> None:
        row = next((r for r, u in enumerate(self.units) if u["id"] == unit_id), None)
        if row is not None:
            self.ui.unit_table.setCurrentCell(row, 0)

    def current_unit(self) -> dict | None:
        row = self.ui.unit_table.currentRow()
        return self.units[row] if 0 <= row < len(self.units) else None

    def _show(self) -> None:
        u = self.current_unit()
        self.ui.detail_panel.setEnabled(u is not None)
        if u is None:
            return
        self.ui.unit_label.setText(f"<b>{u['name']}</b>　{u['jurisdiction']}　{UNIT_KINDS.get(u['kind'], '')}"
                                   + ("" if u["known"] else "　（名录中没有，来自导入的文件）"))  # fmt: skip
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

    def _push(self, text: str, do, undo) -> bool:
        try:
            done = self.window_.push(CallCommand(text, do, undo, self._changed))
        except UserError as exc:  # tests raise instead of showing; the dialog says it in place
            self.ui.message_label.setText(str(exc))
            return False
        self.ui.message_label.setText("已保存（可在主窗口按 Ctrl+Z 撤销）" if done else "")
        return done

    def _changed(self) -> None:
        # Directory changes can change slices (group members) and names everywhere.
        self.window_.refresh()
        self._reload()
