"""Installs the offerings page (issue 17) with ``(navigator, menus, events, services)``.

Light on purpose: the page and its services are imported when the page is first shown, so
the window's start-up path imports no SQLAlchemy through it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from larsam_desktop.ui.events import AppEvents
from larsam_desktop.ui.navigation import Menus, Navigator
from larsam_desktop.ui.services_provider import ServicesProvider

if TYPE_CHECKING:
    from larsam_desktop.ui.pages.offerings_page import OfferingsPage

OFFERINGS = "offerings"


class OfferingsFeature(QObject):
    """Registers the page; nothing else in the window knows it."""

    def __init__(
        self, navigator: Navigator, menus: Menus, events: AppEvents, services: ServicesProvider
    ) -> None:
        super().__init__(navigator)
        self._navigator = navigator
        self._events = events
        navigator.register(OFFERINGS, self.tr("Offerings"), self._new_page)

    def _new_page(self) -> OfferingsPage:
        from larsam_desktop.ui.pages.offerings_page import OfferingsPage

        page = OfferingsPage(self._navigator.window)
        page.changed.connect(self._events.publish)
        page.learner_open_requested.connect(self._events.open_learner)
        return page
