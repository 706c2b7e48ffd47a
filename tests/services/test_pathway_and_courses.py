"""Pathway, course records, qualifications and eligibility through the services, on SQLite
and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select, text

from larsam_desktop.cli.eligibility_output import result_json
from larsam_desktop.domain.courses.qualifications import TargetChoice
from larsam_desktop.domain.courses.records import CourseRecordDraft, CourseStatus
from larsam_desktop.domain.courses.transcript import Examen, parse_transcript
from larsam_desktop.domain.eligibility.engine import Evaluator
from larsam_desktop.domain.errors import ValidationError
from larsam_desktop.domain.learner import LearnerDraft
from larsam_desktop.domain.pathway import PreparationKind, Stage, TransitionDraft
from larsam_desktop.services.courses import CourseRecordNotFound, CourseRecordService
from larsam_desktop.services.eligibility import EligibilityService, NoTarget
from larsam_desktop.services.eligibility_data import EligibilityData, load_eligibility_data
from larsam_desktop.services.learners import LearnerNotFound, LearnerService
from larsam_desktop.services.pathway import PathwayService
from larsam_desktop.services.profiles import ProfileService
from larsam_desktop.services.store import OpenedStore
from larsam_desktop.storage.tables import CourseRecordRow, LearnerProfile, PathwayTransition

NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
TODAY = date(2026, 11, 28)


def clock() -> datetime:
    return NOW


@pytest.fixture(scope="module")
def data() -> EligibilityData:
    return load_eligibility_data()


@pytest.fixture
def learner(store: OpenedStore) -> int:
    saved = LearnerService(store.database, clock=clock).create(
        LearnerDraft(given_name="Åsa", family_name="Öberg", personnummer="19900101-9802")
    )
    return saved.learner.id


@pytest.fixture
def pathway(store: OpenedStore) -> PathwayService:
    return PathwayService(store.database, clock=clock)


@pytest.fixture
def courses(store: OpenedStore, data: EligibilityData) -> CourseRecordService:
    return CourseRecordService(store.database, data, clock=clock)


@pytest.fixture
def profiles(store: OpenedStore, data: EligibilityData) -> ProfileService:
    return ProfileService(store.database, data, clock=clock)


def step(stage: str, on: date, **kwargs: str) -> TransitionDraft:
    return TransitionDraft(stage=stage, on=on, recorded_by="Kerstin Lind", **kwargs)


# ---- pathway ----------------------------------------------------------------------------
def test_transitions_make_a_timeline_in_order(pathway: PathwayService, learner: int) -> None:
    first = pathway.record(learner, step("komvux", date(2025, 8, 18)))
    assert first.changes.learners == {learner}
    assert first.transition.created_at == NOW
    pathway.record(
        learner,
        step(
            "preparation",
            date(2026, 1, 12),
            preparation_kind="hogskoleforberedande_kurs",
            preparation_place="Lärcentrum Sveg",
        ),
    )
    pathway.record(learner, step("grundlaggande", date(2026, 1, 12)))  # same day: kept in order
    pathway.record(learner, step("applied", date(2026, 3, 15)))
    timeline = pathway.timeline(learner)
    assert [t.transition.stage for t in timeline] == [
        Stage.KOMVUX,
        Stage.PREPARATION,
        Stage.GRUNDLAGGANDE,
        Stage.APPLIED,
    ]
    prep = timeline[1].transition
    assert prep.preparation_kind is PreparationKind.HOGSKOLEFORBEREDANDE_KURS
    assert prep.preparation_place == "Lärcentrum Sveg"
    assert prep.recorded_by == "Kerstin Lind"


def test_refused_transitions_save_nothing(pathway: PathwayService, learner: int) -> None:
    with pytest.raises(ValidationError) as caught:
        pathway.record(learner, step("admitted", date(2026, 1, 1)))
    assert caught.value.errors[0].code == "not_a_first_step"
    pathway.record(learner, step("komvux", date(2026, 1, 1)))
    with pytest.raises(ValidationError) as caught:
        pathway.record(learner, step("admitted", date(2026, 2, 1)))
    assert [(e.field, e.code) for e in caught.value.errors] == [
        ("stage", "admitted_before_applied")
    ]
    with pytest.raises(ValidationError) as caught:
        pathway.record(learner, step("applied", date(2025, 12, 31)))
    assert [(e.field, e.code) for e in caught.value.errors] == [("on", "before_previous")]
    with pytest.raises(ValidationError) as caught:
        pathway.record(learner, step("applied", date(2026, 11, 29)))
    assert [(e.field, e.code) for e in caught.value.errors] == [("on", "in_future")]
    with pytest.raises(ValidationError) as caught:
        pathway.record(learner, step("paused", date(2026, 3, 1)))
    assert [(e.field, e.code) for e in caught.value.errors] == [("reason", "required")]
    assert len(pathway.timeline(learner)) == 1


def test_pause_resume_and_undo(pathway: PathwayService, learner: int) -> None:
    pathway.record(learner, step("komvux", date(2026, 1, 1)))
    pathway.record(learner, step("paused", date(2026, 2, 1), reason="Föräldraledig"))
    pathway.record(learner, step("komvux", date(2026, 8, 1)))
    assert pathway.timeline(learner)[1].transition.reason == "Föräldraledig"
    assert pathway.undo_last(learner).learners == {learner}
    assert [t.transition.stage for t in pathway.timeline(learner)] == [Stage.KOMVUX, Stage.PAUSED]


def test_unknown_learner(pathway: PathwayService) -> None:
    with pytest.raises(LearnerNotFound):
        pathway.record(999, step("komvux", date(2026, 1, 1)))
    with pytest.raises(LearnerNotFound):
        pathway.timeline(999)


# ---- course records ---------------------------------------------------------------------
def test_add_update_remove_course_records(courses: CourseRecordService, learner: int) -> None:
    saved = courses.add(
        learner,
        CourseRecordDraft(
            code="svesve01",
            grade="c",
            start_date=date(2025, 8, 18),
            end_date=date(2025, 12, 19),
            provider="komvux",
        ),
    )
    assert saved.changes.learners == {learner}
    assert saved.record.record.code == "SVESVE01"
    courses.add(learner, CourseRecordDraft(code="MATMAT02a", status="planned"))
    records = courses.records(learner)
    assert [(r.record.code, r.record.status) for r in records] == [
        ("SVESVE01", CourseStatus.COMPLETED),
        ("MATMAT02a", CourseStatus.PLANNED),
    ]
    assert records[0].record.points == 100 and records[0].record.end_date == date(2025, 12, 19)
    courses.update(records[1].id, CourseRecordDraft(code="MATMAT02a", grade="E"))
    assert courses.records(learner)[1].record.status is CourseStatus.COMPLETED
    assert courses.remove(records[0].id).learners == {learner}
    assert [r.record.code for r in courses.records(learner)] == ["MATMAT02a"]
    with pytest.raises(CourseRecordNotFound):
        courses.remove(records[0].id)
    with pytest.raises(LearnerNotFound):
        courses.add(999, CourseRecordDraft(code="SVESVE01", grade="E"))


def test_course_record_errors_name_the_field(courses: CourseRecordService, learner: int) -> None:
    with pytest.raises(ValidationError) as caught:
        courses.add(
            learner,
            CourseRecordDraft(code="SVESVE99", grade="X", provider="skola", points=0),
        )
    fields = {e.field for e in caught.value.errors}
    assert fields == {"course.code", "course.grade", "course.provider", "course.points"}
    with pytest.raises(ValidationError) as caught:
        courses.add(learner, CourseRecordDraft(code="SVESVE01", grade="VG"))
    assert [(e.field, e.code) for e in caught.value.errors] == [("course.grade", "wrong_scale")]
    assert courses.records(learner) == []


# ---- qualifications, target, eligibility ------------------------------------------------
def test_qualifications_and_target(profiles: ProfileService, learner: int) -> None:
    assert profiles.target(learner) is None
    profiles.set_qualifications(learner, {"examen": "yrkesexamen", "work_years_after_19": 2.5})
    stored = profiles.qualifications(learner)
    assert stored.examen is Examen.YRKESEXAMEN and stored.work_years_after_19 == 2.5
    profiles.set_target(learner, "A14", "ht 2027")  # an old code resolves to the target id
    choice = profiles.target(learner)
    assert choice is not None and choice.start_term == "HT2027"
    assert choice == TargetChoice(choice.target_id, "HT2027")
    with pytest.raises(ValidationError) as caught:
        profiles.set_qualifications(learner, {"examen": "master", "folkhogskola_intyg": "ja"})
    assert {e.field for e in caught.value.errors} == {"examen", "folkhogskola_intyg"}
    with pytest.raises(ValidationError) as caught:
        profiles.set_target(learner, "astronaut", "HT27")
    assert {e.field for e in caught.value.errors} == {"target", "start_term"}
    assert profiles.qualifications(learner).examen is Examen.YRKESEXAMEN
    profiles.set_target(learner, "")
    assert profiles.target(learner) is None


NURSE_COURSES = [
    {"code": "SVESVE01", "grade": "C"},
    {"code": "SVESVE02", "grade": "D"},
    {"code": "SVESVE03", "grade": "E"},
    {"code": "ENGENG05", "grade": "B"},
    {"code": "ENGENG06", "grade": "C"},
    {"code": "MATMAT01a", "grade": "E"},
    {"code": "MATMAT02a", "status": "planned"},
    {"code": "MEDMED01", "grade": "A"},
    {"code": "VÅRVÅR01", "grade": "B"},
    {"code": "VÅRVÅR02", "grade": "C"},
    {"code": "SH1201", "grade": "G"},
]


@pytest.mark.parametrize("what_if", [False, True])
def test_eligibility_of_a_stored_learner_equals_the_transcript_file(
    store: OpenedStore,
    data: EligibilityData,
    courses: CourseRecordService,
    profiles: ProfileService,
    learner: int,
    what_if: bool,
) -> None:
    for course in NURSE_COURSES:
        courses.add(learner, CourseRecordDraft(**course))
    profiles.set_qualifications(learner, {"examen": "yrkesexamen"})
    service = EligibilityService(store.database, data, clock=clock)
    stored = service.evaluate(learner, "sjukskoterska", what_if=what_if)
    file_transcript = parse_transcript(
        {"courses": NURSE_COURSES, "examen": "yrkesexamen"}, data.catalogue
    )
    expected = Evaluator(
        data.book, data.catalogue, file_transcript, on=TODAY, what_if=what_if
    ).evaluate("sjukskoterska")
    assert result_json(stored) == result_json(expected)
    assert stored.eligible is what_if
    with pytest.raises(NoTarget):
        service.evaluate(learner)
    profiles.set_target(learner, "sjukskoterska")
    assert result_json(service.evaluate(learner, what_if=what_if)) == result_json(expected)
    with pytest.raises(LearnerNotFound):
        service.evaluate(999, "sjukskoterska")


def test_find_a_learner_by_id_or_personnummer(store: OpenedStore, learner: int) -> None:
    service = LearnerService(store.database, clock=clock)
    assert service.find(str(learner)) == learner
    assert service.find("900101-9802") == learner
    assert service.find("199001019802") == learner
    for unknown in ("999", "19900101-9810", "nonsense"):
        with pytest.raises(LearnerNotFound):
            service.find(unknown)


# ---- cascade ----------------------------------------------------------------------------
def test_removing_a_learner_removes_their_path_courses_and_profile(
    store: OpenedStore,
    pathway: PathwayService,
    courses: CourseRecordService,
    profiles: ProfileService,
    learner: int,
) -> None:
    other = LearnerService(store.database, clock=clock).create(
        LearnerDraft(given_name="Bo", family_name="Ek", personnummer="19121212-1212")
    )
    for who in (learner, other.learner.id):
        pathway.record(who, step("komvux", date(2026, 1, 1)))
        courses.add(who, CourseRecordDraft(code="SVESVE01", grade="E"))
        profiles.set_target(who, "sjukskoterska")
    with store.database.unit_of_work() as uow:
        uow.session.execute(text("DELETE FROM learner WHERE id = :id"), {"id": learner})
    with store.database.unit_of_work() as uow:
        for table in (PathwayTransition, CourseRecordRow, LearnerProfile):
            owners = uow.session.scalars(select(table.learner_id)).all()
            assert owners == [other.learner.id], table.__tablename__
            assert uow.session.scalar(select(func.count()).select_from(table)) == 1
