"""Everything the learner page shows about one learner, read in one unit of work.

The page loads a ``LearnerSnapshot`` once; after that each panel's save returns what it
changed, the page makes the next snapshot from it (``with_record``, ``with_target``, …) and
hands it to every panel, so nothing is read again. Changes made elsewhere (another page, a
dialog, another coach on a shared server) make the page load a fresh snapshot.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from larsam_desktop.domain.courses.qualifications import (
    Qualifications,
    TargetChoice,
    transcript_of,
)
from larsam_desktop.domain.courses.records import StoredCourseRecord
from larsam_desktop.domain.courses.transcript import Transcript
from larsam_desktop.domain.learner import StoredLearner
from larsam_desktop.domain.pathway import StoredTransition
from larsam_desktop.domain.plans.plan import PlanRevision
from larsam_desktop.services.learners import LearnerNotFound
from larsam_desktop.storage.database import Database


@dataclass(frozen=True, slots=True)
class LearnerSnapshot:
    learner: StoredLearner
    timeline: tuple[StoredTransition, ...]
    records: tuple[StoredCourseRecord, ...]  # in the order entered
    qualifications: Qualifications
    target: TargetChoice | None
    revisions: tuple[PlanRevision, ...]  # the study plan, oldest first; empty: no plan yet

    @property
    def learner_id(self) -> int:
        return self.learner.id

    @property
    def transcript(self) -> Transcript:
        """The records and qualifications as the eligibility rules read them."""
        return transcript_of((s.record for s in self.records), self.qualifications)

    @property
    def plan(self) -> PlanRevision | None:
        """The study plan's current revision, if there is a plan."""
        return self.revisions[-1] if self.revisions else None

    def with_record(self, stored: StoredCourseRecord) -> LearnerSnapshot:
        """A record added (new id) or changed (same id, kept in its place)."""
        records = list(self.records)
        place = next((i for i, s in enumerate(records) if s.id == stored.id), None)
        if place is None:
            records.append(stored)
        else:
            records[place] = stored
        return dataclasses.replace(self, records=tuple(records))

    def without_record(self, record_id: int) -> LearnerSnapshot:
        return dataclasses.replace(
            self, records=tuple(s for s in self.records if s.id != record_id)
        )

    def with_target(self, target: TargetChoice | None) -> LearnerSnapshot:
        return dataclasses.replace(self, target=target)

    def with_qualifications(self, qualifications: Qualifications) -> LearnerSnapshot:
        return dataclasses.replace(self, qualifications=qualifications)

    def with_timeline(self, timeline: tuple[StoredTransition, ...]) -> LearnerSnapshot:
        return dataclasses.replace(self, timeline=timeline)

    def with_revisions(self, revisions: tuple[PlanRevision, ...]) -> LearnerSnapshot:
        return dataclasses.replace(self, revisions=revisions)


class LearnerSnapshots:
    def __init__(self, database: Database) -> None:
        self._database = database

    def load(self, learner_id: int) -> LearnerSnapshot:
        """The learner and all that belongs to them, consistent (one transaction).

        Raises ``LearnerNotFound`` and the storage errors.
        """
        with self._database.unit_of_work(writes=False) as uow:
            learner = uow.learners.get(learner_id)
            if learner is None:
                raise LearnerNotFound(learner_id)
            return LearnerSnapshot(
                learner=learner,
                timeline=tuple(uow.pathway.history(learner_id)),
                records=tuple(uow.courses.for_learner(learner_id)),
                qualifications=uow.profiles.qualifications(learner_id),
                target=uow.profiles.target(learner_id),
                revisions=tuple(uow.plans.revisions(learner_id)),
            )
