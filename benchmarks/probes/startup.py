"""Start the real app and report its first painted caseload, then the loaded search index.

Runs ``larsam_desktop.app.main(["--data-dir", DIR])`` — the same path as the console script:
arguments, logging, QApplication, opening the store, the main window, ``app.exec()``. The
only hook wraps ``open_main_window`` to install a paint filter on the caseload table's
viewport before the window is shown. The parent times from spawning this process until
the ``painted`` line arrives (first paint with rows on it) and until ``index_ready``.
Then the window is closed as a user would close it (its UI state is saved).
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from PySide6.QtCore import QTimer

from larsam_desktop import app as app_module
from larsam_desktop.paths import AppPaths
from larsam_desktop.ui import application
from larsam_desktop.ui.main_window import MainWindow
from probes.common import PaintWatcher, emit, peak_rss_mb

INDEX_POLL_MS = 5


class StartupReporter:
    """Reports the first paint of the caseload table with rows, then the loaded index."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._page = window.caseload
        self._reported = False
        # Polled only after the first paint, so it cannot disturb the start-up measured.
        self._poll = QTimer(window)
        self._poll.setInterval(INDEX_POLL_MS)
        self._poll.timeout.connect(self._check_index)
        self._watcher = PaintWatcher(self._page.table.viewport(), self._on_paint)

    def _on_paint(self) -> None:
        if not self._reported and self._page.model.rowCount() > 0:
            self._reported = True
            QTimer.singleShot(0, self._painted)  # once this paint is done and flushed

    def _painted(self) -> None:
        emit("painted", rows=self._page.model.rowCount(), rss_mb=peak_rss_mb())
        self._poll.start()

    def _check_index(self) -> None:
        if self._page.index_ready:
            self._poll.stop()
            emit("index_ready", rss_mb=peak_rss_mb())
            emit("done")
            self._window.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", required=True)
    args = parser.parse_args()
    original = application.open_main_window
    reporters: list[StartupReporter] = []

    def open_and_watch(paths: AppPaths, database_url: str | None) -> Any:
        window = original(paths, database_url)
        if window is not None:
            reporters.append(StartupReporter(window))
        return window

    application.open_main_window = open_and_watch
    code: int = app_module.main(["--data-dir", args.data_dir])
    return code


if __name__ == "__main__":
    exit_code = main()
    # Everything is reported. PySide6 6.12.0 on CPython 3.11 under-counts references to
    # None/True/False, which can abort the interpreter's final garbage collection.
    sys.stdout.flush()
    os._exit(exit_code)
