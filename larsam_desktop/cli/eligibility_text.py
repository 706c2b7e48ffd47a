"""``eligibility --format text``: the result as a coach reads it, in ``--language``.

Labels come from the catalogue (context ``EligibilityCli``); requirement texts, notes, the
target's and the route's names from the rule book's own Swedish or English. JSON output
(``eligibility_output.result_json``) stays the stable English shape.
"""

from __future__ import annotations

from typing import TextIO

from larsam_desktop.domain.eligibility.engine import EligibilityResult
from larsam_desktop.services.catalogue import Language, Texts

CONTEXT = "EligibilityCli"


def write_text(result: EligibilityResult, out: TextIO, language: Language) -> None:
    texts = Texts(language)

    def tr(source: str, *values: object) -> str:
        text = texts.translate(CONTEXT, source)
        for number, value in enumerate(values, start=1):
            text = text.replace(f"%{number}", str(value))
        return text

    verdict = tr("eligible") if result.eligible else tr("NOT eligible")
    what_if = tr(", counting planned and ongoing courses as passed") if result.what_if else ""
    name = result.title.in_language(language)
    out.write(tr("%1 (%2) on %3%4: %5", name, result.target, result.on, what_if, verdict) + "\n")
    if result.route:
        route = result.route_title.in_language(language)
        template = (
            "  Route: %1 (%2) gives grundläggande behörighet"
            if result.route_met
            else "  Route: %1 (%2) would give grundläggande behörighet"
        )
        out.write(tr(template, route, result.route) + "\n")
    for requirement in result.requirements:
        mark = (tr("met") if requirement.met else tr("MISSING")).ljust(7)
        line = f"  {mark}  {requirement.text.in_language(language)}"
        if requirement.satisfied_by:
            line += tr(" — by %1", ", ".join(requirement.satisfied_by))
        out.write(line + "\n")
        for option in requirement.options:
            if not option.codes:
                continue
            more = option.points - option.course_points
            extra = tr(", and %1 more points of other courses", more) if more > 0 else ""
            codes = " + ".join(option.codes)
            out.write("             " + tr("study %1 (%2 points%3)", codes, option.course_points,
                                          extra) + "\n")  # fmt: skip
    if result.points_missing:
        courses = ", ".join(result.plan.codes) or tr("courses the catalogue cannot name")
        out.write(tr("Still to study: %1; %2 points in all", courses, result.points_missing) + "\n")
    for requirement in result.missing:
        if not requirement.options:
            out.write(tr("Not met by studying: %1", requirement.text.in_language(language)) + "\n")
    standings = {"proposed": tr("proposed"), "unverified": tr("unverified")}
    for warning in result.warnings:
        state = tr("met") if warning.met else tr("not met")
        standing = standings.get(warning.standing, warning.standing)
        text = warning.text.in_language(language)
        out.write(tr("Warning (%1, never decides): %2: %3", standing, text, state) + "\n")
    for start, upcoming in result.upcoming:
        out.write(tr("From %1: %2", start, upcoming.text.in_language(language)) + "\n")
    for item in result.gathered(language):
        out.write(tr("Gather: %1", item) + "\n")
    for note in result.notes:
        out.write(tr("Note: %1", note.in_language(language)) + "\n")
    out.write(tr("Sources: %1", "; ".join(result.sources)) + "\n")
