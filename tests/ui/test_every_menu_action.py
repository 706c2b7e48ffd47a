"""Every menu action of the window triggered once on a demo store, every modal dialog it
opens answered "no"/closed at once: none of them may raise (pytest-qt fails the test on an
exception in a slot). The encrypt action reaches its passphrase question."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from opening import wait_opened
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from larsam_desktop.paths import AppPaths
from larsam_desktop.services.demo import DemoGenerator
from larsam_desktop.services.preferences import set_current_coach
from larsam_desktop.services.startup import MIN_PASSPHRASE
from larsam_desktop.services.store import open_store
from larsam_desktop.ui.main_window import MainWindow

MakeWindow = Callable[[AppPaths], MainWindow]
# Would end the run or replace the store under the test: triggered by their own tests.
LEFT_OUT = {"&Quit", "Try with &demo data…"}


def menu_actions(menu: QMenu, path: str = "") -> Iterator[tuple[str, QAction]]:
    """Every action of ``menu`` and its submenus, with its menu path."""
    for action in menu.actions():
        if action.isSeparator():
            continue
        where = f"{path} → {action.text()}" if path else action.text()
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield from menu_actions(sub, where)
        else:
            yield where, action


def all_actions(window: MainWindow) -> list[tuple[str, QAction]]:
    found: list[tuple[str, QAction]] = []
    for top in window.menuBar().actions():
        sub = top.menu()
        if isinstance(sub, QMenu):
            found.extend(menu_actions(sub, top.text()))
    return found


class ModalCloser:
    """Closes every modal widget that opens (a message box answered with its escape
    button, i.e. No/Cancel), naming each one."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self._timer = QTimer()
        self._timer.setInterval(30)
        self._timer.timeout.connect(self._close)
        self._timer.start()

    def _close(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            return
        text = modal.text() if isinstance(modal, QMessageBox) else ""
        self.seen.append(f"{type(modal).__name__}: {modal.windowTitle()} {text}")
        if isinstance(modal, QDialog):
            modal.reject()
        else:
            modal.close()

    def stop(self) -> None:
        self._timer.stop()


@pytest.fixture
def demo_folder(tmp_path: Path) -> AppPaths:
    paths = AppPaths(tmp_path / "data")
    store = open_store(paths)
    DemoGenerator(store.database).generate(25, seed=4)
    store.database.dispose()
    set_current_coach(paths, "Anna Berg")
    return paths


def settle(qtbot: QtBot, window: MainWindow) -> None:
    """Background reads come back before the next action."""
    for _ in range(5):
        QCoreApplication.processEvents()
    qtbot.wait(60)


def test_every_menu_action_runs_once_without_an_exception(
    qtbot: QtBot, demo_folder: AppPaths, make_window: MakeWindow
) -> None:
    window = make_window(demo_folder)
    window.open_learner(1)  # the actions about "this learner" find one
    wait_opened(window)
    actions = all_actions(window)
    assert len(actions) > 15
    closer = ModalCloser()
    triggered: list[str] = []
    try:
        for where, action in actions:
            if action.text() in LEFT_OUT or not action.isEnabled():
                continue
            if window.navigator.current_key != "learner":
                window.open_learner(1)
                wait_opened(window)
            action.trigger()
            triggered.append(where)
            settle(qtbot, window)
    finally:
        closer.stop()
    assert len(triggered) > 15, triggered
    assert any("Encrypt this database?" in seen for seen in closer.seen), closer.seen


def test_the_encrypt_action_asks_for_the_passphrase_without_crashing(
    qtbot: QtBot, demo_folder: AppPaths, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    window = make_window(demo_folder)
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )

    def get_text(parent: QWidget, title: str, label: str, *args: object) -> tuple[str, bool]:
        asked.append(label)
        return "", False  # the coach cancels at the passphrase

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    window.data_safety.encrypt_action.trigger()
    assert asked == [f"New passphrase (at least {MIN_PASSPHRASE} characters):"]
    assert window.data_safety.encrypt_task is None  # nothing was started
