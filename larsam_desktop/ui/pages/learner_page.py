"""One learner: who they are, their pathway, their courses and their eligibility."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop.domain.learner import StoredLearner
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.records import Choice
from larsam_desktop.services.reference_data import ReferenceChoices
from larsam_desktop.ui.models.course_records_model import CourseRecordsModel
from larsam_desktop.ui.pages.learner.courses_panel import CoursesPanel
from larsam_desktop.ui.pages.learner.eligibility_panel import EligibilityPanel
from larsam_desktop.ui.pages.learner.pathway_panel import PathwayPanel
from larsam_desktop.ui.pages.learner.plan_panel import PlanPanel
from larsam_desktop.ui.pages.learner.qualifications_panel import QualificationsPanel
from larsam_desktop.ui.session import AppSession
from larsam_desktop.ui.widgets.course_completer import CourseCompleter

if TYPE_CHECKING:
    from larsam_desktop.ui.dialogs.contacts_dialog import ContactsDialog
    from larsam_desktop.ui.dialogs.learner_services_dialog import LearnerServicesDialog


class LearnerPage(QWidget):
    """``changed`` carries what a panel saved; the window publishes it to every page."""

    changed = Signal(Changes)
    back_requested = Signal()
    edit_requested = Signal(int)  # learner id

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("learnerPage")
        self.session = session
        self.learner: StoredLearner | None = None

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

        self.name = QLabel(self)
        self.name.setObjectName("learnerName")
        self.name.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.name.setAccessibleName(self.tr("Learner name"))
        self.facts: dict[str, QLabel] = {}
        facts = QGridLayout()
        titles = {
            "personnummer": self.tr("Personnummer:"),
            "municipality": self.tr("Municipality:"),
            "learning_centre": self.tr("Lärcentrum:"),
            "coach": self.tr("Coach:"),
        }
        for position, (key, title) in enumerate(titles.items()):
            value = QLabel(self)
            value.setObjectName(f"header_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(title.rstrip(":"))
            self.facts[key] = value
            facts.addWidget(QLabel(title, self), 0, position * 2)
            facts.addWidget(value, 0, position * 2 + 1)
        facts.setColumnStretch(len(titles) * 2, 1)

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
        for panel in (self.pathway, self.courses, self.eligibility, self.plan, self.qualifications):
            panel.changed.connect(self.changed)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.name, 1)
        top.addWidget(self.contacts_button)
        top.addWidget(self.services_button)
        top.addWidget(self.edit_button)
        left = QSplitter(Qt.Orientation.Vertical, self)
        left.addWidget(self.pathway)
        left.addWidget(self.courses)
        body = QSplitter(Qt.Orientation.Horizontal, self)
        body.addWidget(left)
        self.right_tabs = QTabWidget(self)
        self.right_tabs.setObjectName("learnerRightTabs")
        self.right_tabs.addTab(self.eligibility, self.tr("E&ligibility"))
        self.right_tabs.addTab(self.qualifications, self.tr("&Qualifications"))
        self.right_tabs.addTab(self.plan, self.tr("Study &plan"))
        body.addWidget(self.right_tabs)
        body.setChildrenCollapsible(False)
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 1)
        body.setSizes([560, 640])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(facts)
        layout.addWidget(body, 1)

    @property
    def learner_id(self) -> int | None:
        return self.learner.id if self.learner else None

    def show_learner(self, learner: StoredLearner, choices: ReferenceChoices) -> None:
        """Load everything about ``learner``; raises what the services raise."""
        self.learner = learner
        self._show_header(choices)
        coach = self.facts["coach"].text()
        # Who records a step: the coach using the program, else the learner's own coach.
        recorder = self.session.current_coach or (
            coach if learner.data.coach_id is not None else ""
        )
        self.pathway.set_learner(learner.id, recorder)
        self.courses.set_learner(learner.id)
        self.eligibility.set_learner(learner.id)
        self.qualifications.set_learner(learner.id)
        self.plan.set_learner(learner.id, coach if learner.data.coach_id is not None else "")

    def apply_changes(self, changes: Changes, learner: StoredLearner | None) -> None:
        """Reload when the shown learner changed (``learner``: as read again, if still there)."""
        if self.learner is None or learner is None:
            return
        if self.learner.id in changes.learners or changes.learners_bulk or changes.reference:
            self.learner = learner
            self._show_header(self.session.reference.choices())
            self.pathway.reload()
            self.courses.reload()
            self.eligibility.evaluate()
            if not self.qualifications.dirty:  # never throw away what the coach is typing
                self.qualifications.set_learner(learner.id)
            self.plan.run_check()

    def _show_header(self, choices: ReferenceChoices) -> None:
        assert self.learner is not None
        data = self.learner.data
        self.name.setText(f"{data.given_name} {data.family_name}")
        none = self.tr("—")

        def name_of(options: Sequence[Choice], key: object) -> str:
            return next((c.name for c in options if c.key == key), none)

        self.facts["personnummer"].setText(data.identity.masked() if data.identity else none)
        self.facts["municipality"].setText(
            name_of(choices.municipalities, data.home_municipality_code)
        )
        self.facts["learning_centre"].setText(
            name_of(choices.learning_centres, data.learning_centre_id)
        )
        self.facts["coach"].setText(name_of(choices.coaches, data.coach_id))

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
