"""The settings dialog: the clerk's unit, name and phone for report headers, status thresholds, folders."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QDialog, QFileDialog, QLineEdit, QWidget

from jxplan.services.settings import all_settings
from jxplan.services.units import list_units
from jxplan.services.workspace import Workspace
from jxplan.ui.forms.ui_settings_dialog import Ui_SettingsDialog

TEXT_FIELDS = ("clerk_name", "clerk_phone", "recipient", "signer", "report_dir", "template_dir")


class SettingsDialog(QDialog):
    """Shows the workspace's settings; `changes()` is what the clerk altered (the caller stores it undoably)."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.before = all_settings(ws)
        combo = self.ui.clerk_unit_combo
        combo.addItem("（未设置）", None)
        for u in list_units(ws):
            if u["kind"] != "group":
                combo.addItem(
                    u["name"] if u["jurisdiction"] == "嘉兴市" else f"{u['jurisdiction']} {u['name']}", u["id"]
                )
        completer = QCompleter([combo.itemText(i) for i in range(combo.count())], combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        combo.setCompleter(completer)
        combo.setCurrentIndex(max(0, combo.findData(self.before["clerk_unit_id"])))
        for key in TEXT_FIELDS:
            self._edit(key).setText(str(self.before.get(key) or ""))
        self.ui.yellow_spin.setValue(float(self.before["yellow_pp"]))
        self.ui.red_spin.setValue(float(self.before["red_pp"]))
        self.ui.report_dir_button.clicked.connect(lambda: self._browse(self.ui.report_dir_edit))
        self.ui.template_dir_button.clicked.connect(lambda: self._browse(self.ui.template_dir_edit))
        self.ui.button_box.accepted.connect(self._accept)
        self.ui.button_box.rejected.connect(self.reject)

    def _edit(self, key: str) -> QLineEdit:
        return getattr(self.ui, f"{key}_edit")

    def _browse(self, edit: QLineEdit) -> None:
        folder = QFileDialog.getExistingDirectory(self, "选择文件夹", edit.text())
        if folder:
            edit.setText(folder)

    def values(self) -> dict:
        out = {key: self._edit(key).text().strip() for key in TEXT_FIELDS}
        out["clerk_unit_id"] = self.ui.clerk_unit_combo.currentData()
        out["yellow_pp"] = self.ui.yellow_spin.value()
        out["red_pp"] = self.ui.red_spin.value()
        return out

    def changes(self) -> dict:
        return {k: v for k, v in self.values().items() if v != self.before.get(k)}

    def _accept(self) -> None:
        v = self.values()
        if v["red_pp"] <= v["yellow_pp"]:
            self.ui.error_label.setText("红灯的百分点要大于黄灯的百分点")
            return
        self.accept()
