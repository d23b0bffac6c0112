# Generated from forms/units_dialog.ui by build_spec/build_ui.py (pyside6-uic). Do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QDialogButtonBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSplitter, QTableWidget, QVBoxLayout, QWidget

class Ui_UnitsDialog(object):
    def setupUi(self, units_dialog):
        if not units_dialog.objectName():
            units_dialog.setObjectName(u"units_dialog")
        units_dialog.resize(1000, 620)
        self.dialog_layout = QVBoxLayout(units_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.toolbar_layout = QHBoxLayout()
        self.toolbar_layout.setObjectName(u"toolbar_layout")
        self.filter_edit = QLineEdit(units_dialog)
        self.filter_edit.setObjectName(u"filter_edit")
        self.filter_edit.setClearButtonEnabled(True)

        self.toolbar_layout.addWidget(self.filter_edit)

        self.unknown_only_check = QCheckBox(units_dialog)
        self.unknown_only_check.setObjectName(u"unknown_only_check")

        self.toolbar_layout.addWidget(self.unknown_only_check)

        self.add_unit_button = QPushButton(units_dialog)
        self.add_unit_button.setObjectName(u"add_unit_button")

        self.toolbar_layout.addWidget(self.add_unit_button)

        self.rename_button = QPushButton(units_dialog)
        self.rename_button.setObjectName(u"rename_button")

        self.toolbar_layout.addWidget(self.rename_button)

        self.merge_button = QPushButton(units_dialog)
        self.merge_button.setObjectName(u"merge_button")

        self.toolbar_layout.addWidget(self.merge_button)

        self.delete_button = QPushButton(units_dialog)
        self.delete_button.setObjectName(u"delete_button")

        self.toolbar_layout.addWidget(self.delete_button)


        self.dialog_layout.addLayout(self.toolbar_layout)

        self.splitter = QSplitter(units_dialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.unit_table = QTableWidget(self.splitter)
        self.unit_table.setObjectName(u"unit_table")
        self.unit_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unit_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.unit_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.unit_table.setAlternatingRowColors(True)
        self.splitter.addWidget(self.unit_table)
        self.unit_table.verticalHeader().setVisible(False)
        self.detail_panel = QWidget(self.splitter)
        self.detail_panel.setObjectName(u"detail_panel")
        self.detail_layout = QVBoxLayout(self.detail_panel)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.unit_label = QLabel(self.detail_panel)
        self.unit_label.setObjectName(u"unit_label")
        self.unit_label.setWordWrap(True)

        self.detail_layout.addWidget(self.unit_label)

        self.alias_box = QGroupBox(self.detail_panel)
        self.alias_box.setObjectName(u"alias_box")
        self.alias_layout = QVBoxLayout(self.alias_box)
        self.alias_layout.setObjectName(u"alias_layout")
        self.alias_list = QListWidget(self.alias_box)
        self.alias_list.setObjectName(u"alias_list")

        self.alias_layout.addWidget(self.alias_list)

        self.alias_button_layout = QHBoxLayout()
        self.alias_button_layout.setObjectName(u"alias_button_layout")
        self.alias_edit = QLineEdit(self.alias_box)
        self.alias_edit.setObjectName(u"alias_edit")

        self.alias_button_layout.addWidget(self.alias_edit)

        self.add_alias_button = QPushButton(self.alias_box)
        self.add_alias_button.setObjectName(u"add_alias_button")

        self.alias_button_layout.addWidget(self.add_alias_button)

        self.remove_alias_button = QPushButton(self.alias_box)
        self.remove_alias_button.setObjectName(u"remove_alias_button")

        self.alias_button_layout.addWidget(self.remove_alias_button)


        self.alias_layout.addLayout(self.alias_button_layout)


        self.detail_layout.addWidget(self.alias_box)

        self.member_box = QGroupBox(self.detail_panel)
        self.member_box.setObjectName(u"member_box")
        self.member_layout = QVBoxLayout(self.member_box)
        self.member_layout.setObjectName(u"member_layout")
        self.member_list = QListWidget(self.member_box)
        self.member_list.setObjectName(u"member_list")

        self.member_layout.addWidget(self.member_list)


        self.detail_layout.addWidget(self.member_box)

        self.message_label = QLabel(self.detail_panel)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.detail_layout.addWidget(self.message_label)

        self.splitter.addWidget(self.detail_panel)

        self.dialog_layout.addWidget(self.splitter)

        self.bottom_layout = QHBoxLayout()
        self.bottom_layout.setObjectName(u"bottom_layout")
        self.undo_note_label = QLabel(units_dialog)
        self.undo_note_label.setObjectName(u"undo_note_label")
        self.undo_note_label.setWordWrap(True)

        self.bottom_layout.addWidget(self.undo_note_label)

        self.button_box = QDialogButtonBox(units_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottom_layout.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.bottom_layout)


        self.retranslateUi(units_dialog)
    # setupUi

    def retranslateUi(self, units_dialog):
        units_dialog.setWindowTitle(QCoreApplication.translate("UnitsDialog", u"\u5355\u4f4d\u540d\u5f55", None))
        self.filter_edit.setPlaceholderText(QCoreApplication.translate("UnitsDialog", u"\u6309\u540d\u79f0\u3001\u522b\u540d\u6216\u8f96\u533a\u67e5\u627e", None))
        self.unknown_only_check.setText(QCoreApplication.translate("UnitsDialog", u"\u53ea\u770b\u672a\u8bc6\u522b", None))
#if QT_CONFIG(tooltip)
        self.unknown_only_check.setToolTip(QCoreApplication.translate("UnitsDialog", u"\u53ea\u5217\u51fa\u5bfc\u5165\u6587\u4ef6\u4e2d\u51fa\u73b0\u3001\u540d\u5f55\u4e2d\u6ca1\u6709\u7684\u5355\u4f4d\u540d\u79f0\uff0c\u4ee5\u4fbf\u5408\u5e76\u5230\u540d\u5f55\u4e2d\u7684\u5355\u4f4d\u6216\u786e\u8ba4\u4e3a\u65b0\u5355\u4f4d", None))
#endif // QT_CONFIG(tooltip)
        self.add_unit_button.setText(QCoreApplication.translate("UnitsDialog", u"\u65b0\u589e\u5355\u4f4d\u2026", None))
        self.rename_button.setText(QCoreApplication.translate("UnitsDialog", u"\u6539\u540d\u2026", None))
#if QT_CONFIG(tooltip)
        self.rename_button.setToolTip(QCoreApplication.translate("UnitsDialog", u"\u4fee\u6539\u540d\u79f0\u3001\u7c7b\u578b\u6216\u5168\u79f0\uff1b\u539f\u540d\u79f0\u4fdd\u7559\u4e3a\u522b\u540d", None))
#endif // QT_CONFIG(tooltip)
        self.merge_button.setText(QCoreApplication.translate("UnitsDialog", u"\u5408\u5e76\u5230\u2026", None))
#if QT_CONFIG(tooltip)
        self.merge_button.setToolTip(QCoreApplication.translate("UnitsDialog", u"\u628a\u91cd\u590d\u6216\u672a\u8bc6\u522b\u7684\u540d\u79f0\u5e76\u5165\u540d\u5f55\u4e2d\u7684\u5355\u4f4d\uff0c\u539f\u540d\u79f0\u4f5c\u4e3a\u522b\u540d\u4fdd\u7559", None))
#endif // QT_CONFIG(tooltip)
        self.delete_button.setText(QCoreApplication.translate("UnitsDialog", u"\u5220\u9664", None))
#if QT_CONFIG(tooltip)
        self.delete_button.setToolTip(QCoreApplication.translate("UnitsDialog", u"\u5220\u9664\u6ca1\u6709\u4efb\u52a1\u3001\u6307\u6807\u548c\u586b\u62a5\u8bb0\u5f55\u7684\u5355\u4f4d", None))
#endif // QT_CONFIG(tooltip)
        self.unit_label.setText("")
        self.alias_box.setTitle(QCoreApplication.translate("UnitsDialog", u"\u522b\u540d\uff08\u66fe\u7528\u540d\u3001\u7b80\u79f0\uff1b\u6587\u4ef6\u4e2d\u51fa\u73b0\u8fd9\u4e9b\u540d\u79f0\u65f6\u8ba4\u4f5c\u672c\u5355\u4f4d\uff09", None))
        self.alias_edit.setPlaceholderText(QCoreApplication.translate("UnitsDialog", u"\u65b0\u522b\u540d", None))
        self.add_alias_button.setText(QCoreApplication.translate("UnitsDialog", u"\u6dfb\u52a0", None))
        self.remove_alias_button.setText(QCoreApplication.translate("UnitsDialog", u"\u5220\u9664\u6240\u9009", None))
        self.member_box.setTitle(QCoreApplication.translate("UnitsDialog", u"\u5305\u542b\u7684\u5355\u4f4d\uff08\u7fa4\u4f53\u79f0\u8c13\uff09", None))
        self.message_label.setText("")
        self.undo_note_label.setText(QCoreApplication.translate("UnitsDialog", u"\u65b0\u589e\u3001\u6539\u540d\u548c\u522b\u540d\u4fee\u6539\u7acb\u5373\u4fdd\u5b58\uff0c\u53ef\u5728\u4e3b\u7a97\u53e3\u6309 Ctrl+Z \u64a4\u9500\uff1b\u5408\u5e76\u548c\u5220\u9664\u7acb\u5373\u4fdd\u5b58\u5e76\u8bb0\u5165\u5de5\u4f5c\u533a\u5386\u53f2\uff0c\u4e0d\u80fd\u7528\u201c\u64a4\u9500\u201d\u64a4\u56de\u3002", None))
    # retranslateUi

