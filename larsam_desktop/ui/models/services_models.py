"""Activities, their participants and exam bookings as tables."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from larsam_desktop.domain.activities import ActivityKind, Participant, StoredActivity
from larsam_desktop.domain.exam_bookings import BookingStatus, FeeReason, booking_status
from larsam_desktop.services.records import StoredBooking
from larsam_desktop.ui.models.list_table_model import ListTableModel
from larsam_desktop.ui.qt_dates import listed_time
from larsam_desktop.ui.text import fill

FOREGROUND = Qt.ItemDataRole.ForegroundRole
MUTED = QBrush(QColor("#707070"))


def activity_kind_text(kind: ActivityKind) -> str:
    names = {
        ActivityKind.INFORMATION_MEETING: "Information meeting",
        ActivityKind.INTRODUCTION_COURSE: "Introduction course",
        ActivityKind.PREPARATION_COURSE: "Preparation course",
        ActivityKind.STUDY_TECHNIQUE: "Study technique",
        ActivityKind.MENTOR_MEETING: "Mentor meeting",
    }
    return QCoreApplication.translate("ActivityKind", names[kind])


class ActivitiesModel(ListTableModel[StoredActivity]):
    def headers(self) -> Sequence[str]:
        return (
            self.tr("When"),
            self.tr("Kind"),
            self.tr("Title"),
            self.tr("Place"),
            self.tr("Registered"),
            self.tr("Attended"),
        )

    def text(self, row: StoredActivity, column: int) -> str:
        activity = row.activity
        if column == 0:
            return listed_time(activity.on, activity.start)
        if column == 1:
            return activity_kind_text(activity.kind)
        if column == 2:
            return activity.title
        if column == 3:
            return activity.place
        if column == 4:
            capacity = f" / {activity.capacity}" if activity.capacity is not None else ""
            return f"{row.registered}{capacity}"
        return str(row.attended)


class ParticipantsModel(ListTableModel[Participant]):
    def headers(self) -> Sequence[str]:
        return (self.tr("Learner"), self.tr("Attended"))

    def text(self, row: Participant, column: int) -> str:
        if column == 0:
            return row.name
        if row.attended is None:
            return self.tr("not recorded")
        return self.tr("yes") if row.attended else self.tr("no")


class BookingsModel(ListTableModel[StoredBooking]):
    """``clock``: the local time the status is read at (a booking whose exam has ended is
    "past", no longer "booked")."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        with_learner: bool = True,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(parent)
        self._with_learner = with_learner
        self.clock = clock

    def headers(self) -> Sequence[str]:
        columns = [
            self.tr("Exam"),
            self.tr("Course"),
            self.tr("University"),
            self.tr("Room"),
            self.tr("Fee"),
            self.tr("Status"),
        ]
        if self._with_learner:
            columns.insert(1, self.tr("Learner"))
        return columns

    def text(self, row: StoredBooking, column: int) -> str:
        if self._with_learner:
            if column == 1:
                return row.learner_name
            if column > 1:
                column -= 1
        booking = row.booking
        if column == 0:
            return listed_time(booking.exam_date, booking.start)
        if column == 1:
            sitting = fill(self.tr(" (sitting %1)"), booking.sitting) if booking.sitting > 1 else ""
            return booking.course + sitting
        if column == 2:
            return booking.university
        if column == 3:
            return row.room_name
        if column == 4:
            if booking.fee_reason is FeeReason.NONE:
                return self.tr("free")
            reason = (
                self.tr("non-resident")
                if booking.fee_reason is FeeReason.NON_RESIDENT
                else self.tr("re-sit")
            )
            return f"{booking.fee_kr} kr ({reason})"
        return self.status_text(self.status(row))

    def status(self, row: StoredBooking) -> BookingStatus:
        return booking_status(row.booking, cancelled=row.cancelled, now=self.clock())

    def status_text(self, status: BookingStatus) -> str:
        return {
            BookingStatus.BOOKED: self.tr("booked"),
            BookingStatus.IN_PROGRESS: self.tr("in progress"),
            BookingStatus.PAST: self.tr("past"),
            BookingStatus.CANCELLED: self.tr("cancelled"),
        }[status]

    def role_data(self, row: StoredBooking, column: int, role: int) -> Any:
        if role != FOREGROUND:
            return None
        return MUTED if self.status(row) in (BookingStatus.PAST, BookingStatus.CANCELLED) else None
