"""The dates of an offering's admission round, and the terms a learner has left to study.

antagning.se publishes, for every round, when the web application opens, the last day to
apply and the last day to complete (*sista kompletteringsdag*: every document showing the
applicant's eligibility must be in). The dates move by a day or two from year to year
(HT2016: 15 March, 15 April, 20 June; HT2012: 15 March, 16 April, 21 June; VT2016: 15
September, 15 October, 1 December; VT2019: 17 September, 15 October, 3 December — the
universities' "Viktiga datum" pages for those rounds), so the defaults below are the usual
pattern, and the coach types the year's own date where it differs:

* autumn term (HT) Y: apply 15 March – 15 April Y, complete by 20 June Y;
* spring term (VT) Y: apply 15 September – 15 October Y−1, complete by 1 December Y−1.

A komvux course counts towards the round when it ends on or before the completion date. Terms
are taken to end on 10 June (VT) and 20 December (HT), when komvux courses of the term are
graded: so the spring term before an autumn start counts, the autumn term before a spring
start does not (its grades come after 1 December).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from larsam_desktop.domain.plans.terms import (
    Term,
    first_open_term,
    term_points,
)

VT_ENDS = (6, 10)  # month, day
HT_ENDS = (12, 20)


@dataclass(frozen=True, slots=True)
class RoundDates:
    """An admission round's usual dates (see the module): application and completion."""

    opens: date
    closes: date
    complete_by: date


def round_dates(term: Term) -> RoundDates:
    """The usual dates of the round for programmes starting in ``term``."""
    if term.autumn:
        year = term.year
        return RoundDates(date(year, 3, 15), date(year, 4, 15), date(year, 6, 20))
    year = term.year - 1
    return RoundDates(date(year, 9, 15), date(year, 10, 15), date(year, 12, 1))


def term_end(term: Term) -> date:
    """When the courses of a komvux term are graded."""
    month, day = HT_ENDS if term.autumn else VT_ENDS
    return date(term.year, month, day)


def terms_left(today: date, complete_by: date) -> tuple[Term, ...]:
    """The terms a learner can still start courses in (``first_open_term``) whose courses are
    graded by ``complete_by``, in order; empty when none is."""
    found: list[Term] = []
    term = first_open_term(today)
    while term_end(term) <= complete_by:
        found.append(term)
        term = term.next()
    return tuple(found)


def terms_needed(points: int, pace: int) -> int:
    """Terms ``points`` take at ``pace`` points a week (0 for nothing to study)."""
    if points <= 0:
        return 0
    capacity = term_points(pace)
    return -(-points // capacity)


def fits(points: int, pace: int, terms: int) -> bool:
    """Whether ``points`` fit into ``terms`` terms at ``pace``."""
    return terms_needed(points, pace) <= terms
