"""A second start on the same data folder raises the running window (QLocalServer beside
the lock) instead of opening a second one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from larsam_desktop.paths import AppPaths
from larsam_desktop.ui.instance_lock import InstanceLock, bring_forward, server_name


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: no window manager
def test_a_second_start_asks_the_running_window_forward(qtbot: QtBot, tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    paths.ensure()
    running = InstanceLock(paths)
    assert running.acquire()
    window = QWidget()
    qtbot.addWidget(window)
    window.showMinimized()
    raised: list[bool] = []

    def forward() -> None:
        bring_forward(window)
        raised.append(True)

    assert running.listen(forward)
    second = InstanceLock(paths)
    assert not second.acquire()
    assert second.ask_running_to_raise()
    qtbot.waitUntil(lambda: bool(raised))
    assert not window.isMinimized() and window.isVisible()
    running.release()
    assert not InstanceLock(paths).ask_running_to_raise()  # nobody listens any more


def test_folders_and_users_get_their_own_server_names(tmp_path: Path) -> None:
    first, other = AppPaths(tmp_path / "a"), AppPaths(tmp_path / "b")
    assert server_name(first) == server_name(AppPaths(tmp_path / "a"))
    assert server_name(first) != server_name(other)
    assert InstanceLock(first).listen(lambda: None) is False  # not held: never listens
