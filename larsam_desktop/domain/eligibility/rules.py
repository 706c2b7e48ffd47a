"""Admission rules as values: requirements (AND of OR-groups of course sets), routes, targets.

Every rule carries its sources, the text it relies on (``quote``), the dates it is valid
from and to, and its *standing* (``RuleStanding``): only rules in force decide a verdict; a
rule decided for a later date is shown beside the verdict ("from HT2027: …"); proposed and
unverified rules are warnings, never a "no" (the Svenska 3 minimum grade for teacher
programmes is only proposed, SOU 2024:81). Texts are Swedish first with English beside.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from larsam_desktop.domain.bilingual import Bilingual, Language
from larsam_desktop.domain.courses.catalogue import Equivalence
from larsam_desktop.domain.courses.grades import Grade
from larsam_desktop.domain.courses.transcript import FactValue, Transcript
from larsam_desktop.domain.errors import UserError

if TYPE_CHECKING:
    from larsam_desktop.domain.eligibility.compiled import Compiled

GRUNDLAGGANDE = "grundlaggande"


class RuleStanding(StrEnum):
    """How far a rule can be relied on; only ``in_force`` (and ``decided`` once its date has
    come) decides a verdict."""

    IN_FORCE = "in_force"  # in force: source and date given
    DECIDED = "decided"  # decided, applies from valid_from
    PROPOSED = "proposed"  # proposed (an inquiry, a consultation): a warning only
    UNVERIFIED = "unverified"  # no source confirms it: a warning only

    @property
    def advisory(self) -> bool:
        # Identity, not ==: StrEnum comparison is slow and this runs for every rule evaluated.
        return self is RuleStanding.PROPOSED or self is RuleStanding.UNVERIFIED


@dataclass(frozen=True, slots=True)
class Basis:
    """Where a rule stands: its standing, dates, sources and the text it relies on."""

    standing: RuleStanding = RuleStanding.IN_FORCE
    valid_from: date | None = None
    valid_to: date | None = None
    sources: tuple[str, ...] = ()
    quote: str = ""

    def applies(self, on: date) -> bool:
        """In its date range on ``on`` (the standing aside)."""
        return (self.valid_from is None or self.valid_from <= on) and (
            self.valid_to is None or on <= self.valid_to
        )

    def decides(self, on: date) -> bool:
        return not self.standing.advisory and self.applies(on)

    def upcoming(self, on: date) -> bool:
        """Decided (or in force) from a date still ahead of ``on``."""
        return (
            not self.standing.advisory
            and self.valid_from is not None
            and self.valid_from > on
            and (self.valid_to is None or self.valid_from <= self.valid_to)
        )


@dataclass(frozen=True, slots=True)
class CourseRequirement:
    """Met when every course of one of the sets is passed at ``min_grade`` or better."""

    id: str
    description: str
    any_of: tuple[tuple[str, ...], ...]
    min_grade: Grade = Grade.E
    valid_from: date | None = None
    sources: tuple[str, ...] = ()
    basis: Basis = Basis()
    description_sv: str = ""
    # A partial folkhögskola intyg covering this subject meets it too (``INTYG_SUBJECTS``).
    intyg_subject: str | None = None
    # Applies only when grundläggande behörighet comes by one of these routes (empty: all).
    only_with_routes: tuple[str, ...] = ()


class FactTest(StrEnum):
    EQUALS = "equals"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
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
    basis: Basis = Basis()
    description_sv: str = ""
    only_with_routes: tuple[str, ...] = ()

    def holds(self, transcript: Transcript) -> bool:
        actual = transcript.fact(self.fact)
        if self.test is FactTest.PRESENT:
            return actual is not None
        if self.test is FactTest.EQUALS:
            return actual == self.value
        if self.test is FactTest.AT_MOST:
            return (
                isinstance(actual, int | float)
                and isinstance(self.value, int | float)
                and actual <= self.value
            )
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
    basis: Basis = Basis()
    description_sv: str = ""
    only_with_routes: tuple[str, ...] = ()


Requirement = CourseRequirement | FactRequirement | UnlistedRequirement


def requirement_text(requirement: Requirement | Rule, language: str) -> str:
    """The Swedish text for ``sv`` (when there is one), else the English."""
    if isinstance(requirement, Rule):
        return (
            requirement.name
            if language == "sv" or not requirement.name_en
            else (requirement.name_en)
        )
    if language == "sv" and requirement.description_sv:
        return requirement.description_sv
    return requirement.description


@dataclass(frozen=True, slots=True)
class Rule:
    """A named AND of requirements: a route to grundläggande behörighet, or an examen."""

    id: str
    name: str
    valid_from: date
    valid_from_basis: str
    sources: tuple[str, ...]
    requirements: tuple[Requirement, ...]
    notes: tuple[Bilingual, ...] = ()
    # Only courses completed by this date count (komvux slutbetyg: issued until 2025-06-30).
    courses_completed_by: date | None = None
    basis: Basis = Basis()
    name_en: str = ""
    # What the coach should gather for a route the university assesses (reell kompetens).
    gather: tuple[str, ...] = ()
    gather_sv: tuple[str, ...] = ()

    def in_force(self, on: date) -> bool:
        return self.valid_from <= on and self.basis.decides(on)

    @property
    def title(self) -> Bilingual:
        """The name, Swedish first (the official name) and English beside."""
        return Bilingual(self.name, self.name_en)


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
    description_sv: str = ""

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
    # Older equivalences this programme does not accept (Matematik D for Matematik 4 where
    # civilingenjör-type requirements need Matematik E).
    refused: tuple[Refusal, ...] = ()
    # Advanced level (KPU): grundläggande behörighet for the advanced level replaces the
    # basic one (högskoleförordningen 7 kap. 28 §).
    advanced: bool = False

    @property
    def id(self) -> str:
        return self.rule.id


@dataclass(frozen=True, slots=True)
class Refusal:
    """Programme-scoped: the equivalence from ``code`` does not count for this programme."""

    code: str
    description: str
    sources: tuple[str, ...]
    description_sv: str = ""


@dataclass(frozen=True, slots=True)
class Grundlaggande:
    """Grundläggande behörighet: met by any one route in force."""

    name: str
    sources: tuple[str, ...]
    notes: tuple[Bilingual, ...]
    routes: tuple[Rule, ...]
    advanced: Rule | None = None  # grundläggande behörighet for the advanced level
    name_en: str = ""

    @property
    def title(self) -> Bilingual:
        return Bilingual(self.name, self.name_en)

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
    # Sources with a Swedish text beside the English one the rules carry (rule files).
    source_texts: Mapping[str, Bilingual] = field(default_factory=dict, compare=False)
    _by_id: dict[str, Programme] = field(init=False, repr=False, compare=False)
    _names: dict[str, str] = field(init=False, repr=False, compare=False)
    _titles: dict[str, Bilingual] = field(init=False, repr=False, compare=False)
    # ``compiled.Compiled`` by date and catalogue: what evaluation reads of the book.
    compiled_dates: dict[tuple[date, int], Compiled] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        names = {GRUNDLAGGANDE: GRUNDLAGGANDE}
        for programme in self.programmes:
            names[programme.id.casefold()] = programme.id
            names.update((alias.casefold(), programme.id) for alias in programme.aliases)
        object.__setattr__(self, "_by_id", {p.id: p for p in self.programmes})
        object.__setattr__(self, "_names", names)
        titles = {GRUNDLAGGANDE: self.grundlaggande.title}
        titles.update((p.id, p.rule.title) for p in self.programmes)
        object.__setattr__(self, "_titles", titles)  # made once: every evaluation names one

    @property
    def target_ids(self) -> tuple[str, ...]:
        return (GRUNDLAGGANDE, *(p.id for p in self.programmes))

    def programme(self, target_id: str) -> Programme:
        return self._by_id[target_id]

    def source(self, text: str, language: Language) -> str:
        """A source as a person reads it in ``language`` (titles stay as published)."""
        found = self.source_texts.get(text)
        if found is not None or language == "en":
            return found.in_language(language) if found is not None else text
        for english, both in self.source_texts.items():  # a substitution's sources, joined
            if english in text:  # into one (``Substitution.as_equivalence``)
                text = text.replace(english, both.sv)
        return text

    def title(self, target_id: str) -> Bilingual:
        """A target's name as a person reads it (no id): Swedish first, English beside."""
        return self._titles[target_id]

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
