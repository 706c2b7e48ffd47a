"""The Lärcentrum services page: filter lines over the activities and the exam bookings,
dates with their week, a booking whose exam has ended reads "past", labelled room fields."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from larsam_desktop.domain.activities import ActivityDraft, ActivityKind
from larsam_desktop.domain.exam_bookings import ExamBookingDraft
from larsam_desktop.domain.learner import LearnerDraft
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.lc_services import ActivityService, ExamBookingService
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.reference_data import ReferenceService
from larsam_desktop.services.store import open_store
from larsam_desktop.ui.main_window import MainWindow
from larsam_desktop.ui.pages.services_page import ServicesPage

MakeWindow = Callable[[AppPaths], MainWindow]


def _folder(tmp_path: Path) -> AppPaths:
    """Two activities ahead, and an exam booked 40 days ago for a day that has passed."""
    paths = AppPaths(tmp_path / "data")
    store = open_store(paths)
    database = store.database
    reference = ReferenceService(database)
    reference.ensure_coach("Anna Berg")
    learner = LearnerService(database).create(
        LearnerDraft(given_name="Åsa", family_name="Öberg", birth_date=date(1990, 1, 1))
    )
    soon = date.today() + timedelta(days=3)
    activities = ActivityService(database)
    for title in ("Mittuniversitetet informerar", "Studieteknik på Östersunds lärcentrum"):
        kind = ActivityKind.INFORMATION_MEETING.value
        activities.create(ActivityDraft(kind, title, soon, time(13, 0), 90))
    then = datetime.now(UTC) - timedelta(days=40)
    exams = ExamBookingService(database, clock=lambda: then)
    centre = reference.choices().learning_centres[0].key
    room = exams.add_room("Tentasal 1", 4, int(centre))
    draft = ExamBookingDraft(
        "Umeå universitet", "Statistik A", exams.earliest_exam_date(), time(9, 0), 240, room
    )
    exams.book(learner.learner.id, draft, recorded_by="Anna Berg")
    database.dispose()
    return paths


def _services(qtbot: QtBot, window: MainWindow) -> ServicesPage:
    window.navigation.itemClicked.emit(window.coach_day.services_item)
    page = window.coach_day.services
    assert page is not None
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    return page


def test_filters_weeks_and_a_past_booking(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow
) -> None:
    window = make_window(_folder(tmp_path))
    page = _services(qtbot, window)
    view = page.activities.model()
    assert view.rowCount() == 2
    week = (date.today() + timedelta(days=3)).isocalendar().week
    assert view.index(0, 0).data().endswith(f"(wk {week})")

    page.activities_filter.setText("ostersund")  # without the diacritics, any column
    assert view.rowCount() == 1
    assert view.index(0, 2).data() == "Studieteknik på Östersunds lärcentrum"
    page.activities.selectRow(0)
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    assert page.activities_model.rows()[1].id == page._selected_activity()
    page.activities_filter.setText("informerar mittuniversitetet")
    assert view.rowCount() == 1
    page.activities_filter.setText("nothing like this")
    assert view.rowCount() == 0
    page.activities_filter.clear()
    assert view.rowCount() == 2

    bookings = page.bookings.model()
    assert bookings.rowCount() == 1
    assert bookings.index(0, 6).data() == "past"  # no longer "booked"
    exam_date = page.bookings_model.rows()[0].booking.exam_date
    assert bookings.index(0, 0).data() == (
        f"{exam_date.isoformat()} 09:00 (wk {exam_date.isocalendar().week})"
    )
    page.bookings_filter.setText("umea")
    assert bookings.rowCount() == 1
    page.bookings_filter.setText("matematik")
    assert bookings.rowCount() == 0

    labels = {
        label.buddy(): label.text()
        for label in page.findChildren(QLabel)
        if label.buddy() is not None
    }
    assert labels[page.room_name] == "Na&me:"
    assert labels[page.room_capacity] == "Pla&ces:"
    assert labels[page.room_centre] == "&Lärcentrum:"
