"""Whether one rule is met, remembered across learners (bulk eligibility's cold path).

``Evaluator.is_eligible`` decides a target from a few rule checks (``Evaluator._rule_met``):
the programme's own rule, the routes to grundläggande behörighet in order, and the
programme's requirements bound to the route met. Each check reads the transcript only
through

* whether each of its fact tests holds (``FactRequirement.holds``: the kärnämne share
  among the facts counts recorded points, and is tested on the whole transcript) and
  whether the intyg covers the subjects its courses name,
* the passed courses that can count towards a course the rule names (the rule's ``reach``:
  the named courses and every course from which covers, equivalences or the programme's
  substitutions lead to one), each with its grade up to the highest minimum the rule asks
  and whether it ended by the rule's deadline.

So learners whose transcripts agree on that share the check's answer, even when the
learners differ elsewhere (another route's courses, a course only the programme names):
``RuleMemo`` keeps one answer per such key and ``MemoEvaluator`` asks it first. Far fewer
rule keys than whole signatures occur (a few hundred per rule at 100,000 learners, against
thousands of signatures), so a bulk evaluation's first run builds few standings. A test
holds the answers against the plain ``Evaluator``.
"""

from __future__ import annotations

from collections.abc import Hashable
from datetime import date
from typing import NamedTuple

from larsam_desktop.domain.courses.catalogue import Catalogue
from larsam_desktop.domain.courses.grades import Grade
from larsam_desktop.domain.courses.records import CourseStatus
from larsam_desktop.domain.courses.transcript import Transcript
from larsam_desktop.domain.eligibility.engine import Evaluator
from larsam_desktop.domain.eligibility.examen import graded_points
from larsam_desktop.domain.eligibility.requirements import Planner, RequirementResult
from larsam_desktop.domain.eligibility.results import RouteOutcome
from larsam_desktop.domain.eligibility.route_choice import (
    choose_for_programme,
    choose_route,
    route_bound,
)
from larsam_desktop.domain.eligibility.rules import (
    GRUNDLAGGANDE,
    CourseRequirement,
    FactRequirement,
    Programme,
    Rule,
    RuleBook,
)

_COMPLETED = CourseStatus.COMPLETED
_RANKS = {grade: grade.rank for grade in Grade}
_PASSING = frozenset(grade for grade in Grade if grade.passes)


class RuleMemo:
    """Rule checks' answers on one date, by what each check reads (see the module)."""

    def __init__(self, book: RuleBook, catalogue: Catalogue, on: date) -> None:
        self.catalogue = catalogue
        self.on = on
        self._book_examens = book.examens
        self._answers: dict[Hashable, bool] = {}
        self._outcomes: dict[Hashable, RouteOutcome] = {}
        self._audited_of: dict[int, tuple[FactRequirement, ...]] = {}
        self._lenses: dict[tuple[int, str | None], _Lens] = {}
        self._one_step = counts_towards(catalogue)

    def lens(self, rule: Rule, programme: Programme | None) -> _Lens:
        """What a check of ``rule`` reads: its reach (see the module), the highest minimum
        grade it decides on, the facts its requirements test and the intyg subjects that can
        stand in for its courses."""
        key = (id(rule), programme.id if programme is not None else None)
        found = self._lenses.get(key)
        if found is None:
            extra: dict[str, set[str]] = {}
            for substitution in programme.substitutions if programme is not None else ():
                extra.setdefault(substitution.replaces, set()).update(substitution.by)
            requirements = [r for r in rule.requirements if isinstance(r, CourseRequirement)]
            named = {code for r in requirements for course_set in r.any_of for code in course_set}
            named.update(code for codes in extra.values() for code in codes)
            found = self._lenses[key] = _Lens(
                frozenset(reaching(named, self._one_step, extra)),
                max(
                    (r.min_grade.rank for r in requirements if r.basis.decides(self.on)),
                    default=1,
                ),
                tuple(r for r in rule.requirements if isinstance(r, FactRequirement)),
                tuple(sorted({r.intyg_subject for r in requirements if r.intyg_subject})),
            )
        return found

    def key(
        self,
        reading: Reading,
        rule: Rule,
        programme: Programme | None,
        route_id: str | None,
        conditional_only: bool,
    ) -> Hashable:
        reach, top, fact_tests, subjects = self.lens(rule, programme)
        deadline = rule.courses_completed_by
        if deadline is None:
            passed = frozenset(
                (code, rank if rank < top else top, True)
                for code, rank, _end in reading.passed
                if code in reach
            )
        else:
            passed = frozenset(
                (code, rank if rank < top else top, end is None or end <= deadline)
                for code, rank, end in reading.passed
                if code in reach
            )
        # Exactly what the rule reads of the facts: its fact tests and intyg subjects.
        facts = (
            tuple(reading.holds(requirement) for requirement in fact_tests),
            tuple(reading.transcript.covers_subject(subject) for subject in subjects),
        )
        programme_id = programme.id if programme is not None else None
        return (id(rule), programme_id, route_id, conditional_only, facts, passed)

    def outcome_key(
        self,
        reading: Reading,
        rule: Rule,
        programme: Programme | None,
        route_id: str | None,
    ) -> Hashable:
        """What ``Evaluator._outcome`` reads of the transcript (``GapEvaluator``)."""
        check = self.key(reading, rule, programme, route_id, False)
        audits = []
        for requirement in self._audited(rule):
            if not reading.holds(requirement):
                audits.append(self._audit_key(reading, requirement.audit or ""))
        return (check, tuple(audits))

    def _audited(self, rule: Rule) -> tuple[FactRequirement, ...]:
        found = self._audited_of.get(id(rule))
        if found is None:
            found = self._audited_of[id(rule)] = tuple(
                r
                for r in rule.requirements
                if isinstance(r, FactRequirement) and r.audit is not None
            )
        return found

    def _audit_key(self, reading: Reading, examen_id: str) -> Hashable:
        """What ``audit_examen`` reads: the examen's courses passed, its facts, and the
        points still short of its totals (the only way the points count)."""
        examen = self._book_examens[examen_id]
        reach, top, fact_tests, _subjects = self.lens(examen.rule, None)
        passed = frozenset(
            (code, rank if rank < top else top)
            for code, rank, _end in reading.passed
            if code in reach
        )
        facts = tuple(reading.holds(requirement) for requirement in fact_tests)
        total, with_pass = reading.points()
        short = max(examen.total_points - total, examen.passed_points - with_pass, 0)
        return (examen_id, passed, facts, short)

    def outcome(self, key: Hashable) -> RouteOutcome | None:
        return self._outcomes.get(key)

    def put_outcome(self, key: Hashable, outcome: RouteOutcome) -> None:
        self._outcomes[key] = outcome

    def get(self, key: Hashable) -> bool | None:
        return self._answers.get(key)

    def put(self, key: Hashable, met: bool) -> None:
        self._answers[key] = met

    def __len__(self) -> int:
        return len(self._answers) + len(self._outcomes)


class Reading:
    """One transcript as the keys read it, worked out once per evaluator."""

    __slots__ = ("_facts", "_points", "passed", "transcript")

    def __init__(self, transcript: Transcript) -> None:
        self.transcript = transcript
        # completed with a passing grade: code, grade rank, end date
        self.passed = [
            (record.code, _RANKS[record.grade], record.end_date)
            for record in transcript.records
            if record.status is _COMPLETED and record.grade in _PASSING
        ]
        self._facts: dict[int, bool] = {}  # fact test results, by requirement identity
        self._points: tuple[int, int] | None = None

    def holds(self, requirement: FactRequirement) -> bool:
        key = id(requirement)
        if key in self._facts:
            return self._facts[key]
        found = self._facts[key] = requirement.holds(self.transcript)
        return found

    def points(self) -> tuple[int, int]:
        if self._points is None:
            self._points = graded_points(self.transcript, what_if=False)
        return self._points


class MemoEvaluator(Evaluator):
    """An ``Evaluator`` whose rule checks ask a shared ``RuleMemo`` first (``is_eligible``
    only: the full ``evaluate`` does not go through ``_rule_met``)."""

    def __init__(self, book: RuleBook, memo: RuleMemo, transcript: Transcript) -> None:
        super().__init__(book, memo.catalogue, transcript, on=memo.on)
        self._memo = memo
        self._reading = Reading(transcript)

    def _rule_met(
        self,
        rule: Rule,
        programme: Programme | None = None,
        route_id: str | None = None,
        *,
        conditional_only: bool = False,
    ) -> bool:
        key = self._memo.key(self._reading, rule, programme, route_id, conditional_only)
        known = self._memo.get(key)
        if known is None:
            known = super()._rule_met(rule, programme, route_id, conditional_only=conditional_only)
            self._memo.put(key, known)
        return known


class _Lens(NamedTuple):
    reach: frozenset[str]
    top_rank: int
    fact_tests: tuple[FactRequirement, ...]
    subjects: tuple[str, ...]


class GapEvaluator(MemoEvaluator):
    """An ``Evaluator`` for what is missing (``gap``), its rule outcomes shared through the
    ``RuleMemo`` with every learner whose transcript reads alike to the rule.

    A rule's outcome (``Evaluator._outcome``: each requirement met or its ways to study, and
    the route's plan) reads the transcript as a rule check does (see the module) and, for a
    fact requirement not held that an examen audit stands in for, the audit: the examen's
    courses as passed (any date), the examen rule's facts, and how many points with a
    grade, passed or not (``examen.graded_points``), are still short of its totals. The
    memo's outcomes carry another learner's ``satisfied_by`` and sources: only ``gap``
    reads them, never ``evaluate``.
    """

    def gap(self, target: str) -> tuple[bool, int, tuple[str, ...], bool]:
        """``evaluate(target)``'s eligible, plan points, plan courses, and whether every
        requirement missing can be studied for; raises as ``evaluate`` does."""
        target_id = self.book.resolve(target)
        own: tuple[RequirementResult, ...] = ()
        if target_id == GRUNDLAGGANDE:
            chosen = choose_route(self.grundlaggande_routes())
        else:
            programme = self._programme(target_id)
            advanced = programme.advanced and self.book.grundlaggande.advanced is not None
            chosen = self._advanced() if advanced else choose_route(self.grundlaggande_routes())
            outcome = self._outcome(programme.rule, programme, chosen.route.id)
            if not advanced and route_bound(programme):  # as Evaluator._programme_result
                chosen, outcome = choose_for_programme(
                    chosen,
                    outcome,
                    self.grundlaggande_routes(),
                    lambda route_id: self._outcome(programme.rule, programme, route_id),
                )
            own = outcome.results
        everything = (*chosen.results, *own)
        if all(r.met for r in everything):
            return True, 0, (), True
        plan = Planner(self.catalogue).add(chosen.results).add(own).plan()
        studyable = all(r.studyable for r in everything if not r.met)
        return False, plan.points, plan.codes, studyable

    def _outcome(
        self, rule: Rule, programme: Programme | None = None, route_id: str | None = None
    ) -> RouteOutcome:
        key = self._memo.outcome_key(self._reading, rule, programme, route_id)
        known = self._memo.outcome(key)
        if known is None:
            known = super()._outcome(rule, programme, route_id)
            self._memo.put_outcome(key, known)
        return known


def counts_towards(catalogue: Catalogue) -> dict[str, set[str]]:
    """For each course, the courses whose passing can make it count as passed (one step):
    a higher course of the line that covers it, or a course of an equivalence naming it."""
    sources: dict[str, set[str]] = {}
    for code, course in catalogue.courses.items():
        for lower in course.covers:
            sources.setdefault(lower, set()).add(code)
    for row in catalogue.equivalences:
        for counted in row.counts_as:
            sources.setdefault(counted, set()).update(row.from_codes)
    return sources


def reaching(
    named: set[str], one_step: dict[str, set[str]], extra: dict[str, set[str]]
) -> set[str]:
    """``named`` and every course from which some chain of steps leads to one of them."""
    found = set(named)
    work = list(named)
    while work:
        code = work.pop()
        for source in (*one_step.get(code, ()), *extra.get(code, ())):
            if source not in found:
                found.add(source)
                work.append(source)
    return found
