"""Mentors (rules, storage, Today's ending-soon list), högskoleprov sittings and the demo's
university data — on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from offering_setup import TODAY, clock

from larsam_desktop.domain.courses.qualifications import Qualifications, transcript_of
from larsam_desktop.domain.errors import ValidationError
from larsam_desktop.domain.learner import LearnerDraft
from larsam_desktop.domain.mentors import MentorDraft
from larsam_desktop.services.demo import DemoGenerator
from larsam_desktop.services.eligibility_data import load_eligibility_data
from larsam_desktop.services.hogskoleprov_sittings import SittingService, SittingStatus
from larsam_desktop.services.learners import LearnerNotFound, LearnerService
from larsam_desktop.services.mentors import MentorNotFound, MentorService
from larsam_desktop.services.merit import MeritService
from larsam_desktop.services.reference_data import ReferenceService
from larsam_desktop.services.store import OpenedStore
from larsam_desktop.storage.repositories.university import UniversityRepository
from larsam_desktop.storage.tables import HogskoleprovResult, MentorRow, UniversityProgressRow


def _learner(store: OpenedStore, given: str, coach: int | None = None) -> int:
    draft = LearnerDraft(
        given_name=given, family_name="Ek", coach_id=coach, birth_date=date(1990, 1, 1)
    )
    return LearnerService(store.database, clock).create(draft).learner.id


def test_a_mentor_is_checked_stored_changed_and_removed(store: OpenedStore) -> None:
    mentors = MentorService(store.database, clock)
    learner = _learner(store, "Åsa")
    with pytest.raises(ValidationError) as refused:
        mentors.add(learner, MentorDraft("", TODAY, TODAY - timedelta(days=1), role="boss"))
    assert {(e.field, e.code) for e in refused.value.errors} == {
        ("name", "required"), ("end_date", "before_start"), ("role", "invalid_choice")
    }  # fmt: skip
    with pytest.raises(LearnerNotFound):
        mentors.add(999, MentorDraft("Lina", TODAY))
    saved = mentors.add(learner, MentorDraft("Lina  Student", TODAY, role="fadder",
                                             affiliation="university"))  # fmt: skip
    assert saved.mentor.mentor.name == "Lina Student" and saved.changes.learners == {learner}
    assert saved.mentor.mentor.is_current(TODAY) and not saved.mentor.mentor.ends_soon(TODAY)
    ends = TODAY + timedelta(days=10)
    changed = mentors.update(saved.mentor.id, MentorDraft("Lina Student", TODAY, ends,
                                                          role="fadder",
                                                          affiliation="university"))  # fmt: skip
    assert changed.mentor.mentor.ends_soon(TODAY)
    assert [m.mentor.ends_on for m in mentors.for_learner(learner)] == [ends]
    mentors.remove(saved.mentor.id)
    assert mentors.for_learner(learner) == []
    with pytest.raises(MentorNotFound):
        mentors.remove(saved.mentor.id)


def test_today_lists_the_coachs_mentorships_ending_within_two_weeks(store: OpenedStore) -> None:
    reference = ReferenceService(store.database)
    anna, omar = reference.ensure_coach("Anna Berg"), reference.ensure_coach("Omar Said")
    mentors = MentorService(store.database, clock)
    start = TODAY - timedelta(days=100)
    soon, later, open_ended, ended, others = (
        _learner(store, name, coach)
        for name, coach in (("Soon", anna), ("Later", anna), ("Open", anna), ("Ended", anna),
                            ("Omars", omar))
    )  # fmt: skip
    mentors.add(soon, MentorDraft("M1", start, TODAY + timedelta(days=14)))
    mentors.add(later, MentorDraft("M2", start, TODAY + timedelta(days=15)))
    mentors.add(open_ended, MentorDraft("M3", start))
    mentors.add(ended, MentorDraft("M4", start, TODAY - timedelta(days=1)))
    mentors.add(others, MentorDraft("M5", start, TODAY + timedelta(days=3)))
    due = mentors.ending_soon(coach="Anna Berg", on=TODAY)
    assert [(d.learner_name, d.mentor.mentor.name) for d in due] == [("Soon Ek", "M1")]
    assert [d.mentor.mentor.name for d in mentors.ending_soon(on=TODAY)] == ["M5", "M1"]
    with store.database.unit_of_work(writes=False) as uow:
        current = UniversityRepository(uow.session).learners_with_current_mentor(
            [soon, later, open_ended, ended], TODAY
        )
    assert current == {soon, later, open_ended}


def test_hogskoleprov_sittings_registered_then_attended(store: OpenedStore) -> None:
    sittings = SittingService(store.database, clock)
    learner = _learner(store, "Hugo")
    ahead, held = date(2027, 4, 10), date(2026, 10, 24)
    sittings.record(learner, ahead, SittingStatus.REGISTERED)
    with pytest.raises(ValidationError):
        sittings.record(learner, ahead, SittingStatus.ATTENDED)  # not held yet
    sittings.record(learner, held, SittingStatus.REGISTERED)
    sittings.record(learner, held, SittingStatus.ATTENDED)  # the same sitting, its outcome
    assert [(s.sitting_on, s.status) for s in sittings.sittings(learner)] == [
        (held, "attended"), (ahead, "registered")
    ]  # fmt: skip


def test_the_demo_has_mentors_progress_lists_and_hogskoleprov_results(
    store: OpenedStore,
) -> None:
    DemoGenerator(store.database).generate(600, seed=3)
    with store.database.unit_of_work(writes=False) as uow:
        session = uow.session
        mentors = session.query(MentorRow).count()
        progress = {e for (e,) in session.query(UniversityProgressRow.event)}
        results = session.query(HogskoleprovResult).all()
    assert mentors > 10
    assert {"registered", "completed", "discontinued"} <= progress
    assert results and all(10 <= r.score_hundredths <= 200 for r in results)
    # The result feeds the meritvärde's högskoleprov group (the merit panel's standing).
    learner = results[0].learner_id
    merit = MeritService(store.database, load_eligibility_data())
    recorded = [r.result for r in merit.hp_results(learner)]
    standing = merit.standing(transcript_of((), Qualifications()), None, recorded, [])
    assert standing.hp is not None
    best = max(r.score_hundredths for r in results if r.learner_id == learner)
    assert round(float(standing.hp.score) * 100) == best
