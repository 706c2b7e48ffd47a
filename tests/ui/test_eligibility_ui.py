"""Eligibility as the coach meets it in the window: the caseload's "eligible for target"
column and filter, the target with its start term, qualifications, undoing a step."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from caseload_rows import column_texts as caseload_column_texts
from opening import wait_opened
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from larsam_desktop.domain.caseload import TargetStanding
from larsam_desktop.domain.courses.transcript import Examen
from larsam_desktop.domain.learner import LearnerDraft
from larsam_desktop.domain.pathway import TransitionDraft
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.demo import DemoGenerator
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.pathway import PathwayService
from larsam_desktop.services.store import open_store
from larsam_desktop.ui.main_window import MainWindow
from larsam_desktop.ui.models.caseload_model import Column
from larsam_desktop.ui.pages.learner_page import LearnerPage

MakeWindow = Callable[[AppPaths], MainWindow]


def column_texts(window: MainWindow, column: int) -> list[str]:
    return caseload_column_texts(window.caseload.model, column)


def test_eligible_for_target_column_filter_and_sort(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow
) -> None:
    paths = AppPaths(tmp_path / "data")
    store = open_store(paths)
    DemoGenerator(store.database).generate(300, seed=4)
    store.database.dispose()
    window = make_window(paths)
    page = window.caseload
    qtbot.waitUntil(lambda: page.index_ready, timeout=10_000)
    texts = column_texts(window, Column.TARGET)
    assert any(t.startswith("Eligible: ") for t in texts)
    assert any(t.startswith("Not yet: ") for t in texts)
    assert "" in texts  # learners without a target show nothing

    page.target_filter.set_value(TargetStanding.ELIGIBLE)
    qtbot.waitUntil(lambda: 0 < page.model.rowCount() < 300)
    assert all(t.startswith("Eligible: ") for t in column_texts(window, Column.TARGET))
    assert "of 300 learners" in window.count_label.text()

    page.target_filter.set_value(None)
    qtbot.waitUntil(lambda: page.model.rowCount() == 300)
    page.table.horizontalHeader().setSortIndicator(Column.TARGET, Qt.SortOrder.AscendingOrder)
    page._header_clicked(Column.TARGET)
    ordered = column_texts(window, Column.TARGET)
    assert ordered[0].startswith("Eligible: ") and ordered[-1] == ""


def open_only_learner(paths: AppPaths, make_window: MakeWindow) -> tuple[MainWindow, LearnerPage]:
    window = make_window(paths)
    window.caseload.table.setFocus()
    window.caseload.table.selectRow(0)
    QTest.keyClick(window.caseload.table, Qt.Key.Key_Return)
    wait_opened(window)
    assert window.learner_page is not None
    return window, window.learner_page


def test_target_term_and_qualifications_reach_the_caseload(
    tmp_path: Path, make_window: MakeWindow
) -> None:
    paths = AppPaths(tmp_path / "data")
    store = open_store(paths)
    LearnerService(store.database).create(
        LearnerDraft(given_name="Åsa", family_name="Öberg", birth_date=date(1990, 1, 1))
    )
    store.database.dispose()
    window, page = open_only_learner(paths, make_window)
    panel = page.eligibility
    panel.target.set_value("sjukskoterska")
    panel.target.activated.emit(panel.target.currentIndex())
    term = panel.start_term.itemData(2)
    panel.start_term.set_value(term)
    panel.start_term.activated.emit(panel.start_term.currentIndex())
    stored = window.session.profiles.target(page.learner_id or 0)
    assert stored is not None and (stored.target_id, stored.start_term) == ("sjukskoterska", term)
    assert "not yet eligible" in panel.summary.text().lower()

    # Qualifications: the examen satisfies grundläggande behörighet; courses are still missing.
    qualifications = page.qualifications
    assert not qualifications.save_button.isEnabled()
    qualifications.examen.set_value(Examen.HOGSKOLEFORBEREDANDE)
    assert qualifications.dirty and qualifications.save_button.isEnabled()
    QTest.mouseClick(qualifications.save_button, Qt.MouseButton.LeftButton)
    assert not qualifications.dirty
    saved = window.session.profiles.qualifications(page.learner_id or 0)
    assert saved.examen is Examen.HOGSKOLEFORBEREDANDE
    missing = {r.id for r in panel.result.missing} if panel.result else set()
    assert missing and not any(m.startswith("grundlaggande") for m in missing)
    # Changing the term again keeps the target (and the other way round).
    stored = window.session.profiles.target(page.learner_id or 0)
    assert stored is not None and stored.start_term == term

    window.back_to_caseload()
    assert column_texts(window, Column.TARGET) == [
        "Not yet: Nursing"
    ]  # the English window names it in English


def test_undo_the_last_step(tmp_path: Path, make_window: MakeWindow) -> None:
    paths = AppPaths(tmp_path / "data")
    store = open_store(paths)
    saved = LearnerService(store.database).create(
        LearnerDraft(given_name="Bo", family_name="Ek", birth_date=date(1985, 3, 3))
    )
    steps = PathwayService(store.database)
    for stage, days in (("komvux", 90), ("preparation", 30)):
        steps.record(
            saved.learner.id,
            TransitionDraft(
                stage,
                "Coach Karin",
                on=date.today() - timedelta(days=days),
                preparation_kind="introduktionskurs" if stage == "preparation" else "",
            ),
        )
    store.database.dispose()
    window, page = open_only_learner(paths, make_window)
    assert page.pathway.model.rowCount() == 2
    assert page.pathway.undo_last(confirm=False)
    assert page.pathway.model.rowCount() == 1
    window.back_to_caseload()
    assert column_texts(window, Column.STAGE) == ["Komvux"]
    window.open_learner(saved.learner.id)
    wait_opened(window)
    assert page.pathway.undo_last(confirm=False)
    assert not page.pathway.undo_button.isEnabled()  # nothing left to undo
