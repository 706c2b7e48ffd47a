"""The statistics dashboard in the window: exact figures, cells an export would hide marked,
filters, and an export written in the background."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from store_templates import fill_with_demo

from larsam_desktop.domain.statistics.periods import last_ended_period, parse_period
from larsam_desktop.domain.statistics.protection import CellStatus
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.audit import AuditAction, AuditFilter, AuditService
from larsam_desktop.services.statistics import StatisticsFilter, StatisticsService
from larsam_desktop.services.statistics_register import StatisticsRegister
from larsam_desktop.services.store import open_store
from larsam_desktop.ui.i18n import install_translations
from larsam_desktop.ui.main_window import MainWindow
from larsam_desktop.ui.pages.dashboard_page import DashboardPage

MakeWindow = Callable[[AppPaths], MainWindow]


def _demo(paths: AppPaths, count: int = 400) -> None:
    store = open_store(paths)
    fill_with_demo(store, count, seed=21)  # tests/store_templates.py
    store.database.dispose()


def _open(qtbot: QtBot, window: MainWindow) -> DashboardPage:
    with qtbot.waitSignal(window.statistics.item.listWidget().itemClicked, timeout=1000):
        rect = window.navigation.visualItemRect(window.statistics.item)
        from PySide6.QtTest import QTest

        QTest.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = window.statistics.page
    assert page is not None and window.pages.currentWidget() is page
    qtbot.waitUntil(lambda: page.report is not None, timeout=20000)
    return page


def test_the_dashboard_shows_exact_figures_and_marks_what_exports_hide(
    qtbot: QtBot, paths: AppPaths, make_window: MakeWindow, qtmodeltester: Any
) -> None:
    _demo(paths)
    window = make_window(paths)
    page = _open(qtbot, window)
    exact = StatisticsService(window.session.store.database).exact(
        StatisticsFilter(last_ended_period(date.today())), date.today()
    )
    assert "Exact internal figures" in page.explanation.text()
    assert page.k_label.text() == "k = 10"
    cohort = exact.tables[0]
    funnel = page.funnel.values()
    assert funnel[0].value == exact.learners  # everyone reached the first stage
    assert [v.value for v in funnel][-1] == cohort.values[-1][len(cohort.columns) - 1]
    assert str(exact.learners) in page.status.text().replace("\u00a0", "").replace(",", "")
    # The breakdown by foreign-born shows exact counts; hidden cells are shaded with a reason.
    assert page.model.table() is not None
    assert page.model.table().table.name == "furthest_stage_by_foreign_born"
    qtmodeltester.check(page.model)
    protected = page.model.table()
    hidden = [
        (r, c)
        for r in range(protected.table.shape[0])
        for c in range(protected.table.shape[1])
        if protected.status[r][c] is not CellStatus.PUBLISHED
    ]
    assert hidden, "400 learners by foreign-born and stage leave some small cells"
    r, c = hidden[0]
    index = page.model.index(r, c + 1)
    assert page.model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    assert "hidden in exports" in page.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert page.model.data(index) == str(protected.table.values[r][c])  # the exact count
    shown = page.model.index(protected.table.shape[0] - 1, protected.table.shape[1])
    assert page.model.data(shown, Qt.ItemDataRole.BackgroundRole) is None  # grand total


def test_periods_threshold_and_progress(
    qtbot: QtBot, paths: AppPaths, make_window: MakeWindow
) -> None:
    _demo(paths)
    window = make_window(paths)
    page = _open(qtbot, window)
    database = window.session.store.database
    before = page.report
    assert before is not None
    hidden_at_10 = sum(t.hidden_count for t in before.tables)
    # The period filter offers the fixed publication periods, the same as exports.
    offered = [page.period.itemText(i) for i in range(page.period.count())]
    last_year = str(date.today().year - 1)
    assert last_year in offered and any("/" in text for text in offered)
    assert any(text.startswith(("HT", "VT")) for text in offered)
    page.choose_period(last_year)
    progress: list[int] = []
    page.busy_bar.valueChanged.connect(progress.append)
    with qtbot.waitSignal(page.report_ready, timeout=20000):
        page.update_button.click()
        assert page.busy_bar.isVisible()  # progress while the figures are computed
    assert not page.busy_bar.isVisible()
    assert page.report is not None and page.report.manifest.period == last_year
    assert page.busy_bar.maximum() == 4 and progress[-1] == 4 and len(progress) >= 3
    expected = StatisticsService(database).exact(
        StatisticsFilter(parse_period(last_year)), date.today()
    )
    assert page.funnel.values()[0].value == expected.learners
    # The folder's threshold, raised elsewhere, is what the page shows and marks.
    page.period.setCurrentIndex(0)  # every term
    StatisticsRegister(database).raise_threshold(25, actor="test")
    with qtbot.waitSignal(page.report_ready, timeout=20000):
        page.update_button.click()
    assert page.report is not None and page.report.manifest.k == 25
    assert sum(t.hidden_count for t in page.report.tables) > hidden_at_10
    assert "k = 25" in page.explanation.text() and page.k_label.text() == "k = 25"
    # One lärcentrum only.
    page.centre.setCurrentIndex(1)
    centre = page.centre.value()
    with qtbot.waitSignal(page.report_ready, timeout=20000):
        page.update_button.click()
    expected = StatisticsService(database).exact(
        StatisticsFilter(last_ended_period(date.today()), learning_centre_id=centre), date.today()
    )
    assert page.funnel.values()[0].value == expected.learners


def test_export_runs_in_the_background_and_is_audited(
    qtbot: QtBot, paths: AppPaths, make_window: MakeWindow, tmp_path: Path
) -> None:
    _demo(paths, 200)
    window = make_window(paths)
    page = _open(qtbot, window)
    out = tmp_path / "region.xlsx"
    assert page.publications.rowCount() == 0
    page.note.setText("Region Västernorrland")
    with qtbot.waitSignal(page.export_finished, timeout=30000) as finished:
        page.export_to(out)
    assert finished.args is not None and finished.args[0] is not None
    assert out.is_file()
    assert "recorded in the register" in page.status.text()
    # The publication register lists it at once.
    assert page.publications.rowCount() == 1
    row = [page.publications.index(0, c).data() for c in range(page.publications.columnCount())]
    assert row[2] == "10" and row[4] == "XLSX" and row[6] == "Region Västernorrland"
    entries = AuditService(window.session.store.database).entries(
        AuditFilter(action=AuditAction.EXPORT)
    )
    assert [e.details["format"] for e in entries] == ["xlsx"]


def test_a_cancelled_export_writes_nothing(
    qtbot: QtBot, paths: AppPaths, make_window: MakeWindow, tmp_path: Path
) -> None:
    _demo(paths, 200)
    window = make_window(paths)
    page = _open(qtbot, window)
    out = tmp_path / "region.pdf"
    with qtbot.waitSignal(page.export_finished, timeout=30000) as finished:
        page.export_to(out)
        page.cancel_export()  # before the worker's first check
    assert finished.args == [None]
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [] or all(
        not p.name.startswith(".region") for p in tmp_path.iterdir()
    )
    assert "cancelled" in page.status.text()


@pytest.fixture
def swedish(qapp: QApplication) -> Iterator[None]:
    """The Swedish interface, as Settings → Language → Svenska gives it; English after."""
    install_translations(qapp, "sv")
    try:
        yield
    finally:
        install_translations(qapp, "en")
        QLocale.setDefault(QLocale.system())


def test_the_swedish_page_shows_swedish_stages_titles_and_exports_in_swedish(
    qtbot: QtBot, paths: AppPaths, make_window: MakeWindow, tmp_path: Path, swedish: None
) -> None:
    _demo(paths, 200)
    window = make_window(paths)
    page = _open(qtbot, window)
    assert [v.label for v in page.funnel.values()] == [
        "Komvux", "Förberedande steg", "Grundläggande behörighet", "Särskild behörighet",
        "Sökt", "Antagen", "Studerar", "Fullföljt",
    ]  # fmt: skip
    assert [name for name, _ in page.terms.series()] == [
        "Grundläggande behörighet", "Särskild behörighet", "Antagen",
    ]  # fmt: skip
    titles = [page.breakdown.itemText(i) for i in range(page.breakdown.count())]
    assert "Deltagare efter starttermin (kohort) och högsta nådda steg" in titles
    assert not any("Learners" in title for title in titles)
    model = page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[0] == "Utrikes född" and headers[-1] == "Totalt" and "Fullföljt" in headers
    rows = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert rows == ["Ja", "Nej", "Okänt", "Totalt"]
    # The export's language starts as the interface's, and the file follows it.
    assert page.export_language.value() == "sv"
    out = tmp_path / "statistik.xlsx"
    with qtbot.waitSignal(page.export_finished, timeout=30000):
        page.export_to(out)
    workbook = load_workbook(out, read_only=True)
    try:
        assert "Kohort och högsta steg" in workbook.sheetnames
    finally:
        workbook.close()
    page.export_language.set_value("en")
    english = tmp_path / "statistics.xlsx"
    with qtbot.waitSignal(page.export_finished, timeout=30000):
        page.export_to(english)
    workbook = load_workbook(english, read_only=True)
    try:
        assert "Cohort, furthest stage" in workbook.sheetnames
    finally:
        workbook.close()


def test_a_funnel_whose_figures_are_all_hidden_says_so(
    qtbot: QtBot, paths: AppPaths, make_window: MakeWindow
) -> None:
    _demo(paths, 12)
    window = make_window(paths)
    StatisticsRegister(window.session.store.database).raise_threshold(50, actor="test")
    page = _open(qtbot, window)
    note = page.funnel.all_hidden_note()
    assert "Every figure of this chart is hidden in exports" in note
    assert note in page.funnel.accessibleDescription()
    page.funnel.resize(600, 300)
    page.funnel.grab()  # paints the note without error
