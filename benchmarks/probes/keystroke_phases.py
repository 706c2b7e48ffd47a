"""Where a keystroke's GUI-thread CPU goes: search, model reset, labels, the repaint.

    cd benchmarks && QT_QPA_PLATFORM=offscreen python -m probes.keystroke_phases \
        --data-dir COPY_OF_A_FOLDER [--rounds 2] [--size 1366x728]

Starts the app as ``interaction`` does, waits for the index, sizes the window (the first
window's size on a laptop screen by default), then types the interaction probe's words key
by key and backspaces them away. For every step it reports, in **thread CPU time of the
GUI thread** (``time.thread_time()``, which the machine's load inflates far less than the
wall clock) and in wall-clock time:

* ``search``: inside the model's searcher;
* ``reset``: the rest of ``CaseloadTableModel.set_query`` (the model's reset and what the
  view does on it, the ``result_changed`` handlers: labels, the count in the status line);
* ``table_paint``: the table's ``paintEvent`` (the viewport's cells), with the number of
  ``data()`` calls by role and the cells asked for their text;
* ``total``: from the key event sent to the table's repaint done (the same end as the
  interaction probe's ``painted_ms``), so ``total - search - reset - table_paint`` is the
  rest (other widgets' paints, the backing store's flush, event dispatch).

One JSON line per step (``step``) and a summary (``summary``); measurements, not tests.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
import traceback
from collections import Counter, defaultdict
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTableView

from larsam_desktop.domain.caseload import CaseloadQuery
from larsam_desktop.ui.models.caseload_model import CaseloadTableModel
from larsam_desktop.ui.models.row_pages import BackgroundPages
from larsam_desktop.ui.pages.caseload_page import CaseloadPage
from larsam_desktop.ui.pages.caseload_table import CaseloadTable
from probes.common import PaintWatcher, emit, leave, pause, wait_until
from probes.hooks import on_caseload_page, run_app
from probes.interaction import INDEX_TIMEOUT_S, PAUSE_MS, WORDS, type_char


class Clock:
    """Thread CPU and wall time accumulated per phase for the current step."""

    def __init__(self) -> None:
        self.cpu: defaultdict[str, float] = defaultdict(float)
        self.wall: defaultdict[str, float] = defaultdict(float)
        self.roles: Counter[int] = Counter()
        self.paint_done = 0

    def timed(self, phase: str, call: Callable[[], Any]) -> Any:
        cpu, wall = time.thread_time(), time.perf_counter()
        try:
            return call()
        finally:
            self.cpu[phase] += (time.thread_time() - cpu) * 1000
            self.wall[phase] += (time.perf_counter() - wall) * 1000

    def reset(self) -> None:
        self.cpu.clear()
        self.wall.clear()
        self.roles.clear()


CLOCK = Clock()


def instrument() -> None:
    """Wrap the searcher, set_query, data() and the table's paintEvent (before any exist)."""
    original_set_searcher = CaseloadTableModel.set_searcher
    original_set_query = CaseloadTableModel.set_query
    original_data = CaseloadTableModel.data

    def set_searcher(model: CaseloadTableModel, searcher: Callable[[CaseloadQuery], Any]) -> None:
        original_set_searcher(model, lambda query: CLOCK.timed("search", lambda: searcher(query)))

    def set_query(model: CaseloadTableModel, query: CaseloadQuery) -> None:
        CLOCK.timed("set_query", lambda: original_set_query(model, query))

    def data(model: CaseloadTableModel, index: Any, role: int = 0) -> Any:
        CLOCK.roles[int(role)] += 1
        return original_data(model, index, role)

    original_paint = getattr(CaseloadTable, "paintEvent", QTableView.paintEvent)

    def paint_event(table: CaseloadTable, event: Any) -> None:
        CLOCK.timed("table_paint", lambda: original_paint(table, event))
        CLOCK.paint_done += 1

    original_request = BackgroundPages.request

    def request(pages: BackgroundPages[Any], key: Any, ids: list[int]) -> Any:
        rows = CLOCK.timed("row_fetch", lambda: original_request(pages, key, ids))
        CLOCK.roles[-1 if rows is None else -2] += 1  # -1: a page left on its way
        return rows

    from larsam_desktop.ui.models import caseload_model
    from larsam_desktop.ui.models.row_pages import placeholder as row_pages_placeholder

    original_placeholder = row_pages_placeholder

    def placeholder(role: int, first_column: bool) -> str | None:
        CLOCK.roles[-3] += 1  # a cell painted as "…": its row was not there yet
        return original_placeholder(role, first_column)

    caseload_model.placeholder = placeholder
    gc_started = [0.0]

    def on_gc(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            gc_started[0] = time.perf_counter()
        else:
            CLOCK.wall["gc"] += (time.perf_counter() - gc_started[0]) * 1000

    gc.callbacks.append(on_gc)
    BackgroundPages.request = request
    CaseloadTableModel.set_searcher = set_searcher
    CaseloadTableModel.set_query = set_query
    CaseloadTableModel.data = data
    CaseloadTable.paintEvent = paint_event


def step(page: CaseloadPage, action: Callable[[], None], text: str) -> dict[str, Any]:
    CLOCK.reset()
    done = CLOCK.paint_done
    cpu, wall = time.thread_time(), time.perf_counter()
    action()
    if not wait_until(lambda: CLOCK.paint_done > done, 30):
        raise TimeoutError("no repaint")
    total_cpu = (time.thread_time() - cpu) * 1000
    total_wall = (time.perf_counter() - wall) * 1000
    roles = dict(CLOCK.roles)
    cpu_phases = dict(CLOCK.cpu)
    wall_phases = dict(CLOCK.wall)
    cpu_phases["reset"] = cpu_phases.get("set_query", 0.0) - cpu_phases.get("search", 0.0)
    wall_phases["reset"] = wall_phases.get("set_query", 0.0) - wall_phases.get("search", 0.0)
    pause(PAUSE_MS)
    return {
        "text": text,
        "rows": page.model.rowCount(),
        "total_cpu": total_cpu,
        "total_wall": total_wall,
        "cpu": cpu_phases,
        "wall": wall_phases,
        "roles": roles,
        "paints": CLOCK.paint_done - done,
    }


def measure(page: CaseloadPage, rounds: int, size: tuple[int, int]) -> None:
    if not wait_until(lambda: page.index_ready, INDEX_TIMEOUT_S):
        raise TimeoutError("the caseload index did not load")
    if not wait_until(
        lambda: page.model.rowCount() > 0 and getattr(page.window(), "has_session", True),
        INDEX_TIMEOUT_S,
    ):
        raise TimeoutError("the caseload shows no learners")
    window = page.window()
    window.resize(*size)
    pages = getattr(window, "pages", None)
    if pages is not None:
        pages.setCurrentWidget(page)
    window.activateWindow()
    page.search.setFocus()
    pause(500)
    PaintWatcher(page.table.viewport())
    viewport = page.table.viewport()
    emit(
        "view",
        window=[window.width(), window.height()],
        viewport=[viewport.width(), viewport.height()],
        row_height=page.table.verticalHeader().defaultSectionSize(),
        columns=len(page.visible_columns()),
    )
    samples: list[dict[str, Any]] = []
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    for _ in range(rounds):
        for word in WORDS:
            for end, char in enumerate(word, start=1):
                samples.append(step(page, partial(type_char, page.search, char), word[:end]))
                emit("step", **samples[-1])
            for end in range(len(word) - 1, -1, -1):
                samples.append(
                    step(
                        page,
                        lambda: QTest.keyClick(page.search, Qt.Key.Key_Backspace),
                        word[:end],
                    )
                )
                emit("step", **samples[-1])

    def pct(values: list[float], p: float) -> float:
        values = sorted(values)
        return round(values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))], 2)

    summary: dict[str, Any] = {}
    for key in ("total_cpu", "total_wall"):
        values = [s[key] for s in samples]
        summary[key] = {"p50": pct(values, 50), "p95": pct(values, 95), "max": pct(values, 100)}
    for phase in ("search", "reset", "table_paint"):
        values = [s["cpu"].get(phase, 0.0) for s in samples]
        summary[f"cpu_{phase}"] = {"p50": pct(values, 50), "p95": pct(values, 95)}
    rest = [
        s["total_cpu"] - sum(s["cpu"].get(p, 0.0) for p in ("search", "reset", "table_paint"))
        for s in samples
    ]
    summary["cpu_rest"] = {"p50": pct(rest, 50), "p95": pct(rest, 95)}
    summary["data_calls_median"] = statistics.median(sum(s["roles"].values()) for s in samples)
    emit("summary", steps=len(samples), **summary)
    emit("done")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--size", default="1366x728", help="the window's size, WxH")
    args = parser.parse_args()
    width, height = (int(part) for part in args.size.split("x"))
    instrument()

    def start(page: CaseloadPage) -> None:
        def run() -> None:
            try:
                measure(page, args.rounds, (width, height))
            except BaseException:
                traceback.print_exc()
                leave(1)
            leave(0)

        QTimer.singleShot(0, run)

    on_caseload_page(start)
    return run_app(args.data_dir)


if __name__ == "__main__":
    leave(main())
