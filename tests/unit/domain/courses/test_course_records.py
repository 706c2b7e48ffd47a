"""Course records and transcripts: every problem reported at once, each naming its place."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from larsam_desktop.domain.courses.catalogue import Catalogue
from larsam_desktop.domain.courses.grades import Grade
from larsam_desktop.domain.courses.records import (
    CourseRecord,
    CourseRecordDraft,
    CourseStatus,
    Provider,
    validate_course_record,
)
from larsam_desktop.domain.courses.transcript import Examen, parse_transcript
from larsam_desktop.domain.errors import FieldError, ValidationError


def validate(catalogue: Catalogue, **values: Any) -> tuple[CourseRecord | None, dict[str, str]]:
    errors: list[FieldError] = []
    record = validate_course_record(CourseRecordDraft(**values), catalogue, "course", errors)
    return record, {e.field: e.code for e in errors}


def test_a_completed_course_is_normalised(catalogue: Catalogue) -> None:
    record, errors = validate(
        catalogue,
        code=" matmat02B ",
        grade="c",
        provider="Komvux",
        start_date=date(2026, 1, 10),
        end_date=date(2026, 3, 20),
    )
    assert errors == {}
    assert record == CourseRecord(
        "MATMAT02b",
        CourseStatus.COMPLETED,
        Grade.C,
        100,
        date(2026, 1, 10),
        date(2026, 3, 20),
        Provider.KOMVUX,
    )


def test_status_defaults_to_planned_without_a_grade(catalogue: Catalogue) -> None:
    record, _ = validate(catalogue, code="ENGENG06")
    assert record is not None and record.status is CourseStatus.PLANNED and record.grade is None
    assert record.grade_for_eligibility() is None
    assert record.grade_for_eligibility(what_if=True) is Grade.E


def test_points_may_be_given(catalogue: Catalogue) -> None:
    record, _ = validate(catalogue, code="MA1202", grade="VG", points=100)
    assert record is not None and record.points == 100 and record.grade is Grade.VG


@pytest.mark.parametrize(
    ("values", "field", "code"),
    [
        ({"code": ""}, "course.code", "required"),
        ({"code": "MATMAT2b"}, "course.code", "unknown_course"),
        ({"code": "ZZZZZZZZZZ"}, "course.code", "unknown_course"),
        ({"code": "SVESVE01", "grade": "X"}, "course.grade", "invalid_grade"),
        ({"code": "SVESVE01", "grade": "VG"}, "course.grade", "wrong_scale"),
        ({"code": "SV1201", "grade": "A"}, "course.grade", "wrong_scale"),
        ({"code": "SVESVE01", "status": "done"}, "course.status", "invalid_status"),
        ({"code": "SVESVE01", "status": "completed"}, "course.grade", "grade_required"),
        (
            {"code": "SVESVE01", "status": "planned", "grade": "E"},
            "course.grade",
            "grade_not_allowed",
        ),
        (
            {"code": "SVESVE01", "status": "ongoing", "grade": "F"},
            "course.grade",
            "grade_not_allowed",
        ),
        (
            {"code": "SVESVE01", "status": "discontinued", "grade": "E"},
            "course.grade",
            "pass_grade_discontinued",
        ),
        ({"code": "SVESVE01", "grade": "E", "points": 0}, "course.points", "invalid_points"),
        ({"code": "SVESVE01", "grade": "E", "points": 5000}, "course.points", "invalid_points"),
        (
            {"code": "SVESVE01", "start_date": date(2026, 5, 1), "end_date": date(2026, 4, 1)},
            "course.end_date",
            "dates_out_of_order",
        ),
        ({"code": "SVESVE01", "provider": "university"}, "course.provider", "invalid_provider"),
    ],
)
def test_bad_records_are_refused_with_a_clear_message(
    catalogue: Catalogue, values: dict[str, Any], field: str, code: str
) -> None:
    record, errors = validate(catalogue, **values)
    assert record is None
    assert errors == {field: code}


def test_messages_name_the_problem(catalogue: Catalogue) -> None:
    errors: list[FieldError] = []
    validate_course_record(CourseRecordDraft("MATMAT2b", "Q"), catalogue, "c", errors)
    messages = [e.message for e in errors]
    assert messages[0].startswith("Unknown course code MATMAT2b; did you mean MATMAT02b")
    assert messages[1] == "Q is not a grade: use A–F, or IG, G, VG, MVG for older courses."
    errors.clear()
    validate_course_record(CourseRecordDraft("SVESVE01", "G"), catalogue, "c", errors)
    assert errors[0].message == "SVESVE01 is graded A–F, so G is not one of its grades."


def test_a_discontinued_course_may_carry_a_fail(catalogue: Catalogue) -> None:
    record, errors = validate(catalogue, code="SV1201", status="discontinued", grade="IG")
    assert errors == {} and record is not None
    assert record.grade_for_eligibility() is None
    assert record.graded_for_points() is Grade.IG


def test_a_transcript_with_every_key(catalogue: Catalogue) -> None:
    transcript = parse_transcript(
        {
            "courses": [
                {"code": "SVESVE01", "grade": "E", "name": "Svenska 1", "end_date": "2025-05-30"},
                {"code": "ENGENG06", "status": "ongoing", "provider": "folkhogskola"},
            ],
            "examen": "yrkesexamen",
            "slutbetyg_points_passed": 2300,
            "folkhogskola_intyg": False,
            "work_years_after_19": 3,
            "teaching_subject_hp": 90,
        },
        catalogue,
    )
    assert [r.code for r in transcript.records] == ["SVESVE01", "ENGENG06"]
    assert transcript.records[0].end_date == date(2025, 5, 30)
    assert transcript.examen is Examen.YRKESEXAMEN
    assert transcript.fact("examen") == "yrkesexamen"
    assert transcript.fact("work_years_after_19") == 3.0
    assert parse_transcript({"courses": []}, catalogue).examen is None


def transcript_errors(catalogue: Catalogue, data: object) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        parse_transcript(data, catalogue)
    return {e.field: e.code for e in caught.value.errors}


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ([], {"transcript": "not_an_object"}),
        ({}, {"courses": "required"}),
        ({"courses": {}}, {"courses": "required"}),
        ({"courses": ["SVESVE01"]}, {"courses[0]": "not_an_object"}),
        (
            {"courses": [{"code": 5}]},
            {"courses[0].code": "not_text"},
        ),
        ({"courses": [{"code": "SVESVE01", "grad": "E"}]}, {"courses[0].grad": "unknown_key"}),
        (
            {"courses": [{"code": "SVESVE01", "end_date": "2025-02-30"}]},
            {"courses[0].end_date": "invalid_date"},
        ),
        (
            {"courses": [{"code": "SVESVE01", "points": "100"}]},
            {"courses[0].points": "invalid_number"},
        ),
        ({"courses": [], "examen": "gymnasieexamen"}, {"examen": "invalid_examen"}),
        ({"courses": [], "examen": 3}, {"examen": "invalid_examen"}),
        (
            {"courses": [], "slutbetyg_points_passed": 2300.5},
            {"slutbetyg_points_passed": "invalid_number"},
        ),
        (
            {"courses": [], "slutbetyg_points_passed": True},
            {"slutbetyg_points_passed": "invalid_number"},
        ),
        ({"courses": [], "folkhogskola_intyg": "yes"}, {"folkhogskola_intyg": "not_a_flag"}),
        ({"courses": [], "work_years_after_19": -1}, {"work_years_after_19": "invalid_number"}),
        ({"courses": [], "teaching_subject_hp": "90"}, {"teaching_subject_hp": "invalid_number"}),
        ({"courses": [], "learner": 4}, {"learner": "unknown_key"}),
    ],
)
def test_bad_transcripts_are_refused(
    catalogue: Catalogue, data: object, expected: dict[str, str]
) -> None:
    assert transcript_errors(catalogue, data) == expected


def test_every_bad_course_is_reported_at_once(catalogue: Catalogue) -> None:
    errors = transcript_errors(
        catalogue,
        {
            "courses": [
                {"code": "NOPE"},
                {"code": "SVESVE01", "grade": "E"},
                {"code": "ENGENG05", "grade": "Z"},
            ]
        },
    )
    assert errors == {"courses[0].code": "unknown_course", "courses[2].grade": "invalid_grade"}
