"""Search keystrokes, header sorts, index load time and peak RSS, in one app process.

Opens the main window on the data folder (offscreen), then:

* ``--searcher index`` (the normal case): times from ``show()`` until the in-memory index is
  ready, types the words below one key event at a time and backspaces them away, clicks every
  sortable header, and reports the peak RSS at the end.
* ``--searcher sql``: keeps the page on its SQL search (the index load is skipped) and types
  the same words: what a user gets while the index is still loading.

A keystroke is timed from sending the key event to the line edit until the model has emitted
``result_changed`` (the search ran and the model was reset) — ``result_ms`` — and until the
table's viewport has painted the new result — ``painted_ms``. A sort is timed the same way
from the header click. Raw samples go to the parent, which computes the figures.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from larsam_desktop.domain.caseload import CaseloadQuery
from larsam_desktop.paths import AppPaths
from larsam_desktop.ui.application import ensure_application, open_main_window
from larsam_desktop.ui.models.caseload_model import COLUMNS, CaseloadTableModel, Column
from larsam_desktop.ui.pages.caseload_page import CaseloadPage
from probes.common import PaintWatcher, emit, peak_rss_mb, wait_until

# Typed as a coach would: common given names, a place prefix, a full name, a date fragment.
WORDS = ("anna", "öster", "ali hassan", "19900101")
STEP_TIMEOUT_S = 30.0


class SearchTimer:
    """Wraps whatever searcher the model is given, timing each call (the search alone)."""

    def __init__(self) -> None:
        self.last_ms = 0.0

    def install(self) -> None:
        original = CaseloadTableModel.set_searcher
        timer = self

        def set_searcher(model: CaseloadTableModel, searcher: Callable[..., list[int]]) -> None:
            def timed(query: CaseloadQuery) -> list[int]:
                started = time.perf_counter()
                try:
                    return searcher(query)
                finally:
                    timer.last_ms = (time.perf_counter() - started) * 1000

            original(model, timed)

        CaseloadTableModel.set_searcher = set_searcher  # type: ignore[method-assign]


class Stepper:
    """Times one user action until the model's new result is in and then painted."""

    def __init__(self, page: CaseloadPage, searches: SearchTimer) -> None:
        self._page = page
        self._searches = searches
        self._results = 0
        self._paints_at_result = 0
        self._paints = PaintWatcher(page.table.viewport())
        page.model.result_changed.connect(self._on_result)

    def _on_result(self, _shown: int) -> None:
        self._results += 1
        self._paints_at_result = self._paints.count

    def time(self, action: Callable[[], None]) -> dict[str, Any]:
        results = self._results
        started = time.perf_counter()
        action()
        if not wait_until(lambda: self._results > results, STEP_TIMEOUT_S):
            raise TimeoutError("no new result after the action")
        result_ms = (time.perf_counter() - started) * 1000
        if not wait_until(lambda: self._paints.count > self._paints_at_result, STEP_TIMEOUT_S):
            raise TimeoutError("the table did not repaint after the new result")
        painted_ms = (time.perf_counter() - started) * 1000
        return {
            "result_ms": result_ms,
            "painted_ms": painted_ms,
            "search_ms": self._searches.last_ms,
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
    search = page.search
    samples: list[dict[str, Any]] = []
    for _ in range(rounds):
        for word in WORDS:
            for position, char in enumerate(word):
                sample = stepper.time(lambda c=char: type_char(search, c))  # type: ignore[misc]
                samples.append({**sample, "key": char, "text": word[: position + 1]})
            for position in range(len(word), 0, -1):
                sample = stepper.time(lambda: QTest.keyClick(search, Qt.Key.Key_Backspace))
                samples.append({**sample, "key": "backspace", "text": word[: position - 1]})
    return samples


def sort_columns(page: CaseloadPage, stepper: Stepper) -> list[dict[str, Any]]:
    """Each sortable column three times: ascending, descending (both new), ascending (cached).

    Visible columns are clicked with the mouse; hidden ones (shown through the column menu)
    go through the handler a header click calls.
    """
    header = page.table.horizontalHeader()
    order = [c for c in Column if COLUMNS[c].sort is not None and c != Column.NAME]
    samples: list[dict[str, Any]] = []
    for column in [*order, Column.NAME]:
        for click in range(3):
            if page.table.isColumnHidden(column):
                via = "handler"

                def action(c: Column = column) -> None:
                    current = header.sortIndicatorOrder()
                    same = header.sortIndicatorSection() == c
                    flipped = (
                        Qt.SortOrder.DescendingOrder
                        if same and current == Qt.SortOrder.AscendingOrder
                        else Qt.SortOrder.AscendingOrder
                    )
                    header.setSortIndicator(c, flipped)
                    page._header_clicked(c)
            else:
                via = "click"

                def action(c: Column = column) -> None:
                    x = header.sectionViewportPosition(c) + header.sectionSize(c) // 2
                    point = QPoint(x, header.height() // 2)
                    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=point)

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


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--searcher", choices=("index", "sql"), default="index")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    searches = SearchTimer()
    searches.install()
    if args.searcher == "sql":
        CaseloadPage._start_index_load = lambda self: None  # type: ignore[method-assign]
    app: QApplication = ensure_application()
    window = open_main_window(AppPaths(Path(args.data_dir)), None)
    if window is None:
        return 1
    page = window.caseload
    shown = time.perf_counter()
    window.show()
    if args.searcher == "index":
        if not wait_until(lambda: page.index_ready, 120):
            raise TimeoutError("the caseload index did not load")
        emit("index_loaded", ms=(time.perf_counter() - shown) * 1000, rss_mb=peak_rss_mb())
    window.activateWindow()
    page.search.setFocus()
    app.processEvents()
    stepper = Stepper(page, searches)
    samples = type_words(page, stepper, args.rounds)
    emit("keystrokes", index_ready=page.index_ready, samples=samples)
    if args.searcher == "index":
        emit("sorts", samples=sort_columns(page, stepper))
    emit("rss", peak_mb=peak_rss_mb(), rows=page.model.rowCount())
    emit("done")
    window.session.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
