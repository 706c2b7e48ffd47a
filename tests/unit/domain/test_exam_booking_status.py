"""A booking's status follows the clock: booked, in progress, past; cancelled stays so."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from larsam_desktop.domain.exam_bookings import (
    BookingStatus,
    ExamBooking,
    FeeReason,
    booking_status,
)

EXAM = ExamBooking(
    "Mittuniversitetet",
    "Statistik A",
    date(2026, 12, 9),
    time(9, 0),
    240,
    1,
    "",
    "",
    1,
    0,
    FeeReason.NONE,
)


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (datetime(2026, 12, 8, 23, 59), BookingStatus.BOOKED),
        (datetime(2026, 12, 9, 8, 59), BookingStatus.BOOKED),
        (datetime(2026, 12, 9, 9, 0), BookingStatus.IN_PROGRESS),
        (datetime(2026, 12, 9, 12, 59), BookingStatus.IN_PROGRESS),
        (datetime(2026, 12, 9, 13, 0), BookingStatus.PAST),  # 09:00 + 4 h
        (datetime(2027, 1, 10, 10, 0), BookingStatus.PAST),
    ],
)
def test_the_status_follows_the_clock(now: datetime, expected: BookingStatus) -> None:
    assert booking_status(EXAM, cancelled=False, now=now) is expected


def test_a_cancelled_booking_stays_cancelled() -> None:
    for now in (datetime(2026, 12, 1), datetime(2027, 1, 1)):
        assert booking_status(EXAM, cancelled=True, now=now) is BookingStatus.CANCELLED
