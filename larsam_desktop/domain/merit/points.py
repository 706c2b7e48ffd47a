"""Meritpoäng for moderna språk, engelska and matematik (max 2,5), by grade document.

``passed`` are the merit courses passed (E or better); ``required`` the level of each
subject the target (and grundläggande behörighet) requires: those levels never give points.
A gymnasieexamen gives points only for the levels passed (MERITPOANG_EXAMEN); a slutbetyg
counts the levels below the highest passed as well (MERIT_COMPLETIONS_SLUTBETYG,
MODERNA_SLUTBETYG). No områdesspecifika meritpoäng (NO_AREA_MERIT: unverified).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal

from larsam_desktop.domain.merit.subjects import MeritCourse, MeritSubject
from larsam_desktop.domain.merit.values import HALF, MAX_MERITPOANG, ONE, ZERO

_MAX = {
    (True, MeritSubject.MATEMATIK): Decimal("1.5"),
    (False, MeritSubject.MATEMATIK): ONE,
    (True, MeritSubject.ENGELSKA): ONE,
    (False, MeritSubject.ENGELSKA): ONE,
    (True, MeritSubject.MODERNA_SPRAK): Decimal("1.5"),
    (False, MeritSubject.MODERNA_SPRAK): Decimal("1.5"),
}


def meritpoang(
    passed: Iterable[MeritCourse],
    required: Mapping[MeritSubject, int],
    *,
    examen: bool,
) -> dict[MeritSubject, Decimal]:
    """Points per subject (only subjects that give any); their sum is at most 2,5."""
    levels: dict[MeritSubject, set[int]] = {}
    languages: dict[str, set[int]] = {}
    for course in passed:
        if course.subject is MeritSubject.MODERNA_SPRAK:
            languages.setdefault(course.language, set()).add(course.level)
        else:
            levels.setdefault(course.subject, set()).add(course.level)
    found = {
        MeritSubject.MATEMATIK: _matematik(
            levels.get(MeritSubject.MATEMATIK, set()),
            required.get(MeritSubject.MATEMATIK, 1),
            examen,
        ),
        MeritSubject.ENGELSKA: _engelska(
            levels.get(MeritSubject.ENGELSKA, set()),
            required.get(MeritSubject.ENGELSKA, 6 if examen else 5),
            examen,
        ),
        MeritSubject.MODERNA_SPRAK: _moderna(
            languages, required.get(MeritSubject.MODERNA_SPRAK, 0), examen
        ),
    }
    result: dict[MeritSubject, Decimal] = {}
    room = MAX_MERITPOANG
    for subject in (MeritSubject.MODERNA_SPRAK, MeritSubject.ENGELSKA, MeritSubject.MATEMATIK):
        points = min(found[subject], _MAX[(examen, subject)], room)
        if points > ZERO:
            result[subject] = points
            room -= points
    return result


def _matematik(levels: set[int], required: int, examen: bool) -> Decimal:
    """Examen: 0,5 for each of Ma 2–4 passed above the requirement, 1,0 for Ma 5 (max 1,5).
    Slutbetyg: 0,5 for each level above the requirement up to the highest passed (max 1,0)."""
    if examen:
        points = sum((HALF for level in (2, 3, 4) if level in levels and level > required), ZERO)
        if 5 in levels and required < 5:
            points += ONE
        return points
    highest = max(levels, default=0)
    return HALF * max(0, min(highest, 5) - required)


def _engelska(levels: set[int], required: int, examen: bool) -> Decimal:
    """Examen: Engelska 7 gives 1,0. Slutbetyg: Engelska B/6 and C/7 give 0,5 each, the lower
    level counted when the higher is passed (max 1,0)."""
    if examen:
        return ONE if 7 in levels and required < 7 else ZERO
    highest = max(levels, default=0)
    return HALF * max(0, min(highest, 7) - max(required, 5))


def _moderna(languages: Mapping[str, set[int]], required: int, examen: bool) -> Decimal:
    """The best language, and 0,5 for a second one (level ≥ 2) after språk 4 (max 1,5)."""
    values = sorted(
        ((_one_language(levels, required, examen), lang) for lang, levels in languages.items()),
        reverse=True,
    )
    if not values:
        return ZERO
    best, best_language = values[0]
    if ONE <= best < Decimal("1.5") and any(
        max(levels) >= 2 for lang, levels in languages.items() if lang != best_language
    ):
        best += HALF
    return min(best, Decimal("1.5"))


def _one_language(levels: set[int], required: int, examen: bool) -> Decimal:
    if examen:
        points = ZERO
        if 3 in levels and required < 3:
            points += HALF
        if 4 in levels and required < 4:
            points += ONE
        if any(level >= 5 for level in levels) and required < 5:
            points += HALF
        return points
    highest = max(levels, default=0)
    if highest >= 5:
        return Decimal("1.5")
    if highest == 4:
        return ONE
    return HALF if highest == 3 and required < 3 else ZERO
