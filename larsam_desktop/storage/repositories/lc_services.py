"""Lärcentrum services: activities with their participants, exam rooms and exam bookings."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from larsam_desktop.domain.activities import Activity, ActivityKind, Participant, StoredActivity
from larsam_desktop.domain.exam_bookings import BookedSlot, ExamBooking, FeeReason
from larsam_desktop.storage.tables import (
    ActivityParticipantRow,
    ActivityRow,
    ExamBookingRow,
    ExamRoomRow,
    Learner,
    LearningCentre,
)


@dataclass(frozen=True, slots=True)
class ExamRoom:
    id: int
    name: str
    capacity: int
    learning_centre_id: int
    municipality_code: str | None


@dataclass(frozen=True, slots=True)
class StoredBooking:
    id: int
    learner_id: int
    learner_name: str
    room_name: str
    booking: ExamBooking
    recorded_by: str
    cancelled: bool


class ActivityRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, activity: Activity, *, now: datetime) -> int:
        row = ActivityRow(created_at=now, updated_at=now)
        _assign_activity(row, activity)
        self._session.add(row)
        self._session.flush()
        return row.id

    def update(self, activity_id: int, activity: Activity, *, now: datetime) -> bool:
        row = self._session.get(ActivityRow, activity_id)
        if row is None:
            return False
        _assign_activity(row, activity)
        row.updated_at = now
        row.sequence = (row.sequence or 0) + 1  # the calendar copy must be replaced
        return True

    def cancel(self, activity_id: int, *, now: datetime) -> bool:
        """Mark cancelled (kept, so calendars receive STATUS:CANCELLED); False if gone."""
        row = self._session.get(ActivityRow, activity_id)
        if row is None:
            return False
        if row.cancelled_at is None:
            row.cancelled_at = now
            row.updated_at = now
            row.sequence = (row.sequence or 0) + 1
        return True

    def get(self, activity_id: int) -> StoredActivity | None:
        rows = self._listing(ActivityRow.id == activity_id)
        return rows[0] if rows else None

    def between(self, first: date, last: date) -> list[StoredActivity]:
        return self._listing(
            ActivityRow.on_date >= first,
            ActivityRow.on_date <= last,
            ActivityRow.cancelled_at.is_(None),
        )

    def lock(self, activity_id: int) -> bool:
        """Lock the activity row for this transaction (capacity checks); False if it is gone."""
        found = self._session.execute(
            select(ActivityRow.id).where(ActivityRow.id == activity_id).with_for_update()
        ).first()
        return found is not None

    def participants(self, activity_id: int) -> list[Participant]:
        statement = (
            select(
                Learner.id, Learner.given_name, Learner.family_name, ActivityParticipantRow.attended
            )
            .join(Learner, Learner.id == ActivityParticipantRow.learner_id)
            .where(ActivityParticipantRow.activity_id == activity_id)
            .order_by(Learner.name_sort, Learner.id)
        )
        return [
            Participant(learner_id, f"{given} {family}", attended)
            for learner_id, given, family, attended in self._session.execute(statement)
        ]

    def registered_count(self, activity_id: int) -> int:
        return (
            self._session.scalar(
                select(func.count())
                .select_from(ActivityParticipantRow)
                .where(ActivityParticipantRow.activity_id == activity_id)
            )
            or 0
        )

    def register(self, activity_id: int, learner_ids: Sequence[int], *, now: datetime) -> int:
        """Add the learners not registered yet; how many were added."""
        present = set(
            self._session.scalars(
                select(ActivityParticipantRow.learner_id).where(
                    ActivityParticipantRow.activity_id == activity_id
                )
            )
        )
        new = [i for i in dict.fromkeys(learner_ids) if i not in present]
        for learner_id in new:
            self._session.add(
                ActivityParticipantRow(
                    activity_id=activity_id, learner_id=learner_id, attended=None, registered_at=now
                )
            )
        self._session.flush()
        return len(new)

    def unregister(self, activity_id: int, learner_id: int) -> bool:
        result = self._session.execute(
            delete(ActivityParticipantRow).where(
                ActivityParticipantRow.activity_id == activity_id,
                ActivityParticipantRow.learner_id == learner_id,
            )
        )
        return bool(getattr(result, "rowcount", 0))

    def set_attended(self, activity_id: int, learner_id: int, attended: bool | None) -> bool:
        result = self._session.execute(
            update(ActivityParticipantRow)
            .where(
                ActivityParticipantRow.activity_id == activity_id,
                ActivityParticipantRow.learner_id == learner_id,
            )
            .values(attended=attended)
        )
        return bool(getattr(result, "rowcount", 0))

    def bulk_insert(self, rows: Sequence[dict[str, Any]]) -> list[int]:
        """Generated activities (demo data): one statement each keeps the ids portable."""
        ids = []
        for values in rows:
            row = ActivityRow(**values)
            self._session.add(row)
            self._session.flush()
            ids.append(row.id)
        return ids

    def bulk_register(self, rows: Sequence[dict[str, Any]]) -> None:
        if rows:
            self._session.connection().execute(insert(ActivityParticipantRow), list(rows))

    def _listing(self, *conditions: Any) -> list[StoredActivity]:
        counts = (
            select(
                ActivityParticipantRow.activity_id,
                func.count().label("registered"),
                func.count().filter(ActivityParticipantRow.attended.is_(True)).label("attended"),
            )
            .group_by(ActivityParticipantRow.activity_id)
            .subquery()
        )
        statement = (
            select(ActivityRow, counts.c.registered, counts.c.attended)
            .outerjoin(counts, counts.c.activity_id == ActivityRow.id)
            .where(*conditions)
            .order_by(ActivityRow.on_date, ActivityRow.start_time, ActivityRow.id)
        )
        return [
            StoredActivity(row.id, _to_activity(row), registered or 0, attended or 0)
            for row, registered, attended in self._session.execute(statement)
        ]


class ExamRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def rooms(self) -> list[ExamRoom]:
        statement = (
            select(ExamRoomRow, LearningCentre.municipality_code)
            .join(LearningCentre, LearningCentre.id == ExamRoomRow.learning_centre_id)
            .order_by(ExamRoomRow.name)
        )
        return [
            ExamRoom(row.id, row.name, row.capacity, row.learning_centre_id, code)
            for row, code in self._session.execute(statement)
        ]

    def room(self, room_id: int) -> ExamRoom | None:
        return next((room for room in self.rooms() if room.id == room_id), None)

    def add_room(self, name: str, capacity: int, learning_centre_id: int) -> int:
        row = ExamRoomRow(name=name, capacity=capacity, learning_centre_id=learning_centre_id)
        self._session.add(row)
        self._session.flush()
        return row.id

    def lock_room(self, room_id: int) -> None:
        """Serialise bookings of one room on a shared server (SELECT … FOR UPDATE)."""
        self._session.execute(
            select(ExamRoomRow.id).where(ExamRoomRow.id == room_id).with_for_update()
        )

    def slots_on(self, on: date, *, room_id: int, learner_id: int) -> list[BookedSlot]:
        """Bookings that day in the room or of the learner, not cancelled."""
        statement = select(ExamBookingRow).where(
            ExamBookingRow.exam_date == on,
            ExamBookingRow.cancelled_at.is_(None),
            or_(ExamBookingRow.room_id == room_id, ExamBookingRow.learner_id == learner_id),
        )
        return [
            BookedSlot(
                row.id,
                row.learner_id,
                row.exam_date,
                row.start_time,
                row.duration_minutes,
                row.room_id,
                row.course,
            )
            for row in self._session.scalars(statement)
        ]

    def sittings(self, learner_id: int, course: str) -> int:
        """Earlier bookings of the same course by the learner (cancelled ones do not count)."""
        return (
            self._session.scalar(
                select(func.count())
                .select_from(ExamBookingRow)
                .where(
                    ExamBookingRow.learner_id == learner_id,
                    func.lower(ExamBookingRow.course) == course.lower(),
                    ExamBookingRow.cancelled_at.is_(None),
                )
            )
            or 0
        )

    def add(self, learner_id: int, booking: ExamBooking, recorded_by: str, *, now: datetime) -> int:
        row = ExamBookingRow(
            learner_id=learner_id,
            university=booking.university,
            course=booking.course,
            exam_date=booking.exam_date,
            start_time=booking.start,
            duration_minutes=booking.duration_minutes,
            room_id=booking.room_id,
            proctor=booking.proctor,
            special_arrangements=booking.special_arrangements,
            sitting=booking.sitting,
            fee_kr=booking.fee_kr,
            fee_reason=booking.fee_reason.value,
            recorded_by=recorded_by,
            cancelled_at=None,
            created_at=now,
        )
        self._session.add(row)
        self._session.flush()
        return row.id

    def cancel(self, booking_id: int, *, now: datetime) -> int | None:
        row = self._session.get(ExamBookingRow, booking_id)
        if row is None:
            return None
        if row.cancelled_at is None:
            row.cancelled_at = now
            row.updated_at = now
            row.sequence = (row.sequence or 0) + 1  # the calendar copy must be replaced
        return row.learner_id

    def between(
        self,
        first: date,
        last: date,
        *,
        learner_id: int | None = None,
        coach_id: int | None = None,
    ) -> list[StoredBooking]:
        """Bookings with exam dates ``first``–``last`` (cancelled ones too), of one learner or
        of one coach's learners when given."""
        conditions = [ExamBookingRow.exam_date >= first, ExamBookingRow.exam_date <= last]
        if learner_id is not None:
            conditions.append(ExamBookingRow.learner_id == learner_id)
        if coach_id is not None:
            conditions.append(Learner.coach_id == coach_id)
        statement = (
            select(ExamBookingRow, Learner.given_name, Learner.family_name, ExamRoomRow.name)
            .join(Learner, Learner.id == ExamBookingRow.learner_id)
            .join(ExamRoomRow, ExamRoomRow.id == ExamBookingRow.room_id)
            .where(*conditions)
            .order_by(ExamBookingRow.exam_date, ExamBookingRow.start_time, ExamBookingRow.id)
        )
        return [
            _to_booking(row, f"{given} {family}", room)
            for row, given, family, room in self._session.execute(statement)
        ]

    def bulk_insert(self, rows: Sequence[dict[str, Any]]) -> None:
        if rows:
            self._session.connection().execute(insert(ExamBookingRow), list(rows))


def _assign_activity(row: ActivityRow, activity: Activity) -> None:
    row.kind = activity.kind.value
    row.title = activity.title
    row.on_date = activity.on
    row.start_time = activity.start
    row.duration_minutes = activity.duration_minutes
    row.place = activity.place
    row.capacity = activity.capacity


def _to_activity(row: ActivityRow) -> Activity:
    return Activity(
        ActivityKind(row.kind),
        row.title,
        row.on_date,
        row.start_time,
        row.duration_minutes,
        row.place,
        row.capacity,
    )


def _to_booking(row: ExamBookingRow, learner_name: str, room_name: str) -> StoredBooking:
    return StoredBooking(
        id=row.id,
        learner_id=row.learner_id,
        learner_name=learner_name,
        room_name=room_name,
        booking=ExamBooking(
            row.university,
            row.course,
            row.exam_date,
            row.start_time,
            row.duration_minutes,
            row.room_id,
            row.proctor,
            row.special_arrangements,
            row.sitting,
            row.fee_kr,
            FeeReason(row.fee_reason),
        ),
        recorded_by=row.recorded_by,
        cancelled=row.cancelled_at is not None,
    )
