"""Edit a plan's tasks, indicators and key works by hand: text, values, units and roles; add, remove, reorder.

Every edit is stored at once as one action and goes on the main window's undo stack.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QDialog, QHeaderView, QListWidgetItem, QTableWidgetItem

from jxplan.core.model import ROLE_LABELS, Plan
from jxplan.errors import UserError
from jxplan.services import plan_edit, plan_items
from jxplan.services.plans import load_plan
from jxplan.services.units import list_units
from jxplan.ui.forms.ui_plan_editor_dialog import Ui_PlanEditorDialog
from jxplan.ui.undo_commands import CallCommand

KINDS = (("task", "重点任务", "项任务"), ("indicator", "指标", "项指标"), ("key_work", "重点工作", "项重点工作"))
NEW_NAMES = {"task": "新任务", "indicator": "新指标", "key_work": "新重点工作"}


class PlanEditorDialog(QDialog):
    """Edits go through the main window's undo stack (window.push), so Ctrl+Z there takes them back."""

    def __init__(self, window, plan_id: int, kind: str = "task"):
        super().__init__(window)
        self.ui = Ui_PlanEditorDialog()
        self.ui.setupUi(self)
        self.window_, self.ws, self.plan_id = window, window.ws, plan_id
        self.plan: Plan = load_plan(self.ws, plan_id)
        self._units: list[tuple[int, str]] = []  # the current item's units, as edited
        names = {u["id"]: u["name"] for u in list_units(self.ws)}
        self.unit_names = names
        for unit_id, name in names.items():
            self.ui.unit_combo.addItem(name, unit_id)
        completer = QCompleter(list(names.values()), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.ui.unit_combo.setCompleter(completer)
        self.ui.unit_combo.setCurrentIndex(-1)
        self.ui.unit_table.setColumnCount(2)
        self.ui.unit_table.setHorizontalHeaderLabels(["单位", "职责"])
        self.ui.unit_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for key, label, _count in KINDS:
            self.ui.kind_combo.addItem(label, key)
        self.ui.kind_combo.setCurrentIndex(self.ui.kind_combo.findData(kind))
        self.ui.kind_combo.currentIndexChanged.connect(lambda _i: self._reload(select_id=-1))  # the first item
        self.ui.item_list.currentRowChanged.connect(lambda _r: self._show())
        self.ui.add_button.clicked.connect(self.add_item)
        self.ui.remove_button.clicked.connect(self.remove_item)
        self.ui.up_button.clicked.connect(lambda: self.move(-1))
        self.ui.down_button.clicked.connect(lambda: self.move(+1))
        self.ui.add_lead_button.clicked.connect(lambda: self._add_unit("lead"))
        self.ui.add_coop_button.clicked.connect(lambda: self._add_unit("coop"))
        self.ui.remove_unit_button.clicked.connect(self._remove_unit)
        self.ui.apply_button.clicked.connect(self.apply)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.splitter.setSizes([380, 700])
        self._reload()

    # -- display --------------------------------------------------------------------------------------------

    @property
    def kind(self) -> str:
        return self.ui.kind_combo.currentData()

    def items(self) -> tuple:
        return {"task": self.plan.tasks, "indicator": self.plan.indicators, "key_work": self.plan.key_works}[self.kind]

    def set_kind(self, kind: str) -> None:
        self.ui.kind_combo.setCurrentIndex(self.ui.kind_combo.findData(kind))

    def _reload(self, select_id: int | None = None) -> None:
        current = self.current_item()
        current = select_id if select_id is not None else (current.id if current else None)
        self.plan = load_plan(self.ws, self.plan_id)
        items = self.items()
        count = next(c for k, _label, c in KINDS if k == self.kind)
        self.ui.plan_label.setText(f"《{self.plan.title}》　共 {len(items)} {count}")
        self.ui.field_stack.setCurrentIndex([k for k, *_ in KINDS].index(self.kind))
        lst = self.ui.item_list
        lst.blockSignals(True)
        lst.clear()
        for item in items:
            entry = QListWidgetItem(_list_text(self.kind, item))
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            entry.setToolTip(entry.text())
            lst.addItem(entry)
        ids = [i.id for i in items]
        lst.setCurrentRow(ids.index(current) if current in ids else 0)
        lst.blockSignals(False)
        combo = self.ui.section_combo
        combo.clear()
        combo.addItem("（不属于任何部分）", None)
        for s in self.plan.sections:
            combo.addItem(s.heading, s.id)
        self._show()

    def current_item(self):
        entry = self.ui.item_list.currentItem()
        item_id = entry.data(Qt.ItemDataRole.UserRole) if entry else None
        return next((i for i in self.items() if i.id == item_id), None)

    def _show(self) -> None:
        item = self.current_item()
        for w in (self.ui.field_stack, self.ui.units_box, self.ui.apply_button):
            w.setEnabled(item is not None)
        self.ui.message_label.clear()
        if item is None:
            self.ui.message_label.setText("还没有条目，可点“新增”添加")
            self._units = []
            self._show_units()
            return
        ui = self.ui
        if self.kind == "task":
            ui.section_combo.setCurrentIndex(max(0, ui.section_combo.findData(item.section_id)))
            ui.number_edit.setText(item.number)
            ui.title_edit.setText(item.title)
            ui.text_edit.setPlainText(item.text)
            ui.deadline_edit.setText(item.deadline_text)
        elif self.kind == "indicator":
            ui.indicator_number_edit.setText(item.number)
            ui.indicator_name_edit.setText(item.name)
            ui.measure_unit_edit.setText(item.measure_unit)
            ui.attribute_combo.setCurrentText(item.attribute)
            ui.indicator_category_edit.setText(plan_items.category_text(item))
            ui.baseline_edit.setText(plan_items.values_text(item.values, "baseline"))
            ui.targets_edit.setPlainText(plan_items.values_text(item.values, "target"))
            ui.milestones_edit.setPlainText(plan_items.values_text(item.values, "milestone"))
        else:
            ui.key_work_category_edit.setText(item.category)
            ui.key_work_number_edit.setText(item.number)
            ui.key_work_name_edit.setText(item.name)
            ui.content_edit.setPlainText(item.content)
        self._units = [(a.unit_id, a.role) for a in item.assignments]
        self._show_units()

    def _show_units(self) -> None:
        table = self.ui.unit_table
        table.setRowCount(len(self._units))
        for r, (unit_id, role) in enumerate(self._units):
            table.setItem(r, 0, QTableWidgetItem(self.unit_names.get(unit_id, str(unit_id))))
            table.setItem(r, 1, QTableWidgetItem(ROLE_LABELS[role]))

    # -- edits of the form (stored by apply) -----------------------------------------------------------------

    def _add_unit(self, role: str) -> None:
        unit_id = self.ui.unit_combo.currentData()
        index = self.ui.unit_combo.findText(self.ui.unit_combo.currentText())
        unit_id = self.ui.unit_combo.itemData(index) if index >= 0 else unit_id
        if unit_id is None:
            self.ui.message_label.setText("请先在单位名录中选一个单位")
            return
        units = [(u, "coop" if role == "lead" and r == "lead" else r) for u, r in self._units if u != unit_id]
        self._units = [(unit_id, role), *units] if role == "lead" else [*units, (unit_id, role)]
        self._show_units()

    def _remove_unit(self) -> None:
        row = self.ui.unit_table.currentRow()
        if 0 <= row < len(self._units):
            del self._units[row]
            self._show_units()

    def apply(self) -> None:
        """Store the form as undoable edits (only what changed)."""
        item = self.current_item()
        if item is None:
            return
        try:
            stored = self._apply_task(item) if self.kind == "task" else self._apply_item(item)
        except UserError as exc:  # the form is kept as typed, so the clerk can correct it
            self.ui.message_label.setText(str(exc))
            return
        self.ui.message_label.setText("已保存（可在主窗口按 Ctrl+Z 撤销）" if stored else "没有修改")

    def _apply_task(self, task) -> bool:
        fields = {
            "section_id": self.ui.section_combo.currentData(),
            "number": self.ui.number_edit.text().strip(),
            "title": self.ui.title_edit.text().strip(),
            "text": self.ui.text_edit.toPlainText().strip(),
            "deadline_text": self.ui.deadline_edit.text().strip(),
        }
        if not fields["title"]:
            raise UserError("任务名称不能为空")
        current = {"section_id": task.section_id, "number": task.number, "title": task.title, "text": task.text,
                   "deadline_text": task.deadline_text}  # fmt: skip
        store = partial(plan_edit.edit_task, self.ws, task.id)
        return self._push_edit(f"修改任务“{task.number} {task.title}”", store, self._changes(fields, current, task))

    def _apply_item(self, item) -> bool:
        """An indicator's or key work's fields, values and units as one edit."""
        ui, kind = self.ui, self.kind
        if kind == "indicator":
            fields = {"number": ui.indicator_number_edit.text().strip(), "name": ui.indicator_name_edit.text().strip(),
                      "measure_unit": ui.measure_unit_edit.text().strip(),
                      "attribute": ui.attribute_combo.currentText().strip(),
                      "category": plan_items.category_of(ui.indicator_category_edit.text())}  # fmt: skip
            current = {"number": item.number, "name": item.name, "measure_unit": item.measure_unit,
                       "attribute": item.attribute, "category": item.category}  # fmt: skip
            values = plan_items.parse_values(ui.baseline_edit.text(), ui.targets_edit.toPlainText(),
                                             ui.milestones_edit.toPlainText(), keep=item.values)  # fmt: skip
        else:
            fields = {"category": ui.key_work_category_edit.text().strip(),
                      "number": ui.key_work_number_edit.text().strip(), "name": ui.key_work_name_edit.text().strip(),
                      "content": ui.content_edit.toPlainText().strip()}  # fmt: skip
            current = {"category": item.category, "number": item.number, "name": item.name, "content": item.content}
            values = None
        if not fields["name"]:
            raise UserError(f"{dict((k, label) for k, label, _c in KINDS)[kind]}名称不能为空")
        noun = "指标" if kind == "indicator" else "重点工作"
        store = partial(plan_items.update_item, self.ws, kind, item.id)
        return self._push_edit(
            f"修改{noun}“{item.number} {item.name}”", store, self._changes(fields, current, item, values)
        )

    def _changes(self, fields: dict, current: dict, item, values: list | None = None) -> dict:
        """What the form changes on `item` (its fields, values, units), as keyword arguments for the store."""
        edit: dict = {}
        changed = {k: v for k, v in fields.items() if v != current[k]}
        if changed:
            edit["fields"] = changed
        if values is not None and values != list(item.values):
            edit["values"] = values
        if self._units != [(a.unit_id, a.role) for a in item.assignments]:
            edit["units"] = list(self._units)
        return edit

    def _push_edit(self, text: str, store, edit: dict) -> bool:
        """All of an item's changes as one action and one undo step; `store(**edit)` returns what undoes it."""
        if not edit:
            return False
        state: dict = {}

        def do() -> None:
            state["before"] = store(**edit)

        self._push(text, do, lambda: store(**state["before"]))
        return True

    # -- add, remove, reorder -----------------------------------------------------------------------------------

    def add_item(self) -> None:
        kind, item = self.kind, self.current_item()
        state: dict = {}

        def do() -> None:
            if "snapshot" in state:  # redo puts the same item back (same id and uid)
                _restore(self.ws, kind, state["snapshot"])
                return
            if kind == "task":
                state["id"] = plan_edit.add_task(
                    self.ws, self.plan_id, title=NEW_NAMES[kind], section_id=item.section_id if item else None,
                    after_task_id=item.id if item else None,
                )  # fmt: skip
                return
            extra = {"category": item.category} if kind == "key_work" and item else {}
            state["id"] = plan_items.add_item(
                self.ws, kind, self.plan_id, name=NEW_NAMES[kind], after_id=item.id if item else None, **extra
            )

        def undo() -> None:
            state["snapshot"] = _remove(self.ws, kind, state["id"])

        label = dict((k, label) for k, label, _c in KINDS)[kind]
        if self._push(f"新增{label}", do, undo):
            self._reload(select_id=state["id"])
            name_edit = {"task": self.ui.title_edit, "indicator": self.ui.indicator_name_edit,
                         "key_work": self.ui.key_work_name_edit}[kind]  # fmt: skip
            name_edit.setFocus()
            name_edit.selectAll()

    def remove_item(self) -> None:
        kind, item = self.kind, self.current_item()
        if item is None:
            return
        state: dict = {}

        def do() -> None:
            state["snapshot"] = _remove(self.ws, kind, item.id)

        self._push(f"删除“{_list_text(kind, item)}”", do, lambda: _restore(self.ws, kind, state["snapshot"]))

    def move(self, delta: int) -> None:
        kind, item = self.kind, self.current_item()
        if item is None:
            return

        def shift(d: int) -> None:
            if kind == "task":
                plan_edit.move_task(self.ws, item.id, d)
            else:
                plan_items.move_item(self.ws, kind, item.id, d)

        if self._push("调整顺序", lambda: shift(delta), lambda: shift(-delta)):
            self._reload(select_id=item.id)

    def _push(self, text: str, do, undo) -> bool:
        return self.window_.push(CallCommand(text, do, undo, self._changed))

    def _changed(self) -> None:
        self.window_.refresh()
        self._reload()


def _list_text(kind: str, item) -> str:
    if kind == "task":
        return f"{item.number}. {item.title}"
    if kind == "indicator":
        return f"{item.number}. {item.name}" + (f"（{item.measure_unit}）" if item.measure_unit else "")
    return f"{item.number}. {item.name}"


def _remove(ws, kind: str, item_id: int) -> dict:
    return plan_edit.remove_task(ws, item_id) if kind == "task" else plan_items.remove_item(ws, kind, item_id)


def _restore(ws, kind: str, snapshot: dict) -> None:
    if kind == "task":
        plan_edit.restore_task(ws, snapshot)
    else:
        plan_items.restore_item(ws, snapshot)
