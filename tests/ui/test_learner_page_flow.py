"""The learner page loads once and publishes: what a typed grade costs, one shared target,
unsaved plan edits when another learner opens — on a real SQLite file."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from opening import wait_opened
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from larsam_desktop.paths import AppPaths
from larsam_desktop.services import plan_check_wording
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.store import open_store
from larsam_desktop.ui.main_window import MainWindow
from larsam_desktop.ui.pages.learner.plan.check_text import CHECK_MESSAGES
from larsam_desktop.ui.pages.learner_page import LearnerPage
from larsam_desktop.ui.session import AppSession
from larsam_desktop.ui.workers import BackgroundTask

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests" / "services"))
from grade_entry import STATEMENT_TARGET, UOW_TARGET, counting, setup_learner  # noqa: E402
from plan_setup import add_learner  # noqa: E402

MakeWindow = Callable[[AppPaths], MainWindow]


@pytest.fixture
def page(tmp_path: Path, qtbot: QtBot):  # type: ignore[no-untyped-def]
    """The learner page alone on a learner with a target, records and a plan."""
    paths = AppPaths(tmp_path / "data")
    store = open_store(paths)
    learner_id = setup_learner(store.database)
    session = AppSession.create(paths, store)
    page = LearnerPage(session)
    qtbot.addWidget(page)
    page.show()
    page.show_learner(session.learners.get(learner_id), session.reference.choices())
    yield page
    session.close()


def test_a_typed_grade_costs_one_unit_of_work_off_the_gui_thread(
    page: LearnerPage, qtbot: QtBot
) -> None:
    published: list[Changes] = []
    page.changed.connect(published.append)
    panel = page.courses
    panel.code.setText("MATMAT02a")
    panel.grade.setText("C")
    with counting(page.session.store.database) as count:
        with qtbot.waitSignal(panel.published, timeout=10_000):
            panel.grade.returnPressed.emit()
        qtbot.waitUntil(lambda: not panel.busy)
    assert count.units_of_work <= UOW_TARGET and count.units_of_work == 1
    assert len(count.statements) <= STATEMENT_TARGET
    assert count.threads and "MainThread" not in count.threads  # written on the worker
    assert [s.record.code for s in page.snapshot.records][-1] == "MATMAT02a"  # type: ignore[union-attr]
    assert panel.model.rowCount() == 3
    met = {r.id: r.met for r in page.eligibility.result.requirements}  # type: ignore[union-attr]
    assert any(met.values())  # evaluated again, on the new snapshot
    check = page.plan.check
    page.right_tabs.setCurrentWidget(page.plan)  # a hidden tab checks when it is shown
    assert page.plan.check is not check
    assert "MATMAT02a" not in page.plan.check.missing_codes  # type: ignore[union-attr]
    assert len(published) == 1
    # The window brings the page's own Changes back: nothing is read again.
    with counting(page.session.store.database) as again:
        page.apply_changes(published[0])
    assert again.units_of_work == 0
    # The same change made elsewhere (equal, not the same object): one fresh snapshot.
    with counting(page.session.store.database) as elsewhere:
        page.apply_changes(Changes(learners=published[0].learners))
        qtbot.waitUntil(lambda: not page.reloading, timeout=10_000)  # read off the GUI thread
    assert elsewhere.units_of_work == 1
    assert "MainThread" not in elsewhere.threads


def test_the_target_chosen_for_eligibility_is_the_new_plans_target(
    page: LearnerPage, tmp_path: Path, qtbot: QtBot
) -> None:
    paths = AppPaths(tmp_path / "other")
    store = open_store(paths)
    learner_id = add_learner(store.database, "Ali", "Hassan", "")
    with store.database.unit_of_work() as uow:
        uow.profiles.set_target(learner_id, None, now=datetime.now(UTC))
    session = AppSession.create(paths, store)
    other = LearnerPage(session)
    qtbot.addWidget(other)
    other.show()
    other.show_learner(session.learners.get(learner_id), session.reference.choices())
    assert other.plan.current is None and other.plan.form.target.value() is None
    chooser = other.eligibility.target
    chooser.set_value("socionom")  # the names carry no ids
    index = chooser.currentIndex()
    chooser.setCurrentIndex(index)
    chooser.activated.emit(index)
    assert other.plan.form.target.value() == "socionom"  # the new plan follows
    other.right_tabs.setCurrentWidget(other.plan)
    # A plan saved for another programme makes that the learner's target, in both tabs.
    other.plan.form.target.set_value("sjukskoterska")
    other.plan.form.target.activated.emit(other.plan.form.target.currentIndex())
    other.plan.run_check()  # as the pause after an edit does
    assert "the learner's target is" in other.plan.warnings.text()
    other.plan.form.coach.setText("Karin")
    assert other.plan.save()
    assert other.eligibility.target.value() == "sjukskoterska"
    assert session.profiles.target(learner_id).target_id == "sjukskoterska"  # type: ignore[union-attr]
    assert "the learner's target is" not in other.plan.warnings.text()
    session.close()


def test_opening_another_learner_asks_about_unsaved_plan_edits(
    page: LearnerPage,
) -> None:
    session = page.session
    first = page.learner_id
    second = add_learner(session.store.database, "Ali", "Hassan", "")
    plan = page.plan
    plan.form.mentor.setText("Fatima")
    plan.form.mentor.textEdited.emit("Fatima")
    assert plan.dirty
    asked: list[int] = []

    def answer(button: QMessageBox.StandardButton) -> Callable[[], QMessageBox.StandardButton]:
        return lambda: asked.append(1) or button  # type: ignore[func-returns-value]

    page.ask_unsaved_plan = answer(QMessageBox.StandardButton.Cancel)
    assert not page.show_learner(session.learners.get(second), session.reference.choices())
    assert page.learner_id == first and plan.dirty and len(asked) == 1
    page.ask_unsaved_plan = answer(QMessageBox.StandardButton.Save)
    assert page.show_learner(session.learners.get(second), session.reference.choices())
    assert page.learner_id == second and not plan.dirty
    saved = session.plans.revision(first or 0)
    assert saved.content.activities.mentor == "Fatima"
    page.show_learner(session.learners.get(first or 0), session.reference.choices())
    assert len(asked) == 2  # nothing unsaved: not asked again
    plan.form.mentor.setText("Someone else")
    plan.form.mentor.textEdited.emit("Someone else")
    page.ask_unsaved_plan = answer(QMessageBox.StandardButton.Discard)
    assert page.show_learner(session.learners.get(second), session.reference.choices())
    assert session.plans.revision(first or 0).content.activities.mentor == "Fatima"


def test_the_check_wording_templates_are_all_marked_for_translation() -> None:
    assert set(CHECK_MESSAGES) == set(plan_check_wording.TEMPLATES)


def test_a_learner_erased_elsewhere_sends_the_coach_back(page: LearnerPage, qtbot: QtBot) -> None:
    learner_id = page.learner_id or 0
    changes = page.session.erasure.erase(learner_id, actor="Karin")
    with qtbot.waitSignal(page.back_requested, timeout=10_000):
        page.apply_changes(changes)


def test_a_refused_course_save_is_shown_as_a_user_error(
    page: LearnerPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from larsam_desktop.ui.pages.learner import courses_panel

    shown: list[str] = []
    monkeypatch.setattr(
        courses_panel, "show_user_error", lambda _parent, error, _title: shown.append(error.message)
    )
    page.session.erasure.erase(page.learner_id or 0, actor="Karin")  # meanwhile, elsewhere
    panel = page.courses
    panel.code.setText("MATMAT02a")
    panel.grade.setText("C")
    assert panel.save()  # the form is fine; the worker finds the learner gone
    qtbot.waitUntil(lambda: not panel.busy, timeout=10_000)
    assert shown and "9802" not in shown[0]
    assert panel.save_button.isEnabled() and panel.code.text() == "MATMAT02a"  # kept


def test_in_the_window_the_page_reads_nothing_after_its_own_save(
    tmp_path: Path, make_window: MakeWindow, qtbot: QtBot
) -> None:
    paths = AppPaths(tmp_path / "data")
    store = open_store(paths)
    learner_id = setup_learner(store.database)
    store.database.dispose()
    window = make_window(paths)
    # The window's own start-up work (caseload index, standings) publishes Changes too.
    qtbot.waitUntil(lambda: BackgroundTask.running_count() == 0, timeout=30_000)
    window.navigator.show("caseload")  # what it missed while hidden: the standings
    qtbot.waitUntil(lambda: window.caseload.index_ready, timeout=30_000)
    window.open_learner(learner_id)
    wait_opened(window)
    page = window.learner_page
    assert page is not None and page.learner_id == learner_id
    panel = page.courses
    panel.code.setText("MATMAT02a")
    panel.grade.setText("C")
    with counting(window.session.store.database) as count:
        with qtbot.waitSignal(panel.published, timeout=10_000):
            panel.grade.returnPressed.emit()
        qtbot.waitUntil(lambda: not panel.busy)
    # The Changes went round the window and came back to the page, which knew them; the
    # hidden pages (caseload, Today) wait until shown: the whole window did one unit of work.
    assert not [c for c in count.callers if c.startswith("pages/learner")]
    assert count.callers == ["worker thread"]
    assert count.units_of_work <= UOW_TARGET and len(count.statements) <= STATEMENT_TARGET
    # Back on the caseload: that learner's index entry and row, no count, no new search.
    assert window.navigator.pending("caseload") == Changes(learners=frozenset({learner_id}))
    with counting(window.session.store.database) as back:
        window.back_to_caseload()
        caseload = window.caseload
        assert caseload.model.row_of(learner_id) is not None
        caseload.model.data(caseload.model.index(caseload.model.row_of(learner_id) or 0, 0))
    assert back.callers.count("pages/caseload_page") == 1  # the index entry
    assert back.units_of_work <= 3  # and the row's data; back_to_caseload counts learners
    counted = [sql for sql in back.statements if "count(" in sql.lower()]
    assert len(counted) == 1  # back_to_caseload's "any learner left?"; the caseload's none


def test_cancelling_for_unsaved_plan_edits_writes_no_view_audit(
    tmp_path: Path, make_window: MakeWindow, qtbot: QtBot
) -> None:
    from larsam_desktop.domain.learner import ProtectedIdentity
    from larsam_desktop.services.audit import AuditAction, AuditFilter

    paths = AppPaths(tmp_path / "data")
    store = open_store(paths)
    first = setup_learner(store.database)
    protected = add_learner(
        store.database, "Ali", "Hassan", "", protected=ProtectedIdentity.SEKRETESSMARKERING
    )
    store.database.dispose()
    window = make_window(paths)
    qtbot.waitUntil(lambda: BackgroundTask.running_count() == 0, timeout=30_000)
    window.open_learner(first)
    wait_opened(window)
    page = window.learner_page
    assert page is not None
    page.plan.form.mentor.setText("Fatima")
    page.plan.form.mentor.textEdited.emit("Fatima")
    page.ask_unsaved_plan = lambda: QMessageBox.StandardButton.Cancel
    audit = window.session.audit
    views = AuditFilter(action=AuditAction.VIEW_PROTECTED_LEARNER)
    window.open_learner(protected)
    wait_opened(window)
    assert page.learner_id == first and window.navigator.current_key == "learner"
    assert audit.entries(views) == []  # not shown, so not viewed
    page.ask_unsaved_plan = lambda: QMessageBox.StandardButton.Discard
    window.open_learner(protected)
    wait_opened(window)
    assert page.learner_id == protected
    assert [e.learner_id for e in audit.entries(views)] == [protected]


def test_the_learner_page_follows_a_replaced_store(
    tmp_path: Path, make_window: MakeWindow, qtbot: QtBot
) -> None:
    """A store replaced while a learner is open (a backup restored, the demo started): the
    page's saves are stopped, the page is built afresh on the new store."""
    paths = AppPaths(tmp_path / "data")
    store = open_store(paths)
    learner_id = setup_learner(store.database)
    store.database.dispose()
    window = make_window(paths)
    qtbot.waitUntil(lambda: BackgroundTask.running_count() == 0, timeout=30_000)
    window.open_learner(learner_id)
    wait_opened(window)
    old_page = window.learner_page
    assert old_page is not None
    old_page.courses.code.setText("MATMAT02a")
    old_page.courses.grade.setText("C")
    assert old_page.courses.save()  # still running when the store is replaced
    other = AppPaths(tmp_path / "other")
    other_store = open_store(other)
    other_id = setup_learner(other_store.database)
    window.set_session(AppSession.create(other, other_store))
    assert not old_page.courses.busy  # stopped: it reports to nobody
    assert window.learner_page is None and window.navigator.current_key == "today"  # start page
    qtbot.waitUntil(lambda: BackgroundTask.running_count() == 0, timeout=30_000)
    window.open_learner(other_id)
    wait_opened(window)
    page = window.learner_page
    assert page is not None and page is not old_page
    assert page.session is window.session and page.learner_id == other_id
    page.courses.code.setText("ENGENG05")
    page.courses.grade.setText("B")
    with qtbot.waitSignal(page.courses.published, timeout=10_000):
        page.courses.grade.returnPressed.emit()
    codes = {r.record.code for r in window.session.courses.records(other_id)}
    assert "ENGENG05" in codes
