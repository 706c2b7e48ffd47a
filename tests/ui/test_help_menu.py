"""Settings and Help menus: About (version, licence, data folder), language, user guide."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel

from larsam_desktop import __version__
from larsam_desktop.paths import AppPaths
from larsam_desktop.ui.dialogs.about_dialog import AboutDialog
from larsam_desktop.ui.dialogs.language_dialog import LanguageDialog
from larsam_desktop.ui.i18n import stored_choice
from larsam_desktop.ui.main_window import MainWindow

MakeWindow = Callable[[AppPaths], MainWindow]


class UrlCatcher(QObject):
    """Stands in for the desktop's file manager / browser: records what would be opened."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url)


@pytest.fixture
def catcher() -> Iterator[UrlCatcher]:
    caught = UrlCatcher()
    for scheme in ("file", "https"):
        QDesktopServices.setUrlHandler(scheme, caught, "open")
    yield caught
    for scheme in ("file", "https"):
        QDesktopServices.unsetUrlHandler(scheme)


def menu_texts(window: MainWindow) -> dict[str, list[str]]:
    return {
        action.text(): [a.text() for a in action.menu().actions() if a.text()]  # type: ignore[union-attr]
        for action in window.menuBar().actions()
    }


def test_menus_offer_language_guide_and_about(make_window: MakeWindow, paths: AppPaths) -> None:
    window = make_window(paths)
    menus = menu_texts(window)
    assert menus["&Settings"] == ["&Language…"]
    assert menus["&Help"] == ["&User guide", "&Rule book", "&About LärSam Desktop"]
    assert list(menus)[-2:] == ["&Settings", "&Help"]


def test_about_shows_version_licence_and_data_folder(
    make_window: MakeWindow, paths: AppPaths, catcher: UrlCatcher
) -> None:
    window = make_window(paths)
    dialog = window.help.about_dialog()
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert __version__ in texts
    assert any("GPL-3.0-or-later" in text for text in texts)
    assert str(paths.data_dir) in texts
    assert dialog.database_label.text() == window.session.store.database.describe()
    for label in (dialog.version_label, dialog.folder_label, dialog.licence_label):
        assert label.accessibleName()
    assert dialog.open_folder_button.accessibleName() == "Open the data folder"

    dialog.open_folder_button.click()
    assert [url.toLocalFile() for url in catcher.opened] == [str(paths.data_dir)]
    dialog.open_licence()
    licence = catcher.opened[-1]
    assert licence.isLocalFile() and Path(licence.toLocalFile()).name == "LICENSE"
    assert "GNU GENERAL PUBLIC LICENSE" in Path(licence.toLocalFile()).read_text()
    dialog.close()


def test_about_before_the_store_is_open_names_the_database_file(
    qtbot: object, paths: AppPaths
) -> None:
    window = MainWindow(paths)
    dialog = window.help.about_dialog()
    assert dialog.database_label.text() == str(paths.database)
    dialog.deleteLater()
    window.deleteLater()


def test_language_choice_is_saved_for_the_next_start(
    make_window: MakeWindow, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(paths)
    assert stored_choice(paths) == ""

    def choose(code: str) -> Callable[[LanguageDialog], int]:
        def run(dialog: LanguageDialog) -> int:
            dialog.choice.setCurrentIndex(dialog.choice.findData(code))
            return 1

        return run

    monkeypatch.setattr(LanguageDialog, "exec", choose("sv"))
    window.help.language_action.trigger()
    assert stored_choice(paths) == "sv"
    assert "next time" in window.statusBar().currentMessage()
    # Saved in the data folder's settings file, so a restart (another process) reads it.
    assert "language=sv" in paths.ui_settings.read_text()

    monkeypatch.setattr(LanguageDialog, "exec", choose(""))
    window.help.language_action.trigger()
    assert stored_choice(paths) == ""


def test_language_dialog_starts_at_the_current_choice(qtbot: object) -> None:
    dialog = LanguageDialog("en")
    assert dialog.selected() == "en"
    assert dialog.choice.accessibleName() == "Interface language"
    assert [dialog.choice.itemData(i) for i in range(dialog.choice.count())] == ["", "sv", "en"]
    dialog.deleteLater()


def test_about_dialog_can_be_built_alone(qtbot: object, tmp_path: Path) -> None:
    dialog = AboutDialog(tmp_path, "SQLite: x")
    assert dialog.folder_url().toLocalFile() == str(tmp_path)
    dialog.deleteLater()


def test_the_program_icon_has_every_size(qtbot: object) -> None:
    """ensure_application gives it to the application (so to every window) when it starts."""
    from larsam_desktop.ui.app_icon import app_icon

    sizes = {size.width() for size in app_icon().availableSizes()}
    assert sizes == {16, 24, 32, 48, 64, 128, 256, 512}
