"""Calendars follow changes: the same UIDs, SEQUENCE and LAST-MODIFIED that move when an item
changes, STATUS:CANCELLED for finished follow-ups and cancelled activities and bookings —
read back with icalendar and vobject; titles carry initials and id unless full names are
chosen."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import icalendar
import pytest
import vobject

from larsam_desktop.domain.activities import ActivityDraft
from larsam_desktop.domain.contacts import FollowUpDraft
from larsam_desktop.domain.exam_bookings import ExamBookingDraft, ExamPolicy
from larsam_desktop.domain.learner import LearnerDraft
from larsam_desktop.services.calendar_export import CalendarExport
from larsam_desktop.services.contacts import FollowUpService
from larsam_desktop.services.lc_services import ActivityService, ExamBookingService
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.reference_data import ReferenceService
from larsam_desktop.services.store import OpenedStore

TODAY = date(2026, 11, 30)


class Clock:
    """Moves forward on demand, so LAST-MODIFIED can be seen to change."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


def _setup(store: OpenedStore, clock: Clock) -> tuple[int, int, int]:
    database = store.database
    reference = ReferenceService(database)
    anna = reference.ensure_coach("Anna Berg")
    centre = int(reference.choices().learning_centres[0].key)
    learner = (
        LearnerService(database, clock=clock)
        .create(
            LearnerDraft(
                given_name="Åsa-Lena",
                family_name="Öberg",
                birth_date=date(1990, 1, 1),
                coach_id=anna,
            )
        )
        .learner.id
    )
    follow_up = (
        FollowUpService(database, clock=clock)
        .add(learner, FollowUpDraft("Ring CSN", TODAY + timedelta(days=3), "Anna Berg"))
        .follow_up.id
    )
    activity = ActivityService(database, clock).create(_activity(start=time(13, 0))).activity.id
    exams = ExamBookingService(database, ExamPolicy(lead_working_days=0), clock=clock)
    room = exams.add_room("Tentasal 1", 4, centre)
    exams.book(
        learner,
        ExamBookingDraft(
            university="Mittuniversitetet",
            course="Statistik A",
            exam_date=TODAY + timedelta(days=7),
            start=time(9, 0),
            duration_minutes=240,
            room_id=room,
            proctor="Lena",
        ),
        recorded_by="Anna Berg",
    )
    return learner, follow_up, activity


def _activity(start: time) -> ActivityDraft:
    return ActivityDraft(
        kind="information_meeting",
        title="Mittuniversitetet informerar",
        on=TODAY + timedelta(days=2),
        start=start,
        duration_minutes=90,
        place="Aulan",
        capacity=30,
    )


def _events(path: Path) -> dict[str, icalendar.Event]:
    parsed = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(e["uid"]).split("-")[0]: e for e in parsed.walk("VEVENT")}


def test_changes_raise_sequence_and_finished_items_are_cancelled(
    store: OpenedStore, clock: Clock, tmp_path: Path
) -> None:
    _learner, follow_up, activity = _setup(store, clock)
    export = CalendarExport(store.database, clock)
    first = tmp_path / "first.ics"
    result = export.export(first, "Anna Berg")
    assert (result.follow_ups, result.activities, result.exams, result.cancelled) == (1, 1, 1, 0)
    before = _events(first)
    for event in before.values():
        assert event["sequence"] == 0 and str(event["status"]) == "CONFIRMED"
    assert before["follow"].decoded("last-modified") == datetime(2026, 11, 30, 8, 0, tzinfo=UTC)

    clock.now += timedelta(hours=2)
    FollowUpService(store.database, clock=clock).set_done(follow_up)
    ActivityService(store.database, clock).update(activity, _activity(start=time(14, 0)))
    bookings = ExamBookingService(store.database, ExamPolicy(lead_working_days=0), clock=clock)
    (booking,) = bookings.between(TODAY, TODAY + timedelta(days=30))
    bookings.cancel(booking.id)
    bookings.cancel(booking.id)  # twice: one change

    second = tmp_path / "second.ics"
    result = export.export(second, "Anna Berg")
    assert result.cancelled == 2
    after = _events(second)
    assert {str(e["uid"]) for e in after.values()} == {str(e["uid"]) for e in before.values()}
    moved = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)
    done, meeting, exam = after["follow"], after["activity"], after["exam"]
    assert (done["sequence"], str(done["status"])) == (1, "CANCELLED")
    assert str(done["summary"]).startswith("Done: Ring CSN")
    assert (meeting["sequence"], str(meeting["status"])) == (1, "CONFIRMED")
    assert meeting.decoded("dtstart").hour == 14
    assert (exam["sequence"], str(exam["status"])) == (1, "CANCELLED")
    for event in (done, meeting, exam):
        assert event.decoded("last-modified") == moved

    # vobject reads the same SEQUENCE and STATUS.
    calendar = vobject.readOne(second.read_text(encoding="utf-8"))
    seen = {
        e.uid.value.split("-")[0]: (int(e.sequence.value), e.status.value)
        for e in calendar.vevent_list
    }
    assert seen == {
        "follow": (1, "CANCELLED"),
        "activity": (1, "CONFIRMED"),
        "exam": (1, "CANCELLED"),
    }

    # A cancelled activity leaves the lists and is sent as cancelled.
    clock.now += timedelta(hours=1)
    ActivityService(store.database, clock).cancel(activity)
    assert ActivityService(store.database, clock).between(TODAY, TODAY + timedelta(days=9)) == []
    third = tmp_path / "third.ics"
    export.export(third, "Anna Berg")
    meeting = _events(third)["activity"]
    assert (meeting["sequence"], str(meeting["status"])) == (2, "CANCELLED")


def test_titles_carry_initials_and_id_unless_full_names_are_chosen(
    store: OpenedStore, clock: Clock, tmp_path: Path
) -> None:
    learner, _follow_up, _activity_id = _setup(store, clock)
    out = tmp_path / "cal.ics"
    CalendarExport(store.database, clock).export(out, "Anna Berg")
    text = out.read_text(encoding="utf-8")
    summaries = {str(e["summary"]) for e in _events(out).values()}
    assert f"Follow-up: Ring CSN – ÅLÖ ({learner})" in summaries
    assert f"Exam: Statistik A – ÅLÖ ({learner})" in summaries
    assert "Öberg" not in text and "Åsa" not in text
    CalendarExport(store.database, clock).export(out, "Anna Berg", full_names=True)
    summaries = {str(e["summary"]) for e in _events(out).values()}
    assert "Follow-up: Ring CSN – Åsa-Lena Öberg" in summaries
