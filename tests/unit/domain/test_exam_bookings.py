"""Working days, the booking lead time across weekends and Swedish holidays, room capacity,
conflicts and fees; activities and their capacity."""

from __future__ import annotations

from datetime import date, time

import pytest

from larsam_desktop.domain.activities import ActivityDraft, check_room_for, validate_activity
from larsam_desktop.domain.contacts import follow_up_title, week_end
from larsam_desktop.domain.errors import ValidationError
from larsam_desktop.domain.exam_bookings import (
    BookedSlot,
    BookingContext,
    ExamBooking,
    ExamBookingDraft,
    ExamPolicy,
    FeeReason,
    earliest_exam_date,
    fee_for,
    validate_booking,
)
from larsam_desktop.domain.working_days import add_working_days, working_days_between
from larsam_desktop.services.holidays_se import holiday_name, swedish_holidays

NONE: frozenset[date] = frozenset()
SE = swedish_holidays()
SE_PUBLIC_ONLY = swedish_holidays(de_facto=False)


@pytest.mark.parametrize(
    ("start", "count", "expected"),
    [
        (date(2026, 11, 30), 7, date(2026, 12, 9)),  # Monday → Wednesday next week
        (date(2026, 11, 27), 1, date(2026, 11, 30)),  # Friday → Monday
        (date(2026, 11, 28), 1, date(2026, 11, 30)),  # Saturday → Monday
        (date(2026, 11, 30), 0, date(2026, 11, 30)),
    ],
)
def test_add_working_days_skips_weekends(start: date, count: int, expected: date) -> None:
    assert add_working_days(start, count, NONE) == expected
    assert working_days_between(start, expected, NONE) == count


def test_negative_counts_are_a_bug() -> None:
    with pytest.raises(ValueError, match="negative"):
        add_working_days(date(2026, 1, 1), -1, NONE)


def test_swedish_holidays_come_from_the_holidays_package() -> None:
    assert date(2026, 6, 6) in SE  # National Day (a Saturday in 2026)
    assert date(2027, 1, 6) in SE  # Epiphany
    assert date(2026, 12, 24) in SE  # Christmas Eve: de facto
    assert date(2026, 12, 24) not in SE_PUBLIC_ONLY
    assert date(2026, 12, 23) not in SE  # only "from 2pm" - not in the de facto list as a day
    assert holiday_name(date(2026, 4, 3)) is not None  # Good Friday
    assert "2026-04-03" not in SE  # only dates answer


def test_lead_time_across_christmas_and_new_year() -> None:
    policy = ExamPolicy(lead_working_days=7)
    # From Mon 21 Dec 2026: 22, 23 count; 24 (eve), 25 closed, 26–27 weekend; 28, 29, 30
    # count; 31 (eve) and 1 Jan closed, 2–3 weekend; Mon 4 Jan is the 6th, Tue 5 Jan the 7th.
    assert earliest_exam_date(date(2026, 12, 21), policy, SE) == date(2027, 1, 5)
    # With public holidays only, Christmas Eve and New Year's Eve are working days.
    assert earliest_exam_date(date(2026, 12, 21), policy, SE_PUBLIC_ONLY) == date(2026, 12, 31)
    # Easter 2027: Good Friday 26 March and Easter Monday 29 March.
    assert earliest_exam_date(date(2027, 3, 22), policy, SE) == date(2027, 4, 2)
    assert earliest_exam_date(date(2027, 3, 22), policy, NONE) == date(2027, 3, 31)


ROOM = 5
CONTEXT = BookingContext(
    learner_id=1,
    resident=True,
    room_capacity=2,
    room_name="Tentasal 1",
    bookings_that_day=(),
    earlier_sittings=0,
)


def _draft(**changes: object) -> ExamBookingDraft:
    values: dict[str, object] = {
        "university": "Mittuniversitetet",
        "course": "Statistik A",
        "exam_date": date(2027, 1, 5),
        "start": time(9, 0),
        "duration_minutes": 240,
        "room_id": ROOM,
        "proctor": "Lena",
        "special_arrangements": "",
    }
    values.update(changes)
    return ExamBookingDraft(**values)  # type: ignore[arg-type]


def _book(draft: ExamBookingDraft, context: BookingContext = CONTEXT) -> ExamBooking:
    return validate_booking(
        draft, context, today=date(2026, 12, 21), policy=ExamPolicy(), holidays=SE
    )


def test_a_booking_on_the_earliest_day_is_accepted_and_a_day_earlier_refused() -> None:
    booking = _book(_draft())
    assert booking.sitting == 1 and booking.fee_kr == 0 and booking.fee_reason is FeeReason.NONE
    with pytest.raises(ValidationError) as refused:
        _book(_draft(exam_date=date(2027, 1, 4)))
    [error] = refused.value.errors
    assert (error.field, error.code) == ("exam_date", "too_late")
    assert "2027-01-05" in error.message and "7 working days" in error.message


def test_a_past_date_is_refused_as_such() -> None:
    with pytest.raises(ValidationError) as refused:
        _book(_draft(exam_date=date(2026, 12, 1)))
    assert refused.value.errors[0].code == "in_past"


def _slot(i: int, learner: int, start: time, minutes: int = 240, room: int = ROOM) -> BookedSlot:
    return BookedSlot(i, learner, date(2027, 1, 5), start, minutes, room, "Kurs")


def test_room_capacity_counts_only_overlapping_bookings() -> None:
    full = _ctx(bookings_that_day=(_slot(1, 7, time(8, 0)), _slot(2, 8, time(12, 59))))
    with pytest.raises(ValidationError) as refused:
        _book(_draft(), full)
    [error] = refused.value.errors
    assert (error.field, error.code) == ("room", "room_full")
    assert "Tentasal 1" in error.message and "2 of 2" in error.message
    after = _ctx(bookings_that_day=(_slot(1, 7, time(8, 0)), _slot(2, 8, time(13, 0))))
    assert _book(_draft(), after).room_id == ROOM  # 13:00 starts as ours ends
    elsewhere = _ctx(bookings_that_day=(_slot(1, 7, time(9, 0), room=6), _slot(2, 8, time(9, 0))))
    assert _book(_draft(), elsewhere).room_id == ROOM
    # Editing a booking does not collide with itself.
    own = _ctx(bookings_that_day=(_slot(1, 7, time(9, 0)), _slot(2, 8, time(9, 0))))
    validate_booking(
        _draft(), own, today=date(2026, 12, 21), policy=ExamPolicy(), holidays=SE, ignore_booking=2
    )


def test_the_learner_cannot_sit_two_exams_at_once() -> None:
    busy = _ctx(bookings_that_day=(_slot(1, 1, time(12, 0), room=6),))
    with pytest.raises(ValidationError) as refused:
        _book(_draft(), busy)
    assert [(e.field, e.code) for e in refused.value.errors] == [("start", "learner_busy")]


def test_missing_fields_are_all_reported() -> None:
    with pytest.raises(ValidationError) as refused:
        _book(
            _draft(
                university="",
                course=" ",
                exam_date=None,
                start=None,
                duration_minutes=0,
                room_id=None,
            ),
            _ctx(room_capacity=None),
        )
    assert {e.field for e in refused.value.errors} == {
        "university",
        "course",
        "exam_date",
        "start",
        "duration_minutes",
        "room",
    }


def test_fees_for_non_residents_and_resits_beyond_the_free_ones() -> None:
    policy = ExamPolicy(fee_kr=650, free_resits=2)
    assert fee_for(False, 1, policy) == (650, FeeReason.NON_RESIDENT)
    assert fee_for(True, 1, policy) == (0, FeeReason.NONE)
    assert fee_for(True, 3, policy) == (0, FeeReason.NONE)  # second re-sit: still free
    assert fee_for(True, 4, policy) == (650, FeeReason.RESIT)
    booking = _book(_draft(), _ctx(resident=False, earlier_sittings=1))
    assert (booking.sitting, booking.fee_kr, booking.fee_reason) == (2, 700, FeeReason.NON_RESIDENT)


def _ctx(**changes: object) -> BookingContext:
    values = {
        "learner_id": CONTEXT.learner_id,
        "resident": CONTEXT.resident,
        "room_capacity": CONTEXT.room_capacity,
        "room_name": CONTEXT.room_name,
        "bookings_that_day": CONTEXT.bookings_that_day,
        "earlier_sittings": CONTEXT.earlier_sittings,
    }
    values.update(changes)
    return BookingContext(**values)  # type: ignore[arg-type]


def test_activity_validation_and_capacity() -> None:
    draft = ActivityDraft(
        kind="information_meeting",
        title="Mittuniversitetet visits",
        on=date(2026, 12, 3),
        start=time(13, 0),
        duration_minutes=90,
        place="Aulan",
        capacity=2,
    )
    assert validate_activity(draft).capacity == 2
    with pytest.raises(ValidationError) as refused:
        validate_activity(draft, registered=3)
    assert refused.value.errors[0].code == "below_registered"
    with pytest.raises(ValidationError) as refused:
        validate_activity(
            ActivityDraft(
                kind="party", title="", on=None, start=None, duration_minutes=0, capacity=0
            )
        )
    assert {e.field for e in refused.value.errors} == {
        "kind",
        "title",
        "on",
        "start",
        "duration_minutes",
        "capacity",
    }
    check_room_for(2, 1, 1)
    check_room_for(None, 500, 10)
    with pytest.raises(ValidationError, match="full"):
        check_room_for(2, 1, 2)


def test_follow_up_title_and_week_end() -> None:
    assert follow_up_title("\n  Send   the link \nCheck CSN") == "Send the link"
    assert len(follow_up_title("x" * 400)) == 300
    assert week_end(date(2026, 11, 25)) == date(2026, 11, 29)
    assert week_end(date(2026, 11, 29)) == date(2026, 11, 29)
