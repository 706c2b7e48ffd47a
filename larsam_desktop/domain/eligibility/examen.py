"""Examen audit: how far a learner has come towards an examen from komvux.

An examen needs ``total_points`` (2,400) with a grade, ``passed_points`` (2,250) of them at
E or better, and its required courses. Each course code counts once, with its best grade.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from larsam_desktop.domain.courses.catalogue import Catalogue
from larsam_desktop.domain.courses.transcript import Transcript
from larsam_desktop.domain.eligibility.requirements import (
    RequirementResult,
    StudyOption,
    StudyPlan,
    evaluate_courses,
    evaluate_fact,
    evaluate_unlisted,
    plan,
)
from larsam_desktop.domain.eligibility.rules import (
    CourseRequirement,
    ExamenRule,
    FactRequirement,
)
from larsam_desktop.domain.eligibility.standing import Standing


@dataclass(frozen=True, slots=True)
class ExamenAudit:
    examen: ExamenRule
    points_total: int  # points with a grade, passed or not
    points_passed: int  # points at E or better
    requirements: tuple[RequirementResult, ...]
    required_plan: StudyPlan  # the required courses still to study
    course_points: int  # the points of required_plan's named courses

    @property
    def points_short(self) -> int:
        """Points still needed to reach the totals, whatever the courses."""
        return max(
            self.examen.total_points - self.points_total,
            self.examen.passed_points - self.points_passed,
            0,
        )

    @property
    def points_missing(self) -> int:
        return max(self.required_plan.points, self.points_short)

    @property
    def complete(self) -> bool:
        return all(r.met for r in self.requirements) and self.points_short == 0

    def as_option(self) -> StudyOption:
        """What is left, as one way to meet a requirement that needs this examen."""
        return StudyOption(
            codes=self.required_plan.codes,
            course_points=self.course_points,
            extra_points=self.required_plan.points - self.course_points,
            at_least=self.points_short,
        )


def audit_examen(
    examen: ExamenRule,
    transcript: Transcript,
    standing: Standing,
    catalogue: Catalogue,
    *,
    on: date,
    what_if: bool = False,
    courses: Callable[[CourseRequirement], RequirementResult] | None = None,
    points: tuple[int, int] | None = None,
) -> ExamenAudit:
    """``courses``: a course requirement's result on ``standing`` (``evaluate_courses``, as
    an evaluator keeps them); ``points``: ``graded_points`` of the transcript."""
    results: list[RequirementResult] = []
    for requirement in examen.rule.requirements:
        if not requirement.basis.decides(on):
            continue
        if isinstance(requirement, CourseRequirement):
            if courses is not None:
                results.append(courses(requirement))
            else:
                results.append(evaluate_courses(requirement, standing, catalogue))
        elif isinstance(requirement, FactRequirement):
            results.append(evaluate_fact(requirement, requirement.holds(transcript), None))
        else:
            results.append(evaluate_unlisted(requirement))
    total, passed = points if points is not None else graded_points(transcript, what_if=what_if)
    required = plan(results, catalogue)
    return ExamenAudit(
        examen=examen,
        points_total=total,
        points_passed=passed,
        requirements=tuple(results),
        required_plan=required,
        course_points=sum(catalogue.points(code) for code in required.codes),
    )


def with_audit(requirement: FactRequirement, audit: ExamenAudit) -> RequirementResult:
    """A fact requirement not held, with the audit of the examen that stands in for it: how
    far the learner has come, and what is left as its one way to study."""
    examen = audit.examen
    if audit.complete:
        progress = "its courses and points are complete: ask for the examen to be issued"
        progress_sv = "kurserna och poängen är klara: begär att examen utfärdas"
    else:
        progress = (
            f"so far {audit.points_total} of {examen.total_points} points, "
            f"{audit.points_passed} of {examen.passed_points} passed"
        )
        progress_sv = (
            f"hittills {audit.points_total} av {examen.total_points} poäng, "
            f"{audit.points_passed} av {examen.passed_points} godkända"
        )
    # A complete audit leaves nothing to study (an option of no courses, 0 points).
    result = evaluate_fact(requirement, False, audit.as_option())
    return dataclasses.replace(
        result,
        description=f"{requirement.description} (not held; {progress})",
        description_sv=f"{result.description_sv or result.description} (saknas; {progress_sv})",
        sources=tuple(dict.fromkeys((*result.sources, *examen.rule.sources))),
    )


def graded_points(transcript: Transcript, *, what_if: bool) -> tuple[int, int]:
    best: dict[str, tuple[int, int]] = {}  # code → (grade rank, points)
    for record in transcript.records:
        grade = record.graded_for_points(what_if=what_if)
        if grade is not None:
            best[record.code] = max(best.get(record.code, (-1, 0)), (grade.rank, record.points))
    total = sum(points for _, points in best.values())
    passed = sum(points for rank, points in best.values() if rank >= 1)
    return total, passed
