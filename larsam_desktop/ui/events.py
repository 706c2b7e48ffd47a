"""One app-wide signal that carries what a service call changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from larsam_desktop.services.changes import Changes


class AppEvents(QObject):
    """Pages connect to ``changed`` and decide for themselves whether to refresh."""

    changed = Signal(Changes)

    def publish(self, changes: Changes) -> None:
        self.changed.emit(changes)
