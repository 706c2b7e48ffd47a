"""Ctrl+Z on the learner page: undo the last change made there.

What can be undone: a course record added, changed or removed (courses panel); a study
plan saved (back to the revision before, or the new plan removed: ``PlanService.undo_save``);
a pathway step recorded; the target chosen on the Eligibility tab; courses added as planned
there; missing courses added to the plan's form. Each panel records its change with the
inverse, which runs through the same services (transactional, ``Changes`` published).

One change is remembered, for the learner it was made for; undoing it says so in the status
bar ("Ångrat: …"). Any other change published on the page (one without an inverse) and
another learner opened forget it, so Ctrl+Z never undoes an older change than the last.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit

from larsam_desktop.ui.text import fill


@dataclass(slots=True)
class Change:
    learner_id: int
    label: str  # what was done, as the status bar says it ("3 courses added as planned")
    undo: Callable[[], bool]  # True when undone
    awaiting_publish: bool = False  # recorded before its panel published it


class LastChange(QObject):
    """``changed`` says whether there is something to undo now."""

    changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.change: Change | None = None

    def record(
        self, learner_id: int, label: str, undo: Callable[[], bool], *, publishes: bool = False
    ) -> None:
        """Remember a change; ``publishes``: its panel publishes it next (``published``)."""
        self.change = Change(learner_id, label, undo, publishes)
        self.changed.emit(True)

    def published(self) -> None:
        """A panel published a change: the one just recorded stays, any other is forgotten
        (what came after it has no inverse here)."""
        change = self.change
        if change is not None and change.awaiting_publish:
            change.awaiting_publish = False
        else:
            self.forget()

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


class UndoKeyFilter(QObject):
    """Lets Ctrl+Z reach the page from a line edit with nothing of its own to undo.

    A line edit that is not read-only claims Ctrl+Z (Qt's shortcut override) even when its
    undo history is empty, e.g. the course code field that has the focus after a saved
    grade; this filter then leaves the key to the page's shortcut (which undoes the last
    change, or says there is nothing to undo).
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
            and isinstance(watched, QLineEdit)
            and not watched.isUndoAvailable()
        ):
            event.ignore()
            return True  # not overridden: the shortcut map runs the page's Ctrl+Z
        return False
