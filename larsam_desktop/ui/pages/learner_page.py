"""One learner: who they are, their pathway, their courses and their eligibility.

Load once, publish, don't reload: ``show_learner`` reads one ``LearnerSnapshot`` (one unit of
work) and hands it to every panel. A panel that saves publishes the next snapshot (made from
what its service returned) with the ``Changes``; the page hands that snapshot to the other
panels and passes the ``Changes`` on to the window. When those ``Changes`` come back through
``apply_changes`` the page knows them and reads nothing; changes made elsewhere load a
fresh snapshot, off the GUI thread (``learner/snapshot_reload.py``). The header (name and
facts) is ``learner/header.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop.domain.learner import StoredLearner
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.learner_snapshot import LearnerSnapshot
from larsam_desktop.services.reference_data import ReferenceChoices
from larsam_desktop.ui.models.course_records_model import CourseRecordsModel
from larsam_desktop.ui.pages.learner.courses_panel import CoursesPanel
from larsam_desktop.ui.pages.learner.decisions_box import DecisionsBox
from larsam_desktop.ui.pages.learner.decisions_box import attach as attach_decisions
from larsam_desktop.ui.pages.learner.eligibility_panel import EligibilityPanel
from larsam_desktop.ui.pages.learner.header import LearnerHeader
from larsam_desktop.ui.pages.learner.merit_panel import MeritPanel
from larsam_desktop.ui.pages.learner.older_routes_box import OlderRoutesBox
from larsam_desktop.ui.pages.learner.pathway_panel import PathwayPanel
from larsam_desktop.ui.pages.learner.plan import PlanPanel
from larsam_desktop.ui.pages.learner.plan.status import confirm
from larsam_desktop.ui.pages.learner.plan.undo import LastChange, UndoKeyFilter
from larsam_desktop.ui.pages.learner.qualifications_panel import QualificationsPanel
from larsam_desktop.ui.pages.learner.snapshot_reload import SnapshotReload
from larsam_desktop.ui.session import AppSession
from larsam_desktop.ui.widgets.course_completer import CourseCompleter

if TYPE_CHECKING:
    from larsam_desktop.ui.dialogs.contacts_dialog import ContactsDialog
    from larsam_desktop.ui.dialogs.learner_services_dialog import LearnerServicesDialog


def scrolled(panel: QWidget, parent: QWidget) -> QScrollArea:
    """``panel`` in a vertical scroll area that takes its width (no sideways scrolling)."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(panel)
    return area


class LearnerPage(QWidget):
    """``changed`` carries what a panel saved; the window publishes it to every page."""

    changed = Signal(Changes)
    back_requested = Signal()
    edit_requested = Signal(int)  # learner id

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("learnerPage")
        self.session = session
        self.snapshot: LearnerSnapshot | None = None
        self._choices: ReferenceChoices | None = None
        self._reloads = SnapshotReload(
            self, session, lambda: self.learner_id, self._reloaded, self.back_requested.emit
        )
        # Replaced in tests: what to do with unsaved plan edits when another learner opens.
        self.ask_unsaved_plan: Callable[[], QMessageBox.StandardButton] = self._ask_unsaved_plan

        self.back_button = QPushButton(self.tr("← &Back to caseload"), self)
        self.back_button.setAccessibleName(self.tr("Back to caseload"))
        self.back_button.setToolTip(self.tr("Back to caseload (Alt+Left, Esc)"))
        self.back_button.clicked.connect(self.back_requested)
        self.back_action = QAction(self.tr("Back to caseload"), self)
        self.back_action.setShortcuts(
            [QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left), QKeySequence(Qt.Key.Key_Escape)]
        )
        self.back_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.back_action.triggered.connect(self.back_requested)
        self.addAction(self.back_action)
        self.edit_button = QPushButton(self.tr("&Edit details…"), self)
        self.edit_button.setAccessibleName(self.tr("Edit details"))
        self.edit_button.clicked.connect(self._edit)
        # The coach's day (issue 5): contact log, follow-ups, exams and activities.
        self.contacts_button = QPushButton(self.tr("&Contacts && follow-ups…"), self)
        self.contacts_button.setAccessibleName(self.tr("Contacts and follow-ups"))
        self.contacts_button.clicked.connect(lambda: self.contacts_dialog().exec())
        self.services_button = QPushButton(self.tr("E&xams && activities…"), self)
        self.services_button.setAccessibleName(self.tr("Exam bookings and activities"))
        self.services_button.clicked.connect(lambda: self.services_dialog().exec())

        self.header = LearnerHeader(self)
        self.name, self.facts = self.header.name, self.header.facts

        data = session.eligibility_data
        self.pathway = PathwayPanel(session.pathway, self)
        self.courses = CoursesPanel(
            session.courses,
            CourseRecordsModel(data.catalogue, self),
            CourseCompleter(data.catalogue, self),
            self,
        )
        self.eligibility = EligibilityPanel(
            data, session.profiles, session.eligibility, session.courses, self
        )
        self.plan = PlanPanel(session, self)
        self.qualifications = QualificationsPanel(session.profiles, self)
        self.older_routes = OlderRoutesBox(session.profiles, self.qualifications)
        self.decisions = DecisionsBox(session.decisions, self.qualifications)
        attach_decisions(self.older_routes, self.qualifications)
        attach_decisions(self.decisions, self.qualifications)
        for panel in (self.pathway, self.courses, self.eligibility, self.plan, self.qualifications,
                      self.older_routes, self.decisions):  # fmt: skip
            panel.published.connect(self.publish)
        self.merit = MeritPanel(session.merit, self)  # issue 15: can the learner compete?
        self.merit.published.connect(self.publish)
        from larsam_desktop.ui.pages.learner.university_tab import UniversityTab  # storage

        self.university = UniversityTab(session.university, self)  # issue 17
        self.mentors = self.university.mentors
        # Ctrl+Z: the last change made on this page (learner/plan/undo.py).
        self.last_change = LastChange(self)
        for undoable in (self.pathway, self.courses, self.eligibility, self.plan,
                         self.qualifications):  # fmt: skip
            undoable.last_change = self.last_change
        undo = QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_last_change)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        keys = UndoKeyFilter(self)
        for edit in (*self.pathway.findChildren(QLineEdit), *self.courses.findChildren(QLineEdit)):
            edit.installEventFilter(keys)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.name, 1)
        top.addWidget(self.contacts_button)
        top.addWidget(self.services_button)
        top.addWidget(self.edit_button)
        # Pathway and courses as tabs beside the eligibility: each table gets the page's
        # height (a dozen rows at 1366×768; stacked, each got one or two).
        self.left_tabs = left = QTabWidget(self)
        left.setObjectName("learnerLeftTabs")
        left.addTab(self.pathway, self.tr("Pa&thway"))
        left.addTab(self.courses, self.tr("C&ourses"))
        left.addTab(self.university, self.tr("Mentor&s, HP"))
        body = QSplitter(Qt.Orientation.Horizontal, self)
        body.addWidget(left)
        self.right_tabs = QTabWidget(self)
        self.right_tabs.setObjectName("learnerRightTabs")
        self.right_tabs.addTab(self.eligibility, self.tr("E&ligibility"))
        # Qualifications is a long form: scrolled, so the page fits a laptop screen (issue 14).
        self.right_tabs.addTab(scrolled(self.qualifications, self), self.tr("&Qualifications"))
        self.right_tabs.addTab(self.merit, self.tr("&Merit"))
        self.right_tabs.addTab(self.plan, self.tr("Study &plan"))
        body.addWidget(self.right_tabs)
        body.setChildrenCollapsible(False)
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 1)
        body.setSizes([560, 640])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.header.facts_row)
        layout.addWidget(body, 1)

    @property
    def learner(self) -> StoredLearner | None:
        return self.snapshot.learner if self.snapshot else None

    @property
    def learner_id(self) -> int | None:
        return self.snapshot.learner_id if self.snapshot else None

    def show_learner(self, learner: StoredLearner, choices: ReferenceChoices) -> bool:
        """Load everything about ``learner`` (one snapshot); raises what the services raise.

        False when the coach chose to stay with unsaved plan edits of the learner shown.
        """
        if not self.may_leave_for(learner.id):
            return False
        self.show_loaded(self.session.learner_snapshots.load(learner.id), choices)
        return True

    def may_leave_for(self, learner_id: int) -> bool:
        """False when the coach chose to stay with unsaved plan edits of the learner shown."""
        other = self.snapshot is not None and learner_id != self.snapshot.learner_id
        return not other or self._leave_plan()

    def show_loaded(self, snapshot: LearnerSnapshot, choices: ReferenceChoices) -> None:
        """Show a snapshot read elsewhere (the window reads it on a worker thread)."""
        if snapshot.learner_id != self.learner_id:
            self.last_change.forget()
        self._choices = choices
        self._show(snapshot, new=True)

    def undo_last_change(self) -> None:
        """Ctrl+Z: undo the last change made for the learner shown, and say so."""
        if self.last_change.change is None:
            confirm(self, self.tr("Nothing to undo."))
            return
        text = self.last_change.undo(self.learner_id)
        if text is not None:
            confirm(self, text)

    def attach(self, services: AppSession) -> None:
        """The ``Page`` protocol. The page and its panels are built for one store; the window
        drops the page when the store is replaced and builds a new one for the next."""
        if services is not self.session:
            raise RuntimeError("the learner page was built for another store")

    def cancel(self) -> None:
        """The ``Page`` protocol: a save still running reports to nobody."""
        self.courses.cancel()

    def publish(self, snapshot: LearnerSnapshot, changes: Changes) -> None:
        """A panel saved: every panel shows its ``snapshot``, the window hears ``changes``."""
        self.last_change.published()  # a change without an inverse forgets the last one
        if self.snapshot is None or snapshot.learner_id != self.snapshot.learner_id:
            return
        self._show(snapshot, new=False)
        if changes.learners or changes.learners_bulk or changes.reference:
            self._reloads.published(changes)
            self.changed.emit(changes)

    def apply_changes(self, changes: Changes, learner: StoredLearner | None = None) -> None:
        """Load a fresh snapshot when someone else changed the learner shown.

        ``Changes`` this page published come back here too: what they changed is shown
        already. (``learner``, as the window read it, is not needed: the snapshot has it.)
        """
        if self.snapshot is None or self._reloads.own(changes):
            return
        if (
            self.snapshot.learner_id in changes.learners
            or changes.learners_bulk
            or changes.reference
        ):
            self._reloads.reload(
                self.snapshot.learner_id,
                with_choices=bool(changes.reference) or self._choices is None,
            )

    @property
    def reloading(self) -> bool:
        """A fresh snapshot is being read (on a worker thread)."""
        return self._reloads.reloading

    def _reloaded(self, snapshot: LearnerSnapshot, choices: ReferenceChoices | None) -> None:
        if choices is not None:
            self._choices = choices
        self._show(snapshot, new=False)

    def _show(self, snapshot: LearnerSnapshot, *, new: bool) -> None:
        self._reloads.overtake()  # newer than any reload still running
        self.snapshot = snapshot
        if self._choices is not None:
            self.header.show(snapshot.learner, self._choices)
        coach = self.facts["coach"].text() if snapshot.learner.data.coach_id is not None else ""
        # Who records a step: the coach using the program, else the learner's own coach.
        recorder = (self.session.current_coach or coach) if new else None
        self.pathway.show_snapshot(snapshot, recorder)
        self.courses.show_snapshot(snapshot)
        self.eligibility.show_snapshot(snapshot)
        self.qualifications.show_snapshot(snapshot)
        self.merit.show_snapshot(snapshot)
        self.older_routes.show_snapshot(snapshot)
        self.decisions.show_snapshot(snapshot)
        self.university.show_learner(snapshot.learner_id)
        self.plan.show_snapshot(snapshot, coach if new else None)

    def _leave_plan(self) -> bool:
        """Unsaved plan edits: save them, throw them away, or stay (False)."""
        if not self.plan.dirty:
            return True
        answer = self.ask_unsaved_plan()
        if answer == QMessageBox.StandardButton.Save:
            return self.plan.save()
        return answer == QMessageBox.StandardButton.Discard

    def _ask_unsaved_plan(self) -> QMessageBox.StandardButton:
        buttons = QMessageBox.StandardButton
        return QMessageBox.question(
            self,
            self.tr("Unsaved study plan"),
            self.tr("The study plan of %1 has unsaved changes. Save them first?").replace(
                "%1", self.name.text()
            ),
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )

    def contacts_dialog(self) -> ContactsDialog:
        from larsam_desktop.ui.dialogs.contacts_dialog import ContactsDialog

        assert self.learner is not None
        dialog = ContactsDialog(self.session, self.learner.id, self.name.text(), self)
        dialog.changed.connect(self.changed)
        return dialog

    def services_dialog(self) -> LearnerServicesDialog:
        from larsam_desktop.ui.dialogs.learner_services_dialog import LearnerServicesDialog

        assert self.learner is not None
        dialog = LearnerServicesDialog(self.session, self.learner.id, self.name.text(), self)
        dialog.changed.connect(self.changed)
        return dialog

    def _edit(self) -> None:
        if self.learner is not None:
            self.edit_requested.emit(self.learner.id)

    def focus_first(self) -> None:
        self.pathway.table.setFocus()
