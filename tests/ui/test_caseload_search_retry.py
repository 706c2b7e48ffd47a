"""The caseload search that finds nothing retries without diacritics and says so."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from caseload_rows import cell
from pytestqt.qtbot import QtBot

from larsam_desktop.domain.learner import LearnerDraft
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.store import open_store
from larsam_desktop.ui.main_window import MainWindow

MakeWindow = Callable[[AppPaths], MainWindow]


def test_aslund_finds_aslund_with_a_ring_and_the_line_says_so(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow
) -> None:
    paths = AppPaths(tmp_path / "data")
    store = open_store(paths)
    learners = LearnerService(store.database)
    for given, family in (("Åsa", "Åslund"), ("Anna", "Berg"), ("Omar", "Said")):
        learners.create(
            LearnerDraft(given_name=given, family_name=family, birth_date=date(1990, 1, 1))
        )
    store.database.dispose()
    window = make_window(paths)
    window.navigator.show("caseload")
    page = window.caseload
    qtbot.waitUntil(lambda: page.index_ready, timeout=10_000)

    page.search.setText("aslund")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=20_000)
    assert cell(page.model, 0, 0) == "Åslund, Åsa"
    assert page.plain_label.isVisible()
    assert page.plain_label.text() == "Nothing matches “aslund”; showing matches for “Åslund”."
    assert not page.empty_label.isVisible()

    page.search.setText("berg")  # a direct match: no retry, no line
    qtbot.waitUntil(  # generous: the suite runs four workers on two cores
        lambda: page.model.rowCount() == 1 and cell(page.model, 0, 0) == "Berg, Anna",
        timeout=20_000,
    )
    assert not page.plain_label.isVisible()

    page.search.setText("nobody")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert not page.plain_label.isVisible()
    assert page.empty_label.isVisible()
