"""Lärcentrum services: activities (create, who attends, attendance) and exam proctoring
(all bookings, exam rooms). Bookings are made from a learner's page (Exams & activities…).
Both lists have a filter line (any word in any column, with or without diacritics); dates
show their week."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop.domain.activities import ActivityDraft, ActivityKind
from larsam_desktop.services.changes import Changes
from larsam_desktop.ui.models.services_models import (
    ActivitiesModel,
    BookingsModel,
    ParticipantsModel,
    activity_kind_text,
)
from larsam_desktop.ui.operations import Op, run_op
from larsam_desktop.ui.qt_dates import date_of, time_of
from larsam_desktop.ui.session import Services
from larsam_desktop.ui.widgets.buddy_label import buddy_label
from larsam_desktop.ui.widgets.choice_combo import ChoiceCombo
from larsam_desktop.ui.widgets.field_errors import FieldErrors
from larsam_desktop.ui.widgets.field_row import FieldRow
from larsam_desktop.ui.widgets.list_filter import RowFilter, filter_line
from larsam_desktop.ui.widgets.list_table import list_table
from larsam_desktop.ui.workers import TaskControl, single_lane

# The learning centres (only when asked for), the activities and the exam bookings.
_Lists = tuple[Sequence[Any] | None, Any, Any]

PAST = timedelta(days=60)
AHEAD = timedelta(days=366)


class ServicesPage(QWidget):
    learner_open_requested = Signal(int)
    changed = Signal(Changes)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("servicesPage")
        self._session: Services | None = None
        self._lists_generation = self._people_generation = 0
        self._centres_wanted = False
        self._lists_op: Op[_Lists] | None = None
        self._people_op: Op[Any] | None = None
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Lärcentrum services"))
        self.tabs.addTab(self._activities_tab(), self.tr("&Activities"))
        self.tabs.addTab(self._exams_tab(), self.tr("E&xam proctoring"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    # ---- activities -------------------------------------------------------------------------
    def _activities_tab(self) -> QWidget:
        tab = QWidget(self)
        self.activities_model = ActivitiesModel(self)
        self.activities_rows = RowFilter(self.activities_model, self)
        self.activities_filter = filter_line(
            tab, self.activities_rows, "activitiesFilter", self.tr("Filter the activities")
        )
        self.activities = list_table(tab, "activities", self.tr("Activities"))
        self.activities.setModel(self.activities_rows)
        self.activities.selectionModel().selectionChanged.connect(self._show_participants)
        self.participants_model = ParticipantsModel(self)
        self.participants = list_table(tab, "participants", self.tr("Participants"))
        self.participants.setModel(self.participants_model)
        self.participants.doubleClicked.connect(
            lambda index: self.learner_open_requested.emit(
                self.participants_model.row_at(index.row()).learner_id
            )
        )
        self.attended_button = QPushButton(self.tr("A&ttended"), tab)
        self.attended_button.setAccessibleName(self.tr("Mark the participant as attended"))
        self.attended_button.clicked.connect(lambda: self.record_attendance(True))
        self.absent_button = QPushButton(self.tr("Ab&sent"), tab)
        self.absent_button.setAccessibleName(self.tr("Mark the participant as absent"))
        self.absent_button.clicked.connect(lambda: self.record_attendance(False))

        self.kind = ChoiceCombo(tab)
        self.kind.setAccessibleName(self.tr("Kind of activity"))
        self.kind.set_choices([(activity_kind_text(k), k) for k in ActivityKind])
        self.title = QLineEdit(tab)
        self.title.setAccessibleName(self.tr("Title"))
        self.on = QDateEdit(QDate.currentDate(), tab)
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.on.setAccessibleName(self.tr("Date"))
        self.start = QTimeEdit(QTime(13, 0), tab)
        self.start.setDisplayFormat("HH:mm")
        self.start.setAccessibleName(self.tr("Start time"))
        self.duration = QSpinBox(tab)
        self.duration.setRange(15, 480)
        self.duration.setSingleStep(15)
        self.duration.setValue(90)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("Duration in minutes"))
        self.place = QLineEdit(tab)
        self.place.setAccessibleName(self.tr("Place"))
        self.capacity = QSpinBox(tab)
        self.capacity.setRange(0, 10_000)
        self.capacity.setSpecialValueText(self.tr("no limit"))
        self.capacity.setAccessibleName(self.tr("Capacity"))
        rows = {
            "kind": FieldRow(self.kind, tab),
            "title": FieldRow(self.title, tab),
            "on": FieldRow(self.on, tab),
            "start": FieldRow(self.start, tab),
            "duration_minutes": FieldRow(self.duration, tab),
            "place": FieldRow(self.place, tab),
            "capacity": FieldRow(self.capacity, tab),
        }
        self.activity_errors = FieldErrors(rows, fallback="title")
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), rows["kind"])
        form.addRow(self.tr("T&itle:"), rows["title"])
        when = QHBoxLayout()
        for key in ("on", "start", "duration_minutes"):
            when.addWidget(rows[key], 1)
        form.addRow(buddy_label(self.tr("&When:"), self.on, tab), when)
        form.addRow(self.tr("&Place:"), rows["place"])
        form.addRow(self.tr("&Capacity:"), rows["capacity"])
        self.create_button = QPushButton(self.tr("Create &activity"), tab)
        self.create_button.setAccessibleName(self.tr("Create activity"))
        self.create_button.clicked.connect(self.create_activity)
        form.addRow("", self.create_button)
        new_box = QGroupBox(self.tr("New activity"), tab)
        new_box.setLayout(form)

        people = QGroupBox(self.tr("Participants (register learners from their page)"), tab)
        people_layout = QVBoxLayout(people)
        people_layout.addWidget(self.participants, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.attended_button)
        buttons.addWidget(self.absent_button)
        people_layout.addLayout(buttons)
        lower = QSplitter(tab)
        lower.addWidget(new_box)
        lower.addWidget(people)
        listed = QWidget(tab)
        listed_layout = QVBoxLayout(listed)
        listed_layout.setContentsMargins(0, 0, 0, 0)
        listed_layout.addWidget(self.activities_filter)
        listed_layout.addWidget(self.activities, 1)
        body = QSplitter(Qt.Orientation.Vertical, tab)
        body.addWidget(listed)
        body.addWidget(lower)
        layout = QVBoxLayout(tab)
        layout.addWidget(body)
        return tab

    # ---- exams ------------------------------------------------------------------------------
    def _exams_tab(self) -> QWidget:
        tab = QWidget(self)
        self.bookings_model = BookingsModel(self)
        self.bookings_rows = RowFilter(self.bookings_model, self)
        self.bookings_filter = filter_line(
            tab, self.bookings_rows, "bookingsFilter", self.tr("Filter the exam bookings")
        )
        self.bookings = list_table(tab, "bookings", self.tr("Exam bookings"))
        self.bookings.setModel(self.bookings_rows)
        self.bookings.doubleClicked.connect(
            lambda index: self.learner_open_requested.emit(
                self.bookings_model.row_at(self.bookings_rows.source_row(index.row())).learner_id
            )
        )
        self.room_name = QLineEdit(tab)
        self.room_name.setAccessibleName(self.tr("Room name"))
        self.room_capacity = QSpinBox(tab)
        self.room_capacity.setRange(1, 500)
        self.room_capacity.setValue(6)
        self.room_capacity.setAccessibleName(self.tr("Room capacity"))
        self.room_centre = ChoiceCombo(tab)
        self.room_centre.setAccessibleName(self.tr("Lärcentrum of the room"))
        self.add_room_button = QPushButton(self.tr("Add &room"), tab)
        self.add_room_button.setAccessibleName(self.tr("Add exam room"))
        self.add_room_button.clicked.connect(self.add_room)
        rooms = QHBoxLayout()
        for label, field, stretch in (
            (self.tr("Na&me:"), self.room_name, 2),
            (self.tr("Pla&ces:"), self.room_capacity, 0),
            (self.tr("&Lärcentrum:"), self.room_centre, 2),
        ):
            rooms.addWidget(buddy_label(label, field, tab))
            rooms.addWidget(field, stretch)
        rooms.addWidget(self.add_room_button)
        rooms_box = QGroupBox(self.tr("Exam rooms"), tab)
        rooms_box.setLayout(rooms)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.bookings_filter)
        layout.addWidget(self.bookings, 1)
        layout.addWidget(rooms_box)
        return tab

    # ---- data (read on a worker thread; a read overtaken by a newer one is dropped) -------
    @property
    def loading(self) -> bool:
        """The lists or the participants are being read."""
        return any(op is not None and not op.done for op in (self._lists_op, self._people_op))

    def attach(self, session: Services) -> None:
        self._session = session
        self.reload(with_centres=True)

    def reload(self, *, with_centres: bool = False) -> None:
        if self._session is None:
            return
        session, today = self._session, date.today()
        day, reference = session.day, session.reference
        self._centres_wanted = self._centres_wanted or with_centres  # until a read brings them
        with_centres = self._centres_wanted
        self._lists_generation += 1
        generation = self._lists_generation

        def read(_control: TaskControl) -> _Lists:
            centres = reference.choices().learning_centres if with_centres else None
            activities = day.activities.between(today - PAST, today + AHEAD)
            return centres, activities, day.exams.between(today - PAST, today + AHEAD)

        def read_back(lists: _Lists) -> None:
            if generation != self._lists_generation or session is not self._session:
                return
            centres, activities, bookings = lists
            if centres is not None:
                self._centres_wanted = False
                self.room_centre.set_choices([(c.name, c.key) for c in centres])
            selected = self._selected_activity()
            self.activities_model.set_rows(activities)
            self.bookings_model.set_rows(bookings)
            if selected is not None:
                for row, stored in enumerate(self.activities_model.rows()):
                    if stored.id == selected and self.activities_rows.view_row(row) >= 0:
                        self.activities.selectRow(self.activities_rows.view_row(row))
            self._show_participants()

        self._lists_op = run_op(
            self,
            read,
            background=True,
            pool=single_lane("services-page"),
            on_success=read_back,
        )

    def apply_changes(self, changes: Changes) -> None:
        if changes.coach_day or changes.learners_bulk or changes.database_replaced:
            self.reload(with_centres=changes.database_replaced)

    def cancel(self) -> None:
        """The ``Page`` protocol: reads still running report to nobody."""
        self._lists_generation += 1
        self._people_generation += 1

    def _selected_activity(self) -> int | None:
        model = self.activities.selectionModel()
        rows = model.selectedRows() if model is not None else []
        if not rows:
            return None
        return self.activities_model.row_at(self.activities_rows.source_row(rows[0].row())).id

    def _show_participants(self) -> None:
        activity = self._selected_activity()
        self._people_generation += 1
        generation = self._people_generation
        # Another activity's participants are never shown under this one, not even briefly.
        self._set_participants([])
        if self._session is None or activity is None:
            return
        activities = self._session.day.activities

        def read_back(rows: list[Any]) -> None:
            if generation == self._people_generation and activity == self._selected_activity():
                self._set_participants(rows)

        self._people_op = run_op(
            self,
            lambda _control: activities.participants(activity),
            background=True,
            pool=single_lane("services-page"),
            on_success=read_back,
        )

    def _set_participants(self, rows: list[Any]) -> None:
        self.participants_model.set_rows(rows)
        has = self.participants_model.rowCount() > 0
        self.attended_button.setEnabled(has)
        self.absent_button.setEnabled(has)

    # ---- actions ----------------------------------------------------------------------------
    def create_activity(self) -> bool:
        if self._session is None:
            return False
        kind = self.kind.value()
        on = date_of(self.on)
        start = time_of(self.start)
        draft = ActivityDraft(
            kind=kind.value if isinstance(kind, ActivityKind) else "",
            title=self.title.text(),
            on=on,
            start=start,
            duration_minutes=self.duration.value(),
            place=self.place.text(),
            capacity=self.capacity.value() or None,
        )
        activities = self._session.day.activities
        created = run_op(
            self,
            lambda: activities.create(draft),
            title=self.tr("Activity not created"),
            field_errors=self.activity_errors.show,
        )
        if created.value is None:
            return False
        self.activity_errors.clear()
        self.title.clear()
        self.changed.emit(created.value.changes)
        return True

    def record_attendance(self, attended: bool) -> bool:
        activity = self._selected_activity()
        rows = self.participants.selectionModel().selectedRows()
        if self._session is None or activity is None or not rows:
            return False
        participant = self.participants_model.row_at(rows[0].row())
        activities = self._session.day.activities
        return run_op(
            self,
            lambda: activities.record_attendance(activity, participant.learner_id, attended),
            title=self.tr("Attendance not saved"),
            on_success=self.changed.emit,
        ).ok

    def add_room(self) -> bool:
        if self._session is None:
            return False
        centre = self.room_centre.value()
        if not isinstance(centre, int):
            return False
        exams, name, capacity = self._session.day.exams, self.room_name.text(), self.room_capacity
        added = run_op(
            self,
            lambda: exams.add_room(name, capacity.value(), centre),
            title=self.tr("Room not added"),
        )
        if not added.ok:
            return False
        self.room_name.clear()
        self.changed.emit(Changes(coach_day=True))
        return True
