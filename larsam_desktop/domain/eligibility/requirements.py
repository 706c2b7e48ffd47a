"""Evaluating one requirement, and the ways still open to meet it.

A course requirement is met by the first listed course set whose every course the standing
satisfies at the minimum grade. When none is, each way to meet it is a set of courses still
to study — the listed sets, also with each course replaced by a Gy11 combination that counts
as it (Sh 1a1 + 1a2 for Sh 1b) or by a programme-scoped substitution — ordered by the
points still to study, fewest first.
"""

from __future__ import annotations

import itertools
import weakref
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from larsam_desktop.domain.bilingual import Bilingual
from larsam_desktop.domain.courses.catalogue import Catalogue
from larsam_desktop.domain.eligibility.rules import (
    CourseRequirement,
    FactRequirement,
    UnlistedRequirement,
)
from larsam_desktop.domain.eligibility.standing import Standing


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
    """Met by the first listed set the standing satisfies at the minimum grade; else each
    way still open, fewest points to study first."""
    return PreparedCourses(requirement, catalogue, substitutions or {}).evaluate(standing)


class PreparedCourses:
    """A course requirement worked out for evaluation, with the substitutions a programme
    adds: its listed sets, every way to meet it (each listed set with each course replaced
    by a Gy11 combination or a substitution, in the order equal options are ranked by) and
    its result for a standing that satisfies none of its courses (``blank``: most
    requirements, for most learners). Nothing here depends on a learner: ``compiled`` makes
    one per rule book, catalogue and date, shared by every evaluation."""

    __slots__ = ("blank", "codes", "needed", "points", "requirement", "sets", "ways")

    def __init__(
        self,
        requirement: CourseRequirement,
        catalogue: Catalogue,
        substitutions: Mapping[str, Sequence[tuple[str, ...]]],
    ) -> None:
        self.requirement = requirement
        self.needed = requirement.min_grade.rank
        self.sets = requirement.any_of
        ways: list[tuple[str, ...]] = []
        for course_set in requirement.any_of:
            ways_per_course = [
                [(code,), *catalogue.alternatives(code), *substitutions.get(code, ())]
                for code in course_set
            ]
            for combination in itertools.product(*ways_per_course):
                ways.append(_unique(code for part in combination for code in part))
        self.ways = tuple(ways)
        named = {code for course_set in self.sets for code in course_set}
        self.codes = frozenset(named.union(*ways))
        # A code the catalogue lacks raises KeyError where it is counted, as it always did.
        self.points = {code: catalogue.points(code) for code in self.codes if code in catalogue}
        self.blank = self._evaluate({}, None)

    def evaluate(self, standing: Standing) -> RequirementResult:
        ranks = standing.ranks
        if ranks.keys().isdisjoint(self.codes):
            return self.blank  # only the ranks of ``codes`` are read
        return self._evaluate(ranks, standing)

    def _evaluate(self, ranks: Mapping[str, int], standing: Standing | None) -> RequirementResult:
        needed = self.needed
        requirement = self.requirement
        for course_set in self.sets:
            if all(ranks.get(code, -1) >= needed for code in course_set):
                records, via = standing.resting_on(course_set) if standing else ((), ())
                return RequirementResult(
                    requirement.id,
                    requirement.description,
                    met=True,
                    satisfied_by=records,
                    sources=_unique((*requirement.sources, *via)),
                    rule_id=requirement.id,
                    standing=requirement.basis.standing.value,
                    description_sv=requirement.description_sv,
                )
        return RequirementResult(
            requirement.id,
            requirement.description,
            met=False,
            options=self._options(ranks),
            sources=requirement.sources,
            rule_id=requirement.id,
            standing=requirement.basis.standing.value,
            description_sv=requirement.description_sv,
        )

    def _options(self, ranks: Mapping[str, int]) -> tuple[StudyOption, ...]:
        needed = self.needed
        points = self.points
        found: dict[frozenset[str], tuple[int, int, tuple[str, ...]]] = {}
        for order, way in enumerate(self.ways):
            missing = tuple(code for code in way if ranks.get(code, 0) < needed)
            if missing:
                key = frozenset(missing)
                if key not in found:
                    found[key] = (sum(points[code] for code in missing), order, missing)
        # (points, order) is unique: the listed order breaks ties
        return tuple(StudyOption(codes, total) for total, _, codes in sorted(found.values()))


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
    """Whether ``evaluate_courses`` would find the requirement met (without the details):
    some listed set is satisfied, every course at the minimum grade."""
    needed = requirement.min_grade.rank
    ranks = standing.ranks
    return any(
        all(ranks.get(code, -1) >= needed for code in course_set)
        for course_set in requirement.any_of
    )


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
        self._points = course_points(catalogue)

    def copy(self) -> Planner:
        other = Planner.__new__(Planner)
        other.codes = dict(self.codes)
        other.course_points, other.extra, other.floor = self.course_points, self.extra, self.floor
        other._points = self._points
        return other

    def add(self, results: Iterable[RequirementResult]) -> Planner:
        codes, points = self.codes, self._points
        for result in results:
            if result.met or not result.options:
                continue
            options = result.options
            best = options[0]
            if len(options) > 1:  # the option adding the fewest points, the first of equals
                least = -1
                for option in options:
                    added = 0
                    for code in option.codes:
                        if code not in codes:
                            added += points[code]
                    total = max(
                        self.course_points + added + self.extra + option.extra_points,
                        self.floor,
                        option.at_least,
                    )
                    if least < 0 or total < least:
                        best, least = option, total
            for code in best.codes:
                if code not in codes:
                    codes[code] = None
                    self.course_points += points[code]
            self.extra += best.extra_points
            self.floor = max(self.floor, best.at_least)
        return self

    def plan(self) -> StudyPlan:
        return StudyPlan(tuple(self.codes), max(self.course_points + self.extra, self.floor))


_POINTS: weakref.WeakKeyDictionary[Catalogue, dict[str, int]] = weakref.WeakKeyDictionary()


def course_points(catalogue: Catalogue) -> dict[str, int]:
    """Every course's points by code (a code the catalogue lacks raises ``KeyError``, as
    ``Catalogue.points`` does), made once per catalogue."""
    found = _POINTS.get(catalogue)
    if found is None:
        found = _POINTS[catalogue] = {c: course.points for c, course in catalogue.courses.items()}
    return found


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))
