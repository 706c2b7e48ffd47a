"""Starting the GUI: QApplication, translations, opening the store, the main window."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from larsam_desktop import APP_NAME, __version__
from larsam_desktop.paths import AppPaths, resources_dir
from larsam_desktop.services.store import open_store
from larsam_desktop.storage.errors import StorageError
from larsam_desktop.ui.main_window import MainWindow
from larsam_desktop.ui.session import AppSession

log = logging.getLogger(__name__)


def ensure_application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("LarSam")
    _install_translations(app)
    return app


def _install_translations(app: QApplication) -> None:
    """Load Qt's own and the app's translations for the system locale, where built."""
    locale = QLocale.system()
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("larsam", str(resources_dir() / "translations")),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)


def open_main_window(paths: AppPaths, database_url: str | None) -> MainWindow | None:
    """Open the store and build the window, or explain calmly why not (returns None)."""
    try:
        store = open_store(paths, database_url)
    except StorageError as exc:
        log.warning("cannot open the data store: %s", exc.message)
        QMessageBox.critical(None, APP_NAME, exc.message)
        return None
    return MainWindow(AppSession.create(paths, store))


def _crash_handler(paths: AppPaths):  # type: ignore[no-untyped-def]
    def handle(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error", exc_info=(kind, value, tb))
        text = "".join(traceback.format_exception(kind, value, tb))
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            APP_NAME,
            QApplication.translate(
                "Crash",
                "Something went wrong inside the "
                "program. Your saved data is safe. The details "
                "are in the log: %1",
            ).replace("%1", str(paths.logs / "larsam.log")),
        )
        box.setDetailedText(text)
        box.exec()

    return handle


def run_gui(paths: AppPaths, database_url: str | None) -> int:
    app = ensure_application()
    sys.excepthook = _crash_handler(paths)
    window = open_main_window(paths, database_url)
    if window is None:
        return 1
    window.show()
    code = app.exec()
    window.session.close()
    return code
