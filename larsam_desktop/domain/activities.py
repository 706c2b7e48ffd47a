"""Lärcentrum activities: information meetings, course sessions, mentor meetings; who attends.

Refusals name ``kind``, ``title``, ``on``, ``start``, ``duration_minutes``, ``place``,
``capacity`` or ``participants``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum

from larsam_desktop.domain.contacts import MAX_DURATION_MINUTES
from larsam_desktop.domain.errors import FieldError, ValidationError
from larsam_desktop.domain.text import collapse_spaces, has_control_characters

MAX_TITLE = 200
MAX_PLACE = 150
MAX_CAPACITY = 10_000


class ActivityKind(StrEnum):
    INFORMATION_MEETING = "information_meeting"  # e.g. university staff visiting
    INTRODUCTION_COURSE = "introduction_course"
    PREPARATION_COURSE = "preparation_course"
    STUDY_TECHNIQUE = "study_technique"
    MENTOR_MEETING = "mentor_meeting"


@dataclass(frozen=True, slots=True)
class ActivityDraft:
    kind: str
    title: str
    on: date | None
    start: time | None
    duration_minutes: int
    place: str = ""
    capacity: int | None = None  # None: no limit


@dataclass(frozen=True, slots=True)
class Activity:
    kind: ActivityKind
    title: str
    on: date
    start: time
    duration_minutes: int
    place: str
    capacity: int | None


@dataclass(frozen=True, slots=True)
class StoredActivity:
    id: int
    activity: Activity
    registered: int
    attended: int


@dataclass(frozen=True, slots=True)
class Participant:
    learner_id: int
    name: str
    attended: bool | None  # None: not recorded yet


def validate_activity(draft: ActivityDraft, *, registered: int = 0) -> Activity:
    """Check an activity's fields; ``registered``: participants already on it (for edits)."""
    errors: list[FieldError] = []
    try:
        kind: ActivityKind | None = ActivityKind(draft.kind.strip().lower())
    except ValueError:
        kind = None
        errors.append(
            FieldError(
                "kind",
                "invalid_kind",
                "Unknown kind of activity {kind}; use {kinds}.",
                {"kind": draft.kind.strip(), "kinds": ", ".join(k.value for k in ActivityKind)},
            )
        )
    title = _line(draft.title, "title", MAX_TITLE, errors)
    if not title:
        errors.append(FieldError("title", "required", "Give the activity a title."))
    place = _line(draft.place, "place", MAX_PLACE, errors)
    if draft.on is None:
        errors.append(FieldError("on", "required", "Give the date."))
    if draft.start is None:
        errors.append(FieldError("start", "required", "Give the start time."))
    if not 0 < draft.duration_minutes <= MAX_DURATION_MINUTES:
        errors.append(
            FieldError(
                "duration_minutes",
                "out_of_range",
                "The duration must be between 1 and {max} minutes.",
                {"max": MAX_DURATION_MINUTES},
            )
        )
    capacity = draft.capacity
    if capacity is not None:
        if not 0 < capacity <= MAX_CAPACITY:
            errors.append(
                FieldError(
                    "capacity",
                    "out_of_range",
                    "The capacity must be between 1 and {max}.",
                    {"max": MAX_CAPACITY},
                )
            )
        elif capacity < registered:
            errors.append(
                FieldError(
                    "capacity",
                    "below_registered",
                    "{registered} are already registered; the capacity cannot be less.",
                    {"registered": registered},
                )
            )
    if errors or kind is None or draft.on is None or draft.start is None:
        raise ValidationError(errors)
    return Activity(kind, title, draft.on, draft.start, draft.duration_minutes, place, capacity)


def check_room_for(capacity: int | None, registered: int, adding: int) -> None:
    """Refuse registering ``adding`` more learners when the activity would exceed capacity."""
    if capacity is not None and registered + adding > capacity:
        raise ValidationError(
            [
                FieldError(
                    "participants",
                    "full",
                    "The activity is full: {registered} of {capacity} places taken.",
                    {"registered": registered, "capacity": capacity},
                )
            ]
        )


def _line(value: str, field: str, limit: int, errors: list[FieldError]) -> str:
    text = collapse_spaces(value)
    if has_control_characters(text):
        errors.append(FieldError(field, "control_characters", "Remove the control characters."))
    elif len(text) > limit:
        errors.append(FieldError(field, "too_long", "At most {max} characters.", {"max": limit}))
    return text
