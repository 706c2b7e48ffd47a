"""Eligibility for the learner's target: requirements met or missing, and what to study.

The target is the learner's one target (the study-plan tab's new plans aim at it too). The
evaluation reads nothing: it runs on the page's ``LearnerSnapshot``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop.domain.courses.qualifications import TargetChoice, upcoming_terms
from larsam_desktop.domain.courses.records import CourseRecordDraft, CourseStatus
from larsam_desktop.domain.eligibility.engine import EligibilityResult
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.courses import CourseRecordService
from larsam_desktop.services.eligibility import EligibilityService
from larsam_desktop.services.eligibility_data import EligibilityData
from larsam_desktop.services.errors import UserError
from larsam_desktop.services.learner_snapshot import LearnerSnapshot
from larsam_desktop.services.profiles import ProfileService
from larsam_desktop.ui.messages import show_user_error, user_error_text
from larsam_desktop.ui.models.requirements_model import RequirementsModel
from larsam_desktop.ui.pages.learner.eligibility_rules import RuleLinks, rule_lines
from larsam_desktop.ui.pages.learner.plan.status import confirm
from larsam_desktop.ui.pages.learner.plan.undo import LastChange
from larsam_desktop.ui.qt_dates import date_of
from larsam_desktop.ui.stage_text import interface_language
from larsam_desktop.ui.text import fill
from larsam_desktop.ui.widgets.choice_combo import ChoiceCombo


class EligibilityPanel(QGroupBox):
    """``published`` carries the next snapshot and the ``Changes`` of a saved target."""

    published = Signal(object, object)  # LearnerSnapshot, Changes

    def __init__(self, data: EligibilityData, profiles: ProfileService,
                 eligibility: EligibilityService, courses: CourseRecordService,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setTitle(self.tr("Eligibility"))
        self._profiles = profiles
        self._eligibility = eligibility
        self._courses = courses
        self._snapshot: LearnerSnapshot | None = None
        self._stale = False
        self.result: EligibilityResult | None = None
        self.last_change: LastChange | None = None  # the learner page's Ctrl+Z

        book = self._book = data.book
        self._language = interface_language()  # data texts in the interface language
        self.target = ChoiceCombo(self)
        self.target.setObjectName("targetChooser")
        self.target.setAccessibleName(self.tr("Target programme"))
        choices: list[tuple[str, str | None]] = [(self.tr("(no target)"), None)]
        choices += [(book.title(t).in_language(self._language), t) for t in book.target_ids]
        self.target.set_choices(choices)
        self.target.setSizeAdjustPolicy(
            ChoiceCombo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.target.setMinimumContentsLength(24)
        self.target.activated.connect(lambda _index: self._save_target())
        self.start_term = ChoiceCombo(self)
        self.start_term.setObjectName("startTermChooser")
        self.start_term.setAccessibleName(self.tr("Hoped-for start term"))
        self.start_term.setToolTip(self.tr("The term the learner hopes to start the programme"))
        self._fill_terms(None)
        self.start_term.activated.connect(lambda _index: self._save_target())
        self.on = QDateEdit(QDate.currentDate(), self)
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.on.setAccessibleName(self.tr("Evaluation date"))
        self.on.dateChanged.connect(lambda _date: self.evaluate())
        self.what_if = QCheckBox(self.tr("Count planned and ongoing courses as &passed"), self)
        self.what_if.setAccessibleName(self.tr("Count planned and ongoing courses as passed"))
        self.what_if.toggled.connect(lambda _on: self.evaluate())

        self.summary = QLabel(self)
        self.summary.setObjectName("eligibilitySummary")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Eligibility summary"))
        self.model = RequirementsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("requirementsTable")
        self.table.setAccessibleName(self.tr("Requirements"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        # Rows as tall as their wrapped text: long Swedish requirements are never cut off.
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 220)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.rule_links = RuleLinks(book, self.table, self.model, self.target.value, self)
        self.sources = QLabel(self)
        self.sources.setObjectName("eligibilitySources")
        self.sources.setWordWrap(True)
        self.sources.setAccessibleName(self.tr("Sources"))
        self.add_missing_button = QPushButton(self.tr("Add &missing courses as planned"), self)
        self.add_missing_button.setAccessibleName(self.tr("Add missing courses as planned"))
        self.add_missing_button.clicked.connect(self.add_missing)

        choose = QHBoxLayout()
        label = QLabel(self.tr("&Target:"), self)
        label.setBuddy(self.target)
        choose.addWidget(label)
        choose.addWidget(self.target, 1)
        term_label = QLabel(self.tr("&Start:"), self)
        term_label.setBuddy(self.start_term)
        choose.addWidget(term_label)
        choose.addWidget(self.start_term)
        on_label = QLabel(self.tr("&On:"), self)
        on_label.setBuddy(self.on)
        choose.addWidget(on_label)
        choose.addWidget(self.on)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.what_if)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        # Route, notes and sources scroll within nine lines: the requirements keep the room
        # on a laptop screen.
        notes = QScrollArea(self)
        notes.setWidget(self.sources)
        notes.setWidgetResizable(True)
        notes.setFrameShape(QFrame.Shape.NoFrame)
        notes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        notes.setMaximumHeight(self.fontMetrics().lineSpacing() * 9 + 4)
        layout.addWidget(notes)
        layout.addWidget(self.add_missing_button)

    @property
    def _learner_id(self) -> int | None:
        return self._snapshot.learner_id if self._snapshot else None

    def show_snapshot(self, snapshot: LearnerSnapshot) -> None:
        """Show the snapshot's target and evaluate its transcript against it."""
        choice = snapshot.target
        if (
            self._snapshot is None
            or choice != self._snapshot.target
            or (snapshot.learner_id != self._snapshot.learner_id)
        ):
            self.target.set_value(choice.target_id if choice else None)
            self._fill_terms(choice.start_term if choice else None)
        self._snapshot = snapshot
        self.evaluate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.evaluate()

    def _fill_terms(self, current: str | None) -> None:
        """The next eight terms (plus the stored one, if it lies outside them)."""
        terms = upcoming_terms(date.today(), 8)
        if current and current not in terms:
            terms.insert(0, current)
        self.start_term.set_choices([(self.tr("(no start term)"), None)] + [(t, t) for t in terms])
        self.start_term.set_value(current)

    def _save_target(self) -> None:
        snapshot = self._snapshot
        if snapshot is None:
            return
        target = self.target.value()
        term = self.start_term.value() if target else None
        if not target:
            self.start_term.set_value(None)
        try:
            choice = self._profiles.validate_target(target or "", term or "")
            changes = self._profiles.set_target(snapshot.learner_id, target or "", term or "")
        except UserError as exc:
            show_user_error(self, exc, self.tr("Target not saved"))
            return
        before = snapshot.target
        if self.last_change is not None and choice != before:
            text = self.tr("Target changed.")
            self.last_change.record(
                snapshot.learner_id, text, lambda: self._undo_target(choice, before),
                publishes=True,
            )  # fmt: skip
        self.show_snapshot(snapshot.with_target(choice))
        assert self._snapshot is not None
        self.published.emit(self._snapshot, changes)

    def _undo_target(self, chosen: TargetChoice | None, before: TargetChoice | None) -> bool:
        """Ctrl+Z after choosing a target: the one before again (while the choice stands)."""
        snapshot = self._snapshot
        if snapshot is None or snapshot.target != chosen:
            return False
        target = before.target_id if before else ""
        term = before.start_term or "" if before else ""
        try:
            changes = self._profiles.set_target(snapshot.learner_id, target, term)
        except UserError as exc:
            show_user_error(self, exc, self.tr("Not undone"))
            return False
        self.show_snapshot(snapshot.with_target(before))
        assert self._snapshot is not None
        self.published.emit(self._snapshot, changes)
        return True

    def evaluate(self) -> None:
        """Evaluate the snapshot's transcript (nothing is read); a hidden tab evaluates when
        it is shown."""
        if not self.isVisible() and self._snapshot is not None:
            self._stale = True
            return
        self._stale = False
        self.result = None
        target = self.target.value()
        if self._snapshot is None or target is None:
            self._show(None, self.tr("Choose a target programme to see what is still needed."))
            return
        try:
            result = self._eligibility.evaluate_transcript(
                self._snapshot.transcript,
                target,
                on=date_of(self.on),
                what_if=self.what_if.isChecked(),
            )
        except UserError as exc:  # a rule not in force on that day, an unknown target
            self._show(None, user_error_text(exc))
            return
        self.result = result
        if result.eligible:
            name = result.title.in_language(self._language)
            text = fill(self.tr("✓ Eligible for %1."), name)
        else:
            text = fill(
                self.tr(
                    "✗ Not yet eligible for %1: %2 of %3 requirements missing, %4 points to study."
                ),
                result.title.in_language(self._language),
                str(len(result.missing)),
                str(len(result.requirements)),
                str(result.points_missing),
            )
        if result.what_if:
            text += " " + self.tr("(Planned and ongoing courses counted as passed.)")
        self._show(result, text)

    def _show(self, result: EligibilityResult | None, text: str) -> None:
        self.summary.setText(text)
        colour = "#1b5e20" if result is not None and result.eligible else "#b00020"
        self.summary.setStyleSheet(f"color: {colour}; font-weight: bold;" if result else "")
        self.model.set_rows(result.requirements if result else [])
        notes = list(result.notes) if result else []
        sources = list(result.sources) if result else []
        lines = [fill(self.tr("Note: %1"), n.in_language(self._language)) for n in notes]
        if result:  # route, warnings, rules from a later date (eligibility_rules.py)
            lines[:0] = rule_lines(result, self.start_term.value(), self._language)
        if sources:
            shown = (self._book.source(s, self._language) for s in sources)
            lines.append(fill(self.tr("Sources: %1"), "; ".join(shown)))
        self.sources.setText("\n".join(lines))
        self.add_missing_button.setEnabled(bool(self.missing_codes()))

    def missing_codes(self) -> list[str]:
        """The plan's courses (the cheapest option per missing requirement) not yet recorded."""
        if self.result is None or self._snapshot is None:
            return []
        recorded = {
            s.record.code
            for s in self._snapshot.records
            if s.record.status in (CourseStatus.PLANNED, CourseStatus.ONGOING)
        }
        return [code for code in self.result.plan.codes if code not in recorded]

    def add_missing(self) -> None:
        snapshot = self._snapshot
        if snapshot is None:
            return
        added: set[int] = set()
        for code in self.missing_codes():
            try:
                saved = self._courses.add(
                    snapshot.learner_id, CourseRecordDraft(code, status="planned")
                )
            except UserError as exc:
                show_user_error(self, exc, self.tr("Course not added"))
                break
            added |= saved.changes.learners
            snapshot = snapshot.with_record(saved.record)
        before = {s.id for s in self._snapshot.records} if self._snapshot else set()
        new_ids = [s.id for s in snapshot.records if s.id not in before]
        count = len(new_ids)
        text = self.tr("%n course(s) added as planned.", "", count)
        if new_ids and self.last_change is not None:
            undo = lambda: self._remove_records(new_ids)  # noqa: E731
            self.last_change.record(snapshot.learner_id, text, undo, publishes=bool(added))
        if added:
            self.show_snapshot(snapshot)
            self.published.emit(snapshot, Changes(learners=frozenset(added)))
        if new_ids:
            confirm(self, text)

    def _remove_records(self, record_ids: list[int]) -> bool:
        """Ctrl+Z after adding the missing courses: the records it added go again."""
        snapshot, removed = self._snapshot, set[int]()
        for record_id in record_ids:
            if snapshot is None:
                return False
            try:
                removed |= self._courses.remove(record_id).learners
            except UserError as exc:
                show_user_error(self, exc, self.tr("Not undone"))
                break
            snapshot = snapshot.without_record(record_id)
        if snapshot is not None and removed:
            self.show_snapshot(snapshot)
            self.published.emit(snapshot, Changes(learners=frozenset(removed)))
        return bool(removed)
