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
grundläggande result), so evaluating every target costs little more than evaluating one;
what no learner changes (the requirements in force, course requirements prepared with their
substitutions, a programme's fixed sources and notes) is read once per rule book and date
(``compiled``) and shared by every evaluator.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from larsam_desktop.domain.courses.catalogue import Catalogue
from larsam_desktop.domain.courses.transcript import Transcript
from larsam_desktop.domain.eligibility.assembly import (
    Base,
    grundlaggande_result,
    make_base,
    programme_plan,
    programme_result,
)
from larsam_desktop.domain.eligibility.compiled import Entry, compiled
from larsam_desktop.domain.eligibility.examen import (
    ExamenAudit,
    audit_examen,
    graded_points,
    with_audit,
)
from larsam_desktop.domain.eligibility.requirements import (
    Planner,
    PreparedCourses,
    RequirementResult,
    StudyPlan,
    courses_met,
    met_by_intyg,
    plan,
)
from larsam_desktop.domain.eligibility.results import (
    NO_PLAN,
    RouteOutcome,
    advisory_route,
    too_late,
)
from larsam_desktop.domain.eligibility.results import (
    EligibilityResult as EligibilityResult,  # re-exported: callers import it from here
)
from larsam_desktop.domain.eligibility.route_choice import (
    choose_for_programme,
    route_bound,
)
from larsam_desktop.domain.eligibility.route_choice import (
    choose_route as choose_route,  # re-exported: the bulk paths import it from here
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
        self._compiled = compiled(book, catalogue, on)
        self._audits: dict[str, ExamenAudit] = {}
        self._gathered: dict[str, tuple[str, ...]] = {}
        # course results by standing and prepared requirement (programmes share most)
        self._by_standing: dict[int, dict[PreparedCourses, RequirementResult]] = {}
        self._facts: dict[int, RequirementResult] = {}  # by requirement identity
        self._routes: tuple[RouteOutcome, ...] | None = None
        self._bases: dict[bool, Base] = {}  # by advanced level
        self._route_bases: dict[str, Base] = {}  # another met route, for some programmes
        self._points: tuple[int, int] | None = None
        self._plans: dict[tuple[int, tuple[int, ...]], tuple[object, StudyPlan]] = {}

    def evaluate(self, target: str) -> EligibilityResult:
        """``target``: a target id, alias or unambiguous old code (``UnknownTarget`` if not)."""
        target_id = self.book.resolve(target)
        if target_id == GRUNDLAGGANDE:
            return self._grundlaggande_result()
        return self._programme_result(self._programme(target_id))

    def evaluate_all(self) -> list[EligibilityResult]:
        """Every target whose rules are in force on the evaluation date."""
        programme = self.book.programme
        return [
            self._grundlaggande_result()
            if target == GRUNDLAGGANDE
            else self._programme_result(programme(target))
            for target in self._compiled.target_ids
        ]

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
        requirement bound to routes is checked against each route met, as ``evaluate``
        chooses the route shown (``choose_for_programme``)."""
        target_id = self.book.resolve(target)
        programme: Programme | None = None
        if target_id != GRUNDLAGGANDE:
            programme = self._programme(target_id)
            if not self._rule_met(programme.rule, programme, None):
                return False
            if programme.advanced and self.book.grundlaggande.advanced is not None:
                return self._rule_met(self.book.grundlaggande.advanced)
        met_routes = (route for route in self._routes_in_force() if self._rule_met(route))
        if programme is None:
            return next(met_routes, None) is not None
        # Any route met will do, as long as what the programme asks of that route holds too
        # (Engelska 6 of an avgångsbetyg, not of a passed behörighetsprov).
        return any(
            self._rule_met(programme.rule, programme, route.id, conditional_only=True)
            for route in met_routes
        )

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

    def _routes_in_force(self) -> tuple[Rule, ...]:
        routes = self._compiled.routes
        if not routes:
            raise RuleNotInForce(
                "no route to grundläggande behörighet is in force on {on}",
                on=self.on.isoformat(),
            )
        return routes

    def grundlaggande_routes(self) -> tuple[RouteOutcome, ...]:
        """Every route in force, evaluated (cached)."""
        if self._routes is None:
            self._routes = tuple(self._outcome(route) for route in self._routes_in_force())
        return self._routes

    def _routes_to_choose(self) -> tuple[RouteOutcome, ...]:
        """The routes in force up to the first one met (every route when none is): all that
        ``choose_route`` reads."""
        if self._routes is not None:
            return self._routes
        found = []
        for route in self._routes_in_force():
            outcome = self._outcome(route)
            found.append(outcome)
            if outcome.met:
                return tuple(found)
        self._routes = tuple(found)
        return self._routes

    def _advanced(self) -> RouteOutcome:
        rule = self.book.grundlaggande.advanced
        assert rule is not None
        return self._outcome(rule)

    def grundlaggande_route(self) -> RouteOutcome:
        """The route shown: the first met, else the cheapest open one, else the first."""
        return self._base(advanced=False).chosen

    def _base(self, *, advanced: bool) -> Base:
        """The route shown, with what every result shown through it repeats (cached)."""
        found = self._bases.get(advanced)
        if found is None:
            if advanced:
                chosen = self._advanced()
            else:
                chosen = choose_route(self._routes_to_choose())
                if advisory := self._advisory_routes():
                    chosen = dataclasses.replace(chosen, warnings=(*chosen.warnings, *advisory))
            met = chosen.met
            gathered = ((), ()) if met else (self._gather("gather"), self._gather("gather_sv"))
            found = self._bases[advanced] = make_base(
                self.book, self.on, chosen, Planner(self.catalogue), gathered
            )
        return found

    def _base_for(self, chosen: RouteOutcome) -> Base:
        """The base of a met route other than the one shown to every target (kept)."""
        found = self._route_bases.get(chosen.route.id)
        if found is None:
            if advisory := self._advisory_routes():
                chosen = dataclasses.replace(chosen, warnings=(*chosen.warnings, *advisory))
            found = self._route_bases[chosen.route.id] = make_base(
                self.book, self.on, chosen, Planner(self.catalogue), ((), ())
            )
        return found

    def _gather(self, key: str) -> tuple[str, ...]:  # not eligible: routes a university assesses
        if key not in self._gathered:
            routes = self._compiled.routes
            self._gathered[key] = tuple(i for r in routes for i in getattr(r, key))
        return self._gathered[key]

    def _advisory_routes(self) -> tuple[RequirementResult, ...]:
        """Proposed or unverified routes the transcript meets: warnings, never a verdict."""
        return tuple(
            advisory_route(route)
            for route in self._compiled.advisory_routes
            if self._outcome(route).met
        )

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
                courses=self._course_result,
                points=self._graded_points(),
            )
        return self._audits[examen_id]

    def _graded_points(self) -> tuple[int, int]:
        if self._points is None:
            self._points = graded_points(self.transcript, what_if=self.what_if)
        return self._points

    def _course_result(self, requirement: CourseRequirement) -> RequirementResult:
        """``evaluate_courses`` on the whole standing, as the outcomes keep it."""
        return self._prepared_result(self._compiled.prepared(requirement), self.standing())

    def _prepared_result(self, prepared: PreparedCourses, standing: Standing) -> RequirementResult:
        """``prepared.evaluate(standing)``, kept (shared with the standing a programme's was
        made from wherever the two read the requirement alike)."""
        reading = self.standing_reading(standing, prepared.codes)
        results = self._by_standing.get(id(reading))
        if results is None:
            results = self._by_standing[id(reading)] = {}
        found = results.get(prepared)
        if found is None:
            found = results[prepared] = prepared.evaluate(reading)
        return found

    def _outcome(
        self, rule: Rule, programme: Programme | None = None, route_id: str | None = None
    ) -> RouteOutcome:
        """The rule's deciding requirements (those bound to other routes than ``route_id``
        left out), and its advisory and upcoming ones apart."""
        standing = self._standing_for(rule, programme)
        entries = self._compiled.entries(rule, programme, route_id)
        results = self._evaluated(entries.decides, standing)
        completed_by = rule.courses_completed_by
        if completed_by and self.on > completed_by:
            results = [too_late(r, completed_by) for r in results]
        done = tuple(results)
        # Only routes are compared by their plan; a programme's own results join the
        # grundläggande ones in ``_programme_result``, which plans them together. A route
        # with every requirement met plans nothing.
        if programme is not None or all(r.met for r in done):
            route_plan = NO_PLAN
        else:
            route_plan = plan(done, self.catalogue)
        warnings = tuple(self._evaluated(entries.warnings, standing)) if entries.warnings else ()
        upcoming = (
            tuple(
                zip(entries.upcoming_from, self._evaluated(entries.upcoming, standing), strict=True)
            )
            if entries.upcoming
            else ()
        )
        return RouteOutcome(rule, done, route_plan, warnings, upcoming)

    def _evaluated(self, entries: tuple[Entry, ...], standing: Standing) -> list[RequirementResult]:
        found: list[RequirementResult] = []
        results = self._by_standing.get(id(standing))
        if results is None:
            results = self._by_standing[id(standing)] = {}
        for entry in entries:
            prepared = entry.prepared
            if prepared is None:
                found.append(self._fixed(entry))
                continue
            subject = entry.intyg_subject
            if subject is not None and self.transcript.covers_subject(subject):
                found.append(met_by_intyg(prepared.requirement))
                continue
            result = results.get(prepared)
            if result is None:
                result = results[prepared] = self._prepared_result(prepared, standing)
            found.append(result)
        return found

    def _fixed(self, entry: Entry) -> RequirementResult:
        """A fact or unlisted requirement's result (no standing changes it)."""
        requirement = entry.requirement
        found = self._facts.get(id(requirement))
        if found is None:
            assert entry.held is not None and entry.not_held is not None
            if not isinstance(requirement, FactRequirement) or requirement.holds(self.transcript):
                found = entry.held
            elif requirement.audit is None:
                found = entry.not_held
            else:
                found = with_audit(requirement, self.audit(requirement.audit))
            self._facts[id(requirement)] = found
        return found

    def _grundlaggande_result(self) -> EligibilityResult:
        return grundlaggande_result(self.book, self._base(advanced=False), self.what_if)

    def _programme_result(self, programme: Programme) -> EligibilityResult:
        advanced = programme.advanced and self.book.grundlaggande.advanced is not None
        base = self._base(advanced=advanced)
        own = self._outcome(programme.rule, programme, base.chosen.route.id)
        if not advanced and not own.met and base.chosen.met and route_bound(programme):
            chosen, own = choose_for_programme(
                base.chosen,
                own,
                self.grundlaggande_routes(),
                lambda route_id: self._outcome(programme.rule, programme, route_id),
            )
            if chosen is not base.chosen:
                base = self._base_for(chosen)
        parts = self._compiled.parts(programme)
        course_plan = programme_plan(base, own.results, self._plans)
        return programme_result(self.book, programme, parts, base, own, course_plan, self.what_if)
