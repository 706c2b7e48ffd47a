"""A mentor or fadder for a learner (issue 17): a person at the lärcentrum or a university
student who follows the learner from a start day to an end day (open-ended allowed).

Refusals are ``FieldError``s naming ``name``, ``contact``, ``start_date``, ``end_date``,
``role``, ``affiliation`` or ``note``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import TypeVar

from larsam_desktop.domain.errors import FieldError, ValidationError
from larsam_desktop.domain.text import collapse_spaces, has_control_characters

MAX_NAME = 150
MAX_CONTACT = 150
MAX_NOTE = 500
ENDING_SOON_DAYS = 14  # Today lists mentorships that end within two weeks

_E = TypeVar("_E", bound=StrEnum)


class MentorRole(StrEnum):
    MENTOR = "mentor"
    FADDER = "fadder"


class Affiliation(StrEnum):
    LEARNING_CENTRE = "learning_centre"  # a person at the lärcentrum
    UNIVERSITY = "university"  # a university student


@dataclass(frozen=True, slots=True)
class MentorDraft:
    name: str
    starts_on: date | None
    ends_on: date | None = None
    role: str = MentorRole.MENTOR.value
    affiliation: str = Affiliation.LEARNING_CENTRE.value
    contact: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class Mentor:
    name: str
    starts_on: date
    ends_on: date | None
    role: MentorRole
    affiliation: Affiliation
    contact: str | None
    note: str | None

    def is_current(self, today: date) -> bool:
        return self.starts_on <= today and (self.ends_on is None or today <= self.ends_on)

    def ends_soon(self, today: date, days: int = ENDING_SOON_DAYS) -> bool:
        """Current and ending within ``days``."""
        return (
            self.is_current(today)
            and self.ends_on is not None
            and self.ends_on <= today + timedelta(days=days)
        )


@dataclass(frozen=True, slots=True)
class StoredMentor:
    id: int
    learner_id: int
    mentor: Mentor


def validate_mentor(draft: MentorDraft) -> Mentor:
    """Check every field; ``ValidationError`` with each problem."""
    errors: list[FieldError] = []
    name = _text(draft.name, "name", MAX_NAME, errors)
    if not name:
        errors.append(FieldError("name", "required", "Required."))
    contact = _text(draft.contact, "contact", MAX_CONTACT, errors)
    note = _text(draft.note, "note", MAX_NOTE, errors)
    if draft.starts_on is None:
        errors.append(FieldError("start_date", "required", "Required."))
    elif draft.ends_on is not None and draft.ends_on < draft.starts_on:
        errors.append(
            FieldError(
                "end_date",
                "before_start",
                "The end {end} lies before the start {start}.",
                {"end": draft.ends_on.isoformat(), "start": draft.starts_on.isoformat()},
            )
        )
    role = _choice(MentorRole, draft.role, "role", errors)
    affiliation = _choice(Affiliation, draft.affiliation, "affiliation", errors)
    if errors or draft.starts_on is None or role is None or affiliation is None:
        raise ValidationError(errors)
    return Mentor(
        name, draft.starts_on, draft.ends_on, role, affiliation, contact or None, note or None
    )


def _choice(kind: type[_E], text: str, field: str, errors: list[FieldError]) -> _E | None:
    try:
        return kind(text.strip())
    except ValueError:
        errors.append(
            FieldError(
                field,
                "invalid_choice",
                "Unknown value {value}; use {values}.",
                {"value": text[:40], "values": ", ".join(k.value for k in kind)},
            )
        )
        return None


def _text(value: str, field: str, limit: int, errors: list[FieldError]) -> str:
    text = collapse_spaces(value)
    if has_control_characters(text):
        errors.append(FieldError(field, "control_characters", "Remove the control characters."))
    elif len(text) > limit:
        errors.append(FieldError(field, "too_long", "At most {max} characters.", {"max": limit}))
    return text
