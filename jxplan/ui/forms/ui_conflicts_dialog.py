# Generated from forms/conflicts_dialog.ui by build_spec/build_ui.py (pyside6-uic). Do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QSplitter, QTableWidget, QVBoxLayout, QWidget

class Ui_ConflictsDialog(object):
    def setupUi(self, conflicts_dialog):
        if not conflicts_dialog.objectName():
            conflicts_dialog.setObjectName(u"conflicts_dialog")
        conflicts_dialog.resize(1100, 660)
        self.dialog_layout = QVBoxLayout(conflicts_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.summary_label = QLabel(conflicts_dialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.summary_label)

        self.splitter = QSplitter(conflicts_dialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.conflict_table = QTableWidget(self.splitter)
        self.conflict_table.setObjectName(u"conflict_table")
        self.conflict_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflict_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflict_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflict_table.setAlternatingRowColors(True)
        self.splitter.addWidget(self.conflict_table)
        self.conflict_table.verticalHeader().setVisible(False)
        self.detail_panel = QWidget(self.splitter)
        self.detail_panel.setObjectName(u"detail_panel")
        self.detail_layout = QVBoxLayout(self.detail_panel)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.detail_label = QLabel(self.detail_panel)
        self.detail_label.setObjectName(u"detail_label")
        self.detail_label.setTextFormat(Qt.TextFormat.RichText)
        self.detail_label.setWordWrap(True)

        self.detail_layout.addWidget(self.detail_label)

        self.values_layout = QHBoxLayout()
        self.values_layout.setObjectName(u"values_layout")
        self.current_box = QGroupBox(self.detail_panel)
        self.current_box.setObjectName(u"current_box")
        self.current_layout = QVBoxLayout(self.current_box)
        self.current_layout.setObjectName(u"current_layout")
        self.current_text = QPlainTextEdit(self.current_box)
        self.current_text.setObjectName(u"current_text")
        self.current_text.setReadOnly(True)

        self.current_layout.addWidget(self.current_text)

        self.keep_current_button = QPushButton(self.current_box)
        self.keep_current_button.setObjectName(u"keep_current_button")

        self.current_layout.addWidget(self.keep_current_button)


        self.values_layout.addWidget(self.current_box)

        self.proposed_box = QGroupBox(self.detail_panel)
        self.proposed_box.setObjectName(u"proposed_box")
        self.proposed_layout = QVBoxLayout(self.proposed_box)
        self.proposed_layout.setObjectName(u"proposed_layout")
        self.proposed_text = QPlainTextEdit(self.proposed_box)
        self.proposed_text.setObjectName(u"proposed_text")
        self.proposed_text.setReadOnly(True)

        self.proposed_layout.addWidget(self.proposed_text)

        self.take_proposed_button = QPushButton(self.proposed_box)
        self.take_proposed_button.setObjectName(u"take_proposed_button")

        self.proposed_layout.addWidget(self.take_proposed_button)


        self.values_layout.addWidget(self.proposed_box)


        self.detail_layout.addLayout(self.values_layout)

        self.splitter.addWidget(self.detail_panel)

        self.dialog_layout.addWidget(self.splitter)

        self.bottom_layout = QHBoxLayout()
        self.bottom_layout.setObjectName(u"bottom_layout")
        self.hint_label = QLabel(conflicts_dialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.hint_label.sizePolicy().hasHeightForWidth())
        self.hint_label.setSizePolicy(sizePolicy)

        self.bottom_layout.addWidget(self.hint_label)

        self.button_box = QDialogButtonBox(conflicts_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottom_layout.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.bottom_layout)


        self.retranslateUi(conflicts_dialog)
    # setupUi

    def retranslateUi(self, conflicts_dialog):
        conflicts_dialog.setWindowTitle(QCoreApplication.translate("ConflictsDialog", u"\u5f85\u5904\u7406\u51b2\u7a81", None))
        self.summary_label.setText("")
        self.detail_label.setText("")
        self.current_box.setTitle(QCoreApplication.translate("ConflictsDialog", u"\u73b0\u6709\u5185\u5bb9\uff08\u5de5\u4f5c\u533a\u4e2d\uff09", None))
        self.keep_current_button.setText(QCoreApplication.translate("ConflictsDialog", u"\u4fdd\u7559\u73b0\u6709\u5185\u5bb9", None))
#if QT_CONFIG(tooltip)
        self.keep_current_button.setToolTip(QCoreApplication.translate("ConflictsDialog", u"\u4e0d\u91c7\u7528\u672c\u6b21\u62a5\u9001\u7684\u503c\uff0c\u5de5\u4f5c\u533a\u5185\u5bb9\u4e0d\u53d8", None))
#endif // QT_CONFIG(tooltip)
        self.proposed_box.setTitle(QCoreApplication.translate("ConflictsDialog", u"\u62a5\u9001\u5185\u5bb9\uff08\u586b\u62a5\u8868\u4e2d\uff09", None))
        self.take_proposed_button.setText(QCoreApplication.translate("ConflictsDialog", u"\u91c7\u7528\u62a5\u9001\u5185\u5bb9", None))
#if QT_CONFIG(tooltip)
        self.take_proposed_button.setToolTip(QCoreApplication.translate("ConflictsDialog", u"\u7528\u62a5\u9001\u7684\u503c\u66ff\u6362\u5de5\u4f5c\u533a\u4e2d\u7684\u73b0\u6709\u5185\u5bb9", None))
#endif // QT_CONFIG(tooltip)
        self.hint_label.setText(QCoreApplication.translate("ConflictsDialog", u"\u6bcf\u9879\u51b3\u5b9a\u7acb\u5373\u4fdd\u5b58\u5e76\u8bb0\u5165\u5de5\u4f5c\u533a\u5386\u53f2\uff0c\u4e0d\u80fd\u7528\u201c\u64a4\u9500\u201d\u64a4\u56de\uff1b\u5904\u7406\u540e\u81ea\u52a8\u8f6c\u5230\u4e0b\u4e00\u6761\u3002", None))
    # retranslateUi

