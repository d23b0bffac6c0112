# Generated from forms/main_window.ui by build_spec/build_ui.py (pyside6-uic). Do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QLineEdit, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QStatusBar, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, main_window):
        if not main_window.objectName():
            main_window.setObjectName(u"main_window")
        main_window.resize(1280, 760)
        self.import_action = QAction(main_window)
        self.import_action.setObjectName(u"import_action")
        self.open_action = QAction(main_window)
        self.open_action.setObjectName(u"open_action")
        self.quit_action = QAction(main_window)
        self.quit_action.setObjectName(u"quit_action")
        self.edit_plan_action = QAction(main_window)
        self.edit_plan_action.setObjectName(u"edit_plan_action")
        self.units_action = QAction(main_window)
        self.units_action.setObjectName(u"units_action")
        self.settings_action = QAction(main_window)
        self.settings_action.setObjectName(u"settings_action")
        self.report_word_action = QAction(main_window)
        self.report_word_action.setObjectName(u"report_word_action")
        self.report_ledger_action = QAction(main_window)
        self.report_ledger_action.setObjectName(u"report_ledger_action")
        self.report_indicators_action = QAction(main_window)
        self.report_indicators_action.setObjectName(u"report_indicators_action")
        self.report_keyworks_action = QAction(main_window)
        self.report_keyworks_action.setObjectName(u"report_keyworks_action")
        self.templates_action = QAction(main_window)
        self.templates_action.setObjectName(u"templates_action")
        self.merge_action = QAction(main_window)
        self.merge_action.setObjectName(u"merge_action")
        self.log_folder_action = QAction(main_window)
        self.log_folder_action.setObjectName(u"log_folder_action")
        self.about_action = QAction(main_window)
        self.about_action.setObjectName(u"about_action")
        self.central_widget = QWidget(main_window)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QVBoxLayout(self.central_widget)
        self.central_layout.setObjectName(u"central_layout")
        self.central_layout.setContentsMargins(8, 6, 8, 4)
        self.selector_layout = QHBoxLayout()
        self.selector_layout.setObjectName(u"selector_layout")
        self.plan_label = QLabel(self.central_widget)
        self.plan_label.setObjectName(u"plan_label")

        self.selector_layout.addWidget(self.plan_label)

        self.plan_combo = QComboBox(self.central_widget)
        self.plan_combo.setObjectName(u"plan_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(3)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.plan_combo.sizePolicy().hasHeightForWidth())
        self.plan_combo.setSizePolicy(sizePolicy)
        self.plan_combo.setMinimumContentsLength(20)
        self.plan_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.selector_layout.addWidget(self.plan_combo)

        self.period_label = QLabel(self.central_widget)
        self.period_label.setObjectName(u"period_label")

        self.selector_layout.addWidget(self.period_label)

        self.period_combo = QComboBox(self.central_widget)
        self.period_combo.setObjectName(u"period_combo")

        self.selector_layout.addWidget(self.period_combo)

        self.unit_label = QLabel(self.central_widget)
        self.unit_label.setObjectName(u"unit_label")

        self.selector_layout.addWidget(self.unit_label)

        self.unit_combo = QComboBox(self.central_widget)
        self.unit_combo.setObjectName(u"unit_combo")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.unit_combo.sizePolicy().hasHeightForWidth())
        self.unit_combo.setSizePolicy(sizePolicy1)
        self.unit_combo.setEditable(True)
        self.unit_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.unit_combo.setMinimumContentsLength(10)

        self.selector_layout.addWidget(self.unit_combo)

        self.role_label = QLabel(self.central_widget)
        self.role_label.setObjectName(u"role_label")

        self.selector_layout.addWidget(self.role_label)

        self.role_combo = QComboBox(self.central_widget)
        self.role_combo.addItem("")
        self.role_combo.addItem("")
        self.role_combo.addItem("")
        self.role_combo.setObjectName(u"role_combo")

        self.selector_layout.addWidget(self.role_combo)

        self.search_edit = QLineEdit(self.central_widget)
        self.search_edit.setObjectName(u"search_edit")
        sizePolicy1.setHeightForWidth(self.search_edit.sizePolicy().hasHeightForWidth())
        self.search_edit.setSizePolicy(sizePolicy1)
        self.search_edit.setClearButtonEnabled(True)

        self.selector_layout.addWidget(self.search_edit)


        self.central_layout.addLayout(self.selector_layout)

        self.tabs = QTabWidget(self.central_widget)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)

        self.central_layout.addWidget(self.tabs)

        main_window.setCentralWidget(self.central_widget)
        self.menu_bar = QMenuBar(main_window)
        self.menu_bar.setObjectName(u"menu_bar")
        self.file_menu = QMenu(self.menu_bar)
        self.file_menu.setObjectName(u"file_menu")
        self.edit_menu = QMenu(self.menu_bar)
        self.edit_menu.setObjectName(u"edit_menu")
        self.report_menu = QMenu(self.menu_bar)
        self.report_menu.setObjectName(u"report_menu")
        self.exchange_menu = QMenu(self.menu_bar)
        self.exchange_menu.setObjectName(u"exchange_menu")
        self.help_menu = QMenu(self.menu_bar)
        self.help_menu.setObjectName(u"help_menu")
        main_window.setMenuBar(self.menu_bar)
        self.status_bar = QStatusBar(main_window)
        self.status_bar.setObjectName(u"status_bar")
        main_window.setStatusBar(self.status_bar)
#if QT_CONFIG(shortcut)
        self.plan_label.setBuddy(self.plan_combo)
        self.period_label.setBuddy(self.period_combo)
        self.unit_label.setBuddy(self.unit_combo)
        self.role_label.setBuddy(self.role_combo)
#endif // QT_CONFIG(shortcut)

        self.menu_bar.addAction(self.file_menu.menuAction())
        self.menu_bar.addAction(self.edit_menu.menuAction())
        self.menu_bar.addAction(self.report_menu.menuAction())
        self.menu_bar.addAction(self.exchange_menu.menuAction())
        self.menu_bar.addAction(self.help_menu.menuAction())
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.open_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu.addAction(self.edit_plan_action)
        self.edit_menu.addAction(self.units_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.settings_action)
        self.report_menu.addAction(self.report_word_action)
        self.report_menu.addAction(self.report_ledger_action)
        self.report_menu.addAction(self.report_indicators_action)
        self.report_menu.addAction(self.report_keyworks_action)
        self.exchange_menu.addAction(self.templates_action)
        self.exchange_menu.addAction(self.merge_action)
        self.help_menu.addAction(self.log_folder_action)
        self.help_menu.addAction(self.about_action)

        self.retranslateUi(main_window)
    # setupUi

    def retranslateUi(self, main_window):
        main_window.setWindowTitle(QCoreApplication.translate("MainWindow", u"\u5609\u5174\u5e02\u91cd\u70b9\u4efb\u52a1\u63a8\u8fdb\u7ba1\u7406", None))
        self.import_action.setText(QCoreApplication.translate("MainWindow", u"\u5bfc\u5165\u65b9\u6848(&I)\u2026", None))
#if QT_CONFIG(shortcut)
        self.import_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+I", None))
#endif // QT_CONFIG(shortcut)
#if QT_CONFIG(tooltip)
        self.import_action.setToolTip(QCoreApplication.translate("MainWindow", u"\u4ece Word \u6216\u6587\u672c\u6587\u4ef6\u5bfc\u5165\u65b9\u6848\uff08\u4e5f\u53ef\u628a\u6587\u4ef6\u62d6\u8fdb\u7a97\u53e3\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.open_action.setText(QCoreApplication.translate("MainWindow", u"\u6253\u5f00\u5de5\u4f5c\u533a(&O)\u2026", None))
#if QT_CONFIG(shortcut)
        self.open_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+O", None))
#endif // QT_CONFIG(shortcut)
        self.quit_action.setText(QCoreApplication.translate("MainWindow", u"\u9000\u51fa(&Q)", None))
#if QT_CONFIG(shortcut)
        self.quit_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.edit_plan_action.setText(QCoreApplication.translate("MainWindow", u"\u7f16\u8f91\u65b9\u6848\u6761\u76ee(&P)\u2026", None))
        self.units_action.setText(QCoreApplication.translate("MainWindow", u"\u5355\u4f4d\u540d\u5f55(&U)\u2026", None))
        self.settings_action.setText(QCoreApplication.translate("MainWindow", u"\u8bbe\u7f6e(&S)\u2026", None))
#if QT_CONFIG(shortcut)
        self.settings_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+,", None))
#endif // QT_CONFIG(shortcut)
        self.report_word_action.setText(QCoreApplication.translate("MainWindow", u"\u5b63\u5ea6\u8fdb\u5c55\u62a5\u544a\uff08Word\uff09\u2026", None))
        self.report_ledger_action.setText(QCoreApplication.translate("MainWindow", u"\u91cd\u70b9\u4efb\u52a1\u53f0\u8d26\uff08Excel\uff09\u2026", None))
        self.report_indicators_action.setText(QCoreApplication.translate("MainWindow", u"\u6307\u6807\u8fdb\u5ea6\u8868\uff08Excel\uff09\u2026", None))
        self.report_keyworks_action.setText(QCoreApplication.translate("MainWindow", u"\u91cd\u70b9\u5de5\u4f5c\u6e05\u5355\uff08Excel\uff09\u2026", None))
        self.templates_action.setText(QCoreApplication.translate("MainWindow", u"\u751f\u6210\u586b\u62a5\u6a21\u677f\u2026", None))
        self.merge_action.setText(QCoreApplication.translate("MainWindow", u"\u6c47\u603b\u56de\u6536\u6587\u4ef6\u2026", None))
        self.log_folder_action.setText(QCoreApplication.translate("MainWindow", u"\u6253\u5f00\u65e5\u5fd7\u6587\u4ef6\u5939", None))
        self.about_action.setText(QCoreApplication.translate("MainWindow", u"\u5173\u4e8e(&A)", None))
        self.plan_label.setText(QCoreApplication.translate("MainWindow", u"\u65b9\u6848(&F)", None))
#if QT_CONFIG(tooltip)
        self.plan_combo.setToolTip(QCoreApplication.translate("MainWindow", u"\u8981\u67e5\u770b\u548c\u586b\u62a5\u7684\u65b9\u6848", None))
#endif // QT_CONFIG(tooltip)
        self.period_label.setText(QCoreApplication.translate("MainWindow", u"\u62a5\u544a\u671f(&P)", None))
#if QT_CONFIG(tooltip)
        self.period_combo.setToolTip(QCoreApplication.translate("MainWindow", u"\u586b\u62a5\u548c\u7edf\u8ba1\u7684\u5b63\u5ea6", None))
#endif // QT_CONFIG(tooltip)
        self.unit_label.setText(QCoreApplication.translate("MainWindow", u"\u6211\u7684\u5355\u4f4d(&U)", None))
#if QT_CONFIG(tooltip)
        self.unit_combo.setToolTip(QCoreApplication.translate("MainWindow", u"\u53ea\u770b\u672c\u5355\u4f4d\u7275\u5934\u6216\u914d\u5408\u7684\u4efb\u52a1\u3001\u6307\u6807\u548c\u91cd\u70b9\u5de5\u4f5c\uff1b\u7275\u5934\u5904\u5ba4\u53ef\u9009\u201c\u5168\u90e8\u201d", None))
#endif // QT_CONFIG(tooltip)
        self.role_label.setText(QCoreApplication.translate("MainWindow", u"\u804c\u8d23(&R)", None))
        self.role_combo.setItemText(0, QCoreApplication.translate("MainWindow", u"\u7275\u5934\u548c\u914d\u5408", None))
        self.role_combo.setItemText(1, QCoreApplication.translate("MainWindow", u"\u7275\u5934", None))
        self.role_combo.setItemText(2, QCoreApplication.translate("MainWindow", u"\u914d\u5408", None))

        self.search_edit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"\u641c\u7d22\u7f16\u53f7\u3001\u5185\u5bb9\u3001\u5355\u4f4d\uff08Ctrl+F\uff09", None))
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", u"\u6587\u4ef6(&F)", None))
        self.edit_menu.setTitle(QCoreApplication.translate("MainWindow", u"\u7f16\u8f91(&E)", None))
        self.report_menu.setTitle(QCoreApplication.translate("MainWindow", u"\u62a5\u544a(&R)", None))
        self.exchange_menu.setTitle(QCoreApplication.translate("MainWindow", u"\u586b\u62a5\u4ea4\u6362(&X)", None))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", u"\u5e2e\u52a9(&H)", None))
    # retranslateUi

