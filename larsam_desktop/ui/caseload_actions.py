"""Edit → Find learner, View → Show full personnummer and View → Refresh: what the menus
offer for the caseload. Installed with ``(navigator, menus, events, services)``."""

from __future__ import annotations

from typing import Protocol, cast

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from larsam_desktop.services.changes import Changes
from larsam_desktop.ui.events import AppEvents
from larsam_desktop.ui.navigation import Menus, Navigator
from larsam_desktop.ui.services_provider import ServicesProvider

CASELOAD = "caseload"


class _PersonnummerModel(Protocol):
    def set_show_full_personnummer(self, show: bool) -> None: ...


class _Caseload(Protocol):
    @property
    def model(self) -> _PersonnummerModel: ...

    def focus_search(self) -> None: ...


class CaseloadActions(QObject):
    def __init__(
        self, navigator: Navigator, menus: Menus, events: AppEvents, services: ServicesProvider
    ) -> None:
        super().__init__(navigator)
        self._navigator = navigator
        window = navigator.window
        self.find_action = QAction(self.tr("&Find learner"), window)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        menus.edit.addAction(self.find_action)
        self.show_personnummer_action = QAction(self.tr("Show full &personnummer"), window)
        self.show_personnummer_action.setCheckable(True)
        self.show_personnummer_action.toggled.connect(
            lambda show: self._caseload().model.set_show_full_personnummer(show)
        )
        menus.view.addAction(self.show_personnummer_action)
        self.refresh_action = QAction(self.tr("&Refresh"), window)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(
            lambda: events.publish(Changes(learners_bulk=True, reference=True))
        )
        self.refresh_action.setEnabled(False)
        menus.view.addAction(self.refresh_action)
        # Shortcuts work wherever the focus is in the window, menu bar shown or not.
        window.addActions([self.find_action, self.refresh_action, self.show_personnummer_action])
        services.attached.connect(lambda _services: self.refresh_action.setEnabled(True))

    def _caseload(self) -> _Caseload:
        return cast(_Caseload, self._navigator.page(CASELOAD))

    def focus_search(self) -> None:
        self._navigator.show(CASELOAD)
        self._caseload().focus_search()
