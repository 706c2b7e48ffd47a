"""Everything one printed plan shows, as plain text already chosen and masked.

What is *not* here cannot be printed: background fields (foreign-born, prior education,
first generation, gender), the free note, phone and e-mail, and — for a learner with
protected identity — the address.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from larsam_desktop.domain.bilingual import Language
from larsam_desktop.domain.courses.catalogue import Catalogue
from larsam_desktop.domain.eligibility.requirements import RequirementResult
from larsam_desktop.domain.eligibility.rules import RuleBook
from larsam_desktop.domain.learner import StoredLearner
from larsam_desktop.domain.plans.checks import PlanCheck
from larsam_desktop.domain.plans.plan import NATIONAL_PROGRAMMES, GoalKind, PlanRevision
from larsam_desktop.services.pdf.labels import EXAMEN_NAMES, labels


@dataclass(frozen=True, slots=True)
class CourseLine:
    term: str
    code: str
    name: str
    points: int


@dataclass(frozen=True, slots=True)
class RequirementLine:
    met: bool
    studyable: bool
    description: str
    how: str  # met by these records, or the cheapest courses to study
    sources: tuple[str, ...]  # each one cited on its own (a source may hold "; ")


@dataclass(frozen=True, slots=True)
class PlanDocument:
    learner_id: int
    learner_name: str
    identity: str | None  # masked unless the coach chose otherwise
    address_lines: tuple[str, ...]  # empty for protected identity
    revision: PlanRevision
    goal: str | None
    main_programme: str | None
    courses: tuple[CourseLine, ...]
    evaluated_on: date
    check: PlanCheck | None
    requirements: tuple[RequirementLine, ...]
    not_covered: tuple[str, ...]
    merit_line: str = ""  # competitiveness (issue 15: services/plan_merit.py)


def build_document(
    learner: StoredLearner,
    revision: PlanRevision,
    check: PlanCheck | None,
    *,
    book: RuleBook,
    catalogue: Catalogue,
    language: str,
    show_personnummer: bool,
    on: date,
) -> PlanDocument:
    data = learner.data
    identity = None
    if data.identity is not None:
        identity = data.identity.formatted() if show_personnummer else data.identity.masked()
    address: tuple[str, ...] = ()
    if not data.protected_identity.hides_address:
        postal = " ".join(p for p in (data.postal_code, data.city) if p)
        address = tuple(line for line in (data.street_address, postal) if line)
    content = revision.content
    goal = None
    if content.goal_kind is GoalKind.PROGRAMME and content.target_id:
        goal = book.title(content.target_id).in_language(_language(language))
    elif content.goal_kind is GoalKind.EXAMEN and content.examen:
        goal = EXAMEN_NAMES.get(language, {}).get(content.examen, content.examen)
    main = None
    if content.main_programme:
        name = NATIONAL_PROGRAMMES.get(content.main_programme, content.main_programme)
        main = f"{name} ({content.main_programme})"
    courses = tuple(
        CourseLine(str(c.term), c.code, _course_name(catalogue, c.code), c.points)
        for c in sorted(content.courses, key=lambda c: c.term)
    )
    requirements: tuple[RequirementLine, ...] = ()
    not_covered: tuple[str, ...] = ()
    if check is not None:
        shown = check.result.requirements if check.result is not None else check.missing_now
        own = _goal_sources(book, revision.content.target_id)
        requirements = tuple(_requirement(r, catalogue, book, language, own) for r in shown)
        not_covered = tuple(r.text.in_language(_language(language)) for r in check.not_covered)
    return PlanDocument(
        learner_id=learner.id,
        learner_name=f"{data.given_name} {data.family_name}",
        identity=identity,
        address_lines=address,
        revision=revision,
        goal=goal,
        main_programme=main,
        courses=courses,
        evaluated_on=on,
        check=check,
        requirements=requirements,
        not_covered=not_covered,
    )


def _language(language: str) -> Language:
    return "en" if language == "en" else "sv"


def _course_name(catalogue: Catalogue, code: str) -> str:
    return catalogue.get(code).name if code in catalogue else code


def _goal_sources(book: RuleBook, target_id: str | None) -> tuple[str, ...]:
    if target_id is None or target_id not in book.target_ids:
        return ()
    if target_id == book.target_ids[0]:
        return book.grundlaggande.sources
    return book.programme(target_id).rule.sources


def _requirement(
    result: RequirementResult,
    catalogue: Catalogue,
    book: RuleBook,
    language: str,
    goal_sources: tuple[str, ...],
) -> RequirementLine:
    """``*_sources``: shown when the requirement names none of its own."""
    words = labels(language)
    gb = result.id.startswith("grundlaggande.")
    sources = result.sources or (book.grundlaggande.sources if gb else goal_sources)
    if result.met:
        how = ", ".join(_course_name(catalogue, code) for code in result.satisfied_by)
    elif result.options:
        option = result.options[0]
        parts = [_course_name(catalogue, code) for code in option.codes]
        if option.extra_points:
            parts.append(f"+{option.extra_points} {words['points'].lower()}")
        how = " + ".join(parts)
    else:
        how = words["cannot_study"]
    return RequirementLine(
        met=result.met,
        studyable=result.studyable,
        description=result.text.in_language(_language(language)),  # Swedish first (issue 14)
        how=how,
        sources=tuple(book.source(s, _language(language)) for s in sources),
    )
