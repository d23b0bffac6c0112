# Generated from forms/merge_report_dialog.ui by build_spec/build_ui.py (pyside6-uic). Do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QTableWidget, QVBoxLayout

class Ui_MergeReportDialog(object):
    def setupUi(self, merge_report_dialog):
        if not merge_report_dialog.objectName():
            merge_report_dialog.setObjectName(u"merge_report_dialog")
        merge_report_dialog.resize(1100, 680)
        self.dialog_layout = QVBoxLayout(merge_report_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.summary_label = QLabel(merge_report_dialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.summary_label)

        self.splitter = QSplitter(merge_report_dialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.file_table = QTableWidget(self.splitter)
        self.file_table.setObjectName(u"file_table")
        self.file_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.file_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.file_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.file_table.setAlternatingRowColors(True)
        self.splitter.addWidget(self.file_table)
        self.file_table.verticalHeader().setVisible(False)
        self.problem_box = QGroupBox(self.splitter)
        self.problem_box.setObjectName(u"problem_box")
        self.problem_layout = QVBoxLayout(self.problem_box)
        self.problem_layout.setObjectName(u"problem_layout")
        self.problem_label = QLabel(self.problem_box)
        self.problem_label.setObjectName(u"problem_label")
        self.problem_label.setWordWrap(True)

        self.problem_layout.addWidget(self.problem_label)

        self.problem_table = QTableWidget(self.problem_box)
        self.problem_table.setObjectName(u"problem_table")
        self.problem_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problem_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problem_table.setAlternatingRowColors(True)
        self.problem_table.setWordWrap(True)
        self.problem_table.verticalHeader().setVisible(False)

        self.problem_layout.addWidget(self.problem_table)

        self.splitter.addWidget(self.problem_box)
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
        self.conflict_hint_label = QLabel(self.conflict_box)
        self.conflict_hint_label.setObjectName(u"conflict_hint_label")
        self.conflict_hint_label.setWordWrap(True)

        self.conflict_button_layout.addWidget(self.conflict_hint_label)

        self.keep_current_button = QPushButton(self.conflict_box)
        self.keep_current_button.setObjectName(u"keep_current_button")

        self.conflict_button_layout.addWidget(self.keep_current_button)

        self.take_proposed_button = QPushButton(self.conflict_box)
        self.take_proposed_button.setObjectName(u"take_proposed_button")

        self.conflict_button_layout.addWidget(self.take_proposed_button)


        self.conflict_layout.addLayout(self.conflict_button_layout)

        self.splitter.addWidget(self.conflict_box)

        self.dialog_layout.addWidget(self.splitter)

        self.bottom_layout = QHBoxLayout()
        self.bottom_layout.setObjectName(u"bottom_layout")
        self.export_button = QPushButton(merge_report_dialog)
        self.export_button.setObjectName(u"export_button")

        self.bottom_layout.addWidget(self.export_button)

        self.missing_button = QPushButton(merge_report_dialog)
        self.missing_button.setObjectName(u"missing_button")

        self.bottom_layout.addWidget(self.missing_button)

        self.button_box = QDialogButtonBox(merge_report_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottom_layout.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.bottom_layout)


        self.retranslateUi(merge_report_dialog)
    # setupUi

    def retranslateUi(self, merge_report_dialog):
        merge_report_dialog.setWindowTitle(QCoreApplication.translate("MergeReportDialog", u"\u6c47\u603b\u7ed3\u679c", None))
        self.summary_label.setText("")
        self.problem_box.setTitle(QCoreApplication.translate("MergeReportDialog", u"\u6240\u9009\u6587\u4ef6\u7684\u95ee\u9898", None))
        self.problem_label.setText("")
        self.conflict_box.setTitle(QCoreApplication.translate("MergeReportDialog", u"\u51b2\u7a81\uff1a\u540c\u4e00\u5185\u5bb9\u6709\u4e24\u4e2a\u4e0d\u540c\u7684\u503c\uff0c\u672a\u8986\u76d6\uff0c\u8bf7\u9010\u6761\u51b3\u5b9a", None))
        self.conflict_hint_label.setText(QCoreApplication.translate("MergeReportDialog", u"\u9009\u4e2d\u4e00\u6761\uff0c\u51b3\u5b9a\u4fdd\u7559\u5de5\u4f5c\u533a\u4e2d\u7684\u73b0\u6709\u5185\u5bb9\uff0c\u8fd8\u662f\u91c7\u7528\u672c\u6b21\u62a5\u9001\u7684\u5185\u5bb9\uff1b\u51b3\u5b9a\u7acb\u5373\u4fdd\u5b58\uff0c\u5e76\u8bb0\u5165\u5de5\u4f5c\u533a\u5386\u53f2\u3002", None))
        self.keep_current_button.setText(QCoreApplication.translate("MergeReportDialog", u"\u4fdd\u7559\u73b0\u6709\u5185\u5bb9", None))
        self.take_proposed_button.setText(QCoreApplication.translate("MergeReportDialog", u"\u91c7\u7528\u62a5\u9001\u5185\u5bb9", None))
        self.export_button.setText(QCoreApplication.translate("MergeReportDialog", u"\u5bfc\u51fa\u4e3a Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_button.setToolTip(QCoreApplication.translate("MergeReportDialog", u"\u628a\u5408\u5e76\u60c5\u51b5\u3001\u95ee\u9898\u660e\u7ec6\u3001\u51b2\u7a81\u548c\u50ac\u62a5\u540d\u5355\u4fdd\u5b58\u4e3a .xlsx\uff0c\u4fbf\u4e8e\u6253\u5370\u6216\u8f6c\u53d1", None))
#endif // QT_CONFIG(tooltip)
        self.missing_button.setText(QCoreApplication.translate("MergeReportDialog", u"\u50ac\u62a5\u540d\u5355\u2026", None))
    # retranslateUi

