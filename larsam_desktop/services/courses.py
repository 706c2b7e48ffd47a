"""A learner's course records: add, change, remove, list, validated against the catalogue."""

from __future__ import annotations

from dataclasses import dataclass

from larsam_desktop.domain.courses.records import (
    CourseRecord,
    CourseRecordDraft,
    StoredCourseRecord,
    validate_course_record,
)
from larsam_desktop.domain.errors import FieldError, NotFound, ValidationError
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.clock import Clock, utc_now
from larsam_desktop.services.eligibility_data import EligibilityData
from larsam_desktop.services.learners import LearnerNotFound
from larsam_desktop.services.target_standing import TargetStandings
from larsam_desktop.storage.database import Database

FIELD = "course"  # errors name "course.code", "course.grade", …


class CourseRecordNotFound(NotFound, LookupError):
    def __init__(self, record_id: int) -> None:
        super().__init__("course record", record_id, "No course record with id {id}.")
        self.record_id = record_id


@dataclass(frozen=True, slots=True)
class SavedCourseRecord:
    record: StoredCourseRecord
    changes: Changes


class CourseRecordService:
    """Every write also refreshes the learner's standing against their target."""

    def __init__(self, database: Database, data: EligibilityData, clock: Clock = utc_now) -> None:
        self._database = database
        self._catalogue = data.catalogue
        self._clock = clock
        self._standings = TargetStandings(data, clock)

    def validate(self, draft: CourseRecordDraft) -> CourseRecord:
        errors: list[FieldError] = []
        record = validate_course_record(draft, self._catalogue, FIELD, errors)
        if errors or record is None:
            raise ValidationError(errors)
        return record

    def add(self, learner_id: int, draft: CourseRecordDraft) -> SavedCourseRecord:
        record = self.validate(draft)
        with self._database.unit_of_work() as uow:
            if not uow.learners.exists(learner_id):
                raise LearnerNotFound(learner_id)
            record_id = uow.courses.add(learner_id, record, now=self._clock())
            self._standings.refresh_learner(uow, learner_id)
        stored = StoredCourseRecord(record_id, learner_id, record)
        return SavedCourseRecord(stored, Changes(learners=frozenset({learner_id})))

    def update(self, record_id: int, draft: CourseRecordDraft) -> SavedCourseRecord:
        record = self.validate(draft)
        with self._database.unit_of_work() as uow:
            existing = uow.courses.get(record_id)
            if existing is None:
                raise CourseRecordNotFound(record_id)
            uow.courses.update(record_id, record, now=self._clock())
            self._standings.refresh_learner(uow, existing.learner_id)
        stored = StoredCourseRecord(record_id, existing.learner_id, record)
        return SavedCourseRecord(stored, Changes(learners=frozenset({existing.learner_id})))

    def remove(self, record_id: int) -> Changes:
        with self._database.unit_of_work() as uow:
            existing = uow.courses.get(record_id)
            if existing is None:
                raise CourseRecordNotFound(record_id)
            uow.courses.remove(record_id)
            self._standings.refresh_learner(uow, existing.learner_id)
        return Changes(learners=frozenset({existing.learner_id}))

    def records(self, learner_id: int) -> list[StoredCourseRecord]:
        """In the order entered."""
        with self._database.unit_of_work() as uow:
            if not uow.learners.exists(learner_id):
                raise LearnerNotFound(learner_id)
            return uow.courses.for_learner(learner_id)
