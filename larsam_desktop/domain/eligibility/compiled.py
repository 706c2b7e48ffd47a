"""What evaluating on one date needs of a rule book, worked out once per book, catalogue and
date and shared by every ``Evaluator`` of them.

Nothing here reads a transcript: the routes and targets in force, each rule's requirements
with how their rules stand on the date (``Kind``) and those bound to other routes left out,
each course requirement prepared with the substitutions its programme adds
(``PreparedCourses``), the fixed results of fact requirements, and the parts of a programme's
result that are the same for every learner (its own sources, the substitutions' and
refusals', its notes). A fresh evaluator per learner then spends its time on the learner.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from datetime import date
from typing import NamedTuple

from larsam_desktop.domain.bilingual import Bilingual
from larsam_desktop.domain.courses.catalogue import Catalogue
from larsam_desktop.domain.eligibility.requirements import (
    PreparedCourses,
    RequirementResult,
    evaluate_fact,
    evaluate_unlisted,
)
from larsam_desktop.domain.eligibility.results import UNVERIFIED_NOTE, Kind, kind_of
from larsam_desktop.domain.eligibility.rules import (
    GRUNDLAGGANDE,
    CourseRequirement,
    FactRequirement,
    Programme,
    Requirement,
    Rule,
    RuleBook,
)

# Dates kept per rule book (the app evaluates on today; tests and the bulk paths on a few).
_DATES_KEPT = 16


class Entry(NamedTuple):
    """One requirement of a rule as ``Evaluator._outcome`` evaluates it on the date."""

    requirement: Requirement
    # Course requirements: prepared with the programme's substitutions (shared by identity
    # wherever they read the same); None for the others.
    prepared: PreparedCourses | None
    intyg_subject: str | None  # a course requirement an intyg covering this subject meets
    # Fact requirements: the result when it holds and when it does not (without an audit);
    # unlisted requirements: their one result.
    held: RequirementResult | None
    not_held: RequirementResult | None


class RuleEntries(NamedTuple):
    """A rule's requirements on the date, in order, by how their rules stand (``Kind``)."""

    decides: tuple[Entry, ...]
    warnings: tuple[Entry, ...]
    upcoming: tuple[Entry, ...]
    upcoming_from: tuple[date, ...]  # the date each upcoming one applies from


class ProgrammeParts(NamedTuple):
    """The parts of a programme's result that no learner changes."""

    sources: tuple[str, ...]  # the programme rule's own
    later_sources: tuple[str, ...]  # its substitutions' and refusals', after the route's
    notes: tuple[Bilingual, ...]  # the rule's, and the unverified note
    refused: frozenset[str]


class Compiled:
    """A rule book read for one catalogue and one date (see the module)."""

    def __init__(self, book: RuleBook, catalogue: Catalogue, on: date) -> None:
        self.book = book
        self.catalogue = catalogue
        self.on = on
        routes = book.grundlaggande.routes
        self.routes = tuple(route for route in routes if route.in_force(on))
        self.advisory_routes = tuple(
            route for route in routes if route.basis.standing.advisory and route.basis.applies(on)
        )
        self.target_ids = tuple(
            target
            for target in book.target_ids
            if target == GRUNDLAGGANDE or book.programme(target).rule.in_force(on)
        )
        self._entries: dict[tuple[int, int, str | None], RuleEntries] = {}
        self._prepared: dict[tuple[int, tuple[object, ...]], PreparedCourses] = {}
        self._plain: dict[int, PreparedCourses] = {}  # by requirement identity
        self._facts: dict[int, tuple[RequirementResult, RequirementResult]] = {}
        self._parts: dict[int, ProgrammeParts] = {}  # by programme identity

    def entries(self, rule: Rule, programme: Programme | None, route_id: str | None) -> RuleEntries:
        """The rule's requirements to evaluate: those bound to other routes than
        ``route_id`` and those neither deciding, advisory nor upcoming on the date left out."""
        key = (id(rule), id(programme), route_id)
        found = self._entries.get(key)
        if found is None:
            alternatives: dict[str, list[tuple[str, ...]]] = {}
            for substitution in programme.substitutions if programme is not None else ():
                alternatives.setdefault(substitution.replaces, []).append(substitution.by)
            by_kind: dict[Kind, list[Entry]] = {kind: [] for kind in Kind}
            starts: list[date] = []
            for requirement in rule.requirements:
                if requirement.only_with_routes and route_id not in requirement.only_with_routes:
                    continue
                kind = kind_of(requirement.basis, self.on)
                by_kind[kind].append(self._entry(requirement, alternatives))
                if kind is Kind.UPCOMING:
                    assert requirement.basis.valid_from is not None  # decided from a later date
                    starts.append(requirement.basis.valid_from)
            found = self._entries[key] = RuleEntries(
                tuple(by_kind[Kind.DECIDES]),
                tuple(by_kind[Kind.WARNING]),
                tuple(by_kind[Kind.UPCOMING]),
                tuple(starts),
            )
        return found

    def _entry(
        self, requirement: Requirement, alternatives: dict[str, list[tuple[str, ...]]]
    ) -> Entry:
        if isinstance(requirement, CourseRequirement):
            prepared = self.prepared(requirement, alternatives)
            return Entry(requirement, prepared, requirement.intyg_subject, None, None)
        if isinstance(requirement, FactRequirement):
            held, not_held = self.fact_results(requirement)
            return Entry(requirement, None, None, held, not_held)
        unlisted = evaluate_unlisted(requirement)
        return Entry(requirement, None, None, unlisted, unlisted)

    def prepared(
        self,
        requirement: CourseRequirement,
        alternatives: dict[str, list[tuple[str, ...]]] | None = None,
    ) -> PreparedCourses:
        """``requirement`` prepared with the substitutions of ``alternatives`` that replace a
        course it names (the others cannot change its result)."""
        if not alternatives:  # an examen's or a route's requirement: one look-up
            plain = self._plain.get(id(requirement))
            if plain is None:
                plain = self._plain[id(requirement)] = self.prepared(requirement, {"": []})
            return plain
        named: set[str] = {code for course_set in requirement.any_of for code in course_set}
        relevant: dict[str, Sequence[tuple[str, ...]]] = {
            code: tuple(ways) for code, ways in alternatives.items() if code in named
        }
        key = (id(requirement), tuple(sorted(relevant.items())))
        found = self._prepared.get(key)
        if found is None:
            found = self._prepared[key] = PreparedCourses(requirement, self.catalogue, relevant)
        return found

    def fact_results(
        self, requirement: FactRequirement
    ) -> tuple[RequirementResult, RequirementResult]:
        """The requirement's result when it holds, and when it does not (no audit asked)."""
        found = self._facts.get(id(requirement))
        if found is None:
            found = self._facts[id(requirement)] = (
                evaluate_fact(requirement, True, None),
                evaluate_fact(requirement, False, None),
            )
        return found

    def parts(self, programme: Programme) -> ProgrammeParts:
        found = self._parts.get(id(programme))
        if found is None:
            unverified = () if programme.verified else (UNVERIFIED_NOTE,)  # domain.md says so
            found = self._parts[id(programme)] = ProgrammeParts(
                programme.rule.sources,
                (
                    *(source for s in programme.substitutions for source in s.sources),
                    *(source for r in programme.refused for source in r.sources),
                ),
                (*programme.rule.notes, *unverified),
                frozenset(r.code for r in programme.refused),
            )
        return found


def compiled(book: RuleBook, catalogue: Catalogue, on: date) -> Compiled:
    """The book read for ``catalogue`` on ``on``, kept with the book (a few dates)."""
    kept = book.compiled_dates
    key = (on, id(catalogue))
    found = kept.get(key)
    if found is None or found.catalogue is not catalogue:
        if len(kept) >= _DATES_KEPT:
            # the oldest; another thread may have changed the dict meanwhile
            with contextlib.suppress(KeyError, RuntimeError, StopIteration):
                del kept[next(iter(kept))]
        found = kept[key] = Compiled(book, catalogue, on)
    return found
