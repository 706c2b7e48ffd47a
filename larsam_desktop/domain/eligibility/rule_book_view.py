"""The rule book as a coach reads it: one entry per target, route and requirement.

``rule_entries`` flattens the ``RuleBook`` into rows in reading order (grundläggande
behörighet and its routes first, then each programme and its requirements), with the text in
the chosen language, the standing, dates and sources; ``search`` keeps the rows whose text,
ids, sources or quote hold every word (case and accents folded).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from larsam_desktop.domain.eligibility.rules import (
    GRUNDLAGGANDE,
    Basis,
    CourseRequirement,
    Requirement,
    Rule,
    RuleBook,
    requirement_text,
)
from larsam_desktop.domain.text import fold


@dataclass(frozen=True, slots=True)
class RuleEntry:
    target_id: str
    target_name: str
    kind: str  # "target", "route" or "requirement"
    rule_id: str  # the target's, route's or requirement's id
    route_id: str | None  # the route a requirement belongs to (grundläggande behörighet)
    text: str
    standing: str
    valid_from: date | None
    valid_to: date | None
    sources: tuple[str, ...]
    quote: str
    courses: tuple[tuple[str, ...], ...] = ()  # a course requirement's course sets
    search_text: str = ""


def rule_entries(book: RuleBook, language: str) -> list[RuleEntry]:
    gb = book.grundlaggande
    gb_name = gb.name if language == "sv" or not gb.name_en else gb.name_en
    entries = [
        _entry(GRUNDLAGGANDE, gb_name, "target", GRUNDLAGGANDE, None, gb_name, Basis(
            valid_from=gb.valid_from(), sources=gb.sources))
    ]  # fmt: skip
    for route in gb.routes:
        entries.extend(_rule(GRUNDLAGGANDE, gb_name, route, language, as_route=True))
    if gb.advanced is not None:
        entries.extend(_rule(GRUNDLAGGANDE, gb_name, gb.advanced, language, as_route=True))
    for programme in book.programmes:
        name = requirement_text(programme.rule, language)
        entries.extend(_rule(programme.id, name, programme.rule, language, as_route=False))
    if language != "sv":
        return entries
    return [_swedish_sources(book, entry) for entry in entries]


def _swedish_sources(book: RuleBook, entry: RuleEntry) -> RuleEntry:
    """The sources' Swedish texts, found by a search in either language."""
    swedish = tuple(book.source(source, "sv") for source in entry.sources)
    if swedish == entry.sources:
        return entry
    search_text = f"{entry.search_text} {fold(' '.join(swedish))}"
    return dataclasses.replace(entry, sources=swedish, search_text=search_text)


def _rule(
    target_id: str, target_name: str, rule: Rule, language: str, *, as_route: bool
) -> list[RuleEntry]:
    route_id = rule.id if as_route else None
    found = [
        _entry(
            target_id,
            target_name,
            "route" if as_route else "target",
            rule.id,
            route_id,
            requirement_text(rule, language),
            rule.basis,
        )
    ]
    for requirement in rule.requirements:
        found.append(
            _entry(
                target_id,
                target_name,
                "requirement",
                requirement.id,
                route_id,
                requirement_text(requirement, language),
                _basis(requirement, rule),
                requirement.any_of if isinstance(requirement, CourseRequirement) else (),
            )
        )
    return found


def _basis(requirement: Requirement, rule: Rule) -> Basis:
    """A requirement's own basis, its sources falling back to the rule's."""
    basis = requirement.basis
    if basis.sources:
        return basis
    return Basis(basis.standing, basis.valid_from, basis.valid_to, rule.sources, basis.quote)


def _entry(
    target_id: str,
    target_name: str,
    kind: str,
    rule_id: str,
    route_id: str | None,
    text: str,
    basis: Basis,
    courses: tuple[tuple[str, ...], ...] = (),
) -> RuleEntry:
    words = (target_id, target_name, rule_id, text, basis.quote, *basis.sources)
    words += tuple(code for course_set in courses for code in course_set)
    return RuleEntry(
        target_id,
        target_name,
        kind,
        rule_id,
        route_id,
        text,
        basis.standing.value,
        basis.valid_from,
        basis.valid_to,
        basis.sources,
        basis.quote,
        courses,
        fold(" ".join(words)),
    )


def search(entries: Iterable[RuleEntry], text: str) -> list[RuleEntry]:
    """Entries holding every word of ``text``; a target's other rows come with its name."""
    words = fold(text).split()
    if not words:
        return list(entries)
    return [e for e in entries if all(word in e.search_text for word in words)]


def find(
    entries: Sequence[RuleEntry], target_id: str, rule_id: str, route_id: str | None = None
) -> int | None:
    """The row of a target's rule; with ``route_id`` the one under that route (a
    requirement such as Svenska 1 belongs to several routes)."""
    for index, entry in enumerate(entries):
        same_route = route_id is None or entry.route_id == route_id
        if entry.target_id == target_id and entry.rule_id == rule_id and same_route:
            return index
    return None


def locate(result_id: str, target_id: str) -> tuple[str, str, str | None]:
    """(target, rule, route) of an evaluated requirement's id: ``grundlaggande.<route>.<id>``
    names a route's requirement, any other id one of the target's own."""
    if result_id.startswith(f"{GRUNDLAGGANDE}."):
        _, route, rule = result_id.split(".", 2)
        return GRUNDLAGGANDE, rule, route
    return target_id, result_id, None
