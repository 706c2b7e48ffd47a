"""The audit viewer's table: readable details and the learner's name beside the id.

Builds on ``AuditModel`` (the columns and the action names): details read in the window's
language (``domain.audit_labels``), the Learner column names the learner when they still
exist ("Öberg, Åsa (12)"); an erased learner keeps the bare id.
"""

from __future__ import annotations

from collections.abc import Mapping

from larsam_desktop.domain.audit import AuditEntry
from larsam_desktop.domain.audit_labels import details_text
from larsam_desktop.ui.models.audit_model import AuditModel
from larsam_desktop.ui.stage_text import interface_language

LEARNER_COLUMN, DETAILS_COLUMN = 4, 5


class AuditViewModel(AuditModel):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._names: dict[int, str] = {}

    def set_entries(self, entries: list[AuditEntry], names: Mapping[int, str]) -> None:
        self._names = dict(names)
        self.set_rows(entries)

    def text(self, row: AuditEntry, column: int) -> str:
        if column == LEARNER_COLUMN and row.learner_id is not None:
            name = self._names.get(row.learner_id)
            return f"{name} ({row.learner_id})" if name else str(row.learner_id)
        if column == DETAILS_COLUMN:
            return details_text(row.details, interface_language())
        return super().text(row, column)
