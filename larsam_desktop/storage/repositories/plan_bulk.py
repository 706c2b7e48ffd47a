"""What a batch of printed study plans needs, read for many learners at once (issue 19).

One query per table for a chunk of learners (the learner, the current revision, the course
records, the qualifications with their recorded decisions, the högskoleprov results)
instead of a handful of units of work per plan; and the printed revisions locked the same
way once the files are written. Rows become the same domain objects the
per-learner repositories make (their own converters), in the same order, so a plan read
here prints exactly as one read alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, select, update
from sqlalchemy.orm import Session

from larsam_desktop.domain.courses.qualifications import Qualifications
from larsam_desktop.domain.courses.records import CourseRecord
from larsam_desktop.domain.eligibility.decisions import with_decisions
from larsam_desktop.domain.learner import StoredLearner
from larsam_desktop.domain.merit.hogskoleprov import HpResult
from larsam_desktop.domain.plans.plan import PlanRevision
from larsam_desktop.storage.repositories.courses import _to_stored as _stored_record
from larsam_desktop.storage.repositories.learners import _to_stored as _stored_learner
from larsam_desktop.storage.repositories.merit import _stored_hp
from larsam_desktop.storage.repositories.plans import _revision
from larsam_desktop.storage.repositories.profiles import _qualifications
from larsam_desktop.storage.tables import (
    CourseRecordRow,
    EligibilityDecision,
    HogskoleprovResult,
    Learner,
    LearnerProfile,
    StudyPlanRevisionRow,
    StudyPlanRow,
)

MAX_CHUNK = 500  # learners a query names at most (bound parameters stay well in limits)


@dataclass(frozen=True, slots=True)
class PlanReading:
    """One learner's current plan and what its printout is worked out from."""

    learner: StoredLearner
    revision: PlanRevision
    records: tuple[CourseRecord, ...]  # in the order entered (as ``for_learner``)
    qualifications: Qualifications  # with the recorded decisions' facts
    hp_results: tuple[HpResult, ...]  # by the date taken (as ``HpRepository.for_learner``)


def read_plans(session: Session, learner_ids: Sequence[int]) -> dict[int, PlanReading]:
    """The readings of those of ``learner_ids`` (at most ``MAX_CHUNK``) who exist and have
    a plan; the others are left out."""
    ids = list(dict.fromkeys(learner_ids))
    if len(ids) > MAX_CHUNK:
        raise ValueError(f"at most {MAX_CHUNK} learners at a time")
    if not ids:
        return {}
    learners = {
        row.id: _stored_learner(row)
        for row in session.scalars(select(Learner).where(Learner.id.in_(ids)))
    }
    revisions: dict[int, PlanRevision] = {}
    statement = (
        select(StudyPlanRow.learner_id, StudyPlanRevisionRow)
        .join(
            StudyPlanRevisionRow,
            and_(
                StudyPlanRevisionRow.plan_id == StudyPlanRow.id,
                StudyPlanRevisionRow.number == StudyPlanRow.current_revision,
            ),
        )
        .where(StudyPlanRow.learner_id.in_(ids))
    )
    for learner_id, revision_row in session.execute(statement):
        revisions[learner_id] = _revision(revision_row)
    records: dict[int, list[CourseRecord]] = {}
    courses = (
        select(CourseRecordRow)
        .where(CourseRecordRow.learner_id.in_(ids))
        .order_by(CourseRecordRow.id)
    )
    for course_row in session.scalars(courses):
        records.setdefault(course_row.learner_id, []).append(_stored_record(course_row).record)
    qualifications = _qualifications_of(session, ids)
    results: dict[int, list[HpResult]] = {}
    hp = (
        select(HogskoleprovResult)
        .where(HogskoleprovResult.learner_id.in_(ids))
        .order_by(HogskoleprovResult.taken_on, HogskoleprovResult.id)
    )
    for hp_row in session.scalars(hp):
        results.setdefault(hp_row.learner_id, []).append(_stored_hp(hp_row).result)
    return {
        learner_id: PlanReading(
            learner=learners[learner_id],
            revision=revisions[learner_id],
            records=tuple(records.get(learner_id, ())),
            qualifications=qualifications.get(learner_id, Qualifications()),
            hp_results=tuple(results.get(learner_id, ())),
        )
        for learner_id in ids
        if learner_id in learners and learner_id in revisions
    }


def _qualifications_of(session: Session, ids: list[int]) -> dict[int, Qualifications]:
    """As ``LearnerProfileRepository.qualifications`` for each of ``ids``."""
    found = {
        row.learner_id: _qualifications(row)
        for row in session.scalars(select(LearnerProfile).where(LearnerProfile.learner_id.in_(ids)))
    }
    kinds: dict[int, set[str]] = {}
    decided = select(EligibilityDecision.learner_id, EligibilityDecision.kind).where(
        EligibilityDecision.learner_id.in_(ids)
    )
    for learner_id, kind in session.execute(decided):
        kinds.setdefault(learner_id, set()).add(kind)
    for learner_id, learner_kinds in kinds.items():
        found[learner_id] = with_decisions(found.get(learner_id, Qualifications()), learner_kinds)
    return found


def existing_learners(session: Session, learner_ids: Sequence[int]) -> set[int]:
    """Those of ``learner_ids`` that exist."""
    ids = list(dict.fromkeys(learner_ids))
    found: set[int] = set()
    for start in range(0, len(ids), MAX_CHUNK):
        part = ids[start : start + MAX_CHUNK]
        found.update(session.scalars(select(Learner.id).where(Learner.id.in_(part))))
    return found


def mark_printed(session: Session, printed: Sequence[tuple[int, int]], now: datetime) -> set[int]:
    """``PlanRepository.mark_printed`` for many (learner, revision) pairs at once: the
    learners of the revisions printed now for the first time."""
    pairs = list(dict.fromkeys(printed))
    locked: set[int] = set()
    for start in range(0, len(pairs), MAX_CHUNK):
        wanted = set(pairs[start : start + MAX_CHUNK])
        statement = (
            select(StudyPlanRow.learner_id, StudyPlanRevisionRow.number, StudyPlanRevisionRow.id)
            .join(StudyPlanRevisionRow, StudyPlanRevisionRow.plan_id == StudyPlanRow.id)
            .where(
                StudyPlanRow.learner_id.in_({learner for learner, _number in wanted}),
                StudyPlanRevisionRow.printed_at.is_(None),
            )
        )
        rows = [(learner, row_id) for learner, number, row_id in session.execute(statement)
                if (learner, number) in wanted]  # fmt: skip
        if rows:
            session.execute(
                update(StudyPlanRevisionRow)
                .where(StudyPlanRevisionRow.id.in_([row_id for _learner, row_id in rows]))
                .values(printed_at=now)
            )
            locked.update(learner for learner, _row_id in rows)
    return locked
