"""Background work: run a function on a worker thread, results back on the GUI thread.

Long work (demo data, later imports, exports, batch PDFs) must never block the window.
The function receives a ``TaskControl`` to report progress and to see a cancel request;
callbacks run on the GUI thread through queued signals.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class TaskControl:
    """Handed to the background function: progress reporting and cancellation."""

    def __init__(self, signals: _TaskSignals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def progress(self, done: int, total: int) -> None:
        self._signals.progress.emit(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _TaskSignals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(
        self, function: Callable[[TaskControl], Any], signals: _TaskSignals, control: TaskControl
    ) -> None:
        super().__init__()
        self._function = function
        self._signals = signals
        self._control = control

    def run(self) -> None:
        try:
            result = self._function(self._control)
        except BaseException as exc:  # handed to the GUI thread, never swallowed
            self._emit(self._signals.failed, exc)
        else:
            self._emit(self._signals.succeeded, result)

    def _emit(self, signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:
            # The window that asked for the work closed meanwhile: nobody to tell.
            log.info("background task finished after its receiver was deleted")


class BackgroundTask:
    """A running task. It keeps itself alive until it has reported: the Python wrappers of
    its QRunnable and signals must outlive the worker thread, whoever drops the handle."""

    _running: ClassVar[set[BackgroundTask]] = set()

    def __init__(
        self,
        function: Callable[[TaskControl], Any],
        *,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None] | None = None,
        pool: QThreadPool | None = None,
    ) -> None:
        self.signals = _TaskSignals()
        self.control = TaskControl(self.signals)
        self.signals.succeeded.connect(on_success)
        self.signals.failed.connect(on_failure)
        self.signals.succeeded.connect(self._finished)
        self.signals.failed.connect(self._finished)
        BackgroundTask._running.add(self)
        if on_progress is not None:
            self.signals.progress.connect(on_progress)
        self._runnable = _Runnable(function, self.signals, self.control)
        (pool or QThreadPool.globalInstance()).start(self._runnable)

    def cancel(self) -> None:
        self.control.cancel()

    def _finished(self, _result: object) -> None:
        BackgroundTask._running.discard(self)

    @classmethod
    def running_count(cls) -> int:
        return len(cls._running)


_lanes: dict[str, QThreadPool] = {}


def single_lane(name: str) -> QThreadPool:
    """One worker thread under ``name``, kept alive: tasks on it run one at a time in the
    order started (a learner's saves, as typed), and none waits for a new thread (~3 ms)."""
    lane = _lanes.get(name)
    if lane is None:
        lane = _lanes[name] = QThreadPool()
        lane.setObjectName(name)
        lane.setMaxThreadCount(1)
        lane.setExpiryTimeout(-1)
    return lane


def settle(timeout_ms: int = 10_000) -> bool:
    """Cancel every running task and wait (at most ``timeout_ms``) until the worker threads
    are idle — before a store's connections are closed, so no task is left reading a
    closed (or, with SQLCipher, freed) connection. A no-op when called from a worker thread,
    which would wait for itself. True when everything finished in time."""
    from PySide6.QtCore import QThread

    app = QCoreApplication.instance()
    if app is not None and QThread.currentThread() is not app.thread():
        return False
    for task in list(BackgroundTask._running):
        task.cancel()
    pools = [QThreadPool.globalInstance(), *_lanes.values()]
    return all(pool.waitForDone(timeout_ms) for pool in pools)
