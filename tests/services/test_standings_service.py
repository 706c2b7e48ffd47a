"""The caseload's "eligible for target": kept in step by every write, refreshed in bulk when
the rules change, and searched the same way by SQL and by the in-memory index — on SQLite
and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from larsam_desktop.domain.caseload import CaseloadQuery, SortColumn, TargetStanding
from larsam_desktop.domain.courses.records import CourseRecordDraft
from larsam_desktop.domain.eligibility.target_standing import TargetStanding as Raw
from larsam_desktop.domain.learner import LearnerDraft
from larsam_desktop.services.cancellation import Cancelled
from larsam_desktop.services.caseload import CaseloadService
from larsam_desktop.services.courses import CourseRecordService
from larsam_desktop.services.eligibility import EligibilityService
from larsam_desktop.services.eligibility_data import EligibilityData, load_eligibility_data
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.profiles import ProfileService
from larsam_desktop.services.store import OpenedStore
from larsam_desktop.services.target_standing import RULES_KEY, TargetStandings

NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
BASICS = ("SVESVE01", "SVESVE02", "SVESVE03", "ENGENG05", "ENGENG06", "MATMAT01a")
NURSING = ("MATMAT02a", "NAKNAK02", "SAMSAM01b")


def clock() -> datetime:
    return NOW


@pytest.fixture(scope="module")
def data() -> EligibilityData:
    return load_eligibility_data()


def add_learner(store: OpenedStore, given: str) -> int:
    draft = LearnerDraft(given_name=given, family_name="Berg", birth_date=date(1990, 5, 17))
    return LearnerService(store.database, clock=clock).create(draft).learner.id


def pass_courses(courses: CourseRecordService, learner_id: int, codes: tuple[str, ...]) -> None:
    for code in codes:
        draft = CourseRecordDraft(
            code=code, status="completed", grade="C", end_date=date(2026, 6, 10)
        )
        courses.add(learner_id, draft)


def standing_of(store: OpenedStore, learner_id: int) -> TargetStanding:
    return CaseloadService(store.database).rows([learner_id])[learner_id].target_standing


def test_every_write_keeps_the_standing_in_step(store: OpenedStore, data: EligibilityData) -> None:
    courses = CourseRecordService(store.database, data, clock=clock)
    profiles = ProfileService(store.database, data, clock=clock)
    learner = add_learner(store, "Åsa")
    assert standing_of(store, learner) is TargetStanding.NO_TARGET

    profiles.set_target(learner, "sjukskoterska", "HT2027")
    assert standing_of(store, learner) is TargetStanding.NOT_ELIGIBLE

    profiles.set_qualifications(learner, {"examen": "hogskoleforberedande"})
    pass_courses(courses, learner, NURSING)
    assert standing_of(store, learner) is TargetStanding.ELIGIBLE
    # The stored standing is what a full evaluation says.
    assert EligibilityService(store.database, data, clock=clock).evaluate(learner).eligible

    last = courses.records(learner)[-1]
    courses.remove(last.id)
    assert standing_of(store, learner) is TargetStanding.NOT_ELIGIBLE
    profiles.set_target(learner, "")
    assert standing_of(store, learner) is TargetStanding.NO_TARGET


def test_a_standing_write_is_not_an_edit(store: OpenedStore, data: EligibilityData) -> None:
    """Refreshing the derived column must not bump the learner's version (that would make a
    coach's open edit fail as if someone else had changed the learner)."""
    learners = LearnerService(store.database, clock=clock)
    learner = add_learner(store, "Eva")
    version = learners.get(learner).version
    ProfileService(store.database, data, clock=clock).set_target(learner, "socionom")
    assert learners.get(learner).version == version


def test_refresh_all_after_the_rules_changed(store: OpenedStore, data: EligibilityData) -> None:
    courses = CourseRecordService(store.database, data, clock=clock)
    profiles = ProfileService(store.database, data, clock=clock)
    standings = TargetStandings(data, clock)
    ready, pending, aimless = (add_learner(store, name) for name in ("Ali", "Bo", "Cecilia"))
    for learner in (ready, pending):
        profiles.set_target(learner, "grundlaggande")
    profiles.set_qualifications(ready, {"slutbetyg_points_passed": 2400})
    pass_courses(courses, ready, BASICS)
    pass_courses(courses, pending, BASICS[:2])
    # Records that do not count (failed, planned) are not read in bulk: same answer anyway.
    courses.add(pending, CourseRecordDraft(code="SVESVE03", status="completed", grade="F"))
    courses.add(pending, CourseRecordDraft(code="ENGENG05", status="planned"))
    # Something wrote standings behind the services' back (as an old version would have).
    with store.database.unit_of_work() as uow:
        TargetStandings.invalidate(uow)
        uow.learners.set_standings(
            [Raw(ready, "grundlaggande", False, NOW.date()), Raw(aimless, "x", True, NOW.date())]
        )
    assert not standings.is_current(store.database)

    result = standings.refresh_all(store.database)
    assert (result.learners, result.with_target, result.eligible) == (3, 2, 1)
    assert standings.is_current(store.database)
    assert standing_of(store, ready) is TargetStanding.ELIGIBLE
    assert standing_of(store, pending) is TargetStanding.NOT_ELIGIBLE
    assert standing_of(store, aimless) is TargetStanding.NO_TARGET
    full = EligibilityService(store.database, data, clock=clock)
    for learner in (ready, pending):
        expected = TargetStanding.ELIGIBLE if full.evaluate(learner).eligible else None
        assert standing_of(store, learner) is (expected or TargetStanding.NOT_ELIGIBLE)
    with store.database.unit_of_work() as uow:
        assert uow.meta.get(RULES_KEY) == standings.current_key()


def test_a_cancelled_refresh_leaves_the_key_stale(
    store: OpenedStore, data: EligibilityData
) -> None:
    standings = TargetStandings(data, clock)
    add_learner(store, "Dan")
    with store.database.unit_of_work() as uow:
        TargetStandings.invalidate(uow)
    with pytest.raises(Cancelled):
        standings.refresh_all(store.database, cancelled=lambda: True)
    assert not standings.is_current(store.database)


def test_everyone_against_one_target(store: OpenedStore, data: EligibilityData) -> None:
    courses = CourseRecordService(store.database, data, clock=clock)
    profiles = ProfileService(store.database, data, clock=clock)
    nurse, other = add_learner(store, "Fia"), add_learner(store, "Gun")
    profiles.set_qualifications(nurse, {"examen": "hogskoleforberedande"})
    pass_courses(courses, nurse, NURSING)
    profiles.set_target(other, "sjukskoterska")  # their own target does not matter here
    found = {
        s.learner_id: s.eligible
        for s in TargetStandings(data, clock).evaluate_everyone(store.database, "A14")
    }
    assert found == {nurse: True, other: False}


def test_sql_and_index_agree_on_the_target_filter_and_order(
    store: OpenedStore, data: EligibilityData
) -> None:
    profiles = ProfileService(store.database, data, clock=clock)
    courses = CourseRecordService(store.database, data, clock=clock)
    ids = [add_learner(store, name) for name in ("Hans", "Ida", "Jon", "Kim")]
    profiles.set_target(ids[0], "sjukskoterska")
    profiles.set_qualifications(ids[1], {"examen": "hogskoleforberedande"})
    pass_courses(courses, ids[1], NURSING)
    profiles.set_target(ids[1], "sjukskoterska")
    profiles.set_target(ids[2], "socionom")
    caseload = CaseloadService(store.database)
    index = caseload.load_index()
    for standing in (None, *TargetStanding):
        for descending in (False, True):
            query = CaseloadQuery(
                target_standing=standing, sort=SortColumn.TARGET, descending=descending
            )
            assert caseload.search(query) == index.search(query), (standing, descending)
    eligible_first = caseload.search(CaseloadQuery(sort=SortColumn.TARGET))
    assert eligible_first[0] == ids[1] and eligible_first[-1] == ids[3]
    assert caseload.search(CaseloadQuery(target_standing=TargetStanding.NOT_ELIGIBLE)) == [
        ids[0],
        ids[2],
    ]


def test_a_new_day_past_a_rule_boundary_makes_the_standings_stale(
    store: OpenedStore, data: EligibilityData
) -> None:
    before = TargetStandings(data, lambda: datetime(2025, 6, 30, 12, tzinfo=UTC))
    after = TargetStandings(data, lambda: datetime(2025, 7, 2, 12, tzinfo=UTC))
    before.refresh_all(store.database)
    assert before.is_current(store.database)
    assert not after.is_current(store.database)
    assert date(2025, 7, 1) > before.calculator().on
