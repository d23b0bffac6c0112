# Generated from forms/dashboard_page.ui by build_spec/build_ui.py (pyside6-uic). Do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QSizePolicy, QSplitter, QTableView, QTextBrowser, QVBoxLayout, QWidget

class Ui_DashboardPage(object):
    def setupUi(self, dashboard_page):
        if not dashboard_page.objectName():
            dashboard_page.setObjectName(u"dashboard_page")
        self.page_layout = QVBoxLayout(dashboard_page)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 4, 0, 0)
        self.summary_label = QLabel(dashboard_page)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label.setWordWrap(True)

        self.page_layout.addWidget(self.summary_label)

        self.splitter = QSplitter(dashboard_page)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.chart_row = QWidget(self.splitter)
        self.chart_row.setObjectName(u"chart_row")
        self.chart_row_layout = QHBoxLayout(self.chart_row)
        self.chart_row_layout.setObjectName(u"chart_row_layout")
        self.chart_row_layout.setContentsMargins(0, 0, 0, 0)
        self.status_chart_container = QWidget(self.chart_row)
        self.status_chart_container.setObjectName(u"status_chart_container")
        self.status_chart_container.setMinimumSize(QSize(260, 200))
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(2)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.status_chart_container.sizePolicy().hasHeightForWidth())
        self.status_chart_container.setSizePolicy(sizePolicy)
        self.status_chart_layout = QVBoxLayout(self.status_chart_container)
        self.status_chart_layout.setObjectName(u"status_chart_layout")
        self.status_chart_layout.setContentsMargins(0, 0, 0, 0)

        self.chart_row_layout.addWidget(self.status_chart_container)

        self.section_chart_container = QWidget(self.chart_row)
        self.section_chart_container.setObjectName(u"section_chart_container")
        self.section_chart_container.setMinimumSize(QSize(300, 200))
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(3)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.section_chart_container.sizePolicy().hasHeightForWidth())
        self.section_chart_container.setSizePolicy(sizePolicy1)
        self.section_chart_layout = QVBoxLayout(self.section_chart_container)
        self.section_chart_layout.setObjectName(u"section_chart_layout")
        self.section_chart_layout.setContentsMargins(0, 0, 0, 0)

        self.chart_row_layout.addWidget(self.section_chart_container)

        self.splitter.addWidget(self.chart_row)
        self.table_row = QWidget(self.splitter)
        self.table_row.setObjectName(u"table_row")
        self.table_row_layout = QHBoxLayout(self.table_row)
        self.table_row_layout.setObjectName(u"table_row_layout")
        self.table_row_layout.setContentsMargins(0, 0, 0, 0)
        self.unit_view = QTableView(self.table_row)
        self.unit_view.setObjectName(u"unit_view")
        sizePolicy1.setHeightForWidth(self.unit_view.sizePolicy().hasHeightForWidth())
        self.unit_view.setSizePolicy(sizePolicy1)
        self.unit_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unit_view.setAlternatingRowColors(True)
        self.unit_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.unit_view.setSortingEnabled(True)
        self.unit_view.verticalHeader().setVisible(False)

        self.table_row_layout.addWidget(self.unit_view)

        self.attention_browser = QTextBrowser(self.table_row)
        self.attention_browser.setObjectName(u"attention_browser")
        sizePolicy.setHeightForWidth(self.attention_browser.sizePolicy().hasHeightForWidth())
        self.attention_browser.setSizePolicy(sizePolicy)
        self.attention_browser.setOpenLinks(False)

        self.table_row_layout.addWidget(self.attention_browser)

        self.splitter.addWidget(self.table_row)

        self.page_layout.addWidget(self.splitter)


        self.retranslateUi(dashboard_page)
    # setupUi

    def retranslateUi(self, dashboard_page):
        self.summary_label.setText("")
        pass
    # retranslateUi

