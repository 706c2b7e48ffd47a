"""The learner's individual study plan: edit, check against the rules, revise, print.

The form edits a draft of the current revision. Checks run on every change (after a short
pause): what the plan does not cover by the start term, terms that do not fit the pace.
Saving an unlocked revision updates it; once printed or agreed, saving asks for a reason and
makes a new revision. Earlier revisions are shown read-only and can be compared.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop.domain.errors import ValidationError
from larsam_desktop.domain.plans.checks import PlanCheck
from larsam_desktop.domain.plans.plan import (
    NATIONAL_PROGRAMMES,
    Activities,
    CourseDraft,
    GoalKind,
    PlanContent,
    PlanDraft,
    PlanRevision,
    draft_of,
)
from larsam_desktop.domain.plans.terms import PACES, Term, first_open_term, pace_percent
from larsam_desktop.services.audit import current_actor
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.errors import StorageError
from larsam_desktop.services.learners import LearnerNotFound
from larsam_desktop.services.plan_printing import PlanPrinter, PrintOptions, file_name
from larsam_desktop.services.plans import NoPlan, PlanChanged, PlanService
from larsam_desktop.services.print_settings import load_print_settings
from larsam_desktop.ui.messages import field_error_text
from larsam_desktop.ui.models.planned_courses_model import PlannedCoursesModel
from larsam_desktop.ui.session import AppSession
from larsam_desktop.ui.widgets.choice_combo import ChoiceCombo
from larsam_desktop.ui.widgets.course_completer import CourseCompleter

CHECK_DELAY_MS = 250


def print_language() -> str:
    """English when the UI speaks English, otherwise Swedish (the plan's own language)."""
    return "en" if QLocale().language() == QLocale.Language.English else "sv"


class OptionalDate(QWidget):
    """A date that may be absent: a check box and a date edit."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label, self)
        self.check.setAccessibleName(label)
        self.edit = QDateEdit(QDate.currentDate(), self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setAccessibleName(label)
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.check.isChecked() else None  # type: ignore[return-value]

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        shown = QDate(value.year, value.month, value.day) if value else QDate.currentDate()
        self.edit.setDate(shown)


class PlanPanel(QWidget):
    changed = Signal(Changes)

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planPanel")
        data = session.eligibility_data
        self._session = session
        self._plans = PlanService(session.store.database, data)
        self._printer = PlanPrinter(session.store.database, self._plans)
        self._catalogue = data.catalogue
        self._learner_id: int | None = None
        self._default_coach = ""
        self.revisions: list[PlanRevision] = []
        self.shown: PlanRevision | None = None  # the revision the form shows
        self.check: PlanCheck | None = None
        self._loading = False
        self.dirty = False
        # Replaced in tests; returns None when the coach cancels.
        self.ask_reason: Callable[[int], str | None] = self._ask_reason
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.run_check)
        self._build(data.book.target_ids, data.book)

    # ---- layout -------------------------------------------------------------------------------
    def _build(self, target_ids: tuple[str, ...], book: object) -> None:
        from larsam_desktop.domain.eligibility.rules import RuleBook

        assert isinstance(book, RuleBook)
        self.status = QLabel(self)
        self.status.setObjectName("planStatus")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Plan status"))
        self.revision_choice = ChoiceCombo(self)
        self.revision_choice.setObjectName("planRevision")
        self.revision_choice.setAccessibleName(self.tr("Revision"))
        self.revision_choice.activated.connect(lambda _i: self._show_revision())
        self.compare_button = QPushButton(self.tr("C&ompare with current…"), self)
        self.compare_button.setAccessibleName(self.tr("Compare with current revision"))
        self.compare_button.clicked.connect(self.compare)

        self.goal_kind = ChoiceCombo(self)
        self.goal_kind.setObjectName("planGoalKind")
        self.goal_kind.setAccessibleName(self.tr("Educational goal"))
        self.goal_kind.set_choices(
            [(self.tr("A programme in higher education"), GoalKind.PROGRAMME),
             (self.tr("An examen from komvux"), GoalKind.EXAMEN)]
        )  # fmt: skip
        names = {target_ids[0]: book.grundlaggande.name}
        names.update({p.id: p.rule.name for p in book.programmes})
        self.target = ChoiceCombo(self)
        self.target.setObjectName("planTarget")
        self.target.setAccessibleName(self.tr("Target programme"))
        self.target.set_choices(
            [(self.tr("(not chosen yet)"), None)] + [(f"{names[t]} ({t})", t) for t in target_ids]
        )
        self.target_term = QLineEdit(self)
        self.target_term.setObjectName("planTargetTerm")
        self.target_term.setPlaceholderText(self.tr("e.g. HT2027"))
        self.target_term.setAccessibleName(self.tr("Start term"))
        self.examen = ChoiceCombo(self)
        self.examen.setAccessibleName(self.tr("Examen"))
        self.examen.set_choices(
            [(self.tr("(choose)"), None)]
            + [(examen.rule.name, key) for key, examen in book.examens.items()]
        )
        self.main_programme = ChoiceCombo(self)
        self.main_programme.setAccessibleName(self.tr("National programme"))
        self.main_programme.set_choices(
            [(self.tr("(not stated)"), None)]
            + [(f"{name} ({code})", code) for code, name in NATIONAL_PROGRAMMES.items()]
        )
        self.scope = QSpinBox(self)
        self.scope.setObjectName("planScope")
        self.scope.setRange(0, 10_000)
        self.scope.setSingleStep(50)
        self.scope.setSuffix(self.tr(" points"))
        self.scope.setAccessibleName(self.tr("Planned scope in verksamhetspoäng"))
        self.pace = ChoiceCombo(self)
        self.pace.setObjectName("planPace")
        self.pace.setAccessibleName(self.tr("Pace"))
        self.pace.set_choices(
            [
                (
                    self.tr("%1 points a week (%2 %)")
                    .replace("%1", str(p))
                    .replace("%2", str(pace_percent(p))),
                    p,
                )
                for p in reversed(PACES)
            ]
        )

        self.model = PlannedCoursesModel(self._catalogue, self)
        self.table = QTableView(self)
        self.table.setObjectName("plannedCourses")
        self.table.setAccessibleName(self.tr("Planned courses"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(140)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.course_code = QLineEdit(self)
        self.course_code.setObjectName("planCourseCode")
        self.course_code.setPlaceholderText(self.tr("Course code or name"))
        self.course_code.setAccessibleName(self.tr("Course to add"))
        CourseCompleter(self._catalogue, self).attach(self.course_code)
        self.course_term = QLineEdit(self)
        self.course_term.setObjectName("planCourseTerm")
        self.course_term.setPlaceholderText(self.tr("Term"))
        self.course_term.setAccessibleName(self.tr("Term of the course to add"))
        self.course_term.setMaximumWidth(90)
        self.add_course_button = QPushButton(self.tr("&Add course"), self)
        self.add_course_button.setAccessibleName(self.tr("Add course"))
        self.add_course_button.clicked.connect(self.add_course)
        self.course_code.returnPressed.connect(self.add_course)
        self.remove_course_button = QPushButton(self.tr("&Remove course"), self)
        self.remove_course_button.setAccessibleName(self.tr("Remove selected course"))
        self.remove_course_button.clicked.connect(self.remove_course)
        self.add_missing_button = QPushButton(self.tr("Add the &missing courses"), self)
        self.add_missing_button.setObjectName("planAddMissing")
        self.add_missing_button.setAccessibleName(self.tr("Add the missing courses"))
        self.add_missing_button.clicked.connect(self.add_missing)

        self.introduction = QCheckBox(self.tr("Introductory course (introduktionskurs)"), self)
        self.study_technique = QCheckBox(self.tr("Study-technique course"), self)
        self.hogskoleprov = OptionalDate(self.tr("Högskoleprovet on"), self)
        self.mentor = QLineEdit(self)
        self.mentor.setAccessibleName(self.tr("Mentor"))
        self.guidance = OptionalDate(self.tr("Study and career guidance offered on"), self)
        self.coach = QLineEdit(self)
        self.coach.setObjectName("planCoach")
        self.coach.setAccessibleName(self.tr("Responsible coach"))
        self.agreed = OptionalDate(self.tr("Agreed with the learner on"), self)

        self.warnings = QLabel(self)
        self.warnings.setObjectName("planWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setAccessibleName(self.tr("Plan check"))
        self.save_button = QPushButton(self.tr("&Save plan"), self)
        self.save_button.setObjectName("planSave")
        self.save_button.setAccessibleName(self.tr("Save plan"))
        self.save_button.clicked.connect(self.save)
        self.preview_button = QPushButton(self.tr("Pre&view…"), self)
        self.preview_button.setAccessibleName(self.tr("Preview the plan"))
        self.preview_button.clicked.connect(self.preview)
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"), self)
        self.pdf_button.setAccessibleName(self.tr("Save the plan as PDF"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setAccessibleName(self.tr("Print the plan"))
        self.print_button.clicked.connect(self.print_plan)
        self.settings_button = QPushButton(self.tr("Print se&ttings…"), self)
        self.settings_button.setAccessibleName(self.tr("Print settings"))
        self.settings_button.clicked.connect(self.edit_print_settings)
        self.show_personnummer = QCheckBox(self.tr("Full personnummer in the printout"), self)
        self.show_personnummer.setAccessibleName(self.tr("Full personnummer in the printout"))

        for signal in (
            self.goal_kind.activated, self.target.activated, self.examen.activated,
            self.main_programme.activated, self.pace.activated,
        ):  # fmt: skip
            signal.connect(lambda _i: self._edited())
        for edit in (self.target_term, self.mentor, self.coach):
            edit.textEdited.connect(lambda _t: self._edited())
        self.scope.valueChanged.connect(lambda _v: self._edited())
        for box in (self.introduction, self.study_technique):
            box.toggled.connect(lambda _on: self._edited())
        for optional in (self.hogskoleprov, self.guidance, self.agreed):
            optional.check.toggled.connect(lambda _on: self._edited())
            optional.edit.dateChanged.connect(lambda _d: self._edited())

        revision_row = QHBoxLayout()
        revision_row.addWidget(QLabel(self.tr("Revision:"), self))
        revision_row.addWidget(self.revision_choice, 1)
        revision_row.addWidget(self.compare_button)
        goal = QGroupBox(self.tr("Goal and scope"), self)
        goal_form = QFormLayout(goal)
        goal_form.addRow(self.tr("&Goal:"), self.goal_kind)
        goal_form.addRow(self.tr("&Programme:"), self.target)
        goal_form.addRow(self.tr("Start &term:"), self.target_term)
        goal_form.addRow(self.tr("&Examen:"), self.examen)
        goal_form.addRow(self.tr("Mainly &corresponds to:"), self.main_programme)
        goal_form.addRow(self.tr("Sco&pe:"), self.scope)
        goal_form.addRow(self.tr("Pa&ce:"), self.pace)
        courses = QGroupBox(self.tr("Courses by term"), self)
        add_row = QHBoxLayout()
        add_row.addWidget(self.course_code, 1)
        add_row.addWidget(self.course_term)
        add_row.addWidget(self.add_course_button)
        course_buttons = QHBoxLayout()
        course_buttons.addWidget(self.remove_course_button)
        course_buttons.addStretch(1)
        course_buttons.addWidget(self.add_missing_button)
        courses_layout = QVBoxLayout(courses)
        courses_layout.addWidget(self.table, 1)
        courses_layout.addLayout(add_row)
        courses_layout.addLayout(course_buttons)
        other = QGroupBox(self.tr("Preparation, guidance and agreement"), self)
        other_form = QFormLayout(other)
        other_form.addRow(self.introduction)
        other_form.addRow(self.study_technique)
        other_form.addRow(self.hogskoleprov)
        other_form.addRow(self.tr("&Mentor:"), self.mentor)
        other_form.addRow(self.guidance)
        other_form.addRow(self.tr("Responsible &coach:"), self.coach)
        other_form.addRow(self.agreed)
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.settings_button)
        actions.addStretch(1)
        actions.addWidget(self.preview_button)
        actions.addWidget(self.pdf_button)
        actions.addWidget(self.print_button)

        self.form = QWidget(self)
        form_layout = QVBoxLayout(self.form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(goal)
        form_layout.addWidget(courses, 1)
        form_layout.addWidget(other)
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.status)
        body_layout.addLayout(revision_row)
        body_layout.addWidget(self.warnings)  # the check's verdict first, where it is seen
        body_layout.addWidget(self.form, 1)
        body_layout.addWidget(self.show_personnummer)
        body_layout.addLayout(actions)
        # Long names in the choosers must not push the form wider than the tab.
        for combo in (self.revision_choice, self.goal_kind, self.target, self.examen,
                      self.main_programme, self.pace):  # fmt: skip
            combo.setSizeAdjustPolicy(
                ChoiceCombo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    # ---- loading ------------------------------------------------------------------------------
    def set_learner(self, learner_id: int, coach: str = "") -> None:
        self._learner_id = learner_id
        self._default_coach = coach
        self.reload()

    def reload(self) -> None:
        if self._learner_id is None:
            return
        self.revisions = self._plans.revisions(self._learner_id)
        self.revision_choice.set_choices(
            [(self._revision_title(r), r.number) for r in reversed(self.revisions)]
        )
        if self.revisions:
            self.revision_choice.set_value(self.revisions[-1].number)
            self._fill(self.revisions[-1].content)
            self.shown = self.revisions[-1]
        else:
            self.shown = None
            self._fill(self._plans.new_content(self._learner_id, self._default_coach))
        self.dirty = False
        self._update_state()
        self.run_check()

    def _revision_title(self, revision: PlanRevision) -> str:
        text = (
            self.tr("%1 — %2, %3")
            .replace("%1", str(revision.number))
            .replace("%2", revision.created_at.astimezone().date().isoformat())
            .replace("%3", revision.reason)
        )
        return text + (self.tr(" (locked)") if revision.locked else "")

    def _show_revision(self) -> None:
        number = self.revision_choice.value()
        found = next((r for r in self.revisions if r.number == number), None)
        if found is None:
            return
        self.shown = found
        self._fill(found.content)
        self.dirty = False
        self._update_state()
        self.run_check()

    @property
    def current(self) -> PlanRevision | None:
        return self.revisions[-1] if self.revisions else None

    @property
    def viewing_old(self) -> bool:
        return self.shown is not None and self.current is not None and self.shown != self.current

    def _update_state(self) -> None:
        current = self.current
        if current is None:
            text = self.tr("No study plan yet: fill it in with the learner and save.")
        else:
            text = (
                self.tr("Revision %1 of %2, saved %3 by %4.")
                .replace("%1", str(self.shown.number if self.shown else current.number))
                .replace("%2", str(current.number))
                .replace("%3", (self.shown or current).created_at.astimezone().date().isoformat())
                .replace("%4", (self.shown or current).author)
            )
            if self.viewing_old:
                text += " " + self.tr("An earlier revision: read only.")
            elif current.locked:
                text += " " + self.tr(
                    "Printed or agreed: a change is saved as a new revision, with a reason."
                )
        if self.dirty:
            text += " " + self.tr("Unsaved changes.")
        self.status.setText(text)
        self.form.setEnabled(not self.viewing_old)
        self.save_button.setEnabled(not self.viewing_old and (self.dirty or current is None))
        self.compare_button.setEnabled(self.viewing_old)
        has_plan = current is not None
        for button in (self.preview_button, self.pdf_button, self.print_button):
            button.setEnabled(has_plan)

    def _fill(self, content: PlanContent) -> None:
        self._loading = True
        try:
            self.goal_kind.set_value(content.goal_kind)
            self.target.set_value(content.target_id)
            self.target_term.setText(str(content.target_term) if content.target_term else "")
            self.examen.set_value(content.examen)
            self.main_programme.set_value(content.main_programme)
            self.scope.setValue(content.scope_points)
            self.pace.set_value(content.pace)
            self.model.set_rows(draft_of(content).courses)
            self.introduction.setChecked(content.activities.introduction_course)
            self.study_technique.setChecked(content.activities.study_technique)
            self.hogskoleprov.set_value(content.activities.hogskoleprov_on)
            self.mentor.setText(content.activities.mentor)
            self.guidance.set_value(content.guidance_offered_on)
            self.coach.setText(content.coach)
            self.agreed.set_value(content.agreed_on)
            self.course_term.setText(str(self._next_term()))
        finally:
            self._loading = False
        self._show_goal_fields()

    def _show_goal_fields(self) -> None:
        programme = self.goal_kind.value() is GoalKind.PROGRAMME
        for widget in (self.target, self.target_term):
            widget.setEnabled(programme)
        for widget in (self.examen, self.main_programme):
            widget.setEnabled(not programme)

    def _next_term(self) -> Term:
        return first_open_term(date.today())

    # ---- editing ------------------------------------------------------------------------------
    def draft(self) -> PlanDraft:
        """What the form holds now."""
        kind = self.goal_kind.value() or GoalKind.PROGRAMME
        return PlanDraft(
            goal_kind=kind.value,
            target_id=self.target.value() or "",
            target_term=self.target_term.text(),
            examen=self.examen.value() or "",
            main_programme=self.main_programme.value() or "",
            scope_points=self.scope.value(),
            pace=self.pace.value() or 20,
            courses=tuple(self.model.rows()),
            activities=Activities(
                self.introduction.isChecked(),
                self.study_technique.isChecked(),
                self.hogskoleprov.value(),
                self.mentor.text(),
            ),
            guidance_offered_on=self.guidance.value(),
            coach=self.coach.text(),
            agreed_on=self.agreed.value(),
        )

    def _edited(self) -> None:
        if self._loading:
            return
        self._show_goal_fields()
        self.dirty = True
        self._update_state()
        self._timer.start()

    def _set_courses(self, courses: tuple[CourseDraft, ...]) -> None:
        scope_was_sum = self.scope.value() == self._points(tuple(self.model.rows()))
        self.model.set_rows(sorted(courses, key=lambda c: _term_key(c.term)))
        if scope_was_sum:  # keep a scope that followed the courses in step with them
            self._loading = True
            self.scope.setValue(self._points(courses))
            self._loading = False
        self._edited()

    def _points(self, courses: tuple[CourseDraft, ...]) -> int:
        total = 0
        for course in courses:
            found = self._catalogue.lookup(course.code)
            total += course.points if course.points is not None else (found.points if found else 0)
        return total

    def add_course(self) -> None:
        code = self.course_code.text().strip()
        if not code:
            return
        course = self._catalogue.lookup(code)
        if course is None:
            self.warnings.setText(self.tr("Unknown course code %1.").replace("%1", code))
            return
        term = self.course_term.text().strip() or str(self._next_term())
        rows = [r for r in self.model.rows() if self._catalogue.lookup(r.code) != course]
        self._set_courses((*rows, CourseDraft(course.code, term.upper().replace(" ", ""))))
        self.course_code.clear()

    def remove_course(self) -> None:
        selected = {index.row() for index in self.table.selectionModel().selectedRows()}
        if not selected:
            return
        rows = self.model.rows()
        self._set_courses(tuple(r for i, r in enumerate(rows) if i not in selected))

    def add_missing(self) -> None:
        if self._learner_id is None:
            return
        content = self._validated()
        if content is None:
            return
        filled = self._plans.add_missing(self._learner_id, content)
        if filled.courses != content.courses:
            self._loading = True
            self.scope.setValue(filled.scope_points)
            self._loading = False
            self._set_courses(draft_of(filled).courses)

    def _validated(self) -> PlanContent | None:
        """The form as content for checking; a missing coach matters only when saving."""
        draft = self.draft()
        if not draft.coach.strip():
            draft = dataclasses.replace(draft, coach="-")
        try:
            return self._plans.validate(draft)
        except ValidationError as exc:
            self._show_errors(exc)
            return None

    def _show_errors(self, exc: ValidationError) -> None:
        lines = [f"• {field_error_text(e)}" for e in exc.errors]
        self.warnings.setText(self.tr("Not valid yet:") + "\n" + "\n".join(lines))
        self.warnings.setStyleSheet("color: #b00020;")
        self.add_missing_button.setEnabled(False)

    # ---- checks -------------------------------------------------------------------------------
    def run_check(self) -> None:
        self._timer.stop()
        if self._learner_id is None:
            return
        content = self._validated()
        if content is None:
            self.check = None
            return
        try:
            self.check = self._plans.check(self._learner_id, content)
        except (StorageError, LearnerNotFound) as exc:
            self.warnings.setText(str(exc))
            return
        self._show_check(self.check)

    def _show_check(self, check: PlanCheck) -> None:
        lines: list[str] = []
        if check.problem:
            lines.append(self.tr("The goal cannot be assessed: %1").replace("%1", check.problem))
        elif check.goal is None:
            lines.append(self.tr("Choose a goal to check the plan against the entry rules."))
        elif check.not_covered:
            where = (
                self.tr("before %1").replace("%1", str(check.deadline))
                if check.deadline
                else self.tr("by the plan")
            )
            lines.append(
                self.tr("⚠ Not covered %1: %2")
                .replace("%1", where)
                .replace("%2", "; ".join(r.description for r in check.not_covered))
            )
        else:
            lines.append(
                self.tr("✓ The plan covers every requirement of %1.").replace("%1", check.goal)
            )
        if check.points_short:
            lines.append(
                self.tr("⚠ %1 points short of the examen.").replace("%1", str(check.points_short))
            )
        if check.late_courses:
            lines.append(
                self.tr("⚠ Planned in or after the start term: %1").replace(
                    "%1", ", ".join(c.code for c in check.late_courses)
                )
            )
        for warning in check.pace_warnings:
            fits = (
                self.tr("a pace of %1 points a week fits").replace("%1", str(warning.fitting_pace))
                if warning.fitting_pace
                else self.tr("more than full time")
            )
            lines.append(
                self.tr("⚠ %1: %2 points planned, the pace fits %3 (%4).")
                .replace("%1", str(warning.term))
                .replace("%2", str(warning.points))
                .replace("%3", str(warning.capacity))
                .replace("%4", fits)
            )
        if check.scope_differs:
            lines.append(self.tr("⚠ The scope is not the sum of the planned courses."))
        if check.below_half_time:
            lines.append(self.tr("⚠ Below 10 points a week: no student finance from CSN."))
        self.warnings.setText("\n".join(lines))
        ok = check.warnings == 0
        self.warnings.setStyleSheet("color: #1b5e20;" if ok else "color: #b00020;")
        self.add_missing_button.setEnabled(bool(check.missing_codes) and not self.viewing_old)

    # ---- saving -------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save the form; True when the plan on file now matches it."""
        if self._learner_id is None or self.viewing_old:
            return False
        draft = self.draft()
        current = self.current
        reason = ""
        if current is not None and current.locked:
            try:
                content = self._plans.validate(draft)
            except ValidationError as exc:
                self._show_errors(exc)
                return False
            if content != current.content:
                asked = self.ask_reason(current.number)
                if asked is None:
                    return False
                reason = asked
        try:
            saved = self._plans.save(
                self._learner_id,
                draft,
                author=current_actor(),
                expected_revision=current.number if current else None,
                reason=reason,
            )
        except ValidationError as exc:
            self._show_errors(exc)
            return False
        except PlanChanged as exc:
            QMessageBox.warning(self, self.tr("Plan not saved"), str(exc))
            self.reload()
            return False
        except (StorageError, LearnerNotFound) as exc:
            QMessageBox.warning(self, self.tr("Plan not saved"), str(exc))
            return False
        self.reload()
        if saved.changes.learners:
            self.changed.emit(saved.changes)
        return True

    def _ask_reason(self, number: int) -> str | None:
        text, accepted = QInputDialog.getText(
            self,
            self.tr("New revision"),
            self.tr("Revision %1 was printed or agreed. Why does the plan change?").replace(
                "%1", str(number)
            ),
        )
        return text.strip() if accepted and text.strip() else None

    # ---- printing -----------------------------------------------------------------------------
    def _options(self) -> PrintOptions:
        return PrintOptions(print_language(), self.show_personnummer.isChecked())

    def pdf(self) -> tuple[bytes, str, int] | None:
        """The shown revision as PDF, its file name and number (saving the form first)."""
        if self._learner_id is None:
            return None
        if self.dirty and not self.save():
            return None
        number = self.shown.number if self.shown else None
        try:
            data, document = self._printer.pdf(
                self._learner_id, load_print_settings(self._session.paths), self._options(), number
            )
        except (NoPlan, LearnerNotFound, StorageError) as exc:
            QMessageBox.warning(self, self.tr("No printout"), str(exc))
            return None
        return data, file_name(document), document.revision.number

    def record_output(self, number: int, destination: str) -> None:
        if self._learner_id is None:
            return
        changes = self._plans.record_output(self._learner_id, number, destination=destination)
        self.reload()
        if changes.learners:
            self.changed.emit(changes)

    def preview(self) -> None:
        from larsam_desktop.ui.dialogs.plan_preview_dialog import PlanPreviewDialog

        made = self.pdf()
        if made is None:
            return
        data, name, number = made
        self.preview_dialog = PlanPreviewDialog(
            data, name, name, lambda where: self.record_output(number, where), self
        )
        self.preview_dialog.open()

    def save_pdf(self, target: Path | None = None) -> bool:
        made = self.pdf()
        if made is None:
            return False
        data, name, number = made
        if target is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save study plan"), name, self.tr("PDF files (*.pdf)")
            )
            if not chosen:
                return False
            target = Path(chosen)
        from larsam_desktop.services.plan_printing import write_atomically

        try:
            write_atomically(target, data)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), exc.strerror or str(exc))
            return False
        self.record_output(number, "file")
        return True

    def print_plan(self) -> None:
        from larsam_desktop.ui.widgets.pdf_printing import print_pdf

        made = self.pdf()
        if made is not None and print_pdf(made[0], self, made[1]):
            self.record_output(made[2], "printer")

    def edit_print_settings(self) -> None:
        from larsam_desktop.ui.dialogs.print_settings_dialog import PrintSettingsDialog

        PrintSettingsDialog(self._session.paths, self).exec()

    def compare(self) -> None:
        from larsam_desktop.ui.dialogs.plan_compare_dialog import PlanCompareDialog

        if self.shown is None or self.current is None:
            return
        self.compare_dialog = PlanCompareDialog(self.shown, self.current, self)
        self.compare_dialog.open()


def _term_key(text: str) -> tuple[int, int]:
    try:
        term = Term.parse(text)
    except ValueError:
        return (9999, 9)
    return (term.year, 1 if term.autumn else 0)
