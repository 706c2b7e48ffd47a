"""Ctrl+Z on the learner page: undo the last quiet change made there (courses added as
planned from the Eligibility tab, missing courses added to the plan's form).

One change is remembered, for the learner it was made for; undoing it runs its inverse
(removing the added course records, or restoring the form's earlier courses) and says so in
the status bar. Anything else (another learner opened, a plan saved) forgets it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal

from larsam_desktop.ui.text import fill


@dataclass(frozen=True, slots=True)
class Change:
    learner_id: int
    label: str  # what was done, as the status bar says it ("3 courses added as planned")
    undo: Callable[[], bool]  # True when undone


class LastChange(QObject):
    """``changed`` says whether there is something to undo now."""

    changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.change: Change | None = None

    def record(self, learner_id: int, label: str, undo: Callable[[], bool]) -> None:
        self.change = Change(learner_id, label, undo)
        self.changed.emit(True)

    def forget(self) -> None:
        if self.change is not None:
            self.change = None
            self.changed.emit(False)

    def undo(self, learner_id: int | None) -> str | None:
        """Undo the change if it was made for ``learner_id``; the status text, or None."""
        change = self.change
        if change is None or change.learner_id != learner_id:
            return None
        self.forget()
        if not change.undo():
            return None
        return fill(QCoreApplication.translate("LearnerUndo", "Undone: %1"), change.label)
