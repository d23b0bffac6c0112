"""The two small forms of the unit directory: a unit's name, jurisdiction, kind and full name; the unit to merge into."""

from __future__ import annotations

from collections.abc import Callable
from difflib import SequenceMatcher

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from jxplan.core.units import DEFAULT_JURISDICTION, UNIT_KINDS
from jxplan.ui.forms.ui_unit_form_dialog import Ui_UnitFormDialog
from jxplan.ui.forms.ui_unit_merge_dialog import Ui_UnitMergeDialog
from jxplan.ui.markup import escape

WARN_STYLE = "color:#9C0006"


class UnitFormDialog(QDialog):
    """Add a unit (unit None) or rename/change one. `save(values)` stores it and returns an error text or ""."""

    def __init__(
        self,
        parent: QWidget,
        jurisdictions: list[str],
        save: Callable[[dict], str],
        unit: dict | None = None,
        jurisdiction: str = DEFAULT_JURISDICTION,
    ):
        super().__init__(parent)
        self.ui = Ui_UnitFormDialog()
        self.ui.setupUi(self)
        self._save, self.unit = save, unit
        for name in jurisdictions:
            self.ui.jurisdiction_combo.addItem(name)
        for code, label in UNIT_KINDS.items():
            self.ui.kind_combo.addItem(label, code)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).setText("保存")
        if unit is None:
            self.setWindowTitle("新增单位")
            self._choose(jurisdiction, "bureau")
            self.ui.note_label.setText("新单位加入本工作区的单位名录；以后导入的文件中出现这个名称时，自动认作本单位。")
        else:
            self.setWindowTitle(f"改名：{unit['name']}")
            self.ui.name_edit.setText(unit["name"])
            self.ui.full_name_edit.setText(unit["full_name"])
            self._choose(unit["jurisdiction"], unit["kind"])
            self.ui.name_edit.selectAll()
        self.ui.name_edit.textChanged.connect(self._update)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self._update()

    def _choose(self, jurisdiction: str, kind: str) -> None:
        combo = self.ui.jurisdiction_combo
        if combo.findText(jurisdiction) < 0:
            combo.addItem(jurisdiction)
        combo.setCurrentIndex(combo.findText(jurisdiction))
        self.ui.kind_combo.setCurrentIndex(max(0, self.ui.kind_combo.findData(kind)))

    def _update(self) -> None:
        name = self.ui.name_edit.text().strip()
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(name))
        if self.unit is None:
            return
        old = escape(self.unit["name"])
        notes = []
        if name and name != self.unit["name"]:
            notes.append(
                f"原名称“{old}”将保留为别名：文件中仍写“{old}”时，照样认作本单位；已有的任务分工和填报记录不变。"
            )
        if not self.unit["known"]:
            notes.append(
                f"保存后“{old}”作为新单位加入名录，不再标为未识别。若它其实是名录中已有的单位，请改用“合并到…”。"
            )
        self.ui.note_label.setText("<br/>".join(notes))

    def values(self) -> dict:
        return {
            "name": self.ui.name_edit.text().strip(),
            "jurisdiction": self.ui.jurisdiction_combo.currentText(),
            "kind": self.ui.kind_combo.currentData(),
            "full_name": self.ui.full_name_edit.text().strip(),
        }

    def accept(self) -> None:
        error = self._save(self.values())
        if error:  # the form stays open with what the clerk typed
            self.ui.note_label.setText(f"<span style='{WARN_STYLE}'>{escape(error)}</span>")
            return
        super().accept()


class UnitMergeDialog(QDialog):
    """Choose the directory unit a duplicate (often a name an import could not match) is folded into."""

    def __init__(self, parent: QWidget, source: dict, units: list[dict]):
        super().__init__(parent)
        self.ui = Ui_UnitMergeDialog()
        self.ui.setupUi(self)
        self.source = source
        self.setWindowTitle(f"合并单位：{source['name']}")
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText("合并")
        origin = "导入的文件中出现、名录中没有的名称" if not source["known"] else "名录中的单位"
        self.ui.source_label.setText(
            f"把<b>“{escape(source['name'])}”</b>（{escape(source['jurisdiction'])}，{origin}）合并到名录中的哪个单位？"
        )
        # Same jurisdiction first (a county's 市科技局 is not the city's), the most similar name on top.
        candidates = [u for u in units if u["known"] and u["id"] != source["id"]]
        candidates.sort(key=lambda u: (u["jurisdiction"] != source["jurisdiction"], -self._likeness(u)))
        for u in candidates:
            text = u["name"] if u["jurisdiction"] == source["jurisdiction"] else f"{u['name']}（{u['jurisdiction']}）"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, u)
            self.ui.target_list.addItem(item)
        self.ui.target_filter_edit.textChanged.connect(self._filter)
        self.ui.target_list.currentItemChanged.connect(lambda *_: self._update())
        self.ui.target_list.itemDoubleClicked.connect(lambda _i: self.accept())
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        if (
            candidates
            and candidates[0]["jurisdiction"] == source["jurisdiction"]
            and self._likeness(candidates[0]) >= 0.5
        ):
            self.ui.target_list.setCurrentRow(0)  # a likely match (市財政局 → 市财政局), still for the clerk to confirm
        self._update()

    def _likeness(self, unit: dict) -> float:
        return max(SequenceMatcher(None, self.source["name"], n).ratio() for n in (unit["name"], *unit["aliases"]))

    def _filter(self, text: str) -> None:
        needle = text.strip()
        for i in range(self.ui.target_list.count()):
            item = self.ui.target_list.item(i)
            u = item.data(Qt.ItemDataRole.UserRole)
            item.setHidden(bool(needle) and needle not in " ".join([u["name"], *u["aliases"]]))

    def select(self, unit_id: int) -> None:
        for i in range(self.ui.target_list.count()):
            if self.ui.target_list.item(i).data(Qt.ItemDataRole.UserRole)["id"] == unit_id:
                self.ui.target_list.setCurrentRow(i)

    def target(self) -> dict | None:
        item = self.ui.target_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None and not item.isHidden() else None

    def _update(self) -> None:
        target = self.target()
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(target is not None)
        if target is None:
            self.ui.effect_label.setText("请选择要合并到的单位。")
            return
        src, tgt = escape(self.source["name"]), escape(target["name"])
        self.ui.effect_label.setText(
            f"合并后：<br/>· “{src}”承担的任务、指标、重点工作分工和填报记录都转到“{tgt}”"
            f"（同一事项两者都有填报时，保留“{tgt}”的）；"
            f"<br/>· “{src}”成为“{tgt}”的别名，以后导入的文件中写作“{src}”时自动认作“{tgt}”；"
            f"<br/>· “{src}”从名录中去掉。"
            f"<br/><span style='{WARN_STYLE}'>合并立即保存并记入工作区历史，不能用“撤销”撤回。</span>"
        )
