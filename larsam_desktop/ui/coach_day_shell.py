"""What the coach's day adds to the main window: the Today and Lärcentrum services pages with
their navigation entries (Today shows a count), the current coach, and the caseload and
calendar exports. The window keeps only a few one-line hooks into this object."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QListWidgetItem, QMenu, QMessageBox, QWidget

from larsam_desktop.services.changes import Changes
from larsam_desktop.ui.pages.today_page import TodayPage

if TYPE_CHECKING:
    from larsam_desktop.ui.main_window import MainWindow
    from larsam_desktop.ui.pages.services_page import ServicesPage
    from larsam_desktop.ui.session import AppSession

PAGE_ROLE = Qt.ItemDataRole.UserRole + 17


class CoachDayShell:
    def __init__(self, window: MainWindow, file_menu: QMenu) -> None:
        self._window = window
        tr = window.tr
        self.today = TodayPage(window)
        self.today.learner_open_requested.connect(window.open_learner)
        self.today.changed.connect(window.events.publish)
        self.today.attention_changed.connect(self._show_attention)
        window.pages.addWidget(self.today)
        self.services: ServicesPage | None = None
        navigation = window.navigation
        self.today_item = QListWidgetItem(tr("Today"))
        self.today_item.setData(PAGE_ROLE, "today")
        navigation.insertItem(0, self.today_item)
        self.services_item = QListWidgetItem(tr("Lärcentrum services"))
        self.services_item.setData(PAGE_ROLE, "services")
        navigation.addItem(self.services_item)
        navigation.itemClicked.connect(self._navigate)
        navigation.currentItemChanged.connect(lambda item, _old: self._navigate(item))
        window.pages.currentChanged.connect(self._follow_page)

        self.coach_action = QAction(tr("Current &coach…"), window)
        self.coach_action.triggered.connect(self.choose_coach)
        self.day_settings_action = QAction(tr("Today and exam se&ttings…"), window)
        self.day_settings_action.triggered.connect(self.edit_settings)
        self.export_caseload_action = QAction(tr("&Export caseload…"), window)
        self.export_caseload_action.triggered.connect(self.export_caseload)
        self.export_calendar_action = QAction(tr("Export ca&lendar (.ics)…"), window)
        self.export_calendar_action.triggered.connect(self.export_calendar)
        file_menu.addSeparator()
        for action in self.actions:
            file_menu.addAction(action)
        self._export_dialog: QWidget | None = None

    @property
    def actions(self) -> tuple[QAction, ...]:
        return (
            self.coach_action,
            self.day_settings_action,
            self.export_caseload_action,
            self.export_calendar_action,
        )

    def set_ready(self, ready: bool) -> None:
        for action in self.actions:
            action.setEnabled(ready)

    def attach(self, session: AppSession) -> None:
        """A store was opened: the Today page is the start page once there are learners."""
        self.today.attach(session)
        if self.services is not None:
            self.services.attach(session)
        if session.learners.count() > 0:
            self._window.pages.setCurrentWidget(self.today)

    def owns(self, page: QWidget | None) -> bool:
        return page is not None and page in (self.today, self.services)

    def apply_changes(self, changes: Changes) -> None:
        self.today.apply_changes(changes)
        if self.services is not None:
            self.services.apply_changes(changes)

    def cancel(self) -> None:
        dialog = self._export_dialog
        if dialog is not None and hasattr(dialog, "cancel"):
            dialog.cancel()

    # ---- navigation -------------------------------------------------------------------------
    def _navigate(self, item: QListWidgetItem | None) -> None:
        window = self._window
        if item is None or not window.has_session:
            return
        key = item.data(PAGE_ROLE)
        if key == "today":
            window.pages.setCurrentWidget(self.today)
        elif key == "services":
            window.pages.setCurrentWidget(self._services_page())
        elif item.text() == window.tr("Caseload"):
            window.pages.setCurrentWidget(window.caseload)

    def _follow_page(self) -> None:
        """Keep the navigation's highlight on the page shown."""
        window = self._window
        page = window.pages.currentWidget()
        navigation = window.navigation
        wanted: QListWidgetItem | None = None
        if page is self.today:
            wanted = self.today_item
        elif page is not None and page is self.services:
            wanted = self.services_item
        elif page is window.caseload:
            found = navigation.findItems(window.tr("Caseload"), Qt.MatchFlag.MatchExactly)
            wanted = found[0] if found else None
        if wanted is not None and navigation.currentItem() is not wanted:
            navigation.blockSignals(True)
            navigation.setCurrentItem(wanted)
            navigation.blockSignals(False)

    def _show_attention(self, count: int) -> None:
        text = self._window.tr("Today")
        self.today_item.setText(f"{text} ({QLocale().toString(count)})" if count else text)
        self.today_item.setData(
            Qt.ItemDataRole.AccessibleTextRole,
            self._window.tr("Today, %1 need attention").replace("%1", str(count)),
        )

    def _services_page(self) -> ServicesPage:
        if self.services is None:
            from larsam_desktop.ui.pages.services_page import ServicesPage

            page = ServicesPage(self._window)
            page.learner_open_requested.connect(self._window.open_learner)
            page.changed.connect(self._window.events.publish)
            self._window.pages.addWidget(page)
            page.attach(self._window.session)
            self.services = page
        return self.services

    # ---- actions ----------------------------------------------------------------------------
    def choose_coach(self) -> None:
        from larsam_desktop.ui.dialogs.current_coach_dialog import CurrentCoachDialog

        window = self._window
        if not window.has_session:
            return
        dialog = CurrentCoachDialog(window.session, window)
        if dialog.exec():
            self.today.refresh()

    def edit_settings(self) -> None:
        from larsam_desktop.ui.dialogs.day_settings_dialog import DaySettingsDialog

        window = self._window
        if window.has_session and DaySettingsDialog(window.session, window).exec():
            self.today.refresh()

    def export_caseload(self) -> None:
        from larsam_desktop.ui.dialogs.caseload_export_dialog import CaseloadExportDialog

        window = self._window
        if not window.has_session:
            return
        dialog = CaseloadExportDialog(window.session, window)
        self._export_dialog = dialog
        dialog.exec()
        self._export_dialog = None

    def export_calendar(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from larsam_desktop.services.atomic_file import OutputNotWritable
        from larsam_desktop.services.coaches import UnknownCoach
        from larsam_desktop.services.errors import StorageError

        window = self._window
        if not window.has_session:
            return
        session = window.session
        coach = session.current_coach
        if coach is None:
            QMessageBox.information(
                window,
                window.tr("Export calendar"),
                window.tr("Choose who you are first (File → Current coach…)."),
            )
            return
        name, _ = QFileDialog.getSaveFileName(
            window,
            window.tr("Export calendar"),
            str(session.paths.data_dir.parent / "larsam.ics"),
            window.tr("Calendar files (*.ics)"),
        )
        if not name:
            return
        from pathlib import Path

        try:
            result = session.day.calendar.export(Path(name), coach)
        except (UnknownCoach, OutputNotWritable, StorageError) as exc:
            QMessageBox.warning(window, window.tr("Calendar not exported"), str(exc))
            return
        window.statusBar().showMessage(
            window.tr("Calendar exported: %1 events").replace("%1", str(result.events)), 8000
        )
