"""Printing study plans, shared by the study-plan tab and the batch dialog: the language of
the printout, the print settings, the system print dialog, saving a PDF file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QWidget

from larsam_desktop.paths import AppPaths
from larsam_desktop.services.errors import UserError
from larsam_desktop.ui.file_dialogs import save_file
from larsam_desktop.ui.messages import show_user_error
from larsam_desktop.ui.stage_text import interface_language
from larsam_desktop.ui.widgets.choice_combo import ChoiceCombo


def print_language() -> str:
    """The interface language: a printout is in Swedish in the Swedish interface."""
    return interface_language()


def language_combo(parent: QWidget, accessible_name: str) -> ChoiceCombo:
    """The language of a printout, chosen per export; the interface language to start with.
    The languages are named in their own language, as language pickers do."""
    combo = ChoiceCombo(parent)
    combo.setAccessibleName(accessible_name)
    combo.set_choices([("Svenska", "sv"), ("English", "en")])
    combo.set_value(print_language())
    return combo


def row_of(*widgets: QWidget) -> QHBoxLayout:
    """The widgets side by side, left-aligned."""
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


def edit_print_settings(paths: AppPaths, parent: QWidget) -> None:
    from larsam_desktop.ui.dialogs.print_settings_dialog import PrintSettingsDialog

    PrintSettingsDialog(paths, parent).exec()


def print_and_record(data: bytes, parent: QWidget, title: str, record: Callable[[], None]) -> bool:
    """The system print dialog for the PDF ``data``; ``record`` runs once it was printed."""
    from larsam_desktop.ui.widgets.pdf_printing import print_pdf

    if not print_pdf(data, parent, title):
        return False
    record()
    return True


def save_pdf_file(data: bytes, name: str, parent: QWidget, target: Path | None = None) -> bool:
    """Write ``data`` to ``target`` (asked for, proposing ``name``, when None), atomically."""
    from larsam_desktop.services.atomic_file import write_atomically

    def tr(text: str) -> str:
        return QCoreApplication.translate("PlanPrinting", text)

    if target is None:
        chosen = save_file(parent, tr("Save study plan"), name, tr("PDF files (*.pdf)"))
        if chosen is None:
            return False
        target = chosen
    try:
        write_atomically(target, data)
    except UserError as exc:  # OutputNotWritable: where and why, in plain words
        show_user_error(parent, exc, tr("Not saved"))
        return False
    return True
