"""Evaluating targets for one learner: grundläggande behörighet, then a programme's own rules.

Grundläggande behörighet is met by any route in force on the evaluation date. The result
shows one route's requirements: the first route met; else the open route (every unmet
requirement can be studied for) with the fewest points to study; else the first route in
force. A programme's result is that route's requirements (ids ``grundlaggande.<route>.<id>``)
followed by the programme's own; it is eligible when every one is met. An advanced-level
programme (KPU) takes grundläggande behörighet for the advanced level instead.

Only requirements whose rule is in force decide (``Basis.decides``). Proposed and unverified
ones are evaluated into ``warnings``; decided ones from a later date into ``upcoming``.

One ``Evaluator`` per learner and date caches what targets share (standings, audits, the
grundläggande result), so evaluating every target costs little more than evaluating one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import date

from larsam_desktop.domain.bilingual import Bilingual
from larsam_desktop.domain.courses.catalogue import Catalogue
from larsam_desktop.domain.courses.transcript import Transcript
from larsam_desktop.domain.eligibility.examen import ExamenAudit, audit_examen
from larsam_desktop.domain.eligibility.requirements import (
    Planner,
    RequirementResult,
    courses_met,
    evaluate_courses,
    evaluate_fact,
    evaluate_unlisted,
    met_by_intyg,
    plan,
)
from larsam_desktop.domain.eligibility.results import (
    NO_PLAN,
    UNVERIFIED_NOTE,
    Kind,
    RouteOutcome,
    advisory_route,
    kind_of,
    too_late,
    unique,
)
from larsam_desktop.domain.eligibility.results import (
    EligibilityResult as EligibilityResult,  # re-exported: callers import it from here
)
from larsam_desktop.domain.eligibility.rules import (
    GRUNDLAGGANDE,
    CourseRequirement,
    FactRequirement,
    Programme,
    Requirement,
    Rule,
    RuleBook,
    RuleNotInForce,
)
from larsam_desktop.domain.eligibility.standing import Standing
from larsam_desktop.domain.eligibility.standing_cache import TranscriptStandings


class Evaluator(TranscriptStandings):
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
        super().__init__(catalogue, transcript, on=on, what_if=what_if)
        self.book = book
        self._audits: dict[str, ExamenAudit] = {}
        self._planners: dict[str, Planner] = {}  # by route id
        self._gathered: dict[str, tuple[str, ...]] = {}
        self._kinds: dict[int, Kind] = {}  # by requirement identity: how its rule stands
        # by requirement identity and standing: programmes share most requirements
        self._results: dict[tuple[int, object], RequirementResult] = {}
        self._routes: tuple[RouteOutcome, ...] | None = None
        self._route_titles: dict[str, Bilingual] = {}
        self._chosen: tuple[RouteOutcome, tuple[RequirementResult, ...]] | None = None

    def evaluate(self, target: str) -> EligibilityResult:
        """``target``: a target id, alias or unambiguous old code (``UnknownTarget`` if not)."""
        target_id = self.book.resolve(target)
        if target_id == GRUNDLAGGANDE:
            chosen, gb = self._grundlaggande()
            gb_sources = (*self.book.grundlaggande.sources, *chosen.route.sources)
            notes = (*self.book.grundlaggande.notes, *chosen.route.notes)
            return self._result(
                target_id, self.book.grundlaggande.name, gb, gb_sources, notes, chosen,
                chosen.warnings, chosen.upcoming,
            )  # fmt: skip
        programme = self._programme(target_id)
        if programme.advanced and self.book.grundlaggande.advanced is not None:
            chosen = self._advanced()
            gb = tuple(self._in_grundlaggande(chosen.route, r) for r in chosen.results)
        else:
            chosen, gb = self._grundlaggande()
        gb_sources = (*self.book.grundlaggande.sources, *chosen.route.sources)
        own = self._outcome(programme.rule, programme, chosen.route.id)
        results = own.results
        unverified = () if programme.verified else (UNVERIFIED_NOTE,)  # domain.md says so
        notes = (*programme.rule.notes, *unverified)
        sources = (
            *programme.rule.sources,
            *gb_sources,
            *(source for s in programme.substitutions for source in s.sources),
            *(source for r in programme.refused for source in r.sources),
        )
        return self._result(
            target_id, programme.rule.name, gb + results, sources,
            (*notes, *chosen.route.notes), chosen,
            (*chosen.warnings, *own.warnings), (*chosen.upcoming, *own.upcoming),
        )  # fmt: skip

    def _programme(self, target_id: str) -> Programme:
        programme = self.book.programme(target_id)
        if not programme.rule.in_force(self.on):
            raise RuleNotInForce(
                "the requirements for {target} apply from {start}, not on {on}",
                target=target_id,
                start=programme.rule.valid_from.isoformat(),
                on=self.on.isoformat(),
            )
        return programme

    def is_eligible(self, target: str) -> bool:
        """``evaluate(target).eligible``, without working out what is missing (~10x faster).

        Eligible means the programme's own requirements and some route to grundläggande
        behörighet are all met (the first unmet requirement settles it, facts first); a
        requirement bound to routes is checked against the first route met, as shown."""
        target_id = self.book.resolve(target)
        programme: Programme | None = None
        if target_id != GRUNDLAGGANDE:
            programme = self._programme(target_id)
            if not self._rule_met(programme.rule, programme, None):
                return False
            if programme.advanced and self.book.grundlaggande.advanced is not None:
                return self._rule_met(self.book.grundlaggande.advanced)
        routes = [r for r in self.book.grundlaggande.routes if r.in_force(self.on)]
        if not routes:
            raise RuleNotInForce(
                "no route to grundläggande behörighet is in force on {on}",
                on=self.on.isoformat(),
            )
        first = next((route for route in routes if self._rule_met(route)), None)
        if first is None:
            return False
        if programme is None:
            return True
        return self._rule_met(programme.rule, programme, first.id, conditional_only=True)

    def _decisive(self, rule: Rule) -> list[Requirement]:
        return [r for r in rule.requirements if r.basis.decides(self.on)]

    def _rule_met(
        self,
        rule: Rule,
        programme: Programme | None = None,
        route_id: str | None = None,
        *,
        conditional_only: bool = False,
    ) -> bool:
        """Whether the rule's deciding requirements are met; with ``route_id`` None the
        requirements bound to routes are left out, with ``conditional_only`` only those
        bound to ``route_id`` are checked."""
        in_force = [
            r
            for r in self._decisive(rule)
            if (route_id in r.only_with_routes if r.only_with_routes else not conditional_only)
        ]
        # Facts first: they are cheap, and a standing is only built when courses matter.
        for requirement in in_force:
            if isinstance(requirement, FactRequirement) and not requirement.holds(self.transcript):
                return False
        if any(not isinstance(r, (FactRequirement, CourseRequirement)) for r in in_force):
            return False  # courses the catalogue cannot name are never recorded as met
        courses = [
            r
            for r in in_force
            if isinstance(r, CourseRequirement)
            and not (r.intyg_subject and self.transcript.covers_subject(r.intyg_subject))
        ]
        if not courses:
            return True
        standing = self._standing_for(rule, programme)
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
            self._routes = tuple(self._outcome(route) for route in routes)
        return self._routes

    def _advanced(self) -> RouteOutcome:
        rule = self.book.grundlaggande.advanced
        assert rule is not None
        return self._outcome(rule)

    def grundlaggande_route(self) -> RouteOutcome:
        """The route shown: the first met, else the cheapest open one, else the first."""
        return self._grundlaggande()[0]

    def _grundlaggande(self) -> tuple[RouteOutcome, tuple[RequirementResult, ...]]:
        if self._chosen is None:
            chosen = choose_route(self.grundlaggande_routes())
            results = tuple(self._in_grundlaggande(chosen.route, r) for r in chosen.results)
            if advisory := self._advisory_routes():
                chosen = dataclasses.replace(chosen, warnings=(*chosen.warnings, *advisory))
            self._chosen = (chosen, results)
        return self._chosen

    def _gather(self, key: str) -> tuple[str, ...]:  # not eligible: routes a university assesses
        if key not in self._gathered:
            routes = (r for r in self.book.grundlaggande.routes if r.in_force(self.on))
            self._gathered[key] = tuple(i for r in routes for i in getattr(r, key))
        return self._gathered[key]

    def _advisory_routes(self) -> tuple[RequirementResult, ...]:
        """Proposed or unverified routes the transcript meets: warnings, never a verdict."""
        found = []
        for route in self.book.grundlaggande.routes:
            basis = route.basis
            if not basis.standing.advisory or not basis.applies(self.on):
                continue
            if self._outcome(route).met:
                found.append(advisory_route(route))
        return tuple(found)

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

    def _outcome(
        self, rule: Rule, programme: Programme | None = None, route_id: str | None = None
    ) -> RouteOutcome:
        """The rule's deciding requirements (those bound to other routes than ``route_id``
        left out), and its advisory and upcoming ones apart."""
        standing = self._standing_for(rule, programme)
        # A result depends on the standing and on the substitutions it may suggest.
        key: object = (
            id(standing),
            tuple(s.id for s in programme.substitutions) if programme else (),
        )
        alternatives: dict[str, list[tuple[str, ...]]] = {}
        for substitution in programme.substitutions if programme else ():
            alternatives.setdefault(substitution.replaces, []).append(substitution.by)
        results: list[RequirementResult] = []
        warnings: list[RequirementResult] = []
        upcoming: list[tuple[date, RequirementResult]] = []
        for requirement in rule.requirements:
            if requirement.only_with_routes and route_id not in requirement.only_with_routes:
                continue
            basis = requirement.basis
            kind = self._kinds.get(id(requirement))
            if kind is None:
                kind = self._kinds[id(requirement)] = kind_of(basis, self.on)
            if kind is Kind.DECIDES:
                into: list[RequirementResult] | None = results
            elif kind is Kind.WARNING:
                into = warnings
            elif kind is Kind.UPCOMING:
                into = None
            else:
                continue
            cached = self._results.get((id(requirement), key))
            if cached is None:
                cached = self._requirement(requirement, standing, alternatives)
                self._results[(id(requirement), key)] = cached
            if into is None:
                assert basis.valid_from is not None
                upcoming.append((basis.valid_from, cached))
            else:
                into.append(cached)
        if rule.courses_completed_by and self.on > rule.courses_completed_by:
            results = [too_late(r, rule.courses_completed_by) for r in results]
        done = tuple(results)
        # Only routes are compared by their plan; a programme's own results join the
        # grundläggande ones in ``_result``, which plans them together.
        route_plan = plan(done, self.catalogue) if programme is None else NO_PLAN
        return RouteOutcome(rule, done, route_plan, tuple(warnings), tuple(upcoming))

    def _requirement(
        self,
        requirement: Requirement,
        standing: Standing,
        alternatives: dict[str, list[tuple[str, ...]]],
    ) -> RequirementResult:
        if isinstance(requirement, CourseRequirement):
            subject = requirement.intyg_subject
            if subject and self.transcript.covers_subject(subject):
                return met_by_intyg(requirement)
            return evaluate_courses(requirement, standing, self.catalogue, alternatives)
        if isinstance(requirement, FactRequirement):
            return self._fact(requirement)
        return evaluate_unlisted(requirement)

    def _fact(self, requirement: FactRequirement) -> RequirementResult:
        holds = requirement.holds(self.transcript)
        if holds or requirement.audit is None:
            return evaluate_fact(requirement, holds, None)
        audit = self.audit(requirement.audit)
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
        result = evaluate_fact(requirement, holds, audit.as_option())
        return dataclasses.replace(
            result,
            description=f"{requirement.description} (not held; {progress})",
            description_sv=f"{result.description_sv or result.description} (saknas; {progress_sv})",
            sources=unique((*result.sources, *examen.rule.sources)),
        )

    def _in_grundlaggande(self, route: Rule, result: RequirementResult) -> RequirementResult:
        sv = (
            result.description_sv
            and f"{self.book.grundlaggande.name} via {route.name}: {result.description_sv}"
        )
        return dataclasses.replace(
            result,
            id=f"{GRUNDLAGGANDE}.{route.id}.{result.id}",
            description=f"{self.book.grundlaggande.name} via {route.name}: {result.description}",
            description_sv=sv,
        )

    def _route_title(self, route: Rule) -> Bilingual:
        title = self._route_titles.get(route.id)
        if title is None:
            title = self._route_titles[route.id] = route.title
        return title

    def _result(
        self,
        target: str,
        name: str,
        results: tuple[RequirementResult, ...],
        sources: Iterable[str],
        notes: Iterable[Bilingual],
        chosen: RouteOutcome,
        warnings: Iterable[RequirementResult] = (),
        upcoming: Iterable[tuple[date, RequirementResult]] = (),
    ) -> EligibilityResult:
        warned = tuple(warnings)
        planner = self._planners.get(chosen.route.id)
        if planner is None:  # the grundläggande part's plan, continued by every programme
            planner = self._planners[chosen.route.id] = Planner(self.catalogue).add(chosen.results)
        own = results[len(chosen.results) :] if target != GRUNDLAGGANDE else ()
        return EligibilityResult(
            target=target,
            name=name,
            on=self.on,
            what_if=self.what_if,
            eligible=all(r.met for r in results),
            requirements=results,
            plan=planner.copy().add(own).plan(),
            sources=unique((*sources, *(s for r in results for s in r.sources))),
            notes=unique(notes),
            route=chosen.route.id,
            route_name=chosen.route.name,
            title=self.book.title(target),
            route_title=self._route_title(chosen.route),
            route_met=chosen.met,
            warnings=warned,
            upcoming=tuple(upcoming),
            gather=chosen.route.gather if chosen.met else self._gather("gather"),
            gather_sv=chosen.route.gather_sv if chosen.met else self._gather("gather_sv"),
        )


def choose_route(outcomes: tuple[RouteOutcome, ...]) -> RouteOutcome:
    """The route shown: the first met, else the open one with the fewest points to study,
    else the first."""
    met = [o for o in outcomes if o.met]
    if met:
        return met[0]
    open_routes = [o for o in outcomes if o.open]
    if open_routes:
        return min(open_routes, key=lambda o: o.plan.points)
    return outcomes[0]
