"""The app-wide signals: what a service call changed, and which learner to open."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from larsam_desktop.services.changes import Changes


class AppEvents(QObject):
    """Pages connect to ``changed`` and decide for themselves whether to refresh.

    ``learner_requested`` asks the window to open a learner's page (a row in Today, the
    services page, the caseload): pages never reach the window for it.
    """

    changed = Signal(Changes)
    learner_requested = Signal(int)

    def publish(self, changes: Changes) -> None:
        self.changed.emit(changes)

    def open_learner(self, learner_id: int) -> None:
        self.learner_requested.emit(learner_id)
