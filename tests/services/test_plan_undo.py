"""Undoing a study plan's save (Ctrl+Z on the learner page, issue 14), on SQLite and
PostgreSQL: the new plan or revision goes, an in-place save is put back, the target moves
back, each undo is audited, and a printed or since-changed revision is never lost."""

from __future__ import annotations

import pytest
from plan_setup import DRAFT, NOW, add_learner, clock, draft_with

from larsam_desktop.domain.audit_labels import details_text
from larsam_desktop.domain.courses.qualifications import TargetChoice
from larsam_desktop.services.audit import AuditAction, AuditFilter, AuditService
from larsam_desktop.services.eligibility_data import EligibilityData, load_eligibility_data
from larsam_desktop.services.plans import PlanService, SaveNotUndone
from larsam_desktop.services.store import OpenedStore


@pytest.fixture(scope="module")
def data() -> EligibilityData:
    return load_eligibility_data()


@pytest.fixture
def plans(store: OpenedStore, data: EligibilityData) -> PlanService:
    return PlanService(store.database, data, clock)


def undo_entries(store: OpenedStore) -> list[dict[str, str | int]]:
    audit = AuditService(store.database, clock=clock)
    return [dict(e.details) for e in audit.entries(AuditFilter(action=AuditAction.UNDO))]


def test_undoing_a_first_save_removes_the_plan(store: OpenedStore, plans: PlanService) -> None:
    learner = add_learner(store.database)
    saved = plans.save(learner, DRAFT, author="karin", expected_revision=None)
    undone = plans.undo_save(learner, saved, actor="Karin Lind")
    assert undone.revisions == [] and plans.revisions(learner) == []
    assert undone.changes.learners == {learner}
    details = undo_entries(store)
    assert details == [{"document": "study_plan", "revision": 1, "change": "plan_created"}]
    assert (
        details_text(details[0], "sv") == "Dokument: Studieplan, Version: 1, Ändring: ny studieplan"
    )
    # The learner can have a plan again afterwards.
    again = plans.save(learner, DRAFT, author="karin", expected_revision=None)
    assert again.revision.number == 1


def test_undoing_an_in_place_save_restores_the_revision(
    store: OpenedStore, plans: PlanService
) -> None:
    learner = add_learner(store.database)
    first = plans.save(learner, DRAFT, author="karin", expected_revision=None).revision
    saved = plans.save(learner, draft_with(pace=15), author="ali", expected_revision=1)
    assert saved.replaced is not None and saved.replaced.content == first.content
    undone = plans.undo_save(learner, saved, actor="Karin Lind")
    [current] = plans.revisions(learner)
    assert current.content == first.content and current.author == "karin"
    assert undone.revisions == [current]
    assert undo_entries(store)[0]["change"] == "revision_edited"


def test_undoing_a_new_revision_makes_the_printed_one_current_again(
    store: OpenedStore, plans: PlanService
) -> None:
    learner = add_learner(store.database)
    first = plans.save(learner, DRAFT, author="karin", expected_revision=None).revision
    plans.record_output(learner, 1, destination="printer")
    saved = plans.save(
        learner, draft_with(pace=10), author="ali", expected_revision=1, reason="Later start"
    )
    assert saved.new_revision and saved.revision.number == 2
    plans.undo_save(learner, saved, actor="Karin Lind")
    [current] = plans.revisions(learner)
    assert current.number == 1 and current.content == first.content
    assert current.printed_at == NOW  # the printed revision is as it was
    # The next save makes revision 2 again.
    resaved = plans.save(learner, draft_with(pace=10), author="ali", expected_revision=1,
                         reason="Later start")  # fmt: skip
    assert resaved.revision.number == 2


def test_a_printed_or_changed_revision_is_not_undone(
    store: OpenedStore, plans: PlanService
) -> None:
    learner = add_learner(store.database)
    saved = plans.save(learner, DRAFT, author="karin", expected_revision=None)
    plans.record_output(learner, 1, destination="file")
    with pytest.raises(SaveNotUndone):
        plans.undo_save(learner, saved, actor="Karin Lind")
    assert [r.number for r in plans.revisions(learner)] == [1]

    other = add_learner(store.database, "Omar", "Ali", "19121212-1212")
    first = plans.save(other, DRAFT, author="karin", expected_revision=None)
    plans.save(other, draft_with(pace=15), author="ali", expected_revision=1)  # someone else
    with pytest.raises(SaveNotUndone):
        plans.undo_save(other, first, actor="Karin Lind")
    assert plans.revisions(other)[0].content.pace == 15
    assert undo_entries(store) == []


def test_the_target_a_save_moved_moves_back(store: OpenedStore, plans: PlanService) -> None:
    learner = add_learner(store.database)
    with store.database.unit_of_work() as uow:
        before = uow.profiles.target(learner)
    assert before == TargetChoice("sjukskoterska", "HT2027")
    saved = plans.save(learner, draft_with(target_id="forskollarare"), author="karin",
                       expected_revision=None)  # fmt: skip
    assert saved.target is not None and saved.target.target_id == "forskollarare"
    undone = plans.undo_save(learner, saved, actor="Karin Lind")
    assert undone.target == before
    with store.database.unit_of_work() as uow:
        assert uow.profiles.target(learner) == before
