"""Opening a learner from the caseload: from the request to the learner page painted.

Starts the app on the data folder as ``larsam-desktop --data-dir DIR`` does (offscreen),
waits until the caseload shows learners and its index is ready, then opens ``--learners``
learners spread over the caseload, one after another, the way a double-click does
(``MainWindow.open_learner``), and goes back to the caseload between them. Each opening is
timed from the call until the learner page has painted (``painted_ms``); the first one also
builds the page. Raw samples go to the parent.
"""

from __future__ import annotations

import argparse
import time
import traceback

from PySide6.QtCore import QTimer

from larsam_desktop.ui.pages.caseload_page import CaseloadPage
from probes.common import PaintWatcher, emit, leave, pause, peak_rss_mb, wait_until
from probes.hooks import on_caseload_page, run_app

TIMEOUT_S = 120.0
PAUSE_MS = 150


def measure(page: CaseloadPage, count: int) -> None:
    if not wait_until(lambda: page.index_ready and page.model.rowCount() > 0, TIMEOUT_S):
        raise TimeoutError("the caseload did not load")
    window = page.window()
    rows = page.model.rowCount()
    step = max(rows // count, 1)
    ids = [page.model.learner_id(min(i * step, rows - 1)) for i in range(count)]
    watcher: PaintWatcher | None = None
    samples = []
    for position, learner_id in enumerate(ids):
        before = 0 if watcher is None else watcher.count
        started = time.perf_counter()
        window.open_learner(learner_id)  # type: ignore[attr-defined]
        opened_ms = (time.perf_counter() - started) * 1000
        learner_page = window.learner_page  # type: ignore[attr-defined]
        if watcher is None:
            watcher = PaintWatcher(learner_page)
        if not wait_until(lambda w=watcher, b=before: w.count > b, 30):  # type: ignore[misc]
            raise TimeoutError("the learner page was not painted")
        painted_ms = (time.perf_counter() - started) * 1000
        samples.append(
            {"learner": position, "first": position == 0, "opened_ms": opened_ms,
             "painted_ms": painted_ms}
        )  # fmt: skip
        pause(PAUSE_MS)
        window.back_to_caseload()  # type: ignore[attr-defined]
        pause(PAUSE_MS)
    emit("openings", samples=samples, rows=rows, rss_mb=peak_rss_mb())
    emit("done")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--learners", type=int, default=21)
    args = parser.parse_args()

    def start(page: CaseloadPage) -> None:
        def run() -> None:
            try:
                measure(page, args.learners)
            except BaseException:
                traceback.print_exc()
                leave(1)
            leave(0)

        QTimer.singleShot(0, run)

    on_caseload_page(start)
    return run_app(args.data_dir)


if __name__ == "__main__":
    leave(main())
