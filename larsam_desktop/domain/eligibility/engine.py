"""Evaluating targets for one learner: grundläggande behörighet, then a programme's own rules.

Grundläggande behörighet is met by any route in force on the evaluation date. The result
shows one route's requirements: the first route met; else the open route (every unmet
requirement can be studied for) with the fewest points to study; else the first route in
force. A programme's result is that route's requirements (ids ``grundlaggande.<route>.<id>``)
followed by the programme's own; it is eligible when every one is met.

One ``Evaluator`` per learner and date caches what targets share (standings, audits, the
grundläggande result), so evaluating every target costs little more than evaluating one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from larsam_desktop.domain.courses.catalogue import Catalogue
from larsam_desktop.domain.courses.records import CourseStatus
from larsam_desktop.domain.courses.transcript import Transcript
from larsam_desktop.domain.eligibility.examen import ExamenAudit, audit_examen
from larsam_desktop.domain.eligibility.requirements import (
    RequirementResult,
    StudyPlan,
    courses_met,
    evaluate_courses,
    evaluate_fact,
    evaluate_unlisted,
    plan,
)
from larsam_desktop.domain.eligibility.rules import (
    GRUNDLAGGANDE,
    CourseRequirement,
    FactRequirement,
    Rule,
    RuleBook,
    RuleNotInForce,
    Substitution,
)
from larsam_desktop.domain.eligibility.standing import Standing

UNVERIFIED_NOTE = (
    "domain.md marks this programme's requirements unverified: check antagning.se before "
    "relying on them."
)


@dataclass(frozen=True, slots=True)
class EligibilityResult:
    target: str
    name: str
    on: date
    what_if: bool
    eligible: bool
    requirements: tuple[RequirementResult, ...]
    plan: StudyPlan  # the courses to study for every unmet requirement, each counted once
    sources: tuple[str, ...]
    notes: tuple[str, ...]
    route: str | None  # the grundläggande route shown

    @property
    def missing(self) -> tuple[RequirementResult, ...]:
        return tuple(r for r in self.requirements if not r.met)

    @property
    def points_missing(self) -> int:
        return self.plan.points


@dataclass(frozen=True, slots=True)
class RouteOutcome:
    route: Rule
    results: tuple[RequirementResult, ...]
    plan: StudyPlan

    @property
    def met(self) -> bool:
        return all(r.met for r in self.results)

    @property
    def open(self) -> bool:
        return all(r.studyable for r in self.results)


class Evaluator:
    """Evaluates targets for one transcript on one date; planned courses count with what_if."""

    def __init__(
        self,
        book: RuleBook,
        catalogue: Catalogue,
        transcript: Transcript,
        *,
        on: date,
        what_if: bool = False,
    ) -> None:
        self.book = book
        self.catalogue = catalogue
        self.transcript = transcript
        self.on = on
        self.what_if = what_if
        self._standings: dict[tuple[date | None, tuple[str, ...]], Standing] = {}
        self._audits: dict[str, ExamenAudit] = {}
        # Keyed by the requirement object's identity (the rule book outlives the evaluator)
        # and the standing it was evaluated on: programmes share most requirements.
        self._results: dict[tuple[int, tuple[date | None, tuple[str, ...]]], RequirementResult]
        self._results = {}
        self._routes: tuple[RouteOutcome, ...] | None = None
        self._chosen: tuple[RouteOutcome, tuple[RequirementResult, ...]] | None = None

    def evaluate(self, target: str) -> EligibilityResult:
        """``target``: a target id, alias or unambiguous old code (``UnknownTarget`` if not)."""
        target_id = self.book.resolve(target)
        chosen, gb = self._grundlaggande()
        gb_sources = (*self.book.grundlaggande.sources, *chosen.route.sources)
        if target_id == GRUNDLAGGANDE:
            notes = (*self.book.grundlaggande.notes, *chosen.route.notes)
            return self._result(target_id, self.book.grundlaggande.name, gb, gb_sources, notes)
        programme = self.book.programme(target_id)
        if not programme.rule.in_force(self.on):
            raise RuleNotInForce(
                "the requirements for {target} apply from {start}, not on {on}",
                target=target_id,
                start=programme.rule.valid_from.isoformat(),
                on=self.on.isoformat(),
            )
        own = self._evaluate_rule(programme.rule, programme.substitutions)
        notes = programme.rule.notes
        if not programme.verified:
            own = tuple(
                dataclasses.replace(r, description=f"{r.description} (unverified rule)")
                for r in own
            )
            notes = (*notes, UNVERIFIED_NOTE)
        sources = (
            *programme.rule.sources,
            *gb_sources,
            *(source for s in programme.substitutions for source in s.sources),
        )
        return self._result(
            target_id, programme.rule.name, gb + own, sources, (*notes, *chosen.route.notes)
        )

    def is_eligible(self, target: str) -> bool:
        """``evaluate(target).eligible``, without working out what is missing (~10x faster).

        Eligible means the programme's own requirements and some route to grundläggande
        behörighet are all met; the first unmet requirement settles it, facts before courses.
        """
        target_id = self.book.resolve(target)
        if target_id != GRUNDLAGGANDE:
            programme = self.book.programme(target_id)
            if not programme.rule.in_force(self.on):
                raise RuleNotInForce(
                    "the requirements for {target} apply from {start}, not on {on}",
                    target=target_id,
                    start=programme.rule.valid_from.isoformat(),
                    on=self.on.isoformat(),
                )
            if not self._rule_met(programme.rule, programme.substitutions):
                return False
        routes = [r for r in self.book.grundlaggande.routes if r.in_force(self.on)]
        if not routes:
            raise RuleNotInForce(
                "no route to grundläggande behörighet is in force on {on}",
                on=self.on.isoformat(),
            )
        return any(self._rule_met(route) for route in routes)

    def _rule_met(self, rule: Rule, substitutions: tuple[Substitution, ...] = ()) -> bool:
        in_force = [r for r in rule.requirements if not (r.valid_from and r.valid_from > self.on)]
        # Facts first: they are cheap, and a standing is only built when courses matter.
        for requirement in in_force:
            if isinstance(requirement, FactRequirement) and not requirement.holds(self.transcript):
                return False
        if any(not isinstance(r, (FactRequirement, CourseRequirement)) for r in in_force):
            return False  # courses the catalogue cannot name are never recorded as met
        courses = [r for r in in_force if isinstance(r, CourseRequirement)]
        if not courses:
            return True
        standing = self.standing(rule.courses_completed_by, substitutions)
        return all(courses_met(requirement, standing) for requirement in courses)

    def evaluate_all(self) -> list[EligibilityResult]:
        """Every target whose rules are in force on the evaluation date."""
        return [
            self.evaluate(target)
            for target in self.book.target_ids
            if target == GRUNDLAGGANDE or self.book.programme(target).rule.in_force(self.on)
        ]

    def grundlaggande_routes(self) -> tuple[RouteOutcome, ...]:
        """Every route in force, evaluated (cached)."""
        if self._routes is None:
            routes = [r for r in self.book.grundlaggande.routes if r.in_force(self.on)]
            if not routes:
                raise RuleNotInForce(
                    "no route to grundläggande behörighet is in force on {on}",
                    on=self.on.isoformat(),
                )
            outcomes = []
            for route in routes:
                results = self._evaluate_rule(route)
                outcomes.append(RouteOutcome(route, results, plan(results, self.catalogue)))
            self._routes = tuple(outcomes)
        return self._routes

    def grundlaggande_route(self) -> RouteOutcome:
        """The route shown: the first met, else the cheapest open one, else the first."""
        return self._grundlaggande()[0]

    def _grundlaggande(self) -> tuple[RouteOutcome, tuple[RequirementResult, ...]]:
        if self._chosen is None:
            outcomes = self.grundlaggande_routes()
            met = [o for o in outcomes if o.met]
            open_routes = [o for o in outcomes if o.open]
            if met:
                chosen = met[0]
            elif open_routes:
                chosen = min(open_routes, key=lambda o: o.plan.points)
            else:
                chosen = outcomes[0]
            results = tuple(self._in_grundlaggande(chosen.route, r) for r in chosen.results)
            self._chosen = (chosen, results)
        return self._chosen

    def audit(self, examen_id: str) -> ExamenAudit:
        """Progress towards an examen (``hogskoleforberedande``, ``yrkesexamen``)."""
        if examen_id not in self._audits:
            self._audits[examen_id] = audit_examen(
                self.book.examens[examen_id],
                self.transcript,
                self.standing(),
                self.catalogue,
                on=self.on,
                what_if=self.what_if,
            )
        return self._audits[examen_id]

    def standing(
        self, completed_by: date | None = None, substitutions: tuple[Substitution, ...] = ()
    ) -> Standing:
        key = (completed_by, tuple(s.id for s in substitutions))
        if key not in self._standings:
            self._standings[key] = Standing(
                self._passed(completed_by),
                self.catalogue,
                [s.as_equivalence() for s in substitutions],
            )
        return self._standings[key]

    def _passed(self, completed_by: date | None) -> dict[str, int]:
        """Best grade rank per passed course code (planned ones too, with what_if)."""
        passed: dict[str, int] = {}
        for record in self.transcript.records:
            grade = record.grade_for_eligibility(what_if=self.what_if)
            if grade is None:
                continue
            if completed_by is not None:
                if record.status is not CourseStatus.COMPLETED:
                    if self.on > completed_by:
                        continue  # a course not yet finished cannot finish in time
                elif record.end_date is not None and record.end_date > completed_by:
                    continue
            passed[record.code] = max(passed.get(record.code, 0), grade.rank)
        return passed

    def _evaluate_rule(
        self, rule: Rule, substitutions: tuple[Substitution, ...] = ()
    ) -> tuple[RequirementResult, ...]:
        standing = self.standing(rule.courses_completed_by, substitutions)
        key = (rule.courses_completed_by, tuple(s.id for s in substitutions))
        alternatives: dict[str, list[tuple[str, ...]]] = {}
        for substitution in substitutions:
            alternatives.setdefault(substitution.replaces, []).append(substitution.by)
        results: list[RequirementResult] = []
        for requirement in rule.requirements:
            if requirement.valid_from and requirement.valid_from > self.on:
                continue
            cached = self._results.get((id(requirement), key))
            if cached is None:
                if isinstance(requirement, CourseRequirement):
                    cached = evaluate_courses(requirement, standing, self.catalogue, alternatives)
                elif isinstance(requirement, FactRequirement):
                    cached = self._fact(requirement)
                else:
                    cached = evaluate_unlisted(requirement)
                self._results[(id(requirement), key)] = cached
            results.append(cached)
        if rule.courses_completed_by and self.on > rule.courses_completed_by:
            results = [_too_late(r, rule.courses_completed_by) for r in results]
        return tuple(results)

    def _fact(self, requirement: FactRequirement) -> RequirementResult:
        holds = requirement.holds(self.transcript)
        if holds or requirement.audit is None:
            return evaluate_fact(requirement, holds, None)
        audit = self.audit(requirement.audit)
        examen = audit.examen
        if audit.complete:
            progress = "its courses and points are complete: ask for the examen to be issued"
        else:
            progress = (
                f"so far {audit.points_total} of {examen.total_points} points, "
                f"{audit.points_passed} of {examen.passed_points} passed"
            )
        # A complete audit leaves nothing to study (an option of no courses, 0 points).
        result = evaluate_fact(requirement, holds, audit.as_option())
        return dataclasses.replace(
            result,
            description=f"{requirement.description} (not held; {progress})",
            sources=_unique((*result.sources, *examen.rule.sources)),
        )

    def _in_grundlaggande(self, route: Rule, result: RequirementResult) -> RequirementResult:
        return dataclasses.replace(
            result,
            id=f"{GRUNDLAGGANDE}.{route.id}.{result.id}",
            description=f"{self.book.grundlaggande.name} via {route.name}: {result.description}",
        )

    def _result(
        self,
        target: str,
        name: str,
        results: tuple[RequirementResult, ...],
        sources: Iterable[str],
        notes: Iterable[str],
    ) -> EligibilityResult:
        chosen = self.grundlaggande_route()
        return EligibilityResult(
            target=target,
            name=name,
            on=self.on,
            what_if=self.what_if,
            eligible=all(r.met for r in results),
            requirements=results,
            plan=plan(results, self.catalogue),
            sources=_unique((*sources, *(s for r in results for s in r.sources))),
            notes=_unique(notes),
            route=chosen.route.id,
        )


def _too_late(result: RequirementResult, completed_by: date) -> RequirementResult:
    """Studying now cannot meet a requirement that counts only courses finished earlier."""
    if result.met or not result.options:
        return result
    return dataclasses.replace(
        result,
        description=f"{result.description} (only courses finished by "
        f"{completed_by.isoformat()} count)",
        options=(),
    )


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))
