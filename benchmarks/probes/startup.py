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
import sys
from typing import Any

from PySide6.QtCore import QTimer

from larsam_desktop import app as app_module
from larsam_desktop.paths import AppPaths
from larsam_desktop.ui import application
from larsam_desktop.ui.main_window import MainWindow
from probes.common import PaintWatcher, emit, peak_rss_mb

INDEX_POLL_MS = 5


def watch(window: MainWindow) -> None:
    page = window.caseload
    state = {"reported": False}

    def on_paint() -> None:
        if not state["reported"] and page.model.rowCount() > 0:
            state["reported"] = True
            QTimer.singleShot(0, painted)

    def painted() -> None:
        emit("painted", rows=page.model.rowCount(), rss_mb=peak_rss_mb())
        poll.start()

    def check_index() -> None:
        if page.index_ready:
            poll.stop()
            emit("index_ready", rss_mb=peak_rss_mb())
            emit("done")
            window.close()

    # Polled only after the first paint, so it cannot disturb the start-up being measured.
    poll = QTimer(window)
    poll.setInterval(INDEX_POLL_MS)
    poll.timeout.connect(check_index)
    window._benchmark_paint_watcher = PaintWatcher(page.table.viewport(), on_paint)  # type: ignore[attr-defined]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", required=True)
    args = parser.parse_args()
    original = application.open_main_window

    def open_and_watch(paths: AppPaths, database_url: str | None) -> Any:
        window = original(paths, database_url)
        if window is not None:
            watch(window)
        return window

    application.open_main_window = open_and_watch
    code: int = app_module.main(["--data-dir", args.data_dir])
    return code


if __name__ == "__main__":
    sys.exit(main())
