"""The study plan's revisions: which one the form shows, its status, comparing it.

The current revision may be edited; an earlier one is shown read-only and can be compared
with the current one (``PlanCompareDialog``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop.domain.plans.plan import PlanRevision
from larsam_desktop.ui.text import fill
from larsam_desktop.ui.widgets.choice_combo import ChoiceCombo


class RevisionBar(QWidget):
    """``chosen``: the coach picked revision ``number``; ``compare_requested``: compare it."""

    chosen = Signal(int)
    compare_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QLabel(self)
        self.status.setObjectName("planStatus")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Plan status"))
        self.revision_choice = ChoiceCombo(self)
        self.revision_choice.setObjectName("planRevision")
        self.revision_choice.setAccessibleName(self.tr("Revision"))
        self.revision_choice.setSizeAdjustPolicy(
            ChoiceCombo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.revision_choice.setMinimumContentsLength(16)
        self.revision_choice.activated.connect(self._chosen)
        self.compare_button = QPushButton(self.tr("C&ompare with current…"), self)
        self.compare_button.setAccessibleName(self.tr("Compare with current revision"))
        self.compare_button.clicked.connect(self.compare_requested)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Revision:"), self))
        row.addWidget(self.revision_choice, 1)
        row.addWidget(self.compare_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addLayout(row)

    def set_revisions(self, revisions: Sequence[PlanRevision]) -> None:
        """Newest first in the chooser, the current one chosen."""
        self.revision_choice.set_choices([(self.title(r), r.number) for r in reversed(revisions)])
        if revisions:
            self.revision_choice.set_value(revisions[-1].number)

    def title(self, revision: PlanRevision) -> str:
        text = fill(
            self.tr("%1 — %2, %3"),
            str(revision.number),
            revision.created_at.astimezone().date().isoformat(),
            revision.reason,
        )
        return text + (self.tr(" (locked)") if revision.locked else "")

    def show_state(
        self, current: PlanRevision | None, shown: PlanRevision | None, *, dirty: bool
    ) -> None:
        """The status line for the revision ``shown`` of a plan whose newest is ``current``."""
        if current is None:
            text = self.tr("No study plan yet: fill it in with the learner and save.")
        else:
            seen = shown or current
            text = fill(
                self.tr("Revision %1 of %2, saved %3 by %4."),
                str(seen.number),
                str(current.number),
                seen.created_at.astimezone().date().isoformat(),
                seen.author,
            )
            if seen != current:
                text += " " + self.tr("An earlier revision: read only.")
            elif current.locked:
                text += " " + self.tr(
                    "Printed or agreed: a change is saved as a new revision, with a reason."
                )
        if dirty:
            text += " " + self.tr("Unsaved changes.")
        self.status.setText(text)
        self.compare_button.setEnabled(shown is not None and shown != current)

    def _chosen(self, _index: int) -> None:
        number = self.revision_choice.value()
        if isinstance(number, int):
            self.chosen.emit(number)


def ask_reason(parent: QWidget, number: int) -> str | None:
    """Why a printed or agreed revision changes; None when the coach cancels."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("PlanPanel", text)

    text, accepted = QInputDialog.getText(
        parent,
        tr("New revision"),
        fill(tr("Revision %1 was printed or agreed. Why does the plan change?"), str(number)),
    )
    return text.strip() if accepted and text.strip() else None
