"""The course demand table: one row per course, term and lärcentrum, with its learners."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt

from larsam_desktop.domain.course_demand import DemandRow
from larsam_desktop.ui.models.list_table_model import ListTableModel

LEARNERS_COLUMN = 4
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class CourseDemandModel(ListTableModel[DemandRow]):
    def headers(self) -> Sequence[str]:
        return (
            self.tr("Course"),
            self.tr("Course code"),
            self.tr("Term"),
            self.tr("Lärcentrum"),
            self.tr("Learners"),
        )

    def text(self, row: DemandRow, column: int) -> str:
        if column == 0:
            return row.course_name
        if column == 1:
            return row.course_code
        if column == 2:
            return row.term
        if column == 3:
            return row.learning_centre or self.tr("No lärcentrum")
        return str(row.learners)

    def role_data(self, row: DemandRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == LEARNERS_COLUMN:
            return _RIGHT
        return None
