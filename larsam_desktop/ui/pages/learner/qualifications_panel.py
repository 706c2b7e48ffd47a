"""A learner's qualifications: what the admission rules ask besides courses.

An examen, a komvux slutbetyg with its passed points, a folkhögskola behörighetsintyg, years
of work after 19 (reell kompetens) and, for KPU, university credits in a teaching subject.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop.domain.courses.qualifications import Qualifications, parse_qualifications
from larsam_desktop.domain.courses.transcript import Examen
from larsam_desktop.domain.errors import ValidationError
from larsam_desktop.services.errors import UserError
from larsam_desktop.services.learner_snapshot import LearnerSnapshot
from larsam_desktop.services.profiles import ProfileService
from larsam_desktop.ui.messages import field_error_text, show_user_error
from larsam_desktop.ui.pages.learner.decisions_box import other_facts
from larsam_desktop.ui.pages.learner.plan.undo import LastChange
from larsam_desktop.ui.widgets.choice_combo import ChoiceCombo

NO_POINTS = -1  # the spin boxes' "not given" value


class QualificationsPanel(QWidget):
    """``published`` carries the next snapshot and the ``Changes`` of saved qualifications."""

    published = Signal(object, object)  # LearnerSnapshot, Changes

    def __init__(self, profiles: ProfileService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qualificationsPanel")
        self._profiles = profiles
        self._learner_id: int | None = None
        self.last_change: LastChange | None = None  # the learner page's Ctrl+Z
        self._snapshot: LearnerSnapshot | None = None
        self._saved = Qualifications()
        tr = self.tr

        self.examen = ChoiceCombo(self)
        self.examen.setAccessibleName(tr("Examen"))
        self.examen.set_choices(
            [
                (tr("(none)"), None),
                (tr("Högskoleförberedande examen"), Examen.HOGSKOLEFORBEREDANDE),
                (tr("Yrkesexamen"), Examen.YRKESEXAMEN),
            ]
        )
        self.slutbetyg = QSpinBox(self)
        self.slutbetyg.setAccessibleName(tr("Slutbetyg: passed points"))
        self.slutbetyg.setRange(NO_POINTS, 5000)
        self.slutbetyg.setSingleStep(50)
        self.slutbetyg.setSpecialValueText(tr("no slutbetyg"))
        self.slutbetyg.setSuffix(tr(" points"))
        self.intyg = QCheckBox(tr("Folkhögskola &behörighetsintyg"), self)
        self.intyg.setAccessibleName(tr("Folkhögskola behörighetsintyg"))
        self.work_years = QDoubleSpinBox(self)
        self.work_years.setAccessibleName(tr("Years of work after 19"))
        self.work_years.setRange(0.0, 60.0)
        self.work_years.setDecimals(1)
        self.work_years.setSingleStep(0.5)
        self.work_years.setSuffix(tr(" years"))
        self.teaching_hp = QDoubleSpinBox(self)
        self.teaching_hp.setAccessibleName(tr("Credits in a teaching subject (KPU)"))
        self.teaching_hp.setRange(NO_POINTS, 400.0)
        self.teaching_hp.setDecimals(1)
        self.teaching_hp.setSingleStep(7.5)
        self.teaching_hp.setSpecialValueText(tr("not given"))
        self.teaching_hp.setSuffix(tr(" hp"))
        for field in (self.examen, self.slutbetyg, self.work_years, self.teaching_hp):
            field.setMaximumWidth(280)
        self.examen.currentIndexChanged.connect(self._update_buttons)
        self.intyg.toggled.connect(self._update_buttons)
        for spin in (self.slutbetyg, self.work_years, self.teaching_hp):
            spin.valueChanged.connect(self._update_buttons)

        self.status = QLabel(self)
        self.status.setObjectName("qualificationsStatus")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("Qualifications status"))
        self.save_button = QPushButton(tr("&Save qualifications"), self)
        self.save_button.setAccessibleName(tr("Save qualifications"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(tr("Re&vert"), self)
        self.revert_button.setAccessibleName(tr("Revert qualifications"))
        self.revert_button.clicked.connect(lambda: self._show(self._saved))
        save_action = QAction(tr("Save qualifications"), self)
        save_action.setShortcut(QKeySequence.StandardKey.Save)
        save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_action.triggered.connect(self.save)
        self.addAction(save_action)

        form = QFormLayout()
        form.addRow(tr("&Examen:"), self.examen)
        form.addRow(tr("Komvux &slutbetyg:"), self.slutbetyg)
        form.addRow("", self.intyg)
        form.addRow(tr("&Work after 19:"), self.work_years)
        form.addRow(tr("&Teaching subject:"), self.teaching_hp)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        note = QLabel(
            tr(
                "What the admission rules count besides courses. Slutbetyg: the passed points "
                "of a komvux slutbetyg (issued until 30 June 2025)."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self._update_buttons()

    def show_snapshot(self, snapshot: LearnerSnapshot) -> None:
        """Show the snapshot's qualifications, unless the coach is editing this learner's."""
        same = snapshot.learner_id == self._learner_id
        self._snapshot = snapshot
        if same and (self.dirty or snapshot.qualifications == self._saved):
            return  # never throw away what the coach is typing
        self._learner_id = snapshot.learner_id
        self._saved = snapshot.qualifications
        self._show(self._saved)
        self.status.clear()

    def facts(self) -> dict[str, object]:
        """The form as the transcript file's keys (what ``ProfileService`` validates)."""
        examen = self.examen.value()
        slutbetyg = self.slutbetyg.value()
        hp = self.teaching_hp.value()
        return {
            **other_facts(self._latest()),  # kept as stored (decisions_box.py)
            "examen": examen.value if isinstance(examen, Examen) else None,
            "slutbetyg_points_passed": None if slutbetyg == NO_POINTS else slutbetyg,
            "folkhogskola_intyg": self.intyg.isChecked(),
            "work_years_after_19": self.work_years.value(),
            "teaching_subject_hp": None if hp == NO_POINTS else hp,
        }

    @property
    def dirty(self) -> bool:
        saved = {**_facts_of(self._saved), **other_facts(self._latest())}
        return self._learner_id is not None and self.facts() != saved

    def _latest(self) -> Qualifications:
        """The newest stored qualifications (the boxes below this form save their own)."""
        return self._snapshot.qualifications if self._snapshot else self._saved

    def save(self) -> bool:
        snapshot = self._snapshot
        if snapshot is None or not self.dirty:
            return False
        try:
            facts = self.facts()
            changes = self._profiles.set_qualifications(snapshot.learner_id, facts)
        except ValidationError as exc:
            self.status.setText("\n".join(field_error_text(error) for error in exc.errors))
            return False
        except UserError as exc:
            show_user_error(self, exc, self.tr("Qualifications not saved"))
            return False
        before = snapshot.qualifications
        self._saved = parse_qualifications(facts)  # what the service stored, read no more
        self._snapshot = snapshot.with_qualifications(self._saved)
        self._update_buttons()
        self.status.setText(self.tr("Saved. The eligibility shown is up to date."))
        if self.last_change is not None and self._saved != before:
            saved = self._saved
            self.last_change.record(
                snapshot.learner_id, self.tr("Qualifications saved."),
                lambda: self._undo_save(saved, before), publishes=True,
            )  # fmt: skip
        self.published.emit(self._snapshot, changes)
        return True

    def _undo_save(self, saved: Qualifications, before: Qualifications) -> bool:
        """Ctrl+Z after a save: the qualifications as they were (while the save stands)."""
        snapshot = self._snapshot
        if snapshot is None or snapshot.qualifications != saved or self.dirty:
            return False
        try:
            changes = self._profiles.set_qualifications(snapshot.learner_id, _facts_of(before))
        except UserError as exc:
            show_user_error(self, exc, self.tr("Not undone"))
            return False
        self._saved = before
        self._snapshot = snapshot.with_qualifications(before)
        self._show(before)
        self._update_buttons()
        self.status.clear()
        self.published.emit(self._snapshot, changes)
        return True

    def _show(self, qualifications: Qualifications) -> None:
        self.examen.set_value(qualifications.examen)
        points = qualifications.slutbetyg_points_passed
        self.slutbetyg.setValue(NO_POINTS if points is None else points)
        self.intyg.setChecked(qualifications.folkhogskola_intyg)
        self.work_years.setValue(qualifications.work_years_after_19)
        hp = qualifications.teaching_subject_hp
        self.teaching_hp.setValue(NO_POINTS if hp is None else hp)
        self._update_buttons()

    def _update_buttons(self) -> None:
        dirty = self.dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)


def _facts_of(qualifications: Qualifications) -> dict[str, object]:
    return {
        **other_facts(qualifications),
        "examen": qualifications.examen.value if qualifications.examen else None,
        "slutbetyg_points_passed": qualifications.slutbetyg_points_passed,
        "folkhogskola_intyg": qualifications.folkhogskola_intyg,
        "work_years_after_19": qualifications.work_years_after_19,
        "teaching_subject_hp": qualifications.teaching_subject_hp,
    }
