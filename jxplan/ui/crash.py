"""Logging to a rotating file, and the two error paths: UserError → a plain Chinese message, a bug → details dialog.

The dialogs' Qt types are imported when an error is shown: creating them costs start-up time no clean start needs.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

from jxplan import APP_TITLE
from jxplan.errors import UserError

log = logging.getLogger("jxplan")
LOG_FILE = "jxplan.log"
_state: dict[str, Path | bool] = {"log_path": Path(), "showing": False}


def setup_logging(folder: Path) -> Path:
    """Log to `folder/jxplan.log` (5 × 1 MB, rotated) and route Qt's own warnings there too."""
    from logging.handlers import RotatingFileHandler  # only for the real app; not needed to build the window

    path = folder / LOG_FILE
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        # A read-only profile must not stop the program; the log then goes to stderr only.
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    qInstallMessageHandler(_qt_message)
    _state["log_path"] = path
    return path


def log_path() -> Path:
    return _state["log_path"]  # type: ignore[return-value]


def _qt_message(mode: QtMsgType, _context, message: str) -> None:
    level = logging.WARNING if mode in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg) else logging.DEBUG
    log.log(level, "Qt: %s", message)


def open_path(path: Path) -> None:
    """Open a file or folder with the system's program for it (Explorer, Word, Excel)."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def open_log_folder() -> None:
    open_path(log_path().parent)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Tell the user about a failure: their problem in plain Chinese, or ours with details and the log."""
    from PySide6.QtWidgets import QMessageBox

    from jxplan.ui.error_dialog import ErrorDialog

    if isinstance(exc, UserError):
        log.info("用户错误：%s", exc)
        QMessageBox.warning(parent, APP_TITLE, str(exc))
        return
    log.error("意外错误", exc_info=(type(exc), exc, exc.__traceback__))
    if _state["showing"]:  # an error while the dialog is up (e.g. in a paint event) must not stack dialogs
        return
    _state["showing"] = True
    try:
        ErrorDialog(exc, parent).exec()
    finally:
        _state["showing"] = False


def install_excepthook() -> None:
    """Exceptions escaping a slot reach the user as a dialog; the app keeps running."""

    def hook(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if exc is not None and exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        parent = QApplication.activeWindow()
        show_error(parent, exc)

    sys.excepthook = hook
