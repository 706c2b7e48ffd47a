"""Every combo box in the window, on every page and in every dialog the menus open, has an
accessible name: a screen reader otherwise reads only its value ("Alla", "2380")."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from opening import wait_opened
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QMessageBox,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from test_every_menu_action import LEFT_OUT, all_actions

from larsam_desktop.paths import AppPaths
from larsam_desktop.services.demo import DemoGenerator
from larsam_desktop.services.preferences import set_current_coach
from larsam_desktop.services.store import open_store
from larsam_desktop.ui.main_window import MainWindow

MakeWindow = Callable[[AppPaths], MainWindow]


def unnamed_combos(root: QWidget, where: str) -> list[str]:
    found = []
    for combo in root.findChildren(QComboBox):
        if not combo.accessibleName().strip():
            found.append(
                f"{where}: {type(combo).__name__} {combo.objectName()!r} "
                f"(shows {combo.currentText()!r}, in {type(combo.parent()).__name__})"
            )
    return found


@pytest.fixture
def demo_folder(tmp_path: Path) -> AppPaths:
    paths = AppPaths(tmp_path / "data")
    store = open_store(paths)
    DemoGenerator(store.database).generate(25, seed=4)
    store.database.dispose()
    set_current_coach(paths, "Anna Berg")
    return paths


def test_every_combo_has_an_accessible_name(
    qtbot: QtBot, demo_folder: AppPaths, make_window: MakeWindow
) -> None:
    window = make_window(demo_folder)
    problems: list[str] = []
    for row in range(window.navigation.count()):
        window.navigator.show_row(row)
        QCoreApplication.processEvents()
    window.open_learner(1)
    wait_opened(window)
    for tabs in window.findChildren(QTabWidget):  # tabs may build their panels when shown
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            qtbot.wait(20)
    combos = window.findChildren(QComboBox)
    problems += unnamed_combos(window, "window")

    seen: list[str] = []

    def inspect() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            return
        if not isinstance(modal, QMessageBox | QFileDialog):  # Qt's own
            seen.append(modal.windowTitle())
            problems.extend(unnamed_combos(modal, modal.windowTitle()))
        if isinstance(modal, QDialog):
            modal.reject()
        else:
            modal.close()

    timer = QTimer()
    timer.setInterval(30)
    timer.timeout.connect(inspect)
    timer.start()
    try:
        for _where, action in all_actions(window):
            if action.text() in LEFT_OUT or not action.isEnabled():
                continue
            if window.navigator.current_key != "learner":
                window.open_learner(1)
                wait_opened(window)
            action.trigger()
            qtbot.wait(60)
        if window.learner_page is not None:  # the learner's own dialogs
            dialog = window.learner_page.services_dialog()
            qtbot.addWidget(dialog)
            problems += unnamed_combos(dialog, "services dialog")
            dialog.close()
    finally:
        timer.stop()
    assert len(seen) > 8, seen
    assert len(combos) > 10, [c.objectName() for c in combos]
    assert problems == [], "\n".join(problems)
