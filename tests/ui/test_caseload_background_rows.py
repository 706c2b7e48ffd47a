"""The caseload's rows come from a background lane: a slow or stalled store never freezes
the window (issue 13: no database call on the GUI thread for longer than one frame)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable
from dataclasses import replace

import pytest
from PySide6.QtCore import QTimer
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from stalling_proxy import stalling_proxy

from larsam_desktop.domain.caseload import CaseloadQuery, CaseloadRow
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.caseload import CaseloadService
from larsam_desktop.services.demo import DemoGenerator
from larsam_desktop.services.store import OpenedStore, open_store
from larsam_desktop.storage.database import Database
from larsam_desktop.ui.models.caseload_model import PAGE_SIZE, CaseloadTableModel, Column
from larsam_desktop.ui.models.row_pages import FRAME_BUDGET_S
from larsam_desktop.ui.pages.caseload_page import CaseloadPage
from larsam_desktop.ui.qt import ACCESSIBLE_TEXT
from larsam_desktop.ui.settings import UiSettings
from larsam_desktop.ui.workers import single_lane


class BlockingRows:
    """The store's rows, held back until ``release`` (a server that answers slowly)."""

    def __init__(self, service: CaseloadService) -> None:
        self.service = service
        self.gate = threading.Event()
        self.asked: list[int] = []  # the first id of each page fetched, in order

    def __call__(self, ids: Iterable[int]) -> dict[int, CaseloadRow]:
        wanted = list(ids)
        self.asked.append(wanted[0])
        assert self.gate.wait(30), "the test never released the fetch"
        return self.service.rows(wanted)


def _responsive(qtbot: QtBot) -> None:
    """The GUI thread runs its event loop: a timer started now fires."""
    timer = QTimer()
    timer.setSingleShot(True)
    with qtbot.waitSignal(timer.timeout, timeout=2000):
        timer.start(20)


def test_a_blocked_fetch_leaves_the_window_responsive_and_rows_appear_when_released(
    qtbot: QtBot, sqlite_store: OpenedStore
) -> None:
    DemoGenerator(sqlite_store.database).generate(300, seed=3)
    service = CaseloadService(sqlite_store.database)
    rows = BlockingRows(service)
    model = CaseloadTableModel(service.search, rows)
    model.set_fetcher(rows, single_lane("test-caseload-rows"))
    model.set_query(CaseloadQuery())
    first = model.index(0, Column.NAME)
    assert model.data(first) == "…"  # a calm placeholder, not a frozen paint
    assert model.data(first, ACCESSIBLE_TEXT) == "Loading"
    assert model.data(model.index(0, Column.COACH)) == ""
    assert model.loading and not model.row_loaded(0)
    _responsive(qtbot)
    assert model.data(first) == "…"
    with qtbot.waitSignal(model.dataChanged, timeout=5000) as changed:
        rows.gate.set()
    top, bottom = changed.args[:2]
    assert (top.row(), bottom.row()) == (0, PAGE_SIZE - 1)
    expected = service.rows([model.learner_id(0)])[model.learner_id(0)].display_name
    assert model.data(first) == expected
    qtbot.waitUntil(lambda: not model.loading)


def test_the_newest_page_is_fetched_next_and_dropped_pages_ask_again(
    qtbot: QtBot, sqlite_store: OpenedStore
) -> None:
    DemoGenerator(sqlite_store.database).generate(900, seed=3)
    service = CaseloadService(sqlite_store.database)
    rows = BlockingRows(service)
    model = CaseloadTableModel(service.search, rows)
    model.set_fetcher(rows, single_lane("test-caseload-rows"))
    model.set_query(CaseloadQuery())
    pages = [page * PAGE_SIZE for page in range(8)]  # a fast scroll: page 0 runs, 7 wait
    for start in pages:
        assert model.data(model.index(start, Column.NAME)) == "…"
    repainted: list[int] = []
    model.dataChanged.connect(lambda top, _bottom: repainted.append(top.row()))
    rows.gate.set()
    qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    first_ids = [model.learner_id(start) for start in pages]
    # Page 0, then the newest waiting ones first; the three oldest waiting were dropped.
    assert rows.asked == [first_ids[0], first_ids[7], first_ids[6], first_ids[5], first_ids[4]]
    assert sorted(repainted) == pages  # fetched pages painted, dropped ones asked to repaint
    for start in pages[1:4]:  # a dropped row still on screen asks again when repainted
        assert not model.row_loaded(start)
        model.data(model.index(start, Column.NAME))
        qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
        assert model.row_loaded(start)


def test_rows_read_before_an_edit_are_never_shown_after_it(
    qtbot: QtBot, sqlite_store: OpenedStore
) -> None:
    DemoGenerator(sqlite_store.database).generate(100, seed=3)
    service = CaseloadService(sqlite_store.database)
    rows = BlockingRows(service)

    def fetch(ids: Iterable[int]) -> dict[int, CaseloadRow]:
        read = rows(ids)  # the first read, from before the edit, says so in every name
        stale = len(rows.asked) == 1
        return {i: replace(row, family_name="Stale") if stale else row for i, row in read.items()}

    model = CaseloadTableModel(service.search, fetch)
    model.set_fetcher(fetch, single_lane("test-caseload-rows"))
    model.set_query(CaseloadQuery())
    model.data(model.index(0, Column.NAME))
    model.refresh([model.learner_id(0)])  # the learner changed while the page was on its way
    rows.gate.set()
    qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    # Read again for the new result (its first page, as soon as it was searched): the page
    # from before the edit was thrown away, never cached or shown.
    assert rows.asked == [model.learner_id(0), model.learner_id(0)]
    qtbot.waitUntil(lambda: model.data(model.index(0, Column.NAME)) != "…", timeout=10_000)
    assert not str(model.data(model.index(0, Column.NAME))).startswith("Stale")
    assert len(rows.asked) == 2


def test_model_with_a_background_lane_passes_qt_model_tester(
    qtbot: QtBot, sqlite_store: OpenedStore, qtmodeltester: ModelTester
) -> None:
    DemoGenerator(sqlite_store.database).generate(300, seed=2)
    service = CaseloadService(sqlite_store.database)
    rows = BlockingRows(service)
    model = CaseloadTableModel(service.search, rows)
    model.set_fetcher(rows, single_lane("test-caseload-rows"))
    model.set_query(CaseloadQuery())
    qtmodeltester.check(model, force_py=True)  # placeholders while the fetch is held back
    rows.gate.set()
    qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    qtmodeltester.check(model, force_py=True)


@pytest.mark.postgres
def test_a_stalled_server_leaves_the_caseload_responsive_then_says_so_calmly(
    qtbot: QtBot,
    paths: AppPaths,
    postgres_server_url: str | None,
    database_url_with_fresh_rows: str,
) -> None:
    seeded = open_store(paths, database_url_with_fresh_rows)
    DemoGenerator(seeded.database).generate(200, seed=5)
    seeded.database.dispose()
    with stalling_proxy(postgres_server_url) as (stalling, url):
        database = Database(f"{url}?stall_timeout=1&connect_timeout=1")
        try:
            service = CaseloadService(database)
            page = CaseloadPage(UiSettings(paths))
            qtbot.addWidget(page)
            page.model.set_searcher(service.search)
            page.model.set_fetcher(service.rows, single_lane("test-caseload-rows"))
            page.model.set_query(CaseloadQuery())
            assert page.model.rowCount() == 200
            stalling.stall()
            assert page.model.data(page.model.index(0, Column.NAME)) == "…"
            _responsive(qtbot)
            with qtbot.waitSignal(page.model.rows_unavailable, timeout=15_000):
                pass
            message = page.empty_label.text()
            assert page.empty_label.isVisibleTo(page) and message
            assert "Traceback" not in message and "psycopg" not in message
            assert not page.model.row_loaded(0) and not page.model.loading
        finally:
            database.dispose()


def test_a_printout_has_every_row_not_placeholders(qtbot: QtBot, sqlite_store: OpenedStore) -> None:
    from larsam_desktop.ui.page_printing import table_html

    DemoGenerator(sqlite_store.database).generate(150, seed=3)
    service = CaseloadService(sqlite_store.database)

    def slow_on_the_lane(ids: Iterable[int]) -> dict[int, CaseloadRow]:
        if threading.current_thread() is not threading.main_thread():
            threading.Event().wait(0.05)  # longer than the frame budget: never waited for
        return service.rows(ids)

    model = CaseloadTableModel(service.search, slow_on_the_lane)
    model.set_fetcher(slow_on_the_lane, single_lane("test-caseload-rows"))
    model.set_query(CaseloadQuery())
    assert model.data(model.index(0, Column.NAME)) == "…"
    printed = table_html(model)
    assert "…" not in printed
    names = service.rows([model.learner_id(r) for r in range(150)])
    assert all(row.display_name.split(",")[0] in printed for row in names.values())
    qtbot.waitUntil(lambda: not model.loading, timeout=10_000)


def test_a_new_result_s_first_page_is_read_before_the_paint_asks(
    qtbot: QtBot, sqlite_store: OpenedStore
) -> None:
    DemoGenerator(sqlite_store.database).generate(300, seed=3)
    service = CaseloadService(sqlite_store.database)
    rows = BlockingRows(service)
    model = CaseloadTableModel(service.search, rows)
    model.set_fetcher(rows, single_lane("test-caseload-prefetch"))
    model.set_query(CaseloadQuery(text="a"))
    # Asked for by the search itself, before any cell was: the read overlaps the repaint.
    qtbot.waitUntil(lambda: len(rows.asked) == 1, timeout=5000)
    assert rows.asked == [model.learner_id(0)]
    rows.gate.set()
    qtbot.waitUntil(lambda: not model.loading, timeout=5000)
    assert model.row_loaded(0) and model.row_loaded(PAGE_SIZE - 1)
    assert rows.asked == [model.learner_id(0)]  # the paint did not read it again


def test_a_stalled_page_is_waited_for_once_not_once_per_row(
    qtbot: QtBot, sqlite_store: OpenedStore
) -> None:
    DemoGenerator(sqlite_store.database).generate(300, seed=3)
    service = CaseloadService(sqlite_store.database)
    rows = BlockingRows(service)
    model = CaseloadTableModel(service.search, rows)
    model.set_fetcher(rows, single_lane("test-caseload-stalled"))
    model.set_query(CaseloadQuery())  # the first page prefetched: the store stalls
    waited: list[float] = []
    for row in range(30):  # a paint asks for every visible row of the same page
        started = time.perf_counter()
        assert model.row_texts(row)[Column.NAME] == "…"
        waited.append(time.perf_counter() - started)
    # The first row waits up to one frame for the page; the other 29 do not wait again.
    assert sum(waited[1:]) < 0.5 * FRAME_BUDGET_S * 29
    rows.gate.set()
    qtbot.waitUntil(lambda: not model.loading, timeout=5000)
