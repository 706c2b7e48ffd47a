"""What a rule asks, worked out once per rule book rather than once per evaluation.

Every ``Evaluator`` is made for one learner; what depends only on the rules and the date
(each requirement's kind, which requirements a route takes, a programme's substitutions
and refusals) is the same for every learner. It is kept here, keyed by the rule's identity
with the rule itself held so an identity is never reused, and bounded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from larsam_desktop.domain.eligibility.results import Kind, kind_of
from larsam_desktop.domain.eligibility.rules import Programme, Requirement, Rule

_LIMIT = 4096


@dataclass(frozen=True, slots=True)
class CompiledRule:
    """The requirements a rule takes with one route on one date, each with its kind."""

    rule: Rule
    steps: tuple[tuple[Requirement, Kind], ...]


@dataclass(frozen=True, slots=True)
class CompiledProgramme:
    programme: Programme
    substitution_ids: tuple[str, ...]
    alternatives: dict[str, list[tuple[str, ...]]]
    refused: frozenset[str]


_rules: dict[tuple[int, date, str | None], CompiledRule] = {}
_programmes: dict[int, CompiledProgramme] = {}


def compiled_rule(rule: Rule, on: date, route_id: str | None) -> CompiledRule:
    key = (id(rule), on, route_id)
    found = _rules.get(key)
    if found is not None and found.rule is rule:
        return found
    steps = tuple(
        (requirement, kind)
        for requirement in rule.requirements
        if not requirement.only_with_routes or route_id in requirement.only_with_routes
        if (kind := kind_of(requirement.basis, on)) is not Kind.NONE
    )
    if len(_rules) >= _LIMIT:
        _rules.clear()
    found = _rules[key] = CompiledRule(rule, steps)
    return found


def compiled_programme(programme: Programme) -> CompiledProgramme:
    found = _programmes.get(id(programme))
    if found is not None and found.programme is programme:
        return found
    alternatives: dict[str, list[tuple[str, ...]]] = {}
    for substitution in programme.substitutions:
        alternatives.setdefault(substitution.replaces, []).append(substitution.by)
    if len(_programmes) >= _LIMIT:
        _programmes.clear()
    found = _programmes[id(programme)] = CompiledProgramme(
        programme,
        tuple(s.id for s in programme.substitutions),
        alternatives,
        frozenset(r.code for r in programme.refused),
    )
    return found
