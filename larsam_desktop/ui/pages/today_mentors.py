"""Today's box of mentorships that end within two weeks (issue 17): the coach arranges a
new mentor or a last meeting. Read off the GUI thread with the rest of the day."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop.ui.models.list_table_model import ListTableModel
from larsam_desktop.ui.operations import Op, run_op
from larsam_desktop.ui.pages.learner.mentor_panel import role_text
from larsam_desktop.ui.qt_dates import listed_date
from larsam_desktop.ui.text import fill
from larsam_desktop.ui.workers import TaskControl, single_lane

if TYPE_CHECKING:  # the services import storage: not before the first paint
    from larsam_desktop.services.mentors import MentorDue, MentorService


class MentorsEndingModel(ListTableModel["MentorDue"]):
    def headers(self) -> Sequence[str]:
        return (self.tr("Learner"), self.tr("Mentor"), self.tr("Ends"))

    def text(self, row: MentorDue, column: int) -> str:
        mentor = row.mentor.mentor
        if column == 0:
            return row.learner_name
        if column == 1:
            return f"{mentor.name}, {role_text(mentor.role, mentor.affiliation)}"
        return listed_date(mentor.ends_on) if mentor.ends_on else ""


class MentorsEndingBox(QGroupBox):
    learner_open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mentorsEndingBox")
        # A short list under the day's four boxes: it takes the height of its rows only.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.model = MentorsEndingModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("mentorsEndingTable")
        self.table.setAccessibleName(self.tr("Mentorships ending soon"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(self.table.fontMetrics().height() * 5 + 16)
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(self._open)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        self.op: Op[list[MentorDue]] | None = None
        self._generation = 0
        self._show_title(0)

    def _show_title(self, count: int) -> None:
        self.setTitle(fill(self.tr("Mentorships ending within two weeks (%1)"), count))

    def refresh(self, mentors: MentorService, coach: str | None) -> None:
        """The coach's learners' mentorships that end soon (none without a coach)."""
        self._generation += 1
        generation = self._generation
        if coach is None:
            self.model.set_rows([])
            self._show_title(0)
            return

        def read(_control: TaskControl) -> list[MentorDue]:
            return mentors.ending_soon(coach=coach)

        def shown(rows: list[MentorDue]) -> None:
            if generation == self._generation:
                self.model.set_rows(rows)
                self._show_title(len(rows))

        self.op = run_op(self, read, background=True, quiet=True,
                         pool=single_lane("today-mentors"), on_success=shown)  # fmt: skip

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.learner_open_requested.emit(self.model.row_at(index.row()).mentor.learner_id)
