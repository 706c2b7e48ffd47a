"""Start-up self-test for installers: open the window, wait for the data store, quit.

Set ``LARSAM_QUIT_AFTER_START=1`` and start the program without a command: once the window
has painted and the store is open (checked, migrated), one line goes to stdout and the
program quits with exit code 0 (2 if the store has not opened within the time limit).
packaging/README.md uses it on a frozen build; tests/packaging runs it in CI.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QLocale, QObject, QTimer
from PySide6.QtWidgets import QApplication

from larsam_desktop.ui.main_window import MainWindow

QUIT_AFTER_START_ENV = "LARSAM_QUIT_AFTER_START"
READY_LINE = "larsam-desktop: window ready"
LIMIT_MS = 120_000


def requested() -> bool:
    return os.environ.get(QUIT_AFTER_START_ENV, "") not in ("", "0")


class QuitWhenReady(QObject):
    """Polls the window until its store is attached, then reports and quits."""

    def __init__(self, app: QApplication, window: MainWindow) -> None:
        super().__init__(app)
        self._app = app
        self._window = window
        self._waited_ms = 0
        self._timer = QTimer(self)
        self._timer.setInterval(50)
        self._timer.timeout.connect(self._check)
        self._timer.start()

    def _check(self) -> None:
        self._waited_ms += self._timer.interval()
        window = self._window
        if window.has_session and window.isVisible():
            self._timer.stop()
            menus = [action.text().replace("&", "") for action in window.menuBar().actions()]
            learners = window.session.learners.count()
            print(
                f"{READY_LINE}: locale {QLocale().name()}, {learners} learner(s), "
                f"menus {', '.join(menus)}",
                flush=True,
            )
            window.close()
            self._app.quit()
        elif self._waited_ms >= LIMIT_MS:
            self._timer.stop()
            print("larsam-desktop: the data store did not open in time", file=sys.stderr)
            self._app.exit(2)
