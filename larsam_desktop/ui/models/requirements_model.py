"""An eligibility result's requirements: met or missing in words and colour, how, what to study."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtGui import QBrush, QColor

from larsam_desktop.domain.eligibility.requirements import RequirementResult
from larsam_desktop.ui.models.list_table_model import FOREGROUND, ListTableModel
from larsam_desktop.ui.stage_text import interface_language

MET_COLOUR = QColor("#1b5e20")
MISSING_COLOUR = QColor("#b00020")


class RequirementsModel(ListTableModel[RequirementResult]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._language = interface_language()

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Status"),
            self.tr("Requirement"),
            self.tr("Met by"),
            self.tr("Ways to meet it"),
            self.tr("Points to study"),
        )

    def status_text(self, result: RequirementResult) -> str:
        # Text as well as colour: never colour alone.
        return self.tr("✓ Met") if result.met else self.tr("✗ Missing")

    def text(self, row: RequirementResult, column: int) -> str:
        if column == 0:
            return self.status_text(row)
        if column == 1:  # the rule book's Swedish text in the Swedish interface (issue 15)
            return row.text.in_language(self._language)
        if column == 2:
            return ", ".join(row.satisfied_by)
        if column == 3:
            if row.met:
                return ""
            if not row.options:
                return self.tr("Cannot be met by studying courses")
            return self.tr(" or ").join(_option_text(o.codes, o.extra_points) for o in row.options)
        if column == 4:
            return "" if row.met else str(row.points_missing)
        return ""

    def role_data(self, row: RequirementResult, column: int, role: int) -> Any:
        if role == FOREGROUND and column == 0:
            return QBrush(MET_COLOUR if row.met else MISSING_COLOUR)
        return None


def _option_text(codes: Sequence[str], extra_points: int) -> str:
    parts = list(codes)
    if extra_points:
        parts.append(f"+{extra_points} p")
    return " + ".join(parts) if parts else "—"
