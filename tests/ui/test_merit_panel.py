"""The merit panel on the learner page (pytest-qt, a real SQLite file): the meritvärde per
urvalsgrupp, "competitive last round?" against imported cut-offs, the what-if, a
högskoleprov result typed in, and a damaged statistics file refused with its lines."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from opening import wait_opened
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest

from larsam_desktop.domain.courses.records import CourseRecordDraft
from larsam_desktop.domain.learner import LearnerDraft
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.courses import CourseRecordService
from larsam_desktop.services.cutoff_import import CutoffImporter
from larsam_desktop.services.eligibility_data import load_eligibility_data
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.profiles import ProfileService
from larsam_desktop.services.store import open_store
from larsam_desktop.ui.main_window import MainWindow
from larsam_desktop.ui.pages.learner.merit_panel import MeritPanel
from larsam_desktop.ui.pages.learner_page import LearnerPage

MakeWindow = Callable[[AppPaths], MainWindow]
FIXTURE = Path(__file__).parents[1] / "fixtures" / "cutoffs" / "antagningsstatistik_ht2025.csv"
GRADES = {
    "SVESVE01": "C", "SVESVE02": "C", "SVESVE03": "B", "ENGENG05": "B", "ENGENG06": "B",
    "MATMAT01b": "C", "MATMAT02b": "C", "SAMSAM01b": "B", "NAKNAK01b": "C", "NAKNAK02": "C",
    "HISHIS01b": "C", "RELREL01": "C",
}  # fmt: skip


@pytest.fixture
def nurse_paths(tmp_path: Path) -> AppPaths:
    """One learner aiming for Sjuksköterskeprogrammet, Ma 2b from komvux; HT2025 imported."""
    paths = AppPaths(tmp_path / "data")
    store = open_store(paths)
    data = load_eligibility_data()
    learner = (
        LearnerService(store.database)
        .create(LearnerDraft(given_name="Maryam", family_name="Öberg", birth_date=date(1992, 6, 1)))
        .learner.id
    )
    courses = CourseRecordService(store.database, data)
    for code, grade in GRADES.items():
        provider = "komvux" if code == "MATMAT02b" else "upper_secondary"
        courses.add(learner, CourseRecordDraft(code=code, grade=grade, provider=provider))
    profiles = ProfileService(store.database, data)
    profiles.set_qualifications(learner, {"examen": "hogskoleforberedande"})
    profiles.set_target(learner, "sjukskoterska")
    CutoffImporter(store.database).import_file(FIXTURE)
    store.database.dispose()
    return paths


def open_merit(window: MainWindow) -> tuple[LearnerPage, MeritPanel]:
    caseload = window.caseload
    caseload.table.setFocus()
    caseload.table.selectRow(0)
    QTest.keyClick(caseload.table, Qt.Key.Key_Return)
    wait_opened(window)
    page = window.learner_page
    assert page is not None
    page.right_tabs.setCurrentWidget(page.merit)
    return page, page.merit


def test_the_panel_shows_bii_and_how_the_learner_stood_last_round(
    nurse_paths: AppPaths, make_window: MakeWindow
) -> None:
    window = make_window(nurse_paths)
    _page, panel = open_merit(window)
    assert panel.isVisible() and panel.standing is not None
    assert "BII: jämförelsetal" in panel.groups.text()
    assert "BII only" in panel.groups.text()  # Ma 2 was completed for eligibility
    text = panel.competitive.text()
    assert text.startswith("Competitive last round? BII ")
    assert "against 16,85 (HT2025, Mittuniversitetet) ✗" in text
    assert "against 17,20 (HT2025, Umeå universitet)" in text
    assert "What would reach 16,85 in BII (Mittuniversitetet):" in panel.what_if.text()
    assert "add Engelska 7 with B" in panel.what_if.text()


def test_a_hogskoleprov_result_typed_in_counts_at_once(
    nurse_paths: AppPaths, make_window: MakeWindow
) -> None:
    window = make_window(nurse_paths)
    page, panel = open_merit(window)
    published: list[object] = []
    page.changed.connect(published.append)
    panel.taken_on.setDate(QDate(2024, 10, 20))
    panel.score.setFocus()
    QTest.keyClicks(panel.score, "1,15")
    QTest.keyClick(panel.score, Qt.Key.Key_Return)
    assert panel.results.count() == 1
    assert panel.results.item(0).text() == (
        "1,15 — taken 2024-10-20, valid until 2032-12-31 (counts)"
    )
    assert "HP 1,15 against 1,05 (HT2025, Mittuniversitetet) ✓" in panel.competitive.text()
    assert published, "the window hears that the learner changed"
    panel.score.setText("2,5")
    panel.add_result()
    assert "not a högskoleprov result" in panel.hp_status.text()
    assert panel.results.count() == 1
    panel.results.setCurrentRow(0)
    panel.remove_result()
    assert panel.results.count() == 0
    assert "HP " not in panel.competitive.text()


def test_a_damaged_statistics_file_is_refused_with_its_lines(
    nurse_paths: AppPaths, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window(nurse_paths)
    _page, panel = open_merit(window)
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    lines[5] = lines[5].replace("16,85", "16;85")  # line 6: a field too many
    lines[6] = lines[6].replace("1,05", "9,99")  # line 7: HP above 2,00
    damaged = tmp_path / "damaged.csv"
    damaged.write_text("\n".join(lines), encoding="utf-8")
    assert not panel.import_file(damaged)
    status = panel.import_status.text()
    assert status.startswith("Nothing was imported:")
    assert "Line 6 has 9 fields, the header 8" in status
    assert "Line 7: 9,99 is not a cut-off for HP" in status
    assert "against 16,85" in panel.competitive.text()  # what was imported before stays
