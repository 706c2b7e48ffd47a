"""Lärcentrum services: activities (registration within capacity, attendance) and exam
proctoring bookings (lead time over weekends and Swedish holidays, room capacity, conflicts,
fees for non-residents and re-sits beyond the free ones)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from larsam_desktop.domain.activities import (
    ActivityDraft,
    Participant,
    StoredActivity,
    check_room_for,
    validate_activity,
)
from larsam_desktop.domain.errors import FieldError, NotFound, ValidationError
from larsam_desktop.domain.exam_bookings import (
    BookingContext,
    ExamBookingDraft,
    ExamPolicy,
    earliest_exam_date,
    validate_booking,
)
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.clock import Clock, local_today, utc_now
from larsam_desktop.services.holidays_se import swedish_holidays
from larsam_desktop.services.learners import LearnerNotFound
from larsam_desktop.storage.database import Database
from larsam_desktop.storage.repositories.lc_services import ExamRoom, StoredBooking

DAY_CHANGES = Changes(coach_day=True)


class ActivityNotFound(NotFound, LookupError):
    def __init__(self, activity_id: int) -> None:
        super().__init__("activity", activity_id, "No activity with id {id}.")


class BookingNotFound(NotFound, LookupError):
    def __init__(self, booking_id: int) -> None:
        super().__init__("exam booking", booking_id, "No exam booking with id {id}.")


@dataclass(frozen=True, slots=True)
class SavedActivity:
    activity: StoredActivity
    changes: Changes


@dataclass(frozen=True, slots=True)
class SavedBooking:
    booking: StoredBooking
    changes: Changes


class ActivityService:
    def __init__(self, database: Database, clock: Clock = utc_now) -> None:
        self._database = database
        self._clock = clock

    def create(self, draft: ActivityDraft) -> SavedActivity:
        activity = validate_activity(draft)
        with self._database.unit_of_work() as uow:
            new_id = uow.activities.add(activity, now=self._clock())
            stored = uow.activities.get(new_id)
        assert stored is not None
        return SavedActivity(stored, DAY_CHANGES)

    def update(self, activity_id: int, draft: ActivityDraft) -> SavedActivity:
        with self._database.unit_of_work() as uow:
            if not uow.activities.lock(activity_id):
                raise ActivityNotFound(activity_id)
            registered = uow.activities.registered_count(activity_id)
            uow.activities.update(
                activity_id, validate_activity(draft, registered=registered), now=self._clock()
            )
            stored = uow.activities.get(activity_id)
        assert stored is not None
        return SavedActivity(stored, DAY_CHANGES)

    def cancel(self, activity_id: int) -> Changes:
        """Cancel an activity: it leaves the lists and calendars receive STATUS:CANCELLED."""
        with self._database.unit_of_work() as uow:
            if not uow.activities.cancel(activity_id, now=self._clock()):
                raise ActivityNotFound(activity_id)
            learners = frozenset(p.learner_id for p in uow.activities.participants(activity_id))
        return Changes(learners=learners, coach_day=True)

    def between(self, first: date, last: date) -> list[StoredActivity]:
        with self._database.unit_of_work() as uow:
            return uow.activities.between(first, last)

    def participants(self, activity_id: int) -> list[Participant]:
        with self._database.unit_of_work() as uow:
            return uow.activities.participants(activity_id)

    def register(self, activity_id: int, learner_ids: Sequence[int]) -> Changes:
        """Register learners; refused as a whole when they would not all fit."""
        with self._database.unit_of_work() as uow:
            if not uow.activities.lock(activity_id):  # one writer at a time per activity
                raise ActivityNotFound(activity_id)
            stored = uow.activities.get(activity_id)
            assert stored is not None
            for learner_id in learner_ids:
                if not uow.learners.exists(learner_id):
                    raise LearnerNotFound(learner_id)
            present = {p.learner_id for p in uow.activities.participants(activity_id)}
            adding = len(set(learner_ids) - present)
            check_room_for(stored.activity.capacity, stored.registered, adding)
            uow.activities.register(activity_id, learner_ids, now=self._clock())
        return Changes(learners=frozenset(learner_ids), coach_day=True)

    def unregister(self, activity_id: int, learner_id: int) -> Changes:
        with self._database.unit_of_work() as uow:
            uow.activities.unregister(activity_id, learner_id)
        return Changes(learners=frozenset({learner_id}), coach_day=True)

    def record_attendance(
        self, activity_id: int, learner_id: int, attended: bool | None
    ) -> Changes:
        with self._database.unit_of_work() as uow:
            if not uow.activities.set_attended(activity_id, learner_id, attended):
                raise ValidationError(
                    [
                        FieldError(
                            "participants",
                            "not_registered",
                            "The learner is not registered for this activity.",
                        )
                    ]
                )
        return Changes(learners=frozenset({learner_id}), coach_day=True)


class ExamBookingService:
    def __init__(
        self,
        database: Database,
        policy: ExamPolicy | None = None,
        *,
        de_facto_holidays: bool = True,
        clock: Clock = utc_now,
    ) -> None:
        self._database = database
        self.policy = policy or ExamPolicy()
        self._holidays = swedish_holidays(de_facto=de_facto_holidays)
        self._clock = clock

    def earliest_exam_date(self) -> date:
        return earliest_exam_date(local_today(self._clock), self.policy, self._holidays)

    def rooms(self) -> list[ExamRoom]:
        with self._database.unit_of_work() as uow:
            return uow.exams.rooms()

    def add_room(self, name: str, capacity: int, learning_centre_id: int) -> int:
        errors = []
        if not name.strip() or len(name.strip()) > 100:
            errors.append(FieldError("name", "required", "Give the room a name."))
        if not 0 < capacity <= 500:
            errors.append(
                FieldError("capacity", "out_of_range", "The capacity must be between 1 and 500.")
            )
        if errors:
            raise ValidationError(errors)
        with self._database.unit_of_work() as uow:
            return uow.exams.add_room(name.strip(), capacity, learning_centre_id)

    def book(self, learner_id: int, draft: ExamBookingDraft, *, recorded_by: str) -> SavedBooking:
        """Validate against the rules and today's bookings, then book; all in one transaction."""
        today = local_today(self._clock)
        with self._database.unit_of_work() as uow:
            learner = uow.learners.get(learner_id)
            if learner is None:
                raise LearnerNotFound(learner_id)
            room = uow.exams.room(draft.room_id) if draft.room_id is not None else None
            if room is not None:
                uow.exams.lock_room(room.id)  # two coaches booking the last seat on a server
            slots = (
                uow.exams.slots_on(draft.exam_date, room_id=room.id, learner_id=learner_id)
                if room is not None and draft.exam_date is not None
                else []
            )
            context = BookingContext(
                learner_id=learner_id,
                resident=room is not None
                and learner.data.home_municipality_code == room.municipality_code,
                room_capacity=room.capacity if room else None,
                room_name=room.name if room else "",
                bookings_that_day=slots,
                earlier_sittings=uow.exams.sittings(learner_id, draft.course.strip()),
            )
            booking = validate_booking(
                draft, context, today=today, policy=self.policy, holidays=self._holidays
            )
            new_id = uow.exams.add(
                learner_id, booking, recorded_by.strip() or "—", now=self._clock()
            )
            stored = next(
                b
                for b in uow.exams.between(
                    booking.exam_date, booking.exam_date, learner_id=learner_id
                )
                if b.id == new_id
            )
        return SavedBooking(stored, Changes(learners=frozenset({learner_id}), coach_day=True))

    def cancel(self, booking_id: int) -> Changes:
        with self._database.unit_of_work() as uow:
            learner_id = uow.exams.cancel(booking_id, now=self._clock())
        if learner_id is None:
            raise BookingNotFound(booking_id)
        return Changes(learners=frozenset({learner_id}), coach_day=True)

    def between(
        self, first: date, last: date, *, learner_id: int | None = None
    ) -> list[StoredBooking]:
        with self._database.unit_of_work() as uow:
            return uow.exams.between(first, last, learner_id=learner_id)
