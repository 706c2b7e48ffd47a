"""The statistics dashboard in the window: exact figures, cells an export would hide marked,
filters, and an export written in the background."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from larsam_desktop.domain.statistics.protection import CellStatus
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.audit import AuditAction, AuditFilter, AuditService
from larsam_desktop.services.demo import DemoGenerator
from larsam_desktop.services.statistics import StatisticsFilter, StatisticsService
from larsam_desktop.services.store import open_store
from larsam_desktop.ui.main_window import MainWindow
from larsam_desktop.ui.pages.dashboard_page import DashboardPage

MakeWindow = Callable[[AppPaths], MainWindow]
FROM = date(2020, 1, 1)


def _demo(paths: AppPaths, count: int = 400) -> None:
    store = open_store(paths)
    DemoGenerator(store.database).generate(count, seed=21)
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
        StatisticsFilter(start=FROM, end=date.today()), date.today()
    )
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


def test_filters_and_k_change_the_figures(
    qtbot: QtBot, paths: AppPaths, make_window: MakeWindow
) -> None:
    _demo(paths)
    window = make_window(paths)
    page = _open(qtbot, window)
    before = page.report
    assert before is not None
    hidden_at_10 = sum(t.hidden_count for t in before.tables)
    page.k_spin.setValue(25)
    with qtbot.waitSignal(page.report_ready, timeout=20000):
        page.update_button.click()
    assert page.report is not None and page.report.manifest.k == 25
    assert sum(t.hidden_count for t in page.report.tables) > hidden_at_10
    assert "k = 25" in page.explanation.text()
    # One lärcentrum only.
    page.centre.setCurrentIndex(1)
    centre = page.centre.value()
    with qtbot.waitSignal(page.report_ready, timeout=20000):
        page.update_button.click()
    expected = StatisticsService(window.session.store.database).exact(
        StatisticsFilter(start=FROM, end=date.today(), learning_centre_id=centre), date.today()
    )
    assert page.funnel.values()[0].value == expected.learners
    # An empty period says so instead of showing stale figures.
    page.from_edit.setDate(QDate(2001, 1, 1))
    page.to_edit.setDate(QDate(2001, 12, 31))
    with qtbot.waitSignal(page.report_ready, timeout=20000):
        page.update_button.click()
    assert page.report is None
    assert "No learner" in page.status.text()
    assert page.model.rowCount() == 0


def test_export_runs_in_the_background_and_is_audited(
    qtbot: QtBot, paths: AppPaths, make_window: MakeWindow, tmp_path: Path
) -> None:
    _demo(paths, 200)
    window = make_window(paths)
    page = _open(qtbot, window)
    out = tmp_path / "region.xlsx"
    with qtbot.waitSignal(page.export_finished, timeout=30000) as finished:
        page.export_to(out)
    assert finished.args is not None and finished.args[0] is not None
    assert out.is_file()
    assert "Exported to" in page.status.text()
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
