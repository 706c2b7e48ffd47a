"""A transcript: a learner's course records plus the qualifications eligibility depends on.

``parse_transcript`` reads the plain-data form (decoded JSON, as the command line takes it):

    {"courses": [{"code": "SVESVE01", "grade": "E"}, ...],
     "examen": "hogskoleforberedande" | "yrkesexamen" | null,
     "slutbetyg_points_passed": int | null, "folkhogskola_intyg": bool,
     "work_years_after_19": number, "teaching_subject_hp": number | null}

Only ``courses`` is required. Every problem is reported at once, each naming its place.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from larsam_desktop.domain.courses.catalogue import Catalogue
from larsam_desktop.domain.courses.records import (
    CourseRecord,
    CourseRecordDraft,
    validate_course_record,
)
from larsam_desktop.domain.errors import FieldError, ValidationError

FactValue = str | int | float | bool | None
_COURSE_KEYS = ("code", "grade", "status", "points", "start_date", "end_date", "provider", "name")
_MAX_POINTS_TOTAL = 10_000


class Examen(StrEnum):
    HOGSKOLEFORBEREDANDE = "hogskoleforberedande"
    YRKESEXAMEN = "yrkesexamen"


@dataclass(frozen=True, slots=True)
class Transcript:
    records: tuple[CourseRecord, ...] = ()
    examen: Examen | None = None
    slutbetyg_points_passed: int | None = None
    folkhogskola_intyg: bool = False
    work_years_after_19: float = 0.0
    teaching_subject_hp: float | None = None

    def fact(self, name: str) -> FactValue:
        """A qualification by the name rules use (``FACTS``)."""
        value: FactValue = getattr(self, name)
        return value.value if isinstance(value, Examen) else value


FACTS = (
    "examen",
    "slutbetyg_points_passed",
    "folkhogskola_intyg",
    "work_years_after_19",
    "teaching_subject_hp",
)


def parse_transcript(data: object, catalogue: Catalogue) -> Transcript:
    """Validate decoded JSON; raise ``ValidationError`` naming every problem."""
    errors: list[FieldError] = []
    if not isinstance(data, Mapping):
        raise ValidationError(
            [FieldError("transcript", "not_an_object", "The transcript must be a JSON object.")]
        )
    for key in data:
        if key not in ("courses", *FACTS):
            errors.append(
                FieldError(
                    str(key),
                    "unknown_key",
                    "Unknown key {key}; the keys are courses, {facts}.",
                    {"key": str(key), "facts": ", ".join(FACTS)},
                )
            )
    records = _records(data.get("courses"), catalogue, errors)
    transcript = Transcript(
        records=records,
        examen=_examen(data.get("examen"), errors),
        slutbetyg_points_passed=_whole_number(data, "slutbetyg_points_passed", errors),
        folkhogskola_intyg=_flag(data, "folkhogskola_intyg", errors),
        work_years_after_19=_number(data, "work_years_after_19", errors) or 0.0,
        teaching_subject_hp=_number(data, "teaching_subject_hp", errors),
    )
    if errors:
        raise ValidationError(errors)
    return transcript


def _records(
    value: object, catalogue: Catalogue, errors: list[FieldError]
) -> tuple[CourseRecord, ...]:
    if not isinstance(value, list):
        errors.append(FieldError("courses", "required", "courses must be a list of courses."))
        return ()
    records: list[CourseRecord] = []
    for index, item in enumerate(value):
        field = f"courses[{index}]"
        if not isinstance(item, Mapping):
            errors.append(FieldError(field, "not_an_object", "Each course must be a JSON object."))
            continue
        unknown = [str(key) for key in item if key not in _COURSE_KEYS]
        if unknown:
            errors.append(
                FieldError(
                    f"{field}.{unknown[0]}",
                    "unknown_key",
                    "Unknown key {key}; a course has {keys}.",
                    {"key": unknown[0], "keys": ", ".join(_COURSE_KEYS)},
                )
            )
        before = len(errors)
        draft = CourseRecordDraft(
            code=_text(item, "code", field, errors),
            grade=_text(item, "grade", field, errors),
            status=_text(item, "status", field, errors),
            points=_whole_number(item, "points", errors, field),
            start_date=_date(item, "start_date", field, errors),
            end_date=_date(item, "end_date", field, errors),
            provider=_text(item, "provider", field, errors),
        )
        if any(e.field == f"{field}.code" for e in errors[before:]):
            continue  # a code that is not text: nothing more to say about this course
        record = validate_course_record(draft, catalogue, field, errors)
        if record is not None:
            records.append(record)
    return tuple(records)


def _text(item: Mapping[str, object], key: str, field: str, errors: list[FieldError]) -> str:
    value = item.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        errors.append(FieldError(f"{field}.{key}", "not_text", "Must be text."))
        return ""
    return value


def _date(
    item: Mapping[str, object], key: str, field: str, errors: list[FieldError]
) -> date | None:
    text = _text(item, key, field, errors)
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        errors.append(
            FieldError(
                f"{field}.{key}",
                "invalid_date",
                "{value} is not a date (YYYY-MM-DD).",
                {"value": text},
            )
        )
        return None


def _examen(value: object, errors: list[FieldError]) -> Examen | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return Examen(value)
        except ValueError:
            pass
    errors.append(
        FieldError(
            "examen",
            "invalid_examen",
            "examen must be hogskoleforberedande, yrkesexamen or null, not {value}.",
            {"value": str(value)},
        )
    )
    return None


def _whole_number(
    data: Mapping[str, object], key: str, errors: list[FieldError], field: str = ""
) -> int | None:
    value = data.get(key)
    if value is None:
        return None
    name = f"{field}.{key}" if field else key
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= _MAX_POINTS_TOTAL:
        errors.append(
            FieldError(
                name,
                "invalid_number",
                "Must be a whole number from 0 to {max}.",
                {"max": _MAX_POINTS_TOTAL},
            )
        )
        return None
    return value


def _number(data: Mapping[str, object], key: str, errors: list[FieldError]) -> float | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1000:
        errors.append(FieldError(key, "invalid_number", "Must be a number from 0 to 1000."))
        return None
    return float(value)


def _flag(data: Mapping[str, object], key: str, errors: list[FieldError]) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        errors.append(FieldError(key, "not_a_flag", "Must be true or false."))
        return False
    return value
