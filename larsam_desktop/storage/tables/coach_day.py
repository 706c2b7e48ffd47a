"""The coach's day (issue 5): contacts, notes, follow-ups, activities, exam bookings."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
)
from sqlalchemy.orm import Mapped, mapped_column

from larsam_desktop.storage.tables.base import (
    Base,
    UtcDateTime,
)

# ---- the coach's day (issue 5)


class ContactRow(Base):
    """One entry of a learner's contact log: a meeting, call, video call, e-mail or text."""

    __tablename__ = "contact"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"))
    on_date: Mapped[date] = mapped_column(Date)
    at_time: Mapped[time | None] = mapped_column(Time)  # local wall-clock time
    kind: Mapped[str] = mapped_column(String(16))
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text)
    next_steps: Mapped[str] = mapped_column(Text)
    recorded_by: Mapped[str] = mapped_column(String(150))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (Index("ix_contact_learner", "learner_id", "on_date", "id"),)


class RestrictedNoteRow(Base):
    """The restricted part of a contact (health, family situation), kept apart from the log
    and read only through ``ContactService.open_restricted_note``, which audits each opening."""

    __tablename__ = "restricted_note"
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True
    )
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (Index("ix_restricted_note_learner", "learner_id"),)


class FollowUpRow(Base):
    """A task for a coach about a learner, optionally from a contact's agreed next steps."""

    __tablename__ = "follow_up"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String(300))
    due_on: Mapped[date] = mapped_column(Date)
    owner_coach_id: Mapped[int] = mapped_column(ForeignKey("coach.id"))
    done_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    sequence: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # iCalendar

    __table_args__ = (
        Index("ix_follow_up_owner_open", "owner_coach_id", "done_on", "due_on"),
        Index("ix_follow_up_learner", "learner_id", "due_on"),
    )


class ActivityRow(Base):
    """A lärcentrum activity: information meeting, course session, mentor meeting."""

    __tablename__ = "activity"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(200))
    on_date: Mapped[date] = mapped_column(Date)
    start_time: Mapped[time] = mapped_column(Time)
    duration_minutes: Mapped[int] = mapped_column(Integer)
    place: Mapped[str] = mapped_column(String(150))
    capacity: Mapped[int | None] = mapped_column(Integer)  # NULL: no limit
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    cancelled_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    sequence: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # iCalendar

    __table_args__ = (Index("ix_activity_on", "on_date", "start_time"),)


class ActivityParticipantRow(Base):
    """A learner registered for an activity; ``attended`` NULL until attendance is taken."""

    __tablename__ = "activity_participant"
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True
    )
    learner_id: Mapped[int] = mapped_column(
        ForeignKey("learner.id", ondelete="CASCADE"), primary_key=True
    )
    attended: Mapped[bool | None] = mapped_column(Boolean)
    registered_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (Index("ix_activity_participant_learner", "learner_id"),)


class ExamRoomRow(Base):
    """A room where the lärcentrum proctors exams, and how many can sit at once."""

    __tablename__ = "exam_room"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    capacity: Mapped[int] = mapped_column(Integer)
    learning_centre_id: Mapped[int] = mapped_column(ForeignKey("learning_centre.id"))


class ExamBookingRow(Base):
    """A proctored exam (tentamensservice) for a distance student."""

    __tablename__ = "exam_booking"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"))
    university: Mapped[str] = mapped_column(String(200))
    course: Mapped[str] = mapped_column(String(200))
    exam_date: Mapped[date] = mapped_column(Date)
    start_time: Mapped[time] = mapped_column(Time)
    duration_minutes: Mapped[int] = mapped_column(Integer)
    room_id: Mapped[int] = mapped_column(ForeignKey("exam_room.id"))
    proctor: Mapped[str] = mapped_column(String(200))
    special_arrangements: Mapped[str] = mapped_column(Text)
    sitting: Mapped[int] = mapped_column(Integer)
    fee_kr: Mapped[int] = mapped_column(Integer)
    fee_reason: Mapped[str] = mapped_column(String(16))
    recorded_by: Mapped[str] = mapped_column(String(150))
    cancelled_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime | None] = mapped_column(UtcDateTime)  # NULL: created_at
    sequence: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # iCalendar

    __table_args__ = (
        Index("ix_exam_booking_date_room", "exam_date", "room_id"),
        Index("ix_exam_booking_learner", "learner_id", "course"),
    )
