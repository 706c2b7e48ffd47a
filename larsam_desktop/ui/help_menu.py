"""The Settings and Help menus: language, user guide, About. The window keeps one hook."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from larsam_desktop.ui.i18n import store_choice, stored_choice

if TYPE_CHECKING:
    from larsam_desktop.ui.dialogs.about_dialog import AboutDialog
    from larsam_desktop.ui.dialogs.language_dialog import LanguageDialog
    from larsam_desktop.ui.main_window import MainWindow


class HelpActions:
    def __init__(self, window: MainWindow, settings_menu: QMenu, help_menu: QMenu) -> None:
        self._window = window
        self.language_action = QAction(window.tr("&Language…"), window)
        self.language_action.triggered.connect(self.choose_language)
        settings_menu.addAction(self.language_action)

        self.guide_action = QAction(window.tr("&User guide"), window)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.triggered.connect(self.show_guide)
        help_menu.addAction(self.guide_action)
        help_menu.addSeparator()
        self.about_action = QAction(window.tr("&About LärSam Desktop"), window)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)
        window.addAction(self.guide_action)

    def about_dialog(self) -> AboutDialog:
        from larsam_desktop.ui.dialogs.about_dialog import AboutDialog

        window = self._window
        database = (
            window.session.store.database.describe()
            if window.has_session
            else str(window.paths.database)
        )
        return AboutDialog(window.paths.data_dir, database, window)

    def show_about(self) -> None:
        self.about_dialog().exec()

    def show_guide(self) -> None:
        from larsam_desktop.ui.dialogs.guide_dialog import GuideDialog, guide_path

        window = self._window
        path = guide_path()
        if not path.exists():
            QMessageBox.information(
                window,
                window.tr("User guide"),
                window.tr("The user guide is not installed with this copy of the program."),
            )
            return
        GuideDialog(path, window).exec()

    def language_dialog(self) -> LanguageDialog:
        from larsam_desktop.ui.dialogs.language_dialog import LanguageDialog

        return LanguageDialog(stored_choice(self._window.paths), self._window)

    def choose_language(self) -> None:
        dialog = self.language_dialog()
        if not dialog.exec():
            return
        window = self._window
        choice = dialog.selected()
        if choice == stored_choice(window.paths):
            return
        store_choice(window.paths, choice)
        window.statusBar().showMessage(
            window.tr("The new language is used the next time LärSam Desktop starts."), 10000
        )
