"""The statistics dashboard in the window: its navigation entry and its page, built the
first time it is opened. Installed with ``(navigator, menus, events, services)``."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QListWidgetItem, QWidget

from larsam_desktop.ui.events import AppEvents
from larsam_desktop.ui.navigation import Menus, Navigator
from larsam_desktop.ui.services_provider import ServicesProvider

if TYPE_CHECKING:
    from larsam_desktop.ui.pages.dashboard_page import DashboardPage
    from larsam_desktop.ui.session import Services

PAGE_KEY = "statistics"


def _new_dashboard(parent: QWidget) -> DashboardPage:
    """The dashboard as a ``Page``: a new store forgets the figures shown; they are
    computed again when the page is next shown."""
    from larsam_desktop.ui.pages.dashboard_page import DashboardPage

    class Dashboard(DashboardPage):
        def attach(self, session: Services) -> None:
            super().attach(session)
            self.report = None
            if self.isVisible():
                self.refresh()

        def apply_changes(self, changes: object) -> None:
            """Anonymised figures are computed on demand (Refresh), not on every edit."""

        def cancel(self) -> None:
            self.cancel_background_work()

    return Dashboard(parent)


class StatisticsShell(QObject):
    def __init__(
        self, navigator: Navigator, menus: Menus, events: AppEvents, services: ServicesProvider
    ) -> None:
        super().__init__(navigator)
        self._navigator = navigator
        item = navigator.register(
            PAGE_KEY, self.tr("Statistics"), lambda: _new_dashboard(navigator.window)
        )
        assert isinstance(item, QListWidgetItem)
        self.item = item

    @property
    def page(self) -> DashboardPage | None:
        return cast("DashboardPage | None", self._navigator.built(PAGE_KEY))

    def show(self) -> DashboardPage:
        """The dashboard, built on first use; it computes its figures when shown."""
        return cast("DashboardPage", self._navigator.show(PAGE_KEY))
