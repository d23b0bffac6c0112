# Generated from forms/plan_editor_dialog.ui by build_spec/build_ui.py (pyside6-uic). Do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QSizePolicy, QSplitter, QTableWidget, QVBoxLayout, QWidget

class Ui_PlanEditorDialog(object):
    def setupUi(self, plan_editor_dialog):
        if not plan_editor_dialog.objectName():
            plan_editor_dialog.setObjectName(u"plan_editor_dialog")
        plan_editor_dialog.resize(1100, 640)
        self.dialog_layout = QVBoxLayout(plan_editor_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.plan_label = QLabel(plan_editor_dialog)
        self.plan_label.setObjectName(u"plan_label")
        self.plan_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.plan_label)

        self.splitter = QSplitter(plan_editor_dialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.list_panel = QWidget(self.splitter)
        self.list_panel.setObjectName(u"list_panel")
        self.list_layout = QVBoxLayout(self.list_panel)
        self.list_layout.setObjectName(u"list_layout")
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.task_list = QListWidget(self.list_panel)
        self.task_list.setObjectName(u"task_list")

        self.list_layout.addWidget(self.task_list)

        self.list_button_layout = QHBoxLayout()
        self.list_button_layout.setObjectName(u"list_button_layout")
        self.add_button = QPushButton(self.list_panel)
        self.add_button.setObjectName(u"add_button")

        self.list_button_layout.addWidget(self.add_button)

        self.remove_button = QPushButton(self.list_panel)
        self.remove_button.setObjectName(u"remove_button")

        self.list_button_layout.addWidget(self.remove_button)

        self.up_button = QPushButton(self.list_panel)
        self.up_button.setObjectName(u"up_button")

        self.list_button_layout.addWidget(self.up_button)

        self.down_button = QPushButton(self.list_panel)
        self.down_button.setObjectName(u"down_button")

        self.list_button_layout.addWidget(self.down_button)


        self.list_layout.addLayout(self.list_button_layout)

        self.splitter.addWidget(self.list_panel)
        self.form_panel = QWidget(self.splitter)
        self.form_panel.setObjectName(u"form_panel")
        self.form_layout = QFormLayout(self.form_panel)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.section_label = QLabel(self.form_panel)
        self.section_label.setObjectName(u"section_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.section_label)

        self.section_combo = QComboBox(self.form_panel)
        self.section_combo.setObjectName(u"section_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.section_combo)

        self.number_label = QLabel(self.form_panel)
        self.number_label.setObjectName(u"number_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.number_label)

        self.number_edit = QLineEdit(self.form_panel)
        self.number_edit.setObjectName(u"number_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.number_edit)

        self.title_label = QLabel(self.form_panel)
        self.title_label.setObjectName(u"title_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(self.form_panel)
        self.title_edit.setObjectName(u"title_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.text_label = QLabel(self.form_panel)
        self.text_label.setObjectName(u"text_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.text_label)

        self.text_edit = QPlainTextEdit(self.form_panel)
        self.text_edit.setObjectName(u"text_edit")
        self.text_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.text_edit)

        self.deadline_label = QLabel(self.form_panel)
        self.deadline_label.setObjectName(u"deadline_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.deadline_label)

        self.deadline_edit = QLineEdit(self.form_panel)
        self.deadline_edit.setObjectName(u"deadline_edit")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.deadline_edit)

        self.units_label = QLabel(self.form_panel)
        self.units_label.setObjectName(u"units_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.units_label)

        self.unit_table = QTableWidget(self.form_panel)
        self.unit_table.setObjectName(u"unit_table")
        self.unit_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unit_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.unit_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.unit_table.verticalHeader().setVisible(False)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.unit_table)

        self.unit_button_layout = QHBoxLayout()
        self.unit_button_layout.setObjectName(u"unit_button_layout")
        self.unit_combo = QComboBox(self.form_panel)
        self.unit_combo.setObjectName(u"unit_combo")
        self.unit_combo.setEditable(True)
        self.unit_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.unit_combo.sizePolicy().hasHeightForWidth())
        self.unit_combo.setSizePolicy(sizePolicy)

        self.unit_button_layout.addWidget(self.unit_combo)

        self.add_lead_button = QPushButton(self.form_panel)
        self.add_lead_button.setObjectName(u"add_lead_button")

        self.unit_button_layout.addWidget(self.add_lead_button)

        self.add_coop_button = QPushButton(self.form_panel)
        self.add_coop_button.setObjectName(u"add_coop_button")

        self.unit_button_layout.addWidget(self.add_coop_button)

        self.remove_unit_button = QPushButton(self.form_panel)
        self.remove_unit_button.setObjectName(u"remove_unit_button")

        self.unit_button_layout.addWidget(self.remove_unit_button)


        self.form_layout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.unit_button_layout)

        self.apply_layout = QHBoxLayout()
        self.apply_layout.setObjectName(u"apply_layout")
        self.message_label = QLabel(self.form_panel)
        self.message_label.setObjectName(u"message_label")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.message_label.sizePolicy().hasHeightForWidth())
        self.message_label.setSizePolicy(sizePolicy1)

        self.apply_layout.addWidget(self.message_label)

        self.apply_button = QPushButton(self.form_panel)
        self.apply_button.setObjectName(u"apply_button")

        self.apply_layout.addWidget(self.apply_button)


        self.form_layout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.apply_layout)

        self.splitter.addWidget(self.form_panel)

        self.dialog_layout.addWidget(self.splitter)

        self.button_box = QDialogButtonBox(plan_editor_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.section_label.setBuddy(self.section_combo)
        self.number_label.setBuddy(self.number_edit)
        self.title_label.setBuddy(self.title_edit)
        self.text_label.setBuddy(self.text_edit)
        self.deadline_label.setBuddy(self.deadline_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(plan_editor_dialog)
    # setupUi

    def retranslateUi(self, plan_editor_dialog):
        plan_editor_dialog.setWindowTitle(QCoreApplication.translate("PlanEditorDialog", u"\u7f16\u8f91\u65b9\u6848\u6761\u76ee", None))
        self.plan_label.setText("")
        self.add_button.setText(QCoreApplication.translate("PlanEditorDialog", u"\u65b0\u589e", None))
#if QT_CONFIG(tooltip)
        self.add_button.setToolTip(QCoreApplication.translate("PlanEditorDialog", u"\u5728\u9009\u4e2d\u4efb\u52a1\u4e4b\u540e\u65b0\u589e\u4e00\u9879\u4efb\u52a1", None))
#endif // QT_CONFIG(tooltip)
        self.remove_button.setText(QCoreApplication.translate("PlanEditorDialog", u"\u5220\u9664", None))
        self.up_button.setText(QCoreApplication.translate("PlanEditorDialog", u"\u4e0a\u79fb", None))
        self.down_button.setText(QCoreApplication.translate("PlanEditorDialog", u"\u4e0b\u79fb", None))
        self.section_label.setText(QCoreApplication.translate("PlanEditorDialog", u"\u6240\u5c5e\u90e8\u5206", None))
        self.number_label.setText(QCoreApplication.translate("PlanEditorDialog", u"\u7f16\u53f7", None))
        self.title_label.setText(QCoreApplication.translate("PlanEditorDialog", u"\u4efb\u52a1\u540d\u79f0", None))
        self.text_label.setText(QCoreApplication.translate("PlanEditorDialog", u"\u4efb\u52a1\u5185\u5bb9", None))
        self.deadline_label.setText(QCoreApplication.translate("PlanEditorDialog", u"\u5b8c\u6210\u65f6\u9650", None))
        self.deadline_edit.setPlaceholderText(QCoreApplication.translate("PlanEditorDialog", u"\u5982\uff1a\u5e74\u5185\u30012026\u5e746\u6708\u5e95\u524d", None))
        self.units_label.setText(QCoreApplication.translate("PlanEditorDialog", u"\u8d23\u4efb\u5355\u4f4d", None))
        self.add_lead_button.setText(QCoreApplication.translate("PlanEditorDialog", u"\u8bbe\u4e3a\u7275\u5934", None))
        self.add_coop_button.setText(QCoreApplication.translate("PlanEditorDialog", u"\u52a0\u4e3a\u914d\u5408", None))
        self.remove_unit_button.setText(QCoreApplication.translate("PlanEditorDialog", u"\u79fb\u9664\u6240\u9009\u5355\u4f4d", None))
        self.message_label.setText("")
        self.apply_button.setText(QCoreApplication.translate("PlanEditorDialog", u"\u4fdd\u5b58\u672c\u6761", None))
    # retranslateUi

