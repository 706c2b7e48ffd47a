"""Dates and times between Qt and Python, typed (``QDate.toPython()`` is typed as ``object``).

A ``QDateEdit``/``QTimeEdit`` always holds a valid value, so these never meet an invalid one;
an invalid ``QDate``/``QTime`` raises ``ValueError``.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDateEdit, QTimeEdit


def to_date(value: QDate) -> date:
    if not value.isValid():
        raise ValueError("an invalid QDate has no date")
    return date(value.year(), value.month(), value.day())


def to_time(value: QTime) -> time:
    if not value.isValid():
        raise ValueError("an invalid QTime has no time")
    return time(value.hour(), value.minute(), value.second(), value.msec() * 1000)


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute, value.second, value.microsecond // 1000)


def date_of(edit: QDateEdit) -> date:
    """The date a date field shows."""
    return to_date(edit.date())


def time_of(edit: QTimeEdit) -> time:
    """The time a time field shows."""
    return to_time(edit.time())
