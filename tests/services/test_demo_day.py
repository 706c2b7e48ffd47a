"""Demo data for the coach's day, on SQLite and PostgreSQL: contacts, last contact kept in
step, follow-ups owned by the learner's coach, bookings within room capacity."""

from __future__ import annotations

from sqlalchemy import func, select

from larsam_desktop.services.demo import DemoGenerator
from larsam_desktop.services.store import OpenedStore
from larsam_desktop.storage.tables import (
    ActivityParticipantRow,
    ContactRow,
    ExamBookingRow,
    ExamRoomRow,
    FollowUpRow,
    Learner,
    RestrictedNoteRow,
)


def test_demo_learners_get_a_plausible_day(store: OpenedStore) -> None:
    DemoGenerator(store.database).generate(400, seed=3)
    with store.database.unit_of_work() as uow:
        session = uow.session
        contacts = session.scalar(select(func.count()).select_from(ContactRow)) or 0
        assert 4.0 <= contacts / 400 <= 6.0  # ≈5 a learner, as the issue asks
        newest = (
            select(ContactRow.learner_id, func.max(ContactRow.on_date).label("newest"))
            .group_by(ContactRow.learner_id)
            .subquery()
        )
        mismatched = session.scalar(
            select(func.count())
            .select_from(Learner)
            .outerjoin(newest, newest.c.learner_id == Learner.id)
            .where(
                (Learner.last_contact_on != newest.c.newest)
                | (Learner.last_contact_on.is_(None) != newest.c.newest.is_(None))
            )
        )
        assert mismatched == 0
        never = session.scalar(
            select(func.count()).select_from(Learner).where(Learner.last_contact_on.is_(None))
        )
        assert 0 < (never or 0) < 60
        assert session.scalar(select(func.count()).select_from(FollowUpRow))
        wrong_owner = session.scalar(
            select(func.count())
            .select_from(FollowUpRow)
            .join(Learner, Learner.id == FollowUpRow.learner_id)
            .where(Learner.coach_id != FollowUpRow.owner_coach_id)
        )
        assert wrong_owner == 0
        assert session.scalar(select(func.count()).select_from(ActivityParticipantRow))
        assert session.scalar(select(func.count()).select_from(RestrictedNoteRow))
        per_slot = session.execute(
            select(
                ExamBookingRow.room_id,
                ExamBookingRow.exam_date,
                ExamBookingRow.start_time,
                func.count(),
                ExamRoomRow.capacity,
            )
            .join(ExamRoomRow, ExamRoomRow.id == ExamBookingRow.room_id)
            .group_by(
                ExamBookingRow.room_id,
                ExamBookingRow.exam_date,
                ExamBookingRow.start_time,
                ExamRoomRow.capacity,
            )
        ).all()
        assert all(count <= capacity for *_, count, capacity in per_slot)
