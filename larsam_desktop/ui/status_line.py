"""The window's status bar: how many learners are shown, where the caseload is stored, and
the background check of eligibility for targets."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QLabel, QStatusBar

from larsam_desktop.ui.events import AppEvents
from larsam_desktop.ui.services_provider import ServicesProvider
from larsam_desktop.ui.standing_refresher import StandingRefresher
from larsam_desktop.ui.text import fill

if TYPE_CHECKING:
    from larsam_desktop.ui.session import Services


class StatusLine(QObject):
    def __init__(self, bar: QStatusBar, events: AppEvents, services: ServicesProvider) -> None:
        super().__init__(bar)
        self._services = services
        self.count_label = QLabel(bar)
        self.count_label.setObjectName("caseloadCount")
        self.location_label = QLabel(bar)
        bar.addWidget(self.count_label, 1)
        bar.addPermanentWidget(self.location_label)
        self.standing_status = QLabel(bar)
        self.standing_status.setObjectName("standingStatus")
        self.standing_status.hide()
        bar.addPermanentWidget(self.standing_status)
        self.standings = StandingRefresher(self.standing_status, self)
        self.standings.refreshed.connect(events.publish)

    def opening(self) -> None:
        """The first screen is shown; the store is still opening."""
        self.count_label.setText(self.tr("Opening the caseload…"))

    def attached(self, services: Services) -> None:
        self.location_label.setText(services.location)
        self.location_label.setToolTip(self.tr("Where this caseload is stored"))
        self.standings.start(services)

    def show_count(self, shown: int, total: int) -> None:
        if not self._services.available:
            return  # the first screen: the status bar says the store is opening
        locale = QLocale()
        if shown == total:
            text = (
                self.tr("1 learner")
                if total == 1
                else fill(self.tr("%1 learners"), locale.toString(total))
            )
        else:
            text = fill(
                self.tr("%1 of %2 learners"), locale.toString(shown), locale.toString(total)
            )
        self.count_label.setText(text)
