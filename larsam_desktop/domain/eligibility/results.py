"""What evaluating a target gives: the result per target, a route's outcome, and the helpers
that sort a requirement by its rule's standing on a date."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import TypeVar

from larsam_desktop.domain.bilingual import Bilingual
from larsam_desktop.domain.eligibility.requirements import RequirementResult, StudyPlan
from larsam_desktop.domain.eligibility.rules import Basis, Rule

_T = TypeVar("_T")
NO_PLAN = StudyPlan((), 0)
NO_TITLE = Bilingual("-")
UNVERIFIED_NOTE = Bilingual(
    "Programmets krav är inte bekräftade (domain.md): kontrollera dem på antagning.se innan "
    "du litar på dem.",
    "domain.md marks this programme's requirements unverified: check antagning.se before "
    "relying on them.",
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
    notes: tuple[Bilingual, ...]
    route: str | None  # the grundläggande route shown
    route_name: str = ""
    route_met: bool = False  # whether that route gives grundläggande behörighet
    # Proposed or unverified rules, evaluated but never deciding: warnings beside the verdict.
    warnings: tuple[RequirementResult, ...] = ()
    # Rules decided from a later date (with that date): "from HT2027: …".
    upcoming: tuple[tuple[date, RequirementResult], ...] = ()
    gather: tuple[str, ...] = ()  # what to gather for a route a university assesses
    gather_sv: tuple[str, ...] = ()
    title: Bilingual = NO_TITLE  # the target's name, Swedish first (``name``: Swedish)
    route_title: Bilingual = NO_TITLE

    def gathered(self, language: str) -> tuple[str, ...]:
        return self.gather_sv if language == "sv" and self.gather_sv else self.gather

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
    warnings: tuple[RequirementResult, ...] = ()
    upcoming: tuple[tuple[date, RequirementResult], ...] = ()

    @property
    def met(self) -> bool:
        return all(r.met for r in self.results)

    @property
    def open(self) -> bool:
        return all(r.studyable for r in self.results)


class Kind(Enum):
    DECIDES = 1
    WARNING = 2
    UPCOMING = 3
    NONE = 4


def kind_of(basis: Basis, on: date) -> Kind:
    if basis.decides(on):
        return Kind.DECIDES
    if basis.standing.advisory and basis.applies(on):
        return Kind.WARNING
    if basis.upcoming(on):
        return Kind.UPCOMING
    return Kind.NONE


def too_late(result: RequirementResult, completed_by: date) -> RequirementResult:
    """Studying now cannot meet a requirement that counts only courses finished earlier."""
    if result.met or not result.options:
        return result
    day = completed_by.isoformat()
    return RequirementResult(
        result.id,
        f"{result.description} (only courses finished by {day} count)",
        result.met,
        result.satisfied_by,
        (),
        result.sources,
        result.rule_id,
        result.standing,
        f"{result.description_sv or result.description} (bara kurser avslutade senast {day} "
        "räknas)",
    )


def unique(items: Iterable[_T]) -> tuple[_T, ...]:
    return tuple(dict.fromkeys(items))


def advisory_route(route: Rule) -> RequirementResult:
    """A proposed or unverified route the transcript meets: a warning, never a verdict."""
    standing = route.basis.standing.value
    return RequirementResult(
        f"grundlaggande.{route.id}",
        f"{route.name}: would give grundläggande behörighet, but the route is {standing}: "
        "check with the university",
        met=True,
        sources=route.sources,
        rule_id=route.id,
        standing=standing,
        description_sv=f"{route.name}: skulle ge grundläggande behörighet, men vägen är inte "
        "bekräftad: kontrollera med lärosätet",
    )
