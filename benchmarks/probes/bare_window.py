"""The floor: a plain QMainWindow with a QTableView on an empty model, to its first paint.

Measured exactly like ``probes.startup``: the parent times from spawning this process until
the ``painted`` line arrives.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

from probes.common import WINDOW_SIZE, PaintWatcher, cpu_ms, emit, peak_rss_mb


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    table = QTableView(window)
    table.setModel(QStandardItemModel(0, 5, table))
    window.setCentralWidget(table)
    window.resize(*WINDOW_SIZE)

    def painted() -> None:
        emit("painted", rows=0, rss_mb=peak_rss_mb(), cpu_ms=cpu_ms())
        emit("done")
        window.close()

    def on_paint() -> None:
        if watcher.count == 1:
            QTimer.singleShot(0, painted)

    watcher = PaintWatcher(table.viewport(), on_paint)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
