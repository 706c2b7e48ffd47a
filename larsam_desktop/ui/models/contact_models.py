"""A learner's contact log and follow-ups as tables."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from larsam_desktop.domain.contacts import ContactKind, StoredContact, StoredFollowUp
from larsam_desktop.ui.models.list_table_model import ListTableModel

FOREGROUND = Qt.ItemDataRole.ForegroundRole
MUTED = QBrush(QColor("#707070"))


def kind_text(kind: ContactKind) -> str:
    names = {
        ContactKind.IN_PERSON: "In person",
        ContactKind.PHONE: "Phone",
        ContactKind.VIDEO: "Video",
        ContactKind.EMAIL: "E-mail",
        ContactKind.TEXT: "Text message",
    }
    return QCoreApplication.translate("ContactKind", names[kind])


def _first_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[0] + (" …" if len(lines) > 1 else "") if lines else ""


class ContactLogModel(ListTableModel[StoredContact]):
    def headers(self) -> Sequence[str]:
        return (
            self.tr("Date"),
            self.tr("Kind"),
            self.tr("Minutes"),
            self.tr("Notes"),
            self.tr("Next steps"),
            self.tr("Restricted"),
            self.tr("Recorded by"),
        )

    def text(self, row: StoredContact, column: int) -> str:
        contact = row.contact
        if column == 0:
            at = f" {contact.at.strftime('%H:%M')}" if contact.at else ""
            return f"{contact.on.isoformat()}{at}"
        if column == 1:
            return kind_text(contact.kind)
        if column == 2:
            return str(contact.duration_minutes) if contact.duration_minutes else ""
        if column == 3:
            return _first_line(contact.notes)
        if column == 4:
            return _first_line(contact.next_steps)
        if column == 5:
            return self.tr("Restricted note") if row.has_restricted_note else ""
        return contact.recorded_by


class FollowUpListModel(ListTableModel[StoredFollowUp]):
    def headers(self) -> Sequence[str]:
        return (self.tr("Due"), self.tr("Follow-up"), self.tr("Owner"), self.tr("Done"))

    def text(self, row: StoredFollowUp, column: int) -> str:
        if column == 0:
            return row.due_on.isoformat()
        if column == 1:
            return row.title
        if column == 2:
            return row.owner
        return row.done_on.isoformat() if row.done_on else ""

    def role_data(self, row: StoredFollowUp, column: int, role: int) -> Any:
        return MUTED if role == FOREGROUND and row.done else None
