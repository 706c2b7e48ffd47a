"""Writing eligibility results and the target list as JSON (the stable shape) or text."""

from __future__ import annotations

import json
from typing import Any, TextIO

from larsam_desktop.domain.bilingual import Language
from larsam_desktop.domain.eligibility.engine import EligibilityResult
from larsam_desktop.domain.eligibility.requirements import RequirementResult
from larsam_desktop.domain.eligibility.rules import GRUNDLAGGANDE, RuleBook


def result_json(result: EligibilityResult) -> dict[str, Any]:
    """``{"target", "eligible", "requirements", "missing", "points_missing", "sources"}`` as
    before, and since the rule book (issue 15) ``route`` (the route to grundläggande
    behörighet shown: id, name, met), ``warnings`` (proposed or unverified rules, which never
    decide), ``upcoming`` (rules decided from a later date, with ``from``) and ``gather``
    (what to gather for a route a university assesses). Every requirement also carries its
    ``rule_id`` and ``standing``."""
    requirements = [_requirement(r) for r in result.requirements]
    return {
        "target": result.target,
        "eligible": result.eligible,
        "requirements": requirements,
        "missing": [item for item in requirements if not item["met"]],
        "points_missing": result.points_missing,
        "sources": list(result.sources),
        "route": {"id": result.route, "name": result.route_name, "met": result.route_met},
        "warnings": [_requirement(r) for r in result.warnings],
        "upcoming": [
            {"from": start.isoformat(), **_requirement(r)} for start, r in result.upcoming
        ],
        "gather": list(result.gather),
    }


def _requirement(result: RequirementResult) -> dict[str, Any]:
    return {
        "id": result.id,
        "description": result.description,
        "met": result.met,
        "satisfied_by": list(result.satisfied_by),
        # A way to meet it, as the courses still to study; a way with no course we can name
        # (a vocational komvuxarbete, more points of any course) is told by the description.
        "options": [list(option.codes) for option in result.options if option.codes],
        "rule_id": result.rule_id,
        "standing": result.standing,
    }


def targets_json(book: RuleBook) -> list[dict[str, Any]]:
    gb = book.grundlaggande
    targets: list[dict[str, Any]] = [
        {
            "id": GRUNDLAGGANDE,
            "name": gb.name,
            "aliases": [],
            "old_code": None,
            "valid_from": gb.valid_from().isoformat(),
            "verified": True,
            "sources": list(gb.sources),
            "routes": [route.id for route in gb.routes],
        }
    ]
    for programme in book.programmes:
        targets.append(
            {
                "id": programme.id,
                "name": programme.rule.name,
                "aliases": list(programme.aliases),
                "old_code": programme.old_code,
                "valid_from": programme.rule.valid_from.isoformat(),
                # Unverified when domain.md says so or a rule of its own is unverified.
                "verified": programme.verified
                and not any(r.basis.standing == "unverified" for r in programme.rule.requirements),
                "sources": list(programme.rule.sources),
                "name_en": programme.rule.name_en,
                "advanced": programme.advanced,
            }
        )
    return targets


def write_targets(book: RuleBook, form: str, out: TextIO, language: Language = "en") -> None:
    from larsam_desktop.domain.errors import fill
    from larsam_desktop.services.catalogue import Texts

    targets = targets_json(book)
    if form == "json":
        _dump(targets, out)
        return
    texts = Texts(language)
    unverified_mark = texts.translate("EligibilityCli", "[unverified]")
    since = texts.translate("EligibilityCli", "from {date}; {sources}")
    width = max(len(t["id"]) for t in targets)
    for target in targets:
        codes = ", ".join(c for c in dict.fromkeys([*target["aliases"], target["old_code"]]) if c)
        extra = f" ({codes})" if codes else ""
        unverified = f" {unverified_mark}" if not target["verified"] else ""
        out.write(f"{target['id'].ljust(width)}  {target['name']}{extra}{unverified}\n")
        sources = "; ".join(book.source(text, language) for text in target["sources"])
        line = fill(since, {"date": target["valid_from"], "sources": sources})
        out.write(f"{''.ljust(width)}  {line}\n")


def write_result(
    result: EligibilityResult,
    form: str,
    out: TextIO,
    language: Language = "en",
    book: RuleBook | None = None,
) -> None:
    if form == "json":
        _dump(result_json(result), out)
        return
    from larsam_desktop.cli.eligibility_text import write_text

    write_text(result, out, language, book)


def _dump(value: object, out: TextIO) -> None:
    json.dump(value, out, ensure_ascii=False, indent=2)
    out.write("\n")
