# Generated from forms/error_dialog.ui by build_spec/build_ui.py (pyside6-uic). Do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout

class Ui_ErrorDialog(object):
    def setupUi(self, error_dialog):
        if not error_dialog.objectName():
            error_dialog.setObjectName(u"error_dialog")
        error_dialog.resize(560, 380)
        self.dialog_layout = QVBoxLayout(error_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.message_label = QLabel(error_dialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.message_label)

        self.log_label = QLabel(error_dialog)
        self.log_label.setObjectName(u"log_label")
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.log_label)

        self.details_edit = QPlainTextEdit(error_dialog)
        self.details_edit.setObjectName(u"details_edit")
        self.details_edit.setReadOnly(True)
        self.details_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        self.dialog_layout.addWidget(self.details_edit)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.copy_button = QPushButton(error_dialog)
        self.copy_button.setObjectName(u"copy_button")

        self.button_layout.addWidget(self.copy_button)

        self.open_log_button = QPushButton(error_dialog)
        self.open_log_button.setObjectName(u"open_log_button")

        self.button_layout.addWidget(self.open_log_button)

        self.button_box = QDialogButtonBox(error_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.button_layout.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.button_layout)


        self.retranslateUi(error_dialog)
    # setupUi

    def retranslateUi(self, error_dialog):
        error_dialog.setWindowTitle(QCoreApplication.translate("ErrorDialog", u"\u7a0b\u5e8f\u51fa\u9519", None))
        self.message_label.setText(QCoreApplication.translate("ErrorDialog", u"\u7a0b\u5e8f\u9047\u5230\u4e86\u4e00\u4e2a\u610f\u5916\u9519\u8bef\u3002\u5df2\u4fdd\u5b58\u7684\u6570\u636e\u4e0d\u53d7\u5f71\u54cd\uff0c\u53ef\u4ee5\u7ee7\u7eed\u4f7f\u7528\u3002", None))
        self.log_label.setText("")
        self.copy_button.setText(QCoreApplication.translate("ErrorDialog", u"\u590d\u5236\u8be6\u7ec6\u4fe1\u606f", None))
        self.open_log_button.setText(QCoreApplication.translate("ErrorDialog", u"\u6253\u5f00\u65e5\u5fd7\u6587\u4ef6\u5939", None))
    # retranslateUi

