"""The main window: a thin shell of navigation, pages, menus and the status bar.

It builds the navigator and the menus, registers its own pages (caseload, welcome, the
learner page) and installs the feature modules with ``(navigator, menus, events,
services)``; each of them adds its pages and menu entries. It is built before the data
store is open (``attach_session`` comes after the first paint), so nothing here imports
SQLAlchemy at module level; dialogs are imported when opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QStackedWidget,
    QWidget,
)

from larsam_desktop import APP_NAME
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.startup import FirstScreen
from larsam_desktop.ui.caseload_actions import CaseloadActions
from larsam_desktop.ui.coach_day_shell import CoachDayShell
from larsam_desktop.ui.connect_flow import ConnectFlow
from larsam_desktop.ui.data_safety import DataSafetyActions
from larsam_desktop.ui.events import AppEvents
from larsam_desktop.ui.help_menu import HelpActions
from larsam_desktop.ui.learner_flow import LearnerFlow
from larsam_desktop.ui.navigation import Menus, Navigator
from larsam_desktop.ui.pages.caseload_page import CaseloadPage
from larsam_desktop.ui.pages.course_demand_feature import CourseDemandFeature
from larsam_desktop.ui.pages.offerings.feature import OfferingsFeature
from larsam_desktop.ui.pages.welcome_page import WelcomePage
from larsam_desktop.ui.recent_learners import RecentLearners
from larsam_desktop.ui.services_provider import ServicesProvider
from larsam_desktop.ui.settings import UiSettings
from larsam_desktop.ui.statistics_shell import StatisticsShell
from larsam_desktop.ui.status_line import StatusLine
from larsam_desktop.ui.widgets.demo_banner import DemoBanner
from larsam_desktop.ui.window_layout import (
    central_widget,
    fitting_size,
    navigation_list,
    quit_shortcuts,
)

if TYPE_CHECKING:
    from larsam_desktop.ui.demo_flow import DemoFlow
    from larsam_desktop.ui.pages.learner_page import LearnerPage
    from larsam_desktop.ui.session import Services

CASELOAD, WELCOME, LEARNER = "caseload", "welcome", "learner"
FIRST_WIDTH, FIRST_HEIGHT = 1366, 768  # the first window, before a size is remembered


class MainWindow(QMainWindow):
    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.paths = paths
        self.events = AppEvents(self)
        self.services = ServicesProvider(paths, self)
        self.settings = UiSettings(paths)
        self._demo_flow: DemoFlow | None = None
        self._build()
        self.events.changed.connect(self._on_changes)
        self.services.replacing.connect(self._store_replacing)
        self.services.attached.connect(self._store_attached)
        self._restore_geometry()
        self._set_ready(False)

    @classmethod
    def for_session(cls, session: Services) -> MainWindow:
        window = cls(session.paths)
        window.attach_session(session)
        return window

    @property
    def session(self) -> Services:
        return self.services.current

    @property
    def has_session(self) -> bool:
        return self.services.available

    @property
    def caseload(self) -> CaseloadPage:
        return cast(CaseloadPage, self.navigator.page(CASELOAD))

    @property
    def learner_page(self) -> LearnerPage | None:
        return self.learners.page

    @property
    def demo_flow(self) -> DemoFlow:
        if self._demo_flow is None:
            from larsam_desktop.ui.demo_flow import DemoFlow

            self._demo_flow = DemoFlow(self.services, self)
        return self._demo_flow

    # ---- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.banner = DemoBanner(self)
        self.banner.hide()
        self.navigation = navigation_list(self)
        self.pages = QStackedWidget(self)
        self.status = StatusLine(self.statusBar(), self.events, self.services)
        self.count_label, self.standings = self.status.count_label, self.status.standings
        self.navigator = Navigator(self.navigation, self.pages, self.services, self)
        self.welcome = WelcomePage(self)
        self.welcome.demo_requested.connect(self.start_demo)
        self.navigator.register(WELCOME, None, lambda: self.welcome, follows=False)
        self.navigator.register(CASELOAD, self.tr("Caseload"), self._new_caseload_page)
        self.navigator.show(CASELOAD)

        self.setCentralWidget(central_widget(self, self.banner, self.navigation, self.pages))

        self._build_menus()
        self.setWindowTitle(APP_NAME)

    def _new_caseload_page(self) -> CaseloadPage:
        page = CaseloadPage(self.settings, self)
        page.learner_open_requested.connect(self.events.open_learner)
        page.count_changed.connect(self.status.show_count)
        return page

    def _build_menus(self) -> None:
        tr = self.tr
        bar = self.menuBar()
        menus = Menus(
            bar.addMenu(tr("&File")),
            bar.addMenu(tr("&Edit")),
            bar.addMenu(tr("&View")),
            bar.addMenu(tr("&Settings")),
            bar.addMenu(tr("&Help")),
            self.statusBar(),
        )
        install = (self.navigator, menus, self.events, self.services)
        self.learners = LearnerFlow(*install)  # the learner page, File → New learner
        self.new_learner_action = self.learners.new_learner_action
        learners = self.learners
        self.new_learner, self.open_learner = learners.new_learner, learners.open_learner
        self.edit_learner, self.back_to_caseload = learners.edit_learner, learners.back_to_caseload
        self.welcome.add_learner_requested.connect(self.new_learner)
        self.recent = RecentLearners(*install, learners)  # File → Recently opened
        self.demo_action = self._action(tr("Try with &demo data…"), self.start_demo, menus.file)
        self.coach_day = CoachDayShell(*install)  # Today, services, exports
        self.plans_action = self._action(
            tr("&Study plans for several learners…"), self.print_plans, menus.file
        )
        self.data_safety = DataSafetyActions(*install)
        self.statistics = StatisticsShell(*install)  # the dashboard (issue 6)
        self.offerings = OfferingsFeature(*install)  # Utbildningsutbud (issue 17)
        self.course_demand = CourseDemandFeature(*install)  # Kursbehov (issue 17)
        self.connection = ConnectFlow(*install)  # a shared server or the local file (issue 16)
        menus.file.addSeparator()
        quit_action = self._action(tr("&Quit"), self.close, menus.file)
        quit_action.setShortcuts(quit_shortcuts())
        self.caseload_actions = CaseloadActions(*install)  # find, full personnummer, refresh
        self.find_action = self.caseload_actions.find_action
        self.help = HelpActions(*install)  # language, guide, About
        self.addAction(quit_action)  # wherever the focus is, menu bar shown or not

    def _action(self, text: str, slot: object, menu: QMenu) -> QAction:
        action = QAction(text, self)
        if callable(slot):
            action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def after_first_paint(self) -> None:
        """What the first paint did not wait for (``ui/application.py`` calls it once the
        window has painted): the Today page, so it is ready when the store opens."""
        self.coach_day.prepare()

    def _set_ready(self, ready: bool) -> None:
        """Actions that need the open store wait for it."""
        self.demo_action.setEnabled(ready)
        self.welcome.setEnabled(ready)

    # ---- the data store ---------------------------------------------------------------------
    def show_first_screen(self, first: FirstScreen) -> None:
        """Rows read before the store is open, so the window paints at once."""
        self.banner.setVisible(first.is_demo)
        self.caseload.show_first_screen(first)
        self.navigator.show(CASELOAD if first.total else WELCOME)
        self.status.opening()

    def show_new_folder(self) -> None:
        """A data folder without a database: the welcome page while the store is created."""
        self.navigator.show(WELCOME)

    def attach_session(self, session: Services) -> None:
        self.services.attach(session)

    def set_session(self, session: Services) -> None:
        """Switch to another data store (e.g. the demo database)."""
        self.services.replace(session)

    def _store_replacing(self) -> None:
        """Pages built for the old store go; the new store's caseload is shown in their place."""
        shown = self.navigator.current_key
        self.caseload.save_view_state()
        self.navigator.cancel()
        if shown in (LEARNER, CASELOAD):
            self.navigator.show(WELCOME)  # _choose_page then shows the new caseload
        self.navigator.drop(LEARNER)
        self.navigator.drop(CASELOAD)

    def _store_attached(self, services: Services) -> None:
        self.paths = services.paths
        self.settings = UiSettings(services.paths)
        self.navigator.page(CASELOAD)  # built (and attached) afresh after a replace
        self._set_ready(True)
        self._show_session()
        self.status.attached(services)

    def _show_session(self) -> None:
        is_demo = self.session.is_demo
        self.banner.setVisible(is_demo)
        suffix = " — " + self.tr("DEMO") if is_demo else ""
        self.setWindowTitle(f"{APP_NAME}{suffix}")
        self._choose_page()

    def _choose_page(self) -> None:
        """The welcome page while there are no learners; the caseload instead of it after."""
        if self.session.learners.count() == 0:
            self.navigator.show(WELCOME)
        elif self.navigator.current_key in (None, WELCOME):
            self.navigator.show(CASELOAD)

    def _on_changes(self, changes: Changes) -> None:
        if not self.has_session:
            return
        self.navigator.apply_changes(changes)
        # Only learners coming or going can change the choice (the learner flow follows its
        # own page): a grade or a follow-up costs no count.
        if changes.caseload and self.navigator.current_key != LEARNER:
            self._choose_page()
        if changes.database_replaced:
            self._show_session()
            self.status.attached(self.session)

    # ---- actions ----------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.caseload_actions.focus_search()

    def print_plans(self) -> None:
        if self.has_session:
            from larsam_desktop.ui.dialogs.plan_batch_dialog import open_for_caseload

            self.plan_batch = open_for_caseload(self)

    def start_demo(self) -> None:
        if self.has_session:
            self.demo_flow.start()

    # ---- persistence of the window ----------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.settings.get("main_window/geometry")
        if not geometry or not self.restoreGeometry(geometry):
            # The first start fills a laptop's screen (1366×768 less the task bar), and no
            # more than that on a larger one.
            self.resize(fitting_size(self, FIRST_WIDTH, FIRST_HEIGHT))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.navigator.cancel()
        self.data_safety.cancel()
        if self._demo_flow is not None and self._demo_flow.busy:
            self._demo_flow.cancel()
        self.standings.cancel()
        self.settings.set("main_window/geometry", self.saveGeometry())
        self.caseload.save_view_state()
        self.settings.sync()
        super().closeEvent(event)
