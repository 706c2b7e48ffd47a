"""The learner page as a coach uses it: pathway, courses, eligibility — on a real SQLite file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from opening import wait_opened
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from larsam_desktop.domain.courses.records import CourseRecordDraft, CourseStatus
from larsam_desktop.domain.learner import LearnerDraft
from larsam_desktop.domain.pathway import Stage, TransitionDraft
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.courses import CourseRecordService
from larsam_desktop.services.eligibility_data import load_eligibility_data
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.pathway import PathwayService
from larsam_desktop.services.store import open_store
from larsam_desktop.ui.main_window import MainWindow
from larsam_desktop.ui.pages.learner.courses_panel import CoursesPanel
from larsam_desktop.ui.pages.learner_page import LearnerPage

MakeWindow = Callable[[AppPaths], MainWindow]


@pytest.fixture
def learner_paths(tmp_path: Path) -> AppPaths:
    """A data folder with one learner, Åsa Öberg, on komvux since 30 days."""
    paths = AppPaths(tmp_path / "data")
    store = open_store(paths)
    saved = LearnerService(store.database).create(
        LearnerDraft(given_name="Åsa", family_name="Öberg", personnummer="19900101-9802")
    )
    PathwayService(store.database).record(
        saved.learner.id,
        TransitionDraft("komvux", "Coach Karin", on=date.today() - timedelta(days=30)),
    )
    store.database.dispose()
    return paths


def open_page(window: MainWindow) -> LearnerPage:
    caseload = window.caseload
    caseload.table.setFocus()
    caseload.table.selectRow(0)
    QTest.keyClick(caseload.table, Qt.Key.Key_Return)
    wait_opened(window)
    page = window.learner_page
    assert page is not None
    assert window.pages.currentWidget() is page
    return page


def test_opening_a_learner_by_keyboard_shows_the_page(
    learner_paths: AppPaths, make_window: MakeWindow
) -> None:
    window = make_window(learner_paths)
    page = open_page(window)
    assert page.name.text() == "Åsa Öberg"
    assert "9802" not in page.facts["personnummer"].text()  # masked
    assert page.pathway.model.rowCount() == 1
    assert page.pathway.model.data(page.pathway.model.index(0, 5)) == "Coach Karin"
    QTest.keyClick(page.pathway.table, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.pages.currentWidget() is window.caseload


def test_recording_a_step_shows_it_in_the_timeline(
    learner_paths: AppPaths, make_window: MakeWindow
) -> None:
    window = make_window(learner_paths)
    page = open_page(window)
    panel = page.pathway
    allowed = {panel.stage.itemText(i) for i in range(panel.stage.count())}
    assert "Admitted" not in allowed  # only the stages that may follow komvux
    panel.stage.set_value(Stage.PREPARATION)
    panel.preparation_kind.setCurrentIndex(1)
    panel.recorded_by.setText("Coach Karin")
    QTest.keyClicks(panel.preparation_place, "Lund")
    QTest.keyClick(panel.preparation_place, Qt.Key.Key_Return)
    assert panel.model.rowCount() == 2
    assert panel.model.data(panel.model.index(1, 1)) == "Preparation step"
    assert panel.model.data(panel.model.index(1, 3)) == "Lund"
    history = window.session.pathway.timeline(page.learner_id or 0)
    assert [s.transition.stage for s in history] == [Stage.KOMVUX, Stage.PREPARATION]


def test_a_refused_step_is_explained_at_the_field_and_nothing_is_saved(
    learner_paths: AppPaths, make_window: MakeWindow
) -> None:
    window = make_window(learner_paths)
    page = open_page(window)
    panel = page.pathway
    panel.stage.set_value(Stage.PAUSED)  # a pause needs a reason
    panel.on.setDate(date.today() - timedelta(days=60))  # and may not predate komvux
    assert not panel.record()
    assert "reason" in panel.errors.text("reason").lower()
    assert "before the previous step" in panel.errors.text("on")
    assert panel.model.rowCount() == 1
    assert len(window.session.pathway.timeline(page.learner_id or 0)) == 1


def save_course(qtbot: QtBot, panel: CoursesPanel) -> None:
    """Save the courses form and wait for the worker thread to publish the record."""
    with qtbot.waitSignal(panel.published, timeout=10_000):
        assert panel.save()
    assert not panel.busy


def test_adding_a_course_by_code_shows_it_and_bad_input_stays_at_the_field(
    learner_paths: AppPaths, make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window(learner_paths)
    page = open_page(window)
    panel = page.courses
    panel.code.setText("matmat01a")  # typing opens the completer popup: tested below
    panel.grade.setFocus()
    QTest.keyClicks(panel.grade, "Q")
    QTest.keyClick(panel.grade, Qt.Key.Key_Return)
    assert "not a grade" in panel.errors.text("grade")
    assert panel.model.rowCount() == 0
    panel.grade.clear()
    QTest.keyClicks(panel.grade, "C")
    save_course(qtbot, panel)
    assert panel.model.rowCount() == 1
    row = [panel.model.data(panel.model.index(0, c)) for c in range(5)]
    assert row == ["MATMAT01a", "Matematik 1a", "Completed", "C", "100"]
    # Edit, then remove.
    panel.table.selectRow(0)
    panel.edit_selected()
    panel.grade.setText("A")
    save_course(qtbot, panel)
    assert panel.model.data(panel.model.index(0, 3)) == "A"
    assert window.session.courses.records(page.learner_id or 0)[0].record.grade is not None


def test_completion_offers_courses_by_name(
    learner_paths: AppPaths, make_window: MakeWindow
) -> None:
    window = make_window(learner_paths)
    completer = open_page(window).courses.code.completer()
    completer.setCompletionPrefix("matematik 1a")
    assert completer.completionCount() >= 1
    assert completer.pathFromIndex(completer.currentIndex()) == "MATMAT01a"


def test_choosing_a_target_and_adding_a_course_changes_the_requirements(
    learner_paths: AppPaths, make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window(learner_paths)
    page = open_page(window)
    panel = page.eligibility
    assert panel.result is None
    panel.target.set_value("sjukskoterska")  # the names carry no ids
    index = panel.target.currentIndex()
    panel.target.setCurrentIndex(index)
    panel.target.activated.emit(index)
    learner_id = page.learner_id or 0
    choice = window.session.profiles.target(learner_id)
    assert choice is not None and choice.target_id == "sjukskoterska"
    assert panel.result is not None and not panel.result.eligible
    statuses = {panel.model.data(panel.model.index(r, 0)) for r in range(panel.model.rowCount())}
    assert "✗ Missing" in statuses  # in words, not colour alone
    missing = next(r for r in panel.result.missing if r.options and len(r.options[0].codes) == 1)
    code = missing.options[0].codes[0]
    page.courses.code.setText(code)
    page.courses.grade.setText("E")
    save_course(qtbot, page.courses)
    now = {r.id: r for r in panel.result.requirements}
    assert now[missing.id].met
    row = [r.id for r in panel.result.requirements].index(missing.id)
    assert panel.model.data(panel.model.index(row, 0)) == "✓ Met"
    assert code in panel.model.data(panel.model.index(row, 2))


def test_add_missing_courses_adds_them_as_planned(
    learner_paths: AppPaths, make_window: MakeWindow
) -> None:
    window = make_window(learner_paths)
    page = open_page(window)
    panel = page.eligibility
    panel.target.set_value("sjukskoterska")  # the names carry no ids
    index = panel.target.currentIndex()
    panel.target.setCurrentIndex(index)
    panel.target.activated.emit(index)
    assert panel.result is not None
    planned = list(panel.result.plan.codes)
    assert planned and panel.add_missing_button.isEnabled()
    panel.add_missing_button.click()
    records = window.session.courses.records(page.learner_id or 0)
    assert [r.record.code for r in records] == planned
    assert {r.record.status for r in records} == {CourseStatus.PLANNED}
    assert page.courses.model.rowCount() == len(planned)
    panel.what_if.setChecked(True)  # counted as passed, the course requirements are met
    assert panel.result is not None
    assert not panel.missing_codes()
    assert not panel.add_missing_button.isEnabled()


def test_table_models_pass_the_model_tester(qtmodeltester, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from larsam_desktop.ui.models.course_records_model import CourseRecordsModel
    from larsam_desktop.ui.models.requirements_model import RequirementsModel
    from larsam_desktop.ui.models.timeline_model import TimelineModel

    data = load_eligibility_data()
    store = open_store(AppPaths(tmp_path / "data"))
    try:
        learner = (
            LearnerService(store.database)
            .create(LearnerDraft("Ali", "Hassan", "19900101-9802"))
            .learner
        )
        pathway = PathwayService(store.database)
        pathway.record(learner.id, TransitionDraft("komvux", "Karin"))
        courses = CourseRecordService(store.database, data)
        courses.add(learner.id, CourseRecordDraft("MATMAT01a", grade="C"))
        courses.add(learner.id, CourseRecordDraft("SVESVE01", status="planned"))
        from larsam_desktop.services.eligibility import EligibilityService

        result = EligibilityService(store.database, data).evaluate(learner.id, "sjukskoterska")
        timeline = TimelineModel()
        timeline.set_rows(pathway.timeline(learner.id))
        records = CourseRecordsModel(data.catalogue)
        records.set_rows(courses.records(learner.id))
        requirements = RequirementsModel()
        requirements.set_rows(result.requirements)
        for model in (timeline, records, requirements):
            assert model.rowCount() > 0
            qtmodeltester.check(model, force_py=True)
    finally:
        store.database.dispose()
