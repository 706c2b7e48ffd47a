"""``eligibility --format text``: the result as a coach reads it, in ``--language``.

Labels come from the catalogue (context ``EligibilityCli``); requirement texts, notes, the
target's and the route's names from the rule book's own Swedish or English. JSON output
(``eligibility_output.result_json``) stays the stable English shape.
"""

from __future__ import annotations

from typing import TextIO

from larsam_desktop.cli.plan_draft import fill
from larsam_desktop.domain.eligibility.engine import EligibilityResult
from larsam_desktop.domain.eligibility.rules import RuleBook
from larsam_desktop.services.catalogue import Language, Texts


def write_text(
    result: EligibilityResult, out: TextIO, language: Language, book: RuleBook | None = None
) -> None:
    """``book``: the rule book the result comes from, for the sources' Swedish texts."""
    texts = Texts(language)

    verdict = (
        fill(texts.translate("EligibilityCli", "eligible"))
        if result.eligible
        else fill(texts.translate("EligibilityCli", "NOT eligible"))
    )
    what_if = (
        fill(texts.translate("EligibilityCli", ", counting planned and ongoing courses as passed"))
        if result.what_if
        else ""
    )
    name = result.title.in_language(language)
    out.write(
        fill(
            texts.translate("EligibilityCli", "%1 (%2) on %3%4: %5"),
            name,
            result.target,
            result.on,
            what_if,
            verdict,
        )
        + "\n"
    )
    if result.route:
        route = result.route_title.in_language(language)
        template = (
            texts.translate("EligibilityCli", "  Route: %1 (%2) gives grundläggande behörighet")
            if result.route_met
            else texts.translate(
                "EligibilityCli", "  Route: %1 (%2) would give grundläggande behörighet"
            )
        )
        out.write(fill(template, route, result.route) + "\n")
    for requirement in result.requirements:
        mark = (
            fill(texts.translate("EligibilityCli", "met"))
            if requirement.met
            else fill(texts.translate("EligibilityCli", "MISSING"))
        ).ljust(7)
        line = f"  {mark}  {requirement.text.in_language(language)}"
        if requirement.satisfied_by:
            line += fill(
                texts.translate("EligibilityCli", " — by %1"), ", ".join(requirement.satisfied_by)
            )
        out.write(line + "\n")
        for option in requirement.options:
            if not option.codes:
                continue
            more = option.points - option.course_points
            extra = (
                fill(
                    texts.translate("EligibilityCli", ", and %1 more points of other courses"), more
                )
                if more > 0
                else ""
            )
            codes = " + ".join(option.codes)
            study = texts.translate("EligibilityCli", "study %1 (%2 points%3)")
            out.write("             " + fill(study, codes, option.course_points, extra) + "\n")
    if result.points_missing:
        courses = ", ".join(result.plan.codes) or fill(
            texts.translate("EligibilityCli", "courses the catalogue cannot name")
        )
        out.write(
            fill(
                texts.translate("EligibilityCli", "Still to study: %1; %2 points in all"),
                courses,
                result.points_missing,
            )
            + "\n"
        )
    for requirement in result.missing:
        if not requirement.options:
            out.write(
                fill(
                    texts.translate("EligibilityCli", "Not met by studying: %1"),
                    requirement.text.in_language(language),
                )
                + "\n"
            )
    standings = {
        "proposed": fill(texts.translate("EligibilityCli", "proposed")),
        "unverified": fill(texts.translate("EligibilityCli", "unverified")),
    }
    for warning in result.warnings:
        state = (
            fill(texts.translate("EligibilityCli", "met"))
            if warning.met
            else fill(texts.translate("EligibilityCli", "not met"))
        )
        standing = standings.get(warning.standing, warning.standing)
        text = warning.text.in_language(language)
        out.write(
            fill(
                texts.translate("EligibilityCli", "Warning (%1, never decides): %2: %3"),
                standing,
                text,
                state,
            )
            + "\n"
        )
    for start, upcoming in result.upcoming:
        out.write(
            fill(
                texts.translate("EligibilityCli", "From %1: %2"),
                start,
                upcoming.text.in_language(language),
            )
            + "\n"
        )
    for item in result.gathered(language):
        out.write(fill(texts.translate("EligibilityCli", "Gather: %1"), item) + "\n")
    for note in result.notes:
        out.write(
            fill(texts.translate("EligibilityCli", "Note: %1"), note.in_language(language)) + "\n"
        )
    sources = "; ".join(book.source(s, language) if book else s for s in result.sources)
    out.write(fill(texts.translate("EligibilityCli", "Sources: %1"), sources) + "\n")
