"""The plan check's wording (``services/plan_check_wording.py``) translated for the tab."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from larsam_desktop.domain.courses.qualifications import TargetChoice
from larsam_desktop.domain.plans.plan import GoalKind, PlanContent
from larsam_desktop.services.plan_check_wording import CheckWording

# What word_check can say (services/plan_check_wording.TEMPLATES), for lupdate.
CHECK_MESSAGES = (
    QT_TRANSLATE_NOOP("PlanCheck", "The goal cannot be assessed: {problem}"),
    QT_TRANSLATE_NOOP("PlanCheck", "Choose a goal to check the plan against the entry rules."),
    QT_TRANSLATE_NOOP("PlanCheck", "⚠ Not covered before {term}: {requirements}"),
    QT_TRANSLATE_NOOP("PlanCheck", "⚠ Not covered by the plan: {requirements}"),
    QT_TRANSLATE_NOOP("PlanCheck", "✓ The plan covers every requirement of {goal}."),
    QT_TRANSLATE_NOOP("PlanCheck", "⚠ {points} points short of the examen."),
    QT_TRANSLATE_NOOP("PlanCheck", "⚠ Planned in or after the start term: {courses}"),
    QT_TRANSLATE_NOOP(
        "PlanCheck",
        "⚠ {term}: {points} points planned, the pace fits {capacity} "
        "(a pace of {pace} points a week fits).",
    ),
    QT_TRANSLATE_NOOP(
        "PlanCheck",
        "⚠ {term}: {points} points planned, the pace fits {capacity} (more than full time).",
    ),
    QT_TRANSLATE_NOOP("PlanCheck", "⚠ The scope is not the sum of the planned courses."),
    QT_TRANSLATE_NOOP("PlanCheck", "⚠ Below 10 points a week: no student finance from CSN."),
    QT_TRANSLATE_NOOP("PlanCheck", "⚠ The plan aims at {plan}, the learner's target is {target}."),
)


def wording_text(wording: CheckWording) -> str:
    """The check's lines, translated."""
    return "\n".join(
        QCoreApplication.translate("PlanCheck", line.template).format(**line.params)
        for line in wording.lines
    )


def other_target(
    content: PlanContent, target: TargetChoice | None, names: dict[str, str]
) -> tuple[str, str] | None:
    """(plan, learner) target names when a programme plan aims elsewhere than the learner."""
    if content.goal_kind is not GoalKind.PROGRAMME or target is None:
        return None
    if content.target_id in (None, target.target_id):
        return None
    return names.get(content.target_id or "", ""), names.get(target.target_id, "")
