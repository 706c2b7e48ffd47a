"""Dates and terms of the statistics' read: dates as the database driver returns them, or
as ``YYYYMMDD`` integers (storage/statistics_columns.py), each distinct value parsed once,
and the terms they fall in."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import String, type_coerce

from larsam_desktop.domain.statistics.facts import term_from_code, term_of
from larsam_desktop.storage.statistics_columns import LATE, NONE


def code_terms(codes: Sequence[int]) -> list[str | None]:
    """Terms of ``statistics_columns.term_codes`` (-1: none), each worked out once."""
    names = {code: None if code < 0 else term_from_code(code) for code in set(codes)}
    return list(map(names.__getitem__, codes))


def terms_of(days: Sequence[date | None]) -> list[str | None]:
    """The term of each day, worked out once per distinct day."""
    terms: dict[date | None, str | None] = {
        day: None if day is None else term_of(day) for day in set(days)
    }
    return list(map(terms.__getitem__, days))


class Days(dict[object, Any]):
    """Dates as the driver returns them (ISO text from SQLite, ``date`` from PostgreSQL),
    parsed once per distinct value: a few thousand values for 100,000 learners."""

    def __init__(self) -> None:
        super().__init__({None: None})

    def __missing__(self, value: object) -> date:
        parsed = self[value] = as_date(value)
        return parsed


class Ymd(dict[int, date | None]):
    """``YYYYMMDD`` integers as dates, each distinct value parsed once; ``NONE`` and
    ``LATE`` (never) are None."""

    def __init__(self) -> None:
        super().__init__({NONE: None, LATE: None})

    def __missing__(self, value: int) -> date:
        year, rest = divmod(value, 10_000)
        parsed = self[value] = date(year, *divmod(rest, 100))
        return parsed


class Terms(dict[object, str | None]):
    """The term of each distinct date value, worked out once."""

    def __init__(self, days: Days) -> None:
        super().__init__({None: None})
        self._days = days

    def __missing__(self, value: object) -> str:
        term = term_of(self._days[value])
        self[value] = term
        return term


def raw(expression: Any) -> Any:
    """Skip SQLAlchemy's per-value date processing (a third of the time at 100,000
    learners); ``as_date`` parses SQLite's ISO text, PostgreSQL hands back dates."""
    return type_coerce(expression, String)


def as_date(value: object) -> date:
    # SQLite hands back aggregated dates as ISO text.
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))
