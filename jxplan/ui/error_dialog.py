"""The dialog for an unexpected error: what happened, the traceback to copy, and where the log is."""

from __future__ import annotations

import traceback

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from jxplan.ui.crash import log_path, open_log_folder
from jxplan.ui.forms.ui_error_dialog import Ui_ErrorDialog


class ErrorDialog(QDialog):
    """An unexpected error: what happened in one line, the traceback to copy, and where the log is."""

    def __init__(self, exc: BaseException, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ErrorDialog()
        self.ui.setupUi(self)
        details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        self.ui.details_edit.setPlainText(details)
        self.ui.log_label.setText(f"详细信息已写入日志：{log_path()}")
        self.ui.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        self.ui.open_log_button.clicked.connect(open_log_folder)
        self.ui.button_box.rejected.connect(self.reject)
