"""A learner's course records: the table and a form to add, change or remove one.

A save runs on a worker thread (one unit of work: the write and the learner's standing);
the panel then publishes the next ``LearnerSnapshot`` with the saved record and the
``Changes``, and shows nothing it has to read back.

The panel shows the saved record first and publishes once its table has painted it (a frame
later at most): the eligibility and plan panels then evaluate and repaint in a stretch of
their own, so no single stretch of GUI-thread work holds the whole update (issue 18: none
longer than 16 ms; ``benchmarks/grade_entry.py``).

The entry form is ``course_form``; Ctrl+Z's inverses of a save are ``course_undo``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from larsam_desktop.domain.courses.records import StoredCourseRecord
from larsam_desktop.domain.errors import ValidationError
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.courses import CourseRecordService
from larsam_desktop.services.errors import UserError
from larsam_desktop.services.learner_snapshot import LearnerSnapshot
from larsam_desktop.ui.messages import show_user_error
from larsam_desktop.ui.models.course_records_model import CourseRecordsModel
from larsam_desktop.ui.operations import Op, run_op
from larsam_desktop.ui.pages.learner.course_form import CourseForm
from larsam_desktop.ui.pages.learner.course_undo import CourseUndo, Saved, removal
from larsam_desktop.ui.pages.learner.plan.undo import LastChange
from larsam_desktop.ui.text import fill
from larsam_desktop.ui.widgets.after_paint import after_paint
from larsam_desktop.ui.widgets.course_completer import CourseCompleter
from larsam_desktop.ui.widgets.fitted_columns import fit_columns
from larsam_desktop.ui.workers import single_lane

# What a saved change leaves for Ctrl+Z: the status bar's words and the inverse.
Remember = Callable[[], tuple[str, Callable[[], bool]]]
SAVE_LANE = "learner-saves"  # one worker thread: a learner's saves run in the order typed


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
        self._undo = CourseUndo(self, courses)
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

        self.form = CourseForm(completer, self)
        # The fields a coach types in first, named on the panel too (focus after a save).
        self.code, self.grade, self.errors = self.form.code, self.form.grade, self.form.errors
        for edit in self.form.line_edits:
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

        buttons = QHBoxLayout()
        for button in (self.save_button, self.cancel_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.form)
        layout.addLayout(buttons)

    @property
    def snapshot(self) -> LearnerSnapshot | None:
        """The snapshot shown (with the records as saved here)."""
        return self._snapshot

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
        self.form.empty()
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
        self.reset_form()
        self._editing = stored.id
        self.form.fill(stored.record)
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
        removed = self.model.row_at(row)

        def remember() -> tuple[str, Callable[[], bool]]:
            text = fill(self.tr("Course %1 removed."), removed.record.code)
            return text, lambda: self._undo.removed(removed)

        self.run_save(removal(self._courses, self.model.record_id(row)), remember=remember)

    def save(self) -> bool:
        """Check the form and start saving it; False (errors at the fields) if it is not valid.

        The record is written on the worker thread; ``published`` follows when it is saved.
        """
        if self._learner_id is None or self.busy:
            return False
        learner_id, editing, courses = self._learner_id, self._editing, self._courses
        try:
            draft = self.form.draft()
            courses.validate(draft)  # the catalogue in memory: the fields' errors at once
        except ValidationError as exc:
            self.form.show_errors(exc)
            return False

        before = None
        if editing is not None and self._snapshot is not None:
            before = next((s for s in self._snapshot.records if s.id == editing), None)
        done: list[StoredCourseRecord] = []

        def call() -> Saved:
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
                return text, lambda: self._undo.added(saved)
            text = fill(self.tr("Course %1 changed."), saved.record.code)
            return text, lambda: self._undo.changed(saved, before)

        self.run_save(call, reset=True, remember=remember)
        return True

    def run_save(
        self, call: Callable[[], Saved], *, reset: bool = False, remember: Remember | None = None
    ) -> None:
        """Run ``call`` on the worker thread; show its record, then publish it.

        ``reset``: the form is emptied once saved; ``remember``: what Ctrl+Z undoes.
        """
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
                self.form.show_errors(error)
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
