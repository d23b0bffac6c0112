"""Run long work off the GUI thread: a QRunnable with progress/result/error signals, a progress dialog after 500 ms."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

PROGRESS_DELAY_MS = 500


class Cancelled(Exception):
    """Raised inside the work by its progress callback once the user pressed 取消."""


class WorkerSignals(QObject):
    progress = Signal(int, int, str)  # done, total, what is being done
    result = Signal(object)
    error = Signal(object)  # the exception
    cancelled = Signal()


class Worker(QRunnable):
    """Calls `fn(progress)`; `progress(done, total[, message])` reports and raises Cancelled once cancel() was called.

    The work must not touch widgets, models or the GUI's SQLite connection: open a read-only workspace instead.
    """

    def __init__(self, fn: Callable[..., object]):
        super().__init__()
        self.fn = fn
        self.signals = WorkerSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def report(self, done: int, total: int, message: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled
        self.signals.progress.emit(int(done), int(total), str(message or ""))

    def run(self) -> None:
        try:
            result = self.fn(self.report)
        except Cancelled:
            self.signals.cancelled.emit()
        except BaseException as exc:  # everything reaches the GUI thread, bugs included
            self.signals.error.emit(exc)
        else:
            if self._cancel.is_set():
                self.signals.cancelled.emit()
            else:
                self.signals.result.emit(result)


class BackgroundTask(QObject):
    """One piece of background work with its delayed, cancellable progress dialog; callbacks run on the GUI thread.

    Signals:
        done: emitted after the result, error or cancel callback ran (tests wait on it).
    """

    done = Signal()
    _running: ClassVar[set[BackgroundTask]] = set()  # keeps tasks alive until they finish

    def __init__(
        self,
        parent: QWidget,
        label: str,
        fn: Callable[..., object],
        on_result: Callable[[object], None],
        on_error: Callable[[BaseException], None],
        on_cancel: Callable[[], None] | None = None,
    ):
        super().__init__(parent)
        self.worker = Worker(fn)
        self._on_result, self._on_error, self._on_cancel = on_result, on_error, on_cancel
        self.dialog = QProgressDialog(label, "取消", 0, 0, parent)
        self.dialog.setWindowTitle("请稍候")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumDuration(1_000_000)  # shown by our own timer, not by setValue
        self.dialog.reset()
        self.dialog.canceled.connect(self.cancel)
        self._timer = QTimer(self, singleShot=True, interval=PROGRESS_DELAY_MS)
        self._timer.timeout.connect(self.dialog.show)
        sig = self.worker.signals
        sig.progress.connect(self._progress)
        sig.result.connect(self._result)
        sig.error.connect(self._error)
        sig.cancelled.connect(self._cancelled)

    def start(self) -> BackgroundTask:
        BackgroundTask._running.add(self)
        self._timer.start()
        QThreadPool.globalInstance().start(self.worker)
        return self

    @Slot()
    def cancel(self) -> None:
        self.dialog.setLabelText("正在取消…")
        self.worker.cancel()

    @Slot(int, int, str)
    def _progress(self, done: int, total: int, message: str) -> None:
        if message:
            self.dialog.setLabelText(message)
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))

    def _finish(self) -> None:
        self._timer.stop()
        self.dialog.hide()
        self.dialog.deleteLater()
        BackgroundTask._running.discard(self)

    @Slot(object)
    def _result(self, result: object) -> None:
        self._finish()
        try:
            self._on_result(result)
        finally:
            self.done.emit()

    @Slot(object)
    def _error(self, exc: BaseException) -> None:
        self._finish()
        try:
            self._on_error(exc)
        finally:
            self.done.emit()

    @Slot()
    def _cancelled(self) -> None:
        self._finish()
        try:
            if self._on_cancel:
                self._on_cancel()
        finally:
            self.done.emit()
