"""What the statistics dashboard adds to the main window: its navigation entry and its page,
built the first time it is opened. The window keeps only one-line hooks into this object."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

if TYPE_CHECKING:
    from larsam_desktop.ui.main_window import MainWindow
    from larsam_desktop.ui.pages.dashboard_page import DashboardPage
    from larsam_desktop.ui.session import AppSession

PAGE_ROLE = Qt.ItemDataRole.UserRole + 17  # the navigation entries' page key
PAGE_KEY = "statistics"


class StatisticsShell:
    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._session: AppSession | None = None
        self.page: DashboardPage | None = None
        self.item = QListWidgetItem(window.tr("Statistics"))
        self.item.setData(PAGE_ROLE, PAGE_KEY)
        navigation = window.navigation
        navigation.addItem(self.item)
        navigation.itemClicked.connect(self._navigate)
        navigation.currentItemChanged.connect(lambda item, _old: self._navigate(item))
        window.pages.currentChanged.connect(self._follow_page)

    def attach(self, session: AppSession) -> None:
        self._session = session
        if self.page is not None:
            self.page.attach(session)
            self.page.report = None
            if self._window.pages.currentWidget() is self.page:
                self.page.refresh()

    def owns(self, page: QWidget | None) -> bool:
        return page is not None and page is self.page

    def show(self) -> DashboardPage:
        """The dashboard, built on first use; it computes its figures when shown."""
        if self.page is None:
            from larsam_desktop.ui.pages.dashboard_page import DashboardPage

            self.page = DashboardPage(self._window)
            self._window.pages.addWidget(self.page)
            if self._session is not None:
                self.page.attach(self._session)
        self._window.pages.setCurrentWidget(self.page)
        return self.page

    def cancel(self) -> None:
        if self.page is not None:
            self.page.cancel_background_work()

    def _navigate(self, item: QListWidgetItem | None) -> None:
        if item is self.item and self._window.has_session:
            self.show()

    def _follow_page(self) -> None:
        if self.page is not None and self._window.pages.currentWidget() is self.page:
            navigation = self._window.navigation
            navigation.blockSignals(True)
            navigation.setCurrentItem(self.item)
            navigation.blockSignals(False)
