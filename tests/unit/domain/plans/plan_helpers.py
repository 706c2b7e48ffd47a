"""A short way to write plans in tests: ``plan_of("MATMAT02a@VT2027", …)``."""

from __future__ import annotations

from datetime import date

from larsam_desktop.domain.courses.catalogue import Catalogue
from larsam_desktop.domain.plans.plan import GoalKind, PlanContent, PlannedCourse
from larsam_desktop.domain.plans.terms import Term

TODAY = date(2026, 11, 28)


def plan_of(*courses: str, target: str = "sjukskoterska", term: str = "HT2027",
            pace: int = 20, catalogue: Catalogue | None = None) -> PlanContent:  # fmt: skip
    """``plan_of("MATMAT02a@VT2027", …)``: each course ``CODE@TERM`` or ``CODE@TERM:POINTS``."""
    planned = []
    for text in courses:
        code, rest = text.split("@")
        term_text, _, points = rest.partition(":")
        default = catalogue.points(code) if catalogue else 100
        planned.append(PlannedCourse(code, Term.parse(term_text), int(points or default)))
    total = sum(c.points for c in planned)
    return PlanContent(
        goal_kind=GoalKind.PROGRAMME,
        target_id=target,
        target_term=Term.parse(term) if term else None,
        scope_points=total,
        pace=pace,
        courses=tuple(planned),
        coach="Karin",
    )
