"""Pages read the database on a worker thread: a stalled server (here a service call held
back by an event) never freezes the window, and the result shows once it comes."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from larsam_desktop.domain.learner import LearnerDraft
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.preferences import set_current_coach
from larsam_desktop.services.reference_data import ReferenceService
from larsam_desktop.services.store import open_store
from larsam_desktop.services.today import TodayService
from larsam_desktop.ui.main_window import MainWindow

MakeWindow = Callable[[AppPaths], MainWindow]


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    """Anna Berg's caseload: Åsa Öberg, never contacted."""
    paths = AppPaths(tmp_path / "data")
    store = open_store(paths)
    anna = ReferenceService(store.database).ensure_coach("Anna Berg")
    LearnerService(store.database).create(
        LearnerDraft(
            given_name="Åsa", family_name="Öberg", personnummer="19900101-9802", coach_id=anna
        )
    )
    store.database.dispose()
    set_current_coach(paths, "Anna Berg")
    return paths


class Held:
    """Wraps a service method: calls wait for ``release`` (a stalled server)."""

    def __init__(
        self, monkeypatch: pytest.MonkeyPatch, owner: type, name: str, *, workers_only: bool = False
    ) -> None:
        self.release = threading.Event()
        self.entered = threading.Event()
        original = getattr(owner, name)

        def held(*args: Any, **kwargs: Any) -> Any:
            if workers_only and threading.current_thread() is threading.main_thread():
                return original(*args, **kwargs)  # others' GUI-thread calls are not held
            self.entered.set()
            self.release.wait(20)
            return original(*args, **kwargs)

        monkeypatch.setattr(owner, name, held)


@pytest.fixture
def ticks(qtbot: QtBot) -> Iterator[list[int]]:
    """A QTimer's firings: they only happen while the GUI thread runs its event loop."""
    fired: list[int] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: fired.append(1))
    timer.start()
    yield fired
    timer.stop()


def test_today_reads_the_day_off_the_gui_thread(
    qtbot: QtBot,
    paths: AppPaths,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
    ticks: list[int],
) -> None:
    held = Held(monkeypatch, TodayService, "report")
    window = make_window(paths)  # returns while the report is held back
    today = window.coach_day.today
    qtbot.waitUntil(held.entered.is_set, timeout=10_000)
    assert today.loading and today.report is None
    before = len(ticks)
    qtbot.waitUntil(lambda: len(ticks) >= before + 5, timeout=5_000)  # the window is alive
    qtbot.waitUntil(lambda: today.notice.isVisible(), timeout=5_000)
    assert today.notice.text() == "Loading…"  # calm, inline: no dialog
    held.release.set()
    qtbot.waitUntil(lambda: not today.loading, timeout=10_000)
    assert today.report is not None
    assert [r.learner_name for r in today.quiet.rows()] == ["Åsa Öberg"]
    assert not today.notice.isVisible()
    assert window.navigation.item(0).text() == "Today (1)"


def test_today_drops_a_read_that_a_newer_one_overtook(
    qtbot: QtBot,
    paths: AppPaths,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(paths)
    today = window.coach_day.today
    qtbot.waitUntil(lambda: not today.loading, timeout=10_000)
    shown: list[object] = []
    monkeypatch.setattr(today, "_show", lambda report: shown.append(report))
    today.refresh()
    today.refresh()
    # One lane, in order: once the newer read is back, the older one came back before it.
    qtbot.waitUntil(lambda: not today.loading, timeout=10_000)
    assert len(shown) == 1


def test_opening_a_learner_reads_it_off_the_gui_thread(
    qtbot: QtBot,
    paths: AppPaths,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
    ticks: list[int],
) -> None:
    from larsam_desktop.services.learner_snapshot import LearnerSnapshots

    window = make_window(paths)
    held = Held(monkeypatch, LearnerSnapshots, "load")
    window.open_learner(1)  # returns while the snapshot is held back
    qtbot.waitUntil(held.entered.is_set, timeout=10_000)
    assert window.learners.opening and window.learner_page is None
    before = len(ticks)
    qtbot.waitUntil(lambda: len(ticks) >= before + 5, timeout=5_000)  # the window is alive
    held.release.set()
    qtbot.waitUntil(lambda: not window.learners.opening, timeout=10_000)
    page = window.learner_page
    assert page is not None and window.pages.currentWidget() is page
    assert page.learner_id == 1 and page.name.text() == "Åsa Öberg"


def test_the_learner_page_reloads_a_change_made_elsewhere_off_the_gui_thread(
    qtbot: QtBot,
    paths: AppPaths,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
    ticks: list[int],
) -> None:
    from larsam_desktop.services.changes import Changes
    from larsam_desktop.services.learner_snapshot import LearnerSnapshots

    window = make_window(paths)
    window.open_learner(1)
    qtbot.waitUntil(lambda: not window.learners.opening, timeout=10_000)
    page = window.learner_page
    assert page is not None
    shown = page.snapshot
    held = Held(monkeypatch, LearnerSnapshots, "load")
    page.apply_changes(Changes(learners=frozenset({1})))  # someone else changed Åsa
    qtbot.waitUntil(held.entered.is_set, timeout=10_000)
    assert page.reloading and page.snapshot is shown  # still showing what it had
    before = len(ticks)
    qtbot.waitUntil(lambda: len(ticks) >= before + 5, timeout=5_000)  # the window is alive
    held.release.set()
    qtbot.waitUntil(lambda: not page.reloading, timeout=10_000)
    assert page.snapshot is not shown and page.learner_id == 1


def test_the_services_page_reads_its_lists_off_the_gui_thread(
    qtbot: QtBot,
    paths: AppPaths,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
    ticks: list[int],
) -> None:
    from larsam_desktop.services.lc_services import ActivityService

    window = make_window(paths)
    held = Held(monkeypatch, ActivityService, "between")
    window.navigation.itemClicked.emit(window.coach_day.services_item)
    services = window.coach_day.services
    assert services is not None and window.pages.currentWidget() is services
    qtbot.waitUntil(held.entered.is_set, timeout=10_000)
    assert services.loading and services.room_centre.count() == 0
    before = len(ticks)
    qtbot.waitUntil(lambda: len(ticks) >= before + 5, timeout=5_000)  # the window is alive
    held.release.set()
    qtbot.waitUntil(lambda: not services.loading, timeout=10_000)
    assert services.room_centre.count() > 0  # the learning centres came with the lists
    assert services.activities_model.rowCount() == 0


def test_choosing_the_current_coach_reads_the_coaches_off_the_gui_thread(
    qtbot: QtBot,
    paths: AppPaths,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
    ticks: list[int],
) -> None:
    from larsam_desktop.ui.dialogs.current_coach_dialog import CurrentCoachDialog

    window = make_window(paths)
    qtbot.waitUntil(lambda: not window.coach_day.today.loading, timeout=10_000)
    offered: list[list[str]] = []

    def exec_(dialog: CurrentCoachDialog) -> int:
        offered.append([dialog.coach.itemText(i) for i in range(dialog.coach.count())])
        return 0

    monkeypatch.setattr(CurrentCoachDialog, "exec", exec_)
    held = Held(monkeypatch, ReferenceService, "choices")
    window.coach_day.coach_action.trigger()  # returns while the coaches are held back
    qtbot.waitUntil(held.entered.is_set, timeout=10_000)
    before = len(ticks)
    qtbot.waitUntil(lambda: len(ticks) >= before + 5, timeout=5_000)  # the window is alive
    assert offered == []
    held.release.set()
    qtbot.waitUntil(lambda: bool(offered), timeout=10_000)
    assert "Anna Berg" in offered[0]


def test_the_caseload_filters_read_their_choices_off_the_gui_thread(
    qtbot: QtBot,
    paths: AppPaths,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
    ticks: list[int],
) -> None:
    from larsam_desktop.services.changes import Changes

    window = make_window(paths)
    caseload = window.caseload
    filters = caseload.coach_filter
    qtbot.waitUntil(lambda: filters.count() == 2, timeout=10_000)  # All coaches, Anna Berg
    ReferenceService(window.session.store.database).ensure_coach("Omar Said")
    held = Held(monkeypatch, ReferenceService, "choices")
    caseload.apply_changes(Changes(reference=True))  # returns while the choices are held back
    qtbot.waitUntil(held.entered.is_set, timeout=10_000)
    before = len(ticks)
    qtbot.waitUntil(lambda: len(ticks) >= before + 5, timeout=5_000)  # the window is alive
    assert filters.count() == 2  # what it had, until the new choices come
    held.release.set()
    qtbot.waitUntil(lambda: filters.count() == 3, timeout=10_000)
    assert "Omar Said" in [filters.itemText(i) for i in range(filters.count())]


def test_the_caseload_counts_its_learners_off_the_gui_thread(
    qtbot: QtBot,
    paths: AppPaths,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
    ticks: list[int],
) -> None:
    window = make_window(paths)
    caseload = window.caseload
    qtbot.waitUntil(
        lambda: caseload.counting is not None and caseload.counting.done, timeout=10_000
    )
    totals: list[int] = []
    caseload.count_changed.connect(lambda _shown, total: totals.append(total))
    # The window itself still counts on the GUI thread after every change (main_window's
    # page choice): those calls pass; only a count on a worker thread is held back.
    held = Held(monkeypatch, type(window.session.learners), "count", workers_only=True)
    caseload.reload()  # returns while the count is held back
    qtbot.waitUntil(held.entered.is_set, timeout=10_000)
    before = len(ticks)
    qtbot.waitUntil(lambda: len(ticks) >= before + 5, timeout=5_000)  # the window is alive
    assert caseload.counting is not None and not caseload.counting.done
    held.release.set()
    qtbot.waitUntil(
        lambda: caseload.counting is not None and caseload.counting.done, timeout=10_000
    )
    assert totals and totals[-1] == 1
    assert window.count_label.text() == "1 learner"
