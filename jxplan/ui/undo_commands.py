"""Undoable edits: each redo/undo is one workspace action through the services, so history stays complete."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from jxplan.core.model import IndicatorActual, TaskProgress
from jxplan.services.progress import empty_entry, record_actual, record_progress
from jxplan.services.settings import set_settings
from jxplan.services.workspace import Workspace


class AppliedCommand(QUndoCommand):
    """A command applied before it is pushed, so a failure (disk full, locked) never leaves it on the stack.

    QUndoStack.push() calls redo() at once; that first call is skipped because apply() already did the work.
    """

    def __init__(self, text: str):
        super().__init__(text)
        self._skip_next_redo = False

    def apply(self) -> None:
        self.do()
        self._skip_next_redo = True

    def redo(self) -> None:
        if self._skip_next_redo:
            self._skip_next_redo = False
            return
        self.do()

    def do(self) -> None:
        raise NotImplementedError


class RecordProgressCommand(AppliedCommand):
    """Store one progress entry; undo puts back what was there before (or removes a first entry)."""

    def __init__(self, ws: Workspace, entry: TaskProgress, label: str, on_change: Callable[[], None]):
        super().__init__(f"填报“{label}”")
        self.ws, self.entry, self.on_change = ws, entry, on_change
        self.previous: TaskProgress | None = None

    def do(self) -> None:
        self.previous = record_progress(self.ws, self.entry, summary=self.text())
        self.on_change()

    def undo(self) -> None:
        record_progress(self.ws, self.previous or empty_entry(self.entry), summary=f"撤销{self.text()}")
        self.on_change()


class RecordActualsCommand(AppliedCommand):
    """Store indicator actual values (one, or a pasted column) as one action; undo restores them all."""

    def __init__(self, ws: Workspace, actuals: list[IndicatorActual], text: str, on_change: Callable[[], None]):
        super().__init__(text)
        self.ws, self.actuals, self.on_change = ws, actuals, on_change
        self.previous: list[IndicatorActual | None] = []

    def do(self) -> None:
        with self.ws.action(self.text(), kind="indicator"):
            self.previous = [record_actual(self.ws, a, summary=self.text()) for a in self.actuals]
        self.on_change()

    def undo(self) -> None:
        with self.ws.action(f"撤销{self.text()}", kind="indicator"):
            for new, old in zip(reversed(self.actuals), reversed(self.previous), strict=True):
                record_actual(self.ws, old or IndicatorActual(new.indicator_id, new.unit_id, new.period))
        self.on_change()


class SetSettingsCommand(AppliedCommand):
    """Change settings as one action; undo restores the values they had."""

    def __init__(self, ws: Workspace, changes: dict, before: dict, on_change: Callable[[], None]):
        super().__init__("修改设置")
        self.ws, self.changes, self.on_change = ws, changes, on_change
        self.before = {k: before.get(k) for k in changes}

    def do(self) -> None:
        set_settings(self.ws, self.changes)
        self.on_change()

    def undo(self) -> None:
        set_settings(self.ws, self.before)
        self.on_change()


class CallCommand(AppliedCommand):
    """An edit given as two calls: `do()` makes it, `undo()` takes it back (plan edits built by the editor)."""

    def __init__(self, text: str, do: Callable[[], None], undo: Callable[[], None], on_change: Callable[[], None]):
        super().__init__(text)
        self._do, self._undo, self.on_change = do, undo, on_change

    def do(self) -> None:
        self._do()
        self.on_change()

    def undo(self) -> None:
        self._undo()
        self.on_change()
