# Generated from forms/unit_form_dialog.ui by build_spec/build_ui.py (pyside6-uic). Do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_UnitFormDialog(object):
    def setupUi(self, unit_form_dialog):
        if not unit_form_dialog.objectName():
            unit_form_dialog.setObjectName(u"unit_form_dialog")
        unit_form_dialog.resize(460, 260)
        self.dialog_layout = QVBoxLayout(unit_form_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.name_label = QLabel(unit_form_dialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(unit_form_dialog)
        self.name_edit.setObjectName(u"name_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.jurisdiction_label = QLabel(unit_form_dialog)
        self.jurisdiction_label.setObjectName(u"jurisdiction_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.jurisdiction_label)

        self.jurisdiction_combo = QComboBox(unit_form_dialog)
        self.jurisdiction_combo.setObjectName(u"jurisdiction_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.jurisdiction_combo)

        self.kind_label = QLabel(unit_form_dialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(unit_form_dialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.full_name_label = QLabel(unit_form_dialog)
        self.full_name_label.setObjectName(u"full_name_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.full_name_label)

        self.full_name_edit = QLineEdit(unit_form_dialog)
        self.full_name_edit.setObjectName(u"full_name_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.full_name_edit)


        self.dialog_layout.addLayout(self.form_layout)

        self.note_label = QLabel(unit_form_dialog)
        self.note_label.setObjectName(u"note_label")
        self.note_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.note_label)

        self.bottom_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(unit_form_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.jurisdiction_label.setBuddy(self.jurisdiction_combo)
        self.kind_label.setBuddy(self.kind_combo)
        self.full_name_label.setBuddy(self.full_name_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.jurisdiction_combo)
        QWidget.setTabOrder(self.jurisdiction_combo, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.full_name_edit)

        self.retranslateUi(unit_form_dialog)
    # setupUi

    def retranslateUi(self, unit_form_dialog):
        unit_form_dialog.setWindowTitle(QCoreApplication.translate("UnitFormDialog", u"\u65b0\u589e\u5355\u4f4d", None))
        self.name_label.setText(QCoreApplication.translate("UnitFormDialog", u"\u5355\u4f4d\u540d\u79f0(&N)", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("UnitFormDialog", u"\u6587\u4ef6\u4e2d\u5e38\u7528\u7684\u7b80\u79f0\uff0c\u5982 \u5e02\u79d1\u6280\u5c40", None))
        self.jurisdiction_label.setText(QCoreApplication.translate("UnitFormDialog", u"\u8f96\u533a(&J)", None))
        self.kind_label.setText(QCoreApplication.translate("UnitFormDialog", u"\u7c7b\u578b(&K)", None))
        self.full_name_label.setText(QCoreApplication.translate("UnitFormDialog", u"\u5168\u79f0(&F)", None))
        self.full_name_edit.setPlaceholderText(QCoreApplication.translate("UnitFormDialog", u"\u5982 \u5609\u5174\u5e02\u79d1\u5b66\u6280\u672f\u5c40\uff08\u53ef\u4e0d\u586b\uff09", None))
        self.note_label.setText("")
    # retranslateUi

