"""Högskoleprov sittings per learner (issue 17): registered for a sitting, then attended or
absent. The result itself is the merit panel's (``services.merit``: a valid result counts
in the urvalsgrupp HP, the högskoleprov's own selection group)."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from larsam_desktop.domain.errors import FieldError, ValidationError
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.clock import Clock, local_today, utc_now
from larsam_desktop.services.learners import LearnerNotFound
from larsam_desktop.storage.database import Database
from larsam_desktop.storage.repositories.university import Sitting, UniversityRepository

__all__ = ["Sitting", "SittingService", "SittingStatus"]


class SittingStatus(StrEnum):
    REGISTERED = "registered"
    ATTENDED = "attended"
    ABSENT = "absent"


class SittingService:
    def __init__(self, database: Database, clock: Clock = utc_now) -> None:
        self._database = database
        self._clock = clock

    def sittings(self, learner_id: int) -> list[Sitting]:
        with self._database.unit_of_work(writes=False) as uow:
            if not uow.learners.exists(learner_id):
                raise LearnerNotFound(learner_id)
            return UniversityRepository(uow.session).sittings(learner_id)

    def record(self, learner_id: int, on: date, status: SittingStatus) -> Changes:
        """Register for the sitting on ``on``, or record attendance (not for a sitting
        still ahead). Raises ``ValidationError`` or ``LearnerNotFound``."""
        if status is not SittingStatus.REGISTERED and on > local_today(self._clock):
            raise ValidationError(
                [
                    FieldError(
                        "sitting",
                        "not_yet",
                        "The sitting on {on} has not taken place yet.",
                        {"on": on.isoformat()},
                    )
                ]
            )
        with self._database.unit_of_work() as uow:
            if not uow.learners.exists(learner_id):
                raise LearnerNotFound(learner_id)
            UniversityRepository(uow.session).set_sitting(
                learner_id, on, status.value, now=self._clock()
            )
        return Changes(learners=frozenset({learner_id}))
