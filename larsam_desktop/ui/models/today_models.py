"""The Today page's four lists as table models; each row knows the learner it opens.
Dates show their week ("2026-12-07 (v. 50)")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from larsam_desktop.domain.today import FollowUpRow, QuietRow, StuckRow, UpcomingRow
from larsam_desktop.ui.models.list_table_model import (
    ACCESSIBLE,
    DISPLAY,
    TOOLTIP,
    Index,
    ListTableModel,
)
from larsam_desktop.ui.models.timeline_model import stage_text
from larsam_desktop.ui.qt_dates import listed_date, listed_time
from larsam_desktop.ui.text import fill

FOREGROUND = Qt.ItemDataRole.ForegroundRole
OVERDUE = QBrush(QColor("#b00020"))
# The only roles these lists answer; a view asks each visible cell for ~8 (font, alignment,
# decoration, check state, …), and answering those with None up front halves data()'s cost.
ANSWERED = frozenset({DISPLAY, TOOLTIP, ACCESSIBLE, FOREGROUND})
Row = TypeVar("Row")


class _Cached(ListTableModel[Row]):
    """Headers translated once: Qt asks for the column count thousands of times a paint."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = tuple(self.titles())

    def titles(self) -> Sequence[str]:
        raise NotImplementedError

    def headers(self) -> Sequence[str]:
        return self._headers

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        return super().data(index, role) if role in ANSWERED else None


class FollowUpsModel(_Cached[FollowUpRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._overdue = self.tr("%1 (overdue)")

    def titles(self) -> Sequence[str]:
        return (self.tr("Due"), self.tr("Follow-up"), self.tr("Learner"))

    def text(self, row: FollowUpRow, column: int) -> str:
        if column == 0:
            due = listed_date(row.due_on)
            return fill(self._overdue, due) if row.overdue else due
        return row.title if column == 1 else row.learner_name

    def role_data(self, row: FollowUpRow, column: int, role: int) -> Any:
        return OVERDUE if role == FOREGROUND and row.overdue else None

    def learner_id(self, row: int) -> int:
        return self.row_at(row).learner_id


class QuietModel(_Cached[QuietRow]):
    def titles(self) -> Sequence[str]:
        return (self.tr("Learner"), self.tr("Last contact"))

    def text(self, row: QuietRow, column: int) -> str:
        if column == 0:
            return row.learner_name
        return listed_date(row.last_contact_on) if row.last_contact_on else self.tr("never")

    def learner_id(self, row: int) -> int:
        return self.row_at(row).learner_id


class StuckModel(_Cached[StuckRow]):
    def titles(self) -> Sequence[str]:
        return (self.tr("Learner"), self.tr("Stage"), self.tr("Since"))

    def text(self, row: StuckRow, column: int) -> str:
        if column == 0:
            return row.learner_name
        return stage_text(row.stage) if column == 1 else listed_date(row.since)

    def learner_id(self, row: int) -> int:
        return self.row_at(row).learner_id


class UpcomingModel(_Cached[UpcomingRow]):
    def titles(self) -> Sequence[str]:
        return (self.tr("When"), self.tr("What"), self.tr("Where"), self.tr("Learner"))

    def text(self, row: UpcomingRow, column: int) -> str:
        if column == 0:
            return listed_time(row.on, row.start)
        if column == 1:
            kind = self.tr("Exam") if row.kind == "exam" else self.tr("Activity")
            return f"{kind}: {row.title}"
        return row.place if column == 2 else row.learner_name

    def learner_id(self, row: int) -> int | None:
        return self.row_at(row).learner_id
