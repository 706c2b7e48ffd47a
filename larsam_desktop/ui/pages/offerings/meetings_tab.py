"""The information meetings of the offering chosen on the offerings page: who was invited,
their answers and attendance, and the funnel of the whole group (invited → attended →
applied → admitted → started → completed). Read in the background."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop.domain.offerings import FunnelStep, StoredOffering
from larsam_desktop.services.changes import Changes
from larsam_desktop.ui.models.offering_models import FunnelModel, InvitationsModel
from larsam_desktop.ui.operations import Op, run_op
from larsam_desktop.ui.widgets.buddy_label import buddy_label
from larsam_desktop.ui.widgets.choice_combo import ChoiceCombo
from larsam_desktop.ui.widgets.list_table import list_table
from larsam_desktop.ui.workers import TaskControl, single_lane

if TYPE_CHECKING:
    from larsam_desktop.ui.session import Services


class MeetingsTab(QWidget):
    changed = Signal(Changes)
    learner_open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingsTab")
        self._services: Services | None = None
        self._offering: StoredOffering | None = None
        self._generation = 0
        self.read_op: Op[Any] | None = None
        self.meeting = ChoiceCombo(self)
        self.meeting.setAccessibleName(self.tr("Information meeting"))
        self.meeting.currentIndexChanged.connect(lambda _index: self.reload())
        self.invitations_model = InvitationsModel(self)
        self.invitations = list_table(self, "invitations", self.tr("Invited learners"))
        self.invitations.setModel(self.invitations_model)
        self.invitations.doubleClicked.connect(
            lambda index: self.learner_open_requested.emit(
                self.invitations_model.row_at(index.row()).learner_id
            )
        )
        self.buttons = {
            "accepted": QPushButton(self.tr("&Coming"), self),
            "declined": QPushButton(self.tr("&Not coming"), self),
            "attended": QPushButton(self.tr("A&ttended"), self),
            "absent": QPushButton(self.tr("Ab&sent"), self),
        }
        self.buttons["accepted"].clicked.connect(lambda: self.respond("accepted"))
        self.buttons["declined"].clicked.connect(lambda: self.respond("declined"))
        self.buttons["attended"].clicked.connect(lambda: self.record_attendance(True))
        self.buttons["absent"].clicked.connect(lambda: self.record_attendance(False))
        self.funnel_model = FunnelModel(self)
        self.funnel = list_table(self, "funnel", self.tr("The group's funnel"))
        self.funnel.setModel(self.funnel_model)
        self.empty = QLabel(self.tr("No meetings yet: invite learners from the Student group tab."),
                            self)  # fmt: skip
        self.empty.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(buddy_label(self.tr("&Meeting:"), self.meeting, self))
        top.addWidget(self.meeting, 1)
        people = QWidget(self)
        people_layout = QVBoxLayout(people)
        people_layout.setContentsMargins(0, 0, 0, 0)
        people_layout.addLayout(top)
        people_layout.addWidget(self.empty)
        people_layout.addWidget(self.invitations, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in self.buttons.values():
            row.addWidget(button)
        people_layout.addLayout(row)
        funnel_box = QGroupBox(self.tr("Follow the group"), self)
        funnel_layout = QVBoxLayout(funnel_box)
        funnel_layout.addWidget(self.funnel)
        split = QSplitter(self)
        split.addWidget(people)
        split.addWidget(funnel_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self._enable()

    def attach(self, services: Services) -> None:
        self._services = services
        self.show_offering(None)

    def cancel(self) -> None:
        self._generation += 1

    def show_offering(self, offering: StoredOffering | None) -> None:
        self._offering = offering
        self.reload(meetings=True)

    def _enable(self) -> None:
        has = self.invitations_model.rowCount() > 0
        for button in self.buttons.values():
            button.setEnabled(has)
        self.empty.setVisible(self.meeting.count() == 0)

    def reload(self, *, meetings: bool = False) -> Op[Any] | None:
        self._generation += 1
        generation = self._generation
        if self._services is None or self._offering is None:
            self.meeting.set_choices([])
            self.invitations_model.set_rows([])
            self.funnel_model.set_rows([])
            self._enable()
            return None
        offerings = self._services.offerings.offerings
        offering_id = self._offering.id
        chosen = None if meetings else self.meeting.value()

        def read(_control: TaskControl) -> tuple[Any, Any, Any]:
            found = offerings.meetings(offering_id) if meetings or chosen is None else None
            meeting = chosen if chosen is not None else (found[-1].id if found else None)
            invited = offerings.invitations(meeting) if meeting is not None else []
            return found, invited, offerings.funnel(offering_id)

        def show(result: tuple[Any, Any, Any]) -> None:
            if generation != self._generation:
                return
            found, invited, funnel = result
            if found is not None:
                self.meeting.blockSignals(True)
                self.meeting.set_choices(
                    [(f"{m.activity.on.isoformat()} {m.activity.title}", m.id) for m in found]
                )
                if found:
                    self.meeting.setCurrentIndex(len(found) - 1)
                self.meeting.blockSignals(False)
            self.invitations_model.set_rows(invited)
            self.funnel_model.set_rows([(step, funnel.counts[step]) for step in FunnelStep])
            self._enable()

        self.read_op = run_op(
            self, read, background=True, pool=single_lane("offering-meetings"), on_success=show
        )
        return self.read_op

    def _selected(self) -> tuple[int, int] | None:
        model = self.invitations.selectionModel()
        rows = model.selectedRows() if model is not None else []
        meeting = self.meeting.value()
        if not rows or not isinstance(meeting, int):
            return None
        return meeting, self.invitations_model.row_at(rows[0].row()).learner_id

    def respond(self, response: str) -> bool:
        selected = self._selected()
        if self._services is None or selected is None:
            return False
        offerings = self._services.offerings.offerings
        op = run_op(
            self,
            lambda: offerings.respond(*selected, response),
            title=self.tr("Answer not recorded"),
        )
        return self._done(op.value)

    def record_attendance(self, attended: bool) -> bool:
        selected = self._selected()
        if self._services is None or selected is None:
            return False
        offerings = self._services.offerings.offerings
        op = run_op(
            self,
            lambda: offerings.record_attendance(*selected, attended),
            title=self.tr("Attendance not recorded"),
        )
        return self._done(op.value)

    def _done(self, changes: Changes | None) -> bool:
        if changes is None:
            return False
        self.changed.emit(changes)
        self.reload()
        return True
