"""A learner's course records."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from larsam_desktop.domain.courses.grades import Grade
from larsam_desktop.domain.courses.records import (
    CourseRecord,
    CourseStatus,
    Provider,
    StoredCourseRecord,
)
from larsam_desktop.storage.tables import CourseRecordRow

_STATUSES = {status.value: status for status in CourseStatus}
_GRADES = {grade.value: grade for grade in Grade}
_FAILING = [grade.value for grade in Grade if not grade.passes]


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

    def passed_records(self, learner_ids: Sequence[int]) -> dict[int, list[CourseRecord]]:
        """The completed, passed records of many learners (in the order entered), keyed by
        learner, without start date and provider: all that bulk eligibility counts.

        Plain rows rather than ORM objects, and a range instead of a long ``IN`` list: bulk
        evaluation reads ~6 records per learner for 100,000 learners, and ORM loading costs
        ~10x more.
        """
        found: dict[int, list[CourseRecord]] = {learner_id: [] for learner_id in learner_ids}
        if not learner_ids:
            return found
        table = CourseRecordRow
        statement = (
            select(
                table.learner_id,
                table.code,
                table.status,
                table.grade,
                table.points,
                table.end_date,
            )
            .where(
                table.learner_id.between(min(learner_ids), max(learner_ids)),
                table.status == CourseStatus.COMPLETED.value,
                table.grade.is_not(None),
                table.grade.not_in(_FAILING),
            )
            .order_by(table.learner_id, table.id)
        )
        status, grade = _STATUSES, _GRADES
        rows = self._session.connection().execute(statement).all()  # Core rows, no ORM
        for learner_id, code, s, g, points, end in rows:
            records = found.get(learner_id)
            if records is not None:  # the range may hold learners not asked for
                records.append(
                    CourseRecord(code, status[s], grade[g] if g else None, points, None, end)
                )
        return found

    def bulk_insert(self, rows: list[dict[str, Any]]) -> None:
        """Generated records (demo data), as column values; the caller refreshes standings."""
        if rows:
            # Core executemany: the ORM would split rows whose None columns differ into
            # one INSERT each (~10x slower for generated data).
            self._session.connection().execute(insert(CourseRecordRow), rows)

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
