# Generated from forms/import_review_dialog.ui by build_spec/build_ui.py (pyside6-uic). Do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QPlainTextEdit, QPushButton, QSplitter, QTabWidget, QTableWidget, QVBoxLayout, QWidget

class Ui_ImportReviewDialog(object):
    def setupUi(self, import_review_dialog):
        if not import_review_dialog.objectName():
            import_review_dialog.setObjectName(u"import_review_dialog")
        import_review_dialog.resize(1200, 720)
        self.dialog_layout = QVBoxLayout(import_review_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.header_label = QLabel(import_review_dialog)
        self.header_label.setObjectName(u"header_label")
        self.header_label.setWordWrap(True)
        self.header_label.setTextFormat(Qt.TextFormat.RichText)

        self.dialog_layout.addWidget(self.header_label)

        self.tabs = QTabWidget(import_review_dialog)
        self.tabs.setObjectName(u"tabs")
        self.tasks_tab = QWidget()
        self.tasks_tab.setObjectName(u"tasks_tab")
        self.tasks_layout = QHBoxLayout(self.tasks_tab)
        self.tasks_layout.setObjectName(u"tasks_layout")
        self.tasks_splitter = QSplitter(self.tasks_tab)
        self.tasks_splitter.setObjectName(u"tasks_splitter")
        self.tasks_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.tasks_splitter.setChildrenCollapsible(False)
        self.task_table = QTableWidget(self.tasks_splitter)
        self.task_table.setObjectName(u"task_table")
        self.task_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.task_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.task_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.task_table.setAlternatingRowColors(True)
        self.tasks_splitter.addWidget(self.task_table)
        self.task_table.verticalHeader().setVisible(False)
        self.task_panel = QWidget(self.tasks_splitter)
        self.task_panel.setObjectName(u"task_panel")
        self.task_panel_layout = QVBoxLayout(self.task_panel)
        self.task_panel_layout.setObjectName(u"task_panel_layout")
        self.task_panel_layout.setContentsMargins(0, 0, 0, 0)
        self.task_text = QPlainTextEdit(self.task_panel)
        self.task_text.setObjectName(u"task_text")
        self.task_text.setReadOnly(True)

        self.task_panel_layout.addWidget(self.task_text)

        self.task_unit_table = QTableWidget(self.task_panel)
        self.task_unit_table.setObjectName(u"task_unit_table")
        self.task_unit_table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)
        self.task_unit_table.verticalHeader().setVisible(False)

        self.task_panel_layout.addWidget(self.task_unit_table)

        self.task_button_layout = QHBoxLayout()
        self.task_button_layout.setObjectName(u"task_button_layout")
        self.merge_button = QPushButton(self.task_panel)
        self.merge_button.setObjectName(u"merge_button")

        self.task_button_layout.addWidget(self.merge_button)

        self.split_button = QPushButton(self.task_panel)
        self.split_button.setObjectName(u"split_button")

        self.task_button_layout.addWidget(self.split_button)

        self.not_task_button = QPushButton(self.task_panel)
        self.not_task_button.setObjectName(u"not_task_button")

        self.task_button_layout.addWidget(self.not_task_button)


        self.task_panel_layout.addLayout(self.task_button_layout)

        self.tasks_splitter.addWidget(self.task_panel)

        self.tasks_layout.addWidget(self.tasks_splitter)

        self.tabs.addTab(self.tasks_tab, "")
        self.units_tab = QWidget()
        self.units_tab.setObjectName(u"units_tab")
        self.units_layout = QVBoxLayout(self.units_tab)
        self.units_layout.setObjectName(u"units_layout")
        self.units_hint_label = QLabel(self.units_tab)
        self.units_hint_label.setObjectName(u"units_hint_label")
        self.units_hint_label.setWordWrap(True)

        self.units_layout.addWidget(self.units_hint_label)

        self.unit_table = QTableWidget(self.units_tab)
        self.unit_table.setObjectName(u"unit_table")
        self.unit_table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)
        self.unit_table.setAlternatingRowColors(True)
        self.unit_table.verticalHeader().setVisible(False)

        self.units_layout.addWidget(self.unit_table)

        self.tabs.addTab(self.units_tab, "")
        self.indicators_tab = QWidget()
        self.indicators_tab.setObjectName(u"indicators_tab")
        self.indicators_layout = QVBoxLayout(self.indicators_tab)
        self.indicators_layout.setObjectName(u"indicators_layout")
        self.indicator_table = QTableWidget(self.indicators_tab)
        self.indicator_table.setObjectName(u"indicator_table")
        self.indicator_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.indicator_table.setAlternatingRowColors(True)
        self.indicator_table.verticalHeader().setVisible(False)

        self.indicators_layout.addWidget(self.indicator_table)

        self.tabs.addTab(self.indicators_tab, "")
        self.key_works_tab = QWidget()
        self.key_works_tab.setObjectName(u"key_works_tab")
        self.key_works_layout = QVBoxLayout(self.key_works_tab)
        self.key_works_layout.setObjectName(u"key_works_layout")
        self.key_work_table = QTableWidget(self.key_works_tab)
        self.key_work_table.setObjectName(u"key_work_table")
        self.key_work_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.key_work_table.setAlternatingRowColors(True)
        self.key_work_table.verticalHeader().setVisible(False)

        self.key_works_layout.addWidget(self.key_work_table)

        self.tabs.addTab(self.key_works_tab, "")
        self.warnings_tab = QWidget()
        self.warnings_tab.setObjectName(u"warnings_tab")
        self.warnings_layout = QVBoxLayout(self.warnings_tab)
        self.warnings_layout.setObjectName(u"warnings_layout")
        self.warning_list = QListWidget(self.warnings_tab)
        self.warning_list.setObjectName(u"warning_list")
        self.warning_list.setWordWrap(True)

        self.warnings_layout.addWidget(self.warning_list)

        self.tabs.addTab(self.warnings_tab, "")

        self.dialog_layout.addWidget(self.tabs)

        self.changes_label = QLabel(import_review_dialog)
        self.changes_label.setObjectName(u"changes_label")
        self.changes_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.changes_label)

        self.button_box = QDialogButtonBox(import_review_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)


        self.retranslateUi(import_review_dialog)
    # setupUi

    def retranslateUi(self, import_review_dialog):
        import_review_dialog.setWindowTitle(QCoreApplication.translate("ImportReviewDialog", u"\u6838\u5bf9\u5bfc\u5165\u7ed3\u679c", None))
        self.header_label.setText("")
#if QT_CONFIG(tooltip)
        self.task_text.setToolTip(QCoreApplication.translate("ImportReviewDialog", u"\u628a\u5149\u6807\u653e\u5728\u8981\u62c6\u5f00\u7684\u4f4d\u7f6e\uff0c\u518d\u70b9\u201c\u5728\u5149\u6807\u5904\u62c6\u5206\u201d", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.task_unit_table.setToolTip(QCoreApplication.translate("ImportReviewDialog", u"\u53cc\u51fb\u201c\u5355\u4f4d\u201d\u53ef\u66f4\u6b63\u540d\u79f0\uff1b\u5728\u201c\u804c\u8d23\u201d\u4e2d\u53ef\u6539\u4e3a\u7275\u5934\u6216\u914d\u5408", None))
#endif // QT_CONFIG(tooltip)
        self.merge_button.setText(QCoreApplication.translate("ImportReviewDialog", u"\u4e0e\u4e0b\u4e00\u6761\u5408\u5e76", None))
        self.split_button.setText(QCoreApplication.translate("ImportReviewDialog", u"\u5728\u5149\u6807\u5904\u62c6\u5206", None))
        self.not_task_button.setText(QCoreApplication.translate("ImportReviewDialog", u"\u4e0d\u662f\u4efb\u52a1", None))
#if QT_CONFIG(tooltip)
        self.not_task_button.setToolTip(QCoreApplication.translate("ImportReviewDialog", u"\u8fd9\u4e00\u6761\u662f\u6807\u9898\u6216\u8bf4\u660e\u6587\u5b57\uff0c\u4e0d\u4f5c\u4e3a\u4efb\u52a1\u5bfc\u5165", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.tasks_tab), QCoreApplication.translate("ImportReviewDialog", u"\u91cd\u70b9\u4efb\u52a1", None))
        self.units_hint_label.setText(QCoreApplication.translate("ImportReviewDialog", u"\u6807\u9ec4\u7684\u5355\u4f4d\u4e0d\u5728\u5355\u4f4d\u540d\u5f55\u4e2d\u3002\u53cc\u51fb\u201c\u5355\u4f4d\u201d\u4e00\u5217\u53ef\u6539\u4e3a\u540d\u5f55\u4e2d\u7684\u540d\u79f0\uff0c\u5168\u6587\u4e2d\u8be5\u5355\u4f4d\u968f\u4e4b\u66f4\u6b63\u3002", None))
        self.tabs.setTabText(self.tabs.indexOf(self.units_tab), QCoreApplication.translate("ImportReviewDialog", u"\u8d23\u4efb\u5355\u4f4d", None))
        self.tabs.setTabText(self.tabs.indexOf(self.indicators_tab), QCoreApplication.translate("ImportReviewDialog", u"\u6307\u6807", None))
        self.tabs.setTabText(self.tabs.indexOf(self.key_works_tab), QCoreApplication.translate("ImportReviewDialog", u"\u91cd\u70b9\u5de5\u4f5c", None))
        self.tabs.setTabText(self.tabs.indexOf(self.warnings_tab), QCoreApplication.translate("ImportReviewDialog", u"\u63d0\u793a", None))
        self.changes_label.setText("")
    # retranslateUi

