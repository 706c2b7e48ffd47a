"""The main window: a thin shell of navigation, pages, menus and the status bar.

It is built before the data store is open (``attach_session`` comes after the first paint),
so nothing here imports SQLAlchemy at module level; dialogs are imported when opened.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop import APP_NAME
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.errors import StorageError
from larsam_desktop.services.startup import FirstScreen
from larsam_desktop.ui.coach_day_shell import CoachDayShell
from larsam_desktop.ui.data_safety import DataSafetyActions
from larsam_desktop.ui.events import AppEvents
from larsam_desktop.ui.help_menu import HelpActions
from larsam_desktop.ui.pages.caseload_page import CaseloadPage
from larsam_desktop.ui.pages.welcome_page import WelcomePage
from larsam_desktop.ui.settings import UiSettings
from larsam_desktop.ui.standing_refresher import StandingRefresher
from larsam_desktop.ui.statistics_shell import StatisticsShell
from larsam_desktop.ui.widgets.demo_banner import DemoBanner

if TYPE_CHECKING:
    from larsam_desktop.domain.learner import StoredLearner
    from larsam_desktop.ui.demo_flow import DemoFlow
    from larsam_desktop.ui.dialogs.learner_dialog import LearnerDialog
    from larsam_desktop.ui.pages.learner_page import LearnerPage
    from larsam_desktop.ui.session import AppSession

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.paths = paths
        self._session: AppSession | None = None
        self._demo_flow: DemoFlow | None = None
        self.learner_page: LearnerPage | None = None  # built when a learner is first opened
        self.events = AppEvents(self)
        self.settings = UiSettings(paths)
        self._build()
        self.events.changed.connect(self._on_changes)
        self._restore_geometry()
        self._set_ready(False)

    @classmethod
    def for_session(cls, session: AppSession) -> MainWindow:
        window = cls(session.paths)
        window.attach_session(session)
        return window

    @property
    def session(self) -> AppSession:
        if self._session is None:
            raise RuntimeError("the data store is not open yet")
        return self._session

    @property
    def has_session(self) -> bool:
        return self._session is not None

    @property
    def demo_flow(self) -> DemoFlow:
        if self._demo_flow is None:
            from larsam_desktop.ui.demo_flow import DemoFlow

            self._demo_flow = DemoFlow(self)
        return self._demo_flow

    # ---- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.banner = DemoBanner(self)
        self.banner.hide()
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.navigation.addItem(self.tr("Caseload"))
        self.navigation.setMaximumWidth(220)
        # Room around each entry: a target that is easy to hit and to read.
        self.navigation.setStyleSheet("QListWidget#navigation::item { padding: 6px 8px; }")
        self.navigation.setMinimumWidth(120)
        self.navigation.setCurrentRow(0)

        self.pages = QStackedWidget(self)
        self.welcome = WelcomePage(self)
        self.welcome.add_learner_requested.connect(self.new_learner)
        self.welcome.demo_requested.connect(self.start_demo)
        self.pages.addWidget(self.welcome)
        self.caseload = self._new_caseload_page()

        splitter = QSplitter(self)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([170, 1000])
        splitter.setChildrenCollapsible(False)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("caseloadCount")
        self.location_label = QLabel(self)
        self.statusBar().addWidget(self.count_label, 1)
        self.statusBar().addPermanentWidget(self.location_label)
        self.standing_status = QLabel(self)
        self.standing_status.setObjectName("standingStatus")
        self.standing_status.hide()
        self.statusBar().addPermanentWidget(self.standing_status)
        self.standings = StandingRefresher(self.standing_status, self)
        self.standings.refreshed.connect(self.events.publish)
        self._build_menus()
        self.statistics = StatisticsShell(self)  # the dashboard (issue 6)
        self.setWindowTitle(APP_NAME)

    def _new_caseload_page(self) -> CaseloadPage:
        page = CaseloadPage(self.settings, self)
        page.learner_open_requested.connect(self.open_learner)
        page.count_changed.connect(self._show_count)
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        return page

    def _build_menus(self) -> None:
        tr = self.tr
        file_menu = self.menuBar().addMenu(tr("&File"))
        self.new_learner_action = QAction(tr("&New learner…"), self)
        self.new_learner_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_learner_action.triggered.connect(self.new_learner)
        file_menu.addAction(self.new_learner_action)
        self.demo_action = QAction(tr("Try with &demo data…"), self)
        self.demo_action.triggered.connect(self.start_demo)
        file_menu.addAction(self.demo_action)
        self.coach_day = CoachDayShell(self, file_menu)  # Today, services, exports
        self.plans_action = QAction(tr("Study &plans for several learners…"), self)
        self.plans_action.triggered.connect(self.print_plans)
        file_menu.addAction(self.plans_action)
        self.data_safety = DataSafetyActions(self, file_menu)
        file_menu.addSeparator()
        quit_action = QAction(tr("&Quit"), self)
        quit_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Quit)]
            if QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
            else [QKeySequence("Ctrl+Q")]
        )
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(tr("&Edit"))
        self.find_action = QAction(tr("&Find learner"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        edit_menu.addAction(self.find_action)

        view_menu = self.menuBar().addMenu(tr("&View"))
        self.show_personnummer_action = QAction(tr("Show full &personnummer"), self)
        self.show_personnummer_action.setCheckable(True)
        self.show_personnummer_action.toggled.connect(
            lambda show: self.caseload.model.set_show_full_personnummer(show)
        )
        view_menu.addAction(self.show_personnummer_action)
        self.refresh_action = QAction(tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(
            lambda: self.events.publish(Changes(learners_bulk=True, reference=True))
        )
        view_menu.addAction(self.refresh_action)

        settings_menu = self.menuBar().addMenu(tr("&Settings"))
        help_menu = self.menuBar().addMenu(tr("&Help"))
        self.help = HelpActions(self, settings_menu, help_menu)  # language, guide, About
        # Shortcuts work wherever the focus is in the window, menu bar shown or not.
        self.addActions(
            [
                self.new_learner_action,
                self.find_action,
                quit_action,
                self.refresh_action,
                self.show_personnummer_action,
            ]
        )

    def _set_ready(self, ready: bool) -> None:
        """Actions that need the open store wait for it."""
        for action in (self.new_learner_action, self.demo_action, self.refresh_action):
            action.setEnabled(ready)
        self.coach_day.set_ready(ready)
        self.data_safety.set_ready(ready)
        self.welcome.setEnabled(ready)

    # ---- the data store ---------------------------------------------------------------------
    def show_first_screen(self, first: FirstScreen) -> None:
        """Rows read before the store is open, so the window paints at once."""
        self.banner.setVisible(first.is_demo)
        self.caseload.show_first_screen(first)
        self.pages.setCurrentWidget(self.caseload if first.total else self.welcome)
        self.count_label.setText(self.tr("Opening the caseload…"))

    def attach_session(self, session: AppSession) -> None:
        self._session = session
        self.caseload.attach(session)
        self._set_ready(True)
        self._show_session()
        self.coach_day.attach(session)
        self.statistics.attach(session)
        self.data_safety.session_attached()
        self.standings.start(session)

    def set_session(self, session: AppSession) -> None:
        """Switch to another data store (e.g. the demo database)."""
        self.caseload.save_view_state()
        self.caseload.cancel_background_work()
        old = self._session
        self.paths = session.paths
        self.settings = UiSettings(session.paths)
        self.pages.removeWidget(self.caseload)
        self.caseload.deleteLater()
        if self.learner_page is not None:
            self.pages.removeWidget(self.learner_page)
            self.learner_page.deleteLater()
            self.learner_page = None
        self.caseload = self._new_caseload_page()
        if old is not None:
            old.close()
        self.attach_session(session)

    def _show_session(self) -> None:
        is_demo = self.session.is_demo
        self.banner.setVisible(is_demo)
        suffix = f" — {self.tr('DEMO')}" if is_demo else ""
        self.setWindowTitle(f"{APP_NAME}{suffix}")
        self.location_label.setText(self.session.store.database.describe())
        self.location_label.setToolTip(self.tr("Where this caseload is stored"))
        self._choose_page()

    def _choose_page(self) -> None:
        empty = self.session.learners.count() == 0
        if not empty and self.statistics.owns(self.pages.currentWidget()):
            return
        if empty or not self.coach_day.owns(self.pages.currentWidget()):
            self.pages.setCurrentWidget(self.welcome if empty else self.caseload)

    def _on_changes(self, changes: Changes) -> None:
        if self._session is None:
            return
        self.caseload.apply_changes(changes)
        self.coach_day.apply_changes(changes)
        if self.learner_page is not None and self.pages.currentWidget() is self.learner_page:
            self._refresh_learner_page(changes)
        else:
            self._choose_page()
        if changes.database_replaced:
            self._show_session()
            self.standings.start(self.session)

    def _show_count(self, shown: int, total: int) -> None:
        if self._session is None:
            return  # the first screen: the status bar says the store is opening
        locale = QLocale()
        if shown == total:
            text = (
                self.tr("1 learner")
                if total == 1
                else self.tr("%1 learners").replace("%1", locale.toString(total))
            )
        else:
            text = (
                self.tr("%1 of %2 learners")
                .replace("%1", locale.toString(shown))
                .replace("%2", locale.toString(total))
            )
        self.count_label.setText(text)

    # ---- actions ----------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.pages.setCurrentWidget(self.caseload)
        self.caseload.focus_search()

    def print_plans(self) -> None:
        if self._session is not None:
            from larsam_desktop.ui.dialogs.plan_batch_dialog import open_for_caseload

            self.plan_batch = open_for_caseload(self)

    def start_demo(self) -> None:
        if self._session is not None:
            self.demo_flow.start()

    def new_learner(self) -> None:
        if self._session is None:
            return
        dialog = self._learner_dialog(None)
        if dialog is not None and dialog.exec() and dialog.saved_learner is not None:
            self.pages.setCurrentWidget(self.caseload)
            self.caseload.select_learner(dialog.saved_learner.id)

    def open_learner(self, learner_id: int) -> None:
        if self._session is None:
            return
        from larsam_desktop.services.learners import LearnerNotFound

        try:
            stored = self.session.learners.get(learner_id)
        except LearnerNotFound:
            QMessageBox.information(
                self, self.tr("Learner not found"), self.tr("This learner no longer exists.")
            )
            self.events.publish(Changes(learners=frozenset({learner_id})))
            return
        self.data_safety.learner_viewed(stored)
        page = self._learner_page()
        try:
            page.show_learner(stored, self.session.reference.choices())
        except (StorageError, LearnerNotFound) as exc:
            QMessageBox.warning(self, APP_NAME, str(exc))
            return
        self.pages.setCurrentWidget(page)
        page.focus_first()

    def edit_learner(self, learner_id: int) -> None:
        """The edit dialog for a learner (from the learner page's "Edit details…")."""
        from larsam_desktop.services.learners import LearnerNotFound

        try:
            stored = self.session.learners.get(learner_id)
        except LearnerNotFound:
            self.events.publish(Changes(learners=frozenset({learner_id})))
            return
        dialog = self._learner_dialog(stored)
        if dialog is not None:
            dialog.exec()

    def back_to_caseload(self) -> None:
        self.pages.setCurrentWidget(self.caseload)
        if self.learner_page is not None and self.learner_page.learner_id is not None:
            self.caseload.select_learner(self.learner_page.learner_id)
        self._choose_page()

    def _learner_page(self) -> LearnerPage:
        if self.learner_page is None:
            from larsam_desktop.ui.pages.learner_page import LearnerPage

            page = LearnerPage(self.session, self)
            page.changed.connect(self.events.publish)
            page.back_requested.connect(self.back_to_caseload)
            page.edit_requested.connect(self.edit_learner)
            self.pages.addWidget(page)
            self.learner_page = page
        return self.learner_page

    def _refresh_learner_page(self, changes: Changes) -> None:
        from larsam_desktop.services.learners import LearnerNotFound

        page = self.learner_page
        if page is None or page.learner_id is None:
            return
        try:
            stored = self.session.learners.get(page.learner_id)
        except LearnerNotFound:
            self.back_to_caseload()
            return
        page.apply_changes(changes, stored)

    def _learner_dialog(self, stored: StoredLearner | None) -> LearnerDialog | None:
        from larsam_desktop.ui.dialogs.learner_dialog import LearnerDialog

        try:
            choices = self.session.reference.choices()
        except StorageError as exc:
            QMessageBox.warning(self, APP_NAME, exc.message)
            return None
        dialog = LearnerDialog(self.session.learners, choices, stored, self)
        dialog.saved.connect(self.events.publish)
        return dialog

    # ---- persistence of the window ----------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.settings.get("main_window/geometry")
        if not geometry or not self.restoreGeometry(geometry):
            self.resize(1180, 720)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.coach_day.cancel()
        self.statistics.cancel()
        if self._demo_flow is not None and self._demo_flow.busy:
            self._demo_flow.cancel()
        self.caseload.cancel_background_work()
        self.standings.cancel()
        self.settings.set("main_window/geometry", self.saveGeometry())
        self.caseload.save_view_state()
        self.settings.sync()
        super().closeEvent(event)
