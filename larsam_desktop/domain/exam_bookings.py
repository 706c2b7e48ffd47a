"""Exam proctoring (tentamensservice): bookings for distance students and when they are refused.

A booking names the university, the course, the exam date and time, a room, a proctor and any
special arrangements. The lärcentrum's ``ExamPolicy`` says how many working days ahead a
booking must be made (weekends and Swedish public holidays do not count), what a sitting
costs a learner who is not resident in the lärcentrum's municipality, and how many re-sits of
the same course are free (later re-sits cost the same fee).

A booking is refused, with a reason naming the field, when it is late, in the past, when the
room is full at that time, or when the learner already sits another exam then.

A booking's status follows the clock: booked until the exam starts, in progress while it
runs, past once it has ended (the sitting's time is over: it is no longer "booked").
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from larsam_desktop.domain.contacts import MAX_DURATION_MINUTES
from larsam_desktop.domain.errors import FieldError, ValidationError
from larsam_desktop.domain.text import collapse_spaces, has_control_characters
from larsam_desktop.domain.working_days import add_working_days

MAX_TEXT = 200
MAX_ARRANGEMENTS = 2_000


@dataclass(frozen=True, slots=True)
class ExamPolicy:
    lead_working_days: int = 7
    fee_kr: int = 700  # domain.md: 500–800 kr for non-residents
    free_resits: int = 2


class FeeReason(StrEnum):
    NONE = "none"
    NON_RESIDENT = "non_resident"
    RESIT = "resit"  # a re-sit beyond the free ones


class BookingStatus(StrEnum):
    BOOKED = "booked"
    IN_PROGRESS = "in_progress"
    PAST = "past"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class ExamBookingDraft:
    university: str
    course: str
    exam_date: date | None
    start: time | None
    duration_minutes: int
    room_id: int | None
    proctor: str = ""
    special_arrangements: str = ""


@dataclass(frozen=True, slots=True)
class BookedSlot:
    """An existing booking as the rules see it: when, where and what."""

    id: int
    learner_id: int
    exam_date: date
    start: time
    duration_minutes: int
    room_id: int
    course: str

    def overlaps(self, exam_date: date, start: time, duration_minutes: int) -> bool:
        if exam_date != self.exam_date:
            return False
        mine = _span(self.exam_date, self.start, self.duration_minutes)
        theirs = _span(exam_date, start, duration_minutes)
        return mine[0] < theirs[1] and theirs[0] < mine[1]


@dataclass(frozen=True, slots=True)
class BookingContext:
    """What the service looked up for the rules: the learner, the room and the day's bookings."""

    learner_id: int
    resident: bool
    room_capacity: int | None  # None: the room does not exist
    room_name: str
    bookings_that_day: Sequence[BookedSlot]  # in the room or of the learner, not cancelled
    earlier_sittings: int  # this learner's earlier bookings of the same course


@dataclass(frozen=True, slots=True)
class ExamBooking:
    university: str
    course: str
    exam_date: date
    start: time
    duration_minutes: int
    room_id: int
    proctor: str
    special_arrangements: str
    sitting: int  # 1 for the first sitting, 2 for the first re-sit, …
    fee_kr: int
    fee_reason: FeeReason


def booking_status(booking: ExamBooking, *, cancelled: bool, now: datetime) -> BookingStatus:
    """Where a booking stands at ``now`` (local wall-clock time, as exam times are kept)."""
    if cancelled:
        return BookingStatus.CANCELLED
    begin, end = _span(booking.exam_date, booking.start, booking.duration_minutes)
    if now >= end:
        return BookingStatus.PAST
    if now >= begin:
        return BookingStatus.IN_PROGRESS
    return BookingStatus.BOOKED


def earliest_exam_date(today: date, policy: ExamPolicy, holidays: Container[date]) -> date:
    """The first exam date a booking made ``today`` may have."""
    return add_working_days(today, policy.lead_working_days, holidays)


def fee_for(resident: bool, sitting: int, policy: ExamPolicy) -> tuple[int, FeeReason]:
    if not resident:
        return policy.fee_kr, FeeReason.NON_RESIDENT
    if sitting - 1 > policy.free_resits:
        return policy.fee_kr, FeeReason.RESIT
    return 0, FeeReason.NONE


def validate_booking(
    draft: ExamBookingDraft,
    context: BookingContext,
    *,
    today: date,
    policy: ExamPolicy,
    holidays: Container[date],
    ignore_booking: int | None = None,
) -> ExamBooking:
    """Check a booking against its fields, the lead time, the room and the learner's day."""
    errors: list[FieldError] = []
    university = _line(draft.university, "university", MAX_TEXT, errors)
    if not university:
        errors.append(FieldError("university", "required", "Name the university."))
    course = _line(draft.course, "course", MAX_TEXT, errors)
    if not course:
        errors.append(FieldError("course", "required", "Name the course or exam."))
    proctor = _line(draft.proctor, "proctor", MAX_TEXT, errors)
    arrangements = draft.special_arrangements.replace("\r\n", "\n").strip()
    if has_control_characters(arrangements, allow_newlines=True):
        errors.append(
            FieldError(
                "special_arrangements", "control_characters", "Remove the control characters."
            )
        )
    elif len(arrangements) > MAX_ARRANGEMENTS:
        errors.append(
            FieldError(
                "special_arrangements",
                "too_long",
                "At most {max} characters.",
                {"max": MAX_ARRANGEMENTS},
            )
        )
    if not 0 < draft.duration_minutes <= MAX_DURATION_MINUTES:
        errors.append(
            FieldError(
                "duration_minutes",
                "out_of_range",
                "The duration must be between 1 and {max} minutes.",
                {"max": MAX_DURATION_MINUTES},
            )
        )
    if draft.start is None:
        errors.append(FieldError("start", "required", "Give the start time."))
    _check_date(draft.exam_date, today, policy, holidays, errors)
    if draft.room_id is None or context.room_capacity is None:
        errors.append(FieldError("room", "required", "Choose a room."))
    if errors:
        raise ValidationError(errors)
    assert draft.exam_date is not None and draft.start is not None and draft.room_id is not None
    _check_conflicts(draft, context, ignore_booking, errors)
    if errors:
        raise ValidationError(errors)
    sitting = context.earlier_sittings + 1
    fee, reason = fee_for(context.resident, sitting, policy)
    return ExamBooking(
        university,
        course,
        draft.exam_date,
        draft.start,
        draft.duration_minutes,
        draft.room_id,
        proctor,
        arrangements,
        sitting,
        fee,
        reason,
    )


def _check_date(
    exam_date: date | None,
    today: date,
    policy: ExamPolicy,
    holidays: Container[date],
    errors: list[FieldError],
) -> None:
    if exam_date is None:
        errors.append(FieldError("exam_date", "required", "Give the exam date."))
        return
    if exam_date < today:
        errors.append(
            FieldError(
                "exam_date",
                "in_past",
                "The exam date {on} has passed.",
                {"on": exam_date.isoformat()},
            )
        )
        return
    earliest = earliest_exam_date(today, policy, holidays)
    if exam_date < earliest:
        errors.append(
            FieldError(
                "exam_date",
                "too_late",
                "Too late to book: exams must be booked {days} working days ahead "
                "(weekends and public holidays do not count), so the earliest exam date "
                "for a booking made on {today} is {earliest}.",
                {
                    "days": policy.lead_working_days,
                    "today": today.isoformat(),
                    "earliest": earliest.isoformat(),
                },
            )
        )


def _check_conflicts(
    draft: ExamBookingDraft,
    context: BookingContext,
    ignore_booking: int | None,
    errors: list[FieldError],
) -> None:
    assert draft.exam_date is not None and draft.start is not None
    overlapping = [
        slot
        for slot in context.bookings_that_day
        if slot.id != ignore_booking
        and slot.overlaps(draft.exam_date, draft.start, draft.duration_minutes)
    ]
    own = [slot for slot in overlapping if slot.learner_id == context.learner_id]
    if own:
        errors.append(
            FieldError(
                "start",
                "learner_busy",
                "The learner already sits {course} at {start} that day.",
                {"course": own[0].course, "start": own[0].start.strftime("%H:%M")},
            )
        )
    in_room = sum(1 for slot in overlapping if slot.room_id == draft.room_id)
    capacity = context.room_capacity or 0
    if in_room >= capacity:
        errors.append(
            FieldError(
                "room",
                "room_full",
                "{room} is full at that time: {booked} of {capacity} places are booked.",
                {"room": context.room_name, "booked": in_room, "capacity": capacity},
            )
        )


def _span(on: date, start: time, minutes: int) -> tuple[datetime, datetime]:
    begin = datetime.combine(on, start)
    return begin, begin + timedelta(minutes=minutes)


def _line(value: str, field: str, limit: int, errors: list[FieldError]) -> str:
    text = collapse_spaces(value)
    if has_control_characters(text):
        errors.append(FieldError(field, "control_characters", "Remove the control characters."))
    elif len(text) > limit:
        errors.append(FieldError(field, "too_long", "At most {max} characters.", {"max": limit}))
    return text
