"""Dates and times between Qt and Python, typed (``QDate.toPython()`` is typed as ``object``),
and how dates read in the window: ISO dates with the ISO week ("2026-12-07 (v. 50)") where
dates are listed, and the date placeholder of a text field ("ÅÅÅÅ-MM-DD" in Swedish).

A ``QDateEdit``/``QTimeEdit`` always holds a valid value, so these never meet an invalid one;
an invalid ``QDate``/``QTime`` raises ``ValueError``.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtWidgets import QDateEdit, QTimeEdit

from larsam_desktop.ui.text import fill


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


def date_placeholder() -> str:
    """What a date typed as text looks like: "ÅÅÅÅ-MM-DD" in Swedish."""
    return QCoreApplication.translate("Dates", "YYYY-MM-DD")


def week_label(value: date) -> str:
    """The ISO week of ``value``: "v. 50" in Swedish, "wk 50" in English."""
    return fill(QCoreApplication.translate("Dates", "wk %1"), value.isocalendar().week)


def listed_date(value: date) -> str:
    """A date in a list: "2026-12-07 (v. 50)"."""
    return f"{value.isoformat()} ({week_label(value)})"


def listed_time(value: datetime | date, start: time | None = None) -> str:
    """A date and time in a list: "2026-12-07 10:00 (v. 50)"."""
    on = value.date() if isinstance(value, datetime) else value
    at = value.time() if isinstance(value, datetime) else start
    clock = f" {at.strftime('%H:%M')}" if at is not None else ""
    return f"{on.isoformat()}{clock} ({week_label(on)})"
