"""The coach's day in the window: the Today and Lärcentrum services pages with their
navigation entries (Today shows a count), the current coach, and the caseload and
calendar exports. Installed with ``(navigator, menus, events, services)``.

Light to install (issue 19): the pages and the dialogs are imported when first used, and
the Today page is built after the window's first paint (``prepare``) or when the store
opens, whichever comes first — its count can only be read from the open store anyway."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from larsam_desktop.services.changes import Changes
from larsam_desktop.ui.calendar_names import ask_full_names
from larsam_desktop.ui.events import AppEvents
from larsam_desktop.ui.file_dialogs import save_file
from larsam_desktop.ui.navigation import Menus, Navigator
from larsam_desktop.ui.operations import Op, run_op
from larsam_desktop.ui.page_printing import PagePrinting
from larsam_desktop.ui.services_provider import ServicesProvider
from larsam_desktop.ui.text import fill

if TYPE_CHECKING:
    from larsam_desktop.services.reference_data import ReferenceChoices
    from larsam_desktop.ui.pages.services_page import ServicesPage
    from larsam_desktop.ui.pages.today_page import TodayPage
    from larsam_desktop.ui.session import Services

TODAY, SERVICES = "today", "services"


class CoachDayShell(QObject):
    def __init__(
        self, navigator: Navigator, menus: Menus, events: AppEvents, services: ServicesProvider
    ) -> None:
        super().__init__(navigator)
        self._navigator = navigator
        self._events = events
        self._services = services
        self._status = menus.status
        window = navigator.window
        item = navigator.register(
            TODAY, self.tr("Today"), self._new_today_page, position=0, eager=_coach_day
        )
        assert item is not None
        self.today_item = item
        services_item = navigator.register(
            SERVICES, self.tr("Lärcentrum services"), self._new_services_page, eager=_coach_day
        )
        assert services_item is not None
        self.services_item = services_item

        self.coach_action = QAction(self.tr("Current &coach…"), window)
        self.coach_action.triggered.connect(self.choose_coach)
        self.day_settings_action = QAction(self.tr("Today and exam se&ttings…"), window)
        self.day_settings_action.triggered.connect(self.edit_settings)
        self.export_caseload_action = QAction(self.tr("&Export caseload…"), window)
        self.export_caseload_action.triggered.connect(self.export_caseload)
        self.export_calendar_action = QAction(self.tr("Export ca&lendar (.ics)…"), window)
        self.export_calendar_action.triggered.connect(self.export_calendar)
        menus.file.addSeparator()
        for action in self.actions:
            action.setEnabled(False)
            menus.file.addAction(action)
        self.printing = PagePrinting(navigator, menus, services)  # File → Print… (Ctrl+P)
        self._export_dialog: QWidget | None = None
        self.coach_choices: Op[ReferenceChoices] | None = None  # File → Current coach… reads
        services.attached.connect(self._attached)

    @property
    def actions(self) -> tuple[QAction, ...]:
        return (
            self.coach_action,
            self.day_settings_action,
            self.export_caseload_action,
            self.export_calendar_action,
        )

    @property
    def today(self) -> TodayPage:
        """The Today page, built on first use (``prepare``, the store's opening or a test)."""
        return cast("TodayPage", self._navigator.page(TODAY))

    def prepare(self) -> None:
        """Build the Today page now (the window calls this right after its first paint):
        the navigation shows how many learners need attention once the store is open."""
        self._navigator.page(TODAY)

    @property
    def services(self) -> ServicesPage | None:
        """The Lärcentrum services page, once built."""
        return cast("ServicesPage | None", self._navigator.built(SERVICES))

    def _new_today_page(self) -> TodayPage:
        from larsam_desktop.ui.pages.today_page import TodayPage

        page = TodayPage(self._navigator.window)
        page.learner_open_requested.connect(self._events.open_learner)
        page.changed.connect(self._events.publish)
        page.attention_changed.connect(self._show_attention)
        return page

    def _new_services_page(self) -> ServicesPage:
        from larsam_desktop.ui.pages.services_page import ServicesPage

        page = ServicesPage(self._navigator.window)
        page.learner_open_requested.connect(self._events.open_learner)
        page.changed.connect(self._events.publish)
        return page

    def _attached(self, services: Services) -> None:
        """A store was opened: the Today page is the start page once there are learners."""
        for action in self.actions:
            action.setEnabled(True)
        self.prepare()  # built (and so attached) now if the window had not built it yet
        if services.learners.count() > 0:
            self._navigator.show(TODAY)

    def cancel(self) -> None:
        dialog = self._export_dialog
        if dialog is not None and hasattr(dialog, "cancel"):
            dialog.cancel()

    def _show_attention(self, count: int) -> None:
        text = self.tr("Today")
        self.today_item.setText(f"{text} ({QLocale().toString(count)})" if count else text)
        self.today_item.setData(
            Qt.ItemDataRole.AccessibleTextRole,
            fill(self.tr("Today, %1 need attention"), str(count)),
        )

    # ---- actions ----------------------------------------------------------------------------
    def choose_coach(self) -> None:
        from larsam_desktop.ui.dialogs.current_coach_dialog import CurrentCoachDialog

        if not self._services.available:
            return
        services, window = self._services.current, self._navigator.window
        reference = services.reference

        def chosen(choices: ReferenceChoices) -> None:
            """Back on the GUI thread with the coaches (read off it: a slow server never
            freezes the window); a store replaced meanwhile gets no dialog."""
            if not self._services.available or self._services.current is not services:
                return
            names = [c.name for c in choices.coaches]
            dialog = CurrentCoachDialog(names, services.current_coach, services.paths, window)
            if dialog.exec():
                self.today.refresh()

        self.coach_choices = run_op(
            window,
            lambda _control: reference.choices(),
            background=True,
            on_success=chosen,
        )

    def edit_settings(self) -> None:
        from larsam_desktop.ui.dialogs.day_settings_dialog import DaySettingsDialog

        if not self._services.available:
            return
        if DaySettingsDialog(self._services.paths, self._navigator.window).exec():
            self.today.refresh()

    def export_caseload(self) -> None:
        from larsam_desktop.ui.dialogs.caseload_export_dialog import CaseloadExportDialog

        if not self._services.available:
            return
        exporter = self._services.current.day.caseload_export
        dialog = CaseloadExportDialog(exporter, self._navigator.window)
        self._export_dialog = dialog
        dialog.exec()
        self._export_dialog = None

    def export_calendar(self) -> None:
        from larsam_desktop.ui.dialogs.document_language_dialog import ask_document_language

        if not self._services.available:
            return
        services, window = self._services.current, self._navigator.window
        coach = services.current_coach
        if coach is None:
            QMessageBox.information(
                window,
                self.tr("Export calendar"),
                self.tr("Choose who you are first (File → Current coach…)."),
            )
            return
        language = ask_document_language(
            window,
            self.tr("Export calendar"),
            self.tr("Event titles and categories are written in this language."),
        )
        if language is None:
            return
        name = save_file(
            window, self.tr("Export calendar"), "larsam.ics", self.tr("Calendar files (*.ics)")
        )
        if name is None:
            return
        full_names = ask_full_names(window)
        if full_names is None:
            return
        exported = run_op(
            window,
            lambda: services.day.calendar.export(
                name, coach, full_names=full_names, language=language
            ),
            title=self.tr("Calendar not exported"),
        )
        if exported.value is not None:
            self._status.showMessage(
                fill(self.tr("Calendar exported: %1 events"), str(exported.value.events)),
                8000,
            )


def _coach_day(changes: Changes) -> bool:
    """Told at once even while hidden: Today's count in the list stays current."""
    return changes.coach_day
