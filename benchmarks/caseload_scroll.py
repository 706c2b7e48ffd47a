"""Caseload scrolling: the longest stretch the GUI thread is busy while scrolling a big store.

    python benchmarks/caseload_scroll.py [--learners 100000] [--keep-data DIR] [--steps 300]

A demo database is generated or reused from ``--keep-data`` (the folders of
``benchmarks/run.py``). In one process (QT_QPA_PLATFORM=offscreen) the caseload model is
shown in a 1200×800 table; the probe scrolls it as a coach does — page down, then jumps
with the scroll bar to random places — and times every synchronous stretch on the GUI
thread: each scroll with its repaint, and each turn of the event loop in which a page that
came from the lane is painted. Run twice: rows fetched on the background lane (the window)
and, for comparison, on the GUI thread (the model without a lane); then on the lane again
with a server that takes ``--slow-ms`` per page (a slow network).

* ``caseload.scroll.longest_db_wait``: the longest time the GUI thread spent getting rows
  (a fetch, or waiting for the lane) during one paint. Target ≤ 16.7 ms (one frame).
* ``caseload.scroll.longest_gui_stretch`` / ``p95_gui_stretch``: whole stretches, painting
  included (offscreen raster painting of the table dominates them), for information.
* the same names with ``.sync`` (no lane) and ``.slow`` (lane, slow server).

These are measurements, not tests; the figure depends on the machine's load.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from larsam_desktop.domain.caseload import CaseloadRow

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FRAME_MS = 1000 / 60


def _scroll(folder: Path, steps: int, lane: bool, slow_ms: int) -> tuple[list[float], float]:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QTableView

    from larsam_desktop.domain.caseload import CaseloadQuery
    from larsam_desktop.paths import AppPaths
    from larsam_desktop.services.caseload import CaseloadService
    from larsam_desktop.services.store import open_store
    from larsam_desktop.ui.models.caseload_model import COLUMNS, CaseloadTableModel
    from larsam_desktop.ui.workers import single_lane

    store = open_store(AppPaths(folder))
    try:
        service = CaseloadService(store.database)

        def rows(ids: Iterable[int]) -> dict[int, CaseloadRow]:
            time.sleep(slow_ms / 1000)
            return service.rows(ids)

        model = CaseloadTableModel(service.search, rows)
        if lane:
            model.set_fetcher(rows, single_lane("bench-caseload-rows"))
        model.set_query(CaseloadQuery())
        row_of = model._row  # every cell's row: cached, fetched, or waited for
        db_waits = [0.0]

        def timed_row(position: int) -> CaseloadRow | None:
            started = time.perf_counter()
            try:
                return row_of(position)
            finally:
                db_waits.append((time.perf_counter() - started) * 1000)

        model._row = timed_row  # type: ignore[method-assign]
        view = QTableView()
        view.setModel(model)
        for column, spec in COLUMNS.items():
            view.setColumnHidden(column, not spec.visible_by_default)
        view.resize(1200, 800)
        view.show()
        bar = view.verticalScrollBar()
        stretches: list[float] = []

        def timed(action: object) -> None:
            started = time.perf_counter()
            action()  # type: ignore[operator]
            stretches.append((time.perf_counter() - started) * 1000)

        def settle() -> None:
            deadline = time.perf_counter() + 15
            while model.loading and time.perf_counter() < deadline:
                timed(QCoreApplication.processEvents)
                time.sleep(0.001)
            timed(QCoreApplication.processEvents)

        settle()
        chance = random.Random(7)
        for step in range(steps):
            target = (
                min(bar.maximum(), bar.value() + bar.pageStep())
                if step % 3
                else chance.randrange(bar.maximum() + 1)
            )
            timed(lambda t=target: (bar.setValue(t), view.viewport().repaint()))
            settle()
        view.close()
        return stretches, max(db_waits)
    finally:
        store.database.dispose()


def _figures(
    stretches: list[float], db_wait: float, suffix: str, learners: int
) -> list[dict[str, object]]:
    p95 = statistics.quantiles(stretches, n=20)[-1]
    common = {"unit": "ms", "learners": learners, "samples": len(stretches)}
    return [
        {"name": f"caseload.scroll.longest_db_wait{suffix}", "value": round(db_wait, 2)}
        | {"target": round(FRAME_MS, 1)}
        | common,
        {"name": f"caseload.scroll.longest_gui_stretch{suffix}", "value": round(max(stretches), 2)}
        | common,
        {"name": f"caseload.scroll.p95_gui_stretch{suffix}", "value": round(p95, 2)} | common,
    ]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--learners", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep-data", type=Path, default=None)
    parser.add_argument("--steps", type=int, default=300)
    parser.add_argument("--slow-ms", type=int, default=200)
    args = parser.parse_args()

    from bench import datasets
    from PySide6.QtWidgets import QApplication

    root = args.keep_data or Path(os.environ.get("TMPDIR", "/tmp")) / "larsam-bench"
    folder, _generated = datasets.prepare(root, args.learners, args.seed)
    app = QApplication.instance() or QApplication([])
    runs = ((True, 0, "", args.steps), (False, 0, ".sync", args.steps))
    runs += ((True, args.slow_ms, ".slow", max(10, args.steps // 5)),)
    for lane, slow_ms, suffix, steps in runs:
        stretches, db_wait = _scroll(folder, steps, lane, slow_ms)
        for figure in _figures(stretches, db_wait, suffix, args.learners):
            print(json.dumps(figure, ensure_ascii=False))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
