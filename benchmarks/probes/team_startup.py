"""Start the real app against a team server and report the first painted caseload.

As ``probes.startup``, but on a server the first screen is read with psycopg
(``storage/server_first_screen.py``) and the Today page is the start page once the store
is open: so as soon as the caseload has rows the probe shows the caseload page (what a
coach's click on "Caseload" does) and reports its first paint with rows, then the loaded
search index.
"""

from __future__ import annotations

import argparse

from PySide6.QtCore import QTimer

from larsam_desktop.ui.main_window import MainWindow
from larsam_desktop.ui.pages.caseload_page import CaseloadPage
from probes.common import PaintWatcher, cpu_ms, emit, leave, peak_rss_mb
from probes.hooks import on_caseload_page, run_app

POLL_MS = 5
PAINTED_ONLY: list[bool] = []  # --until-painted: done at the first paint


class TeamStartupReporter:
    def __init__(self, page: CaseloadPage) -> None:
        self._page = page
        self._painted = False
        self._poll = QTimer(page)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check)
        self._watcher = PaintWatcher(page.table.viewport(), self._on_paint)
        self._poll.start()

    def _check(self) -> None:
        if not self._painted and self._page.model.rowCount() > 0:
            window = self._page.window()
            if isinstance(window, MainWindow) and window.navigator.current_key != "caseload":
                window.navigator.show("caseload")
        if self._painted and self._page.index_ready:
            self._poll.stop()
            emit("index_ready", rss_mb=peak_rss_mb())
            emit("done")
            self._page.window().close()

    def _on_paint(self) -> None:
        if not self._painted and self._page.model.rowCount() > 0:
            self._painted = True
            QTimer.singleShot(0, self._report_paint)

    def _report_paint(self) -> None:
        rows = self._page.model.rowCount()
        emit("painted", rows=rows, rss_mb=peak_rss_mb(), cpu_ms=cpu_ms())
        if PAINTED_ONLY:
            emit("done")
            leave(0)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", required=True)
    parser.add_argument(
        "--until-painted", action="store_true", help="leave at the first paint (no index)"
    )
    args = parser.parse_args()
    if args.until_painted:
        PAINTED_ONLY.append(True)
    reporters: list[TeamStartupReporter] = []
    on_caseload_page(lambda page: reporters.append(TeamStartupReporter(page)))
    return run_app(args.data_dir)


if __name__ == "__main__":
    leave(main())
