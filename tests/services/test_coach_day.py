"""Contacts, restricted notes, follow-ups and the Today report through the services, on SQLite
and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import select

from larsam_desktop.domain.audit import AuditAction
from larsam_desktop.domain.contacts import ContactDraft, FollowUpDraft
from larsam_desktop.domain.errors import ValidationError
from larsam_desktop.domain.learner import LearnerDraft
from larsam_desktop.domain.pathway import Stage, TransitionDraft
from larsam_desktop.domain.today import TodaySettings
from larsam_desktop.services.audit import AuditFilter, AuditService
from larsam_desktop.services.coaches import UnknownCoach
from larsam_desktop.services.contacts import ContactNotFound, ContactService, FollowUpService
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.pathway import PathwayService
from larsam_desktop.services.reference_data import ReferenceService
from larsam_desktop.services.store import OpenedStore
from larsam_desktop.services.today import TodayService
from larsam_desktop.storage.tables import ContactRow, Learner, RestrictedNoteRow

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)  # a Wednesday
TODAY = date(2026, 11, 25)


def clock() -> datetime:
    return NOW


class Day:
    """Two coaches and a few learners."""

    def __init__(self, store: OpenedStore) -> None:
        database = store.database
        reference = ReferenceService(database)
        self.anna = reference.ensure_coach("Anna Berg")
        self.omar = reference.ensure_coach("Omar Said")
        self.learners = LearnerService(database, clock=clock)
        self.contacts = ContactService(database, clock=clock)
        self.follow_ups = FollowUpService(database, clock=clock)
        self.today = TodayService(database, clock=clock)
        self.pathway = PathwayService(database, clock=clock)
        self.database = database

    def learner(self, given: str, coach: int) -> int:
        draft = LearnerDraft(
            given_name=given, family_name="Test", birth_date=date(1995, 5, 5), coach_id=coach
        )
        return self.learners.create(draft).learner.id

    def contact(self, learner_id: int, on: date, kind: str = "phone", **extra: object) -> int:
        draft = ContactDraft(kind=kind, recorded_by="Anna Berg", on=on, **extra)  # type: ignore[arg-type]
        return self.contacts.record(learner_id, draft).contact.id


@pytest.fixture
def day(store: OpenedStore) -> Day:
    return Day(store)


def test_a_meeting_with_a_follow_up_from_its_next_steps(day: Day) -> None:
    learner = day.learner("Amina", day.anna)
    recorded = day.contacts.record(
        learner,
        ContactDraft(
            kind="in_person",
            recorded_by="Anna Berg",
            on=TODAY,
            at=time(10, 30),
            duration_minutes=45,
            notes="Talked about Ma 2b.",
            next_steps="Send the application link\nCheck CSN",
        ),
        FollowUpDraft(
            title="Send the application link", due_on=TODAY + timedelta(days=2), owner="anna berg"
        ),
    )
    assert recorded.changes.coach_day and recorded.changes.learners == {learner}
    assert recorded.follow_up is not None
    assert recorded.follow_up.contact_id == recorded.contact.id
    assert recorded.follow_up.owner == "Anna Berg"
    [logged] = day.contacts.log(learner)
    assert logged.contact.at == time(10, 30) and logged.contact.duration_minutes == 45
    assert logged.contact.next_steps == "Send the application link\nCheck CSN"
    assert not logged.has_restricted_note


def test_a_refused_follow_up_keeps_the_meeting_out_too(day: Day) -> None:
    learner = day.learner("Amina", day.anna)
    with pytest.raises(ValidationError) as refused:
        day.contacts.record(
            learner,
            ContactDraft(kind="video", recorded_by="Anna Berg", on=TODAY),
            FollowUpDraft(title="Call back", due_on=TODAY, owner="Nobody Known"),
        )
    assert [e.code for e in refused.value.errors] == ["unknown_coach"]
    assert refused.value.for_field("owner")
    assert day.contacts.log(learner) == []


def test_contact_validation_names_each_field(day: Day) -> None:
    learner = day.learner("Amina", day.anna)
    with pytest.raises(ValidationError) as refused:
        day.contacts.record(
            learner,
            ContactDraft(
                kind="fax", recorded_by=" ", on=TODAY + timedelta(days=1), duration_minutes=0
            ),
        )
    fields = {e.field for e in refused.value.errors}
    assert fields == {"kind", "recorded_by", "on", "duration_minutes"}


def test_restricted_note_is_stored_apart_and_every_opening_is_audited(
    day: Day, store: OpenedStore
) -> None:
    learner = day.learner("Amina", day.anna)
    contact_id = day.contact(learner, TODAY, notes="Ordinary notes", restricted_note="Sjukskriven")
    with store.database.unit_of_work() as uow:
        row = uow.session.get(ContactRow, contact_id)
        assert row is not None and "Sjukskriven" not in row.notes + row.next_steps
        note = uow.session.scalar(select(RestrictedNoteRow.text))
        assert note == "Sjukskriven"
    [logged] = day.contacts.log(learner)
    assert logged.has_restricted_note
    assert day.contacts.open_restricted_note(contact_id, opened_by="Anna Berg") == "Sjukskriven"
    assert day.contacts.open_restricted_note(contact_id, opened_by="Omar Said") == "Sjukskriven"
    entries = AuditService(store.database).entries(
        AuditFilter(action=AuditAction.OPEN_RESTRICTED_NOTES)
    )
    assert [(e.actor, e.learner_id, e.details["contact_id"]) for e in entries] == [
        ("Omar Said", learner, contact_id),
        ("Anna Berg", learner, contact_id),
    ]
    assert AuditService(store.database).verify().intact
    other = day.contact(learner, TODAY)
    with pytest.raises(ContactNotFound):
        day.contacts.open_restricted_note(other)


def test_last_contact_follows_any_kind_and_removal(day: Day, store: OpenedStore) -> None:
    learner = day.learner("Amina", day.anna)
    day.contact(learner, TODAY - timedelta(days=40), kind="email")
    newest = day.contact(learner, TODAY - timedelta(days=3), kind="text")
    day.contact(learner, TODAY - timedelta(days=20), kind="video")  # recorded late, older

    def last() -> date | None:
        with store.database.unit_of_work() as uow:
            return uow.session.scalar(select(Learner.last_contact_on).where(Learner.id == learner))

    assert last() == TODAY - timedelta(days=3)
    day.contacts.remove(newest)
    assert last() == TODAY - timedelta(days=20)


def test_follow_ups_done_and_undone(day: Day) -> None:
    learner = day.learner("Amina", day.anna)
    saved = day.follow_ups.add(learner, FollowUpDraft("Book a meeting", TODAY, "Anna Berg"))
    assert not saved.follow_up.done
    done = day.follow_ups.set_done(saved.follow_up.id)
    assert done.follow_up.done_on == TODAY
    again = day.follow_ups.set_done(saved.follow_up.id, done=False)
    assert again.follow_up.done_on is None
    with pytest.raises(ValidationError) as refused:
        day.follow_ups.add(learner, FollowUpDraft("", None, ""))
    assert {e.field for e in refused.value.errors} == {"title", "due_on", "owner"}


def test_today_lists_overdue_and_this_weeks_follow_ups_of_the_coach_only(day: Day) -> None:
    amina = day.learner("Amina", day.anna)
    bo = day.learner("Bo", day.omar)
    add = day.follow_ups.add
    overdue = add(amina, FollowUpDraft("Overdue", TODAY - timedelta(days=1), "Anna Berg"))
    sunday = add(amina, FollowUpDraft("Sunday", date(2026, 11, 29), "Anna Berg"))
    add(amina, FollowUpDraft("Next Monday", date(2026, 11, 30), "Anna Berg"))
    add(bo, FollowUpDraft("Omar's", TODAY, "Omar Said"))
    done = add(amina, FollowUpDraft("Done already", TODAY - timedelta(days=5), "Anna Berg"))
    day.follow_ups.set_done(done.follow_up.id)
    report = day.today.report("Anna Berg")
    assert [r.id for r in report.follow_ups.rows] == [overdue.follow_up.id, sunday.follow_up.id]
    assert [r.overdue for r in report.follow_ups.rows] == [True, False]
    assert report.follow_ups.total == 2 and report.overdue == 1
    assert report.follow_ups.rows[0].learner_name == "Amina Test"


def test_quiet_learners_count_any_kind_of_contact(day: Day) -> None:
    settings = TodaySettings(quiet_weeks=4)
    never = day.learner("Never", day.anna)
    long_ago = day.learner("Longago", day.anna)
    texted = day.learner("Texted", day.anna)
    day.contact(long_ago, TODAY - timedelta(weeks=4, days=1), kind="in_person")
    day.contact(texted, TODAY - timedelta(weeks=5), kind="in_person")
    day.contact(texted, TODAY - timedelta(weeks=1), kind="text")  # a text message counts
    day.learner("Other coach's", day.omar)
    report = day.today.report("Anna Berg", settings)
    assert [r.learner_id for r in report.quiet.rows] == [never, long_ago]
    assert report.quiet.rows[0].last_contact_on is None
    exactly = day.learner("Exactly", day.anna)
    day.contact(exactly, TODAY - timedelta(weeks=4))  # on the boundary: not quiet yet
    assert day.today.report("Anna Berg", settings).quiet.total == 2


def test_stuck_learners_use_the_limit_of_their_stage(day: Day) -> None:
    settings = TodaySettings(stage_months={Stage.KOMVUX: 12, Stage.APPLIED: 3})
    slow = day.learner("Slow", day.anna)
    fresh = day.learner("Fresh", day.anna)
    applied = day.learner("Applied", day.anna)
    studying = day.learner("Studying", day.anna)
    step = day.pathway.record
    step(slow, TransitionDraft("komvux", "Anna", on=TODAY - timedelta(days=400)))
    step(fresh, TransitionDraft("komvux", "Anna", on=TODAY - timedelta(days=200)))
    step(applied, TransitionDraft("applied", "Anna", on=TODAY - timedelta(days=100)))
    step(studying, TransitionDraft("applied", "Anna", on=TODAY - timedelta(days=900)))
    step(studying, TransitionDraft("admitted", "Anna", on=TODAY - timedelta(days=800)))
    step(studying, TransitionDraft("studying", "Anna", on=TODAY - timedelta(days=700)))
    report = day.today.report("Anna Berg", settings)
    assert [(r.learner_id, r.stage) for r in report.stuck.rows] == [
        (slow, Stage.KOMVUX),
        (applied, Stage.APPLIED),
    ]


def test_row_limit_keeps_the_full_count(day: Day) -> None:
    for n in range(5):
        day.learner(f"L{n}", day.anna)
    report = day.today.report("Anna Berg", TodaySettings(row_limit=2))
    assert len(report.quiet.rows) == 2 and report.quiet.total == 5
    assert report.attention == 5


def test_an_unknown_coach_is_refused_with_the_names(day: Day) -> None:
    with pytest.raises(UnknownCoach, match="Anna Berg"):
        day.today.report("Nobody")
