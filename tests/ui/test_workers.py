"""Background tasks report on the GUI thread, even when nobody keeps the handle."""

from __future__ import annotations

import gc
import threading
import time

from pytestqt.qtbot import QtBot

from larsam_desktop.ui.workers import BackgroundTask, TaskControl


def test_a_dropped_task_still_reports_and_is_released(qtbot: QtBot) -> None:
    results: list[tuple[str, bool]] = []
    main_thread = threading.get_ident()

    def work(control: TaskControl) -> str:
        time.sleep(0.05)
        return "done"

    BackgroundTask(
        work,
        on_success=lambda r: results.append((r, threading.get_ident() == main_thread)),
        on_failure=lambda e: results.append((repr(e), False)),
    )
    gc.collect()  # the handle is gone: the task must keep itself alive
    qtbot.waitUntil(lambda: results != [], timeout=5000)
    assert results == [("done", True)]
    qtbot.waitUntil(lambda: BackgroundTask.running_count() == 0, timeout=5000)


def test_failures_and_progress_reach_the_gui_thread(qtbot: QtBot) -> None:
    progress: list[tuple[int, int]] = []
    errors: list[BaseException] = []

    def work(control: TaskControl) -> None:
        control.progress(1, 2)
        raise ValueError("bad input on line 3")

    task = BackgroundTask(
        work,
        on_success=lambda r: None,
        on_failure=errors.append,
        on_progress=lambda done, total: progress.append((done, total)),
    )
    qtbot.waitUntil(lambda: errors != [], timeout=5000)
    assert progress == [(1, 2)]
    assert isinstance(errors[0], ValueError) and "line 3" in str(errors[0])
    task.cancel()
    assert task.control.cancelled
