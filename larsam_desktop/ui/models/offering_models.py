"""Offerings, the cycle view, a student group, invitations and the funnel as tables."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from larsam_desktop.domain.offerings import FunnelStep, StoredOffering
from larsam_desktop.domain.plans.terms import Term
from larsam_desktop.services.offerings import FUNNEL_TEXTS, STUDY_FORM_TEXTS, CycleView, Invitation
from larsam_desktop.services.student_group import CATEGORY_TEXTS, GroupMember
from larsam_desktop.ui.models.list_table_model import ListTableModel
from larsam_desktop.ui.text import fill

DISPLAY = Qt.ItemDataRole.DisplayRole
ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole


def study_form_text(stored: StoredOffering) -> str:
    text = QCoreApplication.translate("Offerings", STUDY_FORM_TEXTS[stored.offering.study_form])
    return f"{text}, {stored.learning_centre}" if stored.learning_centre else text


class OfferingsModel(ListTableModel[StoredOffering]):
    def headers(self) -> Sequence[str]:
        return (
            self.tr("Start"),
            self.tr("Programme"),
            self.tr("Lärosäte"),
            self.tr("Study form"),
            self.tr("Pace"),
            self.tr("Places"),
            self.tr("Application"),
            self.tr("Complete by"),
            self.tr("Meetings"),
        )

    def text(self, row: StoredOffering, column: int) -> str:
        o = row.offering
        if column == 0:
            return str(o.start_term)
        if column == 1:
            return row.programme
        if column == 2:
            return o.university
        if column == 3:
            return study_form_text(row)
        if column == 4:
            return f"{o.pace_percent} %"
        if column == 5:
            return "" if o.places is None else str(o.places)
        if column == 6:
            return f"{o.application_opens.isoformat()} – {o.application_closes.isoformat()}"
        if column == 7:
            return o.complete_by.isoformat()
        return str(len(row.meetings)) if row.meetings else ""


class CycleModel(QAbstractTableModel):
    """Programmes as rows, terms as columns; a cell lists who gives it and how."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._view: CycleView | None = None

    def set_view(self, view: CycleView) -> None:
        self.beginResetModel()
        self._view = view
        self.endResetModel()

    @property
    def terms(self) -> tuple[Term, ...]:
        return self._view.terms if self._view else ()

    def cell(self, row: int, column: int) -> tuple[StoredOffering, ...]:
        if self._view is None:
            return ()
        target = self._view.programmes[row][0]
        return self._view.cells.get((target, self._view.terms[column]), ())

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._view is None else len(self._view.programmes)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.terms)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role != DISPLAY or self._view is None:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.terms):
            return str(self.terms[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._view.programmes):
            return self._view.programmes[section][1]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid() or self._view is None:
            return None
        offerings = self.cell(index.row(), index.column())
        if role == DISPLAY:
            return "\n".join(f"{s.offering.university} ({study_form_text(s)})" for s in offerings)
        if role in (ACCESSIBLE, TOOLTIP):
            programme = self._view.programmes[index.row()][1]
            term = str(self.terms[index.column()])
            if not offerings:
                return fill(self.tr("%1, %2: not offered"), programme, term)
            places = ", ".join(f"{s.offering.university} ({study_form_text(s)})" for s in offerings)
            return fill(self.tr("%1, %2: %3"), programme, term, places)
        return None


class GroupModel(ListTableModel[GroupMember]):
    def headers(self) -> Sequence[str]:
        return (
            self.tr("Name"),
            self.tr("Category"),
            self.tr("Gap (points)"),
            self.tr("Terms, full pace"),
            self.tr("Terms, half pace"),
            self.tr("Courses to study"),
        )

    def text(self, row: GroupMember, column: int) -> str:
        if column == 0:
            return row.name
        if column == 1:
            return QCoreApplication.translate("StudentGroup", CATEGORY_TEXTS[row.category])
        if row.category.value == "eligible":
            return ""
        if not row.studyable:
            return self.tr("needs more than courses") if column == 5 else ""
        if column == 2:
            return str(row.gap_points)
        if column == 3:
            return str(row.terms_full)
        if column == 4:
            return str(row.terms_half)
        return " ".join(row.gap_codes)


class InvitationsModel(ListTableModel[Invitation]):
    def headers(self) -> Sequence[str]:
        return (self.tr("Invited"), self.tr("Answer"), self.tr("Attendance"))

    def text(self, row: Invitation, column: int) -> str:
        if column == 0:
            return row.name
        if column == 1:
            if row.response == "accepted":
                return self.tr("Coming")
            if row.response == "declined":
                return self.tr("Not coming")
            return self.tr("No answer")
        if row.attended is None:
            return ""
        return self.tr("Attended") if row.attended else self.tr("Absent")


class FunnelModel(ListTableModel[tuple[FunnelStep, int]]):
    def headers(self) -> Sequence[str]:
        return (self.tr("Step"), self.tr("Learners"))

    def text(self, row: tuple[FunnelStep, int], column: int) -> str:
        step, count = row
        if column == 0:
            return QCoreApplication.translate("Offerings", FUNNEL_TEXTS[step])
        return str(count)
