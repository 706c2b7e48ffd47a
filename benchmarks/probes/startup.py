"""Start the real app and report its first painted caseload, then the loaded search index.

Runs ``larsam_desktop.app.main(["--data-dir", DIR])``, the console script's path: arguments,
logging, QApplication, the store, the main window, ``app.exec()``. The only hook installs
a paint filter on the caseload table's viewport when the caseload page is built. The
parent times from spawning this process until the ``painted`` line arrives (the first
paint with rows on it) and until ``index_ready``. Then the window is closed as a user
would close it (its UI state is saved).
"""

from __future__ import annotations

import argparse

from PySide6.QtCore import QTimer

from larsam_desktop.ui.pages.caseload_page import CaseloadPage
from probes.common import PaintWatcher, cpu_ms, emit, leave, peak_rss_mb
from probes.hooks import on_caseload_page, run_app

INDEX_POLL_MS = 5
PAINTED_ONLY: list[bool] = []  # --until-painted: done at the first paint


class StartupReporter:
    """Reports the first paint of the caseload table with rows, then the loaded index."""

    def __init__(self, page: CaseloadPage) -> None:
        self._page = page
        self._reported = False
        # Polled only after the first paint, so it cannot disturb the start-up measured.
        self._poll = QTimer(page)
        self._poll.setInterval(INDEX_POLL_MS)
        self._poll.timeout.connect(self._check_index)
        self._watcher = PaintWatcher(page.table.viewport(), self._on_paint)

    def _on_paint(self) -> None:
        if not self._reported and self._page.model.rowCount() > 0:
            self._reported = True
            QTimer.singleShot(0, self._painted)  # once this paint is done and flushed

    def _painted(self) -> None:
        rows = self._page.model.rowCount()
        emit("painted", rows=rows, rss_mb=peak_rss_mb(), cpu_ms=cpu_ms())
        if PAINTED_ONLY:
            emit("done")
            leave(0)
        self._poll.start()

    def _check_index(self) -> None:
        if self._page.index_ready:
            self._poll.stop()
            emit("index_ready", rss_mb=peak_rss_mb())
            emit("done")
            self._page.window().close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", required=True)
    parser.add_argument(
        "--until-painted", action="store_true", help="leave at the first paint (no index)"
    )
    args = parser.parse_args()
    if args.until_painted:
        PAINTED_ONLY.append(True)
    reporters: list[StartupReporter] = []
    on_caseload_page(lambda page: reporters.append(StartupReporter(page)))
    return run_app(args.data_dir)


if __name__ == "__main__":
    leave(main())
