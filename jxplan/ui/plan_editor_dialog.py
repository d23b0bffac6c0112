"""Edit a plan's tasks by hand: text, section, deadline, units and roles; add, remove, reorder. Each edit undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QDialog, QHeaderView, QListWidgetItem, QTableWidgetItem

from jxplan.core.model import ROLE_LABELS, Plan, Task
from jxplan.services import plan_edit
from jxplan.services.plans import load_plan
from jxplan.services.units import list_units
from jxplan.ui.forms.ui_plan_editor_dialog import Ui_PlanEditorDialog
from jxplan.ui.undo_commands import CallCommand


class PlanEditorDialog(QDialog):
    """Edits go through the main window's undo stack (window.push), so Ctrl+Z there takes them back."""

    def __init__(self, window, plan_id: int):
        super().__init__(window)
        self.ui = Ui_PlanEditorDialog()
        self.ui.setupUi(self)
        self.window_, self.ws, self.plan_id = window, window.ws, plan_id
        self.plan: Plan = load_plan(self.ws, plan_id)
        self._units: list[tuple[int, str]] = []  # the current task's units, as edited
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
        self.ui.task_list.currentRowChanged.connect(lambda _r: self._show())
        self.ui.add_button.clicked.connect(self.add_task)
        self.ui.remove_button.clicked.connect(self.remove_task)
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

    def _reload(self, select_id: int | None = None) -> None:
        current = select_id if select_id is not None else (self.current_task().id if self.current_task() else None)
        self.plan = load_plan(self.ws, self.plan_id)
        self.ui.plan_label.setText(f"《{self.plan.title}》　共 {len(self.plan.tasks)} 项任务")
        lst = self.ui.task_list
        lst.blockSignals(True)
        lst.clear()
        for t in self.plan.tasks:
            item = QListWidgetItem(f"{t.number}. {t.title}")
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            lst.addItem(item)
        ids = [t.id for t in self.plan.tasks]
        lst.setCurrentRow(ids.index(current) if current in ids else 0)
        lst.blockSignals(False)
        combo = self.ui.section_combo
        combo.clear()
        combo.addItem("（不属于任何部分）", None)
        for s in self.plan.sections:
            combo.addItem(f"{s.label}、{s.title}", s.id)
        self._show()

    def current_task(self) -> Task | None:
        item = self.ui.task_list.currentItem()
        task_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        return next((t for t in self.plan.tasks if t.id == task_id), None)

    def _show(self) -> None:
        task = self.current_task()
        self.ui.form_panel.setEnabled(task is not None)
        self.ui.message_label.clear()
        if task is None:
            return
        self.ui.section_combo.setCurrentIndex(max(0, self.ui.section_combo.findData(task.section_id)))
        self.ui.number_edit.setText(task.number)
        self.ui.title_edit.setText(task.title)
        self.ui.text_edit.setPlainText(task.text)
        self.ui.deadline_edit.setText(task.deadline_text)
        self._units = [(a.unit_id, a.role) for a in task.assignments]
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
        """Store the form's text and units as undoable edits (only what changed)."""
        task = self.current_task()
        if task is None:
            return
        fields = {
            "section_id": self.ui.section_combo.currentData(),
            "number": self.ui.number_edit.text().strip(),
            "title": self.ui.title_edit.text().strip(),
            "text": self.ui.text_edit.toPlainText().strip(),
            "deadline_text": self.ui.deadline_edit.text().strip(),
        }
        current = {"section_id": task.section_id, "number": task.number, "title": task.title, "text": task.text,
                   "deadline_text": task.deadline_text}  # fmt: skip
        changed = {k: v for k, v in fields.items() if v != current[k]}
        # Read the edited units now: storing the text first reloads the form from the workspace.
        units, before = list(self._units), [(a.unit_id, a.role) for a in task.assignments]
        if not fields["title"]:
            self.ui.message_label.setText("任务名称不能为空")
            return
        if changed:
            old = {k: current[k] for k in changed}
            self._push(
                f"修改任务“{task.number} {task.title}”",
                lambda: plan_edit.update_task(self.ws, task.id, changed),
                lambda: plan_edit.update_task(self.ws, task.id, old),
            )
        if units != before:
            self._push(
                f"调整“{task.number} {task.title}”的责任单位",
                lambda: plan_edit.set_task_units(self.ws, task.id, units),
                lambda: plan_edit.set_task_units(self.ws, task.id, before),
            )
        self.ui.message_label.setText(
            "已保存（可在主窗口按 Ctrl+Z 撤销）" if changed or units != before else "没有修改"
        )

    def add_task(self) -> None:
        task = self.current_task()
        state: dict = {}

        def do() -> None:
            if "snapshot" in state:  # redo puts the same task back (same id and uid)
                plan_edit.restore_task(self.ws, state["snapshot"])
                return
            state["id"] = plan_edit.add_task(
                self.ws, self.plan_id, title="新任务", section_id=task.section_id if task else None,
                after_task_id=task.id if task else None,
            )  # fmt: skip

        def undo() -> None:
            state["snapshot"] = plan_edit.remove_task(self.ws, state["id"])

        if self._push("新增任务", do, undo):
            self._reload(select_id=state["id"])
            self.ui.title_edit.setFocus()
            self.ui.title_edit.selectAll()

    def remove_task(self) -> None:
        task = self.current_task()
        if task is None:
            return
        state: dict = {}

        def do() -> None:
            state["snapshot"] = plan_edit.remove_task(self.ws, task.id)

        self._push(
            f"删除任务“{task.number} {task.title}”", do, lambda: plan_edit.restore_task(self.ws, state["snapshot"])
        )

    def move(self, delta: int) -> None:
        task = self.current_task()
        if task is None:
            return
        if self._push(
            "调整任务顺序",
            lambda: plan_edit.move_task(self.ws, task.id, delta),
            lambda: plan_edit.move_task(self.ws, task.id, -delta),
        ):
            self._reload(select_id=task.id)

    def _push(self, text: str, do, undo) -> bool:
        return self.window_.push(CallCommand(text, do, undo, self._changed))

    def _changed(self) -> None:
        self.window_.refresh()
        self._reload()
