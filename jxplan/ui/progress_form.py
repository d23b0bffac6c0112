"""The progress form of the task and key-work pages: load an entry, tell what changed, suggest a status."""

from datetime import date
from typing import NamedTuple

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPlainTextEdit

from jxplan.core.model import TaskProgress
from jxplan.core.status import Status, Suggestion, Thresholds, suggest_task_status
from jxplan.ui.forms.ui_item_page import Ui_ItemPage

UNCHANGED_STYLE = "QPlainTextEdit { background: #FFF4CE; }"
NO_STATUS = "（未选）"


class FormContext(NamedTuple):
    """What the form needs besides the entry: whose entry, for which item and period, and the 序时 window."""

    kind: str  # "task" | "key_work"
    item_id: int
    unit_id: int
    period: str
    as_of: date
    window: tuple[date, date]
    thresholds: Thresholds


class ProgressForm(QObject):
    """Mediates the form widgets; knows no database. `entry()` is what the clerk typed.

    Signals:
        changed: the form now differs (or no longer differs) from what is stored.
    """

    changed = Signal()

    def __init__(self, ui: Ui_ItemPage, parent=None):
        super().__init__(parent)
        self.ui = ui
        self.context: FormContext | None = None
        self._stored: TaskProgress | None = None
        self._previous: TaskProgress | None = None
        self._loading = False
        ui.status_combo.addItem(NO_STATUS, None)
        for status in Status:
            ui.status_combo.addItem(status.label, status)
        ui.status_combo.currentIndexChanged.connect(self._on_edit)
        ui.percent_spin.valueChanged.connect(self._on_edit)
        for edit in self._texts():
            edit.textChanged.connect(self._on_edit)
        ui.apply_suggestion_button.clicked.connect(self.apply_suggestion)
        ui.copy_previous_button.clicked.connect(self.copy_previous)

    def _texts(self) -> tuple[QPlainTextEdit, ...]:
        return (self.ui.progress_edit, self.ui.problems_edit, self.ui.next_steps_edit)

    def load(self, context: FormContext | None, stored: TaskProgress | None, previous: TaskProgress | None) -> None:
        """Show a stored entry (None: nothing yet) with the previous period's entry for copy and comparison."""
        self._loading = True
        try:
            self.context, self._stored, self._previous = context, stored, previous
            self.ui.progress_box.setEnabled(context is not None)
            e = stored or TaskProgress(unit_id=0, period="")
            self.ui.status_combo.setCurrentIndex(self.ui.status_combo.findData(e.status) if e.status else 0)
            self.ui.percent_spin.setValue(-1 if e.percent is None else round(e.percent))
            self.ui.progress_edit.setPlainText(e.progress)
            self.ui.problems_edit.setPlainText(e.problems)
            self.ui.next_steps_edit.setPlainText(e.next_steps)
            self.ui.copy_previous_button.setEnabled(previous is not None and not previous.is_empty)
            self.ui.copy_previous_button.setToolTip(
                f"复制 {previous.period} 填报的文字作为起点" if previous else "上一期没有填报内容"
            )
        finally:
            self._loading = False
        self._refresh()

    def entry(self) -> TaskProgress | None:
        """The entry as typed (None when no item is loaded)."""
        c = self.context
        if c is None:
            return None
        percent = self.ui.percent_spin.value()
        return TaskProgress(
            unit_id=c.unit_id,
            period=c.period,
            status=self.ui.status_combo.currentData(),
            percent=None if percent < 0 else float(percent),
            progress=self.ui.progress_edit.toPlainText().strip(),
            problems=self.ui.problems_edit.toPlainText().strip(),
            next_steps=self.ui.next_steps_edit.toPlainText().strip(),
            task_id=c.item_id if c.kind == "task" else None,
            key_work_id=c.item_id if c.kind == "key_work" else None,
            source="手工录入",
        )

    def is_dirty(self) -> bool:
        typed = self.entry()
        if typed is None:
            return False
        return _content(typed) != _content(self._stored) if self._stored else not typed.is_empty

    def suggestion(self) -> Suggestion | None:
        c, typed = self.context, self.entry()
        if c is None or typed is None:
            return None
        return suggest_task_status(typed.percent, c.as_of, c.window[0], c.window[1], c.thresholds)

    def apply_suggestion(self) -> None:
        s = self.suggestion()
        if s:
            self.ui.status_combo.setCurrentIndex(self.ui.status_combo.findData(s.status))

    def copy_previous(self) -> None:
        """Start from last period's text; the copy stays highlighted until it is edited."""
        p = self._previous
        if p is None:
            return
        self.ui.progress_edit.setPlainText(p.progress)
        self.ui.problems_edit.setPlainText(p.problems)
        self.ui.next_steps_edit.setPlainText(p.next_steps)
        if self.ui.percent_spin.value() < 0 and p.percent is not None:
            self.ui.percent_spin.setValue(round(p.percent))
        self.ui.progress_edit.setFocus()

    def unchanged_fields(self) -> list[str]:
        """Names of the text fields that repeat the previous period word for word (a copy not yet updated)."""
        p = self._previous
        if p is None:
            return []
        out = []
        for name, edit, old in zip(
            ("进展情况", "存在问题", "下步计划"), self._texts(), (p.progress, p.problems, p.next_steps), strict=True
        ):
            text = edit.toPlainText().strip()
            if text and text == old.strip():
                out.append(name)
        return out

    def _on_edit(self) -> None:
        if not self._loading:
            self._refresh()
            self.changed.emit()

    def _refresh(self) -> None:
        unchanged = self.unchanged_fields()
        for edit, name in zip(self._texts(), ("进展情况", "存在问题", "下步计划"), strict=True):
            edit.setStyleSheet(UNCHANGED_STYLE if name in unchanged else "")
        notes = []
        if unchanged:
            notes.append(f"{'、'.join(unchanged)}与上期相同，请按本期情况更新")
        if self.is_dirty():
            notes.append("有未保存的修改")
        elif self._stored and self._stored.updated_at:
            notes.append(f"已保存 {self._stored.updated_at.replace('T', ' ')[:16]}")
        self.ui.saved_label.setText("；".join(notes))
        self._show_suggestion()

    def _show_suggestion(self) -> None:
        s = self.suggestion()
        chosen = self.ui.status_combo.currentData()
        if s is None:
            text = "填写完成进度后，将按序时进度给出状态建议" if self.context else ""
            self.ui.suggestion_label.setText(text)
            self.ui.apply_suggestion_button.setEnabled(False)
            return
        text = f"建议状态：{s.status.label}（{s.reason}）"
        if chosen is not None and chosen is not s.status:
            text += f"；当前选择“{chosen.label}”与建议不同"
        self.ui.suggestion_label.setText(text)
        self.ui.apply_suggestion_button.setEnabled(chosen is not s.status)


def _content(e: TaskProgress) -> tuple:
    return (e.status, e.percent, e.progress.strip(), e.problems.strip(), e.next_steps.strip())
