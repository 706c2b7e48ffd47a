"""Plausible studies for demo learners: courses, qualifications and a target programme.

The courses come from the rules themselves: what grundläggande behörighet needs by the komvux
route, and what each target needs on top, as the engine's own study plan names them. How far
a learner has got along that list follows their pathway stage, so learners who reached
särskild behörighet really are eligible, and those in komvux mostly are not yet. Learners
with a target who have come as far as the preparation step have a study plan: the courses
they have not yet passed, spread from the first open term (as "Add the missing courses").
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from larsam_desktop.domain.courses.records import CourseStatus, Provider
from larsam_desktop.domain.courses.transcript import Examen, Transcript
from larsam_desktop.domain.eligibility.engine import Evaluator
from larsam_desktop.domain.eligibility.rules import GRUNDLAGGANDE
from larsam_desktop.domain.pathway import Stage
from larsam_desktop.domain.plans.plan import GoalKind, PlanContent
from larsam_desktop.domain.plans.spread import add_courses
from larsam_desktop.domain.plans.terms import Term, first_open_term
from larsam_desktop.services.eligibility_data import EligibilityData

# Targets demo learners aim for, with rough weights (nursing and teaching dominate).
_TARGETS = {
    "sjukskoterska": 14,
    "forskollarare": 10,
    "grundlarare-f3": 6,
    "grundlarare-4-6": 4,
    "socionom": 10,
    "hogskoleingenjor": 5,
    "biomedicinsk-analytiker": 2,
    "fysioterapeut": 3,
    "civilekonom": 4,
    "psykolog": 3,
    "jurist": 2,
    "amneslarare-matematik": 2,
    "kpu": 2,
    GRUNDLAGGANDE: 8,
}
_GRADES = ("A", "B", "C", "D", "E", "F")
_GRADE_WEIGHTS = (6, 10, 22, 18, 36, 8)
_TARGET_SHARE = 0.75
_ADVANCED = (Stage.SARSKILD, Stage.APPLIED, Stage.ADMITTED, Stage.STUDYING, Stage.COMPLETED)
_PLANNED = (Stage.PREPARATION, Stage.GRUNDLAGGANDE, *_ADVANCED)  # stages that have a plan


@dataclass(frozen=True, slots=True)
class DemoStudies:
    courses: list[dict[str, Any]]  # course_record column values without learner_id
    profile: dict[str, Any] | None  # learner_profile column values without learner_id
    plan: PlanContent | None = None  # a first study plan (the coach is filled in later)


class StudiesSampler:
    def __init__(self, data: EligibilityData, today: date) -> None:
        self.data = data
        self._catalogue = data.catalogue
        self._today = today
        komvux = Transcript(slutbetyg_points_passed=2400)
        self._basic = Evaluator(data.book, data.catalogue, komvux, on=today)
        self._basic_codes = self._basic.evaluate(GRUNDLAGGANDE).plan.codes
        with_examen = Transcript(examen=Examen.HOGSKOLEFORBEREDANDE)
        evaluator = Evaluator(data.book, data.catalogue, with_examen, on=today)
        self._target_codes = {
            target: tuple(evaluator.evaluate(target).plan.codes)
            for target in _TARGETS
            if target in data.book.target_ids
        }
        self._targets = list(self._target_codes)
        self._weights = [_TARGETS[t] for t in self._targets]

    def studies(
        self, rng: random.Random, steps: list[dict[str, Any]], coach: str = "Demo"
    ) -> DemoStudies:
        """Courses, profile and plan for a learner whose pathway is ``steps`` (oldest
        first); ``coach`` is the learner's coach, who the plan names."""
        reached = _furthest_forward(steps)
        target = (
            rng.choices(self._targets, self._weights)[0] if rng.random() < _TARGET_SHARE else None
        )
        examen_route = rng.random() < 0.45
        basic_done = reached in (Stage.GRUNDLAGGANDE, *_ADVANCED)
        target_done = reached in _ADVANCED
        courses: list[dict[str, Any]] = []
        # Within a subject line courses are read in order: once one is not finished, the
        # higher ones are not either (no Svenska 2 passed before a planned Svenska 1).
        stopped: set[str] = set()
        if not examen_route or not basic_done:
            share = 1.0 if basic_done else (0.6 if reached is Stage.PREPARATION else 0.35)
            for code in self._basic_codes:
                courses.append(self._course(rng, code, share, stopped, sure=basic_done))
        for code in self._target_codes.get(target or "", ()):
            if code not in self._basic_codes or (examen_route and basic_done):
                share = 1.0 if target_done else (0.4 if basic_done else 0.1)
                courses.append(self._course(rng, code, share, stopped, sure=target_done))
        profile = None
        if target is not None or basic_done:
            profile = {
                "examen": Examen.HOGSKOLEFORBEREDANDE.value
                if examen_route and basic_done
                else None,
                "slutbetyg_points_passed": rng.randrange(2250, 2700, 50)
                if basic_done and not examen_route
                else None,
                "folkhogskola_intyg": False,
                "work_years_after_19": float(rng.randint(0, 12)),
                "teaching_subject_hp": None,
                "target_id": target,
                "target_start_term": _start_term(rng, self._today) if target else None,
            }
        plan = None
        if profile is not None and target is not None and reached in _PLANNED:
            plan = self._plan(target, str(profile["target_start_term"]), courses, coach)
        return DemoStudies(courses, profile, plan)

    def _plan(
        self, target: str, start_term: str, courses: list[dict[str, Any]], coach: str
    ) -> PlanContent:
        """The courses not yet passed, spread at full time from the first open term."""
        open_codes = [
            c["code"]
            for c in courses
            if c["status"] != CourseStatus.COMPLETED.value or c["grade"] == "F"
        ]
        content = PlanContent(
            goal_kind=GoalKind.PROGRAMME,
            target_id=target,
            target_term=Term.parse(start_term),
            coach=coach,
        )
        first = first_open_term(self._today)
        return add_courses(content, open_codes, self._catalogue, first_term=first)

    def _course(
        self, rng: random.Random, code: str, share: float, stopped: set[str], *, sure: bool
    ) -> dict[str, Any]:
        course = self._catalogue.get(code)
        points = course.points
        if course.line not in stopped and rng.random() < share:
            # A learner past this step passed it; others sometimes failed (grade F).
            grades, weights = (
                (_GRADES[:5], _GRADE_WEIGHTS[:5]) if sure else (_GRADES, _GRADE_WEIGHTS)
            )
            grade = rng.choices(grades, weights)[0]
            end = self._today - timedelta(days=rng.randint(20, 900))
            return _record(
                code, CourseStatus.COMPLETED, grade, points, end - timedelta(days=70), end
            )
        stopped.add(course.line)
        status = rng.choice((CourseStatus.ONGOING, CourseStatus.PLANNED, CourseStatus.PLANNED))
        start = self._today + timedelta(days=rng.randint(-60, 200))
        return _record(code, status, None, points, start, start + timedelta(days=90))


def _record(
    code: str, status: CourseStatus, grade: str | None, points: int, start: date, end: date
) -> dict[str, Any]:
    return {
        "code": code,
        "status": status.value,
        "grade": grade,
        "points": points,
        "start_date": start,
        "end_date": end,
        "provider": Provider.KOMVUX.value,
    }


def _furthest_forward(steps: list[dict[str, Any]]) -> Stage | None:
    forward = [Stage(step["stage"]) for step in steps if not Stage(step["stage"]).is_side_exit]
    return forward[-1] if forward else None


def _start_term(rng: random.Random, today: date) -> str:
    year = today.year + rng.randint(0, 2)
    return f"{rng.choice(('HT', 'VT'))}{year}"
