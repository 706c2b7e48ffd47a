from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from store_templates import seed_sqlite

from larsam_desktop.paths import AppPaths
from larsam_desktop.services.store import open_store
from larsam_desktop.ui.application import ensure_application
from larsam_desktop.ui.main_window import MainWindow
from larsam_desktop.ui.session import AppSession
from larsam_desktop.ui.text import EnglishPlurals


@pytest.fixture(autouse=True)
def english_plurals(qapp: QApplication) -> None:
    """As ``install_translations`` does for the program: "%n learner(s)" reads as English."""
    if not any(isinstance(t, EnglishPlurals) for t in qapp.findChildren(QTranslator)):
        qapp.installTranslator(EnglishPlurals(qapp))


@pytest.fixture
def make_window(qtbot: QtBot) -> Iterator[object]:
    """Open a main window on a data folder, as the app does at start."""
    windows: list[MainWindow] = []

    def make(paths: AppPaths) -> MainWindow:
        ensure_application()
        seed_sqlite(paths)  # a new folder gets the template database (tests/store_templates.py)
        window = MainWindow.for_session(AppSession.create(paths, open_store(paths)))
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        with qtbot.waitActive(window):
            window.activateWindow()
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.isVisible():
            window.close()
        if window.has_session:
            window.session.close()


MODAL_PATIENCE_S = 15.0  # a modal dialog nobody answers for this long would block the suite


@pytest.fixture(autouse=True)
def no_unanswered_modal(qapp: QApplication) -> Iterator[None]:
    """Fail fast instead of hanging when a test leaves a modal dialog open offscreen.

    A timer (timers run inside a dialog's own event loop too, also for the static
    ``QMessageBox`` functions) watches ``activeModalWidget``; one that stays open for
    ``MODAL_PATIENCE_S`` is closed and the test fails, naming it.
    """
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    # The modal widget seen last and since when. Held by reference, not by id(): a dialog
    # read and closed gives its id to the next one, which then seemed open all along.
    seen: list[Any] = [None, 0.0]
    blocked: list[str] = []

    def check() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not seen[0]:
            seen[:] = [modal, time.monotonic()]
            return
        if modal is None:
            return
        if time.monotonic() - seen[1] >= MODAL_PATIENCE_S:
            text = modal.text() if isinstance(modal, QMessageBox) else ""
            blocked.append(f"{type(modal).__name__} {modal.windowTitle()!r} {text!r}")
            if isinstance(modal, QDialog):
                modal.done(0)
            else:
                modal.close()

    timer = QTimer()
    timer.setInterval(250)
    timer.timeout.connect(check)
    timer.start()
    yield
    timer.stop()
    if blocked:
        pytest.fail(f"a modal dialog was left open and would block offscreen: {blocked}")
