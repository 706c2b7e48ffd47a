"""Study plans through the services, on SQLite and PostgreSQL: revisions, checks, audit."""

from __future__ import annotations

import pytest
from plan_setup import DRAFT, NOW, TODAY, add_learner, clock, draft_with
from sqlalchemy import func, select

from larsam_desktop.domain.errors import ValidationError
from larsam_desktop.domain.plans.plan import CourseDraft, draft_of
from larsam_desktop.services.audit import AuditAction, AuditFilter, AuditService
from larsam_desktop.services.eligibility_data import EligibilityData, load_eligibility_data
from larsam_desktop.services.learners import LearnerNotFound
from larsam_desktop.services.plans import NoPlan, PlanChanged, PlanService
from larsam_desktop.services.store import OpenedStore
from larsam_desktop.storage.tables import StudyPlanRevisionRow


@pytest.fixture(scope="module")
def data() -> EligibilityData:
    return load_eligibility_data()


@pytest.fixture
def plans(store: OpenedStore, data: EligibilityData) -> PlanService:
    return PlanService(store.database, data, clock)


def test_a_first_plan_starts_from_the_learners_target(
    store: OpenedStore, plans: PlanService
) -> None:
    learner = add_learner(store.database)
    assert plans.revisions(learner) == []
    with pytest.raises(NoPlan):
        plans.revision(learner)
    content = plans.new_content(learner, "Karin")
    assert content.target_id == "sjukskoterska"
    assert str(content.target_term) == "HT2027"
    saved = plans.save(learner, DRAFT, author="karin", expected_revision=None)
    assert saved.new_revision and saved.revision.number == 1
    assert saved.revision.reason == "first version"
    assert saved.changes.learners == {learner}
    assert plans.revision(learner) == saved.revision


def test_an_unlocked_revision_is_edited_in_place(store: OpenedStore, plans: PlanService) -> None:
    learner = add_learner(store.database)
    plans.save(learner, DRAFT, author="karin", expected_revision=None)
    saved = plans.save(learner, draft_with(pace=15), author="ali", expected_revision=1)
    assert not saved.new_revision
    assert saved.revision.number == 1 and saved.revision.content.pace == 15
    assert saved.revision.author == "ali"
    assert [r.number for r in plans.revisions(learner)] == [1]


def test_after_printing_a_change_needs_a_reason_and_makes_a_new_revision(
    store: OpenedStore, plans: PlanService
) -> None:
    learner = add_learner(store.database)
    first = plans.save(learner, DRAFT, author="karin", expected_revision=None).revision
    assert plans.record_output(learner, 1, destination="file").learners == {learner}
    assert plans.record_output(learner, 1, destination="printer").learners == frozenset()
    with pytest.raises(ValidationError) as caught:
        plans.save(learner, draft_with(pace=10), author="karin", expected_revision=1)
    assert [e.field for e in caught.value.errors] == ["reason"]
    saved = plans.save(
        learner, draft_with(pace=10), author="ali", expected_revision=1, reason="  Late  start "
    )
    assert saved.new_revision and saved.revision.number == 2
    assert saved.revision.reason == "Late start"
    revisions = plans.revisions(learner)
    assert [r.number for r in revisions] == [1, 2]
    assert revisions[0].content == first.content  # nothing overwritten
    assert revisions[0].printed_at == NOW
    assert revisions[1].printed_at is None


def test_an_agreed_revision_is_locked_too(store: OpenedStore, plans: PlanService) -> None:
    learner = add_learner(store.database)
    plans.save(learner, draft_with(agreed_on=TODAY), author="karin", expected_revision=None)
    with pytest.raises(ValidationError):
        plans.save(learner, DRAFT, author="karin", expected_revision=1)
    saved = plans.save(learner, DRAFT, author="karin", expected_revision=1, reason="new course")
    assert saved.revision.number == 2


def test_saving_the_same_content_writes_nothing(store: OpenedStore, plans: PlanService) -> None:
    learner = add_learner(store.database)
    plans.save(learner, DRAFT, author="karin", expected_revision=None)
    plans.record_output(learner, 1, destination="file")
    saved = plans.save(learner, DRAFT, author="karin", expected_revision=1)
    assert not saved.new_revision and saved.changes.learners == frozenset()
    with store.database.unit_of_work() as uow:
        count = uow.session.scalar(select(func.count()).select_from(StudyPlanRevisionRow))
    assert count == 1


def test_a_stale_save_is_refused(store: OpenedStore, plans: PlanService) -> None:
    learner = add_learner(store.database)
    with pytest.raises(PlanChanged):
        plans.save(learner, DRAFT, author="karin", expected_revision=3)
    plans.save(learner, DRAFT, author="karin", expected_revision=None)
    with pytest.raises(PlanChanged):
        plans.save(learner, DRAFT, author="ali", expected_revision=None)  # someone was first


def test_invalid_plans_and_unknown_learners_are_refused(
    store: OpenedStore, plans: PlanService
) -> None:
    learner = add_learner(store.database)
    with pytest.raises(ValidationError) as caught:
        plans.save(
            learner,
            draft_with(courses=(CourseDraft("NOPE", "VT2027"),), coach=""),
            author="karin",
            expected_revision=None,
        )
    assert {e.field for e in caught.value.errors} == {"courses[0].code", "coach"}
    with pytest.raises(LearnerNotFound):
        plans.save(learner + 99, DRAFT, author="karin", expected_revision=None)
    assert plans.revisions(learner) == []


def test_the_check_uses_the_stored_transcript(store: OpenedStore, plans: PlanService) -> None:
    learner = add_learner(store.database)
    content = plans.validate(DRAFT)
    check = plans.check(learner, content, TODAY)
    assert [r.id for r in check.not_covered] == ["samhallskunskap-1b"]
    assert check.missing_codes == ("SAMSAM01b",)
    filled = plans.add_missing(learner, content, TODAY)
    assert [(c.code, str(c.term)) for c in filled.courses if c.code == "SAMSAM01b"] == [
        ("SAMSAM01b", "HT2027")  # VT2027 is full at 400 points
    ]
    courses = (*draft_of(filled).courses[:4], CourseDraft("SAMSAM01b", "HT2026"))
    moved = plans.validate(draft_with(courses=courses))
    assert plans.check(learner, moved, TODAY).covered


def test_printing_and_saving_are_in_the_audit_log(store: OpenedStore, plans: PlanService) -> None:
    learner = add_learner(store.database)
    plans.save(learner, DRAFT, author="karin", expected_revision=None)
    plans.record_output(learner, 1, destination="printer", actor="karin")
    plans.record_output(learner, 1, destination="file", actor="karin")
    entries = AuditService(store.database).entries(AuditFilter(learner_id=learner))
    assert [(e.action, e.details["destination"]) for e in entries] == [
        (AuditAction.EXPORT, "file"),
        (AuditAction.PRINT, "printer"),
    ]
    assert entries[0].details["document"] == "study_plan"
    assert entries[0].details["revision"] == 1


def test_learners_with_plans(store: OpenedStore, plans: PlanService) -> None:
    first = add_learner(store.database)
    second = add_learner(store.database, "Bo", "Ek", "19121212-1212")
    plans.save(second, DRAFT, author="karin", expected_revision=None)
    assert plans.learners_with_plans([first, second]) == {second}
