"""The caseload index read from its snapshot while the store opens: every learner listed and
searchable before SQLAlchemy is in, checked again once the store is open, never stale."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from caseload_rows import cell
from pytestqt.qtbot import QtBot

from larsam_desktop.domain.caseload import CaseloadQuery
from larsam_desktop.domain.learner import LearnerDraft
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.caseload import CaseloadService
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.startup import read_first_screen
from larsam_desktop.services.store import open_store
from larsam_desktop.ui.pages.caseload_page import CaseloadPage
from larsam_desktop.ui.session import Services
from larsam_desktop.ui.settings import UiSettings

PEOPLE = [(f"Elev{n:03d}", family) for n in range(150) for family in ("Berg",)] + [
    ("Åsa", "Åslund"),
    ("Omar", "Said"),
]


def folder_with_snapshot(tmp_path: Path) -> AppPaths:
    """150 + 2 learners and a current index snapshot beside the database."""
    paths = AppPaths(tmp_path / "data")
    store = open_store(paths)
    learners = LearnerService(store.database)
    for given, family in PEOPLE:
        learners.create(
            LearnerDraft(given_name=given, family_name=family, birth_date=date(1990, 1, 1))
        )
    CaseloadService(store.database).load_index()  # writes the snapshot
    store.database.dispose()
    return paths


def first_screen_page(qtbot: QtBot, paths: AppPaths) -> CaseloadPage:
    first = read_first_screen(paths.database, limit=100)
    assert first is not None and first.total >= len(PEOPLE)
    page = CaseloadPage(UiSettings(paths))
    qtbot.addWidget(page)
    page.show()
    page.show_first_screen(first)
    return page


def test_listed_and_searched_before_the_store_opens(qtbot: QtBot, tmp_path: Path) -> None:
    paths = folder_with_snapshot(tmp_path)
    page = first_screen_page(qtbot, paths)
    assert page.model.rowCount() == 100  # the first screen
    qtbot.waitUntil(lambda: page.index_ready, timeout=20_000)
    assert page.model.rowCount() == len(PEOPLE)  # everyone, from the snapshot
    assert cell(page.model, len(PEOPLE) - 1, 0) == "Åslund, Åsa"  # a row past the first screen
    page.search.setText("said")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=20_000)
    assert cell(page.model, 0, 0) == "Said, Omar"

    session = Services.open(paths)
    try:
        early = page._index
        assert page._early is not None and page._early.result is not None
        read_at = page._early.result.generation
        page.attach(session)
        qtbot.waitUntil(lambda: page._index_task is None and page.index_ready, timeout=30_000)
        if CaseloadService(session.store.database).generation() == read_at:
            assert page._index is early  # still current: kept
        # (else something the opening wrote made it stale: read afresh, as it must be)
        page.search.setText("åslund")  # one row already shows ("said"): wait for the new one
        qtbot.waitUntil(
            lambda: page.model.rowCount() == 1 and cell(page.model, 0, 0) == "Åslund, Åsa",
            timeout=20_000,
        )
    finally:
        page.cancel()
        session.close()


def test_a_write_after_the_snapshot_means_no_early_index(qtbot: QtBot, tmp_path: Path) -> None:
    paths = folder_with_snapshot(tmp_path)
    store = open_store(paths)
    LearnerService(store.database).create(
        LearnerDraft(given_name="Ny", family_name="Nyström", birth_date=date(1991, 1, 1))
    )
    store.database.dispose()
    page = first_screen_page(qtbot, paths)
    qtbot.waitUntil(lambda: page._early is not None and page._early.done, timeout=20_000)
    assert not page.index_ready  # the snapshot is stale: not used
    session = Services.open(paths)
    try:
        page.attach(session)
        qtbot.waitUntil(lambda: page.index_ready, timeout=30_000)
        page.search.setText("nyström")
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=20_000)
        assert cell(page.model, 0, 0) == "Nyström, Ny"
    finally:
        page.cancel()
        session.close()


def test_a_write_between_the_early_read_and_the_open_store_replaces_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    paths = folder_with_snapshot(tmp_path)
    page = first_screen_page(qtbot, paths)
    qtbot.waitUntil(lambda: page.index_ready, timeout=20_000)
    early = page._index
    session = Services.open(paths)
    try:
        LearnerService(session.store.database).create(
            LearnerDraft(given_name="Sen", family_name="Senare", birth_date=date(1992, 1, 1))
        )
        page.attach(session)
        qtbot.waitUntil(
            lambda: page.index_ready and page._index is not early and page._index_task is None,
            timeout=30_000,
        )
        assert page.model.rowCount() == len(PEOPLE) + 1
        expected = CaseloadService(session.store.database).search(CaseloadQuery(text="senare"))
        page.search.setText("senare")
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=20_000)
        assert [page.model.learner_id(0)] == expected
    finally:
        page.cancel()
        session.close()
