"""Logging to a rotating file, and the two error paths: UserError → a plain Chinese message, a bug → details dialog.

The dialogs' Qt types are imported when an error is shown: creating them costs start-up time no clean start needs.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

from jxplan import APP_TITLE
from jxplan.errors import UserError

log = logging.getLogger("jxplan")
LOG_FILE = "jxplan.log"
LOG_KEEP = 4  # earlier logs kept beside the current one
LOG_LIMIT = 1_000_000
_state: dict[str, Path | bool] = {"log_path": Path(), "showing": False}


def setup_logging(folder: Path) -> Path:
    """Log to `folder/jxplan.log` (kept to 5 files of ~1 MB) and route Qt's own warnings there too."""
    path = folder / LOG_FILE
    try:
        folder.mkdir(parents=True, exist_ok=True)
        rotate_log(path)
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        # A read-only profile must not stop the program; the log then goes to stderr only.
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    qInstallMessageHandler(_qt_message)
    _state["log_path"] = path
    return path


def rotate_log(path: Path, keep: int = LOG_KEEP, limit: int = LOG_LIMIT) -> None:
    """Move a full log aside (jxplan.log → .1 → .2 …, the oldest dropped) before this session opens it.

    Rotating at start-up rather than while writing: a session logs far less than the limit, and
    logging.handlers would cost ~15 ms of every start (it imports socket, pickle and queue).
    """
    try:
        if path.stat().st_size < limit:
            return
        for i in range(keep - 1, 0, -1):
            older = path.with_name(f"{path.name}.{i}")
            if older.exists():
                os.replace(older, path.with_name(f"{path.name}.{i + 1}"))
        os.replace(path, path.with_name(f"{path.name}.1"))
    except OSError:
        pass  # no log yet, or another copy of jxplan has it open (Windows): keep appending to it


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
