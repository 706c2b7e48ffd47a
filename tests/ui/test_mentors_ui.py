"""Mentors in the window: added, changed and removed on the learner page's Mentors tab;
a mentorship that ends within two weeks shows on Today and opens the learner."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from opening import wait_opened
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from larsam_desktop.domain.learner import LearnerDraft
from larsam_desktop.domain.mentors import MentorDraft
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.hogskoleprov_sittings import SittingStatus
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.mentors import MentorService
from larsam_desktop.services.preferences import set_current_coach
from larsam_desktop.services.reference_data import ReferenceService
from larsam_desktop.services.store import open_store
from larsam_desktop.ui.main_window import MainWindow
from larsam_desktop.ui.pages.learner.mentor_panel import MentorPanel

MakeWindow = Callable[[AppPaths], MainWindow]


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    """Anna Berg's learner Åsa Öberg, whose fadder Lina ends in five days."""
    paths = AppPaths(tmp_path / "data")
    store = open_store(paths)
    anna = ReferenceService(store.database).ensure_coach("Anna Berg")
    learner = LearnerService(store.database).create(
        LearnerDraft(given_name="Åsa", family_name="Öberg", personnummer="19900101-9802",
                     coach_id=anna)
    ).learner.id  # fmt: skip
    today = date.today()
    MentorService(store.database).add(
        learner,
        MentorDraft("Lina Student", today - timedelta(days=60), today + timedelta(days=5),
                    role="fadder", affiliation="university"),
    )  # fmt: skip
    store.database.dispose()
    set_current_coach(paths, "Anna Berg")
    return paths


def _panel(qtbot: QtBot, window: MainWindow) -> MentorPanel:
    page = window.learner_page
    assert page is not None
    panel = page.mentors
    qtbot.waitUntil(lambda: panel.load_op is not None and panel.load_op.done, timeout=10_000)
    return panel


def test_today_shows_the_mentorship_ending_and_opens_the_learner(
    paths: AppPaths, make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window(paths)
    today = window.coach_day.today
    box = today.mentors_box
    qtbot.waitUntil(lambda: box.op is not None and box.op.done and not today.loading,
                    timeout=10_000)  # fmt: skip
    assert box.model.rowCount() == 1
    assert box.title() == "Mentorships ending within two weeks (1)"
    assert box.model.text(box.model.row_at(0), 0) == "Åsa Öberg"
    assert box.model.text(box.model.row_at(0), 1) == ("Lina Student, Fadder (university student)")
    box.table.setFocus()
    box.table.selectRow(0)
    QTest.keyClick(box.table, Qt.Key.Key_Return)
    wait_opened(window)
    assert window.pages.currentWidget() is window.learner_page
    panel = _panel(qtbot, window)
    assert [m.mentor.name for m in panel.model.rows()] == ["Lina Student"]


def test_a_mentor_is_added_changed_and_removed_on_the_learner_page(
    paths: AppPaths, make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window(paths)
    window.open_learner(1)
    wait_opened(window)
    panel = _panel(qtbot, window)
    assert panel.model.rowCount() == 1
    # A name is required: the error shows at the field, nothing is saved.
    assert not panel.add()
    assert panel.errors.text("name") == "Required."
    panel.name.setText("Erik Lärare")
    panel.contact.setText("erik@larcentrum.se")
    panel.starts_on.setDate(QDate.currentDate().addDays(-1))
    assert panel.add()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=10_000)
    erik = next(i for i, m in enumerate(panel.model.rows()) if m.mentor.name == "Erik Lärare")
    assert panel.model.text(panel.model.row_at(erik), 1) == "Mentor (lärcentrum)"
    assert panel.model.text(panel.model.row_at(erik), 3) == "until further notice"
    panel.table.selectRow(erik)
    assert panel.name.text() == "Erik Lärare" and panel.save_button.isEnabled()
    panel.open_ended.setChecked(False)
    panel.ends_on.setDate(QDate.currentDate().addDays(-2))  # before the start
    assert not panel.save()
    assert "before the start" in panel.errors.text("end_date")
    panel.ends_on.setDate(QDate.currentDate().addDays(30))
    assert panel.save()
    qtbot.waitUntil(
        lambda: any(m.mentor.ends_on is not None and m.mentor.name == "Erik Lärare"
                    for m in panel.model.rows()), timeout=10_000)  # fmt: skip
    lina = next(i for i, m in enumerate(panel.model.rows()) if m.mentor.name == "Lina Student")
    panel.table.selectRow(lina)
    assert panel.remove()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)
    stored = MentorService(window.session.store.database).for_learner(1)
    assert [(m.mentor.name, m.mentor.ends_on) for m in stored] == [
        ("Erik Lärare", date.today() + timedelta(days=30))
    ]


def test_hogskoleprov_sittings_are_registered_and_attendance_recorded(
    paths: AppPaths, make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window(paths)
    window.open_learner(1)
    wait_opened(window)
    page = window.learner_page
    assert page is not None
    box = page.university.sittings
    qtbot.waitUntil(lambda: box.load_op is not None and box.load_op.done, timeout=10_000)
    assert box.model.rowCount() == 0
    ahead = QDate.currentDate().addDays(30)
    box.on.setDate(ahead)
    box.status.set_value(SittingStatus.ATTENDED)  # a sitting still ahead cannot have been attended
    assert not box.record()
    assert box.message.text() == f"The sitting on {ahead.toString('yyyy-MM-dd')} has not " \
        "taken place yet."  # fmt: skip
    box.status.set_value(SittingStatus.REGISTERED)
    assert box.record()
    qtbot.waitUntil(lambda: box.model.rowCount() == 1, timeout=10_000)
    assert box.model.text(box.model.row_at(0), 1) == "Registered"
    stored = window.session.university.sittings.sittings(1)
    assert [(s.sitting_on.isoformat(), s.status) for s in stored] == [
        (ahead.toString("yyyy-MM-dd"), "registered")
    ]
