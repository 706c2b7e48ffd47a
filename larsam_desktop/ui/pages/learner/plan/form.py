"""The study plan's form: goal and scope, courses by term, preparation and agreement.

It edits a ``PlanDraft``: ``fill`` shows a revision's content, ``draft`` reads it back, and
``edited`` tells the panel the coach changed something (never while filling).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop.domain.courses.catalogue import Catalogue
from larsam_desktop.domain.eligibility.rules import RuleBook
from larsam_desktop.domain.plans.plan import (
    NATIONAL_PROGRAMMES,
    Activities,
    CourseDraft,
    GoalKind,
    PlanContent,
    PlanDraft,
    draft_of,
)
from larsam_desktop.domain.plans.terms import PACES, Term, first_open_term, pace_percent
from larsam_desktop.ui.models.planned_courses_model import PlannedCoursesModel
from larsam_desktop.ui.qt_dates import date_of, qdate
from larsam_desktop.ui.stage_text import interface_language
from larsam_desktop.ui.text import fill
from larsam_desktop.ui.widgets.choice_combo import ChoiceCombo
from larsam_desktop.ui.widgets.course_completer import CourseCompleter


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
        return date_of(self.edit) if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        shown = qdate(value) if value else QDate.currentDate()
        self.edit.setDate(shown)


class PlanForm(QWidget):
    """``edited``: the coach changed a field; ``message``: a note for the check's label."""

    edited = Signal()
    message = Signal(str)

    def __init__(self, book: RuleBook, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self.loading = False
        self._build_goal(book)
        self._build_courses()
        self._build_other()
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._goal_box)
        layout.addWidget(self._courses_box, 1)
        layout.addWidget(self._other_box)
        # Long names in the choosers must not push the form wider than the tab.
        for combo in (self.goal_kind, self.target, self.examen, self.main_programme, self.pace):
            combo.setSizeAdjustPolicy(
                ChoiceCombo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)

    # ---- layout -------------------------------------------------------------------------------
    def _build_goal(self, book: RuleBook) -> None:
        self.goal_kind = ChoiceCombo(self)
        self.goal_kind.setObjectName("planGoalKind")
        self.goal_kind.setAccessibleName(self.tr("Educational goal"))
        self.goal_kind.set_choices(
            [(self.tr("A programme in higher education"), GoalKind.PROGRAMME),
             (self.tr("An examen from komvux"), GoalKind.EXAMEN)]
        )  # fmt: skip
        target_ids = book.target_ids
        language = interface_language()
        names = {t: book.title(t).in_language(language) for t in target_ids}
        self.target_names = names
        self.target = ChoiceCombo(self)
        self.target.setObjectName("planTarget")
        self.target.setAccessibleName(self.tr("Target programme"))
        self.target.set_choices(
            [(self.tr("(not chosen yet)"), None)] + [(names[t], t) for t in target_ids]
        )
        self.target_term = QLineEdit(self)
        self.target_term.setObjectName("planTargetTerm")
        self.target_term.setPlaceholderText(self.tr("e.g. HT2027"))
        self.target_term.setAccessibleName(self.tr("Start term"))
        self.examen = ChoiceCombo(self)
        self.examen.setAccessibleName(self.tr("Examen"))
        self.examen.set_choices(
            [(self.tr("(choose)"), None)]
            + [(e.rule.title.in_language(language), key) for key, e in book.examens.items()]
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
                    fill(self.tr("%1 points a week (%2 %)"), str(p), str(pace_percent(p))),
                    p,
                )
                for p in reversed(PACES)
            ]
        )
        self._goal_box = QGroupBox(self.tr("Goal and scope"), self)
        goal_form = QFormLayout(self._goal_box)
        goal_form.addRow(self.tr("&Goal:"), self.goal_kind)
        goal_form.addRow(self.tr("&Programme:"), self.target)
        goal_form.addRow(self.tr("Start &term:"), self.target_term)
        goal_form.addRow(self.tr("&Examen:"), self.examen)
        goal_form.addRow(self.tr("Mainly &corresponds to:"), self.main_programme)
        goal_form.addRow(self.tr("Sco&pe:"), self.scope)
        goal_form.addRow(self.tr("Pa&ce:"), self.pace)

    def _build_courses(self) -> None:
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
        self._courses_box = QGroupBox(self.tr("Courses by term"), self)
        add_row = QHBoxLayout()
        add_row.addWidget(self.course_code, 1)
        add_row.addWidget(self.course_term)
        add_row.addWidget(self.add_course_button)
        course_buttons = QHBoxLayout()
        course_buttons.addWidget(self.remove_course_button)
        course_buttons.addStretch(1)
        course_buttons.addWidget(self.add_missing_button)
        courses_layout = QVBoxLayout(self._courses_box)
        courses_layout.addWidget(self.table, 1)
        courses_layout.addLayout(add_row)
        courses_layout.addLayout(course_buttons)

    def _build_other(self) -> None:
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
        self._other_box = QGroupBox(self.tr("Preparation, guidance and agreement"), self)
        other_form = QFormLayout(self._other_box)
        other_form.addRow(self.introduction)
        other_form.addRow(self.study_technique)
        other_form.addRow(self.hogskoleprov)
        other_form.addRow(self.tr("&Mentor:"), self.mentor)
        other_form.addRow(self.guidance)
        other_form.addRow(self.tr("Responsible &coach:"), self.coach)
        other_form.addRow(self.agreed)

    # ---- content ------------------------------------------------------------------------------
    def fill(self, content: PlanContent) -> None:
        self.loading = True
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
            self.course_term.setText(str(next_term()))
        finally:
            self.loading = False
        self._show_goal_fields()

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

    def _show_goal_fields(self) -> None:
        programme = self.goal_kind.value() is GoalKind.PROGRAMME
        for widget in (self.target, self.target_term):
            widget.setEnabled(programme)
        for widget in (self.examen, self.main_programme):
            widget.setEnabled(not programme)

    def _edited(self) -> None:
        if self.loading:
            return
        self._show_goal_fields()
        self.edited.emit()

    # ---- courses ------------------------------------------------------------------------------
    def replace_courses(self, courses: tuple[CourseDraft, ...], scope: int) -> Callable[[], bool]:
        """``set_courses``, returning what puts the earlier courses and scope back."""
        earlier, earlier_scope = tuple(self.model.rows()), self.scope.value()
        self.set_courses(courses, scope=scope)

        def undo() -> bool:
            self.set_courses(earlier, scope=earlier_scope)
            return True

        return undo

    def set_courses(self, courses: tuple[CourseDraft, ...], scope: int | None = None) -> None:
        """Replace the planned courses; a scope that was their sum stays their sum."""
        scope_was_sum = self.scope.value() == self._points(tuple(self.model.rows()))
        self.model.set_rows(sorted(courses, key=lambda c: _term_key(c.term)))
        if scope is not None or scope_was_sum:
            self.loading = True
            self.scope.setValue(scope if scope is not None else self._points(courses))
            self.loading = False
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
            self.message.emit(fill(self.tr("Unknown course code %1."), code))
            return
        term = self.course_term.text().strip() or str(next_term())
        rows = [r for r in self.model.rows() if self._catalogue.lookup(r.code) != course]
        self.set_courses((*rows, CourseDraft(course.code, term.upper().replace(" ", ""))))
        self.course_code.clear()

    def remove_course(self) -> None:
        selected = {index.row() for index in self.table.selectionModel().selectedRows()}
        if not selected:
            return
        rows = self.model.rows()
        self.set_courses(tuple(r for i, r in enumerate(rows) if i not in selected))


def next_term() -> Term:
    return first_open_term(date.today())


def _term_key(text: str) -> tuple[int, int]:
    try:
        term = Term.parse(text)
    except ValueError:
        return (9999, 9)
    return (term.year, 1 if term.autumn else 0)
