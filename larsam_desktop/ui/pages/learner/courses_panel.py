"""A learner's course records: the table and a form to add, change or remove one.

A save runs on a worker thread (one unit of work: the write and the learner's standing);
the panel then publishes the next ``LearnerSnapshot`` with the saved record and the
``Changes``, and shows nothing it has to read back.

The panel shows the saved record first and publishes once its table has painted it (a frame
later at most): the eligibility and plan panels then evaluate and repaint in a stretch of
their own, so no single stretch of GUI-thread work holds the whole update (issue 18: none
longer than 16 ms; ``benchmarks/grade_entry.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from larsam_desktop.domain.courses.records import (
    CourseRecord,
    CourseRecordDraft,
    CourseStatus,
    Provider,
    StoredCourseRecord,
)
from larsam_desktop.domain.errors import FieldError, ValidationError
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.courses import CourseRecordService
from larsam_desktop.services.errors import UserError
from larsam_desktop.services.learner_snapshot import LearnerSnapshot
from larsam_desktop.ui.messages import show_user_error
from larsam_desktop.ui.models.course_records_model import (
    CourseRecordsModel,
    provider_text,
    status_text,
)
from larsam_desktop.ui.operations import Op, run_op
from larsam_desktop.ui.pages.learner.plan.status import confirm
from larsam_desktop.ui.pages.learner.plan.undo import LastChange
from larsam_desktop.ui.text import fill
from larsam_desktop.ui.widgets.choice_combo import ChoiceCombo
from larsam_desktop.ui.widgets.course_completer import CourseCompleter
from larsam_desktop.ui.widgets.field_errors import FieldErrors
from larsam_desktop.ui.widgets.field_row import FieldRow
from larsam_desktop.ui.widgets.fitted_columns import fit_columns
from larsam_desktop.ui.workers import single_lane

FIELDS = ("code", "status", "grade", "points", "start_date", "end_date", "provider")
Saved = tuple[Changes, Callable[[LearnerSnapshot], LearnerSnapshot]]  # what a save returns
# What a saved change leaves for Ctrl+Z: the status bar's words and the inverse.
Remember = Callable[[], tuple[str, Callable[[], bool]]]
SAVE_LANE = "learner-saves"  # one worker thread: a learner's saves run in the order typed
FRAME_MS = 16  # the longest a publish waits for the table's paint (a hidden table paints none)


class CoursesPanel(QGroupBox):
    """``published`` carries the next snapshot and the ``Changes`` of a saved record."""

    published = Signal(object, object)  # LearnerSnapshot, Changes

    def __init__(self, courses: CourseRecordService, model: CourseRecordsModel,
                 completer: CourseCompleter, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setTitle(self.tr("Courses"))
        self._courses = courses
        self._snapshot: LearnerSnapshot | None = None
        self._task: Op[Saved] | None = None  # the save running, if any
        self._editing: int | None = None  # the record id the form changes, or None to add
        self.last_change: LastChange | None = None  # the learner page's Ctrl+Z
        self.model = model
        self.table = QTableView(self)
        self.table.setObjectName("coursesTable")
        self.table.setAccessibleName(self.tr("Course records"))
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # Sized to the contents when a learner opens, not on every saved record: measuring
        # every cell again was a third of a typed grade's time on the GUI thread.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.activated.connect(lambda _index: self.edit_selected())

        self.code = QLineEdit(self)
        self.code.setAccessibleName(self.tr("Course code"))
        self.code.setPlaceholderText(self.tr("Code or name, e.g. MATMAT01a or Matematik 1a"))
        completer.attach(self.code)
        self.status = ChoiceCombo(self)
        self.status.setAccessibleName(self.tr("Status"))
        self.status.set_choices(
            [(self.tr("(from the grade)"), None)] + [(status_text(s), s) for s in CourseStatus]
        )
        self.grade = QLineEdit(self)
        self.grade.setAccessibleName(self.tr("Grade"))
        self.grade.setPlaceholderText(self.tr("A–F, or IG–MVG"))
        self.points = QLineEdit(self)
        self.points.setAccessibleName(self.tr("Points"))
        self.points.setPlaceholderText(self.tr("from the catalogue"))
        self.start_date = QLineEdit(self)
        self.start_date.setAccessibleName(self.tr("Start date"))
        self.start_date.setPlaceholderText("YYYY-MM-DD")
        self.end_date = QLineEdit(self)
        self.end_date.setAccessibleName(self.tr("End date"))
        self.end_date.setPlaceholderText("YYYY-MM-DD")
        self.provider = ChoiceCombo(self)
        self.provider.setAccessibleName(self.tr("Provider"))
        self.provider.set_choices(
            [(self.tr("(not given)"), None)] + [(provider_text(p), p) for p in Provider]
        )
        editors = (self.code, self.status, self.grade, self.points, self.start_date,
                   self.end_date, self.provider)  # fmt: skip
        rows = {name: FieldRow(editor, self) for name, editor in zip(FIELDS, editors, strict=True)}
        self.errors = FieldErrors(rows, fallback="code")
        for edit in (self.code, self.grade, self.points, self.start_date, self.end_date):
            edit.returnPressed.connect(self.save)

        self.save_button = QPushButton(self.tr("&Add course"), self)
        self.save_button.setAccessibleName(self.tr("Add course"))
        self.save_button.clicked.connect(self.save)
        self.edit_button = QPushButton(self.tr("&Edit selected"), self)
        self.edit_button.setAccessibleName(self.tr("Edit the selected course"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton(self.tr("Re&move selected"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected course"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.cancel_button = QPushButton(self.tr("Cancel edit"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel editing the course"))
        self.cancel_button.clicked.connect(self.reset_form)
        self.cancel_button.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Code:"), rows["code"])
        pair = QHBoxLayout()
        pair.addWidget(rows["status"])
        pair.addWidget(rows["grade"])
        pair.addWidget(rows["points"])
        form.addRow(self.tr("Status, grade, points:"), pair)
        dates = QHBoxLayout()
        dates.addWidget(rows["start_date"])
        dates.addWidget(rows["end_date"])
        dates.addWidget(rows["provider"])
        form.addRow(self.tr("Start, end, provider:"), dates)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.cancel_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)

    @property
    def _learner_id(self) -> int | None:
        return self._snapshot.learner_id if self._snapshot else None

    @property
    def busy(self) -> bool:
        """A save or removal is running on the worker thread."""
        return self._task is not None

    def cancel(self) -> None:
        """Forget a save still running (the store is replaced or the window closes)."""
        if self._task is not None:
            self._task.cancel()
            self._finished()

    def show_snapshot(self, snapshot: LearnerSnapshot) -> None:
        """Show ``snapshot``'s records; another learner also clears the form."""
        if snapshot is self._snapshot:
            return  # shown already: the page hands back the snapshot this panel published
        other = snapshot.learner_id != self._learner_id
        if other:
            self._task = None  # a save still running belongs to the previous learner
            self.reset_form()
        self._snapshot = snapshot
        self.model.set_rows(list(snapshot.records))
        if other:
            # On a laptop the course name gives way, then the provider (in the form too).
            fit_columns(self.table, flexible=1, optional=(7,))

    def reset_form(self) -> None:
        self._editing = None
        for edit in (self.code, self.grade, self.points, self.start_date, self.end_date):
            edit.setText("")  # not clear(): no undo history, so Ctrl+Z reaches the page
        self.status.set_value(None)
        self.provider.set_value(None)
        self.errors.clear()
        self.save_button.setText(self.tr("&Add course"))
        self.save_button.setAccessibleName(self.tr("Add course"))
        self.cancel_button.hide()

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        stored = self.model.row_at(row)
        record = stored.record
        self.reset_form()
        self._editing = stored.id
        self.code.setText(record.code)
        self.status.set_value(record.status)
        self.grade.setText(record.grade.value if record.grade else "")
        self.points.setText(str(record.points))
        self.start_date.setText(record.start_date.isoformat() if record.start_date else "")
        self.end_date.setText(record.end_date.isoformat() if record.end_date else "")
        self.provider.set_value(record.provider)
        self.save_button.setText(self.tr("&Save course"))
        self.save_button.setAccessibleName(self.tr("Save course"))
        self.cancel_button.show()
        self.code.setFocus()

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        code = self.model.row_at(row).record.code
        answer = QMessageBox.question(
            self,
            self.tr("Remove course"),
            fill(self.tr("Remove %1 from the records?"), code),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        record_id = self.model.record_id(row)
        removed = self.model.row_at(row)
        courses = self._courses

        def call() -> tuple[Changes, Callable[[LearnerSnapshot], LearnerSnapshot]]:
            changes = courses.remove(record_id)
            return changes, lambda snapshot: snapshot.without_record(record_id)

        def remember() -> tuple[str, Callable[[], bool]]:
            text = fill(self.tr("Course %1 removed."), removed.record.code)
            return text, lambda: self._undo_remove(removed)

        self._start(call, remember=remember)

    def draft(self) -> CourseRecordDraft:
        """The form as a draft; raises ``ValidationError`` for text that is no number or date."""
        errors: list[FieldError] = []
        points = _number(self.points.text(), "points", errors)
        start = _date(self.start_date.text(), "start_date", errors)
        end = _date(self.end_date.text(), "end_date", errors)
        if errors:
            raise ValidationError(errors)
        status = self.status.value()
        provider = self.provider.value()
        return CourseRecordDraft(
            code=self.code.text(),
            grade=self.grade.text(),
            status=status.value if isinstance(status, CourseStatus) else "",
            points=points,
            start_date=start,
            end_date=end,
            provider=provider.value if isinstance(provider, Provider) else "",
        )

    def save(self) -> bool:
        """Check the form and start saving it; False (errors at the fields) if it is not valid.

        The record is written on the worker thread; ``published`` follows when it is saved.
        """
        if self._learner_id is None or self.busy:
            return False
        learner_id, editing, courses = self._learner_id, self._editing, self._courses
        try:
            draft = self.draft()
            courses.validate(draft)  # the catalogue in memory: the fields' errors at once
        except ValidationError as exc:
            self._show_errors(exc)
            return False

        before = None
        if editing is not None and self._snapshot is not None:
            before = next((s for s in self._snapshot.records if s.id == editing), None)
        done: list[StoredCourseRecord] = []

        def call() -> tuple[Changes, Callable[[LearnerSnapshot], LearnerSnapshot]]:
            if editing is None:
                saved = courses.add(learner_id, draft)
            else:
                saved = courses.update(editing, draft)
            done.append(saved.record)
            return saved.changes, lambda snapshot: snapshot.with_record(saved.record)

        def remember() -> tuple[str, Callable[[], bool]]:
            saved = done[-1]
            if before is None:
                text = fill(self.tr("Course %1 added."), saved.record.code)
                return text, lambda: self._undo_add(saved)
            text = fill(self.tr("Course %1 changed."), saved.record.code)
            return text, lambda: self._undo_update(saved, before)

        self._start(call, reset=True, remember=remember)
        return True

    # ---- Ctrl+Z (learner/plan/undo.py): the inverse of the last save, on the worker thread
    def _current(self, record: StoredCourseRecord) -> bool:
        """The record is shown as this panel saved it (no one changed it since)."""
        if self._snapshot is None or self._snapshot.learner_id != record.learner_id:
            return False
        if next((s for s in self._snapshot.records if s.id == record.id), None) == record:
            return True
        confirm(self, self.tr("Not undone: the course record was changed since."))
        return False

    def _undo_add(self, saved: StoredCourseRecord) -> bool:
        if self.busy or not self._current(saved):
            return False
        courses, record_id = self._courses, saved.id

        def call() -> Saved:
            changes = courses.remove(record_id)
            return changes, lambda snapshot: snapshot.without_record(record_id)

        self._start(call, reset=True)
        return True

    def _undo_update(self, saved: StoredCourseRecord, before: StoredCourseRecord) -> bool:
        if self.busy or not self._current(saved):
            return False
        courses, draft = self._courses, record_draft(before.record)

        def call() -> Saved:
            restored = courses.update(saved.id, draft)
            return restored.changes, lambda snapshot: snapshot.with_record(restored.record)

        self._start(call, reset=True)
        return True

    def _undo_remove(self, removed: StoredCourseRecord) -> bool:
        if self.busy or self._snapshot is None or self._snapshot.learner_id != removed.learner_id:
            return False
        courses, draft = self._courses, record_draft(removed.record)

        def call() -> Saved:
            added = courses.add(removed.learner_id, draft)
            return added.changes, lambda snapshot: snapshot.with_record(added.record)

        self._start(call, reset=True)
        return True

    def _start(
        self,
        call: Callable[[], tuple[Changes, Callable[[LearnerSnapshot], LearnerSnapshot]]],
        *,
        reset: bool = False,
        remember: Remember | None = None,
    ) -> None:
        learner_id = self._learner_id
        for button in (self.save_button, self.remove_button):
            button.setEnabled(False)

        def succeeded(result: Saved) -> None:
            if not isValid(self) or self._task is not task or self._snapshot is None:
                return  # another learner is shown now: the page reloads on the Changes
            if self._snapshot.learner_id != learner_id:
                self._finished()
                return
            changes, update = result
            if reset:
                self.reset_form()
                self.code.setFocus()
            snapshot = update(self._snapshot)
            self.show_snapshot(snapshot)  # the saved record at once; the rest after its paint
            after_paint(self.table.viewport(), lambda: publish(snapshot, changes))

        def publish(snapshot: LearnerSnapshot, changes: Changes) -> None:
            if not isValid(self) or self._task is not task:
                return  # cancelled, or another learner shown meanwhile
            self._finished()  # busy until published: "not busy" means everything is shown
            if remember is not None and self.last_change is not None and learner_id is not None:
                label, undo = remember()
                self.last_change.record(learner_id, label, undo, publishes=True)
            self.published.emit(snapshot, changes)

        def failed(error: UserError) -> None:
            if not isValid(self) or self._task is not task:
                return
            self._finished()
            if isinstance(error, ValidationError):
                self._show_errors(error)
            else:
                show_user_error(self, error, self.tr("Course not saved"))

        task: Op[Saved] = run_op(
            self,
            lambda _control: call(),
            background=True,
            pool=single_lane(SAVE_LANE),
            on_success=succeeded,
            on_failure=failed,
            quiet=True,  # shown here, and only while the panel still shows this learner
        )
        self._task = task

    def _finished(self) -> None:
        self._task = None
        for button in (self.save_button, self.remove_button):
            button.setEnabled(True)

    def _show_errors(self, exc: ValidationError) -> None:
        self.errors.show(
            FieldError(e.field.removeprefix("course."), e.code, e.template, e.params)
            for e in exc.errors
        )


def after_paint(widget: QWidget, call: Callable[[], None]) -> None:
    """Run ``call`` once, in the event-loop pass after ``widget``'s next paint (or after
    ``FRAME_MS`` when none comes): what follows is then painted in a frame of its own."""
    watcher = _PaintWatcher(widget, call)
    widget.installEventFilter(watcher)
    QTimer.singleShot(FRAME_MS, watcher, watcher.fire)
    widget.update()


class _PaintWatcher(QObject):
    def __init__(self, widget: QWidget, call: Callable[[], None]) -> None:
        super().__init__(widget)
        self._call: Callable[[], None] | None = call

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._call is not None:
            QTimer.singleShot(0, self, self.fire)  # after this paint, in the next pass
        return False

    def fire(self) -> None:
        call, self._call = self._call, None
        if call is None:
            return
        parent = self.parent()
        if isinstance(parent, QObject):
            parent.removeEventFilter(self)
        self.deleteLater()
        call()


def record_draft(record: CourseRecord) -> CourseRecordDraft:
    """A stored record as the form would enter it again (undoing a change or removal)."""
    return CourseRecordDraft(
        code=record.code,
        grade=record.grade.value if record.grade else "",
        status=record.status.value,
        points=record.points,
        start_date=record.start_date,
        end_date=record.end_date,
        provider=record.provider.value if record.provider else "",
    )


def _number(text: str, field: str, errors: list[FieldError]) -> int | None:
    if not text.strip():
        return None
    try:
        return int(text.strip())
    except ValueError:
        errors.append(FieldError(field, "not_a_number", "Enter a whole number."))
        return None


def _date(text: str, field: str, errors: list[FieldError]) -> date | None:
    if not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        errors.append(FieldError(field, "not_a_date", "Enter a date as YYYY-MM-DD."))
        return None
