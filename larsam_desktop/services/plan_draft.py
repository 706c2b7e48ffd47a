"""A plan drafted from the learner's gap, without the window (``larsam-desktop plan draft``).

It does what "Add the missing courses" does in the plan tab — the same
``PlanService.add_missing_for`` on the same check — and saves the result: the learner's
current plan (or a first one aimed at the learner's target) with the courses it still lacks
for its goal, spread from the first open term at the chosen pace.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from larsam_desktop.domain.courses.qualifications import TargetChoice
from larsam_desktop.domain.errors import FieldError, ValidationError
from larsam_desktop.domain.plans.plan import GoalKind, PlannedCourse, draft_of
from larsam_desktop.domain.plans.terms import FULL_TIME, HALF_TIME, Term
from larsam_desktop.services.plans import PlanService, SavedPlan
from larsam_desktop.services.profiles import ProfileService

PACE_NAMES = {"full": FULL_TIME, "half": HALF_TIME}
DRAFT_REASON = "missing courses added (plan draft)"


@dataclass(frozen=True, slots=True)
class DraftedPlan:
    saved: SavedPlan
    added: tuple[PlannedCourse, ...]  # the courses the draft added, in term order


def draft_plan(
    plans: PlanService,
    profiles: ProfileService,
    learner_id: int,
    *,
    target: str = "",
    start_term: str = "",
    pace: str = "",
    author: str,
    coach: str,
) -> DraftedPlan:
    """Add the missing courses to the learner's plan and save it.

    ``target``/``start_term`` (empty: the learner's own, the eligibility tab's) aim the
    plan; ``pace`` is ``full`` or ``half`` (empty: the plan's own, full time for a new one).
    Everything is validated before anything is written; raises ``ValidationError`` naming
    the field, ``LearnerNotFound``, ``PlanChanged``.
    """
    choice = _choice(profiles, learner_id, target, start_term)
    pace_points = _pace(pace)
    revisions = plans.revisions(learner_id)
    current = revisions[-1] if revisions else None
    content = current.content if current else plans.new_content_for(choice, coach)
    if choice is not None and (target or start_term):
        term = Term.parse(choice.start_term) if choice.start_term else content.target_term
        content = dataclasses.replace(
            content, goal_kind=GoalKind.PROGRAMME, target_id=choice.target_id, target_term=term
        )
    if content.goal_kind is GoalKind.PROGRAMME and not content.target_id:
        raise ValidationError(
            [FieldError("target", "required", "Choose a target: the learner has none yet.")]
        )
    if pace_points is not None:
        content = dataclasses.replace(content, pace=pace_points)
    if not content.coach:
        content = dataclasses.replace(content, coach=coach or author)
    check = plans.check(learner_id, content)
    filled = plans.add_missing_for(content, check)
    before = set(content.courses)
    added = tuple(course for course in filled.courses if course not in before)
    saved = plans.save(
        learner_id,
        draft_of(filled),
        author=author,
        expected_revision=current.number if current else None,
        reason=DRAFT_REASON if current is not None and current.locked else "",
    )
    return DraftedPlan(saved, added)


def _choice(
    profiles: ProfileService, learner_id: int, target: str, start_term: str
) -> TargetChoice | None:
    own = profiles.target(learner_id)  # raises LearnerNotFound first
    if not target and not start_term:
        return own
    if start_term and not target:
        target = own.target_id if own else ""
    return profiles.validate_target(target, start_term)


def _pace(text: str) -> int | None:
    if not text:
        return None
    if text not in PACE_NAMES:
        raise ValidationError(
            [FieldError("pace", "invalid", "The pace is full or half, not {pace}.", {"pace": text})]
        )
    return PACE_NAMES[text]
