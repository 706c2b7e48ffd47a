"""The language of a document or export, chosen per export in the window.

Swedish by default in the Swedish interface, English in the English one. The languages are
named in their own language ("Svenska", "English"), as language choosers do.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from larsam_desktop.domain.bilingual import Language
from larsam_desktop.ui.stage_text import interface_language
from larsam_desktop.ui.widgets.choice_combo import ChoiceCombo

LANGUAGE_NAMES: tuple[tuple[str, Language], ...] = (("Svenska", "sv"), ("English", "en"))


class DocumentLanguageCombo(ChoiceCombo):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentLanguage")
        self.setAccessibleName(self.tr("Language of the document"))
        self.set_choices(list(LANGUAGE_NAMES))
        self.set_value(interface_language())

    def language(self) -> Language:
        return "sv" if self.value() == "sv" else "en"
