"""Settings → Language: follow the system, or Swedish / English; applied at the next start."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop.ui.i18n import LANGUAGES, SYSTEM


class LanguageDialog(QDialog):
    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageDialog")
        self.setWindowTitle(self.tr("Language"))
        self.choice = QComboBox(self)
        self.choice.setAccessibleName(self.tr("Interface language"))
        self.choice.addItem(self.tr("Follow the system"), SYSTEM)
        for language in LANGUAGES:
            self.choice.addItem(language.label, language.code)
        index = self.choice.findData(current)
        self.choice.setCurrentIndex(max(index, 0))
        note = QLabel(
            self.tr(
                "The language of menus and texts, and how dates and numbers are written. "
                "It changes the next time LärSam Desktop starts."
            ),
            self,
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.choice)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def selected(self) -> str:
        data = self.choice.currentData()
        return data if isinstance(data, str) else SYSTEM
