"""Swedish public holidays from the maintained ``holidays`` package, for working-day rules.

Public holidays (helgdagar) always count; with ``de_facto`` also the eves a lärcentrum is
closed (Midsummer Eve, Christmas Eve, New Year's Eve) and the other de facto holidays the
package lists.
"""

from __future__ import annotations

from collections.abc import Container
from datetime import date
from functools import cache

import holidays


@cache
def _calendar(de_facto: bool) -> holidays.HolidayBase:
    categories = (holidays.PUBLIC, holidays.DE_FACTO) if de_facto else (holidays.PUBLIC,)
    return holidays.country_holidays("SE", categories=categories)


def swedish_holidays(*, de_facto: bool = True) -> Container[date]:
    """A container answering ``day in calendar`` for any year (years load on demand)."""
    return _Holidays(de_facto)


def holiday_name(day: date, *, de_facto: bool = True) -> str | None:
    return _calendar(de_facto).get(day)


class _Holidays:
    def __init__(self, de_facto: bool) -> None:
        self._de_facto = de_facto

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and day in _calendar(self._de_facto)
