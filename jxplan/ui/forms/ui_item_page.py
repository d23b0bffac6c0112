# Generated from forms/item_page.ui by build_spec/build_ui.py (pyside6-uic). Do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QListWidget, QPlainTextEdit, QPushButton, QSizePolicy, QSpinBox, QSplitter, QTableView, QTextBrowser, QVBoxLayout, QWidget

class Ui_ItemPage(object):
    def setupUi(self, item_page):
        if not item_page.objectName():
            item_page.setObjectName(u"item_page")
        self.page_layout = QHBoxLayout(item_page)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 4, 0, 0)
        self.splitter = QSplitter(item_page)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.section_list = QListWidget(self.splitter)
        self.section_list.setObjectName(u"section_list")
        self.section_list.setMinimumSize(QSize(120, 0))
        self.section_list.setWordWrap(True)
        self.splitter.addWidget(self.section_list)
        self.table_panel = QWidget(self.splitter)
        self.table_panel.setObjectName(u"table_panel")
        self.table_layout = QVBoxLayout(self.table_panel)
        self.table_layout.setObjectName(u"table_layout")
        self.table_layout.setContentsMargins(0, 0, 0, 0)
        self.item_view = QTableView(self.table_panel)
        self.item_view.setObjectName(u"item_view")
        self.item_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.item_view.setAlternatingRowColors(True)
        self.item_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.item_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.item_view.setSortingEnabled(True)
        self.item_view.setWordWrap(False)
        self.item_view.verticalHeader().setVisible(False)

        self.table_layout.addWidget(self.item_view)

        self.count_label = QLabel(self.table_panel)
        self.count_label.setObjectName(u"count_label")

        self.table_layout.addWidget(self.count_label)

        self.splitter.addWidget(self.table_panel)
        self.detail_splitter = QSplitter(self.splitter)
        self.detail_splitter.setObjectName(u"detail_splitter")
        self.detail_splitter.setOrientation(Qt.Orientation.Vertical)
        self.detail_splitter.setChildrenCollapsible(False)
        self.detail_browser = QTextBrowser(self.detail_splitter)
        self.detail_browser.setObjectName(u"detail_browser")
        self.detail_browser.setMinimumSize(QSize(300, 80))
        self.detail_browser.setOpenLinks(False)
        self.detail_splitter.addWidget(self.detail_browser)
        self.progress_box = QGroupBox(self.detail_splitter)
        self.progress_box.setObjectName(u"progress_box")
        self.progress_layout = QGridLayout(self.progress_box)
        self.progress_layout.setObjectName(u"progress_layout")
        self.entry_unit_label = QLabel(self.progress_box)
        self.entry_unit_label.setObjectName(u"entry_unit_label")

        self.progress_layout.addWidget(self.entry_unit_label, 0, 0, 1, 1)

        self.entry_unit_combo = QComboBox(self.progress_box)
        self.entry_unit_combo.setObjectName(u"entry_unit_combo")

        self.progress_layout.addWidget(self.entry_unit_combo, 0, 1, 1, 3)

        self.status_label = QLabel(self.progress_box)
        self.status_label.setObjectName(u"status_label")

        self.progress_layout.addWidget(self.status_label, 1, 0, 1, 1)

        self.status_combo = QComboBox(self.progress_box)
        self.status_combo.setObjectName(u"status_combo")

        self.progress_layout.addWidget(self.status_combo, 1, 1, 1, 1)

        self.percent_label = QLabel(self.progress_box)
        self.percent_label.setObjectName(u"percent_label")

        self.progress_layout.addWidget(self.percent_label, 1, 2, 1, 1)

        self.percent_spin = QSpinBox(self.progress_box)
        self.percent_spin.setObjectName(u"percent_spin")
        self.percent_spin.setMinimum(-1)
        self.percent_spin.setMaximum(100)
        self.percent_spin.setSingleStep(5)
        self.percent_spin.setValue(-1)

        self.progress_layout.addWidget(self.percent_spin, 1, 3, 1, 1)

        self.suggestion_layout = QHBoxLayout()
        self.suggestion_layout.setObjectName(u"suggestion_layout")
        self.suggestion_label = QLabel(self.progress_box)
        self.suggestion_label.setObjectName(u"suggestion_label")
        self.suggestion_label.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.suggestion_label.sizePolicy().hasHeightForWidth())
        self.suggestion_label.setSizePolicy(sizePolicy)

        self.suggestion_layout.addWidget(self.suggestion_label)

        self.apply_suggestion_button = QPushButton(self.progress_box)
        self.apply_suggestion_button.setObjectName(u"apply_suggestion_button")

        self.suggestion_layout.addWidget(self.apply_suggestion_button)


        self.progress_layout.addLayout(self.suggestion_layout, 2, 0, 1, 4)

        self.progress_label = QLabel(self.progress_box)
        self.progress_label.setObjectName(u"progress_label")
        self.progress_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.progress_layout.addWidget(self.progress_label, 3, 0, 1, 1)

        self.progress_edit = QPlainTextEdit(self.progress_box)
        self.progress_edit.setObjectName(u"progress_edit")
        self.progress_edit.setTabChangesFocus(True)

        self.progress_layout.addWidget(self.progress_edit, 3, 1, 1, 3)

        self.problems_label = QLabel(self.progress_box)
        self.problems_label.setObjectName(u"problems_label")
        self.problems_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.progress_layout.addWidget(self.problems_label, 4, 0, 1, 1)

        self.problems_edit = QPlainTextEdit(self.progress_box)
        self.problems_edit.setObjectName(u"problems_edit")
        self.problems_edit.setTabChangesFocus(True)

        self.progress_layout.addWidget(self.problems_edit, 4, 1, 1, 3)

        self.next_steps_label = QLabel(self.progress_box)
        self.next_steps_label.setObjectName(u"next_steps_label")
        self.next_steps_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.progress_layout.addWidget(self.next_steps_label, 5, 0, 1, 1)

        self.next_steps_edit = QPlainTextEdit(self.progress_box)
        self.next_steps_edit.setObjectName(u"next_steps_edit")
        self.next_steps_edit.setTabChangesFocus(True)

        self.progress_layout.addWidget(self.next_steps_edit, 5, 1, 1, 3)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.copy_previous_button = QPushButton(self.progress_box)
        self.copy_previous_button.setObjectName(u"copy_previous_button")

        self.button_layout.addWidget(self.copy_previous_button)

        self.saved_label = QLabel(self.progress_box)
        self.saved_label.setObjectName(u"saved_label")
        self.saved_label.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.saved_label.sizePolicy().hasHeightForWidth())
        self.saved_label.setSizePolicy(sizePolicy)

        self.button_layout.addWidget(self.saved_label)

        self.save_button = QPushButton(self.progress_box)
        self.save_button.setObjectName(u"save_button")

        self.button_layout.addWidget(self.save_button)


        self.progress_layout.addLayout(self.button_layout, 6, 0, 1, 4)

        self.detail_splitter.addWidget(self.progress_box)
        self.history_browser = QTextBrowser(self.detail_splitter)
        self.history_browser.setObjectName(u"history_browser")
        self.history_browser.setMinimumSize(QSize(0, 60))
        self.history_browser.setOpenLinks(False)
        self.detail_splitter.addWidget(self.history_browser)
        self.splitter.addWidget(self.detail_splitter)

        self.page_layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.entry_unit_label.setBuddy(self.entry_unit_combo)
        self.status_label.setBuddy(self.status_combo)
        self.percent_label.setBuddy(self.percent_spin)
        self.progress_label.setBuddy(self.progress_edit)
        self.problems_label.setBuddy(self.problems_edit)
        self.next_steps_label.setBuddy(self.next_steps_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(item_page)
    # setupUi

    def retranslateUi(self, item_page):
#if QT_CONFIG(tooltip)
        self.section_list.setToolTip(QCoreApplication.translate("ItemPage", u"\u6309\u7ae0\u8282\u67e5\u770b", None))
#endif // QT_CONFIG(tooltip)
        self.count_label.setText("")
        self.progress_box.setTitle(QCoreApplication.translate("ItemPage", u"\u672c\u671f\u8fdb\u5c55", None))
        self.entry_unit_label.setText(QCoreApplication.translate("ItemPage", u"\u586b\u62a5\u5355\u4f4d", None))
        self.status_label.setText(QCoreApplication.translate("ItemPage", u"\u72b6\u6001(&T)", None))
        self.percent_label.setText(QCoreApplication.translate("ItemPage", u"\u5b8c\u6210\u8fdb\u5ea6", None))
        self.percent_spin.setSpecialValueText(QCoreApplication.translate("ItemPage", u"\u672a\u586b", None))
        self.percent_spin.setSuffix(QCoreApplication.translate("ItemPage", u"%", None))
        self.suggestion_label.setText("")
        self.apply_suggestion_button.setText(QCoreApplication.translate("ItemPage", u"\u91c7\u7528\u5efa\u8bae", None))
#if QT_CONFIG(tooltip)
        self.apply_suggestion_button.setToolTip(QCoreApplication.translate("ItemPage", u"\u628a\u72b6\u6001\u6539\u4e3a\u7cfb\u7edf\u6309\u5e8f\u65f6\u8fdb\u5ea6\u7ed9\u51fa\u7684\u5efa\u8bae\uff1b\u4e0d\u70b9\u5219\u4fdd\u6301\u4f60\u9009\u7684\u72b6\u6001", None))
#endif // QT_CONFIG(tooltip)
        self.progress_label.setText(QCoreApplication.translate("ItemPage", u"\u8fdb\u5c55\u60c5\u51b5", None))
        self.progress_edit.setPlaceholderText(QCoreApplication.translate("ItemPage", u"\u672c\u671f\u505a\u4e86\u4ec0\u4e48\u3001\u53d6\u5f97\u4e86\u4ec0\u4e48\u6210\u6548", None))
        self.problems_label.setText(QCoreApplication.translate("ItemPage", u"\u5b58\u5728\u95ee\u9898", None))
        self.problems_edit.setPlaceholderText(QCoreApplication.translate("ItemPage", u"\u6ca1\u6709\u53ef\u4e0d\u586b", None))
        self.next_steps_label.setText(QCoreApplication.translate("ItemPage", u"\u4e0b\u6b65\u8ba1\u5212", None))
        self.copy_previous_button.setText(QCoreApplication.translate("ItemPage", u"\u590d\u5236\u4e0a\u671f\u5185\u5bb9", None))
#if QT_CONFIG(tooltip)
        self.copy_previous_button.setToolTip(QCoreApplication.translate("ItemPage", u"\u628a\u4e0a\u4e00\u671f\u586b\u62a5\u7684\u6587\u5b57\u590d\u5236\u8fc7\u6765\u4f5c\u4e3a\u8d77\u70b9\uff0c\u518d\u6309\u672c\u671f\u60c5\u51b5\u4fee\u6539", None))
#endif // QT_CONFIG(tooltip)
        self.saved_label.setText("")
        self.save_button.setText(QCoreApplication.translate("ItemPage", u"\u4fdd\u5b58(&S)", None))
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("ItemPage", u"\u4fdd\u5b58\u672c\u671f\u8fdb\u5c55\uff08Ctrl+S\uff09\uff1b\u5207\u6362\u4efb\u52a1\u65f6\u4e5f\u4f1a\u81ea\u52a8\u4fdd\u5b58\uff0c\u53ef\u7528 Ctrl+Z \u64a4\u9500", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

