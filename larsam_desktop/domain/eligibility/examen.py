"""Examen audit: how far a learner has come towards an examen from komvux.

An examen needs ``total_points`` (2,400) with a grade, ``passed_points`` (2,250) of them at
E or better, and its required courses. Each course code counts once, with its best grade.
"""

from __future__ import annotations

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
) -> ExamenAudit:
    results: list[RequirementResult] = []
    for requirement in examen.rule.requirements:
        if not requirement.basis.decides(on):
            continue
        if isinstance(requirement, CourseRequirement):
            results.append(evaluate_courses(requirement, standing, catalogue))
        elif isinstance(requirement, FactRequirement):
            results.append(evaluate_fact(requirement, requirement.holds(transcript), None))
        else:
            results.append(evaluate_unlisted(requirement))
    total, passed = graded_points(transcript, what_if=what_if)
    required = plan(results, catalogue)
    return ExamenAudit(
        examen=examen,
        points_total=total,
        points_passed=passed,
        requirements=tuple(results),
        required_plan=required,
        course_points=sum(catalogue.points(code) for code in required.codes),
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
