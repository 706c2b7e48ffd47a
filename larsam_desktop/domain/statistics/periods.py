"""Fixed publication periods: whole terms, school years and calendar years.

Statistics Sweden and Skolverket publish fixed periods, never arbitrary date ranges of the
same records: two date ranges a day apart differ by the few learners who started on that
day, and their difference is those learners. A period here is always a run of whole terms
(VT = January–June, HT = July–December), written as antagning.se writes terms:

* ``HT2025`` or ``VT2026``: one term;
* ``2025``: a calendar year (VT2025 + HT2025);
* ``2024/25``: a school year (HT2024 + VT2025);
* ``--from VT2024 --to HT2025``: every term from the start of the first to the end of the
  second (each side may be any of the forms above).

Anything else, a date range in particular, is refused with a message naming these forms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from larsam_desktop.domain.bilingual import Bilingual
from larsam_desktop.domain.errors import UserError

FIRST_YEAR = 1990  # the first term an export can name ("from the beginning")
# The forms a period may take, for a hint beside a period field (the refusal below is one
# whole sentence of the catalogue, never this text filled into an English one).
ACCEPTED_FORMS = Bilingual(
    "en termin (HT2025, VT2026), ett kalenderår (2025) eller ett läsår (2024/25)",
    "a term (HT2025, VT2026), a calendar year (2025) or a school year (2024/25)",
)

_TERM = re.compile(r"^(VT|HT)(\d{4})$")
_YEAR = re.compile(r"^(\d{4})$")
_SCHOOL_YEAR = re.compile(r"^(\d{4})/(\d{2}|\d{4})$")


class PeriodRefused(UserError):
    """A period that is not one of the fixed forms."""

    default_template = (
        "{text} is not a statistics period. Give a term (HT2025, VT2026), a calendar year "
        "(2025) or a school year (2024/25)."
    )


@dataclass(frozen=True, slots=True, order=True)
class Term:
    """A term as ``year * 2 + (1 for HT)``: consecutive terms are consecutive numbers."""

    code: int

    @classmethod
    def of(cls, year: int, autumn: bool) -> Term:
        return cls(year * 2 + (1 if autumn else 0))

    @classmethod
    def containing(cls, on: date) -> Term:
        return cls.of(on.year, on.month > 6)

    @property
    def year(self) -> int:
        return self.code // 2

    @property
    def autumn(self) -> bool:
        return self.code % 2 == 1

    @property
    def first_day(self) -> date:
        return date(self.year, 7 if self.autumn else 1, 1)

    @property
    def last_day(self) -> date:
        return date(self.year, 12, 31) if self.autumn else date(self.year, 6, 30)

    def __str__(self) -> str:
        return f"{'HT' if self.autumn else 'VT'}{self.year}"


@dataclass(frozen=True, slots=True)
class StatsPeriod:
    """Learners who started on the path in the terms ``first`` to ``last`` (both included);
    ``name`` is how the coach wrote it (``HT2025``, ``2025``, ``2024/25``, ``VT2024–HT2025``)."""

    first: Term
    last: Term
    name: str

    @property
    def start(self) -> date:
        return self.first.first_day

    @property
    def end(self) -> date:
        return self.last.last_day

    @property
    def terms(self) -> tuple[Term, ...]:
        return tuple(Term(code) for code in range(self.first.code, self.last.code + 1))

    def __str__(self) -> str:
        return self.name


def _refuse(text: str) -> PeriodRefused:
    return PeriodRefused(text=repr(text[:40]))


def _check_year(year: int, text: str) -> int:
    if not FIRST_YEAR <= year <= 2999:
        raise _refuse(text)
    return year


def parse_period(text: str) -> StatsPeriod:
    """One fixed period from its written form; raises ``PeriodRefused`` for anything else."""
    clean = text.strip().upper().replace(" ", "")
    if match := _TERM.match(clean):
        term = Term.of(_check_year(int(match[2]), text), match[1] == "HT")
        return StatsPeriod(term, term, str(term))
    if match := _YEAR.match(clean):
        year = _check_year(int(match[1]), text)
        return StatsPeriod(Term.of(year, False), Term.of(year, True), str(year))
    if match := _SCHOOL_YEAR.match(clean):
        year = _check_year(int(match[1]), text)
        second = int(match[2])
        if second not in (year + 1, (year + 1) % 100):
            raise _refuse(text)
        return StatsPeriod(
            Term.of(year, True), Term.of(year + 1, False), f"{year}/{(year + 1) % 100:02d}"
        )
    raise _refuse(text)


def period_between(
    start: str | None, end: str | None, today: date, *, ended_only: bool = False
) -> StatsPeriod:
    """``--from A --to B``: from the first term of A to the last term of B.

    Without ``--from`` the period starts in VT1990 (every learner); without ``--to`` it ends
    with the last term that has ended (an export) or the current one (the dashboard).
    """
    first = parse_period(start).first if start else Term.of(FIRST_YEAR, False)
    current = Term.containing(today)
    last = parse_period(end).last if end else Term(current.code - 1) if ended_only else current
    if last < first:
        raise PeriodRefused(
            "The period ends ({last}) before it starts ({first}).", last=str(last), first=str(first)
        )
    name = str(first) if first == last else f"{first}–{last}"
    return StatsPeriod(first, last, name)


def last_ended_period(today: date) -> StatsPeriod:
    """Every term from VT1990 to the last one that has ended before ``today``."""
    return period_between(None, None, today, ended_only=True)


def choose_period(
    period: str | None, start: str | None, end: str | None, today: date
) -> StatsPeriod:
    """``--period P``, or ``--from``/``--to`` (by default up to the last ended term)."""
    if period and (start or end):
        raise PeriodRefused("Give either --period or --from/--to, not both.")
    if period:
        return parse_period(period)
    return period_between(start, end, today, ended_only=True)


def recent_periods(today: date, count: int = 6) -> list[StatsPeriod]:
    """The periods the dashboard offers: recent terms, school years and calendar years."""
    current = Term.containing(today)
    terms = [Term(current.code - i) for i in range(count)]
    result = [StatsPeriod(t, t, str(t)) for t in terms]
    school_start = current.year if current.autumn else current.year - 1
    for year in (school_start, school_start - 1, school_start - 2):
        result.append(parse_period(f"{year}/{(year + 1) % 100:02d}"))
    for year in (today.year, today.year - 1, today.year - 2):
        result.append(parse_period(str(year)))
    result.append(last_ended_period(today))
    return result
