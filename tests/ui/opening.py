"""Waiting for the window's background reads in tests that drive it like a coach."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEventLoop

from larsam_desktop.ui.main_window import MainWindow


def wait_opened(window: MainWindow, timeout_s: float = 10.0) -> None:
    """Until the learner asked for (``open_learner``, Enter on a row) has been read and shown."""
    deadline = time.monotonic() + timeout_s
    while window.learners.opening:
        if time.monotonic() > deadline:
            raise AssertionError("the learner was not read within the timeout")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.002)
    QCoreApplication.processEvents()
