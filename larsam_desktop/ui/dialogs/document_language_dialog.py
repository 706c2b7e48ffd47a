"""One small step before an export without a dialog of its own (the calendar, the
registerutdrag): the language of the document, the window's language preselected.

Enter accepts, Escape cancels; the combo has focus and its label is its buddy.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from larsam_desktop.domain.bilingual import Language
from larsam_desktop.ui.widgets.document_language import DocumentLanguageCombo


class DocumentLanguageDialog(QDialog):
    def __init__(self, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentLanguageDialog")
        self.setWindowTitle(title)
        layout = QFormLayout(self)
        about = QLabel(explanation, self)
        about.setWordWrap(True)
        layout.addRow(about)
        self.combo = DocumentLanguageCombo(self)
        label = QLabel(self.tr("&Language of the document:"), self)
        label.setBuddy(self.combo)
        layout.addRow(label, self.combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Continue"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        self.combo.setFocus()

    def language(self) -> Language:
        return self.combo.language()


def ask_document_language(parent: QWidget | None, title: str, explanation: str) -> Language | None:
    """The chosen language, or None when cancelled."""
    dialog = DocumentLanguageDialog(title, explanation, parent)
    try:
        return dialog.language() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
