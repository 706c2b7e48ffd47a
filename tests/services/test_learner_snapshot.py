"""The learner page's snapshot: everything about one learner from one unit of work."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from plan_setup import DRAFT, add_learner, clock
from sqlalchemy import event

from larsam_desktop.domain.courses.qualifications import TargetChoice
from larsam_desktop.domain.courses.records import CourseRecordDraft
from larsam_desktop.domain.courses.transcript import Examen
from larsam_desktop.domain.pathway import Stage, TransitionDraft
from larsam_desktop.services.courses import CourseRecordService
from larsam_desktop.services.eligibility_data import EligibilityData, load_eligibility_data
from larsam_desktop.services.learner_snapshot import LearnerSnapshots
from larsam_desktop.services.learners import LearnerNotFound
from larsam_desktop.services.pathway import PathwayService
from larsam_desktop.services.plans import PlanService
from larsam_desktop.services.profiles import ProfileService
from larsam_desktop.services.store import OpenedStore


@pytest.fixture(scope="module")
def data() -> EligibilityData:
    return load_eligibility_data()


def test_one_call_reads_everything_in_one_unit_of_work(
    store: OpenedStore, data: EligibilityData
) -> None:
    database = store.database
    learner_id = add_learner(database)
    PathwayService(database).record(
        learner_id, TransitionDraft("komvux", "Karin", on=date(2026, 9, 1))
    )
    PlanService(database, data, clock).save(
        learner_id, DRAFT, author="Karin", expected_revision=None
    )
    units: list[int] = []
    original = database.unit_of_work

    def counted(**options):  # type: ignore[no-untyped-def]
        units.append(1)
        return original(**options)

    database.unit_of_work = counted  # type: ignore[method-assign]
    try:
        snapshot = LearnerSnapshots(database).load(learner_id)
    finally:
        del database.unit_of_work
    assert units == [1]
    assert snapshot.learner.data.given_name == "Åsa"
    assert [s.transition.stage for s in snapshot.timeline] == [Stage.KOMVUX]
    assert [s.record.code for s in snapshot.records] == ["SVESVE01", "SVESVE02"]
    assert snapshot.qualifications.examen is Examen.YRKESEXAMEN
    assert snapshot.target == TargetChoice("sjukskoterska", "HT2027")
    assert snapshot.plan is not None and snapshot.plan.number == 1
    assert [r.code for r in snapshot.transcript.records] == ["SVESVE01", "SVESVE02"]


def test_reading_a_snapshot_takes_a_handful_of_statements(store: OpenedStore) -> None:
    learner_id = add_learner(store.database)
    statements: list[str] = []

    def seen(_conn, _cursor, sql, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(sql)

    event.listen(store.database.engine, "before_cursor_execute", seen)
    try:
        LearnerSnapshots(store.database).load(learner_id)
    finally:
        event.remove(store.database.engine, "before_cursor_execute", seen)
    assert len(statements) <= 9  # BEGIN, learner, pathway, courses, profile ×2, plan ×2


def test_an_unknown_learner_is_not_found(store: OpenedStore) -> None:
    with pytest.raises(LearnerNotFound):
        LearnerSnapshots(store.database).load(4711)


def test_the_next_snapshot_is_made_from_what_a_save_returned(
    store: OpenedStore, data: EligibilityData
) -> None:
    database = store.database
    learner_id = add_learner(database)
    snapshots = LearnerSnapshots(database)
    courses = CourseRecordService(database, data)
    before = snapshots.load(learner_id)
    added = courses.add(learner_id, CourseRecordDraft("MATMAT01a", grade="C"))
    after = before.with_record(added.record)
    changed = courses.update(added.record.id, CourseRecordDraft("MATMAT01a", grade="A"))
    after = after.with_record(changed.record)
    first = before.records[0].id
    courses.remove(first)
    after = after.without_record(first)
    choice = ProfileService(database, data).validate_target("socionom", "VT2028")
    ProfileService(database, data).set_target(learner_id, "socionom", "VT2028")
    after = after.with_target(choice)
    assert after == dataclasses.replace(snapshots.load(learner_id), learner=after.learner)
    assert [s.record.code for s in after.records] == ["SVESVE02", "MATMAT01a"]
    assert before.records[0].id == first  # the snapshots themselves never change


def test_a_saved_programme_plan_sets_the_learners_one_target(
    store: OpenedStore, data: EligibilityData
) -> None:
    database = store.database
    learner_id = add_learner(database)
    plans = PlanService(database, data, clock)
    draft = dataclasses.replace(DRAFT, target_id="socionom", target_term="VT2028")
    saved = plans.save(learner_id, draft, author="Karin", expected_revision=None)
    assert saved.target == TargetChoice("socionom", "VT2028")
    assert ProfileService(database, data).target(learner_id) == saved.target
    ProfileService(database, data).set_target(learner_id, "sjukskoterska", "HT2027")
    same = plans.save(learner_id, draft, author="Karin", expected_revision=1)
    assert not same.new_revision and same.revision == saved.revision  # the plan is unchanged
    assert same.target == saved.target and same.changes.learners == {learner_id}
    examen = dataclasses.replace(draft, goal_kind="examen", examen="hogskoleforberedande")
    again = plans.save(learner_id, examen, author="Karin", expected_revision=1)
    assert again.target == saved.target  # an examen plan leaves the target alone
