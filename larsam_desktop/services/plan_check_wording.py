"""What a study plan's check says, as English templates with named parameters (no Qt).

The study-plan tab translates each line's template (context ``PlanCheck``) and fills in the
parameters; tests read the lines without a widget. ``TEMPLATES`` lists every template a
line can have (the tab marks them for translation; a test keeps the two lists equal).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from larsam_desktop.domain.bilingual import Language
from larsam_desktop.domain.plans.checks import PlanCheck

NOT_ASSESSABLE = "The goal cannot be assessed: {problem}"
NO_GOAL = "Choose a goal to check the plan against the entry rules."
NOT_COVERED_BEFORE = "⚠ Not covered before {term}: {requirements}"
NOT_COVERED = "⚠ Not covered by the plan: {requirements}"
COVERED = "✓ The plan covers every requirement of {goal}."
POINTS_SHORT = "⚠ {points} points short of the examen."
LATE = "⚠ Planned in or after the start term: {courses}"
PACE_FITS = (
    "⚠ {term}: {points} points planned, the pace fits {capacity} "
    "(a pace of {pace} points a week fits)."
)
PACE_OVER_FULL_TIME = (
    "⚠ {term}: {points} points planned, the pace fits {capacity} (more than full time)."
)
SCOPE_DIFFERS = "⚠ The scope is not the sum of the planned courses."
BELOW_HALF_TIME = "⚠ Below 10 points a week: no student finance from CSN."
OTHER_TARGET = "⚠ The plan aims at {plan}, the learner's target is {target}."

TEMPLATES = (
    NOT_ASSESSABLE, NO_GOAL, NOT_COVERED_BEFORE, NOT_COVERED, COVERED, POINTS_SHORT, LATE,
    PACE_FITS, PACE_OVER_FULL_TIME, SCOPE_DIFFERS, BELOW_HALF_TIME, OTHER_TARGET,
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class CheckLine:
    template: str
    params: Mapping[str, str] = field(default_factory=dict)

    @property
    def warning(self) -> bool:
        return self.template.startswith("⚠")

    def english(self) -> str:
        return self.template.format(**self.params)


@dataclass(frozen=True, slots=True)
class CheckWording:
    lines: tuple[CheckLine, ...]
    ok: bool  # nothing to warn about: shown in green


def word_check(
    check: PlanCheck,
    *,
    other_target: tuple[str, str] | None = None,
    language: Language = "en",
) -> CheckWording:
    """The lines the study-plan tab shows for ``check``, most important first.

    ``other_target``: (the plan's target, the learner's target) by name, when they differ;
    ``language`` picks the rule book's texts (requirements, the goal's name).
    """
    lines: list[CheckLine] = []
    if check.problem:
        lines.append(CheckLine(NOT_ASSESSABLE, {"problem": check.problem}))
    elif check.goal is None:
        lines.append(CheckLine(NO_GOAL))
    elif check.not_covered:
        requirements = "; ".join(r.text.in_language(language) for r in check.not_covered)
        if check.deadline:
            lines.append(
                CheckLine(
                    NOT_COVERED_BEFORE, {"term": str(check.deadline), "requirements": requirements}
                )
            )
        else:
            lines.append(CheckLine(NOT_COVERED, {"requirements": requirements}))
    else:
        goal = check.result.title.in_language(language) if check.result else check.goal
        lines.append(CheckLine(COVERED, {"goal": goal}))
    if other_target is not None:
        lines.append(CheckLine(OTHER_TARGET, {"plan": other_target[0], "target": other_target[1]}))
    if check.points_short:
        lines.append(CheckLine(POINTS_SHORT, {"points": str(check.points_short)}))
    if check.late_courses:
        courses = ", ".join(c.code for c in check.late_courses)
        lines.append(CheckLine(LATE, {"courses": courses}))
    for warning in check.pace_warnings:
        params = {
            "term": str(warning.term),
            "points": str(warning.points),
            "capacity": str(warning.capacity),
        }
        if warning.fitting_pace:
            lines.append(CheckLine(PACE_FITS, {**params, "pace": str(warning.fitting_pace)}))
        else:
            lines.append(CheckLine(PACE_OVER_FULL_TIME, params))
    if check.scope_differs:
        lines.append(CheckLine(SCOPE_DIFFERS))
    if check.below_half_time:
        lines.append(CheckLine(BELOW_HALF_TIME))
    return CheckWording(tuple(lines), ok=check.warnings == 0 and other_target is None)
