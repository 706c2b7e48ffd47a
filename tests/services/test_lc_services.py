"""Activities and exam bookings through the services, on SQLite and PostgreSQL: capacity,
conflicts, the lead time, fees and re-sits as stored."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from larsam_desktop.domain.activities import ActivityDraft
from larsam_desktop.domain.errors import ValidationError
from larsam_desktop.domain.exam_bookings import ExamBookingDraft, ExamPolicy, FeeReason
from larsam_desktop.domain.learner import LearnerDraft
from larsam_desktop.services.lc_services import ActivityService, ExamBookingService
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.reference_data import ReferenceService
from larsam_desktop.services.store import OpenedStore

NOW = datetime(2026, 12, 21, 9, 0, tzinfo=UTC)  # Monday before Christmas
EARLIEST = date(2027, 1, 5)  # 7 working days: Christmas and New Year's Eve closed


def clock() -> datetime:
    return NOW


@pytest.fixture
def setting(store: OpenedStore) -> tuple[ExamBookingService, int, int, int]:
    """The exam service, a room (capacity 2) at Östersund, a resident and a non-resident."""
    database = store.database
    choices = ReferenceService(database).choices()
    centre = next(c.key for c in choices.learning_centres if "Östersund" in c.name)
    learners = LearnerService(database, clock=clock)

    def learner(given: str, municipality: str) -> int:
        draft = LearnerDraft(
            given_name=given,
            family_name="Test",
            birth_date=date(1990, 1, 1),
            home_municipality_code=municipality,
        )
        return learners.create(draft).learner.id

    exams = ExamBookingService(database, ExamPolicy(fee_kr=650, free_resits=1), clock=clock)
    room = exams.add_room("Tentasal 1", 2, int(centre))
    return exams, room, learner("Resident", "2380"), learner("Visitor", "2281")


def draft(room: int, course: str = "Statistik A", **changes: object) -> ExamBookingDraft:
    values: dict[str, object] = {
        "university": "Mittuniversitetet",
        "course": course,
        "exam_date": EARLIEST,
        "start": time(9, 0),
        "duration_minutes": 240,
        "room_id": room,
    }
    values.update(changes)
    return ExamBookingDraft(**values)  # type: ignore[arg-type]


def test_lead_time_room_capacity_and_conflicts(
    setting: tuple[ExamBookingService, int, int, int], store: OpenedStore
) -> None:
    exams, room, resident, visitor = setting
    assert exams.earliest_exam_date() == EARLIEST
    with pytest.raises(ValidationError) as late:
        exams.book(resident, draft(room, exam_date=date(2027, 1, 4)), recorded_by="Anna")
    assert late.value.errors[0].code == "too_late"
    first = exams.book(resident, draft(room), recorded_by="Anna")
    assert first.changes.coach_day
    with pytest.raises(ValidationError) as busy:
        exams.book(resident, draft(room, course="Psykologi I", start=time(12, 0)), recorded_by="A")
    assert busy.value.errors[0].code == "learner_busy"
    exams.book(visitor, draft(room), recorded_by="Anna")
    third = LearnerService(store.database, clock=clock).create(
        LearnerDraft(given_name="Third", family_name="Test", birth_date=date(1990, 1, 1))
    )
    with pytest.raises(ValidationError) as full:
        exams.book(third.learner.id, draft(room), recorded_by="Anna")
    assert [(e.field, e.code) for e in full.value.errors] == [("room", "room_full")]
    # After the others' exams end the room is free again.
    exams.book(third.learner.id, draft(room, start=time(13, 0)), recorded_by="Anna")
    # A cancelled booking frees its seat.
    exams.cancel(first.booking.id)
    exams.book(third.learner.id, draft(room, course="Juridik A", start=time(9, 0)), recorded_by="A")


def test_fees_for_non_residents_and_resits_beyond_the_free_ones(
    setting: tuple[ExamBookingService, int, int, int],
) -> None:
    exams, room, resident, visitor = setting
    visiting = exams.book(visitor, draft(room), recorded_by="Anna").booking.booking
    assert (visiting.fee_kr, visiting.fee_reason) == (650, FeeReason.NON_RESIDENT)
    sittings = []
    for day in (5, 7, 8):  # the first sitting, one free re-sit, then a paid one
        saved = exams.book(
            resident, draft(room, exam_date=date(2027, 1, day)), recorded_by="Anna"
        ).booking.booking
        sittings.append((saved.sitting, saved.fee_kr, saved.fee_reason))
    assert sittings == [
        (1, 0, FeeReason.NONE),
        (2, 0, FeeReason.NONE),
        (3, 650, FeeReason.RESIT),
    ]
    stored = exams.between(date(2027, 1, 1), date(2027, 1, 31), learner_id=resident)
    assert [b.booking.sitting for b in stored] == [1, 2, 3]
    assert stored[0].room_name == "Tentasal 1" and stored[0].learner_name == "Resident Test"


def test_activity_capacity_registration_and_attendance(store: OpenedStore) -> None:
    database = store.database
    learners = LearnerService(database, clock=clock)
    ids = [
        learners.create(
            LearnerDraft(given_name=n, family_name="Test", birth_date=date(1990, 1, 1))
        ).learner.id
        for n in ("Ann", "Bo", "Cia")
    ]
    activities = ActivityService(database, clock=clock)
    saved = activities.create(
        ActivityDraft(
            kind="study_technique",
            title="Studieteknik",
            on=date(2027, 1, 12),
            start=time(13, 0),
            duration_minutes=90,
            place="Aulan",
            capacity=2,
        )
    )
    activity = saved.activity.id
    activities.register(activity, ids[:2])
    activities.register(activity, ids[:1])  # already registered: no change, no error
    with pytest.raises(ValidationError, match="full"):
        activities.register(activity, ids[2:])
    activities.record_attendance(activity, ids[0], True)
    activities.record_attendance(activity, ids[1], False)
    [stored] = activities.between(date(2027, 1, 1), date(2027, 1, 31))
    assert (stored.registered, stored.attended) == (2, 1)
    assert [(p.name, p.attended) for p in activities.participants(activity)] == [
        ("Ann Test", True),
        ("Bo Test", False),
    ]
    with pytest.raises(ValidationError) as smaller:
        activities.update(
            activity,
            ActivityDraft(
                "study_technique", "Studieteknik", date(2027, 1, 12), time(13), 90, "", 1
            ),
        )
    assert smaller.value.errors[0].code == "below_registered"
    with pytest.raises(ValidationError, match="not registered"):
        activities.record_attendance(activity, ids[2], True)
