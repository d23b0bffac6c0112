# Generated from forms/merge_report_dialog.ui by build_spec/build_ui.py (pyside6-uic). Do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableWidget, QTextBrowser, QVBoxLayout

class Ui_MergeReportDialog(object):
    def setupUi(self, merge_report_dialog):
        if not merge_report_dialog.objectName():
            merge_report_dialog.setObjectName(u"merge_report_dialog")
        merge_report_dialog.resize(1000, 560)
        self.dialog_layout = QVBoxLayout(merge_report_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.summary_label = QLabel(merge_report_dialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.summary_label)

        self.splitter = QSplitter(merge_report_dialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.file_table = QTableWidget(self.splitter)
        self.file_table.setObjectName(u"file_table")
        self.file_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.file_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.file_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.file_table.setAlternatingRowColors(True)
        self.splitter.addWidget(self.file_table)
        self.file_table.verticalHeader().setVisible(False)
        self.detail_browser = QTextBrowser(self.splitter)
        self.detail_browser.setObjectName(u"detail_browser")
        self.splitter.addWidget(self.detail_browser)
        self.conflict_box = QGroupBox(self.splitter)
        self.conflict_box.setObjectName(u"conflict_box")
        self.conflict_layout = QVBoxLayout(self.conflict_box)
        self.conflict_layout.setObjectName(u"conflict_layout")
        self.conflict_table = QTableWidget(self.conflict_box)
        self.conflict_table.setObjectName(u"conflict_table")
        self.conflict_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflict_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflict_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflict_table.setWordWrap(True)
        self.conflict_table.verticalHeader().setVisible(False)

        self.conflict_layout.addWidget(self.conflict_table)

        self.conflict_button_layout = QHBoxLayout()
        self.conflict_button_layout.setObjectName(u"conflict_button_layout")
        self.conflict_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.conflict_button_layout.addItem(self.conflict_spacer)

        self.keep_current_button = QPushButton(self.conflict_box)
        self.keep_current_button.setObjectName(u"keep_current_button")

        self.conflict_button_layout.addWidget(self.keep_current_button)

        self.take_proposed_button = QPushButton(self.conflict_box)
        self.take_proposed_button.setObjectName(u"take_proposed_button")

        self.conflict_button_layout.addWidget(self.take_proposed_button)


        self.conflict_layout.addLayout(self.conflict_button_layout)

        self.splitter.addWidget(self.conflict_box)

        self.dialog_layout.addWidget(self.splitter)

        self.missing_label = QLabel(merge_report_dialog)
        self.missing_label.setObjectName(u"missing_label")
        self.missing_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.missing_label)

        self.button_box = QDialogButtonBox(merge_report_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.button_box)


        self.retranslateUi(merge_report_dialog)
    # setupUi

    def retranslateUi(self, merge_report_dialog):
        merge_report_dialog.setWindowTitle(QCoreApplication.translate("MergeReportDialog", u"\u6c47\u603b\u7ed3\u679c", None))
        self.summary_label.setText("")
        self.conflict_box.setTitle(QCoreApplication.translate("MergeReportDialog", u"\u51b2\u7a81\uff1a\u5de5\u4f5c\u533a\u4e2d\u5df2\u6709\u4e0d\u540c\u5185\u5bb9\uff0c\u8bf7\u9010\u6761\u51b3\u5b9a", None))
        self.keep_current_button.setText(QCoreApplication.translate("MergeReportDialog", u"\u4fdd\u7559\u73b0\u6709\u5185\u5bb9", None))
        self.take_proposed_button.setText(QCoreApplication.translate("MergeReportDialog", u"\u91c7\u7528\u62a5\u9001\u5185\u5bb9", None))
        self.missing_label.setText("")
    # retranslateUi

