# Generated from forms/plan_editor_dialog.ui by build_spec/build_ui.py (pyside6-uic). Do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QSizePolicy, QSplitter, QStackedWidget, QTableWidget, QVBoxLayout, QWidget

class Ui_PlanEditorDialog(object):
    def setupUi(self, plan_editor_dialog):
        if not plan_editor_dialog.objectName():
            plan_editor_dialog.setObjectName(u"plan_editor_dialog")
        plan_editor_dialog.resize(1100, 660)
        self.dialog_layout = QVBoxLayout(plan_editor_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.top_layout = QHBoxLayout()
        self.top_layout.setObjectName(u"top_layout")
        self.kind_label = QLabel(plan_editor_dialog)
        self.kind_label.setObjectName(u"kind_label")

        self.top_layout.addWidget(self.kind_label)

        self.kind_combo = QComboBox(plan_editor_dialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.top_layout.addWidget(self.kind_combo)

        self.plan_label = QLabel(plan_editor_dialog)
        self.plan_label.setObjectName(u"plan_label")
        self.plan_label.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.plan_label.sizePolicy().hasHeightForWidth())
        self.plan_label.setSizePolicy(sizePolicy)

        self.top_layout.addWidget(self.plan_label)


        self.dialog_layout.addLayout(self.top_layout)

        self.splitter = QSplitter(plan_editor_dialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.list_panel = QWidget(self.splitter)
        self.list_panel.setObjectName(u"list_panel")
        self.list_layout = QVBoxLayout(self.list_panel)
        self.list_layout.setObjectName(u"list_layout")
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.item_list = QListWidget(self.list_panel)
        self.item_list.setObjectName(u"item_list")

        self.list_layout.addWidget(self.item_list)

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
        self.form_panel_layout = QVBoxLayout(self.form_panel)
        self.form_panel_layout.setObjectName(u"form_panel_layout")
        self.form_panel_layout.setContentsMargins(0, 0, 0, 0)
        self.field_stack = QStackedWidget(self.form_panel)
        self.field_stack.setObjectName(u"field_stack")
        self.task_fields = QWidget()
        self.task_fields.setObjectName(u"task_fields")
        self.task_fields_layout = QFormLayout(self.task_fields)
        self.task_fields_layout.setObjectName(u"task_fields_layout")
        self.task_fields_layout.setContentsMargins(0, 0, 0, 0)
        self.section_label = QLabel(self.task_fields)
        self.section_label.setObjectName(u"section_label")

        self.task_fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.section_label)

        self.section_combo = QComboBox(self.task_fields)
        self.section_combo.setObjectName(u"section_combo")

        self.task_fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.section_combo)

        self.number_label = QLabel(self.task_fields)
        self.number_label.setObjectName(u"number_label")

        self.task_fields_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.number_label)

        self.number_edit = QLineEdit(self.task_fields)
        self.number_edit.setObjectName(u"number_edit")

        self.task_fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.number_edit)

        self.title_label = QLabel(self.task_fields)
        self.title_label.setObjectName(u"title_label")

        self.task_fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(self.task_fields)
        self.title_edit.setObjectName(u"title_edit")

        self.task_fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.text_label = QLabel(self.task_fields)
        self.text_label.setObjectName(u"text_label")

        self.task_fields_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.text_label)

        self.text_edit = QPlainTextEdit(self.task_fields)
        self.text_edit.setObjectName(u"text_edit")
        self.text_edit.setTabChangesFocus(True)

        self.task_fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.text_edit)

        self.deadline_label = QLabel(self.task_fields)
        self.deadline_label.setObjectName(u"deadline_label")

        self.task_fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.deadline_label)

        self.deadline_edit = QLineEdit(self.task_fields)
        self.deadline_edit.setObjectName(u"deadline_edit")

        self.task_fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.deadline_edit)

        self.field_stack.addWidget(self.task_fields)
        self.indicator_fields = QWidget()
        self.indicator_fields.setObjectName(u"indicator_fields")
        self.indicator_fields_layout = QFormLayout(self.indicator_fields)
        self.indicator_fields_layout.setObjectName(u"indicator_fields_layout")
        self.indicator_fields_layout.setContentsMargins(0, 0, 0, 0)
        self.indicator_number_label = QLabel(self.indicator_fields)
        self.indicator_number_label.setObjectName(u"indicator_number_label")

        self.indicator_fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.indicator_number_label)

        self.indicator_number_edit = QLineEdit(self.indicator_fields)
        self.indicator_number_edit.setObjectName(u"indicator_number_edit")

        self.indicator_fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.indicator_number_edit)

        self.indicator_name_label = QLabel(self.indicator_fields)
        self.indicator_name_label.setObjectName(u"indicator_name_label")

        self.indicator_fields_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.indicator_name_label)

        self.indicator_name_edit = QLineEdit(self.indicator_fields)
        self.indicator_name_edit.setObjectName(u"indicator_name_edit")

        self.indicator_fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.indicator_name_edit)

        self.measure_unit_label = QLabel(self.indicator_fields)
        self.measure_unit_label.setObjectName(u"measure_unit_label")

        self.indicator_fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.measure_unit_label)

        self.measure_unit_edit = QLineEdit(self.indicator_fields)
        self.measure_unit_edit.setObjectName(u"measure_unit_edit")

        self.indicator_fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.measure_unit_edit)

        self.attribute_label = QLabel(self.indicator_fields)
        self.attribute_label.setObjectName(u"attribute_label")

        self.indicator_fields_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.attribute_label)

        self.attribute_combo = QComboBox(self.indicator_fields)
        self.attribute_combo.addItem("")
        self.attribute_combo.addItem("")
        self.attribute_combo.addItem("")
        self.attribute_combo.setObjectName(u"attribute_combo")
        self.attribute_combo.setEditable(True)

        self.indicator_fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.attribute_combo)

        self.indicator_category_label = QLabel(self.indicator_fields)
        self.indicator_category_label.setObjectName(u"indicator_category_label")

        self.indicator_fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.indicator_category_label)

        self.indicator_category_edit = QLineEdit(self.indicator_fields)
        self.indicator_category_edit.setObjectName(u"indicator_category_edit")

        self.indicator_fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.indicator_category_edit)

        self.baseline_label = QLabel(self.indicator_fields)
        self.baseline_label.setObjectName(u"baseline_label")

        self.indicator_fields_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.baseline_label)

        self.baseline_edit = QLineEdit(self.indicator_fields)
        self.baseline_edit.setObjectName(u"baseline_edit")

        self.indicator_fields_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.baseline_edit)

        self.targets_label = QLabel(self.indicator_fields)
        self.targets_label.setObjectName(u"targets_label")

        self.indicator_fields_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.targets_label)

        self.targets_edit = QPlainTextEdit(self.indicator_fields)
        self.targets_edit.setObjectName(u"targets_edit")
        self.targets_edit.setTabChangesFocus(True)
        self.targets_edit.setMaximumSize(QSize(16777215, 72))

        self.indicator_fields_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.targets_edit)

        self.milestones_label = QLabel(self.indicator_fields)
        self.milestones_label.setObjectName(u"milestones_label")

        self.indicator_fields_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.milestones_label)

        self.milestones_edit = QPlainTextEdit(self.indicator_fields)
        self.milestones_edit.setObjectName(u"milestones_edit")
        self.milestones_edit.setTabChangesFocus(True)
        self.milestones_edit.setMaximumSize(QSize(16777215, 96))

        self.indicator_fields_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.milestones_edit)

        self.field_stack.addWidget(self.indicator_fields)
        self.key_work_fields = QWidget()
        self.key_work_fields.setObjectName(u"key_work_fields")
        self.key_work_fields_layout = QFormLayout(self.key_work_fields)
        self.key_work_fields_layout.setObjectName(u"key_work_fields_layout")
        self.key_work_fields_layout.setContentsMargins(0, 0, 0, 0)
        self.key_work_category_label = QLabel(self.key_work_fields)
        self.key_work_category_label.setObjectName(u"key_work_category_label")

        self.key_work_fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.key_work_category_label)

        self.key_work_category_edit = QLineEdit(self.key_work_fields)
        self.key_work_category_edit.setObjectName(u"key_work_category_edit")

        self.key_work_fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.key_work_category_edit)

        self.key_work_number_label = QLabel(self.key_work_fields)
        self.key_work_number_label.setObjectName(u"key_work_number_label")

        self.key_work_fields_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.key_work_number_label)

        self.key_work_number_edit = QLineEdit(self.key_work_fields)
        self.key_work_number_edit.setObjectName(u"key_work_number_edit")

        self.key_work_fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.key_work_number_edit)

        self.key_work_name_label = QLabel(self.key_work_fields)
        self.key_work_name_label.setObjectName(u"key_work_name_label")

        self.key_work_fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.key_work_name_label)

        self.key_work_name_edit = QLineEdit(self.key_work_fields)
        self.key_work_name_edit.setObjectName(u"key_work_name_edit")

        self.key_work_fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.key_work_name_edit)

        self.content_label = QLabel(self.key_work_fields)
        self.content_label.setObjectName(u"content_label")

        self.key_work_fields_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.content_label)

        self.content_edit = QPlainTextEdit(self.key_work_fields)
        self.content_edit.setObjectName(u"content_edit")
        self.content_edit.setTabChangesFocus(True)

        self.key_work_fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.content_edit)

        self.field_stack.addWidget(self.key_work_fields)

        self.form_panel_layout.addWidget(self.field_stack)

        self.units_box = QGroupBox(self.form_panel)
        self.units_box.setObjectName(u"units_box")
        self.units_layout = QVBoxLayout(self.units_box)
        self.units_layout.setObjectName(u"units_layout")
        self.unit_table = QTableWidget(self.units_box)
        self.unit_table.setObjectName(u"unit_table")
        self.unit_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unit_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.unit_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.unit_table.setMaximumSize(QSize(16777215, 140))
        self.unit_table.verticalHeader().setVisible(False)

        self.units_layout.addWidget(self.unit_table)

        self.unit_button_layout = QHBoxLayout()
        self.unit_button_layout.setObjectName(u"unit_button_layout")
        self.unit_combo = QComboBox(self.units_box)
        self.unit_combo.setObjectName(u"unit_combo")
        self.unit_combo.setEditable(True)
        self.unit_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.unit_combo.sizePolicy().hasHeightForWidth())
        self.unit_combo.setSizePolicy(sizePolicy1)

        self.unit_button_layout.addWidget(self.unit_combo)

        self.add_lead_button = QPushButton(self.units_box)
        self.add_lead_button.setObjectName(u"add_lead_button")

        self.unit_button_layout.addWidget(self.add_lead_button)

        self.add_coop_button = QPushButton(self.units_box)
        self.add_coop_button.setObjectName(u"add_coop_button")

        self.unit_button_layout.addWidget(self.add_coop_button)

        self.remove_unit_button = QPushButton(self.units_box)
        self.remove_unit_button.setObjectName(u"remove_unit_button")

        self.unit_button_layout.addWidget(self.remove_unit_button)


        self.units_layout.addLayout(self.unit_button_layout)


        self.form_panel_layout.addWidget(self.units_box)

        self.apply_layout = QHBoxLayout()
        self.apply_layout.setObjectName(u"apply_layout")
        self.message_label = QLabel(self.form_panel)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.message_label.sizePolicy().hasHeightForWidth())
        self.message_label.setSizePolicy(sizePolicy)

        self.apply_layout.addWidget(self.message_label)

        self.apply_button = QPushButton(self.form_panel)
        self.apply_button.setObjectName(u"apply_button")

        self.apply_layout.addWidget(self.apply_button)


        self.form_panel_layout.addLayout(self.apply_layout)

        self.splitter.addWidget(self.form_panel)

        self.dialog_layout.addWidget(self.splitter)

        self.button_box = QDialogButtonBox(plan_editor_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo)
        self.section_label.setBuddy(self.section_combo)
        self.number_label.setBuddy(self.number_edit)
        self.title_label.setBuddy(self.title_edit)
        self.text_label.setBuddy(self.text_edit)
        self.deadline_label.setBuddy(self.deadline_edit)
        self.indicator_number_label.setBuddy(self.indicator_number_edit)
        self.indicator_name_label.setBuddy(self.indicator_name_edit)
        self.measure_unit_label.setBuddy(self.measure_unit_edit)
        self.attribute_label.setBuddy(self.attribute_combo)
        self.indicator_category_label.setBuddy(self.indicator_category_edit)
        self.baseline_label.setBuddy(self.baseline_edit)
        self.targets_label.setBuddy(self.targets_edit)
        self.milestones_label.setBuddy(self.milestones_edit)
        self.key_work_category_label.setBuddy(self.key_work_category_edit)
        self.key_work_number_label.setBuddy(self.key_work_number_edit)
        self.key_work_name_label.setBuddy(self.key_work_name_edit)
        self.content_label.setBuddy(self.content_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(plan_editor_dialog)
    # setupUi

    def retranslateUi(self, plan_editor_dialog):
        plan_editor_dialog.setWindowTitle(QCoreApplication.translate("PlanEditorDialog", u"\u7f16\u8f91\u65b9\u6848\u6761\u76ee", None))
        self.kind_label.setText(QCoreApplication.translate("PlanEditorDialog", u"\u6761\u76ee\u7c7b\u522b", None))
        self.plan_label.setText("")
        self.add_button.setText(QCoreApplication.translate("PlanEditorDialog", u"\u65b0\u589e", None))
#if QT_CONFIG(tooltip)
        self.add_button.setToolTip(QCoreApplication.translate("PlanEditorDialog", u"\u5728\u9009\u4e2d\u6761\u76ee\u4e4b\u540e\u65b0\u589e\u4e00\u6761", None))
#endif // QT_CONFIG(tooltip)
        self.remove_button.setText(QCoreApplication.translate("PlanEditorDialog", u"\u5220\u9664", None))
#if QT_CONFIG(tooltip)
        self.remove_button.setToolTip(QCoreApplication.translate("PlanEditorDialog", u"\u5220\u9664\u9009\u4e2d\u6761\u76ee\uff08\u5df2\u6709\u586b\u62a5\u5185\u5bb9\u7684\u4e0d\u80fd\u5220\u9664\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.up_button.setText(QCoreApplication.translate("PlanEditorDialog", u"\u4e0a\u79fb", None))
        self.down_button.setText(QCoreApplication.translate("PlanEditorDialog", u"\u4e0b\u79fb", None))
        self.section_label.setText(QCoreApplication.translate("PlanEditorDialog", u"\u6240\u5c5e\u90e8\u5206", None))
        self.number_label.setText(QCoreApplication.translate("PlanEditorDialog", u"\u7f16\u53f7", None))
        self.title_label.setText(QCoreApplication.translate("PlanEditorDialog", u"\u4efb\u52a1\u540d\u79f0", None))
        self.text_label.setText(QCoreApplication.translate("PlanEditorDialog", u"\u4efb\u52a1\u5185\u5bb9", None))
        self.deadline_label.setText(QCoreApplication.translate("PlanEditorDialog", u"\u5b8c\u6210\u65f6\u9650", None))
        self.deadline_edit.setPlaceholderText(QCoreApplication.translate("PlanEditorDialog", u"\u5982\uff1a\u5e74\u5185\u30012026\u5e746\u6708\u5e95\u524d", None))
        self.indicator_number_label.setText(QCoreApplication.translate("PlanEditorDialog", u"\u5e8f\u53f7", None))
        self.indicator_name_label.setText(QCoreApplication.translate("PlanEditorDialog", u"\u6307\u6807\u540d\u79f0", None))
        self.measure_unit_label.setText(QCoreApplication.translate("PlanEditorDialog", u"\u8ba1\u91cf\u5355\u4f4d", None))
        self.measure_unit_edit.setPlaceholderText(QCoreApplication.translate("PlanEditorDialog", u"\u5982\uff1a\u4ebf\u5143\u3001%\u3001\u5bb6", None))
        self.attribute_label.setText(QCoreApplication.translate("PlanEditorDialog", u"\u5c5e\u6027", None))
        self.attribute_combo.setItemText(0, "")
        self.attribute_combo.setItemText(1, QCoreApplication.translate("PlanEditorDialog", u"\u9884\u671f\u6027", None))
        self.attribute_combo.setItemText(2, QCoreApplication.translate("PlanEditorDialog", u"\u7ea6\u675f\u6027", None))

#if QT_CONFIG(tooltip)
        self.attribute_combo.setToolTip(QCoreApplication.translate("PlanEditorDialog", u"\u89c4\u5212\u7eb2\u8981\u7684\u6307\u6807\u5206\u9884\u671f\u6027\u548c\u7ea6\u675f\u6027\uff1b\u65b9\u6848\u6ca1\u6709\u5199\u7684\u7559\u7a7a", None))
#endif // QT_CONFIG(tooltip)
        self.indicator_category_label.setText(QCoreApplication.translate("PlanEditorDialog", u"\u6240\u5c5e\u7c7b\u522b", None))
        self.indicator_category_edit.setPlaceholderText(QCoreApplication.translate("PlanEditorDialog", u"\u591a\u7ea7\u7528\u201c / \u201d\u5206\u9694\uff0c\u5982\uff1a\u521b\u65b0\u6295\u5165 / \u7814\u53d1", None))
        self.baseline_label.setText(QCoreApplication.translate("PlanEditorDialog", u"\u57fa\u671f\u503c", None))
#if QT_CONFIG(tooltip)
        self.baseline_edit.setToolTip(QCoreApplication.translate("PlanEditorDialog", u"\u6309\u65b9\u6848\u539f\u6587\u586b\u5199\uff0c\u5982 60\u30013.7\u5de6\u53f3\u3001\u4e0d\u4f4e\u4e8e65\u3001\u524d50\uff1b\u7cfb\u7edf\u636e\u6b64\u8bfb\u51fa\u6570\u503c\uff0c\u539f\u6587\u7167\u6837\u4fdd\u7559", None))
#endif // QT_CONFIG(tooltip)
        self.baseline_edit.setPlaceholderText(QCoreApplication.translate("PlanEditorDialog", u"\u5e74\u4efd\uff1a\u6570\u503c\uff0c\u5982 2024\u5e74\uff1a51", None))
        self.targets_label.setText(QCoreApplication.translate("PlanEditorDialog", u"\u76ee\u6807\u503c", None))
#if QT_CONFIG(tooltip)
        self.targets_edit.setToolTip(QCoreApplication.translate("PlanEditorDialog", u"\u6309\u65b9\u6848\u539f\u6587\u586b\u5199\uff0c\u5982 60\u30013.7\u5de6\u53f3\u3001\u4e0d\u4f4e\u4e8e65\u3001\u524d50\uff1b\u7cfb\u7edf\u636e\u6b64\u8bfb\u51fa\u6570\u503c\uff0c\u539f\u6587\u7167\u6837\u4fdd\u7559", None))
#endif // QT_CONFIG(tooltip)
        self.targets_edit.setPlaceholderText(QCoreApplication.translate("PlanEditorDialog", u"\u6bcf\u884c\u4e00\u4e2a\uff1a\u5e74\u4efd\uff1a\u6570\u503c\uff0c\u5982 2027\u5e74\uff1a60 \u6216 2027\u5e74\uff1a3.7\u5de6\u53f3", None))
        self.milestones_label.setText(QCoreApplication.translate("PlanEditorDialog", u"\u9636\u6bb5\u76ee\u6807", None))
#if QT_CONFIG(tooltip)
        self.milestones_edit.setToolTip(QCoreApplication.translate("PlanEditorDialog", u"\u6309\u65b9\u6848\u539f\u6587\u586b\u5199\uff0c\u5982 60\u30013.7\u5de6\u53f3\u3001\u4e0d\u4f4e\u4e8e65\u3001\u524d50\uff1b\u7cfb\u7edf\u636e\u6b64\u8bfb\u51fa\u6570\u503c\uff0c\u539f\u6587\u7167\u6837\u4fdd\u7559", None))
#endif // QT_CONFIG(tooltip)
        self.milestones_edit.setPlaceholderText(QCoreApplication.translate("PlanEditorDialog", u"\u6bcf\u884c\u4e00\u4e2a\uff1a\u62a5\u544a\u671f\uff1a\u6570\u503c\uff0c\u5982 2026\u5e74\u7b2c\u4e00\u5b63\u5ea6\uff1a11.34", None))
        self.key_work_category_label.setText(QCoreApplication.translate("PlanEditorDialog", u"\u7c7b\u522b", None))
        self.key_work_category_edit.setPlaceholderText(QCoreApplication.translate("PlanEditorDialog", u"\u5982\uff1a\u79d1\u6280\u5f3a\u57fa\u91cd\u70b9\u9879\u76ee", None))
        self.key_work_number_label.setText(QCoreApplication.translate("PlanEditorDialog", u"\u5e8f\u53f7", None))
        self.key_work_name_label.setText(QCoreApplication.translate("PlanEditorDialog", u"\u540d\u79f0", None))
        self.content_label.setText(QCoreApplication.translate("PlanEditorDialog", u"\u5de5\u4f5c\u5185\u5bb9", None))
        self.units_box.setTitle(QCoreApplication.translate("PlanEditorDialog", u"\u8d23\u4efb\u5355\u4f4d", None))
        self.add_lead_button.setText(QCoreApplication.translate("PlanEditorDialog", u"\u8bbe\u4e3a\u7275\u5934", None))
        self.add_coop_button.setText(QCoreApplication.translate("PlanEditorDialog", u"\u52a0\u4e3a\u914d\u5408", None))
        self.remove_unit_button.setText(QCoreApplication.translate("PlanEditorDialog", u"\u79fb\u9664\u6240\u9009\u5355\u4f4d", None))
        self.message_label.setText("")
        self.apply_button.setText(QCoreApplication.translate("PlanEditorDialog", u"\u4fdd\u5b58\u672c\u6761", None))
    # retranslateUi

