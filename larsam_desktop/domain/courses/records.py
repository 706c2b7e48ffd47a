"""A learner's course records: what was studied, where, with which result — and their rules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from larsam_desktop.domain.courses.catalogue import Catalogue, Course
from larsam_desktop.domain.courses.grades import Grade, parse_grade
from larsam_desktop.domain.errors import FieldError

MAX_POINTS = 3000  # no single course or level comes near this


class CourseStatus(StrEnum):
    PLANNED = "planned"
    ONGOING = "ongoing"
    COMPLETED = "completed"
    DISCONTINUED = "discontinued"


class Provider(StrEnum):
    KOMVUX = "komvux"
    FOLKHOGSKOLA = "folkhogskola"
    UPPER_SECONDARY = "upper_secondary"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class CourseRecordDraft:
    """What was entered, before validation. Empty strings mean "not given"."""

    code: str
    grade: str = ""
    status: str = ""  # default: completed when a grade is given, else planned
    points: int | None = None  # default: the catalogue's points
    start_date: date | None = None
    end_date: date | None = None
    provider: str = ""


@dataclass(frozen=True, slots=True)
class CourseRecord:
    code: str  # the catalogue's spelling
    status: CourseStatus
    grade: Grade | None
    points: int
    start_date: date | None = None
    end_date: date | None = None
    provider: Provider | None = None

    def grade_for_eligibility(self, *, what_if: bool = False) -> Grade | None:
        """The passing grade this record contributes, or None.

        With ``what_if`` a planned or ongoing course counts as passed with E.
        """
        if self.status is CourseStatus.COMPLETED and self.grade is not None and self.grade.passes:
            return self.grade
        if what_if and self.status in (CourseStatus.PLANNED, CourseStatus.ONGOING):
            return Grade.E
        return None

    def graded_for_points(self, *, what_if: bool = False) -> Grade | None:
        """The grade (pass or fail) this record has for counting examen points, or None."""
        if self.status in (CourseStatus.COMPLETED, CourseStatus.DISCONTINUED) and self.grade:
            return self.grade
        return self.grade_for_eligibility(what_if=what_if)


@dataclass(frozen=True, slots=True)
class StoredCourseRecord:
    """A course record as read back from storage."""

    id: int
    learner_id: int
    record: CourseRecord


def validate_course_record(
    draft: CourseRecordDraft, catalogue: Catalogue, field: str, errors: list[FieldError]
) -> CourseRecord | None:
    """Check one record; append every problem to ``errors`` (fields ``<field>.code`` …)."""
    before = len(errors)
    course = _course(draft.code, catalogue, field, errors)
    grade = _grade(draft.grade, field, errors)
    if course and grade and grade.scale is not course.system.grade_scale:
        errors.append(
            FieldError(
                f"{field}.grade",
                "wrong_scale",
                "{code} is graded {scale}, so {grade} is not one of its grades.",
                {"code": course.code, "scale": course.system.grade_scale.value, "grade": grade},
            )
        )
    status = _status(draft, grade, field, errors)
    if draft.points is not None and not 0 < draft.points <= MAX_POINTS:
        errors.append(
            FieldError(
                f"{field}.points",
                "invalid_points",
                "Points must be a whole number from 1 to {max}.",
                {"max": MAX_POINTS},
            )
        )
    if draft.start_date and draft.end_date and draft.end_date < draft.start_date:
        errors.append(
            FieldError(f"{field}.end_date", "dates_out_of_order", "The end lies before the start.")
        )
    provider = _provider(draft.provider, field, errors)
    if len(errors) > before or course is None or status is None:
        return None
    return CourseRecord(
        code=course.code,
        status=status,
        grade=grade,
        points=draft.points if draft.points is not None else course.points,
        start_date=draft.start_date,
        end_date=draft.end_date,
        provider=provider,
    )


def _course(text: str, catalogue: Catalogue, field: str, errors: list[FieldError]) -> Course | None:
    if not text.strip():
        errors.append(FieldError(f"{field}.code", "required", "Enter a course code."))
        return None
    course = catalogue.lookup(text)
    if course is None:
        suggestions = catalogue.suggest(text)
        if suggestions:
            errors.append(
                FieldError(
                    f"{field}.code",
                    "unknown_course",
                    "Unknown course code {code}; did you mean {suggestions}?",
                    {"code": text.strip(), "suggestions": " or ".join(suggestions)},
                )
            )
        else:
            errors.append(
                FieldError(
                    f"{field}.code",
                    "unknown_course",
                    "Unknown course code {code}.",
                    {"code": text.strip()},
                )
            )
    return course


def _grade(text: str, field: str, errors: list[FieldError]) -> Grade | None:
    if not text.strip():
        return None
    grade = parse_grade(text)
    if grade is None:
        errors.append(
            FieldError(
                f"{field}.grade",
                "invalid_grade",
                "{grade} is not a grade: use A–F, or IG, G, VG, MVG for older courses.",
                {"grade": text.strip()},
            )
        )
    return grade


def _status(
    draft: CourseRecordDraft, grade: Grade | None, field: str, errors: list[FieldError]
) -> CourseStatus | None:
    text = draft.status.strip().lower()
    if not text:
        return CourseStatus.COMPLETED if draft.grade.strip() else CourseStatus.PLANNED
    try:
        status = CourseStatus(text)
    except ValueError:
        errors.append(
            FieldError(
                f"{field}.status",
                "invalid_status",
                "Unknown status {status}: use planned, ongoing, completed or discontinued.",
                {"status": draft.status.strip()},
            )
        )
        return None
    if status is CourseStatus.COMPLETED and not draft.grade.strip():
        errors.append(
            FieldError(f"{field}.grade", "grade_required", "A completed course needs a grade.")
        )
    elif status in (CourseStatus.PLANNED, CourseStatus.ONGOING) and draft.grade.strip():
        errors.append(
            FieldError(
                f"{field}.grade",
                "grade_not_allowed",
                "A {status} course has no grade yet.",
                {"status": status.value},
            )
        )
    elif status is CourseStatus.DISCONTINUED and grade is not None and grade.passes:
        errors.append(
            FieldError(
                f"{field}.grade",
                "pass_grade_discontinued",
                "A discontinued course cannot have the passing grade {grade}.",
                {"grade": grade.value},
            )
        )
    return status


def _provider(text: str, field: str, errors: list[FieldError]) -> Provider | None:
    if not text.strip():
        return None
    try:
        return Provider(text.strip().lower())
    except ValueError:
        errors.append(
            FieldError(
                f"{field}.provider",
                "invalid_provider",
                "Unknown provider {provider}: use komvux, folkhogskola, upper_secondary or other.",
                {"provider": text.strip()},
            )
        )
        return None
