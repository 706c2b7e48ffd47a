"""The contact log and follow-ups: recording a meeting (with a follow-up from its next steps),
opening a restricted note (each opening audited), and marking follow-ups done."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from larsam_desktop.domain.audit import AuditAction
from larsam_desktop.domain.contacts import (
    ContactDraft,
    FollowUpDraft,
    StoredContact,
    StoredFollowUp,
    validate_contact,
    validate_follow_up,
)
from larsam_desktop.domain.errors import FieldError, NotFound, ValidationError
from larsam_desktop.services.audit import AuditLog, current_actor
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.clock import Clock, local_today, utc_now
from larsam_desktop.services.coaches import owner_id
from larsam_desktop.services.learners import LearnerNotFound
from larsam_desktop.storage.database import Database, UnitOfWork


class ContactNotFound(NotFound, LookupError):
    def __init__(self, contact_id: int) -> None:
        super().__init__("contact", contact_id, "No contact with id {id}.")


class FollowUpNotFound(NotFound, LookupError):
    def __init__(self, follow_up_id: int) -> None:
        super().__init__("follow-up", follow_up_id, "No follow-up with id {id}.")


@dataclass(frozen=True, slots=True)
class RecordedContact:
    contact: StoredContact
    follow_up: StoredFollowUp | None
    changes: Changes


@dataclass(frozen=True, slots=True)
class SavedFollowUp:
    follow_up: StoredFollowUp
    changes: Changes


class ContactService:
    def __init__(self, database: Database, clock: Clock = utc_now) -> None:
        self._database = database
        self._clock = clock

    def record(
        self, learner_id: int, draft: ContactDraft, follow_up: FollowUpDraft | None = None
    ) -> RecordedContact:
        """Add a contact and, optionally, a follow-up from it: both or neither."""
        today = local_today(self._clock)
        now = self._clock()
        with self._database.unit_of_work() as uow:
            _require_learner(uow, learner_id)
            errors: list[FieldError] = []
            try:
                contact, restricted = validate_contact(draft, today=today)
            except ValidationError as exc:
                errors += exc.errors
            follow: tuple[str, date, int] | None = None
            if follow_up is not None:
                try:
                    title, due_on, owner = validate_follow_up(follow_up, today=today)
                    follow = (title, due_on, owner_id(uow, owner))
                except ValidationError as exc:
                    errors += exc.errors
            if errors:
                raise ValidationError(errors)
            contact_id = uow.contacts.add(learner_id, contact, restricted, now=now)
            stored_follow_up = None
            if follow is not None:
                follow_up_id = uow.follow_ups.add(
                    learner_id, follow[0], follow[1], follow[2], contact_id=contact_id, now=now
                )
                stored_follow_up = uow.follow_ups.get(follow_up_id)
            stored = uow.contacts.get(contact_id)
            assert stored is not None
        return RecordedContact(stored, stored_follow_up, _changes(learner_id))

    def log(self, learner_id: int) -> list[StoredContact]:
        """Newest first. Restricted notes are only flagged, never read here."""
        with self._database.unit_of_work() as uow:
            _require_learner(uow, learner_id)
            return uow.contacts.log(learner_id)

    def open_restricted_note(self, contact_id: int, *, opened_by: str | None = None) -> str:
        """The restricted note of a contact; the opening is written to the audit log first."""
        with self._database.unit_of_work() as uow:
            stored = uow.contacts.get(contact_id)
            if stored is None or not stored.has_restricted_note:
                raise ContactNotFound(contact_id)
            AuditLog.record(
                uow,
                AuditAction.OPEN_RESTRICTED_NOTES,
                actor=(opened_by or "").strip() or current_actor(),
                learner_id=stored.learner_id,
                details={"contact_id": contact_id},
                clock=self._clock,
            )
            text = uow.contacts.restricted_note(contact_id)
        return text or ""

    def remove(self, contact_id: int) -> Changes:
        """Delete a contact recorded by mistake (its restricted note goes with it)."""
        with self._database.unit_of_work() as uow:
            stored = uow.contacts.get(contact_id)
            if stored is None:
                raise ContactNotFound(contact_id)
            uow.contacts.remove(contact_id)
        return _changes(stored.learner_id)


class FollowUpService:
    def __init__(self, database: Database, clock: Clock = utc_now) -> None:
        self._database = database
        self._clock = clock

    def add(
        self, learner_id: int, draft: FollowUpDraft, *, contact_id: int | None = None
    ) -> SavedFollowUp:
        today = local_today(self._clock)
        with self._database.unit_of_work() as uow:
            _require_learner(uow, learner_id)
            title, due_on, owner = validate_follow_up(draft, today=today)
            coach_id = owner_id(uow, owner)
            new_id = uow.follow_ups.add(
                learner_id, title, due_on, coach_id, contact_id=contact_id, now=self._clock()
            )
            stored = uow.follow_ups.get(new_id)
            assert stored is not None
        return SavedFollowUp(stored, _changes(learner_id))

    def set_done(self, follow_up_id: int, done: bool = True) -> SavedFollowUp:
        """Done today, or undone again."""
        done_on = local_today(self._clock) if done else None
        with self._database.unit_of_work() as uow:
            learner_id = uow.follow_ups.set_done(follow_up_id, done_on, now=self._clock())
            if learner_id is None:
                raise FollowUpNotFound(follow_up_id)
            stored = uow.follow_ups.get(follow_up_id)
            assert stored is not None
        return SavedFollowUp(stored, _changes(learner_id))

    def for_learner(self, learner_id: int) -> list[StoredFollowUp]:
        with self._database.unit_of_work() as uow:
            _require_learner(uow, learner_id)
            return uow.follow_ups.for_learner(learner_id)


def _changes(learner_id: int) -> Changes:
    return Changes(learners=frozenset({learner_id}), coach_day=True)


def _require_learner(uow: UnitOfWork, learner_id: int) -> None:
    if not uow.learners.exists(learner_id):
        raise LearnerNotFound(learner_id)
