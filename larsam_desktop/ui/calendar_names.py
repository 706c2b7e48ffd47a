"""Before a calendar export: learners by initials and id (the default), or full names with
a warning that a synced calendar copies every title to its cloud service."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("CalendarNames", text)


def names_box(parent: QWidget | None) -> tuple[QMessageBox, QAbstractButton, QAbstractButton]:
    """The question, its "initials" (default) and its "full names" buttons."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Export calendar"))
    box.setText(_tr("How should learners appear in the calendar?"))
    box.setInformativeText(
        _tr(
            "By default an event shows the learner's initials and id, e.g. “ÅÖ (12)”. "
            "A calendar synced to Google, Outlook or iCloud copies every title to that "
            "service: choose full names only for a calendar that stays on this computer."
        )
    )
    initials = box.addButton(_tr("&Initials and id"), QMessageBox.ButtonRole.AcceptRole)
    full = box.addButton(_tr("&Full names"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(initials)
    return box, initials, full


def ask_full_names(parent: QWidget | None) -> bool | None:
    """True: full names; False: initials and id; None: cancelled."""
    box, initials, full = names_box(parent)
    box.exec()
    clicked = box.clickedButton()
    if clicked is full:
        return True
    if clicked is initials:
        return False
    return None
