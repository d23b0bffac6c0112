# Generated from forms/settings_dialog.ui by build_spec/build_ui.py (pyside6-uic). Do not edit; edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QGridLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QVBoxLayout

class Ui_SettingsDialog(object):
    def setupUi(self, settings_dialog):
        if not settings_dialog.objectName():
            settings_dialog.setObjectName(u"settings_dialog")
        settings_dialog.resize(560, 460)
        self.dialog_layout = QVBoxLayout(settings_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.clerk_box = QGroupBox(settings_dialog)
        self.clerk_box.setObjectName(u"clerk_box")
        self.clerk_layout = QFormLayout(self.clerk_box)
        self.clerk_layout.setObjectName(u"clerk_layout")
        self.clerk_unit_label = QLabel(self.clerk_box)
        self.clerk_unit_label.setObjectName(u"clerk_unit_label")

        self.clerk_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.clerk_unit_label)

        self.clerk_unit_combo = QComboBox(self.clerk_box)
        self.clerk_unit_combo.setObjectName(u"clerk_unit_combo")
        self.clerk_unit_combo.setEditable(True)
        self.clerk_unit_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.clerk_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.clerk_unit_combo)

        self.clerk_name_label = QLabel(self.clerk_box)
        self.clerk_name_label.setObjectName(u"clerk_name_label")

        self.clerk_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.clerk_name_label)

        self.clerk_name_edit = QLineEdit(self.clerk_box)
        self.clerk_name_edit.setObjectName(u"clerk_name_edit")

        self.clerk_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.clerk_name_edit)

        self.clerk_phone_label = QLabel(self.clerk_box)
        self.clerk_phone_label.setObjectName(u"clerk_phone_label")

        self.clerk_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.clerk_phone_label)

        self.clerk_phone_edit = QLineEdit(self.clerk_box)
        self.clerk_phone_edit.setObjectName(u"clerk_phone_edit")

        self.clerk_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.clerk_phone_edit)

        self.recipient_label = QLabel(self.clerk_box)
        self.recipient_label.setObjectName(u"recipient_label")

        self.clerk_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.recipient_label)

        self.recipient_edit = QLineEdit(self.clerk_box)
        self.recipient_edit.setObjectName(u"recipient_edit")

        self.clerk_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.recipient_edit)

        self.signer_label = QLabel(self.clerk_box)
        self.signer_label.setObjectName(u"signer_label")

        self.clerk_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.signer_label)

        self.signer_edit = QLineEdit(self.clerk_box)
        self.signer_edit.setObjectName(u"signer_edit")

        self.clerk_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.signer_edit)


        self.dialog_layout.addWidget(self.clerk_box)

        self.threshold_box = QGroupBox(settings_dialog)
        self.threshold_box.setObjectName(u"threshold_box")
        self.threshold_layout = QFormLayout(self.threshold_box)
        self.threshold_layout.setObjectName(u"threshold_layout")
        self.yellow_label = QLabel(self.threshold_box)
        self.yellow_label.setObjectName(u"yellow_label")

        self.threshold_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.yellow_label)

        self.yellow_spin = QDoubleSpinBox(self.threshold_box)
        self.yellow_spin.setObjectName(u"yellow_spin")
        self.yellow_spin.setDecimals(0)
        self.yellow_spin.setMaximum(100.000000000000000)

        self.threshold_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.yellow_spin)

        self.red_label = QLabel(self.threshold_box)
        self.red_label.setObjectName(u"red_label")

        self.threshold_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.red_label)

        self.red_spin = QDoubleSpinBox(self.threshold_box)
        self.red_spin.setObjectName(u"red_spin")
        self.red_spin.setDecimals(0)
        self.red_spin.setMaximum(100.000000000000000)

        self.threshold_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.red_spin)


        self.dialog_layout.addWidget(self.threshold_box)

        self.folder_box = QGroupBox(settings_dialog)
        self.folder_box.setObjectName(u"folder_box")
        self.folder_layout = QGridLayout(self.folder_box)
        self.folder_layout.setObjectName(u"folder_layout")
        self.report_dir_label = QLabel(self.folder_box)
        self.report_dir_label.setObjectName(u"report_dir_label")

        self.folder_layout.addWidget(self.report_dir_label, 0, 0, 1, 1)

        self.report_dir_edit = QLineEdit(self.folder_box)
        self.report_dir_edit.setObjectName(u"report_dir_edit")

        self.folder_layout.addWidget(self.report_dir_edit, 0, 1, 1, 1)

        self.report_dir_button = QPushButton(self.folder_box)
        self.report_dir_button.setObjectName(u"report_dir_button")

        self.folder_layout.addWidget(self.report_dir_button, 0, 2, 1, 1)

        self.template_dir_label = QLabel(self.folder_box)
        self.template_dir_label.setObjectName(u"template_dir_label")

        self.folder_layout.addWidget(self.template_dir_label, 1, 0, 1, 1)

        self.template_dir_edit = QLineEdit(self.folder_box)
        self.template_dir_edit.setObjectName(u"template_dir_edit")

        self.folder_layout.addWidget(self.template_dir_edit, 1, 1, 1, 1)

        self.template_dir_button = QPushButton(self.folder_box)
        self.template_dir_button.setObjectName(u"template_dir_button")

        self.folder_layout.addWidget(self.template_dir_button, 1, 2, 1, 1)


        self.dialog_layout.addWidget(self.folder_box)

        self.error_label = QLabel(settings_dialog)
        self.error_label.setObjectName(u"error_label")

        self.dialog_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(settings_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.clerk_unit_label.setBuddy(self.clerk_unit_combo)
        self.clerk_name_label.setBuddy(self.clerk_name_edit)
        self.clerk_phone_label.setBuddy(self.clerk_phone_edit)
        self.recipient_label.setBuddy(self.recipient_edit)
        self.signer_label.setBuddy(self.signer_edit)
        self.yellow_label.setBuddy(self.yellow_spin)
        self.red_label.setBuddy(self.red_spin)
        self.report_dir_label.setBuddy(self.report_dir_edit)
        self.template_dir_label.setBuddy(self.template_dir_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(settings_dialog)
    # setupUi

    def retranslateUi(self, settings_dialog):
        settings_dialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"\u8bbe\u7f6e", None))
        self.clerk_box.setTitle(QCoreApplication.translate("SettingsDialog", u"\u586b\u62a5\u4eba\uff08\u7528\u4e8e\u62a5\u544a\u843d\u6b3e\u548c\u8054\u7cfb\u4eba\uff09", None))
        self.clerk_unit_label.setText(QCoreApplication.translate("SettingsDialog", u"\u6211\u7684\u5355\u4f4d", None))
        self.clerk_name_label.setText(QCoreApplication.translate("SettingsDialog", u"\u8054\u7cfb\u4eba", None))
        self.clerk_phone_label.setText(QCoreApplication.translate("SettingsDialog", u"\u8054\u7cfb\u7535\u8bdd", None))
        self.recipient_label.setText(QCoreApplication.translate("SettingsDialog", u"\u4e3b\u9001\u673a\u5173", None))
        self.signer_label.setText(QCoreApplication.translate("SettingsDialog", u"\u843d\u6b3e\u5355\u4f4d", None))
        self.signer_edit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"\u4e0d\u586b\u5219\u7528\u201c\u6211\u7684\u5355\u4f4d\u201d", None))
        self.threshold_box.setTitle(QCoreApplication.translate("SettingsDialog", u"\u72b6\u6001\u9884\u8b66\uff08\u4f4e\u4e8e\u5e8f\u65f6\u8fdb\u5ea6\u7684\u767e\u5206\u70b9\uff09", None))
        self.yellow_label.setText(QCoreApplication.translate("SettingsDialog", u"\u9ec4\u706f\uff08\u9884\u8b66\uff09\u8d85\u8fc7", None))
        self.yellow_spin.setSuffix(QCoreApplication.translate("SettingsDialog", u" \u4e2a\u767e\u5206\u70b9", None))
        self.red_label.setText(QCoreApplication.translate("SettingsDialog", u"\u7ea2\u706f\uff08\u6ede\u540e\uff09\u8d85\u8fc7", None))
        self.red_spin.setSuffix(QCoreApplication.translate("SettingsDialog", u" \u4e2a\u767e\u5206\u70b9", None))
        self.folder_box.setTitle(QCoreApplication.translate("SettingsDialog", u"\u6587\u4ef6\u5939", None))
        self.report_dir_label.setText(QCoreApplication.translate("SettingsDialog", u"\u62a5\u544a\u4fdd\u5b58\u5230", None))
        self.report_dir_button.setText(QCoreApplication.translate("SettingsDialog", u"\u9009\u62e9\u2026", None))
        self.template_dir_label.setText(QCoreApplication.translate("SettingsDialog", u"\u586b\u62a5\u8868\u4fdd\u5b58\u5230", None))
        self.template_dir_button.setText(QCoreApplication.translate("SettingsDialog", u"\u9009\u62e9\u2026", None))
        self.error_label.setText("")
        self.error_label.setStyleSheet(QCoreApplication.translate("SettingsDialog", u"color: #C00000;", None))
    # retranslateUi

