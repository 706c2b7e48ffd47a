"""The Settings and Help menus: language, user guide, About. Installed with
``(navigator, menus, events, services)``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from larsam_desktop.ui.events import AppEvents
from larsam_desktop.ui.i18n import store_choice, stored_choice
from larsam_desktop.ui.navigation import Menus, Navigator
from larsam_desktop.ui.services_provider import ServicesProvider

if TYPE_CHECKING:
    from larsam_desktop.ui.dialogs.about_dialog import AboutDialog
    from larsam_desktop.ui.dialogs.language_dialog import LanguageDialog


class HelpActions(QObject):
    def __init__(
        self, navigator: Navigator, menus: Menus, events: AppEvents, services: ServicesProvider
    ) -> None:
        super().__init__(navigator)
        self._window = window = navigator.window
        self._services = services
        self._status = menus.status
        self.language_action = QAction(self.tr("&Language…"), window)
        self.language_action.triggered.connect(self.choose_language)
        menus.settings.addAction(self.language_action)

        self.guide_action = QAction(self.tr("&User guide"), window)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.triggered.connect(self.show_guide)
        menus.help.addAction(self.guide_action)
        self.rule_book_action = QAction(self.tr("&Rule book"), window)  # issue 15
        self.rule_book_action.triggered.connect(self.show_rule_book)
        menus.help.addAction(self.rule_book_action)
        menus.help.addSeparator()
        self.about_action = QAction(self.tr("&About LärSam Desktop"), window)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        menus.help.addAction(self.about_action)
        window.addAction(self.guide_action)

    def about_dialog(self) -> AboutDialog:
        from larsam_desktop.ui.dialogs.about_dialog import AboutDialog

        services, paths = self._services, self._services.paths
        database = services.current.location if services.available else str(paths.database)
        return AboutDialog(paths.data_dir, database, self._window)

    def show_about(self) -> None:
        self.about_dialog().exec()

    def show_guide(self) -> None:
        from larsam_desktop.ui.dialogs.guide_dialog import GuideDialog, guide_path

        path = guide_path()
        if not path.exists():
            QMessageBox.information(
                self._window,
                self.tr("User guide"),
                self.tr("The user guide is not installed with this copy of the program."),
            )
            return
        GuideDialog(path, self._window).exec()

    def show_rule_book(self) -> None:
        from larsam_desktop.ui.dialogs.rule_book_dialog import open_rule_book

        open_rule_book(self._services, self._window)

    def language_dialog(self) -> LanguageDialog:
        from larsam_desktop.ui.dialogs.language_dialog import LanguageDialog

        return LanguageDialog(stored_choice(self._services.paths), self._window)

    def choose_language(self) -> None:
        dialog = self.language_dialog()
        if not dialog.exec():
            return
        choice = dialog.selected()
        paths = self._services.paths
        if choice == stored_choice(paths):
            return
        store_choice(paths, choice)
        self._status.showMessage(
            self.tr("The new language is used the next time LärSam Desktop starts."), 10000
        )
