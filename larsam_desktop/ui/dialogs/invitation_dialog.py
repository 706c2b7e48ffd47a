"""Inviting learners of a student group to an information meeting of the offering: one of
its meetings, or a new one entered here (an activity: title, date, time, place, capacity).

The meeting is created (when new) and the learners invited in two service calls; the
invitations are audited by the service. Refusals are shown at their fields."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop.domain.activities import ActivityDraft, ActivityKind, StoredActivity
from larsam_desktop.services.changes import Changes
from larsam_desktop.ui.operations import run_op
from larsam_desktop.ui.qt_dates import date_of, qdate, time_of
from larsam_desktop.ui.widgets.choice_combo import ChoiceCombo
from larsam_desktop.ui.widgets.field_errors import FieldErrors
from larsam_desktop.ui.widgets.field_row import FieldRow

NEW = -1


class InvitationDialog(QDialog):
    def __init__(
        self,
        meetings: Sequence[StoredActivity],
        learners: int,
        *,
        add_meeting: Callable[[ActivityDraft], tuple[int, Changes]],
        invite: Callable[[int], tuple[int, Changes]],
        default_title: str,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("invitationDialog")
        self.setWindowTitle(self.tr("Invite to an information meeting"))
        self._add_meeting = add_meeting
        self._invite = invite
        self.invited: int | None = None
        self.changes = Changes()
        intro = QLabel(self.tr("Invite %n learner(s) to:", "", learners), self)
        self.meeting = ChoiceCombo(self)
        self.meeting.setAccessibleName(self.tr("Meeting"))
        self.meeting.set_choices(
            [*((f"{m.activity.on.isoformat()} {m.activity.title}", m.id) for m in meetings),
             (self.tr("A new meeting…"), NEW)]
        )  # fmt: skip
        self.meeting.currentIndexChanged.connect(self._meeting_changed)
        self.title = QLineEdit(default_title, self)
        self.title.setAccessibleName(self.tr("Title"))
        self.on = QDateEdit(qdate(today), self)
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.on.setMinimumDate(QDate(2000, 1, 1))
        self.on.setAccessibleName(self.tr("Date"))
        self.start = QTimeEdit(QTime(17, 0), self)
        self.start.setDisplayFormat("HH:mm")
        self.start.setAccessibleName(self.tr("Start time"))
        self.duration = QSpinBox(self)
        self.duration.setRange(15, 480)
        self.duration.setSingleStep(15)
        self.duration.setValue(90)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("Duration in minutes"))
        self.place = QLineEdit(self)
        self.place.setAccessibleName(self.tr("Place"))
        self.capacity = QSpinBox(self)
        self.capacity.setRange(0, 10_000)
        self.capacity.setSpecialValueText(self.tr("no limit"))
        self.capacity.setAccessibleName(self.tr("Capacity"))
        rows = {
            "title": FieldRow(self.title, self),
            "on": FieldRow(self.on, self),
            "start": FieldRow(self.start, self),
            "duration_minutes": FieldRow(self.duration, self),
            "place": FieldRow(self.place, self),
            "capacity": FieldRow(self.capacity, self),
            "participants": FieldRow(self.meeting, self),
        }
        self.errors = FieldErrors(rows, fallback="participants")
        form = QFormLayout()
        form.addRow(self.tr("&Meeting:"), rows["participants"])
        form.addRow(self.tr("T&itle:"), rows["title"])
        form.addRow(self.tr("&Date:"), rows["on"])
        form.addRow(self.tr("&Start:"), rows["start"])
        form.addRow(self.tr("D&uration:"), rows["duration_minutes"])
        form.addRow(self.tr("&Place:"), rows["place"])
        form.addRow(self.tr("&Capacity:"), rows["capacity"])
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Invite"))
        buttons.accepted.connect(self.send)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._new_fields = (self.title, self.on, self.start, self.duration, self.place,
                            self.capacity)  # fmt: skip
        self._meeting_changed()

    def _meeting_changed(self) -> None:
        for field in self._new_fields:
            field.setEnabled(self.meeting.value() == NEW)

    def send(self) -> bool:
        chosen = self.meeting.value()
        if chosen == NEW:
            draft = ActivityDraft(
                kind=ActivityKind.INFORMATION_MEETING.value,
                title=self.title.text(),
                on=date_of(self.on),
                start=time_of(self.start),
                duration_minutes=self.duration.value(),
                place=self.place.text(),
                capacity=self.capacity.value() or None,
            )
            created = run_op(
                self,
                lambda: self._add_meeting(draft),
                title=self.tr("Meeting not created"),
                field_errors=self.errors.show,
            )
            if created.value is None:
                return False
            chosen, self.changes = created.value
            self.meeting.set_choices(
                [(self.title.text(), chosen), (self.tr("A new meeting…"), NEW)]
            )
            self.meeting.set_value(chosen)
        assert isinstance(chosen, int)
        meeting = chosen
        sent = run_op(
            self,
            lambda: self._invite(meeting),
            title=self.tr("Not invited"),
            field_errors=self.errors.show,
        )
        if sent.value is None:
            return False
        self.invited, self.changes = sent.value
        self.accept()
        return True
