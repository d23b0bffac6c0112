# Generated from forms/indicator_page.ui by build_spec/build_ui.py (pyside6-uic). Do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QSizePolicy, QSplitter, QTableView, QTextBrowser, QVBoxLayout, QWidget

class Ui_IndicatorPage(object):
    def setupUi(self, indicator_page):
        if not indicator_page.objectName():
            indicator_page.setObjectName(u"indicator_page")
        self.page_layout = QVBoxLayout(indicator_page)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 4, 0, 0)
        self.splitter = QSplitter(indicator_page)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.table_panel = QWidget(self.splitter)
        self.table_panel.setObjectName(u"table_panel")
        self.table_layout = QVBoxLayout(self.table_panel)
        self.table_layout.setObjectName(u"table_layout")
        self.table_layout.setContentsMargins(0, 0, 0, 0)
        self.indicator_view = QTableView(self.table_panel)
        self.indicator_view.setObjectName(u"indicator_view")
        self.indicator_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.indicator_view.setAlternatingRowColors(True)
        self.indicator_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.indicator_view.setSortingEnabled(True)
        self.indicator_view.verticalHeader().setVisible(False)

        self.table_layout.addWidget(self.indicator_view)

        self.hint_label = QLabel(self.table_panel)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.table_layout.addWidget(self.hint_label)

        self.splitter.addWidget(self.table_panel)
        self.chart_panel = QWidget(self.splitter)
        self.chart_panel.setObjectName(u"chart_panel")
        self.chart_panel_layout = QHBoxLayout(self.chart_panel)
        self.chart_panel_layout.setObjectName(u"chart_panel_layout")
        self.chart_panel_layout.setContentsMargins(0, 0, 0, 0)
        self.chart_container = QWidget(self.chart_panel)
        self.chart_container.setObjectName(u"chart_container")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(3)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.chart_container.sizePolicy().hasHeightForWidth())
        self.chart_container.setSizePolicy(sizePolicy)
        self.chart_container.setMinimumSize(QSize(300, 180))
        self.chart_layout = QVBoxLayout(self.chart_container)
        self.chart_layout.setObjectName(u"chart_layout")
        self.chart_layout.setContentsMargins(0, 0, 0, 0)

        self.chart_panel_layout.addWidget(self.chart_container)

        self.detail_browser = QTextBrowser(self.chart_panel)
        self.detail_browser.setObjectName(u"detail_browser")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(2)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.detail_browser.sizePolicy().hasHeightForWidth())
        self.detail_browser.setSizePolicy(sizePolicy1)

        self.chart_panel_layout.addWidget(self.detail_browser)

        self.splitter.addWidget(self.chart_panel)

        self.page_layout.addWidget(self.splitter)


        self.retranslateUi(indicator_page)
    # setupUi

    def retranslateUi(self, indicator_page):
        self.hint_label.setText(QCoreApplication.translate("IndicatorPage", u"\u53cc\u51fb\u201c\u672c\u671f\u5b8c\u6210\u503c\u201d\u5373\u53ef\u4fee\u6539\uff1b\u4e5f\u53ef\u5728 Excel \u4e2d\u590d\u5236\u4e00\u5217\u6570\u503c\uff0c\u9009\u4e2d\u8d77\u59cb\u5355\u5143\u683c\u540e\u6309 Ctrl+V \u7c98\u8d34\u3002Ctrl+Z \u64a4\u9500\u3002", None))
        pass
    # retranslateUi

