"""Evaluating one requirement, and the ways still open to meet it.

A course requirement is met by the first listed course set whose every course the standing
satisfies at the minimum grade. When none is, each way to meet it is a set of courses still
to study — the listed sets, also with each course replaced by a Gy11 combination that counts
as it (Sh 1a1 + 1a2 for Sh 1b) or by a programme-scoped substitution — ordered by the
points still to study, fewest first.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from larsam_desktop.domain.bilingual import Bilingual
from larsam_desktop.domain.courses.catalogue import Catalogue
from larsam_desktop.domain.eligibility.rules import (
    CourseRequirement,
    FactRequirement,
    UnlistedRequirement,
)
from larsam_desktop.domain.eligibility.standing import Standing, Support


@dataclass(frozen=True, slots=True)
class StudyOption:
    """One way to meet a requirement: these courses, plus unnamed ones, to a floor of points.

    ``extra_points`` are courses the catalogue cannot name (a vocational komvuxarbete);
    ``at_least`` is a floor on all points studied (an examen needs 2,400 in all, and every
    course studied counts towards it).
    """

    codes: tuple[str, ...]
    course_points: int
    extra_points: int = 0
    at_least: int = 0

    @property
    def points(self) -> int:
        return max(self.course_points + self.extra_points, self.at_least)


@dataclass(frozen=True, slots=True)
class RequirementResult:
    id: str
    description: str
    met: bool
    satisfied_by: tuple[str, ...] = ()
    options: tuple[StudyOption, ...] = ()  # empty when met, or when studying cannot meet it
    sources: tuple[str, ...] = ()
    rule_id: str = ""  # the rule book's id of the requirement (``id`` may be prefixed)
    standing: str = "in_force"  # the rule's RuleStanding value
    description_sv: str = ""

    @property
    def points_missing(self) -> int:
        return 0 if self.met or not self.options else self.options[0].points

    @property
    def text(self) -> Bilingual:
        """The requirement as a person reads it, Swedish first (the English where the rule
        book has no Swedish text)."""
        return Bilingual(self.description_sv or self.description, self.description)

    @property
    def studyable(self) -> bool:
        """Met, or can be met by studying."""
        return self.met or bool(self.options)


def evaluate_courses(
    requirement: CourseRequirement,
    standing: Standing,
    catalogue: Catalogue,
    substitutions: Mapping[str, Sequence[tuple[str, ...]]] | None = None,
) -> RequirementResult:
    good = _meeting_supports(requirement, standing)
    if good is not None:
        records: set[str] = set()
        via: list[str] = []
        for support in good:
            records.update(support.records)
            via.extend(support.via)
        return RequirementResult(
            requirement.id,
            requirement.description,
            met=True,
            satisfied_by=tuple(sorted(records)),
            sources=_unique((*requirement.sources, *sorted(set(via)))),
            rule_id=requirement.id,
            standing=requirement.basis.standing.value,
            description_sv=requirement.description_sv,
        )
    options = _options(requirement, standing, catalogue, substitutions or {})
    return RequirementResult(
        requirement.id,
        requirement.description,
        met=False,
        options=options,
        sources=requirement.sources,
        rule_id=requirement.id,
        standing=requirement.basis.standing.value,
        description_sv=requirement.description_sv,
    )


def met_by_intyg(requirement: CourseRequirement) -> RequirementResult:
    """Met by the subject on a partial folkhögskola intyg."""
    return RequirementResult(
        requirement.id,
        requirement.description,
        met=True,
        satisfied_by=("folkhögskola intyg",),
        sources=requirement.sources,
        rule_id=requirement.id,
        standing=requirement.basis.standing.value,
        description_sv=requirement.description_sv,
    )


def courses_met(requirement: CourseRequirement, standing: Standing) -> bool:
    """Whether ``evaluate_courses`` would find the requirement met (without the details)."""
    return _meeting_supports(requirement, standing) is not None


def _meeting_supports(requirement: CourseRequirement, standing: Standing) -> list[Support] | None:
    """The supports of the first listed course set the standing meets, or None."""
    needed = requirement.min_grade.rank
    for course_set in requirement.any_of:
        supports = [standing.support(code) for code in course_set]
        good = [s for s in supports if s is not None and s.rank >= needed]
        if len(good) == len(course_set):
            return good
    return None


def evaluate_fact(
    requirement: FactRequirement, holds: bool, audit_option: StudyOption | None
) -> RequirementResult:
    """``audit_option``: what is left of the examen, when the requirement has an audit."""
    options = (audit_option,) if audit_option and not holds else ()
    return RequirementResult(
        requirement.id,
        requirement.description,
        holds,
        options=options,
        sources=requirement.sources,
        rule_id=requirement.id,
        standing=requirement.basis.standing.value,
        description_sv=requirement.description_sv,
    )


def evaluate_unlisted(requirement: UnlistedRequirement) -> RequirementResult:
    option = StudyOption((), 0, extra_points=requirement.points)
    return RequirementResult(
        requirement.id,
        requirement.description,
        met=False,
        options=(option,),
        sources=requirement.sources,
        rule_id=requirement.id,
        standing=requirement.basis.standing.value,
        description_sv=requirement.description_sv,
    )


def _options(
    requirement: CourseRequirement,
    standing: Standing,
    catalogue: Catalogue,
    substitutions: Mapping[str, Sequence[tuple[str, ...]]],
) -> tuple[StudyOption, ...]:
    needed = requirement.min_grade.rank
    found: dict[frozenset[str], tuple[int, int, StudyOption]] = {}
    order = 0
    for course_set in requirement.any_of:
        ways_per_course = [
            [(code,), *catalogue.alternatives(code), *substitutions.get(code, ())]
            for code in course_set
        ]
        for combination in itertools.product(*ways_per_course):
            codes = _unique(code for part in combination for code in part)
            missing = tuple(code for code in codes if standing.rank(code) < needed)
            option = StudyOption(missing, sum(catalogue.points(code) for code in missing))
            key = frozenset(missing)
            if missing and key not in found:
                found[key] = (option.points, order, option)
            order += 1
    return tuple(entry[2] for entry in sorted(found.values(), key=lambda e: (e[0], e[1])))


@dataclass(frozen=True, slots=True)
class StudyPlan:
    """The courses to study to meet every unmet requirement, and the points that makes."""

    codes: tuple[str, ...]
    points: int


def plan(results: Iterable[RequirementResult], catalogue: Catalogue) -> StudyPlan:
    """Pick, requirement by requirement, the option that adds the fewest points.

    A course needed by two requirements is counted once; unnamed courses add their points;
    a floor (an examen's 2,400 points) is met by every course studied.
    """
    return Planner(catalogue).add(results).plan()


class Planner:
    """``plan`` step by step: a planner can be copied and continued (every programme's plan
    continues the same grundläggande one)."""

    __slots__ = ("_points", "codes", "course_points", "extra", "floor")

    def __init__(self, catalogue: Catalogue) -> None:
        self.codes: dict[str, None] = {}  # ordered, with fast membership
        self.course_points = self.extra = self.floor = 0
        self._points = catalogue.points

    def copy(self) -> Planner:
        other = Planner.__new__(Planner)
        other.codes = dict(self.codes)
        other.course_points, other.extra, other.floor = self.course_points, self.extra, self.floor
        other._points = self._points
        return other

    def _total(self, option: StudyOption) -> int:
        added = 0
        for code in option.codes:
            if code not in self.codes:
                added += self._points(code)
        return max(
            self.course_points + added + self.extra + option.extra_points,
            self.floor,
            option.at_least,
        )

    def add(self, results: Iterable[RequirementResult]) -> Planner:
        for result in results:
            if result.met or not result.options:
                continue
            options = result.options
            # min keeps the first of equals: the listed order
            best = options[0] if len(options) == 1 else min(options, key=self._total)
            for code in best.codes:
                if code not in self.codes:
                    self.codes[code] = None
                    self.course_points += self._points(code)
            self.extra += best.extra_points
            self.floor = max(self.floor, best.at_least)
        return self

    def plan(self) -> StudyPlan:
        return StudyPlan(tuple(self.codes), max(self.course_points + self.extra, self.floor))


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))
