"""The student group of the offering chosen on the offerings page: filters, the learners by
category, and what to do with those selected (draft plans, invite to a meeting).

The group is built in the background (all learners are evaluated against the programme: a
few seconds at 100,000); a build overtaken by a newer one is dropped."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop.domain.activities import StoredActivity
from larsam_desktop.domain.offerings import (
    GroupCategory,
    GroupFilter,
    StoredOffering,
    TargetGroup,
)
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.student_group import (
    CATEGORY_TEXTS,
    TARGET_GROUP_TEXTS,
    DraftOutcome,
    StudentGroup,
    StudentGroupService,
)
from larsam_desktop.ui.dialogs.invitation_dialog import InvitationDialog
from larsam_desktop.ui.models.offering_models import GroupModel
from larsam_desktop.ui.operations import Op, run_op
from larsam_desktop.ui.text import fill
from larsam_desktop.ui.widgets.buddy_label import buddy_label
from larsam_desktop.ui.widgets.choice_combo import ChoiceCombo
from larsam_desktop.ui.widgets.list_table import list_table
from larsam_desktop.ui.workers import TaskControl, single_lane

if TYPE_CHECKING:
    from larsam_desktop.services.reference_data import ReferenceChoices
    from larsam_desktop.ui.session import Services


def _group_text(source: str) -> str:
    return QCoreApplication.translate("StudentGroup", source)


class GroupTab(QWidget):
    changed = Signal(Changes)
    learner_open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("studentGroupTab")
        self._services: Services | None = None
        self._groups: StudentGroupService | None = None
        self._offering: StoredOffering | None = None
        self._generation = 0
        self.build_op: Op[StudentGroup] | None = None
        self.group: StudentGroup | None = None
        self.heading = QLabel(self.tr("Choose an offering on the Offerings tab."), self)
        self.heading.setWordWrap(True)
        self.municipality = ChoiceCombo(self)
        self.municipality.setAccessibleName(self.tr("Municipality"))
        self.centre = ChoiceCombo(self)
        self.centre.setAccessibleName(self.tr("Lärcentrum"))
        self.target_group = ChoiceCombo(self)
        self.target_group.setAccessibleName(self.tr("Target group"))
        self.target_group.set_choices(
            [(self.tr("Everyone"), None),
             *((_group_text(TARGET_GROUP_TEXTS[g]), g) for g in TargetGroup)]
        )  # fmt: skip
        self.category = ChoiceCombo(self)
        self.category.setAccessibleName(self.tr("Category"))
        self.category.set_choices(
            [(self.tr("Every category"), None),
             *((_group_text(CATEGORY_TEXTS[c]), c) for c in GroupCategory)]
        )  # fmt: skip
        self.build_button = QPushButton(self.tr("&Build the group"), self)
        self.build_button.clicked.connect(self.build)
        filters = QHBoxLayout()
        for label, field in (
            (self.tr("M&unicipality:"), self.municipality),
            (self.tr("&Lärcentrum:"), self.centre),
            (self.tr("&Target group:"), self.target_group),
            (self.tr("Cate&gory:"), self.category),
        ):
            filters.addWidget(buddy_label(label, field, self))
            filters.addWidget(field, 1)
        filters.addWidget(self.build_button)
        self.model = GroupModel(self)
        self.table = list_table(self, "studentGroup", self.tr("Student group"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setModel(self.model)
        self.table.doubleClicked.connect(
            lambda index: self.learner_open_requested.emit(
                self.model.row_at(index.row()).learner_id
            )
        )
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.draft_button = QPushButton(self.tr("&Draft study plans for the selected"), self)
        self.draft_button.clicked.connect(self.draft_selected)
        self.invite_button = QPushButton(self.tr("&Invite the selected to a meeting…"), self)
        self.invite_button.clicked.connect(self.open_invitation)
        actions = QHBoxLayout()
        actions.addWidget(self.summary, 1)
        actions.addWidget(self.draft_button)
        actions.addWidget(self.invite_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self._enable()

    def attach(self, services: Services) -> None:
        self._services = services
        self._groups = services.offerings.groups  # kept: its gaps are reused between builds
        self._generation += 1
        self.show_offering(None)

    def set_places(self, choices: ReferenceChoices) -> None:
        """The municipalities and lärcentra to filter by (read by the page in the background)."""
        everyone = self.tr("Every municipality")
        self.municipality.set_choices(
            [(everyone, None), *((c.name, c.key) for c in choices.municipalities)]
        )
        every_centre = self.tr("Every lärcentrum")
        self.centre.set_choices(
            [(every_centre, None), *((c.name, c.key) for c in choices.learning_centres)]
        )

    def cancel(self) -> None:
        self._generation += 1

    def show_offering(self, offering: StoredOffering | None) -> None:
        if offering is not None and self._offering is not None and offering.id == self._offering.id:
            self._offering = offering
            return
        self._offering = offering
        self._generation += 1
        self.group = None
        self.model.set_rows([])
        self.summary.clear()
        if offering is None:
            self.heading.setText(self.tr("Choose an offering on the Offerings tab."))
        else:
            o = offering.offering
            self.heading.setText(
                fill(self.tr("%1 %2, %3: complete eligibility by %4."), offering.programme,
                     str(o.start_term), o.university, o.complete_by.isoformat())
            )  # fmt: skip
        self._enable()

    def _enable(self) -> None:
        ready = self._services is not None and self._offering is not None
        self.build_button.setEnabled(ready)
        has = self.model.rowCount() > 0
        self.draft_button.setEnabled(ready and has)
        self.invite_button.setEnabled(ready and has)

    def selected_ids(self) -> list[int]:
        model = self.table.selectionModel()
        rows = sorted(i.row() for i in model.selectedRows()) if model is not None else []
        return [self.model.row_at(r).learner_id for r in rows]

    def build(self) -> Op[StudentGroup] | None:
        if self._groups is None or self._offering is None:
            return None
        groups = self._groups
        offering_id = self._offering.id
        group = self.target_group.value()
        category = self.category.value()
        where = GroupFilter(
            municipality_code=self.municipality.value(),
            learning_centre_id=self.centre.value(),
            groups=frozenset({group}) if group is not None else frozenset(),
            categories=frozenset({category}) if category is not None else frozenset(),
        )
        self._generation += 1
        generation = self._generation

        def read(control: TaskControl) -> StudentGroup:
            return groups.group(offering_id, where, cancelled=lambda: control.cancelled)

        def show(found: StudentGroup) -> None:
            if generation != self._generation:
                return
            self.group = found
            self.model.set_rows(found.members)
            terms = ", ".join(str(t) for t in found.terms_left) or "–"
            self.summary.setText(
                fill(self.tr("%1 eligible now, %2 in time at half pace, %3 at full pace, %4 not "
                             "in time. Terms left: %5."),
                     *(str(found.counts[c]) for c in GroupCategory), terms)
            )  # fmt: skip
            self._enable()

        self.build_op = run_op(
            self,
            read,
            background=True,
            pool=single_lane("student-group"),
            on_success=show,
            title=self.tr("The group could not be built"),
        )
        return self.build_op

    def draft_selected(self) -> DraftOutcome | None:
        ids = self.selected_ids()
        if self._services is None or self._offering is None or not ids:
            return None
        services = self._services
        slow = GroupCategory.REACHABLE_HALF_PACE
        half = [
            m.learner_id for m in self.model.rows() if m.learner_id in ids and m.category is slow
        ]
        coach = services.current_coach or ""
        offering_id = self._offering.id
        op = run_op(
            self,
            lambda: services.offerings.groups.draft_plans(
                offering_id, ids, author=coach or "—", coach=coach, half_pace=half
            ),
            title=self.tr("Study plans not drafted"),
        )
        outcome = op.value
        if outcome is None:
            return None
        self.changed.emit(outcome.changes)
        text = self.tr("Drafted %n study plan(s).", "", len(outcome.drafted))
        if outcome.refused:
            text += " " + self.tr("%n learner(s) could not get a plan.", "", len(outcome.refused))
        self.summary.setText(text)
        return outcome

    def open_invitation(self) -> Op[Any] | None:
        """Read the offering's meetings in the background, then ask where to invite."""
        if self._services is None or self._offering is None:
            return None
        offerings = self._services.offerings.offerings
        offering_id = self._offering.id
        return run_op(
            self,
            lambda _control: offerings.meetings(offering_id),
            background=True,
            pool=single_lane("student-group"),
            on_success=lambda meetings: self.invitation_dialog(meetings).open(),
        )

    def invitation_dialog(self, meetings: Sequence[StoredActivity]) -> InvitationDialog:
        """The dialog for the learners selected, over the offering's ``meetings``."""
        assert self._services is not None and self._offering is not None
        offerings = self._services.offerings.offerings
        offering = self._offering
        ids = self.selected_ids()
        dialog = InvitationDialog(
            meetings,
            len(ids),
            add_meeting=lambda draft: offerings.add_meeting(offering.id, draft),
            invite=lambda meeting: offerings.invite(meeting, ids),
            default_title=fill(self.tr("Information meeting: %1"), offering.programme),
            today=date.today(),
            parent=self,
        )
        dialog.accepted.connect(lambda: self._invited(dialog))
        return dialog

    def _invited(self, dialog: InvitationDialog) -> None:
        self.changed.emit(dialog.changes)
        if dialog.invited is not None:
            self.summary.setText(self.tr("%n learner(s) invited.", "", dialog.invited))
