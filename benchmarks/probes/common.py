"""What every probe needs: reporting to the parent, watching paints, waiting on Qt events.

Qt only: the bare-window probe uses this too, so nothing here imports the app.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget

# The window size MainWindow uses when it has no saved geometry; the bare window matches it.
WINDOW_SIZE = (1180, 720)


def emit(event: str, **fields: object) -> None:
    """One JSON line on stdout; the parent stamps the time it arrives."""
    print(json.dumps({"event": event, **fields}), flush=True)


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_ms() -> float:
    """CPU time of this process so far (all its threads), which load inflates far less
    than the wall clock."""
    return round(time.process_time() * 1000, 1)


def current_rss_mb() -> float | None:
    """Resident set size now (Linux only; None elsewhere)."""
    try:
        resident_pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return None
    return resident_pages * os.sysconf("SC_PAGE_SIZE") / 2**20


class PaintWatcher(QObject):
    """Counts the paint events a widget receives; optionally calls back on each one.

    The callback runs *before* the widget paints; use ``QTimer.singleShot(0, ...)`` there to
    act once the paint (and the flush of the window's backing store) is done.
    """

    def __init__(self, widget: QWidget, on_paint: Callable[[], None] | None = None) -> None:
        super().__init__(widget)
        self.count = 0
        self._on_paint = on_paint
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
            if self._on_paint is not None:
                self._on_paint()
        return False


def wait_until(condition: Callable[[], bool], timeout_s: float) -> bool:
    """Process events until ``condition()`` holds; False on timeout.

    Sleeps in the event loop between events (no busy loop competing for the GIL with
    background threads); a slow guard timer wakes it to check the deadline.
    """
    deadline = time.perf_counter() + timeout_s
    guard = QTimer()
    guard.setInterval(100)
    guard.start()
    try:
        while not condition():
            if time.perf_counter() > deadline:
                return False
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        return True
    finally:
        guard.stop()


def pause(ms: int) -> None:
    """Keep processing events for ``ms`` (an idle user), sleeping between events."""
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.start(ms)
    wait_until(lambda: not timer.isActive(), ms / 1000 + 1)


def leave(code: int) -> NoReturn:
    """Exit now, skipping interpreter finalization.

    PySide6 6.12.0 on CPython 3.11 under-counts references to None/True/False (void methods
    and Signal.emit return them without a new reference), which can abort the final garbage
    collection. Everything is reported by then.
    """
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
