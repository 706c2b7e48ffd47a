"""The content of one revision of an individual study plan, and its validation.

A plan states the educational goal (a target programme and start term, or an examen — then
the national programme the studies mainly correspond to), the planned scope in
verksamhetspoäng, the pace, the courses per term, preparation activities, when study and
career guidance was offered, the responsible coach and the date agreed with the learner
(skollagen 20 kap. 8 §; förordning 2011:1108, 2 kap. 16 §). Background fields and free notes
have no place here: the plan is handed to the learner.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from larsam_desktop.domain.courses.catalogue import Catalogue
from larsam_desktop.domain.errors import FieldError, ValidationError
from larsam_desktop.domain.plans.terms import FULL_TIME, PACES, Term

MAX_SCOPE = 10_000
MAX_COURSES = 200
MAX_TEXT = 150


class GoalKind(StrEnum):
    PROGRAMME = "programme"  # a higher-education programme (a rule-book target) and start term
    EXAMEN = "examen"  # an examen from komvux


# National programmes a gymnasieexamen from komvux mainly corresponds to (Skolverket).
NATIONAL_PROGRAMMES: dict[str, str] = {
    "EK": "Ekonomiprogrammet",
    "ES": "Estetiska programmet",
    "HU": "Humanistiska programmet",
    "NA": "Naturvetenskapsprogrammet",
    "SA": "Samhällsvetenskapsprogrammet",
    "TE": "Teknikprogrammet",
    "BA": "Bygg- och anläggningsprogrammet",
    "BF": "Barn- och fritidsprogrammet",
    "EE": "El- och energiprogrammet",
    "FT": "Fordons- och transportprogrammet",
    "HA": "Handels- och administrationsprogrammet",
    "HT": "Hotell- och turismprogrammet",
    "IN": "Industritekniska programmet",
    "RL": "Restaurang- och livsmedelsprogrammet",
    "VF": "VVS- och fastighetsprogrammet",
    "VO": "Vård- och omsorgsprogrammet",
}


@dataclass(frozen=True, slots=True)
class PlannedCourse:
    code: str  # the catalogue's spelling
    term: Term
    points: int


@dataclass(frozen=True, slots=True)
class Activities:
    """Preparation besides courses."""

    introduction_course: bool = False  # introduktionskurs
    study_technique: bool = False  # study-technique course
    hogskoleprov_on: date | None = None
    mentor: str = ""


@dataclass(frozen=True, slots=True)
class PlanContent:
    goal_kind: GoalKind = GoalKind.PROGRAMME
    target_id: str | None = None
    target_term: Term | None = None
    examen: str | None = None
    main_programme: str | None = None
    scope_points: int = 0
    pace: int = FULL_TIME
    courses: tuple[PlannedCourse, ...] = ()
    activities: Activities = field(default_factory=Activities)
    guidance_offered_on: date | None = None
    coach: str = ""
    agreed_on: date | None = None

    @property
    def terms(self) -> list[Term]:
        return sorted({c.term for c in self.courses})

    def courses_in(self, term: Term) -> list[PlannedCourse]:
        return [c for c in self.courses if c.term == term]

    @property
    def course_points(self) -> int:
        return sum(c.points for c in self.courses)

    @property
    def codes(self) -> set[str]:
        return {c.code for c in self.courses}


@dataclass(frozen=True, slots=True)
class PlanRevision:
    """One stored revision; once printed or agreed it is never changed again."""

    number: int
    content: PlanContent
    author: str
    reason: str
    created_at: datetime
    printed_at: datetime | None = None

    @property
    def locked(self) -> bool:
        return self.printed_at is not None or self.content.agreed_on is not None


@dataclass(frozen=True, slots=True)
class CourseDraft:
    code: str
    term: str
    points: int | None = None  # default: the catalogue's


@dataclass(frozen=True, slots=True)
class PlanDraft:
    """What was entered, before validation. Empty strings mean "not given"."""

    goal_kind: str = GoalKind.PROGRAMME.value
    target_id: str = ""
    target_term: str = ""
    examen: str = ""
    main_programme: str = ""
    scope_points: int | None = None  # default: the points of the planned courses
    pace: int = FULL_TIME
    courses: tuple[CourseDraft, ...] = ()
    activities: Activities = field(default_factory=Activities)
    guidance_offered_on: date | None = None
    coach: str = ""
    agreed_on: date | None = None


def validate_plan(
    draft: PlanDraft,
    catalogue: Catalogue,
    *,
    targets: Collection[str],
    examens: Collection[str],
    today: date,
) -> PlanContent:
    """Check every field; raise ``ValidationError`` naming each field that is wrong."""
    errors: list[FieldError] = []
    kind = _goal_kind(draft.goal_kind, errors)
    target_id = draft.target_id.strip() or None
    examen = draft.examen.strip() or None
    main_programme = draft.main_programme.strip().upper() or None
    target_term = _term(draft.target_term, "target_term", errors)
    if kind is GoalKind.PROGRAMME:
        # No target yet is allowed (a first draft); the check then has nothing to assess.
        if target_id is not None and target_id not in targets:
            errors.append(
                FieldError(
                    "target_id", "unknown", "Unknown target {target}.", {"target": target_id}
                )
            )
        examen = main_programme = None
    elif kind is GoalKind.EXAMEN:
        if examen is None:
            errors.append(FieldError("examen", "required", "Choose the examen."))
        elif examen not in examens:
            errors.append(
                FieldError("examen", "unknown", "Unknown examen {examen}.", {"examen": examen})
            )
        if main_programme is not None and main_programme not in NATIONAL_PROGRAMMES:
            errors.append(
                FieldError(
                    "main_programme",
                    "unknown",
                    "Unknown national programme {code}.",
                    {"code": main_programme},
                )
            )
        target_id = None
    courses = _courses(draft.courses, catalogue, errors)
    if draft.pace not in PACES:
        errors.append(
            FieldError(
                "pace",
                "invalid_pace",
                "Choose a pace of 5, 10, 15 or 20 points a week.",
            )
        )
    scope = draft.scope_points
    if scope is None:
        scope = sum(c.points for c in courses)
    elif not 0 <= scope <= MAX_SCOPE:
        errors.append(
            FieldError(
                "scope_points",
                "invalid_scope",
                "The scope must be from 0 to {max} points.",
                {"max": MAX_SCOPE},
            )
        )
    coach = " ".join(draft.coach.split())
    if not coach:
        errors.append(FieldError("coach", "required", "Enter the responsible coach."))
    elif len(coach) > MAX_TEXT:
        errors.append(
            FieldError("coach", "too_long", "At most {max} characters.", {"max": MAX_TEXT})
        )
    mentor = " ".join(draft.activities.mentor.split())
    if len(mentor) > MAX_TEXT:
        errors.append(
            FieldError("mentor", "too_long", "At most {max} characters.", {"max": MAX_TEXT})
        )
    for name, day in (
        ("guidance_offered_on", draft.guidance_offered_on),
        ("agreed_on", draft.agreed_on),
    ):
        if day is not None and day > today:
            errors.append(FieldError(name, "in_future", "The date lies in the future."))
    if errors:
        raise ValidationError(errors)
    return PlanContent(
        goal_kind=kind or GoalKind.PROGRAMME,
        target_id=target_id,
        target_term=target_term,
        examen=examen,
        main_programme=main_programme,
        scope_points=scope,
        pace=draft.pace,
        courses=tuple(courses),
        activities=Activities(
            draft.activities.introduction_course,
            draft.activities.study_technique,
            draft.activities.hogskoleprov_on,
            mentor,
        ),
        guidance_offered_on=draft.guidance_offered_on,
        coach=coach,
        agreed_on=draft.agreed_on,
    )


def draft_of(content: PlanContent) -> PlanDraft:
    """The draft that validates to ``content`` again (for editing a copy)."""
    return PlanDraft(
        goal_kind=content.goal_kind.value,
        target_id=content.target_id or "",
        target_term=str(content.target_term) if content.target_term else "",
        examen=content.examen or "",
        main_programme=content.main_programme or "",
        scope_points=content.scope_points,
        pace=content.pace,
        courses=tuple(CourseDraft(c.code, str(c.term), c.points) for c in content.courses),
        activities=content.activities,
        guidance_offered_on=content.guidance_offered_on,
        coach=content.coach,
        agreed_on=content.agreed_on,
    )


def _goal_kind(text: str, errors: list[FieldError]) -> GoalKind | None:
    try:
        return GoalKind(text.strip().lower())
    except ValueError:
        errors.append(FieldError("goal_kind", "invalid", "Choose a programme or an examen."))
        return None


def _term(text: str, name: str, errors: list[FieldError]) -> Term | None:
    if not text.strip():
        return None
    try:
        return Term.parse(text)
    except ValueError:
        errors.append(
            FieldError(
                name,
                "invalid_term",
                "{term} is not a term: write HT or VT and the year, e.g. HT2027.",
                {"term": text.strip()},
            )
        )
        return None


def _courses(
    drafts: tuple[CourseDraft, ...], catalogue: Catalogue, errors: list[FieldError]
) -> list[PlannedCourse]:
    if len(drafts) > MAX_COURSES:
        errors.append(
            FieldError("courses", "too_many", "At most {max} courses.", {"max": MAX_COURSES})
        )
        return []
    courses: list[PlannedCourse] = []
    seen: set[str] = set()
    for position, draft in enumerate(drafts):
        name = f"courses[{position}]"
        course = catalogue.lookup(draft.code)
        if course is None:
            errors.append(
                FieldError(
                    f"{name}.code",
                    "unknown_course",
                    "Unknown course code {code}.",
                    {"code": draft.code.strip()},
                )
            )
        elif course.code in seen:
            errors.append(
                FieldError(
                    f"{name}.code",
                    "duplicate",
                    "{code} is already in the plan.",
                    {"code": course.code},
                )
            )
        term = _term(draft.term, f"{name}.term", errors)
        if term is None and not draft.term.strip():
            errors.append(FieldError(f"{name}.term", "required", "Choose the term."))
        if draft.points is not None and not 0 < draft.points <= MAX_SCOPE:
            errors.append(
                FieldError(
                    f"{name}.points",
                    "invalid_points",
                    "Points must be a whole number from 1 to {max}.",
                    {"max": MAX_SCOPE},
                )
            )
        elif course is not None and term is not None and course.code not in seen:
            points = draft.points if draft.points is not None else course.points
            courses.append(PlannedCourse(course.code, term, points))
        if course is not None:
            seen.add(course.code)
    return courses


# ---- the stored form (plain data, JSON-safe) -------------------------------------------------
def content_to_data(content: PlanContent) -> dict[str, Any]:
    return {
        "goal_kind": content.goal_kind.value,
        "target_id": content.target_id,
        "target_term": str(content.target_term) if content.target_term else None,
        "examen": content.examen,
        "main_programme": content.main_programme,
        "scope_points": content.scope_points,
        "pace": content.pace,
        "courses": [
            {"code": c.code, "term": str(c.term), "points": c.points} for c in content.courses
        ],
        "activities": {
            "introduction_course": content.activities.introduction_course,
            "study_technique": content.activities.study_technique,
            "hogskoleprov_on": _iso(content.activities.hogskoleprov_on),
            "mentor": content.activities.mentor,
        },
        "guidance_offered_on": _iso(content.guidance_offered_on),
        "coach": content.coach,
        "agreed_on": _iso(content.agreed_on),
    }


def content_from_data(data: Mapping[str, Any]) -> PlanContent:
    """The inverse of ``content_to_data`` (stored data is trusted: it was validated)."""
    activities = data.get("activities") or {}
    return PlanContent(
        goal_kind=GoalKind(data["goal_kind"]),
        target_id=data.get("target_id"),
        target_term=Term.parse(data["target_term"]) if data.get("target_term") else None,
        examen=data.get("examen"),
        main_programme=data.get("main_programme"),
        scope_points=int(data["scope_points"]),
        pace=int(data["pace"]),
        courses=tuple(
            PlannedCourse(c["code"], Term.parse(c["term"]), int(c["points"]))
            for c in data.get("courses", ())
        ),
        activities=Activities(
            bool(activities.get("introduction_course")),
            bool(activities.get("study_technique")),
            _date(activities.get("hogskoleprov_on")),
            str(activities.get("mentor") or ""),
        ),
        guidance_offered_on=_date(data.get("guidance_offered_on")),
        coach=str(data.get("coach") or ""),
        agreed_on=_date(data.get("agreed_on")),
    )


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _date(text: object) -> date | None:
    return date.fromisoformat(text) if isinstance(text, str) and text else None
