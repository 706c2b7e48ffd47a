"""The new repositories read back exactly what they wrote, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime

from larsam_desktop.domain.courses.grades import Grade
from larsam_desktop.domain.courses.qualifications import Qualifications, TargetChoice
from larsam_desktop.domain.courses.records import CourseRecord, CourseStatus, Provider
from larsam_desktop.domain.courses.transcript import Examen
from larsam_desktop.domain.learner import LearnerDraft
from larsam_desktop.domain.pathway import PreparationKind, Stage, Transition
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.store import OpenedStore

NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)


def _learner(store: OpenedStore) -> int:
    draft = LearnerDraft(given_name="Åsa", family_name="Öberg", personnummer="19900101-9802")
    return LearnerService(store.database).create(draft).learner.id


def test_pathway_history_is_ordered_by_date_then_entry(store: OpenedStore) -> None:
    learner = _learner(store)
    later = Transition(Stage.GRUNDLAGGANDE, date(2026, 3, 1), "Kerstin")
    prep = Transition(
        Stage.PREPARATION, date(2026, 1, 1), "Kerstin", PreparationKind.BASAR, "Sveg", None
    )
    same_day = Transition(Stage.PAUSED, date(2026, 1, 1), "Kerstin", reason="Sjuk")
    with store.database.unit_of_work() as uow:
        for transition in (later, prep, same_day):
            uow.pathway.add(learner, transition, now=NOW)
    with store.database.unit_of_work() as uow:
        history = uow.pathway.history(learner)
        assert [h.transition for h in history] == [prep, same_day, later]
        assert all(h.created_at == NOW and h.learner_id == learner for h in history)
        assert uow.pathway.remove(history[0].id)
        assert not uow.pathway.remove(history[0].id)
        assert uow.pathway.history(learner + 1) == []


def test_course_records_round_trip(store: OpenedStore) -> None:
    learner = _learner(store)
    full = CourseRecord(
        "SV1201",
        CourseStatus.COMPLETED,
        Grade.MVG,
        100,
        date(2001, 1, 1),
        date(2001, 6, 1),
        Provider.UPPER_SECONDARY,
    )
    bare = CourseRecord("MATMAT02c", CourseStatus.PLANNED, None, 100)
    with store.database.unit_of_work() as uow:
        first = uow.courses.add(learner, full, now=NOW)
        second = uow.courses.add(learner, bare, now=NOW)
    with store.database.unit_of_work() as uow:
        assert [r.record for r in uow.courses.for_learner(learner)] == [full, bare]
        assert uow.courses.update(second, full, now=NOW)
        assert not uow.courses.update(second + 100, full, now=NOW)
        assert uow.courses.remove(first)
        assert not uow.courses.remove(first)
        stored = uow.courses.get(second)
        assert stored is not None and stored.record == full
        assert uow.courses.get(first) is None


def test_profile_keeps_qualifications_and_target_apart(store: OpenedStore) -> None:
    learner = _learner(store)
    qualifications = Qualifications(Examen.HOGSKOLEFORBEREDANDE, 2400, True, 3.5, 7.5)
    with store.database.unit_of_work() as uow:
        assert uow.profiles.qualifications(learner) == Qualifications()
        assert uow.profiles.target(learner) is None
        uow.profiles.set_target(learner, TargetChoice("socionom", "VT2028"), now=NOW)
        uow.profiles.set_qualifications(learner, qualifications, now=NOW)
    with store.database.unit_of_work() as uow:
        assert uow.profiles.qualifications(learner) == qualifications
        assert uow.profiles.target(learner) == TargetChoice("socionom", "VT2028")
        uow.profiles.set_target(learner, None, now=NOW)
        assert uow.profiles.target(learner) is None
        assert uow.profiles.qualifications(learner) == qualifications
