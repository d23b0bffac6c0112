# Generated from forms/unit_merge_dialog.ui by build_spec/build_ui.py (pyside6-uic). Do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QListWidget, QVBoxLayout

class Ui_UnitMergeDialog(object):
    def setupUi(self, unit_merge_dialog):
        if not unit_merge_dialog.objectName():
            unit_merge_dialog.setObjectName(u"unit_merge_dialog")
        unit_merge_dialog.resize(520, 520)
        self.dialog_layout = QVBoxLayout(unit_merge_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.source_label = QLabel(unit_merge_dialog)
        self.source_label.setObjectName(u"source_label")
        self.source_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.source_label)

        self.target_filter_edit = QLineEdit(unit_merge_dialog)
        self.target_filter_edit.setObjectName(u"target_filter_edit")
        self.target_filter_edit.setClearButtonEnabled(True)

        self.dialog_layout.addWidget(self.target_filter_edit)

        self.target_list = QListWidget(unit_merge_dialog)
        self.target_list.setObjectName(u"target_list")

        self.dialog_layout.addWidget(self.target_list)

        self.effect_label = QLabel(unit_merge_dialog)
        self.effect_label.setObjectName(u"effect_label")
        self.effect_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.effect_label)

        self.button_box = QDialogButtonBox(unit_merge_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)


        self.retranslateUi(unit_merge_dialog)
    # setupUi

    def retranslateUi(self, unit_merge_dialog):
        unit_merge_dialog.setWindowTitle(QCoreApplication.translate("UnitMergeDialog", u"\u5408\u5e76\u5355\u4f4d", None))
        self.source_label.setText("")
        self.target_filter_edit.setPlaceholderText(QCoreApplication.translate("UnitMergeDialog", u"\u67e5\u627e\u8981\u5408\u5e76\u5230\u7684\u5355\u4f4d\uff08\u540d\u79f0\u6216\u522b\u540d\uff09", None))
        self.effect_label.setText(QCoreApplication.translate("UnitMergeDialog", u"\u8bf7\u9009\u62e9\u8981\u5408\u5e76\u5230\u7684\u5355\u4f4d\u3002", None))
    # retranslateUi

