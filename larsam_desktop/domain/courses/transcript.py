"""A transcript: a learner's course records plus the qualifications eligibility depends on.

``parse_transcript`` reads the plain-data form (decoded JSON, as the command line takes it):

    {"courses": [{"code": "SVESVE01", "grade": "E"}, ...],
     "examen": "hogskoleforberedande" | "yrkesexamen" | null,
     "slutbetyg_points_passed": int | null, "folkhogskola_intyg": bool,
     "work_years_after_19": number, "teaching_subject_hp": number | null,
     "slutbetyg_issued_year": int | null, "slutbetyg_programme_points": int | null,
     "avgangsbetyg_years": int | null, "folkhogskola_subjects": [subject, ...],
     "degree_hp": number | null, "university_decision": bool,
     "foreign_assessment": bool, "behorighetsprov_passed": bool,
     "earlier_eligibility": bool}

The last four are *recorded decisions* (a university's decision on reell kompetens, a
recorded assessment of foreign upper-secondary education, a passed behörighetsprov, an
earlier verdict of grundläggande behörighet): stored learners get them from their recorded
decisions (``RecordedDecision``), each with its document.

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
    slutbetyg_issued_year: int | None = None
    slutbetyg_programme_points: int | None = None
    avgangsbetyg_years: int | None = None
    folkhogskola_subjects: tuple[str, ...] = ()
    degree_hp: float | None = None
    university_decision: bool = False
    foreign_assessment: bool = False
    behorighetsprov_passed: bool = False
    earlier_eligibility: bool = False

    def fact(self, name: str) -> FactValue:
        """A qualification by the name rules use (``FACTS`` and ``DERIVED_FACTS``)."""
        if name == "slutbetyg_percent_passed":
            passed, full = self.slutbetyg_points_passed, self.slutbetyg_programme_points
            return None if passed is None or not full else 100.0 * passed / full
        if name == "slutbetyg_core_percent":
            return self._core_percent()
        if name == "folkhogskola_subjects":
            return " ".join(self.folkhogskola_subjects) or None
        value: FactValue = getattr(self, name)
        return value.value if isinstance(value, Examen) else value

    def _core_percent(self) -> float | None:
        """Passed kärnämne points as a percentage of what a slutbetyg before 2010 of this
        size asks (``CORE_POINTS_REQUIRED``); None when the size is not in that table.
        Only the recorded courses count: a grade document may hold more."""
        required = CORE_POINTS_REQUIRED.get(self.slutbetyg_programme_points or 0)
        if required is None:
            return None
        swedish = other = 0
        for record in self.records:
            if record.code in CORE_COURSES and record.grade is not None and record.grade.passes:
                if record.code.startswith("SV"):
                    swedish += record.points
                else:
                    other += record.points
        # Svenska and Svenska som andraspråk count once: at most 200 points (UHR).
        return 100.0 * (min(swedish, 200) + other) / required

    def covers_subject(self, subject: str) -> bool:
        """Whether a partial folkhögskola intyg covers ``subject`` (``svenska`` …)."""
        return subject in self.folkhogskola_subjects


FACTS = (
    "examen",
    "slutbetyg_points_passed",
    "folkhogskola_intyg",
    "work_years_after_19",
    "teaching_subject_hp",
    "slutbetyg_issued_year",
    "slutbetyg_programme_points",
    "avgangsbetyg_years",
    "folkhogskola_subjects",
    "degree_hp",
    "university_decision",
    "foreign_assessment",
    "behorighetsprov_passed",
    "earlier_eligibility",
)
RECORDED_FACTS = (
    "university_decision",
    "foreign_assessment",
    "behorighetsprov_passed",
    "earlier_eligibility",
)
DERIVED_FACTS = ("slutbetyg_percent_passed", "slutbetyg_core_percent")
# Kärnämne points a slutbetyg issued before 2010 must have passed, by the programme's full
# points (bedomningshandboken.uhr.se: Slutbetyg före 2010 – Behörighet; Slutbetyg komvux –
# före 2010 – Behörighet; uhr.se/syv: Kolla alltid upp äldre slutbetygs omfattning, read
# 2026-12-03). Komvux 2 350 / 2 301 → 400, komvux 1 970 → 373.
CORE_POINTS_REQUIRED = {
    2500: 500,
    2451: 500,
    2400: 440,
    2370: 443,
    2350: 400,
    2301: 400,
    2180: 462,
    2150: 465,
    1970: 373,
}
# The kärnämnen courses of Lpf94/Gy2000 the catalogue holds (Svenska/SvA A–B, Engelska A,
# Matematik A, Samhällskunskap A, Naturkunskap A, Religionskunskap A); Idrott och hälsa A and
# Estetisk verksamhet are kärnämnen of the youth school too but are not in the catalogue.
CORE_COURSES = frozenset(
    {"SV1201", "SV1202", "SVA1201", "SVA1202", "EN1201", "MA1201", "SH1201", "NK1201", "RE1201"}
)
# The subjects a folkhögskola behörighetsintyg names (UHR: Sv/SvA 1–3, En 5–6, Ma 1, Sh 1a1,
# Nk 1a1, Re 1, Hi 1a1); a partial intyg lists those it covers.
INTYG_SUBJECTS = (
    "svenska",
    "engelska",
    "matematik",
    "samhallskunskap",
    "naturkunskap",
    "religionskunskap",
    "historia",
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
        slutbetyg_issued_year=_year(data, "slutbetyg_issued_year", errors),
        slutbetyg_programme_points=_whole_number(data, "slutbetyg_programme_points", errors),
        avgangsbetyg_years=_linje_years(data, errors),
        folkhogskola_subjects=_subjects(data, errors),
        degree_hp=_number(data, "degree_hp", errors),
        university_decision=_flag(data, "university_decision", errors),
        foreign_assessment=_flag(data, "foreign_assessment", errors),
        behorighetsprov_passed=_flag(data, "behorighetsprov_passed", errors),
        earlier_eligibility=_flag(data, "earlier_eligibility", errors),
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


def _year(data: Mapping[str, object], key: str, errors: list[FieldError]) -> int | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1960 <= value <= 2030:
        errors.append(FieldError(key, "invalid_year", "Must be a year from 1960 to 2030."))
        return None
    return value


def _linje_years(data: Mapping[str, object], errors: list[FieldError]) -> int | None:
    value = data.get("avgangsbetyg_years")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value not in (2, 3, 4):
        errors.append(
            FieldError("avgangsbetyg_years", "invalid_linje", "Must be 2, 3 or 4 (years).")
        )
        return None
    return value


def _subjects(data: Mapping[str, object], errors: list[FieldError]) -> tuple[str, ...]:
    value = data.get("folkhogskola_subjects", [])
    if not isinstance(value, list) or any(v not in INTYG_SUBJECTS for v in value):
        errors.append(
            FieldError(
                "folkhogskola_subjects",
                "invalid_subjects",
                "Must be a list of {subjects}.",
                {"subjects": ", ".join(INTYG_SUBJECTS)},
            )
        )
        return ()
    return tuple(s for s in INTYG_SUBJECTS if s in value)


def _flag(data: Mapping[str, object], key: str, errors: list[FieldError]) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        errors.append(FieldError(key, "not_a_flag", "Must be true or false."))
        return False
    return value
