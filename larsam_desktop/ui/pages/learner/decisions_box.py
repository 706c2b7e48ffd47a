"""Recorded decisions on the qualifications tab: a university's decision on reell
kompetens, an assessed foreign upper-secondary education, a passed behörighetsprov, an
earlier verdict of grundläggande behörighet — each with its date, who decided and the
document. The routes that rest on them count only while a decision is recorded.

The list is read when another learner is shown or a decision is saved, never on other
panels' saves (the learner page's budget of statements per save).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop.domain.eligibility.decisions import (
    DecisionKind,
    StoredDecision,
    with_decisions,
)
from larsam_desktop.domain.errors import UserError, ValidationError
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.eligibility_decisions import DecisionService
from larsam_desktop.services.learner_snapshot import LearnerSnapshot
from larsam_desktop.ui.messages import field_error_text, show_user_error
from larsam_desktop.ui.qt_dates import date_of
from larsam_desktop.ui.widgets.choice_combo import ChoiceCombo

KIND_NAMES = {
    DecisionKind.UNIVERSITY_DECISION: QT_TRANSLATE_NOOP(
        "DecisionsBox", "University's decision on reell kompetens"
    ),
    DecisionKind.FOREIGN_ASSESSMENT: QT_TRANSLATE_NOOP(
        "DecisionsBox", "Assessment of foreign upper-secondary education"
    ),
    DecisionKind.BEHORIGHETSPROV_PASSED: QT_TRANSLATE_NOOP(
        "DecisionsBox", "Passed behörighetsprov"
    ),
    DecisionKind.EARLIER_ELIGIBILITY: QT_TRANSLATE_NOOP(
        "DecisionsBox", "Grundläggande behörighet recorded earlier"
    ),
}


def kind_name(kind: DecisionKind) -> str:
    return QCoreApplication.translate("DecisionsBox", str(KIND_NAMES[kind]))


class DecisionsBox(QGroupBox):
    """``published`` carries the next snapshot (its recorded facts) and the ``Changes``."""

    published = Signal(object, object)  # LearnerSnapshot, Changes

    def __init__(self, decisions: DecisionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionsBox")
        self.setTitle(self.tr("Recorded decisions"))
        self._service = decisions
        self._snapshot: LearnerSnapshot | None = None
        self._stored: list[StoredDecision] = []
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Recorded decisions"))
        self.list.setMaximumHeight(110)
        self.kind = ChoiceCombo(self)
        self.kind.setAccessibleName(self.tr("Kind of decision"))
        self.kind.set_choices([(kind_name(kind), kind) for kind in DecisionKind])
        self.decided_on = QDateEdit(QDate.currentDate(), self)
        self.decided_on.setCalendarPopup(True)
        self.decided_on.setDisplayFormat("yyyy-MM-dd")
        self.decided_on.setAccessibleName(self.tr("Date of the decision"))
        self.decided_by = QLineEdit(self)
        self.decided_by.setAccessibleName(self.tr("Decided by"))
        self.decided_by.setPlaceholderText(self.tr("e.g. Mittuniversitetet, UHR"))
        self.document = QLineEdit(self)
        self.document.setAccessibleName(self.tr("Document"))
        self.document.setPlaceholderText(self.tr("the decision's number or the document's name"))
        self.record_button = QPushButton(self.tr("&Record decision"), self)
        self.record_button.clicked.connect(self.record)
        self.remove_button = QPushButton(self.tr("Remove the selected decision"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Date:"), self.decided_on)
        form.addRow(self.tr("Decided &by:"), self.decided_by)
        form.addRow(self.tr("D&ocument:"), self.document)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Reell kompetens counts only when a university's decision is recorded; "
                "gather the evidence the eligibility tab lists."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.list)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

    def show_snapshot(self, snapshot: LearnerSnapshot) -> None:
        other = self._snapshot is None or snapshot.learner_id != self._snapshot.learner_id
        self._snapshot = snapshot
        if other:
            self._reload()
            self.status.clear()

    def _reload(self) -> None:
        if self._snapshot is None:
            return
        try:
            self._stored = self._service.decisions(self._snapshot.learner_id)
        except UserError as exc:
            show_user_error(self, exc, self.tr("Decisions not shown"))
            self._stored = []
        self.list.clear()
        for stored in self._stored:
            decision = stored.decision
            item = QListWidgetItem(
                f"{decision.decided_on.isoformat()}  {kind_name(decision.kind)} — "
                f"{decision.decided_by} ({decision.document})"
            )
            self.list.addItem(item)
        self.remove_button.setEnabled(bool(self._stored))

    def record(self) -> bool:
        snapshot = self._snapshot
        kind = self.kind.value()
        if snapshot is None or not isinstance(kind, DecisionKind):
            return False
        try:
            _stored, changes = self._service.record(
                snapshot.learner_id,
                kind.value,
                date_of(self.decided_on),
                self.decided_by.text(),
                self.document.text(),
            )
        except ValidationError as exc:
            self.status.setText("\n".join(field_error_text(error) for error in exc.errors))
            return False
        except UserError as exc:
            show_user_error(self, exc, self.tr("Decision not recorded"))
            return False
        self.decided_by.clear()
        self.document.clear()
        self.status.setText(self.tr("Recorded. The eligibility shown is up to date."))
        self._after_change(changes)
        return True

    def remove_selected(self) -> bool:
        row = self.list.currentRow()
        if self._snapshot is None or not 0 <= row < len(self._stored):
            return False
        try:
            changes = self._service.remove(self._stored[row].id)
        except UserError as exc:
            show_user_error(self, exc, self.tr("Decision not removed"))
            return False
        self._after_change(changes)
        return True

    def _after_change(self, changes: Changes) -> None:
        assert self._snapshot is not None
        self._reload()
        kinds = [stored.decision.kind.value for stored in self._stored]
        qualifications = with_decisions(self._snapshot.qualifications, kinds)
        self._snapshot = self._snapshot.with_qualifications(qualifications)
        self.published.emit(self._snapshot, changes)


def attach(box: QWidget, panel: QWidget) -> None:
    """Place the box on the qualifications tab, above its closing stretch."""
    layout = panel.layout()
    if isinstance(layout, QVBoxLayout):
        layout.insertWidget(max(layout.count() - 1, 0), box)


def other_facts(qualifications: object) -> dict[str, object]:
    """The facts the qualifications form does not edit, as the transcript file's keys, so
    that saving the form keeps them (the older routes' facts, the recorded decisions)."""
    from larsam_desktop.domain.courses.transcript import FACTS

    edited = {"examen", "slutbetyg_points_passed", "folkhogskola_intyg"}
    edited |= {"work_years_after_19", "teaching_subject_hp"}
    found: dict[str, object] = {}
    for name in FACTS:
        if name not in edited:
            value = getattr(qualifications, name)
            found[name] = list(value) if isinstance(value, tuple) else value
    return found
