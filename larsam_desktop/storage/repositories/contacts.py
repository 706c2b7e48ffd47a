"""The contact log, restricted notes and follow-ups of learners.

Every write to the contact log copies the newest contact date onto ``learner.last_contact_on``
(as the pathway repository keeps ``learner.stage``), so "not contacted in N weeks" is one
indexed query however long the log grows.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from larsam_desktop.domain.contacts import Contact, ContactKind, StoredContact, StoredFollowUp
from larsam_desktop.storage.tables import Coach, ContactRow, FollowUpRow, Learner, RestrictedNoteRow

CONTACT_COLUMNS = (
    "learner_id",
    "on_date",
    "at_time",
    "kind",
    "duration_minutes",
    "notes",
    "next_steps",
    "recorded_by",
    "created_at",
)
GeneratedContact = tuple[int, date, time | None, str, int | None, str, str, str, datetime]


class ContactRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, learner_id: int, contact: Contact, restricted: str, *, now: datetime) -> int:
        row = ContactRow(
            learner_id=learner_id,
            on_date=contact.on,
            at_time=contact.at,
            kind=contact.kind.value,
            duration_minutes=contact.duration_minutes,
            notes=contact.notes,
            next_steps=contact.next_steps,
            recorded_by=contact.recorded_by,
            created_at=now,
        )
        self._session.add(row)
        self._session.flush()
        if restricted:
            self._session.add(
                RestrictedNoteRow(
                    contact_id=row.id, learner_id=learner_id, text=restricted, created_at=now
                )
            )
        self._sync_last_contact(learner_id)
        return row.id

    def remove(self, contact_id: int) -> bool:
        learner_id = self._session.scalar(
            select(ContactRow.learner_id).where(ContactRow.id == contact_id)
        )
        if learner_id is None:
            return False
        self._session.execute(delete(ContactRow).where(ContactRow.id == contact_id))
        self._sync_last_contact(learner_id)
        return True

    def log(self, learner_id: int) -> list[StoredContact]:
        """Newest first; the restricted notes themselves are not read."""
        restricted = select(RestrictedNoteRow.contact_id).where(
            RestrictedNoteRow.learner_id == learner_id
        )
        with_note = set(self._session.scalars(restricted))
        statement = (
            select(ContactRow)
            .where(ContactRow.learner_id == learner_id)
            .order_by(ContactRow.on_date.desc(), ContactRow.id.desc())
        )
        return [_to_stored(row, row.id in with_note) for row in self._session.scalars(statement)]

    def get(self, contact_id: int) -> StoredContact | None:
        row = self._session.get(ContactRow, contact_id)
        if row is None:
            return None
        has_note = (
            self._session.scalar(
                select(RestrictedNoteRow.contact_id).where(
                    RestrictedNoteRow.contact_id == contact_id
                )
            )
            is not None
        )  # not the text: in team mode a coach reads it only through the server (issue 16)
        return _to_stored(row, has_note)

    def restricted_note(self, contact_id: int) -> str | None:
        from larsam_desktop.storage import team_mode

        if team_mode.coach_in_team_mode(self._session):  # the server logs the reading
            return team_mode.read_restricted_note(self._session, contact_id)
        return self._session.scalar(
            select(RestrictedNoteRow.text).where(RestrictedNoteRow.contact_id == contact_id)
        )

    def last_contact_on(self, learner_id: int) -> date | None:
        return self._session.scalar(select(Learner.last_contact_on).where(Learner.id == learner_id))

    def last_contact_dates(self, learner_ids: Sequence[int]) -> dict[int, date | None]:
        statement = select(Learner.id, Learner.last_contact_on).where(
            Learner.id.in_(list(learner_ids))
        )
        return {row.id: row.last_contact_on for row in self._session.execute(statement)}

    def bulk_insert(self, rows: Sequence[GeneratedContact]) -> None:
        """Generated contacts (demo data), as tuples in ``CONTACT_COLUMNS`` order; the caller
        keeps learner.last_contact_on in step.

        On SQLite the values are converted once per distinct value (dates repeat) with the
        dialect's own bind processors and handed to the driver's executemany: the Core path
        spent most of its time converting 500,000 dates one by one. Elsewhere Core executemany.
        """
        if not rows:
            return
        connection = self._session.connection()
        if connection.dialect.name != "sqlite":
            connection.execute(
                insert(ContactRow), [dict(zip(CONTACT_COLUMNS, row, strict=True)) for row in rows]
            )
            return
        dialect = connection.dialect
        table = ContactRow.__table__

        def memoised(column: str) -> Callable[[Any], Any]:
            process = table.c[column].type.dialect_impl(dialect).bind_processor(dialect)
            assert process is not None
            return functools.lru_cache(maxsize=4096)(process)

        on_date, at_time, created_at = (memoised(c) for c in ("on_date", "at_time", "created_at"))

        def convert(row: GeneratedContact) -> tuple[Any, ...]:
            learner_id, on, at, kind, minutes, notes, steps, recorded_by, created = row
            at_text = at_time(at) if at is not None else None
            return (learner_id, on_date(on), at_text, kind, minutes, notes, steps, recorded_by,
                    created_at(created))  # fmt: skip

        columns = ", ".join(CONTACT_COLUMNS)
        marks = ", ".join("?" for _ in CONTACT_COLUMNS)
        connection.exec_driver_sql(
            f"INSERT INTO contact ({columns}) VALUES ({marks})", [convert(r) for r in rows]
        )

    def _sync_last_contact(self, learner_id: int) -> None:
        newest = (
            select(func.max(ContactRow.on_date))
            .where(ContactRow.learner_id == learner_id)
            .scalar_subquery()
        )
        self._session.execute(
            update(Learner)
            .where(Learner.id == learner_id)
            .values(last_contact_on=newest)
            .execution_options(synchronize_session=False)
        )


class FollowUpRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(
        self,
        learner_id: int,
        title: str,
        due_on: date,
        owner_coach_id: int,
        *,
        contact_id: int | None,
        now: datetime,
    ) -> int:
        row = FollowUpRow(
            learner_id=learner_id,
            contact_id=contact_id,
            title=title,
            due_on=due_on,
            owner_coach_id=owner_coach_id,
            done_on=None,
            created_at=now,
            updated_at=now,
        )
        self._session.add(row)
        self._session.flush()
        return row.id

    def set_done(self, follow_up_id: int, done_on: date | None, *, now: datetime) -> int | None:
        """Mark done (a date) or undone (None); the learner's id, or None if it is gone."""
        row = self._session.get(FollowUpRow, follow_up_id)
        if row is None:
            return None
        if row.done_on != done_on:
            row.sequence = (row.sequence or 0) + 1  # the calendar copy must be replaced
        row.done_on = done_on
        row.updated_at = now
        self._session.flush()
        return row.learner_id

    def for_learner(self, learner_id: int) -> list[StoredFollowUp]:
        """Open ones first (by due date), then done ones (newest first)."""
        statement = (
            select(FollowUpRow, Coach.name)
            .join(Coach, Coach.id == FollowUpRow.owner_coach_id)
            .where(FollowUpRow.learner_id == learner_id)
            .order_by(
                FollowUpRow.done_on.is_not(None),
                FollowUpRow.due_on,
                FollowUpRow.id,
            )
        )
        return [_to_follow_up(row, owner) for row, owner in self._session.execute(statement)]

    def get(self, follow_up_id: int) -> StoredFollowUp | None:
        found = self._session.execute(
            select(FollowUpRow, Coach.name)
            .join(Coach, Coach.id == FollowUpRow.owner_coach_id)
            .where(FollowUpRow.id == follow_up_id)
        ).first()
        return _to_follow_up(found[0], found[1]) if found else None

    def bulk_insert(self, rows: Sequence[dict[str, Any]]) -> None:
        if rows:
            self._session.connection().execute(insert(FollowUpRow), list(rows))


def _to_stored(row: ContactRow, has_note: bool) -> StoredContact:
    return StoredContact(
        id=row.id,
        learner_id=row.learner_id,
        contact=Contact(
            kind=ContactKind(row.kind),
            on=row.on_date,
            recorded_by=row.recorded_by,
            at=row.at_time,
            duration_minutes=row.duration_minutes,
            notes=row.notes,
            next_steps=row.next_steps,
        ),
        has_restricted_note=has_note,
        created_at=row.created_at,
    )


def _to_follow_up(row: FollowUpRow, owner: str) -> StoredFollowUp:
    return StoredFollowUp(
        id=row.id,
        learner_id=row.learner_id,
        contact_id=row.contact_id,
        title=row.title,
        due_on=row.due_on,
        owner=owner,
        done_on=row.done_on,
    )
