"""The two error paths a clerk sees: a UserError as a plain Chinese warning, a bug as the details dialog with the log."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QTimer, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from jxplan.errors import InputFileError
from jxplan.ui import crash
from jxplan.ui.error_dialog import ErrorDialog


def _close_when_shown(seen: list) -> None:
    """Record the modal dialog that exec() opened (type and text), then close it (exec waits for a click)."""

    def close() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, close)
            return
        seen.append((dialog, dialog.text() if isinstance(dialog, QMessageBox) else ""))
        dialog.reject()

    QTimer.singleShot(0, close)


@pytest.fixture
def log_folder(tmp_path):
    """The app's logging set up as `jxplan gui` does it, and taken down again so later tests see no log file."""
    crash.setup_logging(tmp_path)
    yield tmp_path
    qInstallMessageHandler(None)
    for handler in crash.log.handlers:
        handler.close()
    crash.log.handlers.clear()
    crash.log.setLevel(logging.NOTSET)


def test_a_bug_shows_the_traceback_and_the_log_path(qapp, log_folder):
    seen: list = []
    _close_when_shown(seen)
    try:
        raise RuntimeError("坏了")
    except RuntimeError as exc:
        crash.show_error(None, exc)
    [(dialog, _text)] = seen
    assert isinstance(dialog, ErrorDialog)
    assert "RuntimeError: 坏了" in dialog.ui.details_edit.toPlainText()
    assert str(log_folder / crash.LOG_FILE) in dialog.ui.log_label.text()
    for handler in crash.log.handlers:
        handler.flush()
    assert "RuntimeError: 坏了" in (log_folder / crash.LOG_FILE).read_text(encoding="utf-8")


def test_a_user_error_is_a_plain_warning(qapp):
    seen: list = []
    _close_when_shown(seen)
    crash.show_error(None, InputFileError("“a.xlsx”不是填报表", where="Sheet1!B3"))
    [(box, text)] = seen
    assert isinstance(box, QMessageBox)
    assert text == "Sheet1!B3：“a.xlsx”不是填报表"


def test_a_full_log_is_moved_aside_at_start_and_the_oldest_dropped(tmp_path):
    log = tmp_path / crash.LOG_FILE
    for i in range(1, crash.LOG_KEEP + 1):
        (tmp_path / f"{crash.LOG_FILE}.{i}").write_text(f"旧{i}", encoding="utf-8")
    log.write_text("满" * 10, encoding="utf-8")
    crash.rotate_log(log, limit=20)
    assert not log.exists()
    assert [(tmp_path / f"{crash.LOG_FILE}.{i}").read_text(encoding="utf-8") for i in range(1, 5)] == [
        "满" * 10,
        "旧1",
        "旧2",
        "旧3",
    ]
    log.write_text("未满", encoding="utf-8")
    crash.rotate_log(log, limit=20)
    assert log.read_text(encoding="utf-8") == "未满"
