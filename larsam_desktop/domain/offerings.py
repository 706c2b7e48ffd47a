"""Programme offerings (utbildningsutbud) and the student group built for one (issue 17).

An offering is one programme of the rule book given by a lärosäte from a start term, on
campus, at a distance or decentralised at a named lärcentrum, with its pace, places and the
dates of its admission round (``offering_terms``). Refusals name the field: ``university``,
``target``, ``start_term``, ``study_form``, ``learning_centre``, ``pace``, ``places``,
``application_opens``, ``application_closes``, ``complete_by``, ``code``.

The student group sorts every learner into a ``GroupCategory`` from the rule book's
shortest gap (``EligibilityResult.plan``: the fewest points of courses that meet every
unmet requirement) against the terms left before the completion date.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from larsam_desktop.domain.errors import FieldError, ValidationError
from larsam_desktop.domain.learner import PriorEducation
from larsam_desktop.domain.offering_terms import fits, round_dates, terms_needed
from larsam_desktop.domain.plans.terms import FULL_TIME, HALF_TIME, Term
from larsam_desktop.domain.text import collapse_spaces, fold, has_control_characters

MAX_UNIVERSITY = 150
MAX_NAME = 200
MAX_CODE = 20
MAX_PLACES = 10_000
PACE_PERCENTS = (25, 50, 75, 100)


class StudyForm(StrEnum):
    CAMPUS = "campus"
    DISTANCE = "distance"
    DECENTRALISED = "decentralised"  # at a named lärcentrum


@dataclass(frozen=True, slots=True)
class OfferingDraft:
    """What a coach typed or a file held; text as given, checked by ``validate_offering``."""

    university: str
    target_id: str
    start_term: str
    study_form: str = StudyForm.CAMPUS.value
    learning_centre_id: int | None = None
    pace_percent: int = 100
    places: int | None = None
    application_opens: date | None = None  # None: the round's usual date
    application_closes: date | None = None
    complete_by: date | None = None
    code: str = ""  # anmälningskod
    name: str = ""  # the programme's name as the lärosäte writes it (optional)


@dataclass(frozen=True, slots=True)
class Offering:
    university: str
    target_id: str
    start_term: Term
    study_form: StudyForm
    learning_centre_id: int | None
    pace_percent: int
    places: int | None
    application_opens: date
    application_closes: date
    complete_by: date
    code: str
    name: str

    @property
    def key(self) -> str:
        """Two offerings with the same key are the same: lärosäte, programme, term, form and
        lärcentrum (the anmälningskod is not always known)."""
        centre = "" if self.learning_centre_id is None else str(self.learning_centre_id)
        return "|".join(
            (fold(self.university), self.target_id, str(self.start_term), self.study_form, centre)
        )


@dataclass(frozen=True, slots=True)
class StoredOffering:
    id: int
    offering: Offering
    programme: str  # the rule book's name of the target
    learning_centre: str  # "" unless decentralised
    meetings: tuple[int, ...] = ()  # activity ids of its information meetings


def validate_offering(
    draft: OfferingDraft,
    *,
    targets: Collection[str],
    centres: Mapping[int, str],
    resolve: Callable[[str], str | None] | None = None,
) -> Offering:
    """Every problem at once; ``targets``: the rule book's target ids, ``resolve``: an alias,
    name or old code to its id (None when unknown), ``centres``: the lärcentra by id."""
    errors: list[FieldError] = []
    university = _line(draft.university, "university", MAX_UNIVERSITY, errors)
    if not university:
        errors.append(FieldError("university", "required", "Give the lärosäte."))
    wanted = draft.target_id.strip()
    target_id = (resolve(wanted) if resolve and wanted else None) or wanted
    if not wanted:
        errors.append(FieldError("target", "required", "Choose the programme."))
    elif target_id not in targets:
        errors.append(
            FieldError(
                "target",
                "unknown_target",
                "{target} is not a programme of the rule book.",
                {"target": wanted},
            )
        )
    term: Term | None = None
    try:
        term = Term.parse(draft.start_term)
    except ValueError:
        errors.append(
            FieldError(
                "start_term",
                "invalid_term",
                "{term} is not a term (HT2027, VT2028).",
                {"term": draft.start_term.strip()},
            )
        )
    form: StudyForm | None = None
    try:
        form = StudyForm(draft.study_form.strip().lower())
    except ValueError:
        errors.append(
            FieldError(
                "study_form",
                "invalid_study_form",
                "Unknown study form {form}; use campus, distance or decentralised.",
                {"form": draft.study_form.strip()},
            )
        )
    centre = draft.learning_centre_id
    if form is StudyForm.DECENTRALISED and centre is None:
        errors.append(
            FieldError(
                "learning_centre",
                "required",
                "A decentralised programme is given at a lärcentrum: choose which.",
            )
        )
    elif centre is not None and centre not in centres:
        errors.append(
            FieldError("learning_centre", "unknown", "No lärcentrum with id {id}.", {"id": centre})
        )
    if form is not StudyForm.DECENTRALISED:
        centre = None
    if draft.pace_percent not in PACE_PERCENTS:
        errors.append(
            FieldError("pace", "invalid_pace", "The pace must be 25, 50, 75 or 100 percent.")
        )
    if draft.places is not None and not 0 < draft.places <= MAX_PLACES:
        errors.append(
            FieldError(
                "places",
                "out_of_range",
                "The places must be between 1 and {max}.",
                {"max": MAX_PLACES},
            )
        )
    code = _line(draft.code, "code", MAX_CODE, errors)
    name = _line(draft.name, "name", MAX_NAME, errors)
    if term is None or form is None or errors:
        raise ValidationError(errors)
    usual = round_dates(term)
    opens = draft.application_opens or usual.opens
    closes = draft.application_closes or usual.closes
    complete_by = draft.complete_by or usual.complete_by
    if closes < opens:
        errors.append(
            FieldError(
                "application_closes",
                "before_opening",
                "The application closes before it opens.",
            )
        )
    if complete_by < opens:
        errors.append(
            FieldError(
                "complete_by",
                "before_opening",
                "The last day to complete eligibility is before the application opens.",
            )
        )
    if complete_by >= date(term.year, 8 if term.autumn else 1, 1):
        errors.append(
            FieldError(
                "complete_by",
                "after_start",
                "The last day to complete eligibility must be before the term {term} starts.",
                {"term": str(term)},
            )
        )
    if errors:
        raise ValidationError(errors)
    return Offering(
        university, target_id, term, form, centre, draft.pace_percent, draft.places,
        opens, closes, complete_by, code, name,
    )  # fmt: skip


def draft_of(offering: Offering) -> OfferingDraft:
    """The draft an offering came from (for editing)."""
    return OfferingDraft(
        offering.university,
        offering.target_id,
        str(offering.start_term),
        offering.study_form.value,
        offering.learning_centre_id,
        offering.pace_percent,
        offering.places,
        offering.application_opens,
        offering.application_closes,
        offering.complete_by,
        offering.code,
        offering.name,
    )


def cycle_terms(first: Term, years: int = 3) -> tuple[Term, ...]:
    """``years`` years of terms from ``first``: the cycle view's columns."""
    terms = [first]
    while len(terms) < 2 * years:
        terms.append(terms[-1].next())
    return tuple(terms)


# ---- the student group


class GroupCategory(StrEnum):
    ELIGIBLE = "eligible"  # eligible now
    REACHABLE_HALF_PACE = "reachable_half"  # the gap fits the terms left even at half pace
    REACHABLE_FULL_PACE = "reachable_full"  # it fits only at full pace
    NOT_IN_TIME = "not_in_time"  # more than full time fits, or studying cannot close it


class TargetGroup(StrEnum):
    """The groups the region's workshops named (LearnerProfile and learner facts)."""

    UPPER_SECONDARY_2_YEARS = "upper_secondary_2"
    FOREIGN_BORN = "foreign_born"
    FIRST_GENERATION = "first_generation"
    NO_UPPER_SECONDARY = "no_upper_secondary"  # grundskola only


def target_groups(
    prior_education: str | None, foreign_born: bool | None, first_generation: bool | None
) -> frozenset[TargetGroup]:
    found: set[TargetGroup] = set()
    if prior_education == PriorEducation.UPPER_SECONDARY_2_YEARS.value:
        found.add(TargetGroup.UPPER_SECONDARY_2_YEARS)
    if prior_education == PriorEducation.GRUNDSKOLA.value:
        found.add(TargetGroup.NO_UPPER_SECONDARY)
    if foreign_born:
        found.add(TargetGroup.FOREIGN_BORN)
    if first_generation:
        found.add(TargetGroup.FIRST_GENERATION)
    return frozenset(found)


@dataclass(frozen=True, slots=True)
class Gap:
    """A learner against a target: eligible now, or the shortest gap in points and courses;
    ``studyable`` False when some requirement cannot be met by studying (a fact, a decision,
    a course the catalogue cannot name)."""

    eligible: bool
    points: int
    codes: tuple[str, ...]
    studyable: bool = True


UNKNOWN_TARGET_GAP = Gap(False, 0, (), studyable=False)


def categorise(gap: Gap, terms_left: int) -> GroupCategory:
    if gap.eligible:
        return GroupCategory.ELIGIBLE
    if not gap.studyable:
        return GroupCategory.NOT_IN_TIME
    if fits(gap.points, HALF_TIME, terms_left):
        return GroupCategory.REACHABLE_HALF_PACE
    if fits(gap.points, FULL_TIME, terms_left):
        return GroupCategory.REACHABLE_FULL_PACE
    return GroupCategory.NOT_IN_TIME


def terms_at(gap: Gap, pace: int) -> int:
    return 0 if gap.eligible else terms_needed(gap.points, pace)


@dataclass(frozen=True, slots=True)
class GroupFilter:
    municipality_code: str | None = None
    learning_centre_id: int | None = None
    groups: frozenset[TargetGroup] = frozenset()  # a learner in any of them
    categories: frozenset[GroupCategory] = frozenset()  # empty: every category

    def admits(self, groups: frozenset[TargetGroup], category: GroupCategory) -> bool:
        if self.groups and not (self.groups & groups):
            return False
        return not self.categories or category in self.categories


# ---- following the group


class FunnelStep(StrEnum):
    INVITED = "invited"
    ATTENDED = "attended"
    APPLIED = "applied"
    ADMITTED = "admitted"
    STARTED = "started"
    COMPLETED = "completed"


# The pathway stages (domain.pathway.Stage values) that show a step was reached: a learner
# admitted has applied, one studying was admitted, and so on.
STAGE_STEPS: dict[str, FunnelStep] = {
    "applied": FunnelStep.APPLIED,
    "admitted": FunnelStep.ADMITTED,
    "studying": FunnelStep.STARTED,
    "completed": FunnelStep.COMPLETED,
}
_ORDER = tuple(FunnelStep)


def furthest_step(attended: bool, stages: Collection[str]) -> FunnelStep:
    """The furthest step an invited learner reached: attendance, then the pathway stages
    recorded since the invitation."""
    reached = FunnelStep.ATTENDED if attended else FunnelStep.INVITED
    for stage in stages:
        step = STAGE_STEPS.get(stage)
        if step is not None and _ORDER.index(step) > _ORDER.index(reached):
            reached = step
    return reached


def funnel_counts(furthest: Collection[FunnelStep]) -> dict[FunnelStep, int]:
    """How many reached each step (a learner who reached a later step counts for every
    earlier one: applying without attending still counts as attended-or-beyond)."""
    counts = dict.fromkeys(FunnelStep, 0)
    for step in furthest:
        for earlier in _ORDER[: _ORDER.index(step) + 1]:
            counts[earlier] += 1
    return counts


def _line(value: str, field: str, limit: int, errors: list[FieldError]) -> str:
    text = collapse_spaces(value)
    if has_control_characters(text):
        errors.append(FieldError(field, "control_characters", "Remove the control characters."))
    elif len(text) > limit:
        errors.append(FieldError(field, "too_long", "At most {max} characters.", {"max": limit}))
    return text
