"""Working days: Monday to Friday except the days a calendar marks as holidays.

The holiday calendar is passed in (``services.holidays_se`` builds it from the maintained
``holidays`` package), so the rules here stay pure and testable with any set of dates.
"""

from __future__ import annotations

from collections.abc import Container
from datetime import date, timedelta


def is_working_day(day: date, holidays: Container[date]) -> bool:
    return day.weekday() < 5 and day not in holidays


def add_working_days(start: date, count: int, holidays: Container[date]) -> date:
    """The ``count``-th working day after ``start`` (``start`` itself never counts)."""
    if count < 0:
        raise ValueError("count must not be negative")
    day = start
    remaining = count
    while remaining:
        day += timedelta(days=1)
        if is_working_day(day, holidays):
            remaining -= 1
    return day


def working_days_between(start: date, end: date, holidays: Container[date]) -> int:
    """Working days after ``start`` up to and including ``end`` (0 when ``end <= start``)."""
    days = 0
    day = start
    while day < end:
        day += timedelta(days=1)
        days += is_working_day(day, holidays)
    return days
