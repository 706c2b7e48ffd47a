"""Admission rules as values: requirements (AND of OR-groups of course sets), routes, targets.

Every rule carries its sources and the date it is valid from; requirements may carry their
own (the Svenska 3 minimum grade for teacher programmes applies from 2026-07-01).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from larsam_desktop.domain.courses.catalogue import Equivalence
from larsam_desktop.domain.courses.grades import Grade
from larsam_desktop.domain.courses.transcript import FactValue, Transcript
from larsam_desktop.domain.errors import UserError

GRUNDLAGGANDE = "grundlaggande"


@dataclass(frozen=True, slots=True)
class CourseRequirement:
    """Met when every course of one of the sets is passed at ``min_grade`` or better."""

    id: str
    description: str
    any_of: tuple[tuple[str, ...], ...]
    min_grade: Grade = Grade.E
    valid_from: date | None = None
    sources: tuple[str, ...] = ()


class FactTest(StrEnum):
    EQUALS = "equals"
    AT_LEAST = "at_least"
    PRESENT = "present"


@dataclass(frozen=True, slots=True)
class FactRequirement:
    """A qualification on the transcript (examen, slutbetyg points, years of work …).

    With ``audit`` (an examen id) the missing examen can be studied for, and the audit of
    that examen tells what is left; without it, studying cannot meet the requirement.
    """

    id: str
    description: str
    fact: str
    test: FactTest
    value: FactValue = None
    audit: str | None = None
    valid_from: date | None = None
    sources: tuple[str, ...] = ()

    def holds(self, transcript: Transcript) -> bool:
        actual = transcript.fact(self.fact)
        if self.test is FactTest.PRESENT:
            return actual is not None
        if self.test is FactTest.EQUALS:
            return actual == self.value
        return (
            isinstance(actual, int | float)
            and isinstance(self.value, int | float)
            and actual >= self.value
        )


@dataclass(frozen=True, slots=True)
class UnlistedRequirement:
    """A course the catalogue cannot name (a programme-specific komvuxarbete): never checked."""

    id: str
    description: str
    points: int
    valid_from: date | None = None
    sources: tuple[str, ...] = ()


Requirement = CourseRequirement | FactRequirement | UnlistedRequirement


@dataclass(frozen=True, slots=True)
class Rule:
    """A named AND of requirements: a route to grundläggande behörighet, or an examen."""

    id: str
    name: str
    valid_from: date
    valid_from_basis: str
    sources: tuple[str, ...]
    requirements: tuple[Requirement, ...]
    notes: tuple[str, ...] = ()
    # Only courses completed by this date count (komvux slutbetyg: issued until 2025-06-30).
    courses_completed_by: date | None = None

    def in_force(self, on: date) -> bool:
        return self.valid_from <= on


@dataclass(frozen=True, slots=True)
class ExamenRule:
    rule: Rule
    total_points: int
    passed_points: int


@dataclass(frozen=True, slots=True)
class Substitution:
    """Programme-scoped: passing all of ``by`` counts as ``replaces`` for this programme only."""

    id: str
    description: str
    replaces: str
    by: tuple[str, ...]
    sources: tuple[str, ...]

    def as_equivalence(self) -> Equivalence:
        return Equivalence(
            from_codes=self.by,
            counts_as=(self.replaces,),
            note=self.description,
            verified=True,
            source="; ".join(self.sources),
        )


@dataclass(frozen=True, slots=True)
class Programme:
    """Särskild behörighet for one programme; grundläggande behörighet is required as well."""

    rule: Rule
    old_code: str | None = None
    aliases: tuple[str, ...] = ()
    substitutions: tuple[Substitution, ...] = ()
    verified: bool = True

    @property
    def id(self) -> str:
        return self.rule.id


@dataclass(frozen=True, slots=True)
class Grundlaggande:
    """Grundläggande behörighet: met by any one route in force."""

    name: str
    sources: tuple[str, ...]
    notes: tuple[str, ...]
    routes: tuple[Rule, ...]

    def valid_from(self) -> date:
        return min(route.valid_from for route in self.routes)


class UnknownTarget(UserError, ValueError):
    """The target is neither a programme id, an alias nor an unambiguous old code."""


class RuleNotInForce(UserError, ValueError):
    """No version of the rule was in force on the evaluation date."""


@dataclass(frozen=True, slots=True)
class RuleBook:
    grundlaggande: Grundlaggande
    programmes: tuple[Programme, ...]
    examens: dict[str, ExamenRule]
    _by_id: dict[str, Programme] = field(init=False, repr=False, compare=False)
    _names: dict[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        names = {GRUNDLAGGANDE: GRUNDLAGGANDE}
        for programme in self.programmes:
            names[programme.id.casefold()] = programme.id
            names.update((alias.casefold(), programme.id) for alias in programme.aliases)
        object.__setattr__(self, "_by_id", {p.id: p for p in self.programmes})
        object.__setattr__(self, "_names", names)

    @property
    def target_ids(self) -> tuple[str, ...]:
        return (GRUNDLAGGANDE, *(p.id for p in self.programmes))

    def programme(self, target_id: str) -> Programme:
        return self._by_id[target_id]

    def resolve(self, text: str) -> str:
        """The target id for an id, an alias (``A14``) or an old code shared by none other."""
        wanted = text.strip().casefold()
        if wanted in self._names:
            return self._names[wanted]
        sharing = [p.id for p in self.programmes if (p.old_code or "").casefold() == wanted]
        if len(sharing) == 1:
            return sharing[0]
        if sharing:
            raise UnknownTarget(
                "{target} is the old code of several programmes ({programmes}): choose one",
                target=text.strip(),
                programmes=", ".join(sharing),
            )
        raise UnknownTarget("unknown target {target}", target=repr(text.strip()))
