"""The course catalogue: every course the app knows, its points, and how courses relate.

Two relations matter for eligibility, both read from data files:

* ``covers``: a pass in a higher course of the same subject line satisfies the lower course,
  even if the lower one was failed (Ma 3c covers Ma 2c, which covers Ma 1c).
* equivalences: passing every course in ``from_codes`` counts as passing each of
  ``counts_as`` (Svenska A → Svenska 1; Biologi A + Kemi A + Fysik A → Naturkunskap 2;
  Engelska nivå 2 → Engelska 6).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from larsam_desktop.domain.courses.grades import GradeScale
from larsam_desktop.domain.text import fold

COVERS_SOURCE = (
    "uhr.se/syv: kompletteringar för särskild behörighet"  # a higher course covers a lower one
)


class CourseSystem(StrEnum):
    GY11 = "gy11"  # Gy11 / Vux12 courses, graded A–F
    LPF94 = "lpf94"  # Lpf94 / Gy2000 courses, graded IG–MVG
    GY25 = "gy25"  # Gy25 subject levels, graded A–F

    @property
    def grade_scale(self) -> GradeScale:
        return GradeScale.IG_TO_MVG if self is CourseSystem.LPF94 else GradeScale.A_TO_F


@dataclass(frozen=True, slots=True)
class Course:
    code: str
    system: CourseSystem
    name: str
    subject: str
    line: str
    level: str
    points: int
    covers: tuple[str, ...]
    verified: bool
    source: str


@dataclass(frozen=True, slots=True)
class Equivalence:
    """Passing all of ``from_codes`` counts as passing each of ``counts_as`` (may be empty)."""

    from_codes: tuple[str, ...]
    counts_as: tuple[str, ...]
    note: str
    verified: bool
    source: str

    @property
    def is_composite(self) -> bool:
        return len(self.from_codes) > 1


class Catalogue:
    """Courses by code, with case-insensitive lookup and completion by code or name."""

    def __init__(self, courses: Iterable[Course], equivalences: Iterable[Equivalence]) -> None:
        self._courses: dict[str, Course] = {}
        for course in courses:
            self._courses[course.code] = course
        self._folded = {fold(code): code for code in self._courses}
        self.equivalences: tuple[Equivalence, ...] = tuple(equivalences)
        self.composites = tuple(e for e in self.equivalences if e.is_composite and e.counts_as)
        self._singles: dict[str, list[Equivalence]] = {}
        for row in self.equivalences:
            if not row.is_composite and row.counts_as:
                self._singles.setdefault(row.from_codes[0], []).append(row)
        self._composites_with: dict[str, list[Equivalence]] = {}
        for row in self.composites:
            for code in row.from_codes:
                self._composites_with.setdefault(code, []).append(row)
        self._alternatives = _gy11_alternatives(self.composites, self._courses)

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code in self._courses

    def __len__(self) -> int:
        return len(self._courses)

    @property
    def courses(self) -> Mapping[str, Course]:
        return self._courses

    def get(self, code: str) -> Course:
        return self._courses[code]

    def lookup(self, text: str) -> Course | None:
        """The course whose code is ``text`` in any case (``matmat01A`` finds ``MATMAT01a``)."""
        code = self._folded.get(fold(text.strip()))
        return self._courses[code] if code else None

    def suggest(self, text: str, limit: int = 3) -> list[str]:
        """Codes that look like ``text``, for "did you mean" messages."""
        matches = difflib.get_close_matches(fold(text.strip()), self._folded, n=limit, cutoff=0.7)
        return [self._folded[m] for m in matches]

    def search(self, text: str, limit: int = 20) -> list[Course]:
        """Completion by code prefix or by words of the name (all words must match)."""
        words = fold(text).split()
        if not words:
            return []
        found = [
            course
            for course in self._courses.values()
            if fold(course.code).startswith(words[0])
            or all(word in fold(course.name) for word in words)
        ]
        return found[:limit]

    def points(self, code: str) -> int:
        return self._courses[code].points

    def equivalences_from(self, code: str) -> list[Equivalence]:
        """One-to-one (or one-to-several) equivalences that start from ``code``."""
        return self._singles.get(code, [])

    def composites_with(self, code: str) -> list[Equivalence]:
        """Composite equivalences that ``code`` is one part of."""
        return self._composites_with.get(code, [])

    def alternatives(self, code: str) -> tuple[tuple[str, ...], ...]:
        """Sets of Gy11 courses that together count as ``code`` (Sh 1a1 + 1a2 for Sh 1b)."""
        return self._alternatives.get(code, ())


def _gy11_alternatives(
    equivalences: Iterable[Equivalence], courses: Mapping[str, Course]
) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Composite equivalences among Gy11 courses: ways a learner can still study today."""
    # Only Gy11 combinations: nobody studies Lpf94 courses any more.
    found: dict[str, list[tuple[str, ...]]] = {}
    for row in equivalences:
        if all(courses[c].system is CourseSystem.GY11 for c in row.from_codes):
            for target in row.counts_as:
                found.setdefault(target, []).append(row.from_codes)
    return {code: tuple(sets) for code, sets in found.items()}
