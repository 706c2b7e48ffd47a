"""Leave at the first paint: for counting the instructions a start costs (callgrind).

    valgrind --tool=callgrind --callgrind-out-file=/tmp/app.cg \\
        python -m probes.paint_exit --data-dir DIR        # the app, as the console script
    valgrind --tool=callgrind --callgrind-out-file=/tmp/bare.cg \\
        python -m probes.paint_exit --bare                # the bare window (the floor)

Run from ``benchmarks/`` with ``QT_QPA_PLATFORM=offscreen`` and bytecode cached
(``PYTHONPYCACHEPREFIX``, no ``PYTHONDONTWRITEBYTECODE``). The process leaves inside the
caseload viewport's first paint event with rows (the bare window's: its table's first paint
event), so what the paint waited for is counted and nothing started after it. An
instruction count does not depend on the machine's load as wall and CPU time do (valgrind
runs the threads one at a time, so a thread started before the paint counts in full). The
app's 1 s fallback for "after the first paint" is pushed out of reach: under valgrind a
start is ~50 times slower and the fallback would fire before the paint.
"""

from __future__ import annotations

import argparse
import importlib.abc
import importlib.util
import os
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from probes.common import WINDOW_SIZE  # both windows load what the benchmark's probes load

LEAVE_AT_ONCE = 0


class LeaveAtPaint(QObject):
    def __init__(self, viewport: QWidget, has_rows: object) -> None:
        super().__init__(viewport)
        self._has_rows = has_rows
        viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and callable(self._has_rows) and self._has_rows():
            sys.stdout.flush()
            os._exit(LEAVE_AT_ONCE)
        return False


def bare() -> int:
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    table = QTableView(window)
    table.setModel(QStandardItemModel(0, 5, table))
    window.setCentralWidget(table)
    window.resize(*WINDOW_SIZE)
    LeaveAtPaint(table.viewport(), lambda: True)
    window.show()
    return app.exec()


class NoFallback(importlib.abc.MetaPathFinder):
    """Sets ``_AfterFirstPaint.FALLBACK_MS`` out of reach once ``ui.application`` is loaded
    where the app loads it (importing it here first would change what runs when)."""

    NAME = "larsam_desktop.ui.application"

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname != self.NAME:
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(fullname)
        assert spec is not None and isinstance(spec.loader, importlib.abc.Loader)
        loader, original = spec.loader, spec.loader.exec_module

        def exec_module(module: ModuleType) -> None:
            original(module)
            module._AfterFirstPaint.FALLBACK_MS = 10**8

        loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def app(data_dir: str) -> int:
    from larsam_desktop.ui.pages.caseload_page import CaseloadPage
    from probes.hooks import on_caseload_page, run_app

    sys.meta_path.insert(0, NoFallback())
    watchers: list[LeaveAtPaint] = []

    def watch(page: CaseloadPage) -> None:
        watchers.append(LeaveAtPaint(page.table.viewport(), lambda: page.model.rowCount() > 0))

    on_caseload_page(watch)
    return run_app(data_dir)


def main() -> int:
    parser = argparse.ArgumentParser()
    choice = parser.add_mutually_exclusive_group(required=True)
    choice.add_argument("--data-dir")
    choice.add_argument("--bare", action="store_true")
    args = parser.parse_args()
    return bare() if args.bare else app(args.data_dir)


if __name__ == "__main__":
    sys.exit(main())
