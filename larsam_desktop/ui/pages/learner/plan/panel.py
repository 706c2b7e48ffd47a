"""The learner's individual study plan: edit, check against the rules, revise, print.

The form edits a draft of the current revision. Checks run on every change (after a pause)
on the page's snapshot, reading nothing: what the plan does not cover by the start term,
terms that do not fit the pace. Saving an unlocked revision updates it; a printed or agreed
one asks for a reason and makes a new revision. The plan aims at the learner's one target.
The printout (preview, PDF, print) is ``output``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop.domain.errors import ValidationError
from larsam_desktop.domain.plans.checks import PlanCheck
from larsam_desktop.domain.plans.plan import PlanContent, PlanRevision, draft_of
from larsam_desktop.services.audit import current_actor
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.errors import UserError
from larsam_desktop.services.learner_snapshot import LearnerSnapshot
from larsam_desktop.services.plan_check_wording import word_check
from larsam_desktop.services.plans import PlanChanged, PlanService, SavedPlan
from larsam_desktop.ui.messages import field_error_text, show_user_error
from larsam_desktop.ui.pages.learner.plan.check_text import other_target, wording_text
from larsam_desktop.ui.pages.learner.plan.form import PlanForm
from larsam_desktop.ui.pages.learner.plan.output import PlanOutput
from larsam_desktop.ui.pages.learner.plan.printing import row_of
from larsam_desktop.ui.pages.learner.plan.revisions import RevisionBar, ask_reason
from larsam_desktop.ui.pages.learner.plan.status import confirm
from larsam_desktop.ui.pages.learner.plan.undo import LastChange
from larsam_desktop.ui.session import AppSession
from larsam_desktop.ui.stage_text import interface_language
from larsam_desktop.ui.text import fill

if TYPE_CHECKING:
    from larsam_desktop.ui.dialogs.plan_preview_dialog import PlanPreviewDialog

CHECK_DELAY_MS = 250


class PlanPanel(QWidget):
    """``published`` carries the next snapshot and the ``Changes`` of a saved plan."""

    published = Signal(object, object)  # LearnerSnapshot, Changes

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planPanel")
        data = session.eligibility_data
        self._plans: PlanService = session.plans
        self._snapshot: LearnerSnapshot | None = None
        self._default_coach = ""
        self.revisions: list[PlanRevision] = []
        self.shown: PlanRevision | None = None  # the revision the form shows
        self.check: PlanCheck | None = None
        self.dirty = False
        self._check_stale = False
        self.last_change: LastChange | None = None  # the learner page's Ctrl+Z
        # Replaced in tests; returns None when the coach cancels.
        self.ask_reason: Callable[[int], str | None] = lambda number: ask_reason(self, number)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.run_check)

        self.bar = RevisionBar(self)
        self.bar.chosen.connect(self._show_revision)
        self.bar.compare_requested.connect(self.compare)
        self.form = PlanForm(data.book, data.catalogue, self)
        self.form.edited.connect(self._edited)
        self.form.message.connect(self.warnings_text)
        self.form.add_missing_button.clicked.connect(self.add_missing)
        self.warnings = QLabel(self)
        self.warnings.setObjectName("planWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setAccessibleName(self.tr("Plan check"))
        self.save_button = QPushButton(self.tr("&Save plan"), self)
        self.save_button.setObjectName("planSave")
        self.save_button.setAccessibleName(self.tr("Save plan"))
        self.save_button.clicked.connect(self.save)
        self.output = output = PlanOutput(
            self, session.plan_printer, session.paths, self.printable, self.record_output
        )
        self.preview_button, self.language = output.preview_button, output.language

        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(output.settings_button)
        actions.addStretch(1)
        actions.addWidget(output.preview_button)
        actions.addWidget(output.pdf_button)
        actions.addWidget(output.print_button)
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.bar)
        body_layout.addWidget(self.warnings)  # the check's verdict first, where it is seen
        body_layout.addWidget(self.form, 1)
        body_layout.addLayout(
            row_of(output.show_personnummer, output.language_label, self.language)
        )
        body_layout.addLayout(actions)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    # ---- loading ------------------------------------------------------------------------------
    @property
    def _learner_id(self) -> int | None:
        return self._snapshot.learner_id if self._snapshot else None

    def show_snapshot(self, snapshot: LearnerSnapshot, coach: str | None = None) -> None:
        """Show the snapshot's plan; ``coach`` (a new learner): who a new plan names.

        The same learner again keeps what the coach is editing; a form that holds no saved
        plan and no edits follows the learner's target.
        """
        previous = self._snapshot
        self._snapshot = snapshot
        if coach is not None:
            self._default_coach = coach
        same = previous is not None and previous.learner_id == snapshot.learner_id
        if not same or (
            not self.dirty
            and (
                tuple(self.revisions) != snapshot.revisions
                or (not snapshot.revisions and previous is not None
                    and previous.target != snapshot.target)
            )
        ):  # fmt: skip
            self._load(list(snapshot.revisions))
        else:
            self.run_check()

    def _load(self, revisions: list[PlanRevision]) -> None:
        assert self._snapshot is not None
        self.revisions = revisions
        self.bar.set_revisions(revisions)
        if revisions:
            self.shown = revisions[-1]
            self.form.fill(revisions[-1].content)
        else:
            self.shown = None
            self.form.fill(self._plans.new_content_for(self._snapshot.target, self._default_coach))
        self.dirty = False
        self._update_state()
        self.run_check()

    def _show_revision(self, number: int) -> None:
        found = next((r for r in self.revisions if r.number == number), None)
        if found is None:
            return
        self.shown = found
        self.form.fill(found.content)
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
        self.bar.show_state(current, self.shown, dirty=self.dirty)
        self.form.setEnabled(not self.viewing_old)
        self.save_button.setEnabled(not self.viewing_old and (self.dirty or current is None))
        self.output.enable(current is not None)

    # ---- editing ------------------------------------------------------------------------------
    def _edited(self) -> None:
        self.dirty = True
        self._update_state()
        self._timer.start()

    def add_missing(self) -> None:
        content = self._validated()
        if content is None or self._snapshot is None:
            return
        check = self._plans.check_transcript(content, self._snapshot.transcript)
        filled = self._plans.add_missing_for(content, check)
        added = len(filled.courses) - len(content.courses)
        if not added:
            confirm(self, self.tr("No courses are missing for the plan's goal."))
            return
        text = self.tr("%n missing course(s) added to the plan; save to keep them.", "", added)
        undo = self.form.replace_courses(draft_of(filled).courses, filled.scope_points)
        confirm(self, text)
        if self.last_change is not None:
            self.last_change.record(self._snapshot.learner_id, text, undo)

    def _validated(self) -> PlanContent | None:
        """The form as content for checking; a missing coach matters only when saving."""
        draft = self.form.draft()
        if not draft.coach.strip():
            draft = dataclasses.replace(draft, coach="-")
        try:
            return self._plans.validate(draft)
        except ValidationError as exc:
            self._show_errors(exc)
            return None

    def _show_errors(self, exc: ValidationError) -> None:
        lines = [f"• {field_error_text(e)}" for e in exc.errors]
        self.warnings_text(self.tr("Not valid yet:") + "\n" + "\n".join(lines), ok=False)
        self.form.add_missing_button.setEnabled(False)

    def warnings_text(self, text: str, ok: bool = False) -> None:
        self.warnings.setText(text)
        self.warnings.setStyleSheet("color: #1b5e20;" if ok else "color: #b00020;")

    # ---- checks -------------------------------------------------------------------------------
    def run_check(self) -> None:
        """Check the form on the snapshot (nothing is read); a hidden tab checks when shown."""
        self._timer.stop()
        if self._snapshot is None:
            return
        if not self.isVisible():
            self._check_stale = True
            return
        self._check_stale = False
        content = self._validated()
        if content is None:
            self.check = None
            return
        self.check = self._plans.check_transcript(content, self._snapshot.transcript)
        assert self._snapshot is not None
        other = other_target(content, self._snapshot.target, self.form.target_names)
        wording = word_check(self.check, other_target=other, language=interface_language())
        self.warnings_text(wording_text(wording), ok=wording.ok)
        self.form.add_missing_button.setEnabled(
            bool(self.check.missing_codes) and not self.viewing_old
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._check_stale:
            self.run_check()

    # ---- saving -------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save the form; True when the plan on file now matches it."""
        snapshot = self._snapshot
        if snapshot is None or self.viewing_old:
            return False
        draft = self.form.draft()
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
                snapshot.learner_id,
                draft,
                author=current_actor(),
                expected_revision=current.number if current else None,
                reason=reason,
            )
        except ValidationError as exc:
            self._show_errors(exc)
            return False
        except PlanChanged as exc:
            show_user_error(self, exc, self.tr("Plan not saved"))
            self._reload()
            return False
        except UserError as exc:
            show_user_error(self, exc, self.tr("Plan not saved"))
            return False
        revisions = list(self.revisions)
        if saved.new_revision:
            revisions.append(saved.revision)
        elif revisions:
            revisions[-1] = saved.revision
        self.dirty = False
        text = fill(self.tr("Study plan saved (revision %1)."), str(saved.revision.number))
        if self.last_change is not None and saved.changes.learners:
            self.last_change.record(
                snapshot.learner_id, text, lambda: self._undo_save(saved), publishes=True
            )
        self._publish(
            snapshot.with_revisions(tuple(revisions)).with_target(saved.target), saved.changes
        )
        confirm(self, text)
        return True

    def _undo_save(self, saved: SavedPlan) -> bool:
        """Ctrl+Z after a save: the revision before is current again, or the new plan goes
        (``PlanService.undo_save``: refused once the revision was printed or changed)."""
        snapshot = self._snapshot
        if snapshot is None:
            return False
        if self.dirty:  # edits after the save: undoing it would throw them away
            confirm(self, self.tr("Not undone: the study plan has unsaved changes."))
            return False
        try:
            undone = self._plans.undo_save(snapshot.learner_id, saved, actor=current_actor())
        except UserError as exc:
            show_user_error(self, exc, self.tr("Not undone"))
            return False
        after = snapshot.with_revisions(tuple(undone.revisions)).with_target(undone.target)
        self._publish(after, undone.changes)
        return True

    def _reload(self) -> None:
        """Read the revisions again (after printing locked one, or a conflict)."""
        if self._snapshot is None:
            return
        revisions = tuple(self._plans.revisions(self._snapshot.learner_id))
        self.dirty = False
        self._publish(self._snapshot.with_revisions(revisions), Changes())

    def _publish(self, snapshot: LearnerSnapshot, changes: Changes) -> None:
        self._snapshot = snapshot
        self._load(list(snapshot.revisions))
        self.published.emit(snapshot, changes)

    # ---- printing (``output``: the controls and the printout) ---------------------------------
    def printable(self) -> tuple[int, int | None] | None:
        """The learner and the revision the form shows, to print (the form saved first)."""
        if self._learner_id is None or (self.dirty and not self.save()):
            return None
        return self._learner_id, (self.shown.number if self.shown else None)

    def record_output(self, number: int, destination: str) -> None:
        if self._learner_id is None:
            return
        changes = self._plans.record_output(self._learner_id, number, destination=destination)
        if self._snapshot is not None:
            revisions = tuple(self._plans.revisions(self._snapshot.learner_id))
            self._publish(self._snapshot.with_revisions(revisions), changes)

    def pdf(self) -> tuple[bytes, str, int] | None:
        """The shown revision as PDF, its file name and number (saving the form first)."""
        return self.output.pdf()

    def preview(self) -> None:
        self.output.preview()

    @property
    def preview_dialog(self) -> PlanPreviewDialog | None:
        return self.output.preview_dialog

    def save_pdf(self, target: Path | None = None) -> bool:
        return self.output.save_pdf(target)

    def compare(self) -> None:
        from larsam_desktop.ui.dialogs.plan_compare_dialog import PlanCompareDialog

        if self.shown is not None and self.current is not None:
            self.compare_dialog = PlanCompareDialog(self.shown, self.current, self)
            self.compare_dialog.open()
