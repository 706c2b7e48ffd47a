"""Installs the course demand page (issue 17) with ``(navigator, menus, events, services)``;
the page and its services are imported when it is first shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from larsam_desktop.ui.events import AppEvents
from larsam_desktop.ui.navigation import Menus, Navigator
from larsam_desktop.ui.services_provider import ServicesProvider

if TYPE_CHECKING:
    from larsam_desktop.ui.pages.course_demand_page import CourseDemandPage

COURSE_DEMAND = "course-demand"


class CourseDemandFeature(QObject):
    """Registers the page; nothing else in the window knows it."""

    def __init__(
        self, navigator: Navigator, menus: Menus, events: AppEvents, services: ServicesProvider
    ) -> None:
        super().__init__(navigator)
        self._navigator = navigator
        self._events = events
        navigator.register(COURSE_DEMAND, self.tr("Course demand"), self._new_page)

    def _new_page(self) -> CourseDemandPage:
        from larsam_desktop.ui.pages.course_demand_page import CourseDemandPage

        page = CourseDemandPage(self._navigator.window)
        page.changed.connect(self._events.publish)
        return page
