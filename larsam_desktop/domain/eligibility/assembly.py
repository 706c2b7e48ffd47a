"""A target's ``EligibilityResult`` put together from the route shown (``Base``, one per
evaluator, shared by every target shown through it) and a programme's own outcome.

A programme's result is the route's requirements (ids ``grundlaggande.<route>.<id>``)
followed by the programme's own; its plan continues the route's; its sources are the
programme's, grundläggande behörighet's and the route's, the substitutions' and refusals',
then those of each requirement, each source once in that order.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from larsam_desktop.domain.bilingual import Bilingual
from larsam_desktop.domain.eligibility.compiled import ProgrammeParts
from larsam_desktop.domain.eligibility.requirements import Planner, RequirementResult, StudyPlan
from larsam_desktop.domain.eligibility.results import EligibilityResult, RouteOutcome, unique
from larsam_desktop.domain.eligibility.rules import GRUNDLAGGANDE, Programme, RuleBook


class Base(NamedTuple):
    """The grundläggande part of every result shown through one route: the route's results
    with their ids prefixed, and what every such result repeats."""

    on: date
    chosen: RouteOutcome
    results: tuple[RequirementResult, ...]
    sources: tuple[str, ...]  # grundläggande behörighet's and the route's
    result_sources: tuple[str, ...]  # the results' own, in order
    met: bool
    planner: Planner  # the route's plan so far: a programme continues a copy
    plan: StudyPlan
    title: Bilingual
    gather: tuple[str, ...]
    gather_sv: tuple[str, ...]


def make_base(
    book: RuleBook,
    on: date,
    chosen: RouteOutcome,
    planner: Planner,
    gathered: tuple[tuple[str, ...], tuple[str, ...]],
) -> Base:
    """``planner``: a fresh one; ``gathered``: what to gather (English, Swedish) when the
    route is not met (every route's that a university assesses)."""
    route = chosen.route
    name = book.grundlaggande.title
    results = tuple(
        RequirementResult(
            f"{GRUNDLAGGANDE}.{route.id}.{r.id}",
            f"{name.en} via {route.title.en}: {r.description}",
            r.met,
            r.satisfied_by,
            r.options,
            r.sources,
            r.rule_id,
            r.standing,
            r.description_sv and f"{name.sv} via {route.title.sv}: {r.description_sv}",
        )
        for r in chosen.results
    )
    planner.add(chosen.results)
    met = chosen.met
    return Base(
        on,
        chosen,
        results,
        (*book.grundlaggande.sources, *route.sources),
        tuple(source for r in results for source in r.sources),
        all(r.met for r in results),
        planner,
        planner.plan(),
        route.title,
        route.gather if met else gathered[0],
        route.gather_sv if met else gathered[1],
    )


def grundlaggande_result(book: RuleBook, base: Base, what_if: bool) -> EligibilityResult:
    chosen = base.chosen
    grundlaggande = book.grundlaggande
    return EligibilityResult(
        target=GRUNDLAGGANDE,
        name=grundlaggande.name,
        on=base.on,
        what_if=what_if,
        eligible=base.met,
        requirements=base.results,
        plan=base.plan,
        sources=unique((*base.sources, *base.result_sources)),
        notes=unique((*grundlaggande.notes, *chosen.route.notes)),
        route=chosen.route.id,
        route_name=chosen.route.name,
        title=book.title(GRUNDLAGGANDE),
        route_title=base.title,
        route_met=chosen.met,
        warnings=chosen.warnings,
        upcoming=chosen.upcoming,
        gather=base.gather,
        gather_sv=base.gather_sv,
    )


def programme_result(
    book: RuleBook,
    programme: Programme,
    parts: ProgrammeParts,
    base: Base,
    own: RouteOutcome,
    course_plan: StudyPlan,
    what_if: bool,
) -> EligibilityResult:
    """``course_plan``: ``programme_plan`` of the programme's own results."""
    chosen = base.chosen
    results = own.results
    return EligibilityResult(
        target=programme.id,
        name=programme.rule.name,
        on=base.on,
        what_if=what_if,
        eligible=base.met and all(r.met for r in results),
        requirements=base.results + results,
        plan=course_plan,
        sources=unique(
            (
                *parts.sources,
                *base.sources,
                *parts.later_sources,
                *base.result_sources,
                *(source for r in results for source in r.sources),
            )
        ),
        notes=unique((*parts.notes, *chosen.route.notes)),
        route=chosen.route.id,
        route_name=chosen.route.name,
        title=book.title(programme.id),
        route_title=base.title,
        route_met=chosen.met,
        warnings=(*chosen.warnings, *own.warnings),
        upcoming=(*chosen.upcoming, *own.upcoming),
        gather=base.gather,
        gather_sv=base.gather_sv,
    )


def programme_plan(
    base: Base,
    results: tuple[RequirementResult, ...],
    plans: dict[tuple[int, tuple[int, ...]], tuple[object, StudyPlan]],
) -> StudyPlan:
    """The route's plan, continued by the programme's own requirements still to study.

    ``plans`` keeps the plans made by one evaluator, by the base and the identity of the
    results studied (programmes share requirements, and their results are shared too);
    each entry holds its results, so no identity is reused while it is kept."""
    studied = tuple(r for r in results if not r.met and r.options)
    if not studied:
        return base.plan
    key = (id(base.planner), tuple(id(r) for r in studied))
    found = plans.get(key)
    if found is None:
        found = plans[key] = ((base.planner, studied), base.planner.copy().add(studied).plan())
    return found[1]
