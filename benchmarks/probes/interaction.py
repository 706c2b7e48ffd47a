"""Search keystrokes, header sorts, index load time and peak RSS, in one app process.

Starts the app on the data folder as ``larsam-desktop --data-dir DIR`` does (offscreen) and,
once its event loop runs with the window shown:

* ``--searcher index`` (the normal case): times from then until the in-memory index is
  ready, types the words below one key event at a time and backspaces them away, clicks every
  sortable header, and reports the peak RSS at the end.
* ``--searcher sql``: keeps the page on its SQL search (the index load is skipped) and types
  the same words: what a user gets while the index is still loading.

A step (keystroke or header click) is timed from sending the input event until the model
has emitted ``result_changed`` (the search ran, the model was reset): ``result_ms``; and
until the table's viewport has then painted the result: ``painted_ms``, the first paint
after the result in which every visible row was there (a row still on its way paints as
"…" and is painted again when its page arrives: that later paint ends the step;
``first_paint_ms`` is the first paint whatever it showed, the definition before
2026-12-08). Between steps the probe keeps
processing events for a typing pause, so trailing work (a second repaint, the status bar)
lands in the step that caused it, not in the next one. Raw samples go to the parent.
"""

from __future__ import annotations

import argparse
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from larsam_desktop.domain.caseload import CaseloadQuery
from larsam_desktop.ui.models.caseload_model import COLUMNS, CaseloadTableModel, Column
from larsam_desktop.ui.pages.caseload_page import CaseloadPage
from probes.common import (
    PaintWatcher,
    current_rss_mb,
    emit,
    leave,
    pause,
    peak_rss_mb,
    wait_until,
)
from probes.hooks import on_caseload_page, run_app

# Typed as a coach would: a common given name, a place prefix, a full name, a birth date.
WORDS = ("anna", "öster", "ali hassan", "19900101")
PAUSE_MS = 100  # between steps: ~10 keys a second, counting the latency itself
STEP_TIMEOUT_S = 30.0
INDEX_TIMEOUT_S = 120.0
Searcher = Callable[[CaseloadQuery], list[int]]


def time_searches() -> Callable[[], float]:
    """Wrap every searcher the model is given; returns a getter for the last search's ms."""
    original = CaseloadTableModel.set_searcher
    last = [0.0]

    def set_searcher(model: CaseloadTableModel, searcher: Searcher) -> None:
        def timed(query: CaseloadQuery) -> list[int]:
            started = time.perf_counter()
            try:
                return searcher(query)
            finally:
                last[0] = (time.perf_counter() - started) * 1000

        original(model, timed)

    CaseloadTableModel.set_searcher = set_searcher  # type: ignore[method-assign]
    return lambda: last[0]


class Stepper:
    """Times one user action until the model's new result is in and then painted."""

    def __init__(self, page: CaseloadPage, last_search_ms: Callable[[], float]) -> None:
        self._page = page
        self._last_search_ms = last_search_ms
        self._results = 0
        self._paints_at_result = 0
        self._paints_at_rows = 0  # paints counted when a page of rows last arrived
        self._paints = PaintWatcher(page.table.viewport())
        page.model.result_changed.connect(self._on_result)
        page.model.dataChanged.connect(self._on_rows)

    def _on_result(self, _shown: int) -> None:
        self._results += 1
        self._paints_at_result = self._paints.count

    def _on_rows(self, *_args: object) -> None:
        self._paints_at_rows = self._paints.count

    def _visible_rows_loaded(self) -> bool:
        table, model = self._page.table, self._page.model
        first = table.rowAt(0)
        if first < 0:
            return True  # no row in view
        last = table.rowAt(table.viewport().height() - 1)
        last = model.rowCount() - 1 if last < 0 else last
        return all(model.row_loaded(row) for row in range(first, last + 1))

    def _result_painted(self) -> bool:
        """A paint since the result and since the last page of rows arrived, showing every
        visible row (checked after the paint: events are processed before the check)."""
        after = max(self._paints_at_result, self._paints_at_rows)
        return self._paints.count > after and self._visible_rows_loaded()

    def time(self, action: Callable[[], None]) -> dict[str, Any]:
        results, paints = self._results, self._paints.count
        started = time.perf_counter()
        action()
        if not wait_until(lambda: self._results > results, STEP_TIMEOUT_S):
            raise TimeoutError("no new result after the action")
        result_ms = (time.perf_counter() - started) * 1000
        if not wait_until(lambda: self._paints.count > self._paints_at_result, STEP_TIMEOUT_S):
            raise TimeoutError("the table did not repaint after the new result")
        first_paint_ms = (time.perf_counter() - started) * 1000
        if not wait_until(self._result_painted, STEP_TIMEOUT_S):
            raise TimeoutError("the table never painted the result's visible rows")
        painted_ms = (time.perf_counter() - started) * 1000
        pause(PAUSE_MS)
        return {
            "result_ms": result_ms,
            "first_paint_ms": first_paint_ms,
            "painted_ms": painted_ms,
            "search_ms": self._last_search_ms(),
            "viewport_paints": self._paints.count - paints,
            "rows": self._page.model.rowCount(),
        }


def type_char(widget: QWidget, char: str) -> None:
    """A key press and release carrying ``char`` (QTest's key clicks accept ASCII only).

    For Latin-1 letters, digits and space, Qt's key code is the upper-case code point.
    """
    key = ord(char.upper())
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def type_words(page: CaseloadPage, stepper: Stepper, rounds: int) -> list[dict[str, Any]]:
    """Each word typed key by key, then backspaced to an empty box, ``rounds`` times."""
    search = page.search
    samples: list[dict[str, Any]] = []
    for _ in range(rounds):
        for word in WORDS:
            for end, char in enumerate(word, start=1):
                sample = stepper.time(lambda c=char: type_char(search, c))  # type: ignore[misc]
                samples.append({**sample, "key": char, "text": word[:end]})
            for end in range(len(word) - 1, -1, -1):
                sample = stepper.time(lambda: QTest.keyClick(search, Qt.Key.Key_Backspace))
                samples.append({**sample, "key": "backspace", "text": word[:end]})
    return samples


def header_action(page: CaseloadPage, column: Column) -> tuple[str, Callable[[], None]]:
    """A click on the column's header; for a hidden column, the handler the click calls."""
    header = page.table.horizontalHeader()
    if not page.table.isColumnHidden(column):

        def click() -> None:
            x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
            point = QPoint(x, header.height() // 2)
            QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=point)

        return "click", click

    def handler() -> None:
        # What QHeaderView does on a click: flip the indicator, then emit sectionClicked.
        same = header.sortIndicatorSection() == column
        ascending = header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
        order = Qt.SortOrder.DescendingOrder if same and ascending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(column, order)
        page._header_clicked(column)

    return "handler", handler


def sort_columns(page: CaseloadPage, stepper: Stepper) -> list[dict[str, Any]]:
    """Every sortable column three times: ascending and descending (both new to the index's
    order cache), then ascending again (cached). Name comes last (it starts sorted by name)."""
    columns = [c for c in Column if COLUMNS[c].sort is not None and c != Column.NAME]
    samples: list[dict[str, Any]] = []
    for column in [*columns, Column.NAME]:
        via, action = header_action(page, column)
        for click in range(3):
            sample = stepper.time(action)
            query = page.model.query
            samples.append(
                {
                    **sample,
                    "column": query.sort.value,
                    "descending": query.descending,
                    "first": click < 2,
                    "via": via,
                }
            )
    return samples


def measure(
    page: CaseloadPage, searcher: str, rounds: int, last_search_ms: Callable[[], float]
) -> None:
    """The whole measurement, run from the app's event loop once the window is up."""
    started = time.perf_counter()
    if searcher == "index":
        if not wait_until(lambda: page.index_ready, INDEX_TIMEOUT_S):
            raise TimeoutError("the caseload index did not load")
        emit(
            "index_loaded",
            ms=(time.perf_counter() - started) * 1000,
            rss_mb=peak_rss_mb(),
            current_rss_mb=current_rss_mb(),
        )
    if not wait_until(
        # Rows alone may be the first screen, painted before the store (and SQL) is open;
        # the index may be in before it too (read early from its snapshot). Typing starts
        # once the store is open: opening it may show another page (Today) at that moment.
        lambda: page.model.rowCount() > 0 and getattr(page.window(), "has_session", True),
        INDEX_TIMEOUT_S,
    ):
        raise TimeoutError("the caseload shows no learners")
    window = page.window()
    pages = getattr(window, "pages", None)
    if pages is not None:  # the window may open on another page (Today): the caseload is typed
        pages.setCurrentWidget(page)
    window.activateWindow()
    page.search.setFocus()
    pause(PAUSE_MS)
    stepper = Stepper(page, last_search_ms)
    samples = type_words(page, stepper, rounds)
    emit("keystrokes", index_ready=page.index_ready, samples=samples)
    if searcher == "index":
        emit("sorts", samples=sort_columns(page, stepper))
    emit("rss", peak_mb=peak_rss_mb(), current_mb=current_rss_mb())
    emit("done")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--searcher", choices=("index", "sql"), default="index")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    last_search_ms = time_searches()
    if args.searcher == "sql":
        CaseloadPage._start_index_load = lambda self, *_a, **_k: None  # type: ignore[method-assign]
        CaseloadPage._read_index_early = lambda self, *_a, **_k: None  # type: ignore[method-assign]

    def start(page: CaseloadPage) -> None:
        def run() -> None:
            try:
                measure(page, args.searcher, args.rounds, last_search_ms)
            except BaseException:
                traceback.print_exc()
                leave(1)
            leave(0)

        QTimer.singleShot(0, run)  # runs once app.exec() has started: the window is shown

    on_caseload_page(start)
    return run_app(args.data_dir)


if __name__ == "__main__":
    leave(main())
