"""The pathway timeline and a compact form to record the next step."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
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

from larsam_desktop.domain.errors import ValidationError
from larsam_desktop.domain.pathway import (
    PreparationKind,
    Stage,
    TransitionDraft,
    allowed_next,
)
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.errors import UserError
from larsam_desktop.services.learner_snapshot import LearnerSnapshot
from larsam_desktop.services.pathway import PathwayService
from larsam_desktop.ui.messages import show_user_error
from larsam_desktop.ui.models.timeline_model import TimelineModel, preparation_text, stage_text
from larsam_desktop.ui.pages.learner.plan.undo import LastChange
from larsam_desktop.ui.qt_dates import date_of
from larsam_desktop.ui.text import fill
from larsam_desktop.ui.widgets.choice_combo import ChoiceCombo
from larsam_desktop.ui.widgets.field_errors import FieldErrors
from larsam_desktop.ui.widgets.field_row import FieldRow


class PathwayPanel(QGroupBox):
    """``published`` carries the next snapshot and the ``Changes`` of a recorded step."""

    published = Signal(object, object)  # LearnerSnapshot, Changes

    def __init__(self, pathway: PathwayService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Pathway"))
        self._pathway = pathway
        self._snapshot: LearnerSnapshot | None = None
        self.last_change: LastChange | None = None  # the learner page's Ctrl+Z
        self.model = TimelineModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("timelineTable")
        self.table.setAccessibleName(self.tr("Pathway timeline"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.stage = ChoiceCombo(self)
        self.stage.setAccessibleName(self.tr("Next stage"))
        self.on = QDateEdit(self)
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.on.setAccessibleName(self.tr("Date of the step"))
        self.preparation_kind = ChoiceCombo(self)
        self.preparation_kind.setAccessibleName(self.tr("Kind of preparation"))
        self.preparation_kind.set_choices(
            [(self.tr("(not a preparation step)"), None)]
            + [(preparation_text(kind), kind) for kind in PreparationKind]
        )
        self.preparation_place = QLineEdit(self)
        self.preparation_place.setAccessibleName(self.tr("Place of preparation"))
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("Required for paused and discontinued"))
        self.recorded_by = QLineEdit(self)
        self.recorded_by.setAccessibleName(self.tr("Recorded by"))
        self.record_button = QPushButton(self.tr("&Record step"), self)
        self.record_button.setAccessibleName(self.tr("Record step"))
        self.record_button.clicked.connect(self.record)
        self.undo_button = QPushButton(self.tr("&Undo last step…"), self)
        self.undo_button.setAccessibleName(self.tr("Undo the last step"))
        self.undo_button.setToolTip(
            self.tr("Remove the most recent step, e.g. one recorded by mistake")
        )
        self.undo_button.clicked.connect(self.undo_last)
        for edit in (self.preparation_place, self.reason, self.recorded_by):
            edit.returnPressed.connect(self.record)
        self.stage.currentIndexChanged.connect(self._update_preparation_enabled)

        rows = {
            "stage": FieldRow(self.stage, self),
            "on": FieldRow(self.on, self),
            "preparation_kind": FieldRow(self.preparation_kind, self),
            "preparation_place": FieldRow(self.preparation_place, self),
            "reason": FieldRow(self.reason, self),
            "recorded_by": FieldRow(self.recorded_by, self),
        }
        self.errors = FieldErrors(rows, fallback="stage")
        form = QFormLayout()
        form.addRow(self.tr("Next &stage:"), rows["stage"])
        form.addRow(self.tr("&Date:"), rows["on"])
        form.addRow(self.tr("&Preparation:"), rows["preparation_kind"])
        form.addRow(self.tr("P&lace:"), rows["preparation_place"])
        form.addRow(self.tr("Rea&son:"), rows["reason"])
        form.addRow(self.tr("Recorded &by:"), rows["recorded_by"])
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        form.addRow("", buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)

    @property
    def _learner_id(self) -> int | None:
        return self._snapshot.learner_id if self._snapshot else None

    def show_snapshot(self, snapshot: LearnerSnapshot, recorded_by: str | None = None) -> None:
        """Show the snapshot's timeline; ``recorded_by`` (a new learner) fills the form."""
        if recorded_by is not None:
            self.recorded_by.setText(recorded_by)
            self.errors.clear()
        if self._snapshot is not None and self._snapshot.timeline == snapshot.timeline:
            self._snapshot = snapshot
            return  # keep the form as the coach left it
        self._snapshot = snapshot
        history = list(snapshot.timeline)
        self.model.set_rows(history)
        if history:
            self.table.scrollToBottom()
        allowed = allowed_next([stored.transition for stored in history])
        self.stage.set_choices([(stage_text(s), s) for s in Stage if s in allowed])
        self.stage.setEnabled(bool(allowed))
        self.record_button.setEnabled(bool(allowed))
        self.undo_button.setEnabled(bool(history))
        self.on.setDate(QDate.currentDate())
        self._update_preparation_enabled()

    def _update_preparation_enabled(self) -> None:
        is_preparation = self.stage.value() is Stage.PREPARATION
        self.preparation_kind.setEnabled(is_preparation)
        self.preparation_place.setEnabled(is_preparation)

    def draft(self) -> TransitionDraft:
        stage = self.stage.value()
        kind = self.preparation_kind.value() if self.preparation_kind.isEnabled() else None
        return TransitionDraft(
            stage=stage.value if isinstance(stage, Stage) else "",
            recorded_by=self.recorded_by.text(),
            on=date_of(self.on),
            preparation_kind=kind.value if isinstance(kind, PreparationKind) else "",
            preparation_place=(
                self.preparation_place.text() if self.preparation_place.isEnabled() else ""
            ),
            reason=self.reason.text(),
        )

    def record(self) -> bool:
        snapshot = self._snapshot
        if snapshot is None:
            return False
        try:
            recorded = self._pathway.record(snapshot.learner_id, self.draft())
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return False
        except UserError as exc:
            show_user_error(self, exc, self.tr("Step not recorded"))
            return False
        self.errors.clear()
        self.reason.setText("")  # not clear(): no undo history, so Ctrl+Z reaches the page
        self.preparation_place.setText("")
        self.preparation_kind.set_value(None)
        if self.last_change is not None:
            step = recorded.transition
            text = fill(self.tr("Step %1 recorded."), stage_text(step.transition.stage))
            self.last_change.record(
                snapshot.learner_id, text, lambda: self._undo_step(step.id), publishes=True
            )
        self._publish(snapshot.with_timeline((*snapshot.timeline, recorded.transition)),
                      recorded.changes)  # fmt: skip
        return True

    def _undo_step(self, step_id: int) -> bool:
        """Ctrl+Z after recording a step: the same service call as "Undo last step…", and
        only while that step is still the newest."""
        snapshot = self._snapshot
        if snapshot is None or not snapshot.timeline or snapshot.timeline[-1].id != step_id:
            return False
        try:
            changes = self._pathway.undo_last(snapshot.learner_id, expected_id=step_id)
        except UserError as exc:
            show_user_error(self, exc, self.tr("Step not removed"))
            return False
        self._publish(snapshot.with_timeline(snapshot.timeline[:-1]), changes)
        return True

    def undo_last(self, *, confirm: bool = True) -> bool:
        """Remove the newest step after the coach confirms (the history is otherwise kept)."""
        snapshot = self._snapshot
        if snapshot is None or not snapshot.timeline:
            return False
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Undo the last step"),
                self.tr("Remove the most recent step from the timeline? Earlier steps stay."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            changes = self._pathway.undo_last(snapshot.learner_id)
        except UserError as exc:
            show_user_error(self, exc, self.tr("Step not removed"))
            return False
        self._publish(snapshot.with_timeline(snapshot.timeline[:-1]), changes)
        return True

    def _publish(self, snapshot: LearnerSnapshot, changes: Changes) -> None:
        self.show_snapshot(snapshot)
        self.published.emit(snapshot, changes)
