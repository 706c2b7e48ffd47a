"""What the calendar export reads: items with their change counters and cancelled/done state.

Open follow-ups and those finished recently (so a calendar that has them learns they are
done), activities and exam bookings in a date window, cancelled ones included.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from larsam_desktop.storage.tables import (
    ActivityRow,
    ExamBookingRow,
    ExamRoomRow,
    FollowUpRow,
    Learner,
)


@dataclass(frozen=True, slots=True)
class Person:
    id: int
    given_name: str
    family_name: str


@dataclass(frozen=True, slots=True)
class CalendarFollowUp:
    id: int
    learner: Person
    title: str
    due_on: date
    done: bool
    sequence: int
    modified: datetime


@dataclass(frozen=True, slots=True)
class CalendarActivity:
    id: int
    kind: str
    title: str
    on: date
    start: time
    duration_minutes: int
    place: str
    cancelled: bool
    sequence: int
    modified: datetime


@dataclass(frozen=True, slots=True)
class CalendarBooking:
    id: int
    learner: Person
    course: str
    university: str
    exam_date: date
    start: time
    duration_minutes: int
    room: str
    proctor: str
    cancelled: bool
    sequence: int
    modified: datetime


class CalendarItems:
    def __init__(self, session: Session) -> None:
        self._session = session

    def follow_ups(self, coach_id: int, *, done_since: date) -> list[CalendarFollowUp]:
        statement = (
            select(FollowUpRow, Learner.given_name, Learner.family_name)
            .join(Learner, Learner.id == FollowUpRow.learner_id)
            .where(
                FollowUpRow.owner_coach_id == coach_id,
                or_(FollowUpRow.done_on.is_(None), FollowUpRow.done_on >= done_since),
            )
            .order_by(FollowUpRow.due_on, FollowUpRow.id)
        )
        return [
            CalendarFollowUp(
                row.id,
                Person(row.learner_id, given, family),
                row.title,
                row.due_on,
                row.done_on is not None,
                row.sequence or 0,
                row.updated_at,
            )
            for row, given, family in self._session.execute(statement)
        ]

    def activities(self, first: date, last: date) -> list[CalendarActivity]:
        statement = (
            select(ActivityRow)
            .where(ActivityRow.on_date >= first, ActivityRow.on_date <= last)
            .order_by(ActivityRow.on_date, ActivityRow.start_time, ActivityRow.id)
        )
        return [
            CalendarActivity(
                row.id,
                row.kind,
                row.title,
                row.on_date,
                row.start_time,
                row.duration_minutes,
                row.place,
                row.cancelled_at is not None,
                row.sequence or 0,
                row.updated_at,
            )
            for row in self._session.scalars(statement)
        ]

    def bookings(self, coach_id: int, first: date, last: date) -> list[CalendarBooking]:
        statement = (
            select(ExamBookingRow, Learner.given_name, Learner.family_name, ExamRoomRow.name)
            .join(Learner, Learner.id == ExamBookingRow.learner_id)
            .join(ExamRoomRow, ExamRoomRow.id == ExamBookingRow.room_id)
            .where(
                Learner.coach_id == coach_id,
                ExamBookingRow.exam_date >= first,
                ExamBookingRow.exam_date <= last,
            )
            .order_by(ExamBookingRow.exam_date, ExamBookingRow.start_time, ExamBookingRow.id)
        )
        return [
            CalendarBooking(
                row.id,
                Person(row.learner_id, given, family),
                row.course,
                row.university,
                row.exam_date,
                row.start_time,
                row.duration_minutes,
                room,
                row.proctor,
                row.cancelled_at is not None,
                row.sequence or 0,
                row.updated_at or row.cancelled_at or row.created_at,
            )
            for row, given, family, room in self._session.execute(statement)
        ]
