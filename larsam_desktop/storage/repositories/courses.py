"""A learner's course records."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from larsam_desktop.domain.courses.grades import Grade
from larsam_desktop.domain.courses.records import (
    CourseRecord,
    CourseStatus,
    Provider,
    StoredCourseRecord,
)
from larsam_desktop.storage.tables import CourseRecordRow


class CourseRecordRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def for_learner(self, learner_id: int) -> list[StoredCourseRecord]:
        """In the order entered."""
        statement = (
            select(CourseRecordRow)
            .where(CourseRecordRow.learner_id == learner_id)
            .order_by(CourseRecordRow.id)
        )
        return [_to_stored(row) for row in self._session.scalars(statement)]

    def get(self, record_id: int) -> StoredCourseRecord | None:
        row = self._session.get(CourseRecordRow, record_id)
        return _to_stored(row) if row else None

    def add(self, learner_id: int, record: CourseRecord, *, now: datetime) -> int:
        row = CourseRecordRow(learner_id=learner_id, created_at=now)
        _assign(row, record, now)
        self._session.add(row)
        self._session.flush()
        return row.id

    def update(self, record_id: int, record: CourseRecord, *, now: datetime) -> bool:
        row = self._session.get(CourseRecordRow, record_id)
        if row is None:
            return False
        _assign(row, record, now)
        self._session.flush()
        return True

    def remove(self, record_id: int) -> bool:
        row = self._session.get(CourseRecordRow, record_id)
        if row is None:
            return False
        self._session.delete(row)
        self._session.flush()
        return True


def _assign(row: CourseRecordRow, record: CourseRecord, now: datetime) -> None:
    row.code = record.code
    row.status = record.status.value
    row.grade = record.grade.value if record.grade else None
    row.points = record.points
    row.start_date = record.start_date
    row.end_date = record.end_date
    row.provider = record.provider.value if record.provider else None
    row.updated_at = now


def _to_stored(row: CourseRecordRow) -> StoredCourseRecord:
    return StoredCourseRecord(
        id=row.id,
        learner_id=row.learner_id,
        record=CourseRecord(
            code=row.code,
            status=CourseStatus(row.status),
            grade=Grade(row.grade) if row.grade else None,
            points=row.points,
            start_date=row.start_date,
            end_date=row.end_date,
            provider=Provider(row.provider) if row.provider else None,
        ),
    )
