"""The coach's day in the window: a meeting with a follow-up shows on the Today page, the
restricted note stays hidden until opened, services and exports — on a real SQLite file."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest
from opening import wait_opened
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from larsam_desktop.domain.audit import AuditAction
from larsam_desktop.domain.learner import LearnerDraft
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.audit import AuditFilter, AuditService
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.preferences import load_preferences, set_current_coach
from larsam_desktop.services.reference_data import ReferenceService
from larsam_desktop.services.store import open_store
from larsam_desktop.ui.main_window import MainWindow
from larsam_desktop.ui.pages.today_page import TodayPage

MakeWindow = Callable[[AppPaths], MainWindow]


def _folder(tmp_path: Path, *, coach_chosen: bool = True) -> AppPaths:
    """Anna Berg's caseload with one learner, Åsa Öberg, never contacted."""
    paths = AppPaths(tmp_path / "data")
    store = open_store(paths)
    anna = ReferenceService(store.database).ensure_coach("Anna Berg")
    ReferenceService(store.database).ensure_coach("Omar Said")
    LearnerService(store.database).create(
        LearnerDraft(
            given_name="Åsa", family_name="Öberg", personnummer="19900101-9802", coach_id=anna
        )
    )
    store.database.dispose()
    if coach_chosen:
        set_current_coach(paths, "Anna Berg")
    return paths


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return _folder(tmp_path)


def _read(qtbot: QtBot, window: MainWindow) -> TodayPage:
    """The Today page once its background read of the day has come back."""
    today = window.coach_day.today
    qtbot.waitUntil(lambda: not today.loading, timeout=10_000)
    return today


def test_today_is_the_start_page_and_a_meeting_with_a_follow_up_shows_on_it(
    qtbot: QtBot, paths: AppPaths, make_window: MakeWindow
) -> None:
    window = make_window(paths)
    today = _read(qtbot, window)
    assert window.pages.currentWidget() is today
    assert window.navigation.item(0).text() == "Today (1)"  # Åsa: never contacted
    assert [r.learner_name for r in today.quiet.rows()] == ["Åsa Öberg"]
    assert today.quiet.text(today.quiet.row_at(0), 1) == "never"

    # Each row opens the learner (Enter on the row).
    today.quiet_table.setFocus()
    today.quiet_table.selectRow(0)
    QTest.keyClick(today.quiet_table, Qt.Key.Key_Return)
    wait_opened(window)
    page = window.learner_page
    assert page is not None and window.pages.currentWidget() is page

    dialog = page.contacts_dialog()
    qtbot.addWidget(dialog)
    assert dialog.recorded_by.text() == "Anna Berg"  # the current coach
    dialog.kind.setCurrentIndex(0)
    QTest.keyClicks(dialog.notes, "Pratade om Ma 2b")
    QTest.keyClicks(dialog.next_steps, "Ring CSN om beslutet")
    QTest.keyClick(dialog.next_steps, Qt.Key.Key_Return)
    QTest.keyClicks(dialog.next_steps, "Skicka info")
    dialog.make_follow_up.setChecked(True)
    assert dialog.title.text() == "Ring CSN om beslutet"
    assert dialog.owner.value() == "Anna Berg"
    dialog.due.setDate(QDate.currentDate())
    with qtbot.waitSignal(dialog.changed):
        dialog.record_button.click()
    assert dialog.log_model.rowCount() == 1
    assert dialog.follow_up_model.row_at(0).title == "Ring CSN om beslutet"
    dialog.close()

    window.navigation.itemClicked.emit(window.navigation.item(0))  # back to Today
    assert window.pages.currentWidget() is _read(qtbot, window)
    assert [r.title for r in today.follow_ups.rows()] == ["Ring CSN om beslutet"]
    assert today.quiet.rowCount() == 0  # contacted today
    assert window.navigation.item(0).text() == "Today (1)"
    today.follow_ups_table.selectRow(0)
    assert today.mark_selected_done()
    _read(qtbot, window)
    assert today.follow_ups.rowCount() == 0
    assert window.navigation.item(0).text() == "Today"


def test_validation_errors_show_at_their_fields(
    qtbot: QtBot, paths: AppPaths, make_window: MakeWindow
) -> None:
    window = make_window(paths)
    window.open_learner(1)
    wait_opened(window)
    assert window.learner_page is not None
    dialog = window.learner_page.contacts_dialog()
    qtbot.addWidget(dialog)
    dialog.recorded_by.clear()
    QTest.keyClicks(dialog.at, "25:99")
    assert not dialog.record()
    assert dialog.errors.text("at") != ""
    dialog.at.clear()
    dialog.make_follow_up.setChecked(True)
    assert not dialog.record()
    assert dialog.errors.text("recorded_by") != ""
    assert dialog.errors.text("title") != ""  # no next steps, no title
    assert dialog.log_model.rowCount() == 0


def test_without_a_current_coach_the_today_page_asks_who_you_are(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow
) -> None:
    paths = _folder(tmp_path, coach_chosen=False)
    window = make_window(paths)
    today = _read(qtbot, window)
    assert today.notice.isVisible() and "Choose who you are" in today.notice.text()
    assert today.report is None
    index = today.coach.findText("Anna Berg")
    today.coach.setCurrentIndex(index)
    today.coach.activated.emit(index)
    assert load_preferences(paths).current_coach == "Anna Berg"
    assert window.session.current_coach == "Anna Berg"
    _read(qtbot, window)
    assert today.report is not None and today.report.quiet.total == 1
    assert not today.notice.isVisible()


def test_a_restricted_note_is_hidden_until_opened_and_the_opening_is_audited(
    qtbot: QtBot, paths: AppPaths, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(paths)
    window.open_learner(1)
    wait_opened(window)
    assert window.learner_page is not None
    dialog = window.learner_page.contacts_dialog()
    qtbot.addWidget(dialog)
    QTest.keyClicks(dialog.restricted, "Sjukskriven")
    assert dialog.record()
    assert dialog.log_model.text(dialog.log_model.row_at(0), 5) == "Restricted note"
    assert all(
        "Sjukskriven" not in dialog.log_model.text(dialog.log_model.row_at(0), c)
        for c in range(dialog.log_model.columnCount())
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.log.selectRow(0)
    assert dialog.open_restricted_note() == "Sjukskriven"
    box = dialog.findChild(QMessageBox, "restrictedNoteBox")
    assert box is not None and box.text() == "Sjukskriven"
    box.close()
    entries = AuditService(window.session.store.database).entries(
        AuditFilter(action=AuditAction.OPEN_RESTRICTED_NOTES)
    )
    assert [(e.actor, e.learner_id) for e in entries] == [("Anna Berg", 1)]


def test_caseload_export_runs_in_the_background_without_personnummer_by_default(
    qtbot: QtBot, paths: AppPaths, make_window: MakeWindow, tmp_path: Path
) -> None:
    from larsam_desktop.ui.dialogs.caseload_export_dialog import CaseloadExportDialog

    window = make_window(paths)
    dialog = CaseloadExportDialog(window.session.day.caseload_export, window)
    qtbot.addWidget(dialog)
    assert not dialog.columns["personnummer"].isChecked()
    out = tmp_path / "out.csv"
    dialog.path.setText(str(out))
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)
    assert dialog.error is None, dialog.error
    assert dialog.export_result is not None and dialog.export_result.rows == 1
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][:2] == ["Family name", "Given name"] and "Personnummer" not in rows[0]
    assert rows[1][:2] == ["Öberg", "Åsa"]
    assert "9802" not in out.read_text(encoding="utf-8-sig")


def test_activities_and_exam_bookings_from_the_services_page_and_the_learner(
    qtbot: QtBot, paths: AppPaths, make_window: MakeWindow
) -> None:
    window = make_window(paths)
    window.navigation.itemClicked.emit(window.coach_day.services_item)
    services = window.coach_day.services
    assert services is not None and window.pages.currentWidget() is services
    qtbot.waitUntil(lambda: not services.loading, timeout=10_000)  # read off the GUI thread
    QTest.keyClicks(services.title, "Mittuniversitetet informerar")
    services.on.setDate(QDate.currentDate().addDays(3))
    services.capacity.setValue(1)
    assert services.create_activity()
    qtbot.waitUntil(lambda: not services.loading, timeout=10_000)
    assert services.activities_model.rowCount() == 1
    QTest.keyClicks(services.room_name, "Tentasal 1")
    services.room_capacity.setValue(1)
    assert services.add_room()

    window.open_learner(1)
    wait_opened(window)
    assert window.learner_page is not None
    dialog = window.learner_page.services_dialog()
    qtbot.addWidget(dialog)
    dialog.activities.selectRow(0)
    assert dialog.register_selected()
    QTest.keyClicks(dialog.university, "Mittuniversitetet")
    QTest.keyClicks(dialog.course, "Statistik A")
    earliest = window.session.day.exams.earliest_exam_date()
    dialog.exam_date.setDate(QDate(earliest.year, earliest.month, earliest.day).addDays(-1))
    assert not dialog.book()
    assert "Too late to book" in dialog.errors.text("exam_date")
    dialog.exam_date.setDate(QDate(earliest.year, earliest.month, earliest.day))
    assert dialog.book()
    assert dialog.bookings_model.rowCount() == 1
    assert dialog.bookings_model.text(dialog.bookings_model.row_at(0), 5) == "booked"
    dialog.close()

    services.reload()
    qtbot.waitUntil(lambda: not services.loading, timeout=10_000)
    assert services.bookings_model.rowCount() == 1
    services.activities.selectRow(0)
    qtbot.waitUntil(lambda: not services.loading, timeout=10_000)
    assert [p.name for p in services.participants_model.rows()] == ["Åsa Öberg"]
    services.participants.selectRow(0)
    assert services.record_attendance(True)
    qtbot.waitUntil(lambda: not services.loading, timeout=10_000)
    qtbot.waitUntil(lambda: services.participants_model.rowCount() == 1, timeout=10_000)
    assert services.participants_model.row_at(0).attended is True


def test_the_today_models_pass_the_model_tester(
    qtbot: QtBot, paths: AppPaths, make_window: MakeWindow, qtmodeltester: object
) -> None:
    window = make_window(paths)
    today = _read(qtbot, window)
    for model in (today.follow_ups, today.quiet, today.stuck, today.upcoming):
        qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_a_follow_up_without_a_contact_and_the_settings_dialog(
    qtbot: QtBot, paths: AppPaths, make_window: MakeWindow
) -> None:
    from larsam_desktop.ui.dialogs.day_settings_dialog import DaySettingsDialog

    window = make_window(paths)
    window.open_learner(1)
    wait_opened(window)
    assert window.learner_page is not None
    dialog = window.learner_page.contacts_dialog()
    qtbot.addWidget(dialog)
    assert not dialog.add_follow_up_only()  # first click opens the follow-up fields
    QTest.keyClicks(dialog.title, "Boka tid hos SYV")
    dialog.due.setDate(QDate.currentDate().addDays(-2))
    assert dialog.add_follow_up_only()
    assert dialog.log_model.rowCount() == 0
    today = _read(qtbot, window)
    assert [(r.title, r.overdue) for r in today.follow_ups.rows()] == [("Boka tid hos SYV", True)]

    settings = DaySettingsDialog(window.session.paths, window)
    qtbot.addWidget(settings)
    settings.quiet_weeks.setValue(3)
    settings.lead_days.setValue(10)
    settings.de_facto.setChecked(False)
    settings.accept()
    saved = load_preferences(paths)
    assert saved.today.quiet_weeks == 3 and saved.exams.lead_working_days == 10
    assert not saved.count_de_facto_holidays
    assert saved.current_coach == "Anna Berg"  # kept
    assert window.session.day.exams.policy.lead_working_days == 10


def test_the_current_coach_dialog_saves_the_choice_in_the_data_folder(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from larsam_desktop.ui.dialogs.current_coach_dialog import CurrentCoachDialog

    paths = AppPaths(tmp_path / "data")
    paths.ensure()
    dialog = CurrentCoachDialog(["Anna Berg", "Omar Said"], None, paths)
    qtbot.addWidget(dialog)
    assert dialog.coach.value() is None
    dialog.coach.set_value("Omar Said")
    dialog.accept()
    assert load_preferences(paths).current_coach == "Omar Said"
    again = CurrentCoachDialog(["Anna Berg", "Omar Said"], "Omar Said", paths)
    qtbot.addWidget(again)
    assert again.coach.value() == "Omar Said"
