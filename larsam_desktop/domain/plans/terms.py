"""Terms (``HT2026``, ``VT2027``) and study pace in verksamhetspoäng per week.

Komvux counts 20 points a week as full time (CSN) and 10 as the half-time minimum; a term is
taken as 20 weeks, so a full-time term is 400 points and a year 800 (förordning 2011:1108,
2 kap. 1–2 §§).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import total_ordering

WEEKS_PER_TERM = 20
FULL_TIME = 20  # points per week
HALF_TIME = 10  # the CSN half-time minimum
PACES = (5, 10, 15, 20)  # 25, 50, 75 and 100 % of full time
_TERM = re.compile(r"^(HT|VT)(\d{4})$")


@total_ordering
@dataclass(frozen=True, slots=True)
class Term:
    year: int
    autumn: bool  # HT (autumn) or VT (spring)

    @classmethod
    def parse(cls, text: str) -> Term:
        """``HT2027`` or ``vt 2028``; raises ``ValueError`` for anything else."""
        match = _TERM.match(text.replace(" ", "").upper())
        if match is None or not 2000 <= int(match[2]) <= 2100:
            raise ValueError(f"{text!r} is not a term")
        return cls(int(match[2]), match[1] == "HT")

    @classmethod
    def of(cls, day: date) -> Term:
        """The term a date falls in: January–June is VT, July–December HT."""
        return cls(day.year, day.month >= 7)

    def next(self) -> Term:
        return Term(self.year + 1, False) if self.autumn else Term(self.year, True)

    def previous(self) -> Term:
        return Term(self.year, False) if self.autumn else Term(self.year - 1, True)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Term):
            return NotImplemented
        return (self.year, self.autumn) < (other.year, other.autumn)

    def __str__(self) -> str:
        return f"{'HT' if self.autumn else 'VT'}{self.year}"


def term_points(pace: int) -> int:
    """Points one term holds at ``pace`` points a week."""
    return pace * WEEKS_PER_TERM


def pace_percent(pace: int) -> int:
    return pace * 100 // FULL_TIME


def first_open_term(today: date) -> Term:
    """The first term new courses can still start in: the current one until its first two
    months have passed (VT: January–February; HT: July–September), else the next."""
    term = Term.of(today)
    early = today.month <= 2 if not term.autumn else today.month <= 9
    return term if early else term.next()
