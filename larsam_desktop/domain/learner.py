"""Learners: the fields a coach records, and the rules that decide whether input is accepted."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from enum import StrEnum

from larsam_desktop.domain.errors import FieldError, ValidationError
from larsam_desktop.domain.identity import (
    IdentityNumber,
    IdentityNumberError,
    parse_identity_number,
)
from larsam_desktop.domain.text import (
    collapse_spaces,
    fold,
    has_control_characters,
    swedish_sort_key,
)


class Gender(StrEnum):
    NOT_STATED = "not_stated"
    WOMAN = "woman"
    MAN = "man"
    OTHER = "other"


class PriorEducation(StrEnum):
    UNKNOWN = "unknown"
    GRUNDSKOLA = "grundskola"
    UPPER_SECONDARY_2_YEARS = "upper_secondary_2"
    UPPER_SECONDARY_3_YEARS = "upper_secondary_3"
    FOLKHOGSKOLA = "folkhogskola"
    FOREIGN = "foreign"


class ProtectedIdentity(StrEnum):
    NONE = "none"
    SEKRETESSMARKERING = "sekretessmarkering"
    SKYDDAD_FOLKBOKFORING = "skyddad_folkbokforing"

    @property
    def hides_address(self) -> bool:
        return self is not ProtectedIdentity.NONE


# Longest accepted value per text field (characters).
MAX_LENGTH: dict[str, int] = {
    "given_name": 100,
    "family_name": 100,
    "phone": 40,
    "email": 254,
    "street_address": 200,
    "postal_code": 10,
    "city": 100,
    "note": 1000,
}
EARLIEST_BIRTH_YEAR = 1880
_PHONE = re.compile(r"^\+?[\d\s\-()]{5,}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_POSTAL_CODE = re.compile(r"^\d{3}\s?\d{2}$")


@dataclass(slots=True)
class LearnerDraft:
    """What a coach typed, before validation. Empty strings mean "not given"."""

    given_name: str = ""
    family_name: str = ""
    personnummer: str = ""
    birth_date: date | None = None
    phone: str = ""
    email: str = ""
    street_address: str = ""
    postal_code: str = ""
    city: str = ""
    home_municipality_code: str | None = None
    learning_centre_id: int | None = None
    coach_id: int | None = None
    gender: Gender = Gender.NOT_STATED
    foreign_born: bool | None = None
    arrival_year: int | None = None
    prior_education: PriorEducation = PriorEducation.UNKNOWN
    first_generation: bool | None = None
    protected_identity: ProtectedIdentity = ProtectedIdentity.NONE
    note: str = ""


@dataclass(frozen=True, slots=True)
class ValidLearner:
    """A learner that passed every rule, with normalised values ready to store."""

    given_name: str
    family_name: str
    identity: IdentityNumber | None
    birth_date: date | None
    birth_year: int
    phone: str | None
    email: str | None
    street_address: str | None
    postal_code: str | None
    city: str | None
    home_municipality_code: str | None
    learning_centre_id: int | None
    coach_id: int | None
    gender: Gender
    foreign_born: bool | None
    arrival_year: int | None
    prior_education: PriorEducation
    first_generation: bool | None
    protected_identity: ProtectedIdentity
    note: str | None

    @property
    def name_sort_key(self) -> str:
        return name_sort_key(self.given_name, self.family_name)


def name_sort_key(given_name: str, family_name: str) -> str:
    """Family name first, then given name, in Swedish order."""
    return f"{swedish_sort_key(family_name)} {swedish_sort_key(given_name)}"


def search_text(
    given_name: str,
    family_name: str,
    identity_digits: str | None,
    municipality: str | None,
    learning_centre: str | None,
) -> str:
    """The folded text the caseload search matches against (one column, one LIKE per term)."""
    parts = [
        given_name,
        family_name,
        identity_digits or "",
        municipality or "",
        learning_centre or "",
    ]
    return fold(" ".join(p for p in parts if p))


def validate_learner(draft: LearnerDraft, *, today: date) -> ValidLearner:
    """Check every rule; raise ``ValidationError`` listing all problems, or return clean values."""
    errors: list[FieldError] = []
    clean = {
        f.name: _clean_text(getattr(draft, f.name), multiline=f.name == "note")
        for f in fields(draft)
        if isinstance(getattr(draft, f.name), str)
    }

    for name, limit in MAX_LENGTH.items():
        value = clean[name]
        if len(value) > limit:
            errors.append(
                FieldError(
                    name,
                    "too_long",
                    "At most {limit} characters (now {length}).",
                    {"limit": limit, "length": len(value)},
                )
            )
        elif has_control_characters(value, allow_newlines=name == "note"):
            errors.append(
                FieldError(name, "control_characters", "Contains control characters; remove them.")
            )

    for name in ("given_name", "family_name"):
        if not clean[name]:
            errors.append(FieldError(name, "required", "Required."))

    identity = _validate_identity(clean["personnummer"], today, errors)
    birth_date = identity.birth_date if identity else draft.birth_date
    birth_year = identity.birth_year if identity else (birth_date.year if birth_date else 0)
    if identity is None and not clean["personnummer"]:
        if draft.birth_date is None:
            errors.append(
                FieldError(
                    "birth_date", "required", "Enter a birth date when there is no personnummer."
                )
            )
        elif draft.birth_date > today:
            errors.append(
                FieldError("birth_date", "future", "A birth date cannot lie in the future.")
            )
        elif draft.birth_date.year < EARLIEST_BIRTH_YEAR:
            errors.append(
                FieldError(
                    "birth_date",
                    "too_early",
                    "A birth date before {year} is not plausible.",
                    {"year": EARLIEST_BIRTH_YEAR},
                )
            )

    # Literal templates at each FieldError, so that the translation tools collect them.
    if _bad_format(clean, "phone", _PHONE):
        errors.append(
            FieldError("phone", "format", "Use digits, spaces, +, - and parentheses only.")
        )
    if _bad_format(clean, "email", _EMAIL):
        errors.append(FieldError("email", "format", "Not an e-mail address."))
    if _bad_format(clean, "postal_code", _POSTAL_CODE):
        errors.append(FieldError("postal_code", "format", "Write a postal code as NNN NN."))

    arrival_year = draft.arrival_year if draft.foreign_born else None
    if arrival_year is not None and birth_year and not birth_year <= arrival_year <= today.year:
        errors.append(
            FieldError(
                "arrival_year",
                "out_of_range",
                "The year of arrival must lie between {start} and {end}.",
                {"start": birth_year, "end": today.year},
            )
        )

    if errors:
        raise ValidationError(errors)
    return ValidLearner(
        given_name=clean["given_name"],
        family_name=clean["family_name"],
        identity=identity,
        birth_date=birth_date,
        birth_year=birth_year,
        phone=clean["phone"] or None,
        email=clean["email"] or None,
        street_address=clean["street_address"] or None,
        postal_code=_format_postal_code(clean["postal_code"]) or None,
        city=clean["city"] or None,
        home_municipality_code=draft.home_municipality_code or None,
        learning_centre_id=draft.learning_centre_id,
        coach_id=draft.coach_id,
        gender=draft.gender,
        foreign_born=draft.foreign_born,
        arrival_year=arrival_year,
        prior_education=draft.prior_education,
        first_generation=draft.first_generation,
        protected_identity=draft.protected_identity,
        note=clean["note"] or None,
    )


def _clean_text(value: str, *, multiline: bool = False) -> str:
    """Trim; one-line fields also fold inner runs of white space (a pasted newline) to one space."""
    return value.strip() if multiline else collapse_spaces(value)


def _validate_identity(text: str, today: date, errors: list[FieldError]) -> IdentityNumber | None:
    if not text:
        return None
    try:
        return parse_identity_number(text, today=today)
    except IdentityNumberError as exc:
        errors.append(FieldError("personnummer", exc.code, exc.template))
        return None


def _bad_format(clean: dict[str, str], name: str, pattern: re.Pattern[str]) -> bool:
    value = clean[name]
    return bool(value) and len(value) <= MAX_LENGTH[name] and not pattern.match(value)


def _format_postal_code(value: str) -> str:
    digits = value.replace(" ", "")
    return f"{digits[:3]} {digits[3:]}" if len(digits) == 5 else value


def draft_from(learner: ValidLearner) -> LearnerDraft:
    """The editable form of a stored learner (the personnummer in full, for editing)."""
    return replace(
        LearnerDraft(),
        given_name=learner.given_name,
        family_name=learner.family_name,
        personnummer=learner.identity.formatted() if learner.identity else "",
        birth_date=learner.birth_date,
        phone=learner.phone or "",
        email=learner.email or "",
        street_address=learner.street_address or "",
        postal_code=learner.postal_code or "",
        city=learner.city or "",
        home_municipality_code=learner.home_municipality_code,
        learning_centre_id=learner.learning_centre_id,
        coach_id=learner.coach_id,
        gender=learner.gender,
        foreign_born=learner.foreign_born,
        arrival_year=learner.arrival_year,
        prior_education=learner.prior_education,
        first_generation=learner.first_generation,
        protected_identity=learner.protected_identity,
        note=learner.note or "",
    )


@dataclass(frozen=True, slots=True)
class StoredLearner:
    """A learner as read back from storage."""

    id: int
    version: int
    created_at: datetime
    updated_at: datetime
    data: ValidLearner
