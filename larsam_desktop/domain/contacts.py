"""The contact log (meetings, calls, messages) and follow-ups, and the rules for entering them.

A contact has a date, optionally a time, a kind, a duration, notes, the next steps agreed and
who recorded it. A restricted note (health, family situation) belongs to a contact but is
stored apart and only shown when explicitly opened. A follow-up is a task with a due date and
an owner (a coach), linked to a learner and optionally to the contact it came from.

Refusals are ``FieldError``s naming ``on``, ``at``, ``kind``, ``duration_minutes``, ``notes``,
``next_steps``, ``restricted_note``, ``recorded_by``, ``title``, ``due_on`` or ``owner``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from larsam_desktop.domain.errors import FieldError, ValidationError
from larsam_desktop.domain.text import collapse_spaces, has_control_characters

MAX_NOTES = 10_000
MAX_RECORDED_BY = 150
MAX_TITLE = 300
MAX_DURATION_MINUTES = 8 * 60
# A follow-up may be due at most this far ahead; further is almost always a typo.
MAX_DUE_AHEAD = timedelta(days=2 * 366)


class ContactKind(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"
    EMAIL = "email"
    TEXT = "text"


@dataclass(frozen=True, slots=True)
class ContactDraft:
    """What was entered. Empty strings mean "not given"; ``on`` None means today."""

    kind: str
    recorded_by: str
    on: date | None = None
    at: time | None = None
    duration_minutes: int | None = None
    notes: str = ""
    next_steps: str = ""
    restricted_note: str = ""


@dataclass(frozen=True, slots=True)
class Contact:
    kind: ContactKind
    on: date
    recorded_by: str
    at: time | None = None
    duration_minutes: int | None = None
    notes: str = ""
    next_steps: str = ""


@dataclass(frozen=True, slots=True)
class StoredContact:
    id: int
    learner_id: int
    contact: Contact
    has_restricted_note: bool
    created_at: datetime


@dataclass(frozen=True, slots=True)
class FollowUpDraft:
    title: str
    due_on: date | None
    owner: str  # a coach's name; the service resolves it


@dataclass(frozen=True, slots=True)
class StoredFollowUp:
    id: int
    learner_id: int
    contact_id: int | None
    title: str
    due_on: date
    owner: str
    done_on: date | None

    @property
    def done(self) -> bool:
        return self.done_on is not None


def validate_contact(draft: ContactDraft, *, today: date) -> tuple[Contact, str]:
    """The contact and its restricted note ("" for none); raise ``ValidationError``."""
    errors: list[FieldError] = []
    kind = _kind(draft.kind, errors)
    on = draft.on or today
    if on > today:
        errors.append(
            FieldError(
                "on", "in_future", "The date {on} lies in the future.", {"on": on.isoformat()}
            )
        )
    duration = draft.duration_minutes
    if duration is not None and not 0 < duration <= MAX_DURATION_MINUTES:
        errors.append(
            FieldError(
                "duration_minutes",
                "out_of_range",
                "The duration must be between 1 and {max} minutes.",
                {"max": MAX_DURATION_MINUTES},
            )
        )
    notes = _multiline(draft.notes, "notes", MAX_NOTES, errors)
    next_steps = _multiline(draft.next_steps, "next_steps", MAX_NOTES, errors)
    restricted = _multiline(draft.restricted_note, "restricted_note", MAX_NOTES, errors)
    recorded_by = _line(draft.recorded_by, "recorded_by", MAX_RECORDED_BY, errors)
    if not recorded_by:
        errors.append(FieldError("recorded_by", "required", "Say who records this contact."))
    if errors or kind is None:
        raise ValidationError(errors)
    contact = Contact(kind, on, recorded_by, draft.at, duration, notes, next_steps)
    return contact, restricted


def validate_follow_up(draft: FollowUpDraft, *, today: date) -> tuple[str, date, str]:
    """(title, due date, owner name); raise ``ValidationError``."""
    errors: list[FieldError] = []
    title = _line(draft.title, "title", MAX_TITLE, errors)
    if not title:
        errors.append(FieldError("title", "required", "Say what is to be done."))
    if draft.due_on is None:
        errors.append(FieldError("due_on", "required", "Give a due date."))
    elif draft.due_on > today + MAX_DUE_AHEAD:
        errors.append(
            FieldError(
                "due_on",
                "too_far",
                "The due date {on} is more than two years ahead.",
                {"on": draft.due_on.isoformat()},
            )
        )
    owner = _line(draft.owner, "owner", MAX_RECORDED_BY, errors)
    if not owner:
        errors.append(FieldError("owner", "required", "Choose who owns the follow-up."))
    if errors or draft.due_on is None:
        raise ValidationError(errors)
    return title, draft.due_on, owner


def follow_up_title(next_steps: str) -> str:
    """A follow-up title made from a contact's agreed next steps: the first line, shortened."""
    first = next((line.strip() for line in next_steps.splitlines() if line.strip()), "")
    first = collapse_spaces(first)
    return first if len(first) <= MAX_TITLE else first[: MAX_TITLE - 1] + "…"


def week_end(today: date) -> date:
    """The Sunday of ``today``'s week (Swedish weeks start on Monday)."""
    return today + timedelta(days=6 - today.weekday())


def _kind(text: str, errors: list[FieldError]) -> ContactKind | None:
    try:
        return ContactKind(text.strip().lower())
    except ValueError:
        errors.append(
            FieldError(
                "kind",
                "invalid_kind",
                "Unknown kind of contact {kind}; use {kinds}.",
                {"kind": text.strip(), "kinds": ", ".join(k.value for k in ContactKind)},
            )
        )
        return None


def _line(value: str, field: str, limit: int, errors: list[FieldError]) -> str:
    text = collapse_spaces(value)
    if has_control_characters(text):
        errors.append(FieldError(field, "control_characters", "Remove the control characters."))
    elif len(text) > limit:
        errors.append(FieldError(field, "too_long", "At most {max} characters.", {"max": limit}))
    return text


def _multiline(value: str, field: str, limit: int, errors: list[FieldError]) -> str:
    text = value.replace("\r\n", "\n").strip()
    if has_control_characters(text, allow_newlines=True):
        errors.append(FieldError(field, "control_characters", "Remove the control characters."))
    elif len(text) > limit:
        errors.append(FieldError(field, "too_long", "At most {max} characters.", {"max": limit}))
    return text
