"""File → Recently opened: updated when a learner is shown, kept across restarts, an erased
learner dropped, at most ten."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from opening import wait_opened
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from larsam_desktop.domain.learner import LearnerDraft
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.store import open_store
from larsam_desktop.ui.main_window import MainWindow
from larsam_desktop.ui.recent_learners import MAX_RECENT, parse, pushed

MakeWindow = Callable[[AppPaths], MainWindow]
NAMES = [("Åsa", "Öberg"), ("Anna", "Berg"), ("Omar", "Said"), ("Ella", "Lund & Dahl")]


def _folder(tmp_path: Path) -> AppPaths:
    paths = AppPaths(tmp_path / "data")
    store = open_store(paths)
    learners = LearnerService(store.database)
    for given, family in NAMES:
        learners.create(
            LearnerDraft(given_name=given, family_name=family, birth_date=date(1990, 1, 1))
        )
    store.database.dispose()
    return paths


def menu_texts(window: MainWindow) -> list[str]:
    return [a.text() for a in window.recent.menu.actions()]


def open_and_wait(window: MainWindow, learner_id: int) -> None:
    window.open_learner(learner_id)
    wait_opened(window)


def test_the_list_keeps_the_newest_first_once_and_at_most_ten() -> None:
    recent: list[tuple[int, str]] = []
    for n in range(1, 15):
        recent = pushed(recent, n, f"L{n}")
    assert [i for i, _ in recent] == list(range(14, 4, -1))
    assert len(recent) == MAX_RECENT
    recent = pushed(recent, 9, "L9")
    assert [i for i, _ in recent][:3] == [9, 14, 13] and len(recent) == MAX_RECENT
    assert parse("not json") == [] and parse("") == [] and parse('[[1, "A"]]') == [(1, "A")]


def test_recent_learners_update_persist_and_drop_the_erased(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow
) -> None:
    paths = _folder(tmp_path)
    window = make_window(paths)
    assert menu_texts(window) == ["No learner opened yet"]
    for learner_id in (1, 2, 4, 1):
        open_and_wait(window, learner_id)
    assert menu_texts(window) == ["&1 Åsa Öberg", "&2 Ella Lund && Dahl", "&3 Anna Berg"]

    window.recent.menu.actions()[2].trigger()  # opens Anna Berg
    wait_opened(window)
    assert window.learner_page is not None and window.learner_page.learner_id == 2
    assert menu_texts(window)[0] == "&1 Anna Berg"

    # Erased: gone from the list (the erasure publishes the learner's change).
    open_and_wait(window, 4)
    assert window.data_safety.erase_learner(confirm=False)
    qtbot.waitUntil(lambda: "Ella" not in " ".join(menu_texts(window)), timeout=10_000)
    assert menu_texts(window) == ["&1 Anna Berg", "&2 Åsa Öberg"]
    window.close()
    window.session.close()

    # Kept across a restart, in this data folder.
    again = make_window(paths)
    QCoreApplication.processEvents()
    assert menu_texts(again) == ["&1 Anna Berg", "&2 Åsa Öberg"]
