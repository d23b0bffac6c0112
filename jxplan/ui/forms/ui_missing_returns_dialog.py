# Generated from forms/missing_returns_dialog.ui by build_spec/build_ui.py (pyside6-uic). Do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QTableWidget, QVBoxLayout

class Ui_MissingReturnsDialog(object):
    def setupUi(self, missing_returns_dialog):
        if not missing_returns_dialog.objectName():
            missing_returns_dialog.setObjectName(u"missing_returns_dialog")
        missing_returns_dialog.resize(560, 520)
        self.dialog_layout = QVBoxLayout(missing_returns_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(missing_returns_dialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.unit_table = QTableWidget(missing_returns_dialog)
        self.unit_table.setObjectName(u"unit_table")
        self.unit_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unit_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.unit_table.setAlternatingRowColors(True)
        self.unit_table.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.unit_table)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.copy_button = QPushButton(missing_returns_dialog)
        self.copy_button.setObjectName(u"copy_button")

        self.button_layout.addWidget(self.copy_button)

        self.export_button = QPushButton(missing_returns_dialog)
        self.export_button.setObjectName(u"export_button")

        self.button_layout.addWidget(self.export_button)

        self.button_box = QDialogButtonBox(missing_returns_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.button_layout.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.button_layout)


        self.retranslateUi(missing_returns_dialog)
    # setupUi

    def retranslateUi(self, missing_returns_dialog):
        missing_returns_dialog.setWindowTitle(QCoreApplication.translate("MissingReturnsDialog", u"\u50ac\u62a5\u540d\u5355", None))
        self.intro_label.setText("")
        self.copy_button.setText(QCoreApplication.translate("MissingReturnsDialog", u"\u590d\u5236\u540d\u5355", None))
#if QT_CONFIG(tooltip)
        self.copy_button.setToolTip(QCoreApplication.translate("MissingReturnsDialog", u"\u590d\u5236\u4e3a\u8868\u683c\u6587\u672c\uff0c\u53ef\u76f4\u63a5\u7c98\u8d34\u5230\u5fae\u4fe1\u3001\u90ae\u4ef6\u6216 Excel", None))
#endif // QT_CONFIG(tooltip)
        self.export_button.setText(QCoreApplication.translate("MissingReturnsDialog", u"\u5bfc\u51fa\u4e3a Excel\u2026", None))
    # retranslateUi

