"""The lärcentrum's name, address and logo for printed study plans (``print-settings.json``)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from larsam_desktop.paths import AppPaths
from larsam_desktop.services.print_settings import (
    PrintSettings,
    load_print_settings,
    save_print_settings,
)
from larsam_desktop.ui.messages import os_error_text


class PrintSettingsDialog(QDialog):
    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printSettings")
        self.setWindowTitle(self.tr("Print settings"))
        self._paths = paths
        settings = load_print_settings(paths)
        self.centre_name = QLineEdit(settings.centre_name, self)
        self.centre_name.setAccessibleName(self.tr("Lärcentrum name"))
        self.centre_address = QPlainTextEdit(settings.centre_address, self)
        self.centre_address.setAccessibleName(self.tr("Address"))
        self.centre_address.setMaximumHeight(80)
        self.logo_path = QLineEdit(settings.logo_path, self)
        self.logo_path.setAccessibleName(self.tr("Logo (PNG or JPEG)"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.setAccessibleName(self.tr("Choose the logo file"))
        browse.clicked.connect(self._browse)
        logo = QHBoxLayout()
        logo.addWidget(self.logo_path, 1)
        logo.addWidget(browse)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Lärcentrum &name:"), self.centre_name)
        form.addRow(self.tr("&Address (up to three lines):"), self.centre_address)
        form.addRow(self.tr("&Logo:"), logo)
        form.addRow(buttons)
        self.resize(520, 240)

    def settings(self) -> PrintSettings:
        return PrintSettings(
            self.centre_name.text().strip(),
            self.centre_address.toPlainText().strip(),
            self.logo_path.text().strip(),
        )

    def save(self) -> None:
        try:
            save_print_settings(self._paths, self.settings())
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), os_error_text(exc))
            return
        self.accept()

    def _browse(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Logo"), self.logo_path.text(), self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if name:
            self.logo_path.setText(name)
