"""Where the window's parts find the ``Services`` of the open store.

The window is built before the store opens (docs/architecture.md "Start-up"), and the
store can be replaced while it runs (the demo database, encryption). Feature modules and
the navigator therefore get this provider, a narrow handle (as Vorta's
``profile_provider``): ``current`` once ``available``, and ``attached`` each time a store
is opened. Importing it loads no service (and no SQLAlchemy).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from larsam_desktop.paths import AppPaths

if TYPE_CHECKING:
    from larsam_desktop.ui.session import Services


class ServicesProvider(QObject):
    attached = Signal(object)  # Services: a store was opened (first, or instead of another)
    replacing = Signal()  # another store is about to take over: stop work on this one

    def __init__(self, paths: AppPaths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self._services: Services | None = None

    @property
    def paths(self) -> AppPaths:
        """The data folder in use (known before its store is open)."""
        return self._paths

    @property
    def available(self) -> bool:
        return self._services is not None

    @property
    def current(self) -> Services:
        if self._services is None:
            raise RuntimeError("the data store is not open yet")
        return self._services

    def attach(self, services: Services) -> None:
        """The store is open: every part attaches (connection order)."""
        self._services = services
        self._paths = services.paths
        self.attached.emit(services)

    def replace(self, services: Services) -> None:
        """Switch to another store; the old one is closed after its users have stopped."""
        old = self._services
        self.replacing.emit()
        if old is not None and old is not services:
            old.close()
        self.attach(services)

    def close(self) -> None:
        if self._services is not None:
            self._services.close()
