"""A plan checked against the eligibility rules and against its own pace.

Coverage: the learner's transcript without its planned records, plus the plan's courses that
end before the target term (each counted as passed with E, like *what-if*), is evaluated
against the goal. What is still missing then is *not covered* by the plan. Pace: every term's
planned points are compared with what the chosen pace fits into a term.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date

from larsam_desktop.domain.courses.catalogue import Catalogue
from larsam_desktop.domain.courses.records import CourseRecord, CourseStatus
from larsam_desktop.domain.courses.transcript import Transcript
from larsam_desktop.domain.eligibility.engine import EligibilityResult, Evaluator
from larsam_desktop.domain.eligibility.requirements import RequirementResult
from larsam_desktop.domain.eligibility.rules import RuleBook, RuleNotInForce, UnknownTarget
from larsam_desktop.domain.plans.plan import GoalKind, PlanContent, PlannedCourse
from larsam_desktop.domain.plans.terms import HALF_TIME, PACES, Term, term_points


@dataclass(frozen=True, slots=True)
class PaceWarning:
    """A term whose planned points do not fit the chosen pace."""

    term: Term
    points: int
    capacity: int  # what the chosen pace fits into a term
    fitting_pace: int | None  # the pace these points need (None: more than full time)

    @property
    def over(self) -> bool:
        return self.points > self.capacity


@dataclass(frozen=True, slots=True)
class PlanCheck:
    goal: str | None  # the target's or the examen's name
    deadline: Term | None  # courses must end before this term (the target start term)
    result: EligibilityResult | None  # the goal evaluated on today's transcript
    missing_now: tuple[RequirementResult, ...]  # what the learner lacks today
    not_covered: tuple[RequirementResult, ...]  # still missing with the plan's courses
    missing_codes: tuple[str, ...]  # courses that would cover it (cheapest way), not planned
    points_short: int  # examen: points still short of the totals with the plan
    late_courses: tuple[PlannedCourse, ...]  # planned in or after the target term
    pace_warnings: tuple[PaceWarning, ...]
    scope_differs: bool  # the stated scope is not the sum of the planned courses
    below_half_time: bool  # a pace under CSN's half-time minimum
    problem: str | None = None  # the goal could not be evaluated (rule not in force, …)

    @property
    def covered(self) -> bool:
        return not self.not_covered and self.points_short == 0 and self.problem is None

    @property
    def warnings(self) -> int:
        return (
            (0 if self.covered else 1)
            + len(self.pace_warnings)
            + (1 if self.late_courses else 0)
            + (1 if self.scope_differs else 0)
            + (1 if self.below_half_time else 0)
        )


def check_plan(
    content: PlanContent,
    transcript: Transcript,
    book: RuleBook,
    catalogue: Catalogue,
    *,
    on: date,
) -> PlanCheck:
    deadline = content.target_term if content.goal_kind is GoalKind.PROGRAMME else None
    late = tuple(c for c in content.courses if deadline is not None and c.term >= deadline)
    with_plan = plan_transcript(transcript, content.courses, deadline)
    base = PlanCheck(
        goal=None,
        deadline=deadline,
        result=None,
        missing_now=(),
        not_covered=(),
        missing_codes=(),
        points_short=0,
        late_courses=late,
        pace_warnings=pace_warnings(content),
        scope_differs=content.scope_points != content.course_points,
        below_half_time=content.pace < HALF_TIME,
    )
    try:
        if content.goal_kind is GoalKind.PROGRAMME and content.target_id:
            now = Evaluator(book, catalogue, transcript, on=on).evaluate(content.target_id)
            planned = Evaluator(book, catalogue, with_plan, on=on, what_if=True).evaluate(
                content.target_id
            )
            return dataclasses.replace(
                base,
                goal=now.name,
                result=now,
                missing_now=now.missing,
                not_covered=planned.missing,
                missing_codes=_unplanned(planned.plan.codes, content),
            )
        if content.goal_kind is GoalKind.EXAMEN and content.examen in book.examens:
            audit_now = Evaluator(book, catalogue, transcript, on=on).audit(content.examen)
            audit = Evaluator(book, catalogue, with_plan, on=on, what_if=True).audit(content.examen)
            return dataclasses.replace(
                base,
                goal=audit.examen.rule.name,
                missing_now=tuple(r for r in audit_now.requirements if not r.met),
                not_covered=tuple(r for r in audit.requirements if not r.met),
                missing_codes=_unplanned(audit.required_plan.codes, content),
                points_short=audit.points_short,
            )
    except (RuleNotInForce, UnknownTarget) as exc:
        return dataclasses.replace(base, problem=str(exc))
    return base


def plan_transcript(
    transcript: Transcript, courses: tuple[PlannedCourse, ...], deadline: Term | None
) -> Transcript:
    """The transcript with the plan's courses (ending before ``deadline``) as planned records.

    The learner's own planned records are left out: the plan says what will be studied.
    """
    kept = tuple(r for r in transcript.records if r.status is not CourseStatus.PLANNED)
    planned = tuple(
        CourseRecord(c.code, CourseStatus.PLANNED, None, c.points)
        for c in courses
        if deadline is None or c.term < deadline
    )
    return dataclasses.replace(transcript, records=kept + planned)


def pace_warnings(content: PlanContent) -> tuple[PaceWarning, ...]:
    capacity = term_points(content.pace)
    warnings = []
    for term in content.terms:
        points = sum(c.points for c in content.courses_in(term))
        if points != capacity:
            fitting = next((p for p in PACES if term_points(p) >= points), None)
            warnings.append(PaceWarning(term, points, capacity, fitting))
    return tuple(warnings)


def _unplanned(codes: tuple[str, ...], content: PlanContent) -> tuple[str, ...]:
    planned = content.codes
    return tuple(code for code in codes if code not in planned)
