""" "Add the missing courses": spread courses over terms at the plan's pace.

Each course goes into the earliest term from ``first_term`` that still has room at the pace
and that comes after every planned course it builds on (Ma 2c after Ma 1c). A course larger
than a whole term (a 600-point basic-level subject) gets an empty term to itself.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from larsam_desktop.domain.courses.catalogue import Catalogue
from larsam_desktop.domain.plans.plan import PlanContent, PlannedCourse
from larsam_desktop.domain.plans.terms import Term, term_points

_MAX_TERMS = 40  # twenty years: enough for any plan, and a guard against endless loops


def add_courses(
    content: PlanContent, codes: Iterable[str], catalogue: Catalogue, *, first_term: Term
) -> PlanContent:
    """The plan with ``codes`` added (codes already planned or unknown are skipped)."""
    capacity = term_points(content.pace)
    load: dict[Term, int] = {}
    placed: dict[str, Term] = {}
    for course in content.courses:
        load[course.term] = load.get(course.term, 0) + course.points
        placed[course.code] = course.term
    wanted = [c for c in dict.fromkeys(codes) if c in catalogue and c not in placed]
    wanted.sort(key=lambda code: _depth(code, catalogue))  # lower courses of a line first
    added: list[PlannedCourse] = []
    for code in wanted:
        points = catalogue.points(code)
        earliest = first_term
        for lower in _lower(code, catalogue):
            if lower in placed and placed[lower] >= earliest:
                earliest = placed[lower].next()
        term = earliest
        for _ in range(_MAX_TERMS):
            used = load.get(term, 0)
            if used + points <= capacity or (used == 0 and points > capacity):
                break
            term = term.next()
        load[term] = load.get(term, 0) + points
        placed[code] = term
        added.append(PlannedCourse(code, term, points))
    courses = sorted((*content.courses, *added), key=lambda c: c.term)  # stable within a term
    grew = content.scope_points == content.course_points  # a scope that was the sum stays so
    scope = sum(c.points for c in courses) if grew else content.scope_points
    return dataclasses.replace(content, courses=tuple(courses), scope_points=scope)


def _lower(code: str, catalogue: Catalogue) -> set[str]:
    """Every course ``code`` covers, directly or through another."""
    found: set[str] = set()
    todo = list(catalogue.get(code).covers)
    while todo:
        lower = todo.pop()
        if lower not in found and lower in catalogue:
            found.add(lower)
            todo.extend(catalogue.get(lower).covers)
    return found


def _depth(code: str, catalogue: Catalogue) -> int:
    return len(_lower(code, catalogue))
