"""Audit log entries, newest first, as a table."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from larsam_desktop.domain.audit import AuditAction, AuditEntry
from larsam_desktop.ui.models.list_table_model import ListTableModel

# QT_TRANSLATE_NOOP marks the texts for lupdate; it returns them unchanged (typed object).
ACTION_NAMES: dict[AuditAction, object] = {
    AuditAction.VIEW_PROTECTED_LEARNER: QT_TRANSLATE_NOOP(
        "AuditAction", "Viewed protected learner"
    ),
    AuditAction.OPEN_RESTRICTED_NOTES: QT_TRANSLATE_NOOP("AuditAction", "Opened restricted notes"),
    AuditAction.PROTECTED_DATA_RELEASED: QT_TRANSLATE_NOOP(
        "AuditAction", "Included protected data"
    ),
    AuditAction.PRINT: QT_TRANSLATE_NOOP("AuditAction", "Print"),
    AuditAction.EXPORT: QT_TRANSLATE_NOOP("AuditAction", "Export"),
    AuditAction.ACCESS_REQUEST: QT_TRANSLATE_NOOP("AuditAction", "Access request (registerutdrag)"),
    AuditAction.IMPORT: QT_TRANSLATE_NOOP("AuditAction", "Import"),
    AuditAction.BACKUP: QT_TRANSLATE_NOOP("AuditAction", "Backup"),
    AuditAction.RESTORE: QT_TRANSLATE_NOOP("AuditAction", "Restore"),
    AuditAction.DELETE_LEARNER: QT_TRANSLATE_NOOP("AuditAction", "Learner deleted"),
    AuditAction.ERASURE: QT_TRANSLATE_NOOP("AuditAction", "Erasure on request"),
    AuditAction.RETENTION_RUN: QT_TRANSLATE_NOOP("AuditAction", "Retention run (gallring)"),
    AuditAction.STATISTICS_THRESHOLD: QT_TRANSLATE_NOOP(
        "AuditAction", "Statistics threshold raised"
    ),
    AuditAction.INVITATION: QT_TRANSLATE_NOOP("AuditAction", "Invited to a meeting"),
    AuditAction.UNDO: QT_TRANSLATE_NOOP("AuditAction", "Change undone"),
}


def action_text(action: AuditAction | str) -> str:
    if isinstance(action, AuditAction):
        return QCoreApplication.translate("AuditAction", str(ACTION_NAMES[action]))
    return str(action)


class AuditModel(ListTableModel[AuditEntry]):
    def headers(self) -> Sequence[str]:
        return (
            self.tr("No."),
            self.tr("When"),
            self.tr("Who"),
            self.tr("What"),
            self.tr("Learner"),
            self.tr("Details"),
        )

    def text(self, row: AuditEntry, column: int) -> str:
        if column == 0:
            return str(row.seq)
        if column == 1:
            return row.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        if column == 2:
            return row.actor
        if column == 3:
            return action_text(row.action)
        if column == 4:
            return "" if row.learner_id is None else str(row.learner_id)
        return ", ".join(f"{key}: {value}" for key, value in sorted(row.details.items()))
