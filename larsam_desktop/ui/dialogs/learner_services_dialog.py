"""One learner's exam bookings (book, cancel) and activity registrations."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop.domain.exam_bookings import ExamBookingDraft
from larsam_desktop.services.changes import Changes
from larsam_desktop.ui.models.services_models import ActivitiesModel, BookingsModel
from larsam_desktop.ui.operations import run_op
from larsam_desktop.ui.qt_dates import date_of, qdate, time_of
from larsam_desktop.ui.session import Services
from larsam_desktop.ui.text import fill
from larsam_desktop.ui.widgets.buddy_label import buddy_label
from larsam_desktop.ui.widgets.choice_combo import ChoiceCombo
from larsam_desktop.ui.widgets.field_errors import FieldErrors
from larsam_desktop.ui.widgets.field_row import FieldRow
from larsam_desktop.ui.widgets.list_table import list_table
from larsam_desktop.ui.window_layout import fitting_size

HISTORY = timedelta(days=365)
AHEAD = timedelta(days=366)


class LearnerServicesDialog(QDialog):
    changed = Signal(Changes)

    def __init__(
        self, session: Services, learner_id: int, learner_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("learnerServicesDialog")
        self.setWindowTitle(fill(self.tr("Exams and activities – %1"), learner_name))
        self._session = session
        self._day = session.day
        self._learner_id = learner_id

        self.bookings_model = BookingsModel(self, with_learner=False)
        self.bookings = list_table(self, "learnerBookings", self.tr("Exam bookings"))
        self.bookings.setModel(self.bookings_model)
        self.cancel_button = QPushButton(self.tr("&Cancel booking"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel the selected booking"))
        self.cancel_button.clicked.connect(self.cancel_selected)

        exams = self._day.exams
        self.university = QLineEdit(self)
        self.university.setAccessibleName(self.tr("University"))
        self.course = QLineEdit(self)
        self.course.setAccessibleName(self.tr("Course or exam"))
        self.exam_date = QDateEdit(self)
        self.exam_date.setCalendarPopup(True)
        self.exam_date.setDisplayFormat("yyyy-MM-dd")
        earliest = exams.earliest_exam_date()
        self.exam_date.setDate(qdate(earliest))
        self.exam_date.setAccessibleName(self.tr("Exam date"))
        self.start = QTimeEdit(QTime(9, 0), self)
        self.start.setDisplayFormat("HH:mm")
        self.start.setAccessibleName(self.tr("Start time"))
        self.duration = QSpinBox(self)
        self.duration.setRange(15, 480)
        self.duration.setSingleStep(15)
        self.duration.setValue(240)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("Duration in minutes"))
        self.room = ChoiceCombo(self)
        self.room.setAccessibleName(self.tr("Room"))
        self.room.set_choices(
            [
                (
                    fill(self.tr("%1 (%2 places)"), r.name, str(r.capacity)),
                    r.id,
                )
                for r in exams.rooms()
            ]
        )
        centre = session.learners.get(learner_id).data.learning_centre_id
        own = next((r.id for r in exams.rooms() if r.learning_centre_id == centre), None)
        if own is not None:
            self.room.set_value(own)  # the room at the learner's own lärcentrum
        self.proctor = QLineEdit(self)
        self.proctor.setAccessibleName(self.tr("Proctor"))
        self.arrangements = QPlainTextEdit(self)
        self.arrangements.setAccessibleName(self.tr("Special arrangements"))
        self.arrangements.setMaximumHeight(60)
        self.arrangements.setTabChangesFocus(True)
        rule = exams.policy
        self.rule = QLabel(
            fill(
                self.tr(
                    "Book %1 working days ahead (weekends and public holidays do not count): the "
                    "earliest exam date today is %2. Non-residents pay %3 kr; %4 re-sits are free."
                ),
                str(rule.lead_working_days),
                exams.earliest_exam_date().isoformat(),
                str(rule.fee_kr),
                str(rule.free_resits),
            ),
            self,
        )
        self.rule.setWordWrap(True)
        rows = {
            "university": FieldRow(self.university, self),
            "course": FieldRow(self.course, self),
            "exam_date": FieldRow(self.exam_date, self),
            "start": FieldRow(self.start, self),
            "duration_minutes": FieldRow(self.duration, self),
            "room": FieldRow(self.room, self),
            "proctor": FieldRow(self.proctor, self),
            "special_arrangements": FieldRow(self.arrangements, self),
        }
        self.errors = FieldErrors(rows, fallback="exam_date")
        form = QFormLayout()
        form.addRow(self.rule)
        form.addRow(self.tr("&University:"), rows["university"])
        form.addRow(self.tr("C&ourse:"), rows["course"])
        when = QHBoxLayout()
        for key in ("exam_date", "start", "duration_minutes"):
            when.addWidget(rows[key], 1)
        form.addRow(buddy_label(self.tr("&Date, time, length:"), self.exam_date, self), when)
        form.addRow(self.tr("&Room:"), rows["room"])
        form.addRow(self.tr("&Proctor:"), rows["proctor"])
        form.addRow(self.tr("Special &arrangements:"), rows["special_arrangements"])
        self.book_button = QPushButton(self.tr("&Book exam"), self)
        self.book_button.setAccessibleName(self.tr("Book exam"))
        self.book_button.clicked.connect(self.book)
        form.addRow("", self.book_button)
        exam_box = QGroupBox(self.tr("Exam proctoring"), self)
        exam_layout = QVBoxLayout(exam_box)
        exam_layout.addWidget(self.bookings, 1)
        exam_layout.addWidget(self.cancel_button)
        exam_layout.addLayout(form)

        self.activities_model = ActivitiesModel(self)
        self.activities = list_table(self, "upcomingActivities", self.tr("Activities"))
        self.activities.setModel(self.activities_model)
        self.register_button = QPushButton(self.tr("Re&gister for the selected activity"), self)
        self.register_button.setAccessibleName(self.tr("Register for the selected activity"))
        self.register_button.clicked.connect(self.register_selected)
        activity_box = QGroupBox(self.tr("Activities in the coming months"), self)
        activity_layout = QVBoxLayout(activity_box)
        activity_layout.addWidget(self.activities, 1)
        activity_layout.addWidget(self.register_button)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(exam_box, 3)
        body.addWidget(activity_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.resize(fitting_size(self, 1100, 680))
        self.reload()

    def reload(self) -> None:
        today = date.today()
        self.bookings_model.set_rows(
            self._day.exams.between(today - HISTORY, today + AHEAD, learner_id=self._learner_id)
        )
        self.activities_model.set_rows(self._day.activities.between(today, today + AHEAD))
        self.cancel_button.setEnabled(self.bookings_model.rowCount() > 0)
        self.register_button.setEnabled(self.activities_model.rowCount() > 0)
        self.book_button.setEnabled(self.room.count() > 0)
        if self.room.count() == 0:
            self.book_button.setToolTip(self.tr("Add an exam room first (Lärcentrum services)."))

    def draft(self) -> ExamBookingDraft:
        room = self.room.value()
        on = date_of(self.exam_date)
        start = time_of(self.start)
        return ExamBookingDraft(
            university=self.university.text(),
            course=self.course.text(),
            exam_date=on,
            start=start,
            duration_minutes=self.duration.value(),
            room_id=room if isinstance(room, int) else None,
            proctor=self.proctor.text(),
            special_arrangements=self.arrangements.toPlainText(),
        )

    def book(self) -> bool:
        recorded_by = self._session.current_coach or ""
        exams, learner = self._day.exams, self._learner_id
        saved = run_op(
            self,
            lambda: exams.book(learner, self.draft(), recorded_by=recorded_by),
            title=self.tr("Exam not booked"),
            field_errors=self.errors.show,
        ).value
        if saved is None:
            return False
        self.errors.clear()
        self.reload()
        self.changed.emit(saved.changes)
        return True

    def cancel_selected(self) -> bool:
        rows = self.bookings.selectionModel().selectedRows()
        if not rows:
            return False
        booking = self.bookings_model.row_at(rows[0].row())
        exams = self._day.exams
        changes = run_op(
            self, lambda: exams.cancel(booking.id), title=self.tr("Not cancelled")
        ).value
        if changes is None:
            return False
        self.reload()
        self.changed.emit(changes)
        return True

    def register_selected(self) -> bool:
        rows = self.activities.selectionModel().selectedRows()
        if not rows:
            return False
        activity = self.activities_model.row_at(rows[0].row())
        activities, learner = self._day.activities, self._learner_id
        changes = run_op(
            self,
            lambda: activities.register(activity.id, [learner]),
            title=self.tr("Not registered"),
        ).value
        if changes is None:
            return False
        self.reload()
        self.changed.emit(changes)
        return True
