"""run_op: a UserError is shown translated, Changes are published, a bug is never swallowed."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from larsam_desktop.domain.errors import FieldError, ValidationError
from larsam_desktop.services.cancellation import Cancelled
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.learners import LearnerNotFound
from larsam_desktop.ui.events import AppEvents
from larsam_desktop.ui.messages import user_error_text
from larsam_desktop.ui.operations import run_op
from larsam_desktop.ui.workers import TaskControl

SWEDISH = {
    ("UserError", "No learner with id {id}."): "Det finns ingen deltagare med id {id}.",
    ("FieldError", "Required."): "Obligatoriskt.",
}


class _Swedish(QTranslator):
    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return SWEDISH.get((context, source))


@pytest.fixture
def swedish(qapp: QApplication) -> Iterator[None]:
    translator = _Swedish()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        staticmethod(lambda parent, title, text, *rest: told.append((title, text))),
    )
    return told


@dataclass(frozen=True)
class Saved:
    learner_id: int
    changes: Changes


def test_a_user_error_is_shown_in_swedish_with_its_parameters(
    qtbot: QtBot, swedish: None, shown: list[tuple[str, str]]
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    failures: list[str] = []

    def call() -> None:
        raise LearnerNotFound(7)

    op = run_op(parent, call, title="Deltagare", on_failure=lambda e: failures.append(e.message))
    assert shown == [("Deltagare", "Det finns ingen deltagare med id 7.")]
    assert op.done and not op.ok and isinstance(op.error, LearnerNotFound)
    assert failures == ["No learner with id 7."]  # the English text stays for the log


def test_field_errors_are_translated_one_by_one(swedish: None) -> None:
    error = ValidationError(
        [FieldError("name", "required", "Required."), FieldError("year", "x", "Too {n}.", {"n": 3})]
    )
    assert user_error_text(error) == "Obligatoriskt.\nToo 3."


def test_the_changes_of_a_result_are_published_before_on_success(qtbot: QtBot) -> None:
    events = AppEvents()
    order: list[str] = []
    published: list[Changes] = []
    events.changed.connect(lambda c: (published.append(c), order.append("published")))
    change = Changes(learners=frozenset({3}))

    op = run_op(
        None, lambda: Saved(3, change), events=events, on_success=lambda r: order.append("ok")
    )
    assert op.ok and op.value == Saved(3, change)
    assert published == [change] and order == ["published", "ok"]
    run_op(None, lambda: Changes(reference=True), events=events)  # a bare Changes counts too
    assert published[-1] == Changes(reference=True)


def test_a_bug_is_raised_not_shown(shown: list[tuple[str, str]]) -> None:
    def call() -> None:
        raise KeyError("a programming error")

    with pytest.raises(KeyError):
        run_op(None, call)
    assert shown == []


def test_in_the_background_the_result_arrives_on_the_gui_thread(qtbot: QtBot) -> None:
    events = AppEvents()
    published: list[Changes] = []
    events.changed.connect(published.append)

    def work(control: TaskControl) -> Changes:
        control.progress(1, 2)
        return Changes(learners_bulk=True)

    op = run_op(None, work, events=events, background=True, on_success=lambda _: None)
    assert not op.done  # it runs on a worker thread
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert op.ok and published == [Changes(learners_bulk=True)]


def test_a_background_user_error_is_shown_and_a_cancel_is_quiet(
    qtbot: QtBot, shown: list[tuple[str, str]]
) -> None:
    def refuse(control: TaskControl) -> None:
        raise LearnerNotFound(5)

    op = run_op(None, refuse, background=True)
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert shown == [("LärSam Desktop", "No learner with id 5.")]

    cancelled: list[bool] = []

    def long_work(control: TaskControl) -> None:
        while not control.cancelled:
            time.sleep(0.005)
        raise Cancelled()

    parent = QWidget()
    qtbot.addWidget(parent)
    op = run_op(
        parent,
        long_work,
        background=True,
        progress="Working…",
        on_cancelled=lambda: cancelled.append(True),
    )
    assert op.progress is not None
    button = op.progress.findChild(QPushButton)
    assert button is not None and button.text() == "Cancel"
    button.click()
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert cancelled == [True] and op.progress is None
    assert shown == [("LärSam Desktop", "No learner with id 5.")]  # nothing more shown


def test_a_background_bug_reaches_the_crash_handler(qtbot: QtBot) -> None:
    def broken(control: TaskControl) -> None:
        raise ZeroDivisionError("bug")

    with qtbot.captureExceptions() as exceptions:
        op = run_op(None, broken, background=True)
        qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert [type(e[1]) for e in exceptions] == [ZeroDivisionError]


def test_background_calls_on_a_single_lane_run_one_at_a_time_in_order(qtbot: QtBot) -> None:
    import threading

    from larsam_desktop.ui.workers import single_lane

    lane = single_lane("test-lane")
    assert single_lane("test-lane") is lane and lane.maxThreadCount() == 1
    ran: list[tuple[int, str]] = []
    busy = threading.Lock()
    done: list[int] = []

    def call(number: int) -> Callable[[TaskControl], int]:
        def work(_control: TaskControl) -> int:
            assert busy.acquire(blocking=False), "two calls ran at once"
            time.sleep(0.01 if number == 0 else 0)  # the first is slowest: order still holds
            ran.append((number, threading.current_thread().name))
            busy.release()
            return number

        return work

    ops = [
        run_op(None, call(n), background=True, pool=lane, on_success=done.append) for n in range(5)
    ]
    qtbot.waitUntil(lambda: len(done) == 5, timeout=10_000)
    assert done == [0, 1, 2, 3, 4] and [n for n, _ in ran] == [0, 1, 2, 3, 4]
    assert len({thread for _, thread in ran}) == 1 and all(op.ok for op in ops)
