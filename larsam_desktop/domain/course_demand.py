"""Preparatory course demand: how many learners need each komvux course, per term and
lärcentrum, from every current study plan (issue 17).

Internal planning data for the lärcentrum that orders courses: counts of the coach's own
learners, no personal data, exact (not published statistics, so not perturbed). The counts
themselves are made in SQL (``services/course_demand.py``); this module orders, filters and
sums them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from larsam_desktop.domain.statistics.facts import term_sort_key

NO_CENTRE = ""  # a learner without a lärcentrum


@dataclass(frozen=True, slots=True)
class DemandRow:
    """``learners`` learners plan ``course_code`` in ``term`` at ``learning_centre``."""

    course_code: str
    course_name: str
    term: str  # VT2027
    learning_centre: str  # NO_CENTRE when the learner has none
    learners: int


@dataclass(frozen=True, slots=True)
class CourseDemand:
    rows: tuple[DemandRow, ...]
    plans: int  # current plans read

    @property
    def terms(self) -> list[str]:
        return sorted({r.term for r in self.rows}, key=term_sort_key)

    @property
    def learning_centres(self) -> list[str]:
        return sorted({r.learning_centre for r in self.rows})

    def only(self, *, term: str | None = None, learning_centre: str | None = None) -> CourseDemand:
        """The rows of one term and/or one lärcentrum (None: every one)."""
        rows = tuple(
            r
            for r in self.rows
            if (term is None or r.term == term)
            and (learning_centre is None or r.learning_centre == learning_centre)
        )
        return CourseDemand(rows, self.plans)

    @property
    def total(self) -> int:
        """Course places asked for (a learner counts once per course and term)."""
        return sum(r.learners for r in self.rows)


def demand_from_counts(
    counts: Iterable[tuple[str, str, str | None, int]],
    names: dict[str, str],
    plans: int,
) -> CourseDemand:
    """Rows from ``(code, term, lärcentrum, learners)`` counts, ordered by term, lärcentrum,
    (none last), then the most asked-for course first. A code the catalogue does not name is its own
    name; a term that is not ``VT``/``HT`` + year is kept last."""
    merged: dict[tuple[str, str, str], int] = {}
    for code, term, centre, learners in counts:
        key = (code, term, centre or NO_CENTRE)
        merged[key] = merged.get(key, 0) + learners
    rows = [
        DemandRow(code, names.get(code, code), term, centre, learners)
        for (code, term, centre), learners in merged.items()
    ]
    rows.sort(
        key=lambda r: (
            _term_order(r.term), not r.learning_centre, r.learning_centre, -r.learners,
            r.course_name,
        )
    )  # fmt: skip
    return CourseDemand(tuple(rows), plans)


def _term_order(term: str) -> tuple[int, int]:
    try:
        return term_sort_key(term)
    except ValueError:
        return 9999, 9


def check_term(text: str) -> str:
    """``vt 2027`` → ``VT2027``; raises ``ValueError`` for anything that is not a term."""
    from larsam_desktop.domain.plans.terms import Term

    return str(Term.parse(text))
